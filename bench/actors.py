"""Actor resolution speed: the time `ActorResolver.read` adds to spaCy's own `nlp.pipe`, on the same
texts in the same process (the share of the extraction budget that actor resolution spends).

    python -m bench actors          # about 20,000 words
    python -m bench.actors 100000   # another size
"""
from __future__ import annotations

import sys

from bench.extraction import corpus, timed
from graph.extract.actors import ActorResolver
from graph.extract.pipeline import build_pipeline
from graph.settings import get_settings

ROUNDS = 3


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    size = int(args[0]) if args and args[0].isdigit() else 20_000
    texts = corpus(size)
    words = sum(len(t.split()) for t in texts)
    nlp = build_pipeline(get_settings().pipeline)
    docs = list(nlp.pipe(texts, batch_size=16))

    def pipe() -> None:
        for _ in nlp.pipe(texts, batch_size=16):
            pass

    def resolve() -> None:
        for doc in docs:
            ActorResolver().read(doc)

    base = min(timed(pipe) for _ in range(ROUNDS))
    actors = min(timed(resolve) for _ in range(ROUNDS))
    print(f"texts: {len(texts)} documents, {words:,} words, best of {ROUNDS} rounds")
    print(f"spaCy nlp.pipe (with the actor ruler): {words / base:,.0f} words/s")
    print(f"actor resolution alone: {words / actors:,.0f} words/s = {actors / base:.1%} of nlp.pipe time")
    print(f"nlp.pipe + actor resolution: {base / (base + actors):.2f} x nlp.pipe")


if __name__ == "__main__":
    main()
