"""Run every benchmark module of this package (those defining `main()`), or only those named: `python -m bench
export`."""
from __future__ import annotations

import importlib
import pkgutil
import sys

import bench


def run(names: list[str]) -> None:
    for info in sorted(pkgutil.iter_modules(bench.__path__), key=lambda m: m.name):
        if info.name.startswith("_") or (names and info.name not in names):
            continue
        module = importlib.import_module(f"bench.{info.name}")
        if hasattr(module, "main"):
            print(f"== bench.{info.name}", flush=True)
            module.main()


if __name__ == "__main__":
    run(sys.argv[1:])
