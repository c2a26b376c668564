"""Stance detection, first cut: a verb lexicon per stance type over the dependency parse."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from graph.extract.actors import ActorResolver
from graph.records import Evidence, Position, Stance

VERBS: dict[str, str] = {
    **dict.fromkeys(["demand", "insist", "urge", "require", "call"], "Demand"),
    **dict.fromkeys(["reject", "refuse", "dismiss"], "Reject"),
    **dict.fromkeys(["accuse", "blame", "allege"], "Accuse"),
    **dict.fromkeys(["deny"], "Deny"),
    **dict.fromkeys(["agree", "accept", "sign", "endorse"], "Agree"),
    **dict.fromkeys(["concede", "yield"], "Concede"),
    **dict.fromkeys(["offer", "propose"], "Offer"),
    **dict.fromkeys(["threaten", "warn"], "Threaten"),
    **dict.fromkeys(["support", "back", "praise", "welcome"], "Support"),
    **dict.fromkeys(["oppose", "criticize", "criticise", "condemn"], "Oppose"),
    **dict.fromkeys(["seek", "aim", "want", "hope"], "Aim"),
}


def detect_stances(doc: Doc, resolver: ActorResolver, document_id: str) -> list[Stance]:
    stances: list[Stance] = []
    for sent in doc.sents:
        for token in sent:
            kind = VERBS.get(token.lemma_.lower())
            if kind is None or token.pos_ != "VERB":
                continue
            holder = _actor_of(token, ("nsubj", "nsubjpass"), resolver)
            if holder is None:
                continue
            target = _actor_of(token, ("dobj",), resolver) if kind in ("Accuse", "Threaten", "Support", "Oppose") else None
            position = _position_of(token)
            negative = any(c.dep_ == "neg" for c in token.children)
            stances.append(Stance(
                type=kind, holder=holder, target=target, position=position,
                polarity="negative" if negative else "positive",
                evidence=Evidence(document_id, sent.text, sent.start_char, sent.end_char),
                cue=token.text,
            ))
    return stances


def _actor_of(verb: Token, deps: tuple[str, ...], resolver: ActorResolver) -> str | None:
    for child in verb.children:
        if child.dep_ in deps:
            actor = resolver.actor_at(child)
            if actor is not None:
                return actor.key
    return None


def _position_of(verb: Token) -> Position | None:
    for child in verb.children:
        if child.dep_ in ("dobj", "ccomp", "xcomp", "prep"):
            words = [t for t in child.subtree if not t.is_punct]
            if len(words) < 2:
                continue
            label = " ".join(t.text for t in words)
            key = " ".join(t.lemma_.lower() for t in words if not t.is_stop)
            return Position(key=key or label.lower(), label=label)
    return None
