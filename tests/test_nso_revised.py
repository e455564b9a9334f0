"""NSO's tables after GSO's 2018 edition (labour force V02.34, urban and rural population,
net migration, VHLSS 2018 income by source, the revised trained share, GSO's insurance
participants of 2017) against cells read by hand from the candidate files in
../shared/data-candidates (the comment names file, row and column of each)."""
import pandas as pd
import pytest

from analysis import data
from analysis.data import regions, series
from analysis.data.paths import DATA_DIR
from analysis.pages import quantities as Q
from rekey import nso_revised
from rekey.common import RekeyError, write_table
from support.tables import cell

NEW = "post-2019-census"


@pytest.mark.parametrize("geo, year, value, status", [
    ("whole-country", 2019, 55767.4, "final"),        # V02.34.json, CẢ NƯỚC, 2019
    ("ha-noi", 2010, 3614.6, "final"),                # Hà Nội, 2010
    ("vinh-phuc", 2017, 625.3, "final"),              # Vĩnh Phúc, 2017
    ("ha-noi", 2020, 4124.622, "final"),              # Hà Nội, 2020 (4124.6220000007)
])
def test_revised_labour_force_cells(geo, year, value, status):
    row = cell("labour_force", geo=geo, year=year, vintage=NEW)
    assert (row["value"], row["status"]) == (pytest.approx(value), status)
    assert row["source"] == "nso-labour-force-province-v0234"


def test_2021_is_a_vintage_of_its_own():
    # V02.34.json, CẢ NƯỚC, "Sơ bộ 2021": 50,560.5, the survey's headline on the 19th
    # ICLS definitions; 2020 (54,842.937) is on the earlier ones
    row = cell("labour_force", geo="whole-country", year=2021, vintage="icls-19")
    assert (row["value"], row["status"]) == (50560.5, "preliminary")
    assert Q.years("labour_force", "whole-country", NEW)[-1] == 2020


def test_two_labour_force_vintages_are_kept_apart():
    # the country in 2010: 50,392.9 in GSO's 2018 edition, 50,473.5 revised
    assert cell("labour_force", geo="whole-country", year=2010,
                vintage="pre-2019-census")["value"] == 50392.9
    assert cell("labour_force", geo="whole-country", year=2010, vintage=NEW)["value"] == 50473.5
    with pytest.raises(ValueError, match="name one"):
        Q.at("labour_force", "whole-country", 2010)


def test_northern_ker_labour_force_2021_is_hand_summed():
    # V02.34.json, "Sơ bộ 2021": Ha Noi 3939.9, Vinh Phuc 578.4, Bac Ninh 766.2,
    # Quang Ninh 668, Hai Duong 939.9, Hai Phong 1033.8, Hung Yen 680.5 = 8606.7
    got = Q.at("labour_force", "northern-ker", 2021, "icls-19")
    assert got.value == pytest.approx(8606.7)
    assert got.status == "preliminary"


@pytest.mark.parametrize("geo, year, residence, value", [
    ("ha-noi", 2015, "urban", 3650.5),             # vn_city_countryside_dist.csv
    ("ha-noi", 2015, "rural", 3783.1),
    ("whole-country", 2019, "urban", 33816.6),     # "Country", City, 2019
    ("hoa-binh", 2015, "urban", None),             # a garbled name ("Ho� B�nh") is read
])
def test_urban_population_cells(geo, year, residence, value):
    row = cell("urban_population", geo=geo, year=year, residence=residence)
    if value is not None:
        assert row["value"] == pytest.approx(value)


def test_urban_and_rural_add_up_to_the_population():
    urban = data.load("urban_population")
    total = urban.groupby(["geo", "year"])["value"].sum().rename("ur")
    pop = data.load("population")
    pop = pop[pop["vintage"] == NEW].set_index(["geo", "year"])["value"]
    both = pd.concat([total, pop], axis=1, join="inner")
    gap = (both["ur"] - both["value"]).abs()
    assert len(both) == 70 * 12
    assert (gap <= 0.1).mean() > 0.93          # 94 % to rounding (the schema says so)
    assert gap.max() < 7                        # Ha Tinh 2022: 6.45 (extracts of two dates)


def test_urban_share_of_the_country_2019():
    # 33,816.6 urban of 96,484.0 (SOURCE.txt's check): 35.0 %, as published
    got = series.get("urban_share", "whole-country").set_index("year").loc[2019, "value"]
    assert got == pytest.approx(100 * 33816.6 / 96484.0, abs=0.05)


@pytest.mark.parametrize("geo, year, value", [
    ("ha-noi", 2011, 4.7), ("vinh-phuc", 2011, -11.7), ("bac-ninh", 2013, 13.4),
])
def test_net_migration_cells(geo, year, value):
    # vn_migration.csv; the 2011-2016 values equal GSO's 2018 English table
    assert cell("net_migration", geo=geo, year=year)["value"] == value


def test_income_by_source_cells_and_sum():
    # thunhapbinhquan.csv, Ha Noi: 6054 = 3960 + 166 + 1134 + 795 - 1
    parts = {r["income_source"]: r["value"] for r in
             data.load("income_by_source").query("geo == 'ha-noi'").to_dict("records")}
    assert parts == {"total": 6054, "wages": 3960, "agriculture": 166, "non_farm": 1134,
                     "other": 795}
    # the 2018 total is the income series' 2018 figure, next to the survey years before it
    income = Q.years("income_per_capita", "ha-noi")
    assert income[-2:] == [2016, 2018]


