"""Contradictions and answers pair stances near each other: every pair in an ordinary article, a number of
pairs growing linearly with a very long text."""
from __future__ import annotations

from graph.extract.concessions import link_answers
from graph.extract.contradictions import PAIRING_CHARS, Nearby, find_contradictions
from graph.records import Evidence, Position, Stance


def stance(kind: str, holder: str, at: int, *, attributed_to: str | None = None, target: str | None = None) -> Stance:
    return Stance(type=kind, holder=holder, evidence=Evidence("d", "...", at, at + 3), target=target,
                  position=Position(key="ukraine abandon bid join nato", label="Ukraine abandon its bid to join NATO"),
                  attributed_to=attributed_to)


def report_and_denial(at: int) -> list[Stance]:
    return [stance("Agree", "donald-trump", at, attributed_to="kremlin"), stance("Deny", "donald-trump", at + 50),
            stance("Demand", "vladimir-putin", at + 100, attributed_to="kremlin", target="ukraine"),
            stance("Agree", "ukraine", at + 150)]


def test_an_ordinary_article_pairs_every_stance_with_every_other() -> None:
    stances = report_and_denial(0) + report_and_denial(40_000)
    nearby = Nearby(stances)
    assert list(nearby.of(0)) == list(range(8))
    assert nearby.after([0, 4, 7], stances) == [(0, 4), (0, 7), (4, 7)]
    # each denial meets both of Putin's reported demands, the one 40,000 characters away too
    assert {(c.first, c.second) for c in find_contradictions(stances)} == {(1, 2), (1, 6), (2, 5), (5, 6)}


def test_a_long_text_pairs_only_stances_within_the_pairing_distance() -> None:
    rounds = 40
    stances = [s for n in range(rounds) for s in report_and_denial(n * PAIRING_CHARS // 2)]
    nearby = Nearby(stances)
    assert max(len(nearby.of(s.evidence.start)) for s in stances) <= 5 * 4  # this round and two either side
    assert all(abs(stances[i].evidence.start - stances[j].evidence.start) <= PAIRING_CHARS
               for i, j in nearby.after(list(range(len(stances))), stances))
    contradictions = find_contradictions(stances)
    assert contradictions and all(abs(stances[c.first].evidence.start - stances[c.second].evidence.start)
                                  <= PAIRING_CHARS for c in contradictions)
    link_answers(stances)
    answered = [s for s in stances if s.answers is not None]
    assert len(answered) == rounds  # Ukraine's agreement answers a nearby demand of Putin's, in every round
    assert all(abs(s.evidence.start - stances[s.answers].evidence.start) <= PAIRING_CHARS for s in answered
               if s.answers is not None)
