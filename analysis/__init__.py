"""Shared analysis package of the book *Social Security in Viet Nam's Key Economic Regions*.

Data flow one way: ``data/`` -> :mod:`analysis.data` -> :mod:`analysis.indicators`
-> notebooks -> site. Charts use :mod:`analysis.charts`; the command line is
``python -m analysis``.
"""
__all__ = ["regions", "data", "indicators", "charts"]
