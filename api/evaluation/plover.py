"""Scoring stances against PLOVER gold-standard records (one coded sentence each).

The project's implementation of the PLOVER record rules: a record's event type maps to the stance
types that count as a hit; a hit needs the type and a holder sharing a word (or a stem: Israel/Israeli)
with the coded source; Claim, Aim and hypothetical stances are neither hits nor errors; every other
predicted stance counts for precision, right only when it is a hit.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from graph.errors import InputError
from graph.extract.wordforms import same_word
from ontology.namespace import OPPOSITE

Record = dict[str, Any]
STANCE_OF: dict[str, set[str]] = {
    "AGREE": {"Agree", "Offer"},
    "DEMAND": {"Demand"},
    "REQUEST": {"Demand"},
    "REJECT": {"Reject", "Deny"},
    "THREATEN": {"Threaten"},
    "DISAPPROVE": {"Accuse", "Oppose"},
    "ACCUSE": {"Accuse", "Oppose"},
    "SUPPORT": {"Support"},
    "CONCEDE": {"Concede", "Agree"},
}
NEUTRAL = {"Claim", "Aim"}
_STOP = {"the", "a", "an", "of", "and", "officials", "official", "government", "forces", "s", "'s"}


def load_records(path: str | Path) -> list[Record]:
    """The coded sentences of a PLOVER gold file (a list, or an object with "records")."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(f"cannot read PLOVER records {path}: {exc}") from exc
    records = data["records"] if isinstance(data, dict) else data
    return [r for r in records if r.get("event") != "DOCUMENT"]


def document_key(iri: str) -> str:
    """The id a document IRI ends with (after the last '/', '#' or ':'), as the scorers read it."""
    return re.split(r"[/#:]", iri or "")[-1]


def _tokens(text: str | None) -> set[str]:
    return {t for t in re.findall(r"[a-z0-9]+", (text or "").lower()) if t not in _STOP and len(t) > 1}


def _actors(value: Any) -> list[Record]:
    return [a for a in value if isinstance(a, dict) and a.get("actorText")] if isinstance(value, list) else []


def _canonical(s: Record) -> tuple[str | None, str]:
    kind, pol = s.get("type"), s.get("polarity") or "positive"
    return (OPPOSITE[kind], "positive") if pol == "negative" and kind in OPPOSITE else (kind, pol)


@dataclass
class PloverScore:
    records: int
    type_source: float
    type_source_target: float
    precision: float
    wrong_type: int
    misses: list[str] = field(default_factory=list)

    def line(self) -> str:
        return (
            f"plover: records {self.records} | type+source {self.type_source:.2f} | type+source+target "
            f"{self.type_source_target:.2f} | precision {self.precision:.2f} | wrong-type {self.wrong_type}"
        )


def score(gold: list[Record], predicted: list[Record]) -> PloverScore:
    """Score export records (actors and stances of documents named by record id) against `gold`."""
    actors = {r["id"]: r for r in predicted if r.get("record") == "actor"}
    by_doc: dict[str, list[Record]] = {}
    for r in predicted:
        if r.get("record") == "stance":
            key = document_key((r.get("evidence") or {}).get("document", ""))
            by_doc.setdefault(key, []).append(r)

    def names(actor_id: str | None) -> set[str]:
        actor = actors.get(actor_id or "")
        if not actor:
            return _tokens(re.split(r"[/#:]", actor_id or "")[-1].replace("_", " "))
        out = _tokens(actor.get("label"))
        for alias in actor.get("aliases", []):
            out |= _tokens(alias)
        return out

    def same_actor(actor_id: str | None, gold_actors: list[Record]) -> bool:
        got = names(actor_id)
        return any(same_word(w, x) for g in gold_actors for w in _tokens(g.get("actorText")) for x in got)

    def counts(s: Record) -> bool:
        return _canonical(s)[0] not in NEUTRAL and s.get("modality") != "hypothetical"

    stance_ids = {r["id"] for r in gold if r["event"] in STANCE_OF}
    hit_src = hit_full = counted = correct = wrong_type = 0
    misses = []
    for r in gold:
        preds = by_doc.get(r["id"], [])
        want = STANCE_OF.get(r["event"], set())
        src_ok = [
            s
            for s in preds
            if counts(s)
            and _canonical(s) in {(w, "positive") for w in want}
            and same_actor(s.get("holder"), _actors(r.get("source")))
        ]
        if r["id"] in stance_ids:
            if src_ok:
                hit_src += 1
                tgt = _actors(r.get("target"))
                hit_full += not tgt or any(same_actor(s.get("target"), tgt) for s in src_ok)
            else:
                got = ", ".join(f"{s.get('type')}:{'/'.join(sorted(names(s.get('holder'))))}" for s in preds)
                misses.append(f"MISS {r['id']}: {r['event']} | got {got or 'nothing'} | {r['text'][:90]}")
        for s in preds:
            if counts(s):
                counted += 1
                correct += s in src_ok
                wrong_type += r["id"] in stance_ids and s not in src_ok and _canonical(s)[0] not in want
    n = len(stance_ids)
    return PloverScore(
        records=n,
        type_source=hit_src / n if n else 0.0,
        type_source_target=hit_full / n if n else 0.0,
        precision=correct / counted if counted else 0.0,
        wrong_type=wrong_type,
        misses=misses,
    )
