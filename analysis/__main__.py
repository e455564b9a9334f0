"""``python -m analysis``: the command line of :mod:`analysis.site.cli`."""
import sys

from .site.cli import main

sys.exit(main())
