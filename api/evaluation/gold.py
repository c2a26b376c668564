"""Scoring a stance export against a hand-written gold file (the `*.gold.yaml` format).

This is the project's own implementation of the matching rules the gold files document (holder by
label or alias, type, optional target, position terms, polarity; optional facts neutral; Claim
predictions neutral unless they match; one prediction per core fact for recall, by maximum bipartite
matching). `stancegraph eval` and `make quality` use it; tests check it agrees with the reference
scorer beside the corpus.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from graph.errors import InputError
from ontology.namespace import OPPOSITE

Record = dict[str, Any]


def norm(text: str | None) -> str:
    return " ".join((text or "").lower().replace("\u2019", "'").split())


def load_gold(path: str | Path) -> dict[str, Any]:
    """A gold file, checked for the fields scoring needs."""
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise InputError(f"cannot read gold file {path}: {exc}") from exc
    if not isinstance(data, dict) or not isinstance(data.get("stances"), list):
        raise InputError(f"{path}: not a gold file (expected a mapping with a 'stances' list)")
    for fact in data["stances"]:
        if not isinstance(fact, dict) or not {"id", "holder", "type"} <= set(fact):
            raise InputError(f"{path}: every stance fact needs 'id', 'holder' and 'type'")
    return data


@dataclass
class GoldScore:
    """The figures of one scoring run."""

    precision: float
    recall: float
    f1: float
    attribution: tuple[int, int]
    concession: tuple[int, int]
    contradictions: tuple[int, int]
    actors: list[tuple[str, int, list[str], bool]]
    bad_actors: list[str]
    matched_by: dict[str, list[int]]
    facts: list[dict[str, Any]]
    unmatched: list[Record] = field(default_factory=list)
    # the counts behind precision and recall, so several documents can be summed (micro figures)
    true_positives: int = 0
    counted: int = 0
    found: int = 0
    core: int = 0

    def line(self) -> str:
        """The closing line, in the reference scorer's words."""
        a_ok, a_n = self.attribution
        c_ok, c_n = self.concession
        k_ok, k_n = self.contradictions
        act_ok = sum(1 for row in self.actors if row[3])
        return (
            f"score: precision {self.precision:.2f} recall {self.recall:.2f} f1 {self.f1:.2f} | "
            f"attribution {a_ok}/{a_n} | concession {c_ok}/{c_n} | actors {act_ok}/{len(self.actors)} "
            f"(+{len(self.bad_actors)} spurious) | contradictions {k_ok}/{k_n}"
        )

    def table(self) -> list[str]:
        """One line per gold fact (ok, MISS, or - for a missed optional one), then the false positives."""
        rows = []
        for g in self.facts:
            hits = self.matched_by[g["id"]]
            mark = "ok  " if hits else ("-   " if g.get("optional") else "MISS")
            rows.append(
                f"{mark} {g['id']:4} {'/'.join(g['holder'])[:28]:28} {'/'.join(g['type']):16} "
                f"{g.get('note', '') or (g.get('terms') or '')}"[:140]
            )
        for s in self.unmatched[:40]:
            text = (s.get("evidence") or {}).get("text", "")[:70]
            rows.append(
                f"FP   {s.get('type', '?'):10} {(s.get('position') or {}).get('label', '')[:50]!r} | {text!r}"
            )
        return rows


class _Predictions:
    def __init__(self, records: list[Record]) -> None:
        self.actors = {r["id"]: r for r in records if r.get("record") == "actor"}
        self.stances = [r for r in records if r.get("record") == "stance"]
        self.contradictions = [r for r in records if r.get("record") == "contradiction"]

    def names(self, actor_id: str | None) -> set[str]:
        if not actor_id:
            return set()
        actor = self.actors.get(actor_id)
        if actor is None:
            return {norm(actor_id.rsplit("/", 1)[-1].rsplit("#", 1)[-1].replace("_", " "))}
        return {norm(actor.get("label"))} | {norm(x) for x in actor.get("aliases", [])}

    def is_actor(
        self, actor_id: str | None, wanted: list[str], gold_actors: dict[str, Any], depth: int = 0
    ) -> bool:
        """One of the actor's names is a name of a `wanted` gold actor, or it represents such an actor."""
        if not actor_id:
            return False
        names = self.names(actor_id)
        for w in wanted:
            gold_names = {norm(w)} | {norm(x) for x in gold_actors.get(w, {}).get("aliases", [])}
            if names & gold_names:
                return True
        represents = self.actors.get(actor_id, {}).get("represents")
        if represents and represents != actor_id and depth < 3:
            return self.is_actor(represents, wanted, gold_actors, depth + 1)
        return False


