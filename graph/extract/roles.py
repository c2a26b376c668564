"""Actors named by common nouns: role nouns, state bodies, demonyms, groups and partitives.

General English patterns, each with its own case in tests/graph/extract/cases/roles.toml:

- a state body modified by a state: "Israeli police", "the Iraqi government", "the Russian side",
  "U.S. officials", "Israeli tanks", "Senior Hungarian and Romanian officials" -> the state(s);
- a leader noun modified by a state: "the Ukrainian leader", "Russia's president", "the president of
  France" -> the office holder named in the document, else the one in the reference actors, else the
  state itself ("Taiwan's vice foreign minister");
- an administration noun modified by a leader: "the Trump administration", "Trump administration
  officials" -> the leader's state;
- a plural demonym used as a noun: "the Russians", "Ukrainians" -> the state ("Kurds" -> a group);
- a group noun named after an organisation: "Hamas militants" -> Hamas;
- a body owned by a person: "Netanyahu's office", "Trump's team" -> the person;
- a plural group noun: "analysts", "Ukraine's backers", "Fijian rebels" -> a Group actor named by the
  phrase (a demonym does not make rebels or investors the state);
- a partitive: "members of X", "a group of Moroccan diplomats" -> what X is; but "thousands of
  Nigerians" are a group of people, not the state.

`resolve_roles` walks the noun tokens once, left to right, so a modifier is resolved before its head
("Trump administration" before "officials"); partitives come last, once their "of" phrase is resolved.
"""
from __future__ import annotations

from functools import cache
from typing import Protocol

from spacy.tokens import Doc, Token

from graph.extract.bodies import (
    BODY_NOUNS,
    NEEDS_PORTFOLIO,
    body_kind,
    body_label,
    is_body,
    office_label,
    office_title,
    portfolio_of,
    reference_body,
    spoken_for,
)
from graph.extract.names import emphatic
from graph.extract.phrases import (
    MODIFIER_DEPS,
    coordinated_noun,
    entity_text,
    group_label,
    phrase_of,
    written,
)
from graph.extract.reference import ReferenceIndex
from graph.extract.role_nouns import (
    ADMINISTRATIONS,
    COLLECTIVES,
    GROUPS,
    LEADERS,
    MINISTERS,
    NON_STATE_MODIFIERS,
    ORGANISATION_ROLES,
    PARTITIVES,
    PERSONAL_BODIES,
    QUANTITIES,
    RELATIONAL,
    STATE_BODIES,
    TITLED_ROLES,
    WORKFORCE,
)
from graph.extract.scan import where


class RoleHost(Protocol):
    """What role resolution needs from the actor resolver."""

    index: ReferenceIndex

    def keys_at(self, i: int) -> tuple[str, ...]: ...
    def kind_of(self, key: str) -> str: ...
    def country_of(self, key: str) -> str | None: ...
    def office_holder(self, state: str, office_word: str | None) -> str | None: ...
    def assign(self, tokens: list[Token], keys: tuple[str, ...], *, mention: bool) -> None: ...
    def group(self, label: str) -> str: ...
    def in_furniture(self, char: int) -> bool: ...
    def in_headline(self, char: int) -> bool: ...
    def give_office(self, person: str, state: str, office: str) -> None: ...
    def label_of(self, key: str) -> str: ...
    def adopt_body(self, tokens: list[Token], key: str | None, *, label: str, kind: str,
                   represents: str | None) -> str: ...
    def add_alias(self, key: str, alias: str) -> None: ...


