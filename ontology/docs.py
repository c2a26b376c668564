"""The ontology reference page, generated from stancegraph.ttl and shapes.ttl.

    python -m ontology.docs > docs/ontology.md     # what `make docs` runs
    python -m ontology.docs --html > ontology.html

The page is built once as a list of blocks (headings, paragraphs, tables), then rendered as Markdown
(the checked-in docs/ontology.md) or HTML (GET /ontology for browsers), so both say the same thing.
"""
from __future__ import annotations

import argparse
import html
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from rdflib import Graph, URIRef
from rdflib.collection import Collection
from rdflib.namespace import OWL, RDF, RDFS, SH, SKOS
from rdflib.term import Node

from ontology import ONTOLOGY_FILE, SHAPES_FILE
from ontology.namespace import ONTOLOGY_IRI, PREFIXES, SG


@dataclass(frozen=True)
class Heading:
    level: int
    text: str
    anchor: str | None = None


@dataclass(frozen=True)
class Paragraph:
    text: str


@dataclass(frozen=True)
class Table:
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


Block = Heading | Paragraph | Table

_KINDS = (
    (OWL.Class, "Classes"),
    (OWL.ObjectProperty, "Object properties"),
    (OWL.DatatypeProperty, "Datatype properties"),
    (OWL.AnnotationProperty, "Annotation properties"),
    (OWL.NamedIndividual, "Individuals"),
)
_CHARACTERISTICS: dict[Node, str] = {OWL.FunctionalProperty: "functional", OWL.SymmetricProperty: "symmetric"}
_MATCHES = (SKOS.exactMatch, SKOS.closeMatch, SKOS.broadMatch, SKOS.narrowMatch)
# prefixes that only this page shows (the shapes and the ontology header), beside the project's PREFIXES
_PAGE_PREFIXES = {**PREFIXES, "sgsh": "https://w3id.org/stancegraph/shapes#",
                  "vann": "http://purl.org/vocab/vann/"}


def curie(term: Node) -> str:
    """A prefixed name for an IRI of a known namespace ("sg:Demand"), else the IRI in angle brackets."""
    text = str(term)
    best = max(((p, ns) for p, ns in _PAGE_PREFIXES.items() if text.startswith(ns)),
               key=lambda x: len(x[1]), default=None)
    if best is None:
        return f"<{text}>"
    return f"{best[0]}:{text[len(best[1]):]}"


def _text(graph: Graph, node: Node, prop: URIRef) -> str:
    value = graph.value(node, prop)
    return " ".join(str(value).split()) if value is not None else ""


def _curies(terms: Iterable[Node]) -> str:
    return ", ".join(sorted(curie(t) for t in terms if isinstance(t, URIRef)))


def _class_expression(graph: Graph, node: Node) -> str:
    union = graph.value(node, OWL.unionOf)
    if union is not None:
        return " or ".join(curie(m) for m in Collection(graph, union))
    return curie(node) if isinstance(node, URIRef) else ""


def sg_terms(graph: Graph, kind: URIRef) -> list[URIRef]:
    """The terms of the sg: namespace declared with `kind`, sorted by name."""
    ns = str(SG._NS)
    return sorted(t for t in graph.subjects(RDF.type, kind) if isinstance(t, URIRef) and t.startswith(ns))


def _term_rows(graph: Graph, kind: URIRef) -> Iterator[tuple[str, ...]]:
    for term in sg_terms(graph, kind):
        parents = [_class_expression(graph, p) for p in graph.objects(term, RDFS.subClassOf)]
        parents += [curie(p) for p in graph.objects(term, RDFS.subPropertyOf)]
        notes = [_CHARACTERISTICS[t] for t in graph.objects(term, RDF.type) if t in _CHARACTERISTICS]
        types = [curie(t) for t in graph.objects(term, RDF.type) if t not in (OWL.NamedIndividual,)]
        if kind == OWL.NamedIndividual:
            parents = types
        yield (
            f"`{curie(term)}`", _text(graph, term, RDFS.label), _text(graph, term, RDFS.comment),
            ", ".join(sorted(p for p in parents if p)),
            _curies(graph.objects(term, RDFS.domain)), _curies(graph.objects(term, RDFS.range)),
            ", ".join(notes + _alignment(graph, term)),
        )


