"""Extraction time and memory against document length: one long article (built from the bundled examples,
paragraphs repeated and varied) extracted and written to an in-memory store, each size in a fresh
process so that its peak resident memory is its own.

    python -m bench scaling                  # 50, 100, 200, 400 KB
    python -m bench.scaling 100 800 1600     # other sizes, in KB

A linear extractor keeps seconds per 100 KB flat across sizes; the memory above the loaded pipeline
should grow no faster than the text.
"""
from __future__ import annotations

import json
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZES_KB = (50, 100, 200, 400)
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def long_article(kilobytes: int) -> str:
    """An article of about `kilobytes` KB: the examples' paragraphs (headlines dropped), repeated with the
    weekday and paragraph order varied so that no two stretches are the same text."""
    paragraphs = [
        p.strip()
        for path in sorted((ROOT / "examples").glob("*.txt"))
        for p in path.read_text(encoding="utf-8").split("\n\n")[1:]
        if p.strip()
    ]
    out: list[str] = []
    size, round_ = 0, 0
    while size < kilobytes * 1000:
        shift = round_ % len(paragraphs)
        for paragraph in paragraphs[shift:] + paragraphs[:shift]:
            for n, day in enumerate(DAYS):
                paragraph = paragraph.replace(day, DAYS[(n + round_) % len(DAYS)])
            out.append(paragraph)
            size += len(paragraph) + 2
        round_ += 1
    return "\n\n".join(out)


def measure(kilobytes: int) -> dict[str, float]:
    """Seconds to extract and store an article of `kilobytes` KB, and this process's peak memory (MB)."""
    from graph.extract import Extractor
    from graph.ingest import ensure_reference_data, store_extraction
    from graph.records import Document
    from graph.store import open_store

    extractor = Extractor()
    store = open_store(None)
    ensure_reference_data(store)
    extractor.extract(Document(id="warm-up", text=long_article(2)))
    loaded = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    document = Document(id=f"long-{kilobytes}", text=long_article(kilobytes))
    started = time.perf_counter()
    extraction = extractor.extract(document)
    triples = store_extraction(store, extraction)
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"kb": kilobytes, "chars": len(document.text), "seconds": seconds, "stances": len(extraction.stances),
            "triples": triples, "loaded_mb": loaded, "peak_mb": peak}


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    if args[:1] == ["--one"]:
        print(json.dumps(measure(int(args[1]))))
        return
    sizes = [int(a) for a in args if a.isdigit()] or list(SIZES_KB)
    print(f"{'size':>8} {'seconds':>8} {'s/100KB':>8} {'stances':>8} {'peak MB':>8} {'+ over pipeline':>16}")
    for kilobytes in sizes:
        done = subprocess.run([sys.executable, "-m", "bench.scaling", "--one", str(kilobytes)], cwd=ROOT,
                              capture_output=True, text=True, check=True)
        row = json.loads(done.stdout.strip().splitlines()[-1])
        print(f"{kilobytes:>6}KB {row['seconds']:>8.1f} {row['seconds'] / kilobytes * 100:>8.1f} "
              f"{row['stances']:>8} {row['peak_mb']:>8.0f} {row['peak_mb'] - row['loaded_mb']:>14.0f}MB", flush=True)


if __name__ == "__main__":
    main()
