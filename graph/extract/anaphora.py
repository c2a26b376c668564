"""Definite noun phrases that point back to an actor: "the group", "the army", "the president", and a
ministry named without its country ("the Commerce Ministry").

General English rules, each with its own case in tests/graph/extract/cases/anaphora.toml, and each
applied only when the antecedent is unambiguous:

- "the group", "the movement", "the militia", "the bloc", "the alliance" ... -> the one organisation the
  paragraph names before it (else the previous paragraph);
- "the army", "the military", "the government", "the ministry", "government forces" ... -> what the same
  noun (or its synonym) referred to earlier ("Sudan's army ... the army"), else the one state the
  paragraph names, else the state of the dateline ("BEIJING —");
- "the president", "the prime minister" -> the one person of the document holding that office;
- "the two sides", "both leaders", "the two negotiators" -> the two actors of that kind named last;
- "the Commerce Ministry", "the Ministry of Defence" with no country -> that ministry of the state the
  previous sentence's subject is (or belongs to), else of the dateline's state.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from typing import Protocol

from spacy.tokens import Doc, Token

from graph.extract.reference import ReferenceIndex, holds
from graph.extract.scan import sentence_starts, where
from graph.records import Actor

ORGANISATION_NOUNS = {"group", "movement", "militia", "organisation", "organization", "bloc", "alliance",
                      "coalition", "faction", "outfit", "body"}
# Bodies of a state, with the nouns that name the same body ("the army" = "the military").
STATE_NOUNS = {"army": "army", "military": "army", "government": "government", "ministry": "ministry",
               "regime": "government", "junta": "government", "authority": "government",
               "administration": "government", "cabinet": "government"}
# names for a government that only others use of it: "the regime", "the junta"
OTHERS_RULERS = {"regime", "junta"}
GOVERNMENT_BODIES = {"force", "troop", "soldier", "army", "official", "spokesman", "spokeswoman", "minister",
                     "negotiator", "delegation", "source", "ministry", "agency"}
# Nouns for a kind of organisation or body: "the union", "the court" -> what the same noun named before
# ("IG Metall, Germany's largest union ... the union"), else the one actor of the paragraph whose name
# has a word of that kind ("the Supreme Court of Brazil ... the court", "the Teamsters ... the union");
# "the company" may also be the one organisation whose name has none of those words.
KIND_WORDS = {
    "union": {"union", "workers", "federation", "confederation", "congress", "teamsters", "brotherhood",
              "guild", "syndicate", "employees", "association"},  # "the British Medical Association ... the union"
    "party": {"party", "front", "league", "movement", "alliance", "congress", "democrats", "republicans"},
    "court": {"court", "tribunal"},
    "forum": {"forum"},
    "office": {"office", "chancellery", "presidency"},
    "regulator": {"commission", "authority", "agency", "office", "board", "regulator", "watchdog"},
}
KIND_WORDS["watchdog"] = KIND_WORDS["agency"] = KIND_WORDS["regulator"]
# the head noun of a body's name points back to the one body so named: "the Electoral Commission ... the
# commission", "the Coastal Fishermen Federation ... the federation"
for _head in ("commission", "council", "committee", "tribunal", "federation", "assembly", "board",
              "association", "confederation", "department", "fund", "institute"):
    KIND_WORDS.setdefault(_head, {_head})
COMPANY_NOUNS = {"company", "firm", "corporation", "carmaker", "automaker", "airline", "bank", "lender",
                 "group", "conglomerate", "manufacturer", "insurer", "retailer", "operator",
                 # the press: "The Washington Post reported ... The newspaper also detailed ..."
                 "newspaper", "paper", "network", "broadcaster", "channel", "magazine", "station",
                 "outlet", "giant", "platform"} - ORGANISATION_NOUNS
DOMAIN_NOUNS = KIND_WORDS.keys() | COMPANY_NOUNS
OFFICE_NOUNS = {"president": "president", "premier": "prime", "chancellor": "chancellor"}
# the definite nouns kept as an alias of the actor they resolve to ("the bank")
ALIASED_NOUNS = DOMAIN_NOUNS | ORGANISATION_NOUNS | OFFICE_NOUNS.keys()
MODIFIED = {"amod", "compound", "poss", "nmod", "nummod"}
# nouns that "the two" or "both" make a pair of the actors named before, with the kinds they take
PEOPLE = {"Person"}
SIDES = {"State", "Government", "Organization"}
PAIR_NOUNS = {"leader": PEOPLE, "man": PEOPLE, "woman": PEOPLE, "negotiator": PEOPLE, "candidate": PEOPLE,
              "general": PEOPLE, "president": PEOPLE, "minister": PEOPLE, "rival": PEOPLE | SIDES,
              "side": SIDES | PEOPLE, "country": {"State"}, "nation": {"State"}, "neighbour": {"State"},
              "neighbor": {"State"}, "government": SIDES, "party": SIDES, "group": {"Organization"},
              "camp": SIDES | PEOPLE, "delegation": SIDES, "power": {"State"}}
MINISTRY = re.compile(r"^(?:the\s+)?(?:([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+Ministry|Ministry\s+of\s+"
                      r"([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?))$")
SUBJECTS = {"nsubj", "nsubjpass"}


class AnaphoraHost(Protocol):
    """What definite-noun resolution needs from the actor resolver."""

    index: ReferenceIndex

    def keys_at(self, i: int) -> tuple[str, ...]: ...
    def mapped(self) -> Iterable[int]: ...
    def kind_of(self, key: str) -> str: ...
    def country_of(self, key: str) -> str | None: ...
    def offices_of(self, key: str) -> set[str]: ...
    def people(self) -> list[str]: ...
    def line_of(self, char: int) -> int: ...
    def in_furniture(self, char: int) -> bool: ...
    def in_headline(self, char: int) -> bool: ...
    def dateline_places(self) -> list[str]: ...
    def assign(self, tokens: list[Token], keys: tuple[str, ...], *, mention: bool) -> None: ...
    @property
    def actors(self) -> dict[str, Actor]: ...
    def replace(self, old: str, new: str, *, label: str, kind: str, represents: str) -> None: ...
    def add_alias(self, key: str, alias: str) -> None: ...


def state_of(key: str, host: AnaphoraHost) -> str | None:
    """The state an actor is or belongs to (a government's state, a person's country)."""
    kind = host.kind_of(key)
    if kind == "State":
        return key
    ref = host.index.actors.get(key)
    return (ref.represents if ref is not None and ref.represents else None) or host.country_of(key)


def dateline_state(host: AnaphoraHost) -> str | None:
    """The state whose capital (or name) the story's dateline gives: "BEIJING —", "MOMBASA, Kenya —"."""
    index = host.index
    keys = [index.metonyms.get(p) or index.states_by_label.get(p) for p in host.dateline_places()]
    return next((k for k in keys if k and host.kind_of(k) == "State"), None)


