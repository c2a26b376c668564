"""The stancegraph vocabulary: OWL ontology, SHACL shapes, reference actors and the namespace module.

Nothing here imports from graph/, queries/ or api/: the vocabulary is the bottom layer.
"""
from pathlib import Path

ONTOLOGY_DIR = Path(__file__).resolve().parent
ONTOLOGY_FILE = ONTOLOGY_DIR / "stancegraph.ttl"
SHAPES_FILE = ONTOLOGY_DIR / "shapes.ttl"
ACTORS_FILE = ONTOLOGY_DIR / "actors.ttl"