def resolve_roles(doc: Doc, host: RoleHost) -> None:
    """Map role, state-body, demonym, group and partitive nouns of `doc` to actors (module docstring)."""
    partitives: list[Token] = []
    spokespeople: list[tuple[Token, Token]] = []
    candidates = where(doc, "LEMMA", _role_lemmas()) | where(doc, "ENT_TYPE", {"NORP"}) | where(doc, "TAG", {"NNPS"})
    for i in sorted(candidates):
        token = doc[i]
        if token.pos_ not in ("NOUN", "PROPN", "NUM", "PRON", "ADJ") or host.in_furniture(token.idx) \
                or host.in_headline(token.idx):  # title case: "Army Rejects Plan" names no group
            continue
        lemma = token.lemma_.lower()
        if lemma in PARTITIVES and any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
            partitives.append(token)
            continue
        spoken = spoken_for(token)
        if spoken is not None:
            spokespeople.append((token, spoken))  # once "for X" is resolved: X may come later
        elif lemma in ORGANISATION_ROLES and _appositive_organisation(token, host):
            continue
        elif _named_organisation(token, host):
            continue  # "Syrian Democratic Forces" is the organisation the NER named, not Syria's forces
        elif token.ent_type_ == "NORP" or (token.tag_ == "NNPS" and token.text[:1].isupper()
                                           and not any(emphatic(t.text) for t in phrase_of(token))):
            _demonym_noun(token, host)  # "the Russians"; not "ADDITIONAL Tariffs" (names.py)
        elif lemma in STATE_BODIES or lemma in LEADERS or lemma in GROUPS or lemma in TITLED_ROLES \
                or lemma in PERSONAL_BODIES or lemma in BODY_NOUNS:
            _role_noun(token, lemma, host)
    for token, spoken in spokespeople:  # "a spokesman for the German foreign ministry" speaks for it
        keys = host.keys_at(spoken.i)
        if keys and not host.keys_at(token.i):
            host.assign(phrase_of(token), keys[:1], mention=False)
    for token in partitives:
        whole = [c for p in token.children if p.dep_ == "prep" and p.lower_ == "of"
                 for c in p.children if c.dep_ == "pobj"]
        keys = host.keys_at(whole[0].i) if whole else ()
        if keys and token.lemma_.lower() in QUANTITIES and whole[0].ent_type_ == "NORP":
            keys = (host.group(group_label(whole[0])),)  # "thousands of Israelis": people, not the state
        if keys and not host.keys_at(token.i):
            host.assign(phrase_of(token), keys, mention=False)


@cache
def _role_lemmas() -> frozenset[str]:
    """The lemmas `resolve_roles` starts from, lowercase and capitalised (the word lists are constants,
    so the set is built once, not once a document)."""
    lexicon = STATE_BODIES | LEADERS.keys() | GROUPS | PARTITIVES | TITLED_ROLES | PERSONAL_BODIES \
        | BODY_NOUNS.keys() | ORGANISATION_ROLES
    return frozenset(lexicon | {w.capitalize() for w in lexicon})


def _role_noun(token: Token, lemma: str, host: RoleHost) -> None:
    if lemma in TITLED_ROLES and (_appositive_person(token, lemma, host) or _title_of_name(token, host)):
        return
    if lemma in PERSONAL_BODIES:
        owners = [k for c in token.children if c.dep_ in ("poss", "compound") for k in host.keys_at(c.i)
                  if host.kind_of(k) == "Person"]
        if owners:
            host.assign([token], (owners[0],), mention=False)
            return
    title = office_title(token)
    if title is not None and _leader_office(token, title, host):
        return
    states, organisations = _modifier_actors(token, lemma, host)
    if _outside_the_state(token) or token.tag_ in ("NNS", "NNPS") and lemma in RELATIONAL:
        # "Kenya's opposition leader(s)", "Hungary's EU partners": people of the country or of the bloc,
        # not the state or the bloc itself
        states, organisations = [], []
    if not states and token.dep_ == "compound" and token.head.lemma_.lower() in TITLED_ROLES:
        states = _modifier_actors(token.head, token.head.lemma_.lower(), host)[0]  # "the Indian foreign
        # ministry spokesman": the state modifies the spokesman, the ministry is its
    if lemma in BODY_NOUNS and _state_body(token, lemma, states, host):
        return
    states = _bodies_over_their_states(states, host)
    if (lemma in LEADERS or lemma in MINISTERS) and _leader(token, lemma, states, host):
        return
    if states and (lemma in STATE_BODIES or lemma in TITLED_ROLES):  # "Chad's army chief"
        host.assign([t for t in phrase_of(token) if not host.keys_at(t.i)] if lemma in TITLED_ROLES
                    else phrase_of(token), tuple(states), mention=True)
    elif organisations and lemma in GROUPS | STATE_BODIES | TITLED_ROLES and lemma not in WORKFORCE:
        # "Sudan's army chief", "Hamas militants"
        host.assign(phrase_of(token), tuple(organisations[:1]), mention=True)
    elif lemma in GROUPS and (token.tag_ in ("NNS", "NNPS")
                              or (lemma in COLLECTIVES and group_label(token) != token.text)) and not (
            token.dep_ == "poss" and token.head.lemma_.lower() in COLLECTIVES):  # "the farmers' union" is one
        free = [t for t in phrase_of(token) if not host.keys_at(t.i)]  # "Washington" stays the state
        host.assign(free, (host.group(group_label(token)),), mention=False)


