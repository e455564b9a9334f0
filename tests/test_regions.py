"""The registry of provinces, GSO regions and KERs."""
import pytest

from analysis.data import regions

KER_MEMBERS = {
    "northern-ker": {"Ha Noi", "Hai Phong", "Quang Ninh", "Hai Duong", "Hung Yen", "Bac Ninh",
                     "Vinh Phuc"},
    "central-ker": {"Thua Thien Hue", "Da Nang", "Quang Nam", "Quang Ngai", "Binh Dinh"},
    "southern-ker": {"Ho Chi Minh City", "Dong Nai", "Ba Ria-Vung Tau", "Binh Duong",
                     "Binh Phuoc", "Tay Ninh", "Long An", "Tien Giang"},
    "mekong-delta-ker": {"Can Tho", "An Giang", "Kien Giang", "Ca Mau"},
}


def test_sixty_three_provinces_with_codes():
    provinces = regions.provinces()
    assert len(provinces) == 63
    assert len({p.iso for p in provinces}) == 63
    assert len({p.gso_code for p in provinces}) == 63
    assert all(p.iso.startswith("VN-") for p in provinces)
    assert all(p.gso_region for p in provinces)


def test_six_gso_regions_partition_the_provinces():
    counts = {r.slug: len(regions.members(r.slug)) for r in regions.gso_regions()}
    assert len(counts) == 6
    assert sum(counts.values()) == 63
    assert counts["red-river-delta"] == 11


@pytest.mark.parametrize("ker, names", KER_MEMBERS.items())
def test_ker_membership(ker, names):
    assert {p.name for p in regions.members(ker)} == names


def test_vietnamese_names_keep_diacritics():
    assert regions.get("ha-noi").name_vi == "Hà Nội"
    assert regions.get("da-nang").name_vi == "Đà Nẵng"


@pytest.mark.parametrize("spelling, slug", [
    (" WHOLE COUNTRY", "whole-country"),
    ("Quang  Nam", "quang-nam"),
    ("Ba Ria - Vung Tau", "ba-ria-vung-tau"),
    ("Bà Rịa–Vũng Tàu", "ba-ria-vung-tau"),
    ("Thua Thien-Hue", "thua-thien-hue"),
    ("Ho Chi Minh city", "ho-chi-minh-city"),
    ("TP. Hồ Chí Minh", "ho-chi-minh-city"),
    ("Hà Nội", "ha-noi"),
    ("Đắk Lắk", "dak-lak"),
    ("Northern midlands and mountain areas", "northern-midlands-and-mountains"),
    ("North Central area and Central coastal area", "north-central-and-central-coast"),
    ("South East", "southeast"),
    ("CA NUOC", "whole-country"),
])
def test_publishers_spellings(spelling, slug):
    assert regions.slug_for(spelling) == slug


def test_unknown_names_and_slugs_raise():
    with pytest.raises(regions.UnknownGeography, match="Atlantis"):
        regions.slug_for("Atlantis")
    with pytest.raises(regions.UnknownGeography, match="valid slugs are: whole-country"):
        regions.get("atlantis")


def test_peers():
    assert {g.slug for g in regions.peers("northern-ker")} == {
        "central-ker", "southern-ker", "mekong-delta-ker"}
    assert "ha-noi" not in {g.slug for g in regions.peers("ha-noi")}
    assert {g.ker for g in regions.peers("ha-noi")} == {"northern-ker"}


def test_a_mistyped_slug_or_name_suggests_the_nearest_slugs():
    assert regions.suggest("danang")[0] == "da-nang"
    assert regions.suggest("Hà Nội")[0] == "ha-noi"
    assert regions.suggest("northern")[0] == "northern-ker"
    assert regions.suggest("atlantis") == []
    with pytest.raises(regions.UnknownGeography, match=r"did you mean da-nang"):
        regions.get("da-nag")
