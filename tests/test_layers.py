"""The package's layers: imports run one way (compute, data, charts, pages, site), no
module uses another's private names, no import of the package hides inside a function, and
no notebook imports the site layer (which the build's execution key leaves out)."""
import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "analysis"
LAYERS = ["compute", "data", "charts", "pages", "site"]


def modules():
    return sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)


def dotted(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def layer_of(name: str) -> int | None:
    """The layer of a dotted module name of the package (None for the root)."""
    parts = name.split(".")
    return LAYERS.index(parts[1]) if len(parts) > 1 and parts[1] in LAYERS else None


def imported(path: Path):
    """(dotted name, names taken, node, inside a function) of each import of the package."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    here = dotted(path).split(".")
    package = here if path.name == "__init__.py" else here[:-1]
    funcs = [n for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))]
    inner = {id(n) for f in funcs for n in ast.walk(f) if n is not f}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[:len(package) - node.level + 1]
                name = ".".join(base + ([node.module] if node.module else []))
            else:
                name = node.module or ""
            if name.split(".")[0] != "analysis":
                continue
            names = [a.name for a in node.names]
            for n in names:  # "from . import data" imports the module analysis.data
                yield (f"{name}.{n}" if layer_of(f"{name}.{n}") is not None
                       and layer_of(name) is None else name), [n], node, id(node) in inner
        elif isinstance(node, ast.Import):
            for a in node.names:
                if a.name.split(".")[0] == "analysis":
                    yield a.name, [], node, id(node) in inner


def test_every_module_is_in_a_layer():
    loose = [dotted(p) for p in modules() if layer_of(dotted(p)) is None
             and p.name not in ("__init__.py", "__main__.py")]
    assert loose == []


@pytest.mark.parametrize("path", modules(), ids=lambda p: str(p.relative_to(ROOT)))
def test_imports_run_one_way(path):
    mine = layer_of(dotted(path))
    if mine is None:  # the package's root: its docstring and the entry point
        return
    wrong = [name for name, _, _, _ in imported(path)
             if layer_of(name) is not None and layer_of(name) > mine]
    assert wrong == [], f"{dotted(path)} ({LAYERS[mine]}) imports a later layer: {wrong}"


@pytest.mark.parametrize("path", modules(), ids=lambda p: str(p.relative_to(ROOT)))
def test_no_private_names_of_other_modules(path):
    taken = [n for _, names, _, _ in imported(path) for n in names if n.startswith("_")
             and n != "__version__"]
    assert taken == [], f"{dotted(path)} imports private names {taken}"
    tree = ast.parse(path.read_text(encoding="utf-8"))
    modules_bound = {a.asname or a.name for node in ast.walk(tree)
                     if isinstance(node, ast.ImportFrom) and (node.level or
                                                             (node.module or "").startswith("analysis"))
                     for a in node.names}
    reached = sorted({f"{n.value.id}.{n.attr}" for n in ast.walk(tree)
                      if isinstance(n, ast.Attribute) and isinstance(n.value, ast.Name)
                      and n.value.id in modules_bound and n.attr.startswith("_")
                      and not n.attr.startswith("__")})
    assert reached == [], f"{dotted(path)} reaches into private names {reached}"


@pytest.mark.parametrize("path", modules(), ids=lambda p: str(p.relative_to(ROOT)))
def test_no_import_of_the_package_inside_a_function(path):
    hidden = [name for name, _, _, inside in imported(path) if inside]
    assert hidden == [], f"{dotted(path)} imports {hidden} inside a function"


def test_no_notebook_imports_the_site_layer():
    sources = [ROOT / "book" / "regions" / "profile-template.md"]
    sources += sorted((ROOT / "book").glob("*.md"))
    for source in sources:
        text = source.read_text(encoding="utf-8")
        assert not re.search(r"analysis\.site\b|from analysis import [^\n]*\bsite\b", text), \
            f"{source.name} imports the site layer, which the build's execution key leaves out"


def test_the_tests_catch_a_planted_backward_import(tmp_path, monkeypatch):
    planted = PACKAGE / "compute" / "_planted_for_test.py"
    planted.write_text("from ..pages import quantities\n", encoding="utf-8")
    try:
        wrong = [name for name, _, _, _ in imported(planted)
                 if layer_of(name) > layer_of(dotted(planted))]
        assert wrong == ["analysis.pages"]
    finally:
        planted.unlink()


def test_every_subpackage_is_installed():
    import tomllib

    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
                 ["packages"])
    found = {dotted(p) for p in PACKAGE.rglob("__init__.py")}
    assert found <= listed, f"not in pyproject.toml's packages: {sorted(found - listed)}"
