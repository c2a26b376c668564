"""Which part of the graph an export holds: everything, an actor's neighbourhood, a document, stance types,
a date range. Plain data: `queries/selection.py` builds one from user input, resolving names as the
read side does.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from graph import iris


@dataclass(frozen=True, kw_only=True)
class Selection:
    """A part of the graph. Every field left empty selects everything.

    `actor` (an IRI) with `depth` keeps the stances whose two ends lie within `depth` stance edges of the
    actor; `document` (an IRI) keeps one document's graph; `types` keeps those stance types; `since` and
    `until` keep stances dated (stance date, else document date) within the range, both ends included.
    """

    actor: str | None = None
    depth: int = 1
    document: str | None = None
    types: tuple[str, ...] = field(default_factory=tuple)
    since: date | None = None
    until: date | None = None

    @property
    def is_everything(self) -> bool:
        return not (self.actor or self.document or self.types or self.since or self.until)

    @property
    def filters_stances(self) -> bool:
        """True when the selection keeps only some stances of the selected documents."""
        return bool(self.actor or self.types or self.since or self.until)

    def file_stem(self) -> str:
        """A file name that says what the export holds: `stancegraph-vladimir-putin-d2-from-2025-03-01`."""
        parts = ["stancegraph"]
        if self.actor:
            parts.append(f"{iris.key_of(self.actor)}-d{self.depth}")
        if self.document:
            parts.append(iris.slugify(iris.key_of(self.document), max_length=40))
        if self.types:
            parts.append("-".join(t.lower() for t in self.types))
        if self.since and self.until:
            parts.append(f"{self.since}--{self.until}")
        elif self.since or self.until:
            parts.append(f"from-{self.since}" if self.since else f"until-{self.until}")
        return "-".join(parts)
