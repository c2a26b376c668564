"""GEXF 1.3 for Gephi, written by hand as a stream: valid against the official schema, dynamic over time.

Nodes carry kind, aliases, country, Wikidata id and stance counts, a colour by kind and a size by degree;
edges (one per stance, parallel edges kept) carry the stance's type, polarity, modality, position,
attribution, evidence, document and date, and a colour by stance type. Each edge lives on its date and each
node from its first to its last dated stance, so Gephi's timeline plays the graph forward. Colours and sizes
are `<color>`/`<size>` elements of the GEXF namespace, as the 1.3 schema declares them. An edge's `kind` is
its stance type, so Gephi keeps parallel stances of different types apart (its multi-graph edge types).
"""
from __future__ import annotations

import json
import math
from collections.abc import Iterator
from datetime import date

from graph.export.markup import FLUSH, attr, buffered
from graph.export.model import ExportEdge, ExportNode, GraphExport

GEXF_NS = "http://gexf.net/1.3"
MEDIA_TYPE = "application/gexf+xml"

# (name, GEXF type); a name is both id and title, since readers key values by one or the other, and none is
# a name readers reserve (label, weight, type, start, end)
NODE_ATTRIBUTES = (
    ("kind", "string"), ("aliases", "liststring"), ("country", "string"), ("wikidata", "string"),
    ("stances_held", "integer"), ("stances_received", "integer"),
)
EDGE_ATTRIBUTES = (
    ("stance_type", "string"), ("polarity", "string"), ("modality", "string"), ("position", "string"),
    ("attributed_to", "string"), ("evidence", "string"), ("document", "string"), ("date", "string"),
)
KIND_COLOURS = {
    "Person": (31, 119, 180), "State": (214, 39, 40), "Government": (255, 127, 14),
    "Organization": (44, 160, 44), "Group": (148, 103, 189), "Position": (127, 127, 127),
}
STANCE_COLOURS = {
    "Demand": (228, 26, 28), "Reject": (152, 78, 163), "Accuse": (255, 127, 0), "Deny": (166, 86, 40),
    "Agree": (77, 175, 74), "Concede": (0, 128, 128), "Offer": (55, 126, 184), "Threaten": (120, 0, 0),
    "Support": (102, 194, 165), "Oppose": (247, 129, 191), "Aim": (153, 153, 153), "Claim": (190, 190, 60),
}
OTHER_COLOUR = (100, 100, 100)


def node_size(degree: int) -> float:
    """Gephi node size: grows with the logarithm of the degree, so hubs stand out without hiding the rest."""
    return round(5 + 5 * math.log2(1 + degree), 2)


def liststring(values: tuple[str, ...]) -> str:
    """A GEXF 1.3 list value: `["a", "b, c"]`, each item quoted so commas and quotes inside survive.

    >>> print(liststring(("Kyiv", 'the "capital", Kiev')))
    ["Kyiv", "the \\"capital\\", Kiev"]
    """
    return "[" + ", ".join(json.dumps(value, ensure_ascii=False) for value in values) + "]"


def _colour(rgb: tuple[int, int, int]) -> str:
    return f'<color r="{rgb[0]}" g="{rgb[1]}" b="{rgb[2]}"/>'


def _spell(start: str | None, end: str | None) -> str:
    if not start:
        return ""
    return f'<spells><spell start="{start}" end="{end or start}"/></spells>'


def _attvalues(values: list[tuple[str, object]]) -> str:
    cells = "".join(f'<attvalue for="{key}" value="{attr(value)}"/>'
                    for key, value in values if value is not None)
    return f"<attvalues>{cells}</attvalues>" if cells else ""


def _declarations(cls: str, attributes: tuple[tuple[str, str], ...]) -> str:
    rows = "".join(f'<attribute id="{name}" title="{name}" type="{kind}"/>' for name, kind in attributes)
    return f'<attributes class="{cls}" mode="static">{rows}</attributes>\n'


def _node(node: ExportNode) -> str:
    values: list[tuple[str, object]] = [
        ("kind", node.kind), ("aliases", liststring(node.aliases) if node.aliases else None),
        ("country", node.country), ("wikidata", node.wikidata), ("stances_held", node.held),
        ("stances_received", node.received),
    ]
    return (f'<node id="{attr(node.id)}" label="{attr(node.label)}">{_attvalues(values)}'
            f"{_spell(node.first, node.last)}{_colour(KIND_COLOURS.get(node.kind, OTHER_COLOUR))}"
            f'<size value="{node_size(node.degree)}"/></node>\n')


def _edge(edge: ExportEdge) -> str:
    values: list[tuple[str, object]] = [
        ("stance_type", edge.type), ("polarity", edge.polarity), ("modality", edge.modality),
        ("position", edge.position), ("attributed_to", edge.attributed_to), ("evidence", edge.evidence),
        ("document", edge.document), ("date", edge.date),
    ]
    return (f'<edge id="{attr(edge.id)}" source="{attr(edge.source)}" target="{attr(edge.target)}" '
            f'label="{edge.type}" kind="{edge.type}" weight="1.0">'
            f"{_attvalues(values)}{_spell(edge.date, edge.date)}"
            f"{_colour(STANCE_COLOURS.get(edge.type, OTHER_COLOUR))}</edge>\n")


def gexf_parts(export: GraphExport) -> Iterator[str]:
    """The GEXF document as text pieces; the header comes before any query runs."""
    yield ('<?xml version="1.0" encoding="UTF-8"?>\n'
           f'<gexf xmlns="{GEXF_NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
           f'xsi:schemaLocation="{GEXF_NS} {GEXF_NS}/gexf.xsd" version="1.3">\n'
           f'<meta lastmodifieddate="{date.today().isoformat()}"><creator>stancegraph</creator>'
           f"<description>{attr(export.selection.file_stem())}: actors and positions, one edge per stance"
           "</description></meta>\n"
           '<graph mode="dynamic" defaultedgetype="directed" timeformat="date" '
           'timerepresentation="interval">\n'
           + _declarations("node", NODE_ATTRIBUTES) + _declarations("edge", EDGE_ATTRIBUTES))
    yield FLUSH
    nodes = export.nodes()
    yield f'<nodes count="{len(nodes)}">\n'
    yield from map(_node, nodes)
    yield f'</nodes>\n<edges count="{sum(n.held for n in nodes)}">\n'
    yield from map(_edge, export.edges())
    yield "</edges>\n</graph>\n</gexf>\n"


def write_gexf(export: GraphExport) -> Iterator[bytes]:
    """The GEXF 1.3 file of `export`, as a stream of UTF-8 chunks."""
    return buffered(gexf_parts(export))
