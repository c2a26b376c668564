"""The construction cases: sentences written for the project, one TOML file a construction family.

Each file in `cases/` states what the real pipeline must read in short sentences of one family of English
constructions (its `about` line names the family and the module that reads it). The cases are data, so a
new construction is a new file and a new sentence is three lines, and every case runs through the same
checks below:

- `[[stance]]`: the text yields a stance of `type` held by the actor labelled `holder`; optionally its
  position contains `position`, its target is the actor labelled `target`, its `modality` or `polarity`
  is the one given, its `attributed_to` is the actor so labelled, and `count` stances of that type and
  holder are found (several holders, lists).
- `[[none]]`: the text yields no stance of `type` (no stance at all when `type` is absent); `why` says why.
- `[[actor]]`: in the text, the `nth` occurrence of `word` resolves to the actor labelled `label`
  (nothing when `label` is ""), optionally of `kind` and with `alias` among its names, or to all of
  `labels` in order.
"""

from __future__ import annotations

import tomllib
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from tests.graph.extract.stance_helpers import extract, label, stances_of

CASES = Path(__file__).parent / "cases"


def load_cases(section: str) -> list[Any]:
    """Every `[[section]]` case of every cases/*.toml file, as pytest params named file:number."""
    params = []
    for path in sorted(CASES.glob("*.toml")):
        with path.open("rb") as handle:
            family = tomllib.load(handle)
        for number, case in enumerate(family.get(section, []), start=1):
            params.append(pytest.param(case, id=f"{path.stem}:{section}{number}"))
    return params


def summary(extraction: Any) -> list[tuple[str, str | None, str | None, str | None]]:
    """What was found, for the failure message."""
    return [
        (s.type.value, label(extraction, s.holder), s.position and s.position.label, label(extraction, s.target))
        for s in extraction.stances
    ]


def when(case: dict[str, Any]) -> date | None:
    return date.fromisoformat(case["on"]) if "on" in case else None


@pytest.mark.parametrize("case", load_cases("stance"))
def test_stance_case(extractor: Any, case: dict[str, Any]) -> None:
    extraction = extract(extractor, case["text"], on=when(case))
    found = stances_of(extraction, case["type"], case["holder"])
    assert found, f"no {case['type']} by {case['holder']}; got {summary(extraction)}"
    if "count" in case:
        assert len(found) == case["count"], summary(extraction)
    matching = [
        s
        for s in found
        if ("position" not in case or (s.position is not None and case["position"] in s.position.label))
        and ("target" not in case or label(extraction, s.target) == case["target"])
        and ("modality" not in case or s.modality == case["modality"])
        and ("polarity" not in case or s.polarity == case["polarity"])
        and ("attributed_to" not in case or label(extraction, s.attributed_to) == case["attributed_to"])
    ]
    assert matching, f"no {case['type']} by {case['holder']} as expected in {case}; got {summary(extraction)}"


@pytest.mark.parametrize("case", load_cases("none"))
def test_no_stance_case(extractor: Any, case: dict[str, Any]) -> None:
    extraction = extract(extractor, case["text"], on=when(case))
    found = stances_of(extraction, case["type"]) if "type" in case else extraction.stances
    assert not found, f"{case.get('why', 'no stance expected')}; got {summary(extraction)}"


@pytest.mark.parametrize("case", load_cases("actor"))
def test_actor_case(read: Any, case: dict[str, Any]) -> None:
    r = read(case["text"])
    nth = case.get("nth", 0)
    if "labels" in case:
        assert r.all_at(case["word"], nth) == case["labels"]
        return
    assert (r.at(case["word"], nth) or "") == case["label"]
    if "kind" in case:
        assert r.kind(case["word"], nth) == case["kind"]
    if "alias" in case:
        assert case["alias"] in r.aliases(case["word"], nth)
