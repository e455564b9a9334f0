"""pyproject.toml and environment.yml pin the same packages at the same versions."""
import re
import tomllib
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def pyproject_pins() -> dict[str, str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    specs = list(project["dependencies"])
    for extra in project.get("optional-dependencies", {}).values():
        specs += extra
    pins = {}
    for spec in specs:
        name, sep, version = spec.partition("==")
        assert sep, f"pyproject.toml: {spec!r} is not pinned with =="
        pins[_norm(name)] = version
    return pins


def environment_pins() -> dict[str, str]:
    env = yaml.safe_load((ROOT / "environment.yml").read_text())
    pins = {}
    for dep in env["dependencies"]:
        if isinstance(dep, dict):
            for spec in dep.get("pip", []):
                if spec.startswith("-e"):
                    continue
                name, sep, version = spec.partition("==")
                assert sep, f"environment.yml pip: {spec!r} is not pinned with =="
                pins[_norm(name)] = version
            continue
        name, _, version = dep.partition("=")
        if _norm(name) in ("python", "pip"):
            continue
        assert version, f"environment.yml: {dep!r} has no version"
        pins[_norm(name)] = version
    return pins


def test_same_packages_and_versions():
    py, env = pyproject_pins(), environment_pins()
    assert set(py) == set(env), (
        f"only in pyproject.toml: {sorted(set(py) - set(env))}; "
        f"only in environment.yml: {sorted(set(env) - set(py))}")
    differ = {name: (py[name], env[name]) for name in py if py[name] != env[name]}
    assert not differ, f"versions differ (pyproject, environment): {differ}"


def test_python_version_agrees():
    env = yaml.safe_load((ROOT / "environment.yml").read_text())
    assert "python=3.11" in env["dependencies"]
    requires = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["requires-python"]
    assert ">=3.11" in requires and "<3.12" in requires