def resolve_definite_nouns(doc: Doc, host: AnaphoraHost) -> None:
    """Map "the group", "the army", "the president" ... to their antecedents (see the module docstring)."""
    lexicon = ORGANISATION_NOUNS | STATE_NOUNS.keys() | OFFICE_NOUNS.keys() | DOMAIN_NOUNS
    mapped = sorted(host.mapped())
    for i in sorted(where(doc, "LEMMA", lexicon)):
        token = doc[i]
        government_forces = _government_compound(token)
        # a Group the roles gave the phrase ("the paramilitary group") gives way to the body it describes
        if not (_bare_definite(token) or government_forces) \
                or any(host.kind_of(k) != "Group" for k in host.keys_at(i)) \
                or host.in_furniture(token.idx) or host.in_headline(token.idx):
            continue
        lemma = token.lemma_.lower()
        window = _window(doc, mapped, bisect_right(mapped, i - 1), host)
        keys: list[str] = []
        if lemma in ORGANISATION_NOUNS:
            keys = [k for _, k in window if host.kind_of(k) == "Organization"] or _paragraph_before(
                doc, mapped, window, "Organization", host
            )  # "The EU threatened tariffs ... / Sefcovic said the bloc would respond"
        elif lemma in DOMAIN_NOUNS:
            keys = [k for t, k in window if t.lemma_.lower() == lemma] or _of_kind(lemma, window, host)
        elif lemma in OFFICE_NOUNS:
            others = _objects_keys(token, host)  # "The president told Putin ...": the president is not Putin
            keys = [k for k in host.people() if holds(host.offices_of(k), OFFICE_NOUNS[lemma]) and k not in others]
        else:
            same = [k for t, k in window if STATE_NOUNS.get(t.lemma_.lower()) == STATE_NOUNS[lemma]]
            states = [k for _, k in window if host.kind_of(k) == "State"]
            keys = same or states or _named_before(doc, mapped, i, lemma, host) or [
                k for k in (dateline_state(host),) if k
            ]
        if lemma in ORGANISATION_NOUNS | DOMAIN_NOUNS and _clause_mate(token, set(keys), host):
            continue
        if lemma in OTHERS_RULERS and set(keys) & _speakers(token, host):
            continue  # "Britain said the junta must ...": no one calls its own government a junta
        if len(set(keys)) == 1:
            tokens = [token, token.head] if government_forces else [t for t in token.subtree if t.i <= i]
            host.assign(tokens, (keys[0],), mention=True)
            if lemma in ALIASED_NOUNS:
                host.add_alias(keys[0], token.lower_)  # "the bank" is how the text names Wells Fargo


