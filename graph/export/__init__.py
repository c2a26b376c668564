"""Exports of the graph for Gephi and other tools: GEXF, GraphML, CSV and RDF serialisations."""
