"""The data layer: the geography registry (:mod:`.regions`), the tidy tables of
``data/`` loaded with validation (:mod:`.tables`) and their sources (:mod:`.sources`),
the household survey by province (:mod:`.survey`), the province boundaries
(:mod:`.boundaries`), and the series engine (:mod:`.series`) with its catalogue
(:mod:`.catalogue`): every indicator for any geography, as published, built from the
provinces, or nothing.

It reads files and uses the pure functions of :mod:`analysis.compute`; it imports
nothing from the charts, pages or site layers. The names below are the ones pages use
as ``data.<name>``.
"""
from .sources import cite, edition, outlet, publisher, source_of
from .survey import (INCOME_WEIGHT_VINTAGE, income_inequality, income_quintiles,
                     inequality_table, lorenz_points, population, provincial_gini_mean,
                     published_quintiles, quintile_groups, survey_years)
from .tables import (DESCRIPTOR, DataError, load, package_licence, resource, resources,
                     table_names, unit, validate_all, validated_rows)

__all__ = ["DESCRIPTOR", "DataError", "INCOME_WEIGHT_VINTAGE", "cite", "edition",
           "income_inequality", "income_quintiles", "inequality_table", "load",
           "lorenz_points", "outlet", "package_licence", "population", "provincial_gini_mean",
           "publisher",
           "published_quintiles", "quintile_groups", "resource", "resources", "source_of",
           "survey_years", "table_names", "unit", "validate_all", "validated_rows"]
