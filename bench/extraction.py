"""Extraction speed: words per second of the full extraction (spaCy pipeline, stance detector, actor
resolution, stance assembly, RDF written into an in-memory Oxigraph store) against spaCy's own
`nlp.pipe` with the same statistical pipeline on the same texts, in the same process; then the full
extraction with `workers=2` (spaCy multiprocessing) against `workers=1`.

    python -m bench extraction          # about 60,000 words (smaller runs are noisy)
    python -m bench.extraction 100000   # another size

Texts: the founding article and the PLOVER development sentences when the shared folder is beside the
checkout, the bundled examples otherwise, repeated (with distinct ids) up to the size asked for.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

from graph.extract import Extractor
from graph.ingest import ensure_reference_data, store_extraction
from graph.records import Document
from graph.store import open_store

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
ROUNDS = 3


def corpus(words: int) -> list[str]:
    """Article-sized texts adding up to about `words` words."""
    texts: list[str] = []
    article = SHARED / "corpus" / "putin-concedes-little.txt"
    plover = SHARED / "dev" / "plover_gsr_dev.json"
    if article.is_file():
        texts.append(article.read_text(encoding="utf-8"))
    if plover.is_file():
        records = json.loads(plover.read_text(encoding="utf-8"))
        records = records["records"] if isinstance(records, dict) else records
        sentences = [r["text"] for r in records if r.get("text")]
        texts += [" ".join(sentences[i : i + 20]) for i in range(0, len(sentences), 20)]
    if not texts:
        texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples").glob("*.txt"))]
    out: list[str] = []
    total = 0
    while total < words:
        for text in texts:
            out.append(text)
            total += len(text.split())
            if total >= words:
                break
    return out


def timed(run: Callable[[], object]) -> float:
    started = time.perf_counter()
    run()
    return time.perf_counter() - started


def bench_documents(argv: list[str] | None, *, words: int) -> tuple[list[str], int, list[Document]]:
    """The texts, their word count and their documents (distinct ids), of the size the command line asks for
    (its first argument) or `words`."""
    args = sys.argv[1:] if argv is None else argv
    texts = corpus(int(args[0]) if args and args[0].isdigit() else words)
    return texts, sum(len(t.split()) for t in texts), [Document(id=f"bench-{i}", text=t) for i, t in enumerate(texts)]


def main(argv: list[str] | None = None) -> None:
    texts, words, documents = bench_documents(argv, words=60_000)
    extractor = Extractor()
    nlp = extractor.nlp
    statistical = [name for name in nlp.pipe_names if name != "stances"]
    list(nlp.pipe(texts[:4]))  # warm-up: model loading and first-call costs out of the figures

    def spacy_only() -> None:
        with nlp.select_pipes(enable=statistical):
            for _ in nlp.pipe(texts, batch_size=16):
                pass

    def full(workers: int) -> Callable[[], None]:
        def run() -> None:
            store = open_store(None)
            ensure_reference_data(store)
            for extraction in extractor.extract_many(documents, workers=workers):
                store_extraction(store, extraction)
            store.flush()

        return run

    # interleaved rounds in rotating order, best of each: other load on the machine hits every variant alike
    variants = {"base": spacy_only, "one": full(1), "two": full(2)}
    runs: dict[str, list[float]] = {name: [] for name in variants}
    names = list(variants)
    for r in range(ROUNDS):
        for name in names[r % 3 :] + names[: r % 3]:
            runs[name].append(timed(variants[name]))
    base, one, two = (min(runs[k]) for k in ("base", "one", "two"))
    print(f"texts: {len(texts)} documents, {words:,} words, best of {ROUNDS} interleaved rounds")
    print(f"spaCy nlp.pipe ({', '.join(statistical)}): {words / base:,.0f} words/s")
    print(
        f"full extraction, RDF written, 1 process: {words / one:,.0f} words/s "
        f"= {base / one:.2f} x nlp.pipe (target >= 0.80)"
    )
    print(f"full extraction, 2 processes: {words / two:,.0f} words/s = {one / two:.2f} x 1 process")


if __name__ == "__main__":
    main()