# people who speak for the body that modifies them: "a ministry spokesman", "the ministry's spokeswoman"
SPOKESPEOPLE = frozenset("spokesman spokeswoman spokesperson".split())


def resolve_body_spokespeople(doc: Doc, host: AnaphoraHost) -> None:
    """ "China's defence ministry condemned the drills. A ministry spokesman said ...": a spokesperson of a
    body named by its noun alone (a compound or a possessor) speaks for the body the text named before,
    as "the ministry" would (run after `resolve_definite_nouns`, which resolves "the ministry's")."""
    mapped = sorted(host.mapped())
    for i in sorted(where(doc, "LEMMA", SPOKESPEOPLE)):
        token = doc[i]
        if host.keys_at(i) or host.in_furniture(token.idx):
            continue
        bodies = [c for c in token.children if c.dep_ in ("compound", "poss") and c.pos_ == "NOUN"
                  and c.lemma_.lower() in STATE_NOUNS.keys() | ORGANISATION_NOUNS]
        if len(bodies) != 1 or any(c.dep_ in MODIFIED for c in bodies[0].children):
            continue
        body = bodies[0]
        keys = list(host.keys_at(body.i))
        if not keys:
            window = _window(doc, mapped, bisect_right(mapped, body.i - 1), host)
            keys = [k for t, k in window if t.lemma_.lower() == body.lemma_.lower()]
        if len(set(keys)) == 1:
            host.assign([body, token], (keys[0],), mention=True)


def resolve_pairs(doc: Doc, host: AnaphoraHost) -> None:
    """ "The two sides", "both leaders", "the two negotiators" -> the two actors the paragraph (else the
    one before) named last, when exactly two of the noun's kind are named there: people for person nouns,
    states, governments and organisations for "sides", "countries" and "parties"."""
    mapped = sorted(host.mapped())
    for i in sorted(where(doc, "LEMMA", PAIR_NOUNS.keys())):
        token = doc[i]
        named = host.keys_at(i)  # a Group of "negotiators" (graph/extract/roles.py) gives way to the pair
        count = _counted_set(token)
        if token.tag_ != "NNS" or any(host.kind_of(k) != "Group" for k in named) or count is None \
                or host.in_furniture(token.idx):
            continue
        window = _window(doc, mapped, bisect_right(mapped, i - 1), host)
        kinds = PAIR_NOUNS[token.lemma_.lower()]
        asking = _subject_keys(token, host)  # "the bloc urged both sides ...": the bloc is neither side
        keys = list(dict.fromkeys(k for _, k in window if host.kind_of(k) in kinds and k not in asking))
        if len(keys) != count:  # "Britain, France and Germany accused Iran ... The three countries": the list
            listed = _last_list(window, count, kinds, asking, host)
            # a pair from a list is sure only when no one else of its kind is named ("the ceasefire between
            # India and Pakistan", said by the UN); "Kaur met Lopez and Tran. The two leaders" names three
            others = {host.kind_of(k) for k in keys if k not in listed}
            keys = listed if count > 2 or not others & {host.kind_of(k) for k in listed} else keys
        if len(keys) == count:
            host.assign([t for t in token.subtree if t.i <= i], tuple(keys), mention=True)


def _clause_mate(token: Token, keys: set[str], host: AnaphoraHost) -> bool:
    """Whether the one candidate of a definite object is its own clause's subject ("Greenpeace accused the
    company": English would say "itself"), or would be, through the pronoun subject that takes the same
    one candidate ("It accused the company ..." with one organisation named before)."""
    if token.dep_ in SUBJECTS or len(keys) != 1:
        return False
    if keys & _subject_keys(token, host):
        return True
    verb = _verb_of(token)
    return any(c.dep_ in SUBJECTS and c.lower_ in ("it", "they") for c in verb.children)


def _speakers(token: Token, host: AnaphoraHost) -> set[str]:
    """The actors of the subjects of the verbs a noun's clause hangs from, up to the sentence's root."""
    keys: set[str] = set()
    verb = _verb_of(token)
    for _ in range(4):
        keys |= {k for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for k in host.keys_at(c.i)}
        if verb.head.i == verb.i:
            break
        verb = _verb_of(verb)
    return keys