def _outside_the_state(token: Token) -> bool:
    """Whether a modifier says the people are not the state's: "opposition leaders", "union officials"."""
    return any(c.dep_ in ("compound", "amod") and c.lower_ in NON_STATE_MODIFIERS for c in token.lefts)


def _state_body(token: Token, lemma: str, states: list[str], host: RoleHost) -> bool:
    """ "China's commerce ministry", "the Chadian army", "Brazil's Supreme Court": one body that represents
    the state (graph/extract/bodies.py); "the foreign ministry" with no state is an organisation that
    anaphora.py places once the text says whose it is."""
    own = host.keys_at(token.i)
    if own and not all(_local_organisation(k, host) for k in own) or not is_body(token):
        return False
    if len(states) > 1 or (states and host.kind_of(states[0]) != "State"):
        return False
    portfolio = portfolio_of(token, skip={t.i for t in token.lefts if _keyed_elsewhere(t, own, host)})
    if lemma in NEEDS_PORTFOLIO and not portfolio:
        return False
    phrase = phrase_of(token)
    tokens = [t for t in phrase if t.dep_ != "case" and not _keyed_elsewhere(t, own, host)]
    if not states:
        if lemma != "ministry" or own or not any(c.lower_ == "the" for c in token.lefts):
            return False
        host.adopt_body(tokens, None, label=f"{portfolio} Ministry", kind="Organization", represents=None)
        return True
    state = states[0]
    key = host.adopt_body(tokens, reference_body(host.index, state, lemma, portfolio),
                          label=body_label(lemma, portfolio, host.label_of(state)), kind=body_kind(lemma),
                          represents=state)
    host.add_alias(key, written(phrase))  # "South Korea's spy agency", as the press names it
    return True


def _leader_office(token: Token, title: str, host: RoleHost) -> bool:
    """ "the prime minister's office" that no person answers to: the office itself, of the state the
    leader noun names if any (graph/extract/bodies.py office_title)."""
    owner = next(c for c in token.lefts if c.dep_ == "poss")
    owners = host.keys_at(owner.i)
    states = [k for k in owners if host.kind_of(k) == "State"]
    if owners and not states:
        return False
    state = states[0] if states else None
    phrase = phrase_of(token)
    tokens = [t for t in phrase if not host.keys_at(t.i) and t.dep_ != "case"]
    key = host.adopt_body(tokens, None, label=office_label(title, state and host.label_of(state)),
                          kind="Government" if state else "Organization", represents=state)
    host.add_alias(key, written(phrase))
    return True


def _bodies_over_their_states(states: list[str], host: RoleHost) -> list[str]:
    """ "the Indian foreign ministry spokesman" speaks for the ministry, not for India and the ministry:
    a state that a body among the modifiers represents gives way to the body."""
    represented = {_represented(k, host) for k in states if host.kind_of(k) == "Government"}
    return [k for k in states if k not in represented]


def _represented(key: str, host: RoleHost) -> str | None:
    ref = host.index.actors.get(key)
    return ref.represents if ref is not None else host.country_of(key)


def _local_organisation(key: str, host: RoleHost) -> bool:
    """An organisation the NER found in this text ("Defence Ministry"), not a reference actor."""
    return key not in host.index.actors and host.kind_of(key) == "Organization"


def _keyed_elsewhere(token: Token, own: tuple[str, ...], host: RoleHost) -> bool:
    """A word of the phrase that names another actor: the "China" of "China's commerce ministry"."""
    keys = host.keys_at(token.i)
    return bool(keys) and keys != own


def _named_organisation(token: Token, host: RoleHost) -> bool:
    """A word of an organisation's name ("Forces" of "Syrian Democratic Forces"), capitalised and
    already resolved to that organisation: a name, not a role noun or a demonym."""
    keys = host.keys_at(token.i)
    if token.lemma_.lower() in BODY_NOUNS:  # "Brazil's Supreme Court": a body of the state (bodies.py)
        return False
    return bool(keys) and token.text[:1].isupper() and token.ent_type_ == "ORG" \
        and all(host.kind_of(k) == "Organization" for k in keys)


