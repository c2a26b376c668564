"""SHACL validation of stancegraph RDF against ontology/shapes.ttl, with the ontology as background.

pyshacl is a development dependency (the `dev` extra), so it is imported when validation runs; the
rest of the vocabulary does not need it.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from rdflib import Graph, URIRef
from rdflib.namespace import RDF, SH
from rdflib.term import Node

from ontology import ONTOLOGY_FILE, SHAPES_FILE


@dataclass(frozen=True)
class Violation:
    """One SHACL result: the node it is about, the shape path, the value and the shape's message."""

    focus: str
    path: str | None
    value: str | None
    message: str

    def __str__(self) -> str:
        where = f" ({self.path})" if self.path else ""
        value = f" value {self.value}" if self.value else ""
        return f"{self.focus}{where}:{value} {self.message}"


@lru_cache(maxsize=1)
def _graphs() -> tuple[Graph, Graph]:
    return Graph().parse(SHAPES_FILE), Graph().parse(ONTOLOGY_FILE)


def validate_graph(data: Graph) -> list[Violation]:
    """The SHACL violations of `data` (one document's graph, the reference actors ...); [] when it conforms.

    Example:
        >>> from rdflib import Graph, URIRef
        >>> validate_graph(Graph())
        []
    """
    from pyshacl import validate

    shapes, ontology = _graphs()
    _conforms, report, _text = validate(
        data, shacl_graph=shapes, ont_graph=ontology, inference="none", advanced=True,
        allow_warnings=True,
    )
    assert isinstance(report, Graph)
    # a span checked both as a target and through a stance's sh:node is reported twice: keep one
    results = {_violation(report, result) for result in report.subjects(RDF.type, SH.ValidationResult)}
    return sorted(results, key=str)


def _violation(report: Graph, result: Node) -> Violation:
    def text(prop: URIRef) -> str | None:
        value = report.value(result, prop)
        return None if value is None else str(value)

    return Violation(
        focus=text(SH.focusNode) or "", path=text(SH.resultPath), value=text(SH.value),
        message=text(SH.resultMessage) or "",
    )
