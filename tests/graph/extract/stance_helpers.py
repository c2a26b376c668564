"""Helpers for stance tests: extract a text with the real pipeline and pick stances by type and holder."""

from __future__ import annotations

from datetime import date
from typing import Any

from graph.records import Document, Extraction, Stance


def extract(extractor: Any, text: str, *, on: date | None = None) -> Extraction:
    extraction: Extraction = extractor.extract(Document(id="test", text=text, date=on))
    return extraction


def label(extraction: Extraction, key: str | None) -> str | None:
    return extraction.actors[key].label if key else None


def stances_of(extraction: Extraction, kind: str, holder: str | None = None) -> list[Stance]:
    """Stances of `kind` (and of the holder with that label, if given)."""
    return [
        s
        for s in extraction.stances
        if s.type == kind and (holder is None or label(extraction, s.holder) == holder)
    ]


def one(extraction: Extraction, kind: str, holder: str) -> Stance:
    found = stances_of(extraction, kind, holder)
    got = [(s.type, label(extraction, s.holder), s.position and s.position.label) for s in extraction.stances]
    assert found, f"no {kind} by {holder}; got {got}"
    return found[0]


def assert_stance(
    extraction: Extraction, kind: str, holder: str, word: str | None, target: str | None
) -> Stance:
    """The `kind` stance by `holder`, checked to hold `word` in its position and `target` as target."""
    stance = one(extraction, kind, holder)
    if word:
        assert stance.position is not None and word in stance.position.label, stance.position
    if target:
        assert label(extraction, stance.target) == target
    return stance
