"""The spaCy pipeline: the configured statistical pipeline plus an EntityRuler of reference actors.

The ruler runs before the statistical NER, so "Kyiv" is never a PERSON and "the Kremlin" is always the
Kremlin; each matched span carries the reference actor's key as its `ent_id_`.
"""
from __future__ import annotations

from typing import Any

import spacy
from spacy.language import Language

from graph.extract.reference import load_reference_actors

ACTOR_LABEL = {"Person": "PERSON", "State": "GPE", "Government": "ORG", "Organization": "ORG", "Group": "NORP"}


def reference_patterns() -> list[dict[str, Any]]:
    """EntityRuler patterns for every name, alias and metonym of the reference actors."""
    patterns: list[dict[str, Any]] = []
    for actor in load_reference_actors().values():
        label = ACTOR_LABEL.get(actor.kind, "ORG")
        for name in {actor.label} | actor.aliases | actor.metonyms:
            patterns.append({"label": label, "pattern": name, "id": actor.key})
            if actor.kind == "Government" and not name.lower().startswith("the "):
                patterns.append({"label": label, "pattern": "the " + name, "id": actor.key})
    return patterns


def build_pipeline(name: str) -> Language:
    """Load the installed pipeline `name` and add the reference-actor ruler before its NER."""
    try:
        nlp = spacy.load(name, exclude=[])
    except OSError as exc:
        raise RuntimeError(
            f"spaCy pipeline {name!r} is not installed (setting STANCEGRAPH_PIPELINE); "
            "`make install` installs the default one"
        ) from exc
    before = "ner" if "ner" in nlp.pipe_names else None
    ruler = nlp.add_pipe(
        "entity_ruler", name="reference_actors", before=before,
        config={"phrase_matcher_attr": "ORTH", "overwrite_ents": True},
    )
    ruler.add_patterns(reference_patterns())  # type: ignore[attr-defined]
    return nlp
