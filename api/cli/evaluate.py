"""`stancegraph eval GOLD.yaml ARTICLE`: score the extractor on an annotated article of your own."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from api.cli.base import app, err, fail, settings_with, user_errors
from api.evaluation.gold import load_gold, score
from graph.ingest import ingest_items
from graph.readers import read_paths
from graph.store import open_store


@app.command("eval")
def eval_command(
    gold: Annotated[Path, typer.Argument(help="Gold annotation (the *.gold.yaml format of the corpus).")],
    article: Annotated[Path, typer.Argument(help="The article it annotates (.txt, .html or .jsonl).")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as one JSON object.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", help="Print only the closing score line.")] = False,
    min_f1: Annotated[float, typer.Option("--min-f1", help="Exit with status 1 below this F1.")] = 0.0,
    pipeline: Annotated[str | None, typer.Option(help="spaCy pipeline name.")] = None,
) -> None:
    """Extract the article and score its stance export against the gold file.

    Example: stancegraph eval my-article.gold.yaml my-article.txt
    """
    from graph.extract import Extractor
    from queries.export import stance_export

    settings = settings_with()
    with user_errors():
        gold_data = load_gold(gold)
        try:
            extractor = Extractor(pipeline or settings.pipeline)
        except RuntimeError as exc:
            raise fail(str(exc)) from exc
        memory = open_store(None)
        summary = ingest_items(read_paths([article], max_chars=settings.max_document_chars), memory, extractor)
        for skipped in summary.skipped:
            err.print(f"skipped {skipped.source}: {skipped.reason}", highlight=False)
        if summary.documents == 0:
            raise fail(f"{article}: no document could be read")
        result = score(gold_data, list(stance_export(memory)))
    if as_json:
        print(
            json.dumps(
                {
                    "precision": result.precision,
                    "recall": result.recall,
                    "f1": result.f1,
                    "attribution": result.attribution,
                    "concession": result.concession,
                    "contradictions": result.contradictions,
                    "bad_actors": result.bad_actors,
                }
            )
        )
    else:
        if not quiet:
            for row in result.table():
                print(row)
            for label, n, kinds, ok in result.actors:
                if not ok:
                    print(f"ACTOR {label}: {n} node(s), kinds {kinds}")
            for name in result.bad_actors:
                print(f"NOT-AN-ACTOR became an actor: {name}")
        print(result.line())
    if result.f1 < min_f1:
        raise typer.Exit(1)
