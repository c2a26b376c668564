"""The extractor's quality figures (`make quality`, or `python -m api.evaluation [--shared DIR]`).

Every figure scores the stance export users get: each set is extracted into an in-memory store and read
back by queries/export.py, as `stancegraph extract` does.

1. The founding article against its gold file (the rules of api/evaluation/gold.py, the same as the reference
   scorer's): precision, recall, attribution, concession typing, actors, contradictions.
2. The PLOVER development records (api/evaluation/plover.py): type+source recall and precision, over all
   records and over each half (odd and even records), to show the figures do not hang on a few sentences.
3. A sanity check on the PETRARCH-2 validation sentences: CAMEO roots mapped to stance types, type
   recall on sentences coded with a stance event, and stances found in sentences with none.
4. The behavioural suite, the RAMS records and the PolNeAR articles (api/evaluation/splits.py), each for
   its DEV half, its HELD-OUT half and all, scored by the shared scorers themselves.
5. The project's own news excerpts (api/evaluation/news.py), micro figures and actors resolved per half;
   they live in the repository, so they are scored even without the shared folder.
The data lives in the project's shared folder (../shared beside the checkout); without it the figures
are skipped with a message.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from api.evaluation import gold as gold_scoring
from api.evaluation import news as news_scoring
from api.evaluation import plover as plover_score
from api.evaluation import splits as quality_splits
from graph.extract import Extractor
from graph.ingest import ingest_items
from graph.readers import Skipped, parse_date, read_paths
from graph.records import Document
from graph.store import open_store
from queries.export import Record, stance_export

DEFAULT_SHARED = Path(__file__).resolve().parents[3] / "shared"  # ../shared beside the checkout
ARTICLE = ("corpus", "putin-concedes-little.txt")
GOLD = ("corpus", "putin-concedes-little.gold.yaml")
PLOVER = ("dev", "plover_gsr_dev.json")
PETR2 = ("dev", "petr2_gsr.json")
# CAMEO root code -> stance types that code it (STANCES.md); roots not listed are not stances
CAMEO_STANCES: dict[str, set[str]] = {
    "03": {"Agree", "Offer", "Aim"},
    "05": {"Support", "Agree"},
    "08": {"Concede", "Agree"},
    "10": {"Demand"},
    "11": {"Accuse", "Oppose"},
    "12": {"Reject", "Deny"},
    "13": {"Threaten"},
}
COUNTED = {
    "Demand",
    "Reject",
    "Accuse",
    "Deny",
    "Agree",
    "Concede",
    "Offer",
    "Threaten",
    "Support",
    "Oppose",
    "Aim",
}


def export_records(extractor: Extractor, documents: Iterable[Document | Skipped]) -> list[Record]:
    """The stance export of `documents`, through an in-memory store (the path of `stancegraph extract`).

    Raises:
        ExtractionFailed: the extractor failed on a document. A batch skips it and goes on, but a figure
            that silently counted it as a document with no stances would be wrong, so scoring stops.
    """
    store = open_store(None)
    summary = ingest_items(documents, store, extractor)
    failed = [s for s in summary.skipped if s.reason.startswith("extraction failed")]
    if failed:
        raise ExtractionFailed("; ".join(f"{s.source}: {s.reason}" for s in failed))
    return list(stance_export(store))


class ExtractionFailed(RuntimeError):
    """The extractor failed on a document being scored."""


def founding_article(extractor: Extractor, shared: Path) -> gold_scoring.GoldScore:
    records = export_records(extractor, read_paths([shared.joinpath(*ARTICLE)]))
    return gold_scoring.score(gold_scoring.load_gold(shared.joinpath(*GOLD)), records)


def plover_figures(extractor: Extractor, shared: Path) -> list[tuple[str, plover_score.PloverScore]]:
    gold = plover_score.load_records(shared.joinpath(*PLOVER))
    documents = [Document(id=r["id"], text=r["text"], date=parse_date(r.get("date"))) for r in gold]
    records = export_records(extractor, documents)
    return [
        ("all", plover_score.score(gold, records)),
        ("odd half", plover_score.score(gold[0::2], records)),
        ("even half", plover_score.score(gold[1::2], records)),
    ]


def petr2_figures(extractor: Extractor, shared: Path) -> dict[str, Any]:
    data = json.loads(shared.joinpath(*PETR2).read_text(encoding="utf-8"))
    sentences = data["records"] if isinstance(data, dict) else data
    documents = [Document(id=str(s["id"]), text=s["text"]) for s in sentences]
    by_doc: dict[str, set[str]] = {}
    for record in export_records(extractor, documents):
        if record["record"] == "stance" and record["type"] in COUNTED and record["modality"] != "hypothetical":
            by_doc.setdefault(plover_score.document_key(record["evidence"]["document"]), set()).add(record["type"])
    wanted = hit = quiet = noisy = 0
    for s in sentences:
        roots = [str(e.get("eventcode", ""))[:2] for e in s.get("events", []) if e.get("eventcode")]
        types = set().union(*(CAMEO_STANCES.get(r, set()) for r in roots)) if roots else set()
        got = by_doc.get(str(s["id"]), set())
        if types:
            wanted += 1
            hit += bool(got & types)
        else:
            quiet += 1
            noisy += bool(got)
    return {
        "sentences": len(sentences),
        "stance_sentences": wanted,
        "type_recall": hit / wanted if wanted else 0.0,
        "other_sentences": quiet,
        "with_stance": noisy,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--shared", type=Path, default=DEFAULT_SHARED, help="the shared folder (default ../shared)"
    )
    parser.add_argument(
        "--misses",
        action="store_true",
        help="list missed facts and records (of the DEV halves only: the HELD-OUT halves show figures)",
    )
    parser.add_argument(
        "--only",
        action="append",
        choices=["article", "plover", "petr2", "news", *quality_splits.SETS],
        help="score only these sets (repeatable; default all)",
    )
    args = parser.parse_args(argv)
    wanted = set(args.only or ["article", "plover", "petr2", "news", *quality_splits.SETS])
    started = time.perf_counter()
    extractor = Extractor()
    if "news" in wanted:
        print("== news excerpts written for the project (tests/graph/extract/news): DEV, HELD-OUT, all")
        excerpts = news_scoring.score_excerpts(lambda documents: export_records(extractor, documents))
        print("\n".join(news_scoring.report(excerpts, misses=args.misses)))
        wanted.discard("news")
    if not wanted:
        print(f"({time.perf_counter() - started:.1f} s)")
        return 0
    if not args.shared.joinpath(*GOLD).is_file():
        print(
            f"quality: skipped, {args.shared} holds no founding article and gold file "
            "(the figures need the project's shared folder beside the checkout)"
        )
        return 0
    if "article" in wanted:
        print("== founding article (putin-concedes-little) against its gold file")
        article = founding_article(extractor, args.shared)
        if args.misses:
            print("\n".join(article.table()))
        print(article.line())
    if "plover" in wanted and args.shared.joinpath(*PLOVER).is_file():
        print("== PLOVER development records")
        for name, figures in plover_figures(extractor, args.shared):
            if args.misses and name == "all":
                print("\n".join(figures.misses))
            print(f"{name:9} {figures.line()}")
    if "petr2" in wanted and args.shared.joinpath(*PETR2).is_file():
        p = petr2_figures(extractor, args.shared)
        print("== PETRARCH-2 validation sentences (CAMEO roots as stance types)")
        print(
            f"petr2: sentences {p['sentences']} | coded with a stance event {p['stance_sentences']}, "
            f"type found {p['type_recall']:.2f} | other sentences {p['other_sentences']}, "
            f"with a stance {p['with_stance']}"
        )
    for name, (where, figures_of) in quality_splits.SETS.items():
        if name not in wanted:
            continue
        if not args.shared.joinpath(*where).exists() or not (args.shared / "eval").is_dir():
            print(f"== {name}: skipped, {args.shared.joinpath(*where)} or the shared scorers are absent")
            continue
        print(f"== {name} ({'/'.join(where)}): DEV half, HELD-OUT half, all")
        split_figures = figures_of(lambda documents: export_records(extractor, documents), args.shared)
        if args.misses:
            print("\n".join(split_figures.failures))
        print("\n".join(split_figures.report()))
    print(f"({time.perf_counter() - started:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
