"""The `stancegraph` command line. Every module of this package registers its commands on `base.app`."""
from __future__ import annotations

import importlib
import pkgutil

from api.cli.base import app


def main() -> None:
    """Entry point of the `stancegraph` console script."""
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if info.name != "base":
            importlib.import_module(f"{__name__}.{info.name}")
    app()
