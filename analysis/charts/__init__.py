"""The charts layer: the book's Altair theme, offline renderer and :func:`finish`
(:mod:`.core`, re-exported here), and every chart builder: lines (:mod:`.lines`), maps
(:mod:`.maps`), reported figures over time (:mod:`.timeline`), the data appendix's
heatmaps (:mod:`.coverage`) and plain HTML tables (:mod:`.tables`). It reads data
through :mod:`analysis.data`; it imports nothing from the pages or site layers."""
from .core import (HEIGHT, PALETTE, REGION_COLORS, WIDTH, chart_html, embed_script, finish,
                   load_vega, lorenz_chart, mark_gaps, region_color, vega_bundle, year_axis)

__all__ = ["HEIGHT", "PALETTE", "REGION_COLORS", "WIDTH", "chart_html", "embed_script",
           "finish", "load_vega", "lorenz_chart", "mark_gaps", "region_color", "vega_bundle",
           "year_axis"]
