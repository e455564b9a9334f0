"""Where things are: the repository root, data/, book/ and the build directory."""
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATA_DIR = ROOT / "data"
BOOK_DIR = ROOT / "book"
BUILD_DIR = ROOT / "_build"

#: Where the site offers the data package (a folder of its static files), and the name
#: of the zip of all of it.
SITE_DATA = "_static/ssker-data"
DATA_ZIP = "ssker-data.zip"


def data_files() -> list[Path]:
    """The files of the data package the site offers: every table of data/ and
    datapackage.json, by name."""
    return sorted(p for p in DATA_DIR.glob("*") if p.suffix in (".csv", ".json"))