def _canonical(s: Record) -> tuple[str | None, str]:
    kind, pol = s.get("type"), s.get("polarity") or "positive"
    if pol == "negative" and kind in OPPOSITE:
        return OPPOSITE[kind], "positive"
    return kind, pol


def _terms_match(s: Record, groups: list[list[str]] | None) -> bool:
    if not groups:
        return True
    pos = norm((s.get("position") or {}).get("label"))
    return bool(pos) and all(any(norm(t) in pos for t in group) for group in groups)


def _matches(g: dict[str, Any], s: Record, pred: _Predictions, gold_actors: dict[str, Any]) -> bool:
    kind, pol = _canonical(s)
    return (
        kind in g["type"]
        and pred.is_actor(s.get("holder"), g["holder"], gold_actors)
        and (not g.get("target") or pred.is_actor(s.get("target"), g["target"], gold_actors))
        and pol == g.get("polarity", "positive")
        and _terms_match(s, g.get("terms"))
    )


def score(gold: dict[str, Any], records: list[Record]) -> GoldScore:
    """Score the export `records` against `gold` (a loaded gold file)."""
    pred = _Predictions(records)
    gold_actors = {a["label"]: a for a in gold.get("actors", [])}
    facts = gold["stances"]
    matched_by: dict[str, list[int]] = {g["id"]: [] for g in facts}
    used: set[int] = set()
    neutral: set[int] = set()
    for i, s in enumerate(pred.stances):
        hit = False
        for g in facts:
            if _matches(g, s, pred, gold_actors):
                matched_by[g["id"]].append(i)
                hit = True
                (neutral if g.get("optional") else used).add(i)
        if not hit and s.get("type") == "Claim":
            neutral.add(i)
    core = [g for g in facts if not g.get("optional")]
    owner: dict[int, str] = {}

    def assign(gid: str, seen: set[int]) -> bool:
        for i in matched_by[gid]:
            if i not in seen:
                seen.add(i)
                if i not in owner or assign(owner[i], seen):
                    owner[i] = gid
                    return True
        return False

    found = [g for g in core if assign(g["id"], set())]
    counted = [i for i in range(len(pred.stances)) if i not in neutral or i in used]
    true_positives = len([i for i in counted if i in used])
    precision = true_positives / len(counted) if counted else 0.0
    recall = len(found) / len(core) if core else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0

    def side(key: str, check: Any) -> tuple[int, int]:
        asked = [g for g in found if g.get(key)]
        return sum(1 for g in asked if any(check(g, pred.stances[i]) for i in matched_by[g["id"]])), len(
            asked
        )

    attribution = side(
        "attributed_to", lambda g, s: pred.is_actor(s.get("attributed_to"), [g["attributed_to"]], gold_actors)
    )
    concession = side(
        "concession", lambda g, s: g["concession"] in ((s.get("concession") or {}).get("types") or [])
    )
    actor_rows: list[tuple[str, int, list[str], bool]] = []
    for a in gold.get("actors", []):
        names = {norm(a["label"])} | {norm(x) for x in a.get("aliases", [])}
        nodes = [r for r in pred.actors.values() if norm(r.get("label")) in names]
        kinds = sorted({str(r["kind"]) for r in nodes if r.get("kind")})
        actor_rows.append((a["label"], len(nodes), kinds, len(nodes) == 1 and a.get("kind") in kinds))
    bad = [
        n
        for n in gold.get("not_actors", [])
        if any(norm(n) == norm(r.get("label")) for r in pred.actors.values())
    ]
    contra_ok = 0
    for a_id, b_id in gold.get("contradictions", []):
        pa = {pred.stances[i].get("id") for i in matched_by.get(a_id, [])}
        pb = {pred.stances[i].get("id") for i in matched_by.get(b_id, [])}
        if any(
            set(c.get("stances", [])) & pa and set(c.get("stances", [])) & pb for c in pred.contradictions
        ):
            contra_ok += 1
    return GoldScore(
        precision=precision,
        recall=recall,
        f1=f1,
        attribution=attribution,
        concession=concession,
        contradictions=(contra_ok, len(gold.get("contradictions", []))),
        actors=actor_rows,
        bad_actors=bad,
        matched_by=matched_by,
        facts=facts,
        unmatched=[pred.stances[i] for i in counted if i not in used],
        true_positives=true_positives,
        counted=len(counted),
        found=len(found),
        core=len(core),
    )
