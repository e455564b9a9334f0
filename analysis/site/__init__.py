"""The site layer: executing the notebooks with a cache (:mod:`.build`), the Sphinx
extension (:mod:`.sphinx_ext`), the benchmark (:mod:`.bench`) and the command line
(:mod:`.cli`, ``python -m analysis``). Notebooks never import it: the build's cache key
covers every module of the package except this layer."""
