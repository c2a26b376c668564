"""Builds and holds the graph: readers, the spaCy extractor, the RDF mapping, the store, projections, exports.

Nothing in graph/ imports queries/ or api/.
"""