def _appositive_organisation(token: Token, host: RoleHost) -> bool:
    """ "Germany's largest union, IG Metall, ...", "Boeing, the planemaker, ...": a noun for a kind of
    organisation in apposition to a named organisation is that organisation."""
    if token.tag_ not in ("NN", "NNP") or host.keys_at(token.i) and not all(
            _local_organisation(k, host) for k in host.keys_at(token.i)):
        return False
    named = [c for c in token.children if c.dep_ == "appos"] + ([token.head] if token.dep_ == "appos" else [])
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if after is not None and after.ent_iob_ == "B" and after.ent_type_ == "ORG" and token.is_lower:
        named.append(after)  # "the rail union ASLEF": a close apposition, however the parser hangs it
    keys = [k for n in named for k in host.keys_at(n.i) if host.kind_of(k) == "Organization"]
    if not keys:
        return False
    own = host.keys_at(token.i)
    host.assign([t for t in phrase_of(token) if t.dep_ != "case" and not _keyed_elsewhere(t, own, host)],
                (keys[0],), mention=True)
    return True


def _title_of_name(token: Token, host: RoleHost) -> bool:
    """ "AOSIS chair Cedric Schuster": a lower-case title right before a person's name belongs to the
    name (its titles), not to the body that modifies it."""
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return token.is_lower and after is not None and after.pos_ == "PROPN" and any(
        host.kind_of(k) == "Person" for k in host.keys_at(after.i)
    )


def _appositive_person(token: Token, lemma: str, host: RoleHost) -> bool:
    """ "Kenya's president, William Ruto, said ...", "the army chief, General X Y", "X Y, Russia's
    prosecutor general,": the role noun is the person named in apposition; a leader noun of one state
    also gives the person that office, and a definite role phrase of a state is one of the person's
    names ("Russia's prosecutor general")."""
    named = [c for c in token.children if c.dep_ == "appos"] + ([token.head] if token.dep_ == "appos" else [])
    people = [k for c in named for k in host.keys_at(c.i) if host.kind_of(k) == "Person"]
    if not people or token.tag_ in ("NNS", "NNPS"):
        return False
    states, _ = _modifier_actors(token, lemma, host)
    if len(states) == 1 and lemma in LEADERS and lemma != "leader":
        host.give_office(people[0], states[0], f"{token.text.title()} of {host.label_of(states[0])}")
    if len(states) == 1 and any(c.dep_ == "poss" or c.lower_ == "the" for c in token.lefts):
        words = [t for t in phrase_of(token) if t.lower_ != "the"]
        host.add_alias(people[0], token.doc[words[0].i: token.i + 1].text)
    host.assign([token], (people[0],), mention=True)  # "Kenya's" stays the state, "army" the army
    return True


def _demonym_noun(token: Token, host: RoleHost) -> None:
    """ "the Russians", "Ukrainians" used as a noun (not as an adjective) -> the state; "Kurds" -> a group."""
    nationality = token.text.endswith("s") or any(c.lower_ == "the" for c in token.lefts)  # "the Dutch"
    if token.dep_ in ("amod", "compound") or not nationality or token.pos_ not in ("NOUN", "PROPN", "ADJ"):
        return
    state = host.index.state_of_demonym(entity_text(token))
    if state is not None:
        host.assign(phrase_of(token), (state,), mention=True)
    elif token.ent_type_ in ("NORP", "PERSON", "") and not host.keys_at(token.i):  # "Bosnian Serbs" too
        host.assign(phrase_of(token), (host.group(group_label(token)),), mention=False)