def _alignment(graph: Graph, term: URIRef) -> list[str]:
    return [f"{curie(m).split(':')[1]} {curie(c)}" for m in _MATCHES
            for c in sorted(graph.objects(term, m), key=str)]


def _alignment_rows(graph: Graph) -> Iterator[tuple[str, ...]]:
    stance_types = sorted(graph.subjects(RDFS.subClassOf, SG.Stance), key=str)
    for term in stance_types:
        if term == SG.Concession:
            continue
        cells = []
        for scheme in ("plover", "cameo"):
            cells.append(", ".join(
                f"{_text(graph, c, SKOS.notation)} ({curie(m).split(':')[1]})"
                for m in _MATCHES for c in sorted(graph.objects(term, m), key=str)
                if str(c).startswith(PREFIXES[scheme])
            ) or "(none)")
        yield (f"`{curie(term)}`", *cells)


def _shape_rows(shapes: Graph) -> Iterator[tuple[str, ...]]:
    for shape in sorted(shapes.subjects(RDF.type, SH.NodeShape), key=str):
        targets = [curie(t) for p in (SH.targetClass, SH.targetSubjectsOf) for t in shapes.objects(shape, p)]
        messages = [str(m) for c in shapes.objects(shape, SH.property) for m in shapes.objects(c, SH.message)]
        messages += [str(m) for c in shapes.objects(shape, SH.sparql) for m in shapes.objects(c, SH.message)]
        messages += [str(m) for m in shapes.objects(shape, SH.message)]
        yield (f"`{curie(shape)}`", ", ".join(sorted(targets)), "; ".join(sorted(messages)))


def page_blocks(ontology: Graph, shapes: Graph) -> list[Block]:
    """The whole reference page, as blocks."""
    root = URIRef(ONTOLOGY_IRI)
    blocks: list[Block] = [
        Heading(1, _text(ontology, root, RDFS.label) or "stancegraph ontology"),
        Paragraph("Generated from `ontology/stancegraph.ttl` and `ontology/shapes.ttl` by "
                  "`python -m ontology.docs` (`make docs`); do not edit by hand."),
        Table(("", ""), (
            ("namespace", f"`{SG._NS}` (prefix `sg:`)"),
            ("ontology IRI", f"`{root}`"),
            ("version", f"{_text(ontology, root, OWL.versionInfo)} "
                        f"(`{_text(ontology, root, OWL.versionIRI)}`)"),
            ("served at", "`GET /ontology` as Turtle, JSON-LD, RDF/XML or HTML (content negotiation)"),
        )),
        Paragraph(_text(ontology, root, RDFS.comment)),
    ]
    headers = ("term", "label", "definition", "subclass / subproperty / type of", "domain", "range", "notes")
    for kind, title in _KINDS:
        rows = tuple(_term_rows(ontology, kind))
        if rows:
            blocks += [Heading(2, title), _without_empty_columns(Table(headers, rows))]
    blocks += [
        Heading(2, "Alignment with PLOVER and CAMEO"),
        Paragraph("Each stance type has at most one PLOVER event type and exactly one CAMEO code "
                  "through `skos:exactMatch` or `skos:closeMatch`; `skos:broadMatch` and `skos:narrowMatch` "
                  "add broader and narrower CAMEO codes. Query the alignment with "
                  "`skos:exactMatch|skos:closeMatch` (see `queries/stances-plover.rq`)."),
        Table(("stance type", "PLOVER", "CAMEO"), tuple(_alignment_rows(ontology))),
        Heading(2, "Concept schemes"),
        Table(("concept", "notation", "label", "definition"), tuple(
            (f"`{curie(c)}`", _text(ontology, c, SKOS.notation), _text(ontology, c, SKOS.prefLabel),
             _text(ontology, c, SKOS.definition))
            for c in sorted(ontology.subjects(RDF.type, SKOS.Concept), key=str)
        )),
        Heading(2, "Reused terms"),
        Paragraph("Terms of PROV-O, NIF 2.0, Dublin Core and SKOS that stancegraph data uses, with the "
                  "meaning their vocabularies give."),
        Table(("term", "declared as"), tuple(
            (f"`{curie(t)}`", curie(k))
            for k in (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)
            for t in sorted(ontology.subjects(RDF.type, k), key=str)
            if isinstance(t, URIRef) and not t.startswith(str(SG._NS))
        )),
        Heading(2, "SHACL shapes"),
        Paragraph("What the extractor must emit, checked by `ontology.validate.validate_graph`."),
        Table(("shape", "targets", "constraints"), tuple(_shape_rows(shapes))),
    ]
    return blocks


