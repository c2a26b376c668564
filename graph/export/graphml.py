"""GraphML for networkx, igraph, Cytoscape and yEd: typed keys, one edge per stance with its own id, streamed.
"""
from __future__ import annotations

from collections.abc import Iterator

from graph.export.columns import EDGE_COLUMNS, NODE_COLUMNS, edge_values, node_values
from graph.export.markup import FLUSH, attr, buffered
from graph.export.model import ExportEdge, ExportNode, GraphExport

GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns"
MEDIA_TYPE = "application/graphml+xml"


def _keys(domain: str, prefix: str, columns: tuple[tuple[str, str], ...]) -> str:
    return "".join(f'<key id="{prefix}{name}" for="{domain}" attr.name="{name}" attr.type="{kind}"/>\n'
                   for name, kind in columns)


def _data(prefix: str, columns: tuple[tuple[str, str], ...], values: tuple[object, ...]) -> str:
    return "".join(f'<data key="{prefix}{name}">{attr(value)}</data>'
                   for (name, _), value in zip(columns, values, strict=True) if value is not None)


def _node(node: ExportNode) -> str:
    return f'<node id="{attr(node.id)}">{_data("n_", NODE_COLUMNS, node_values(node))}</node>\n'


def _edge(edge: ExportEdge) -> str:
    return (f'<edge id="{attr(edge.id)}" source="{attr(edge.source)}" target="{attr(edge.target)}">'
            f'{_data("e_", EDGE_COLUMNS, edge_values(edge))}</edge>\n')


def graphml_parts(export: GraphExport) -> Iterator[str]:
    """The GraphML document as text pieces; the keys come before any query runs."""
    yield ('<?xml version="1.0" encoding="UTF-8"?>\n'
           f'<graphml xmlns="{GRAPHML_NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
           f'xsi:schemaLocation="{GRAPHML_NS} {GRAPHML_NS}/1.0/graphml.xsd">\n'
           + _keys("node", "n_", NODE_COLUMNS) + _keys("edge", "e_", EDGE_COLUMNS)
           + f'<graph id="{attr(export.selection.file_stem())}" edgedefault="directed">\n')
    yield FLUSH
    yield from map(_node, export.nodes())
    yield from map(_edge, export.edges())
    yield "</graph>\n</graphml>\n"


def write_graphml(export: GraphExport) -> Iterator[bytes]:
    """The GraphML file of `export`, as a stream of UTF-8 chunks."""
    return buffered(graphml_parts(export))