def test_wage_share_of_a_province():
    # Ha Noi 2018: 3960 / 6054 = 65.41 %
    got = series.get("wage_share_income", "ha-noi").set_index("year").loc[2018, "value"]
    assert got == pytest.approx(100 * 3960 / 6054)


def test_revised_trained_share_is_weighted_by_the_revised_labour_force():
    got = series.get("trained_share", "northern-ker", NEW).set_index("year")
    assert got.loc[2018, "method"].startswith("weighted by labour force aged 15 and over "
                                              "(post-2019-census)")
    old = series.get("trained_share", "northern-ker", "pre-2019-census").set_index("year")
    assert old.loc[2016, "method"].startswith("weighted by labour force aged 15 and over "
                                              "(pre-2019-census)")


def test_insurance_2017_participants():
    # insurance_points_transcribed.csv: "13,820.4", "81,189", "11,538.9" thousand persons
    for scheme, value in (("social", 13820.4), ("health", 81189), ("unemployment", 11538.9)):
        row = cell("insurance_national", year=2017, measure="insured", scheme=scheme)
        assert row["value"] == value
        assert row["source"] == "gso-yearbook-2018-insurance-overview"


@pytest.mark.skipif(not nso_revised.URBAN.exists(), reason="the candidate files are not here")
def test_rekey_reproduces_the_new_tables(tmp_path):
    specs = {r["name"]: r for r in nso_revised.schemas()}
    for name, reader in nso_revised.READERS.items():
        schema = specs[name]["schema"]
        write_table(name, [f["name"] for f in schema["fields"]], reader(),
                    key=schema["primaryKey"], folder=tmp_path)
        assert (tmp_path / f"{name}.csv").read_bytes() == (DATA_DIR / f"{name}.csv").read_bytes()


@pytest.mark.skipif(not nso_revised.LABOUR.exists(), reason="the candidate files are not here")
def test_rekey_names_the_row_of_an_unknown_place(tmp_path, monkeypatch):
    bad = tmp_path / "vn_migration.csv"
    bad.write_text(",Province,Year,Net_Migration_Rate\n0,Atlantis,2015,1.0\n", encoding="utf-8")
    monkeypatch.setattr(nso_revised, "MIGRATION", bad)
    with pytest.raises(RekeyError, match="row 2: unknown place"):
        nso_revised.net_migration()


# --- NSO's English labour tables by province (E02.xx), kept in data/rekey/found ----------

def test_northern_ker_employed_2018_is_hand_summed():
    # 11_employed_persons...xlsx, column 2018: Ha Noi 4098.87, Vinh Phuc 643.43, Bac Ninh
    # 703.06, Quang Ninh 721.35, Hai Duong 1037.56, Hai Phong 1108.81, Hung Yen 723.16
    got = Q.at("employed_persons", "northern-ker", 2018, NEW)
    assert got.value == pytest.approx(9036.24)


@pytest.mark.parametrize("table, geo, year, vintage, value", [
    ("employed_persons", "whole-country", 2020, NEW, 53609.58),          # E02.45
    ("employed_persons", "whole-country", 2021, "icls-19", 49072.01),    # the new definitions
    ("unemployment_province", "whole-country", 2018, NEW, 2.19),         # E02.63
    ("unemployment_province", "ho-chi-minh-city", 2021, "icls-19", 6.4),
    ("productivity_province", "whole-country", 2018, NEW, 129.12),       # E02.58
])
def test_e_table_cells(table, geo, year, vintage, value):
    assert cell(table, geo=geo, year=year, vintage=vintage)["value"] == pytest.approx(value)


@pytest.mark.skipif(not nso_revised.TRAINED.exists(), reason="the candidate files are not here")
def test_e0255_repeats_the_revised_trained_share_it_continues():
    # E02.55's 2015-2018 equal the revised series of 2021 held from the other file, so its
    # 2019-2022 carry that series on (read from both source files, not the tidy table)
    import openpyxl

    book = openpyxl.load_workbook(nso_revised.FOUND / nso_revised.E_TABLES["trained"][0],
                                  read_only=True, data_only=True)
    rows = list(book["E02.55"].iter_rows(values_only=True))
    years = [str(h).replace("Prel.", "").strip() for h in rows[2][1:]]
    e0255 = {}
    for row in rows[3:]:
        for y, v in zip(years, row[1:]):
            if y in ("2015", "2016", "2017", "2018"):
                e0255[(regions.slug_for(str(row[0]).strip()), int(float(y)))] = float(v)
    devmap = pd.read_csv(nso_revised.TRAINED)
    devmap = devmap[devmap["year"] >= 2015]
    for r in devmap.itertuples():
        key = (regions.slug_for(r.Name), r.year)
        assert e0255[key] == pytest.approx(r.percentage, abs=0.05), key


def test_2018_employment_is_on_another_frame_than_the_labour_force():
    # what the employed_persons description says: E02.45 2018 exceeds V02.34 2018 in
    # Ha Noi (4098.87 > 4064.8), Vinh Phuc (643.43 > 630.5) and Hung Yen (723.16 > 717.9)
    for geo in ("ha-noi", "vinh-phuc", "hung-yen"):
        employed = cell("employed_persons", geo=geo, year=2018, vintage=NEW)["value"]
        labour = cell("labour_force", geo=geo, year=2018, vintage=NEW)["value"]
        assert employed > labour, geo
