"""The worked-example helpers against cases worked by hand from the CSV cells named
in the comments."""
import pandas as pd
import pytest

from analysis import worked

# data/insurance_national.csv: whole-country, insured, social, thousand persons
SI_INSURED = pd.Series({2010: 9682.6, 2012: 10565.4, 2013: 11057.4, 2014: 11645.8,
                        2015: 12290.5})
# data/national_accounts_gso.csv: whole-country, pre-revision, gdp_constant_2010
GDP_CONSTANT = pd.Series({2010: 2157828, 2011: 2292483, 2012: 2412778, 2013: 2543596,
                          2014: 2695796, 2015: 2875856})
# data/national_accounts_gso.csv: whole-country, pre-revision, gdp_current (2015)
GDP_CURRENT_2015 = 4192862


def test_elasticities_of_si_participants_to_gdp():
    table = worked.elasticities(SI_INSURED, GDP_CONSTANT)
    # pairs of successive years both series have: 2011 has no participants, so the
    # first pair spans 2010-2012
    assert list(zip(table["start"], table["end"])) == [(2010, 2012), (2012, 2013),
                                                       (2013, 2014), (2014, 2015)]
    last = table.iloc[-1]
    # 2014-2015: (12290.5 - 11645.8) / 11645.8 = 644.7 / 11645.8 = 5.5359 %
    #            (2875856 - 2695796) / 2695796 = 180060 / 2695796 = 6.6793 %
    #            5.5359 / 6.6793 = 0.82882
    assert last["pct_y"] == pytest.approx(5.5359, abs=1e-4)
    assert last["pct_x"] == pytest.approx(6.6793, abs=1e-4)
    assert last["elasticity"] == pytest.approx(0.82882, abs=1e-5)
    assert last["span"] == 1


def test_elasticities_leave_out_pairs_further_apart_than_max_span():
    table = worked.elasticities(SI_INSURED, GDP_CONSTANT, max_span=1)
    assert list(table["start"]) == [2012, 2013, 2014]


def test_elasticities_need_a_change_in_x():
    with pytest.raises(ValueError, match="does not change"):
        worked.elasticities(pd.Series({2010: 1.0, 2011: 2.0}), pd.Series({2010: 5.0, 2011: 5.0}))


def test_elasticities_reject_a_series_that_is_not_by_year():
    with pytest.raises(ValueError, match="years"):
        worked.elasticities(pd.Series({"a": 1.0}), GDP_CONSTANT)


def test_deflator_and_constant_prices():
    # 2015: 100 x 4192862 / 2875856 = 145.795
    current = pd.Series({2010: 2157828, 2015: GDP_CURRENT_2015})
    index = worked.deflator(current, GDP_CONSTANT)
    assert index[2010] == pytest.approx(100.0)
    assert index[2015] == pytest.approx(145.795, abs=1e-3)
    # 2,000 at 2015 prices is 2,000 x 100 / 145.795 = 1371.79 at 2010 prices
    real = worked.to_constant_prices(pd.Series({2015: 2000.0}), index)
    assert real[2015] == pytest.approx(1371.79, abs=1e-2)


def test_constant_prices_need_every_year_of_the_index():
    with pytest.raises(ValueError, match="2016"):
        worked.to_constant_prices(pd.Series({2016: 1.0}), pd.Series({2015: 100.0}))


def test_coverage_rate():
    # data/insurance_national.csv (2015, insured, social) 12290.5 over
    # data/labour_force.csv summed for 2015 (whole country 53984.2): 22.767 %
    assert worked.coverage_rate(12290.5, 53984.2) == pytest.approx(22.767, abs=1e-3)
    with pytest.raises(ValueError):
        worked.coverage_rate(1.0, 0.0)


def test_pace_to_target():
    # data/press_insurance.csv: over 39 % of the labour force in 2023; target 60 % by
    # 2030 (data/document_figures.csv, Resolution 42 article, item 15): 21 / 7 = 3
    assert worked.pace_to_target(39, 2023, 60, 2030) == pytest.approx(3.0)
    with pytest.raises(ValueError, match="not after"):
        worked.pace_to_target(39, 2030, 60, 2030)


@pytest.mark.parametrize("e, words", [(-1.5, "faster"), (-1.0, "same rate"),
                                      (-0.4, "more slowly"), (0.0, "did not respond"),
                                      (0.3, "rose despite")])
def test_poverty_elasticity_reading(e, words):
    assert words in worked.poverty_elasticity_reading(e)


def test_tex_number():
    assert worked.tex_number(4192862) == "4{,}192{,}862"
    assert worked.tex_number(1234.56, 1) == "1{,}234.6"



# --- the helpers that read the book's tables ---------------------------------------------

def test_by_year_reads_one_geography():
    spend = worked.by_year("insurance_spending")
    # data/insurance_national.csv: whole-country, 2015, expenditure, all
    assert spend[2015] == 201533
    assert 2011 not in spend.index  # no 2011 figure in GSO's table: a gap, not filled


def test_by_year_refuses_two_vintages():
    # data/population.csv holds the population before and after the 2019 census revision
    with pytest.raises(ValueError, match="vintage"):
        worked.by_year("population")
    assert worked.by_year("population", vintage="pre-2019-census")[2010] == pytest.approx(86947.4)


def test_si_participant_elasticities_from_the_tables():
    table = worked.si_participant_elasticities()
    last = table.iloc[-1]
    # as in test_elasticities_of_si_participants_to_gdp: 5.5359 % / 6.6793 % = 0.82882
    assert (last["start"], last["end"]) == (2014, 2015)
    assert last["elasticity"] == pytest.approx(0.82882, abs=1e-5)
    # health insurance, data/insurance_national.csv (insured, health): 64644.8 -> 68466.1,
    # 3821.3 / 64644.8 = 5.9112 %; over 6.6793 %: 0.88501
    hi = worked.si_participant_elasticities("hi").iloc[-1]
    assert hi["elasticity"] == pytest.approx(0.88501, abs=1e-5)


def test_poverty_income_elasticities_whole_country():
    table = worked.poverty_income_elasticities("whole-country")
    assert list(zip(table["start"], table["end"])) == [(2010, 2012), (2012, 2014), (2014, 2016)]
    last = table.iloc[-1]
    # data/poverty_rate.csv (whole-country): 8.4 (2014) -> 5.8 (2016): -30.952 %
    # data/income_by_quintile.csv (whole-country, quintile 0): 2637 -> 3049
    # data/national_accounts.csv, GDP current / constant-2010 (post-2019-revision):
    #   2014 4937031.68 / 3455392.13 = 1.428791; 2016 5639401.00 / 3944143.68 = 1.429816
    #   real income 2637 / 1.428791 = 1845.62 and 3049 / 1.429816 = 2132.44: +15.541 %
    #   elasticity -30.952 / 15.541 = -1.9917; at current prices -30.952 / 15.624 = -1.9811
    assert last["pct_y"] == pytest.approx(-30.952, abs=1e-3)
    assert last["x0"] == pytest.approx(1845.62, abs=1e-2)
    assert last["x1"] == pytest.approx(2132.44, abs=1e-2)
    assert last["elasticity"] == pytest.approx(-1.9917, abs=1e-4)
    assert last["nominal_elasticity"] == pytest.approx(-1.9811, abs=1e-4)
