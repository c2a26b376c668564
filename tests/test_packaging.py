"""The wheel holds every module and every data file the code reads at run time.

The build configuration lists its packages and data files by hand (pyproject.toml, [tool.setuptools]). An
editable install (`make install`) runs from the tree and never notices a missing entry; an ordinary
`pip install .` would ship a package without it. These tests compare the lists with the tree.
"""

from __future__ import annotations

import fnmatch
import subprocess
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TOP = ("graph", "api", "ontology", "queries")
# files under a package that are sources of a build step, never read at run time (api/web is bundled by
# `make web` into api/static/; its page, style sheet and icon are listed as package data on their own)
BUILD_SOURCES = ("api/web/*",)


def _setuptools() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]


def _tracked(*paths: str) -> list[str]:
    done = subprocess.run(["git", "ls-files", *paths], cwd=ROOT, capture_output=True, text=True, check=False)
    if done.returncode != 0:  # an exported tree without git: walk it instead
        return [str(p.relative_to(ROOT)) for top in paths for p in (ROOT / top).rglob("*") if p.is_file()]
    return done.stdout.split()


def _packages_in_tree() -> set[str]:
    return {
        str(init.parent.relative_to(ROOT)).replace("/", ".")
        for top in TOP
        for init in (ROOT / top).rglob("__init__.py")
        if "__pycache__" not in init.parts
    }


def test_every_folder_with_an_init_module_is_a_listed_package() -> None:
    listed = set(_setuptools()["packages"])
    assert _packages_in_tree() - listed == set(), "packages missing from [tool.setuptools] packages"
    assert listed - _packages_in_tree() == set(), "listed packages that are not in the tree"


def _package_of(path: str, packages: set[str]) -> tuple[str, str] | None:
    """The innermost listed package holding `path`, and the path relative to it."""
    parts = path.split("/")
    for cut in range(len(parts) - 1, 0, -1):
        name = ".".join(parts[:cut])
        if name in packages:
            return name, "/".join(parts[cut:])
    return None


def test_every_data_file_the_code_reads_is_package_data() -> None:
    settings = _setuptools()
    packages, patterns = set(settings["packages"]), settings["package-data"]
    missing = []
    for path in _tracked(*TOP):
        if path.endswith(".py") or any(fnmatch.fnmatch(path, source) for source in BUILD_SOURCES):
            continue
        owner = _package_of(path, packages)
        assert owner is not None, f"{path} lies outside every listed package"
        name, inner = owner
        if not any(fnmatch.fnmatch(inner, pattern) for pattern in patterns.get(name, [])):
            missing.append(path)
    assert missing == [], f"data files no package-data pattern ships: {missing}"
