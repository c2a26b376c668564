"""Bodies that speak for a state: its ministries, courts, armies and cabinets, each one named actor.

"China's commerce ministry", "the Brazilian Supreme Court", "Nigeria's army" and "Israel's security
cabinet" are not the state itself, nor a nameless group: each is a Government actor (a court an
Organization: it judges, it does not govern) that `represents` the state, so a query for the state's
stances can take in its bodies (queries/stances.py) and a later "the ministry" or "the court"
(graph/extract/anaphora.py) finds the same node. A body the reference actors know ("Chinese Commerce
Ministry") is that reference actor; any other gets a label built from its
portfolio, its noun and the state: "Supreme Court of Brazil", "Interior Ministry of Chad".

General English, each rule with its cases in tests/graph/extract/cases/bodies.toml:

- a body noun with a state as possessor, demonym or "of" phrase, and definite ("China's commerce
  ministry", "the Chadian army", "the defence ministry of Mali"), not "a Kenyan court" (some court);
- a ministry, department or court needs its portfolio or rank ("foreign", "Supreme"), so "Brazil's
  courts" or "the ministry of Peru" alone stay with the state; an army, a military, a navy and a cabinet
  need none;
- an agency, a service, an authority, a regulator or a watchdog likewise needs its portfolio ("South
  Korea's spy agency", "Russia's security service", "the Italian antitrust authority", "Germany's
  competition regulator"); one of the press ("the state news agency") is no body of the state;
- "the prime minister's office", "the president's office" (a leader noun no person answers to) is the
  office: one actor, labelled "Office of the Prime Minister", of the state when the leader noun has one;
- "a spokesman for X", "a spokeswoman for the ministry" speak for X.
"""
from __future__ import annotations

from spacy.tokens import Token

from graph.extract.reference import ReferenceIndex

# body noun -> the noun its label uses ("the military" and "the army" are one body)
BODY_NOUNS = {"ministry": "Ministry", "department": "Department", "court": "Court", "tribunal": "Tribunal",
              "army": "Army", "military": "Army", "navy": "Navy", "cabinet": "Cabinet", "agency": "Agency",
              "service": "Service", "authority": "Authority", "regulator": "Regulator", "watchdog": "Watchdog"}
JUDICIAL = {"court", "tribunal"}  # bodies that judge, not govern
NEEDS_PORTFOLIO = {"ministry", "department", "court", "tribunal", "agency", "service", "authority", "regulator",
                   "watchdog"}
# portfolios of the press, not of the state: "Iran's state news agency" is a news organisation
PRESS_PORTFOLIOS = {"news", "press", "wire", "advertising", "travel", "modelling", "modeling"}
# leader nouns whose office speaks for them: "the prime minister's office"
LEADER_TITLES = {"president", "minister", "premier", "chancellor", "governor", "mayor", "king", "emir"}
SPOKESPEOPLE = {"spokesman", "spokeswoman", "spokesperson", "mouthpiece"}
INDEFINITE = {"a", "an", "some", "any", "another"}
PORTFOLIO_DEPS = {"compound", "amod"}
PLACE_ENTITIES = {"NORP", "GPE", "LOC"}  # "Chinese", "Kenya": the state's words, never the portfolio


def portfolio_of(token: Token, *, skip: set[int]) -> str:
    """The portfolio or rank words of a body noun, title-cased: "Foreign", "Supreme", "Security"; the
    words of the indices in `skip` (the state's) are not part of it."""
    words = [c for c in token.lefts if c.dep_ in PORTFOLIO_DEPS and c.i not in skip
             and c.ent_type_ not in PLACE_ENTITIES and c.is_alpha and c.pos_ in ("NOUN", "ADJ", "PROPN")]
    if not words:
        return ""
    return " ".join(w.text.title() if w.text.islower() else w.text for w in _contiguous(words, token))


def is_body(token: Token) -> bool:
    """Whether a body noun is one body of a state, as far as its own words tell (see the module)."""
    lemma = token.lemma_.lower()
    if lemma not in BODY_NOUNS or token.tag_ not in ("NN", "NNP"):
        return False
    return not any((c.dep_ == "det" and c.lower_ in INDEFINITE) or c.lower_ in PRESS_PORTFOLIOS
                   for c in token.lefts)


def office_title(token: Token) -> str | None:
    """The office of "the prime minister's office", "the president's office": the title of the leader
    noun that owns the noun "office" ("Prime Minister"), else None."""
    if token.lemma_.lower() != "office" or token.tag_ != "NN":
        return None
    for owner in token.lefts:
        if owner.dep_ == "poss" and owner.pos_ == "NOUN" and owner.lemma_.lower() in LEADER_TITLES:
            words = [c for c in owner.lefts if c.dep_ in PORTFOLIO_DEPS and c.ent_type_ not in PLACE_ENTITIES]
            return " ".join(w.text.title() for w in _contiguous(words, owner) + [owner])
    return None


def office_label(title: str, state_label: str | None) -> str:
    """ "Office of the Prime Minister", "Office of the President of Kenya"."""
    return f"Office of the {title}" + (f" of {state_label}" if state_label else "")


def body_kind(lemma: str) -> str:
    """A court is a judicial body, an Organization that represents its state; the others are executive
    bodies, Government actors (../shared/STANCES.md, actor kinds)."""
    return "Organization" if lemma in JUDICIAL else "Government"


def body_label(lemma: str, portfolio: str, state_label: str) -> str:
    """ "Supreme Court of Brazil", "Army of Chad", "Foreign Ministry of Kenya"."""
    return " ".join(w for w in (portfolio, BODY_NOUNS[lemma]) if w) + f" of {state_label}"


def reference_body(index: ReferenceIndex, state: str, lemma: str, portfolio: str) -> str | None:
    """The reference Government that is this body of `state`, if the reference actors list it: one that
    represents the state and has a name with the portfolio and the body noun ("Chinese Commerce
    Ministry" for "Beijing's commerce ministry")."""
    noun = BODY_NOUNS[lemma].lower()
    wanted = [w.lower() for w in portfolio.split()]
    for ref in index.actors.values():
        if ref.kind != "Government" or ref.represents != state:
            continue
        for name in {ref.label} | ref.aliases:
            words = name.lower().split()
            if noun in words and all(w in words for w in wanted) and (wanted or len(words) <= 2):
                return ref.key
    return None


def spoken_for(token: Token) -> Token | None:
    """The "X" of "a spokesman for X", if `token` is such a spokesperson noun."""
    if token.lemma_.lower() not in SPOKESPEOPLE:
        return None
    for prep in token.rights:
        if prep.dep_ == "prep" and prep.lower_ == "for":
            return next((c for c in prep.children if c.dep_ == "pobj"), None)
    return None


def _contiguous(words: list[Token], head: Token) -> list[Token]:
    """The modifier words that stand right before the noun, without gaps: "the Chinese foreign ministry"
    keeps "foreign"; "Brazil's top electoral court" keeps "top electoral"."""
    kept: list[Token] = []
    at = head.i - 1
    for word in sorted(words, key=lambda w: -w.i):
        if word.i != at:
            break
        kept.insert(0, word)
        at -= 1
    return kept
