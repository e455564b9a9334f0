"""The helpers of the region and components section of Chapter 3 (analysis.components),
checked against cells of the data tables worked by hand."""
import math

import pytest

from analysis import data
from analysis.compute.geometry import geometry_area_km2
from analysis.compute.indicators import per_10000, percent_of
from analysis.compute.ranks import ordinal, rank_of
from analysis.compute.text import short_method
from analysis.data import boundaries


def test_percent_of_insured_over_labour_force_2010():
    # data/insurance_national.csv: whole-country,2010,insured,social -> 9682.6 thousand;
    # data/labour_force.csv: whole-country,2010 -> 50392.9 thousand.
    # 9682.6 / 50392.9 = 0.192142..., i.e. 19.214 %
    assert percent_of(9682.6, 50392.9) == pytest.approx(19.2142, abs=1e-4)


def test_percent_of_rejects_a_bad_whole_or_part():
    with pytest.raises(ValueError, match="whole"):
        percent_of(1, 0)
    with pytest.raises(ValueError, match="part"):
        percent_of(-1, 10)


def test_per_10000_beds_of_ha_noi_2010():
    # data/hospital_beds.csv: ha-noi,2010,provincial-health-departments,total -> 11536 beds;
    # data/population.csv: ha-noi,2010,pre-2019-census -> 6633.6 thousand persons.
    # 11536 / 6,633,600 * 10,000 = 11536 / 663.36 = 17.3903
    assert per_10000(11536, 6633.6) == pytest.approx(17.3903, abs=1e-4)


GRDP_2022 = {  # data/grdp_per_capita.csv, 2022 (preliminary), million VND per person
    "ha-noi": 141.61, "quang-ninh": 197.73, "vinh-phuc": 127.1, "bac-ninh": 169.07,
    "hai-duong": 87.49, "hai-phong": 173.52, "hung-yen": 102.25,
}


def test_rank_of_grdp_per_head_2022():
    assert rank_of(GRDP_2022, "quang-ninh") == 1
    assert rank_of(GRDP_2022, "hai-phong") == 2
    assert rank_of(GRDP_2022, "bac-ninh") == 3
    assert rank_of(GRDP_2022, "hai-duong") == 7
    assert rank_of(GRDP_2022, "hai-duong", highest_first=False) == 1
    assert rank_of(GRDP_2022, "ha-noi", highest_first=False) == 4


def test_rank_of_ties_share_the_better_rank_and_gaps_have_none():
    assert rank_of({"a": 2.0, "b": 2.0, "c": 1.0}, "b") == 1
    assert rank_of({"a": 2.0, "b": 2.0, "c": 1.0}, "c") == 3
    with pytest.raises(KeyError):
        rank_of({"a": 1.0}, "b")
    with pytest.raises(ValueError, match="missing"):
        rank_of({"a": 1.0, "b": float("nan")}, "a")


R = 6371.0088


def _cell(lon0, lat0, lon1, lat1):
    return [[lon0, lat0], [lon1, lat0], [lon1, lat1], [lon0, lat1], [lon0, lat0]]


def test_area_of_a_one_degree_cell_is_the_closed_form():
    # The area of the cell between two meridians and two parallels on a sphere:
    # R^2 * dlambda * (sin(phi1) - sin(phi0)); at the equator, 1 degree by 1 degree,
    # 6371.0088^2 * (pi/180) * sin(1 deg) = 12,364 km^2 (to the km^2).
    expected = R ** 2 * math.radians(1) * math.sin(math.radians(1))
    area = geometry_area_km2({"type": "Polygon", "coordinates": [_cell(105, 0, 106, 1)]})
    assert area == pytest.approx(expected, rel=1e-12)
    assert round(area) == 12364
    # at 20-21 degrees north (the latitude of Ha Noi) the same cell is smaller:
    # R^2 * (pi/180) * (sin 21 - sin 20) = 11,587 km^2
    north = geometry_area_km2({"type": "Polygon", "coordinates": [_cell(105, 20, 106, 21)]})
    assert round(north) == round(R ** 2 * math.radians(1)
                                 * (math.sin(math.radians(21)) - math.sin(math.radians(20))))
    assert 11_500 < north < 11_700


def test_area_subtracts_holes_and_adds_parts():
    outer = _cell(105, 0, 107, 2)
    hole = _cell(105.5, 0.5, 106.5, 1.5)[::-1]
    with_hole = geometry_area_km2({"type": "Polygon", "coordinates": [outer, hole]})
    plain = geometry_area_km2({"type": "Polygon", "coordinates": [outer]})
    cut = geometry_area_km2({"type": "Polygon", "coordinates": [hole]})
    assert with_hole == pytest.approx(plain - cut)
    two = geometry_area_km2({"type": "MultiPolygon",
                             "coordinates": [[_cell(105, 0, 106, 1)], [_cell(107, 0, 108, 1)]]})
    assert two == pytest.approx(2 * R ** 2 * math.radians(1) * math.sin(math.radians(1)))


def test_area_rejects_other_geometries_and_open_rings():
    with pytest.raises(ValueError, match="Point"):
        geometry_area_km2({"type": "Point", "coordinates": [105, 21]})
    with pytest.raises(ValueError, match="ring"):
        geometry_area_km2({"type": "Polygon", "coordinates": [[[105, 0], [106, 0], [106, 1]]]})


def test_the_northern_ker_on_the_book_outlines_is_near_its_official_area():
    # GSO/NSO, Area, population and population density by province, 2022 (the copy in
    # data-candidates/gso-pxweb-dstai/population/population_2022.csv), area in km2:
    # Ha Noi 3359.84, Vinh Phuc 1236, Bac Ninh 822.71, Quang Ninh 6207.93, Hai Duong
    # 1668.28, Hai Phong 1526.52, Hung Yen 930.2; 15,751.48 km2 in all. The simplified
    # outlines must come within 2 % of it.
    assert boundaries.region_area_km2("northern-ker") == pytest.approx(15751.48, rel=0.02)


def test_ordinal():
    assert [ordinal(n) for n in (1, 2, 4, 10)] == ["first", "second", "fourth", "tenth"]
    assert [ordinal(n) for n in (11, 12, 21, 22, 23, 63)] == ["11th", "12th", "21st", "22nd",
                                                              "23rd", "63rd"]
    with pytest.raises(ValueError):
        ordinal(0)


def test_short_method():
    assert short_method("published") == "published"
    assert short_method("sum of 7 provinces") == "from 7 provinces (sum)"
    assert short_method("weighted by average population (post-2019-census) over 63 "
                        "provinces") == "from 63 provinces (weighted)"
    assert short_method("mean of the four published quarters") == \
        "mean of the four published quarters"


def test_outlet_is_the_publisher_and_edition_of_sources_csv():
    # data/sources.csv: vss-2019-bac-ninh-inspection, publisher "Viet Nam Social Security
    # (English portal)", edition 2019; geoboundaries-vnm-adm1, "geoBoundaries (William &
    # Mary geoLab)", edition 2023.
    assert data.outlet("vss-2019-bac-ninh-inspection") == "Viet Nam Social Security, 2019"
    assert data.outlet("geoboundaries-vnm-adm1") == "geoBoundaries, 2023"