def _verb_of(token: Token) -> Token:
    verb = token.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return verb


def _objects_keys(subject: Token, host: AnaphoraHost) -> set[str]:
    """The actors a subject's verb takes as its objects ("told Putin", "met Xi", "spoke with Modi"): English
    would say "himself" if the subject were one of them."""
    if subject.dep_ not in ("nsubj", "nsubjpass"):
        return set()
    verb = subject.head
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    objects += [p for c in verb.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
    return {k for o in objects for t in o.subtree for k in host.keys_at(t.i)}


def _subject_keys(token: Token, host: AnaphoraHost) -> set[str]:
    """The actors of the subject of the verb a noun depends on: who acts on "both sides"."""
    verb = _verb_of(token)
    return {k for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for k in host.keys_at(c.i)}


# how many a set named again counts: "the two sides", "the three European countries", "all four parties"
_SET_SIZES = {"two": 2, "three": 3, "four": 4, "five": 5}


def _counted_set(token: Token) -> int | None:
    """How many "the two sides", "both leaders", "the three European countries", "all four parties" count;
    None for "two countries in the region" (some two) or "the two sides of the river" (an "of" phrase)."""
    lefts = {c.lower_ for c in token.lefts if c.dep_ in ("nummod", "det", "predet")}
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in token.rights):
        return None
    if "both" in lefts:
        return 2
    sizes = [_SET_SIZES[w] for w in lefts if w in _SET_SIZES]
    return sizes[0] if len(sizes) == 1 and lefts & {"the", "all"} else None


def _last_list(
    window: list[tuple[Token, str]], count: int, kinds: set[str], asking: set[str], host: AnaphoraHost
) -> list[str]:
    """The actors of the last list of `count` members the window names ("Britain, France and Germany"),
    each of one of `kinds`."""
    for token, _ in reversed(window):
        members = [token, *token.conjuncts] if token.dep_ != "conj" else []
        keys = list(dict.fromkeys(k for m in members for k in host.keys_at(m.i)))
        if len(members) == count and len(keys) == count and all(
            host.kind_of(k) in kinds and k not in asking for k in keys
        ):
            return keys
    return []


def place_unqualified_ministries(doc: Doc, host: AnaphoraHost) -> None:
    """ "The Commerce Ministry said ..." with no country: the ministry of the state the text is about."""
    starts = sentence_starts(doc)
    local = {k: a.label for k, a in host.actors.items()
             if a.kind == "Organization" and k not in host.index.actors}
    for key, label in local.items():
        match = MINISTRY.match(label)
        at = [i for i in host.mapped() if key in host.keys_at(i)] if match else []
        if match is None or not at:
            continue
        first = min(at)
        state = _previous_subject_state(doc, first, starts, host) or dateline_state(host)
        if state is None:
            continue
        portfolio = (match.group(1) or match.group(2)).lower()
        known = [ref.key for ref in host.index.actors.values() if ref.kind == "Government"
                 and ref.represents == state
                 and any(portfolio in name.lower() and "ministry" in name.lower()
                         for name in {ref.label} | ref.aliases)]
        state_label = host.index.actors[state].label
        host.replace(key, known[0] if known else f"{key}-{state}",
                     label=f"{label} of {state_label}", kind="Government", represents=state)


def _of_kind(lemma: str, window: list[tuple[Token, str]], host: AnaphoraHost) -> list[str]:
    """The organisations and bodies of the window whose names say they are what `lemma` names."""
    bodies = [k for _, k in window if host.kind_of(k) in ("Organization", "Government")]
    words = {k: {w for name in _names(k, host) for w in name.lower().split()} for k in bodies}
    if lemma in KIND_WORDS:
        return [k for k in bodies if words[k] & KIND_WORDS[lemma]]
    other_kinds = set().union(*KIND_WORDS.values())
    return [k for k in bodies if lemma in words[k]] or [
        k for k in bodies if host.kind_of(k) == "Organization" and not words[k] & other_kinds]


def _names(key: str, host: AnaphoraHost) -> set[str]:
    """Label and aliases: "IAEA" is also the International Atomic Energy Agency."""
    ref = host.index.actors.get(key)
    actor = host.actors.get(key)
    return ({ref.label} | ref.aliases if ref else set()) | ({actor.label} | actor.aliases if actor else set())