def _modifier_actors(token: Token, lemma: str, host: RoleHost) -> tuple[list[str], list[str]]:
    """States the modifiers of `token` name (demonyms, state names, a leader's state as in "Trump
    administration"), and organisations they name ("Hamas militants")."""
    states: list[str] = []
    organisations: list[str] = []
    modifiers = [c for c in token.children if c.dep_ in MODIFIER_DEPS and not coordinated_noun(c)]
    if lemma in STATE_BODIES or lemma in LEADERS or lemma in TITLED_ROLES:
        # "the government of Iraq", "the head of the IAEA", not "backers of Ukraine"
        # a title before a name takes the name's "of": "Foreign Minister Ana Lima of Brazil"
        heads = (token, token.head) if token.dep_ == "compound" else (token,)
        modifiers += [c for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ == "of"
                      for c in p.children if c.dep_ == "pobj"]
    for modifier in modifiers:
        for word in (modifier, *modifier.conjuncts):
            keys = host.keys_at(word.i)
            if not keys and word.text[:1].isupper() and word.pos_ in ("ADJ", "PROPN", "NOUN"):
                text = entity_text(word)
                state = host.index.state_of_demonym(text) if word.ent_type_ == "NORP" else \
                    host.index.demonyms.get(text.lower())
                keys = (state,) if state else ()
            own = host.index.names.get(word.text.lower()) \
                if word.dep_ == "poss" and word.pos_ == "PROPN" and word.ent_id_ != token.ent_id_ \
                and lemma in ADMINISTRATIONS | {"authority", "regime", "leadership"} else None
            if own and own not in keys and host.kind_of(own) == "State":
                keys = (own,)  # "Sudan's army-backed government": the state, not the army the ruler matched
            for key in keys:
                kind = host.kind_of(key)
                if kind == "State" or (kind == "Government" and lemma in STATE_BODIES | TITLED_ROLES):
                    states.append(key)
                elif kind == "Person" and lemma in ADMINISTRATIONS | STATE_BODIES and host.country_of(key):
                    states.append(host.country_of(key))  # type: ignore[arg-type]
                elif kind == "Organization" and (word.dep_ == "compound" or lemma in TITLED_ROLES):
                    organisations.append(key)  # "Hamas militants"; "NATO's chief", "the head of the IAEA"
    if not states and lemma in STATE_BODIES:  # "security forces in Guinea", "officials in Washington"
        states = [k for p in token.children if p.dep_ == "prep" and p.lower_ == "in"
                  for o in p.children if o.dep_ == "pobj" for c in (o, *o.conjuncts)
                  for k in host.keys_at(c.i) or _capital_of(c, host) if host.kind_of(k) == "State"]
    return list(dict.fromkeys(states)), organisations


def _capital_of(place: Token, host: RoleHost) -> tuple[str, ...]:
    """The state whose capital `place` is ("in Washington", "in Kyiv"): a place, not an actor, in itself,
    but the seat of the state its officials and forces there serve."""
    key = place.ent_id_
    return (key,) if key and key in host.index.actors and place.lower_ in host.index.metonyms else ()


def _leader(token: Token, lemma: str, states: list[str], host: RoleHost) -> bool:
    """ "the Ukrainian leader", "France's president", "the Russian foreign minister" -> the office holder."""
    if token.tag_ in ("NNS", "NNPS"):
        return False
    if not states:  # "President William Ruto": a title with no state, kept until the text names the state
        named = host.keys_at(token.head.i) if token.dep_ == "compound" else ()
        if named and host.kind_of(named[0]) == "Person" and lemma in LEADERS.keys() - {"leader"} | MINISTERS:
            host.give_office(named[0], "", _title(token))
        return False
    if len(states) != 1:
        return False
    office_word = LEADERS.get(lemma)
    if lemma in MINISTERS:
        words = [c.lower_ for c in token.children if c.dep_ in ("compound", "amod") and not c.ent_type_]
        office_word = f"{words[-1]} {lemma}" if words else None  # "foreign minister", "prime minister"
    named = host.keys_at(token.head.i) if token.dep_ == "compound" else ()
    holder = None
    if named and host.kind_of(named[0]) == "Person":  # "Serbian President Vojislav Kostunica" holds the title
        holder = named[0]
        host.give_office(holder, states[0], f"{_title(token)} of {host.label_of(states[0])}")
    elif office_word or lemma in LEADERS:
        holder = host.office_holder(states[0], office_word)
        if holder is not None:  # "Israel's defence minister": a name the text gives the holder
            host.add_alias(holder, written(phrase_of(token)))
    if holder is None:
        host.assign(phrase_of(token), (states[0],), mention=True)
    else:  # "Russia's president": "Russia" stays the state
        host.assign([t for t in phrase_of(token) if not host.keys_at(t.i)], (holder,), mention=True)
    return True


def _title(token: Token) -> str:
    """The title a role noun and its modifiers spell: "President", "Foreign Minister"."""
    words = [t.text.title() for t in phrase_of(token)
             if t.dep_ in ("compound", "amod") and not t.ent_type_ and t.i < token.i]
    return " ".join([*words, token.text.title()]).strip()
