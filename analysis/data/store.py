"""A disk cache of what is derived from the data: each series for each geography
(:mod:`analysis.data.series`) and each map's chart spec (:mod:`analysis.charts.maps`),
made once per version of the data and of the code that derives them, and shared by every
notebook of a build.

The version is a hash of the data package (its descriptor and every file in ``data/``),
of the source of the data and compute layers (and of the module asking), and of the
pandas and Altair versions; a change to any of them starts a new folder under
``_build/derived/``, and the old ones are left for ``make clean``. An entry keeps the
data files its making read, and serving it records them again, so the build still knows
which notebooks read which table.

Why not a library: the value is the key (what the book's data and code are), and no
cache package computes it; the store itself is a folder of pickles written atomically.
"""
from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from importlib import metadata
from pathlib import Path

from . import tables
from .paths import BUILD_DIR, DATA_DIR, ROOT

#: Where the derived values live, one folder per version.
STORE = BUILD_DIR / "derived"

#: The code whose change makes every derived value stale.
CODE = [ROOT / "analysis" / "data", ROOT / "analysis" / "compute"]


def _code_hash(extra: tuple[Path, ...]) -> str:
    h = hashlib.sha256()
    files = sorted(p for folder in CODE for p in folder.rglob("*.py")) + sorted(extra)
    for path in files:
        h.update(str(path.relative_to(ROOT)).encode() + b"\0" + path.read_bytes() + b"\0")
    for package in ("pandas", "altair"):
        h.update(f"{package}=={metadata.version(package)}\0".encode())
    return h.hexdigest()


def version(*code: Path) -> str:
    """The version of the data and of the code deriving from it (``code``: modules
    outside the data and compute layers that the value depends on)."""
    def make() -> str:
        h = hashlib.sha256(_code_hash(tuple(code)).encode())
        for path in sorted(p for p in DATA_DIR.rglob("*") if p.is_file()
                           and "rekey" not in p.parts):
            h.update(str(path.relative_to(DATA_DIR)).encode() + b"\0" + path.read_bytes())
        return h.hexdigest()[:24]
    stamp = (tables.data_version(),) + tuple(tables.file_stamp(p) for p in code)
    return tables.cached(("store-version",) + tuple(map(str, code)), stamp, make)


def _all_made(kind: str, ver: str) -> Path:
    return STORE / ver / kind / ".all-made"


def all_made(kind: str, *code: Path) -> bool:
    """Whether every value of ``kind`` was made for this version (:func:`mark_all_made`)."""
    return _all_made(kind, version(*code)).exists()


def mark_all_made(kind: str, *code: Path) -> None:
    """Record that every value of ``kind`` is made for this version."""
    path = _all_made(kind, version(*code))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.touch()


def _file(kind: str, key: str, ver: str) -> Path:
    name = hashlib.sha256(key.encode()).hexdigest()[:32]
    return STORE / ver / kind / f"{name}.pkl"


def get_or_make(kind: str, key: str, make, *code: Path):
    """The value stored under (``kind``, ``key``) for this version, else ``make()``,
    stored. The data files read while making it are recorded again when it is served."""
    ver = version(*code)

    def from_disk():
        path = _file(kind, key, ver)
        try:
            with open(path, "rb") as fh:
                stored_key, reads, value = pickle.load(fh)
            if stored_key == key:
                tables.replay(reads)
                return value
        except (OSError, EOFError, pickle.UnpicklingError, ValueError):
            pass
        with tables.capture() as reads:
            value = make()
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            pickle.dump((key, list(dict.fromkeys(reads)), value), fh,
                        protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)  # atomic: concurrent notebooks never read half a file
        return value

    return tables.cached(("store", kind, key), (ver,), from_disk)
