"""The typed columns of nodes and edges shared by the GraphML and CSV exports (GEXF uses the same names)."""
from __future__ import annotations

from graph.export.model import ExportEdge, ExportNode

# (name, type): types are GraphML's (string, int, double); CSV readers infer them from the values
NODE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("label", "string"), ("kind", "string"), ("aliases", "string"), ("country", "string"),
    ("wikidata", "string"), ("stances_held", "int"), ("stances_received", "int"), ("degree", "int"),
    ("first", "string"), ("last", "string"),
)
EDGE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("stance_type", "string"), ("polarity", "string"), ("modality", "string"), ("position", "string"),
    ("attributed_to", "string"), ("evidence", "string"), ("document", "string"), ("date", "string"),
    ("weight", "double"),
)
ALIAS_SEPARATOR = "|"


def node_values(node: ExportNode) -> tuple[object, ...]:
    """The node's values in the order of NODE_COLUMNS (None where unknown)."""
    return (node.label, node.kind, ALIAS_SEPARATOR.join(node.aliases) or None, node.country, node.wikidata,
            node.held, node.received, node.degree, node.first, node.last)


def edge_values(edge: ExportEdge) -> tuple[object, ...]:
    """The edge's values in the order of EDGE_COLUMNS (None where unknown)."""
    return (edge.type, edge.polarity, edge.modality, edge.position, edge.attributed_to, edge.evidence,
            edge.document, edge.date, 1.0)