def _bare_definite(token: Token) -> bool:
    """ "the army", not "the Sudanese army", "its army", "the army of Chad" or "armies"; a word in lower
    case the tagger took for a name ("the bloc" as a proper noun) is still the common noun."""
    misread = token.pos_ == "PROPN" and token.is_lower
    tag = {"NNP": "NN", "NNPS": "NNS"}.get(token.tag_, token.tag_) if misread else token.tag_
    if (token.pos_ != "NOUN" and not misread) or tag not in ("NN", "NNS") or (tag == "NNS"
                                                                               and token.lemma_ != "authority"):
        return False
    lefts = list(token.lefts)
    if not lefts or lefts[0].lower_ != "the":
        return False
    if any(c.dep_ in MODIFIED and not _describing(c, token) for c in lefts):
        return False
    return not any(c.dep_ == "prep" and c.lower_ == "of" for c in token.rights)


# what may describe a body named before without making it another: "the regional bloc", "the continental
# body", "the tech giant", "the central bank" (not "the Sudanese army", "the new government")
DESCRIBED_NOUNS = ORGANISATION_NOUNS | COMPANY_NOUNS | {"bank", "department", "agency", "fund"}
_OTHER_TIMES = frozenset(
    "new former old previous interim next incoming outgoing transitional future rival other".split()
)


def _describing(modifier: Token, noun: Token) -> bool:
    """An adjective or a common-noun modifier that describes a body already named ("the regional bloc",
    "the tech giant"), not a name, a possessor or a word for another one ("the new government")."""
    return (
        noun.lemma_.lower() in DESCRIBED_NOUNS
        and modifier.dep_ in ("amod", "compound")
        and modifier.pos_ in ("ADJ", "NOUN")
        and not modifier.ent_type_
        and modifier.lower_ not in _OTHER_TIMES
        and not any(True for _ in modifier.children)
    )


def _government_compound(token: Token) -> bool:
    """ "government forces", "government troops": the state the text is about, like "the government"."""
    head = token.head
    return token.lemma_.lower() == "government" and token.dep_ == "compound" and head.pos_ == "NOUN" \
        and head.lemma_.lower() in GOVERNMENT_BODIES and not head.ent_type_ \
        and not any(c.dep_ in ("amod", "poss") or c.ent_type_ for c in head.children if c.i != token.i)


def _window(doc: Doc, mapped: list[int], end: int, host: AnaphoraHost) -> list[tuple[Token, str]]:
    """(token, key) of the mentions before the noun (`mapped[:end]`) on the last line that has one: the
    noun's own line, else the paragraph before it. Read backwards from the noun, so that the cost is the
    window's, not the text's."""
    found: list[list[tuple[Token, str]]] = []
    window_line: int | None = None
    for n in range(end - 1, -1, -1):
        keys = host.keys_at(mapped[n])
        if not keys:
            continue
        token = doc[mapped[n]]
        at = host.line_of(token.idx)
        if window_line is None:
            window_line = at
        elif at != window_line:
            break
        found.append([(token, k) for k in keys])
    return [pair for group in reversed(found) for pair in group]


def _paragraph_before(
    doc: Doc, mapped: list[int], window: list[tuple[Token, str]], kind: str, host: AnaphoraHost
) -> list[str]:
    """The actors of `kind` in the paragraph before the window's, when the window (the noun's own line)
    names none of that kind."""
    if not window:
        return []
    first = window[0][0].i
    before = _window(doc, mapped, bisect_right(mapped, first - 1), host)
    if not before or host.line_of(before[0][0].idx) == host.line_of(window[0][0].idx):
        return []
    return [k for _, k in before if host.kind_of(k) == kind]


def _named_before(doc: Doc, mapped: list[int], i: int, lemma: str, host: AnaphoraHost) -> list[str]:
    """The body the same noun last named earlier in the text ("Sudan's army ... the army", paragraphs
    apart), before the dateline's state is taken: where the reporter files from is not who acts."""
    for n in range(bisect_right(mapped, i - 1) - 1, -1, -1):
        token = doc[mapped[n]]
        if STATE_NOUNS.get(token.lemma_.lower()) == STATE_NOUNS[lemma] and host.keys_at(token.i):
            return list(host.keys_at(token.i))
    return []


def _previous_subject_state(doc: Doc, i: int, starts: list[int], host: AnaphoraHost) -> str | None:
    """The state the subject of the sentence before token `i` is, or belongs to."""
    here = bisect_right(starts, i) - 1
    if here < 1:
        return None
    sentence = doc[starts[here - 1]: starts[here]]
    subjects = [w for t in sentence if t.dep_ in SUBJECTS for w in (t, *t.conjuncts)]
    states = {state_of(k, host) for t in subjects for k in host.keys_at(t.i)}
    states.discard(None)
    return next(iter(states)) if len(states) == 1 else None
