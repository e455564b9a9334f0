"""Shared analysis package of the book *Social Security in Viet Nam's Key Economic Regions*.

Five layers, in the order the data flow through them; a module imports only from its
own layer and the layers before it:

``compute/``  pure functions: indicators, pooled inequality, verdict rules, formatting
``data/``     the geography registry, the tables with validation, the series engine
``charts/``   theme, offline renderer, every chart builder and HTML tables
``pages/``    what pages state: quantities with their identity, reported figures, the
              ledger, the appendix, the profiles
``site/``     build and cache, Sphinx extension, benchmark, command line (never
              imported by a notebook)
"""