def _without_empty_columns(table: Table) -> Table:
    keep = [i for i in range(len(table.headers)) if any(row[i] for row in table.rows)]
    rows = tuple(tuple(row[i] for i in keep) for row in table.rows)
    return Table(tuple(table.headers[i] for i in keep), rows)


def _md_cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render_markdown(blocks: list[Block]) -> str:
    out: list[str] = []
    for block in blocks:
        if isinstance(block, Heading):
            out.append("#" * block.level + " " + block.text)
        elif isinstance(block, Paragraph):
            out.append(block.text)
        else:
            out.append("| " + " | ".join(block.headers) + " |\n|" + "---|" * len(block.headers))
            out[-1] += "".join("\n| " + " | ".join(_md_cell(c) for c in row) + " |" for row in block.rows)
    return "\n\n".join(out) + "\n"


def _html_inline(text: str) -> str:
    """Escape, then turn `code` spans into <code> elements."""
    parts = html.escape(text, quote=False).split("`")
    return "".join(f"<code>{p}</code>" if i % 2 else p for i, p in enumerate(parts))


def render_html(blocks: list[Block]) -> str:
    title = next((b.text for b in blocks if isinstance(b, Heading)), "ontology")
    out = ['<!doctype html>\n<html lang="en"><head><meta charset="utf-8">',
           f"<title>{html.escape(title)}</title>",
           "<style>body{font-family:sans-serif;margin:2em;max-width:90em}table{border-collapse:collapse}"
           "td,th{border:1px solid #ccc;padding:.3em;vertical-align:top;text-align:left}</style>",
           "</head><body>"]
    for block in blocks:
        if isinstance(block, Heading):
            out.append(f"<h{block.level}>{_html_inline(block.text)}</h{block.level}>")
        elif isinstance(block, Paragraph):
            out.append(f"<p>{_html_inline(block.text)}</p>")
        else:
            head = "".join(f"<th>{_html_inline(h)}</th>" for h in block.headers)
            body = "".join("<tr>" + "".join(f"<td>{_html_inline(c)}</td>" for c in row) + "</tr>"
                           for row in block.rows)
            out.append(f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


@lru_cache(maxsize=1)
def _blocks() -> list[Block]:
    return page_blocks(Graph().parse(ONTOLOGY_FILE), Graph().parse(SHAPES_FILE))


def reference_markdown() -> str:
    """docs/ontology.md as it should be."""
    return render_markdown(_blocks())


def reference_html() -> str:
    """The same page as a standalone HTML document."""
    return render_html(_blocks())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Print the ontology reference page.")
    parser.add_argument("--html", action="store_true", help="HTML instead of Markdown")
    args = parser.parse_args(argv)
    sys.stdout.write(reference_html() if args.html else reference_markdown())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

