"""The construction cases: sentences written for the project, one TOML file a construction family.

Each file in `cases/` states what the real pipeline must read in short sentences of one family of English
constructions (its `about` line names the family and the module that reads it). The cases are data, so a
new construction is a new file and a new sentence is three lines, and every case runs through the same
checks below:

- `[[stance]]`: the text yields a stance of `type` held by the actor labelled `holder`; optionally its
  position contains `position` (or is exactly `position_is`), its target is the actor labelled `target`,
  its `modality` or `polarity` is the one given, and `count` stances of that type and holder are found
  (several holders, lists). Optionally too: the positions of those stances hold every word of
  `positions` (a list read as one stance per member); the stance is `attributed_to` the actor so
  labelled ("" for no source); its concession has every type of `concession`; its `date` is the one
  given (the document is dated `on`).
- `[[holders]]`: the stances of `type` are held by exactly the actors labelled `holders` (a set), or run
  from holder to target exactly as the `[holder, target]` pairs of `pairs` ("" for no target); optionally
  `count` of them.
- `[[none]]`: the text yields no stance of `type` (a type or a list of types; no stance at all when `type`
  is absent, none but the types of `except` when that is given), by the actor labelled `holder` if
  given; `why` says why.
- `[[actor]]`: in the text, the `nth` occurrence of `word` resolves to the actor labelled `label`
  (nothing when `label` is ""), optionally of `kind`, or to all of `labels` in order; that actor holds
  exactly the offices of `offices`, is affiliated with exactly the actors of `affiliated_with`, and is a
  body that `represents` the actor of that key ("" for none), and has `alias` among its names. With
  or without a word, `actors` lists every label the actors of the text have, and `not_actors` labels
  none of them may have.

Any case may carry a `why` that says what it shows. A key no check reads is an error, and so is a case
that checks nothing, so a misspelt field cannot turn a case into one that always passes.
"""

from __future__ import annotations

import tomllib
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from tests.graph.extract.stance_helpers import extract, label, stances_of

CASES = Path(__file__).parent / "cases"
FIELDS = {  # section: (the keys that say what is expected, the keys that only set the case up)
    "stance": ({"type", "holder", "position", "position_is", "positions", "target", "modality", "polarity",
                "count", "attributed_to", "concession", "date"}, {"text", "on", "why"}),
    "holders": ({"holders", "pairs", "count"}, {"text", "type", "on", "why"}),
    "none": ({"type", "holder", "except"}, {"text", "why", "on"}),
    "actor": ({"label", "labels", "kind", "offices", "affiliated_with", "represents",
               "actors", "not_actors", "alias"}, {"text", "word", "nth", "why"}),
}


def load_cases(section: str) -> list[Any]:
    """Every `[[section]]` case of every cases/*.toml file, as pytest params named file:number."""
    checks, setup = FIELDS[section]
    params = []
    for path in sorted(CASES.glob("*.toml")):
        with path.open("rb") as handle:
            family = tomllib.load(handle)
        for number, case in enumerate(family.get(section, []), start=1):
            name = f"{path.stem}:{section}{number}"
            unknown = set(case) - checks - setup
            assert not unknown, f"{name}: no check reads {sorted(unknown)}"
            assert section == "none" or set(case) & checks, f"{name}: the case checks nothing"
            params.append(pytest.param(case, id=name))
    return params


def summary(extraction: Any) -> list[tuple[str, str | None, str | None, str | None]]:
    """What was found, for the failure message."""
    return [
        (s.type.value, label(extraction, s.holder), s.position and s.position.label, label(extraction, s.target))
        for s in extraction.stances
    ]


def when(case: dict[str, Any]) -> date | None:
    return date.fromisoformat(case["on"]) if "on" in case else None


def is_expected(extraction: Any, stance: Any, case: dict[str, Any]) -> bool:
    """Whether one stance has every property the case gives."""
    position = stance.position.label if stance.position is not None else None
    concession = set(stance.concession.types) if stance.concession is not None else set()
    return (
        ("position" not in case or (position is not None and case["position"] in position))
        and ("position_is" not in case or position == case["position_is"])
        and ("target" not in case or label(extraction, stance.target) == case["target"])
        and ("modality" not in case or stance.modality == case["modality"])
        and ("polarity" not in case or stance.polarity == case["polarity"])
        and ("attributed_to" not in case or (label(extraction, stance.attributed_to) or "") == case["attributed_to"])
        and set(case.get("concession", [])) <= concession
        and ("date" not in case or stance.date == date.fromisoformat(case["date"]))
    )


@pytest.mark.parametrize("case", load_cases("stance"))
def test_stance_case(extractor: Any, case: dict[str, Any]) -> None:
    extraction = extract(extractor, case["text"], on=when(case))
    found = stances_of(extraction, case["type"], case["holder"])
    assert found, f"no {case['type']} by {case['holder']}; got {summary(extraction)}"
    if "count" in case:
        assert len(found) == case["count"], summary(extraction)
    positions = [s.position.label for s in found if s.position is not None]
    for word in case.get("positions", []):
        assert any(word in p for p in positions), f"no position with {word!r} among {positions}"
    matching = [s for s in found if is_expected(extraction, s, case)]
    assert matching, f"no {case['type']} by {case['holder']} as expected in {case}; got {summary(extraction)}"


@pytest.mark.parametrize("case", load_cases("holders"))
def test_holders_case(extractor: Any, case: dict[str, Any]) -> None:
    extraction = extract(extractor, case["text"], on=when(case))
    found = stances_of(extraction, case["type"])
    if "holders" in case:
        assert {label(extraction, s.holder) for s in found} == set(case["holders"]), summary(extraction)
    if "pairs" in case:
        pairs = {(label(extraction, s.holder), label(extraction, s.target)) for s in found}
        assert pairs == {(holder, target or None) for holder, target in case["pairs"]}, summary(extraction)
    if "count" in case:
        assert len(found) == case["count"], summary(extraction)


@pytest.mark.parametrize("case", load_cases("none"))
def test_no_stance_case(extractor: Any, case: dict[str, Any]) -> None:
    extraction = extract(extractor, case["text"], on=when(case))
    types = case.get("type")
    found = [
        s
        for s in extraction.stances
        if (types is None or s.type in ([types] if isinstance(types, str) else types))
        and s.type not in case.get("except", [])
        and ("holder" not in case or label(extraction, s.holder) == case["holder"])
    ]
    assert not found, f"{case.get('why', 'no stance expected')}; got {summary(extraction)}"


@pytest.mark.parametrize("case", load_cases("actor"))
def test_actor_case(read: Any, case: dict[str, Any]) -> None:
    r = read(case["text"])
    if "actors" in case:
        assert r.labels == set(case["actors"])
    if "not_actors" in case:
        assert not set(case["not_actors"]) & r.labels, r.labels
    if "word" not in case:
        return
    nth = case.get("nth", 0)
    if "labels" in case:
        assert r.all_at(case["word"], nth) == case["labels"]
    if "label" in case:
        assert (r.at(case["word"], nth) or "") == case["label"]
    if "kind" in case:
        assert r.kind(case["word"], nth) == case["kind"]
    if "offices" in case:
        assert r.offices(case["word"], nth) == set(case["offices"])
    actor = r.resolver.actor_at(r.token(case["word"], nth))
    if "affiliated_with" in case:
        assert {r.resolver.actors[key].label for key in actor.affiliated_with} == set(case["affiliated_with"])
    if "represents" in case:
        assert (actor.represents or "") == case["represents"]
    if "alias" in case:
        assert case["alias"] in r.aliases(case["word"], nth)
