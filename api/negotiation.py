"""HTTP content negotiation: which of the media types a resource offers the `Accept` header prefers.

One rule for every endpoint that negotiates (/sparql, /store, /ontology): each offered type takes the q of
the most specific range that matches it (exact, then `type/*`, then `*/*`); q=0 refuses it. The highest q
wins, then the more specific match, then the order in which the resource offers its types (its
preference). An absent or empty header accepts the first offered type.
"""
from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache


@lru_cache(maxsize=512)
def media_ranges(accept: str) -> tuple[tuple[str, float, int], ...]:
    """The media ranges of an Accept header as (range, q, specificity); a malformed q counts as 0."""
    ranges = []
    for part in accept.split(","):
        fields = [f.strip() for f in part.split(";")]
        media = fields[0].lower()
        if not media:
            continue
        q = 1.0
        for param in fields[1:]:
            key, _, value = param.partition("=")
            if key.strip().lower() == "q":
                try:
                    q = min(max(float(value), 0.0), 1.0)
                except ValueError:
                    q = 0.0
        specificity = 0 if media == "*/*" else 1 if media.endswith("/*") else 2
        ranges.append((media, q, specificity))
    return tuple(ranges)


def quality(media_type: str, ranges: Sequence[tuple[str, float, int]]) -> tuple[float, int]:
    """The q the client gives `media_type` (the most specific matching range decides) and that range's
    specificity; (0, -1) when no range matches."""
    best: tuple[int, float] | None = None
    for media_range, q, specificity in ranges:
        if media_range == media_type or media_range == "*/*" or (
            specificity == 1 and media_type.startswith(media_range[:-1])
        ):
            if best is None or specificity > best[0]:
                best = (specificity, q)
    return (best[1], best[0]) if best else (0.0, -1)


def preferred(accept: str | None, offered: Sequence[str]) -> int | None:
    """The index in `offered` of the media type the Accept header prefers, or None (answer 406).

    Example:
        >>> preferred("text/html,application/xhtml+xml,*/*;q=0.8", ["text/turtle", "text/html"])
        1
        >>> preferred("application/json", ["text/turtle"]) is None
        True
        >>> preferred(None, ["text/turtle", "text/html"])
        0
    """
    if not accept or not accept.strip():
        return 0 if offered else None
    ranges = media_ranges(accept)
    best: tuple[float, int, int] | None = None
    chosen = None
    for index, media_type in enumerate(offered):
        q, specificity = quality(media_type, ranges)
        rank = (q, specificity, -index)
        if q > 0 and (best is None or rank > best):
            best, chosen = rank, index
    return chosen
