"""The registry of provinces, GSO regions and KERs."""
import pytest

from analysis.data import regions

KER_MEMBERS = {
    "northern-ker": {"Hà Nội", "Hải Phòng", "Quảng Ninh", "Hải Dương", "Hưng Yên", "Bắc Ninh",
                     "Vĩnh Phúc"},
    "central-ker": {"Thừa Thiên Huế", "Đà Nẵng", "Quảng Nam", "Quảng Ngãi", "Bình Định"},
    "southern-ker": {"Thành phố Hồ Chí Minh", "Đồng Nai", "Bà Rịa-Vũng Tàu", "Bình Dương",
                     "Bình Phước", "Tây Ninh", "Long An", "Tiền Giang"},
    "mekong-delta-ker": {"Cần Thơ", "An Giang", "Kiên Giang", "Cà Mau"},
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


def test_a_province_is_shown_with_its_diacritics_and_keeps_an_ascii_slug():
    hanoi = regions.get("ha-noi")
    assert (hanoi.slug, hanoi.name, hanoi.name_ascii) == ("ha-noi", "Hà Nội", "Ha Noi")
    assert regions.get("da-nang").name == "Đà Nẵng"
    assert regions.get("ho-chi-minh-city").name == "Thành phố Hồ Chí Minh"
    for p in regions.provinces():
        assert p.name == p.name_vi, p.slug
        assert p.slug.isascii() and p.name_ascii.isascii(), p.slug
        # the ASCII spelling is the Vietnamese name without its diacritics (Hồ Chí Minh
        # City, as English writes it, is the one exception)
        if p.slug != "ho-chi-minh-city":
            assert regions.without_diacritics(p.name) == p.name_ascii, p.slug
    restored = [p for p in regions.provinces() if p.name != p.name_ascii]
    assert len(restored) >= 55 and all(not p.name.isascii() for p in restored)


def test_regions_and_the_country_keep_their_english_names():
    assert regions.get("northern-ker").name == "Northern KER"
    assert regions.get("red-river-delta").name == "Red River Delta"
    assert regions.get("whole-country").name == "Whole country"
    for g in regions.all_geographies():
        if not g.is_province:
            assert g.name == g.name_ascii and g.name.isascii(), g.slug


@pytest.mark.parametrize("geo", regions.all_geographies(), ids=lambda g: g.slug)
def test_both_spellings_of_a_name_find_its_slug(geo):
    assert regions.slug_for(geo.name) == geo.slug
    assert regions.slug_for(geo.name_ascii) == geo.slug
    assert regions.slug_for(geo.name_vi) == geo.slug
    assert regions.slug_for(regions.without_diacritics(geo.name_vi)) == geo.slug


def test_diacritics_are_taken_off_letter_by_letter():
    assert regions.without_diacritics("Hà Nội") == "Ha Noi"
    assert regions.without_diacritics("Đà Nẵng, đường") == "Da Nang, duong"
    assert regions.without_diacritics("Nguyễn Hồng Nhung") == "Nguyen Hong Nhung"
    # decomposed input (a letter, then its accents) comes out the same
    import unicodedata
    assert regions.without_diacritics(unicodedata.normalize("NFD", "Quảng Ninh")) == "Quang Ninh"


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


def test_the_books_own_words_kept_in_ascii_name_provinces_with_diacritics():
    assert regions.with_display_names(
        "the press gives Ba Ria-Vung Tau for 2021, not Ho Chi Minh City; Hai Phong's") == (
        "the press gives Bà Rịa-Vũng Tàu for 2021, not Thành phố Hồ Chí Minh; Hải Phòng's")
    # only the registry's spellings, as whole names; slugs and other names stay
    kept = "Hanoi Times, ha-noi, Long An, A Luoi, Northern KER"
    assert regions.with_display_names(kept) == kept


def test_names_sort_as_they_read_diacritics_aside():
    names = ["Vĩnh Phúc", "Đà Nẵng", "Hưng Yên", "Hải Dương", "Hà Nội", "Bắc Ninh", "Hà Nội",
             "Cần Thơ"]
    assert regions.alphabetical(names) == ["Bắc Ninh", "Cần Thơ", "Đà Nẵng", "Hà Nội",
                                           "Hải Dương", "Hưng Yên", "Vĩnh Phúc"]
    # the code points would put Đà Nẵng after every other name, Hưng before Hải
    assert sorted(set(names))[-1] == "Đà Nẵng"
