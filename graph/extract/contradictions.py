"""Contradictions: pairs of stances of one document that cannot both hold (STANCES.md).

- A Deny by one actor whose position overlaps the position of a stance reported by another source
  ("Trump denied that aid was a condition" against the Kremlin's report that Putin demanded a halt to
  aid as a condition).
- The same holder agreeing to and rejecting the same position (Agree/Offer against Reject, Support
  against Oppose).
Overlap is on position lemmas: a share of the smaller position's content words. Each pair is recorded
once, with the best-overlapping partner for a denial. Stances are paired only when their evidence lies
within `PAIRING_CHARS` of each other: every pair of an ordinary article, and a number of pairs that grows
linearly, not quadratically, with the length of a very long text.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from graph.records import Contradiction, Stance

OPPOSED = {("Agree", "Reject"), ("Offer", "Reject"), ("Support", "Oppose"), ("Concede", "Reject")}
MIN_OVERLAP = 0.34
MIN_SHARED = 2
PAIRING_CHARS = 100_000


def overlap(a: Stance, b: Stance) -> float:
    """Share of the smaller position's lemmas found in the other; 0 when either has no position or they
    share fewer than two content words (one shared word is chance, not the same claim)."""
    if a.position is None or b.position is None:
        return 0.0
    x, y = set(a.position.key.split()), set(b.position.key.split())
    shared = len(x & y)
    if shared < MIN_SHARED:
        return 0.0
    return shared / min(len(x), len(y))


class Nearby:
    """The stances whose evidence starts within PAIRING_CHARS of a given stance's, by index, in order."""

    def __init__(self, stances: Sequence[Stance]) -> None:
        self.order = sorted(range(len(stances)), key=lambda j: stances[j].evidence.start)
        self.starts = [stances[j].evidence.start for j in self.order]
        self.everything = not self.starts or self.starts[-1] - self.starts[0] <= PAIRING_CHARS

    def of(self, start: int) -> Sequence[int]:
        """Indices of the stances near character `start` (all of them in an ordinary article)."""
        if self.everything:
            return range(len(self.order))
        low = bisect_left(self.starts, start - PAIRING_CHARS)
        return sorted(self.order[low:bisect_right(self.starts, start + PAIRING_CHARS)])

    def after(self, indices: list[int], stances: Sequence[Stance]) -> list[tuple[int, int]]:
        """The pairs (i, j), i < j, of `indices` whose stances are near each other."""
        if self.everything:
            return [(i, j) for n, i in enumerate(indices) for j in indices[n + 1:]]
        ranked = sorted(indices, key=lambda j: stances[j].evidence.start)
        pairs: list[tuple[int, int]] = []
        for n, i in enumerate(ranked):
            for j in ranked[n + 1:]:
                if stances[j].evidence.start - stances[i].evidence.start > PAIRING_CHARS:
                    break
                pairs.append((min(i, j), max(i, j)))
        return sorted(pairs)


def find_contradictions(stances: list[Stance]) -> list[Contradiction]:
    """Contradicting pairs (by index into `stances`), each once."""
    found: dict[tuple[int, int], str] = {}
    nearby = Nearby(stances)
    for i, deny in enumerate(stances):
        if deny.type != "Deny" or deny.polarity != "positive":
            continue
        scored = [
            (overlap(deny, other), j)
            for j in nearby.of(deny.evidence.start)
            for other in (stances[j],)
            if j != i
            and other.holder != deny.holder
            and other.type not in ("Deny", "Claim")
            and other.attributed_to not in (None, other.holder, deny.holder)
        ]
        best = [s for s in scored if s[0] >= MIN_OVERLAP]
        if best:
            top = max(s for s, _ in best)
            for score, j in best:
                if score == top:
                    found[tuple(sorted((i, j)))] = (  # type: ignore[index]
                        f"{deny.holder} denies what {stances[j].attributed_to or 'a source'} reports"
                    )
    by_holder: dict[str, list[int]] = {}
    for i, s in enumerate(stances):
        if s.position is not None:
            by_holder.setdefault(s.holder, []).append(i)
    for indices in by_holder.values():  # pairs only within one holder's stances
        for i, j in nearby.after(indices, stances):
            a, b = stances[i], stances[j]
            opposed = (a.type, b.type) in OPPOSED or (b.type, a.type) in OPPOSED
            if opposed and a.polarity == b.polarity and overlap(a, b) >= 0.5:
                found.setdefault((i, j), f"{a.holder} both {a.type} and {b.type} the same position")
    return [Contradiction(first=i, second=j, reason=reason) for (i, j), reason in sorted(found.items())]
