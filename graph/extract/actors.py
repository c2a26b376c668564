"""Actor resolution: which actor each token of a document refers to.

`ActorResolver.read(doc)` resolves, in order: named entities (reference actors first, then people,
organisations and acting places; page furniture, headline fragments and places used as places are not
actors), role nouns, state bodies, demonyms and groups (graph/extract/roles.py), affiliations from
appositions (graph/extract/affiliations.py) and pronouns (graph/extract/coref.py). Stance detection then
asks `actor_at(token)` or `actors_at(token)` for subjects, possessors, agents and objects.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from graph.extract import lexicon as lx
from graph.extract.acronyms import introduced_acronym, without_acronym
from graph.extract.affiliations import link_affiliations
from graph.extract.anaphora import (
    place_unqualified_ministries,
    resolve_body_spokespeople,
    resolve_definite_nouns,
    resolve_pairs,
)
from graph.extract.boilerplate import LineKind, LineMap
from graph.extract.coref import resolve_possessed_bodies, resolve_pronouns
from graph.extract.doc_text import text_of
from graph.extract.holder_names import surname_speaking
from graph.extract.media import medium_of_speech, news_agency
from graph.extract.member_groups import organisation_named_for
from graph.extract.name_spans import name_joined_by_and, person_after_person_noun, person_cut_short, without_sum
from graph.extract.names import (
    Name,
    acting_place,
    in_slogan,
    name_of,
    names_a_document,
    not_a_name,
    not_an_actor_name,
    person_named_like_a_place,
    trim_at_line_break,
)
from graph.extract.people import People, surname_supported
from graph.extract.quoted import resolve_quoted_speakers
from graph.extract.reference import ReferenceActor, ReferenceIndex, pick_office_holder, reference_index
from graph.extract.role_nouns import PERSONAL_BODIES, STATE_BODIES
from graph.extract.roles import resolve_roles
from graph.extract.scan import entity_spans, where
from graph.extract.titled import resolve_titled_people, titled_without_state
from graph.iris import slugify
from graph.records import Actor

ENTITY_KINDS = {"PERSON": "Person", "ORG": "Organization", "GPE": "State"}
# A place after one of these prepositions is a location ("talks in Geneva"), not an actor.
# from an actor: "criticism from Moscow", "drew praise from X", "an apology from X", "a response from X"
_SENT_FROM = frozenset(lx.NOUNS) | lx.RECEIVING_VERBS | lx.ASKED_THINGS | {"answer", "response"}
PLACE_PREPOSITIONS = {"in", "from", "at", "near", "inside", "outside", "across", "throughout", "around",
                      "within", "into", "through", "via", "toward", "towards", "of"}
PLACE_NOUNS = {"region", "area", "city", "province", "oblast", "district", "suburb", "outskirts", "airport",
               "border", "port", "street", "square", "state", "county", "town", "village"}
MOVEMENT_VERBS = {"leave", "visit", "reach", "enter", "flee", "tour", "arrive", "return", "land", "depart",
                  # a place an army takes or strikes: "an offensive to take Gaza City", "shelled Kharkiv"
                  "take", "capture", "seize", "recapture", "retake", "storm", "occupy", "besiege", "encircle",
                  "shell", "bomb", "invade", "overrun"}


# the halves of a divided state named by a compass word alone: "the North" (of Korea)
_COMPASS = frozenset(("North", "South"))


# small words an acronym leaves out: "International Court of Justice" is ICJ
_SKIPPED_IN_ACRONYMS = frozenset(("of", "the", "and", "for", "&"))

class ActorResolver:
    """Maps the tokens of one document to actors, merging every way the text names the same actor."""

    def __init__(self, *, index: ReferenceIndex | None = None) -> None:
        self.index = index or reference_index()
        self.reference = self.index.actors
        self.actors: dict[str, Actor] = {}
        self._mentioned: set[str] = set()
        self._at: dict[int, tuple[str, ...]] = {}
        self._gender: dict[str, str] = {}
        self._groups: dict[str, Actor] = {}  # registered in `actors` only once a stance asks for them
        self._acronyms: dict[str, str] = {}  # "AOSIS" -> the key of "Alliance of Small Island States"
        self._lines = LineMap("")

    # --- the questions stance detection asks
    def actor_at(self, token: Token) -> Actor | None:
        """The actor that `token` refers to (part of a name, a pronoun, a role noun ...), if any.

        This is the one question the stance detector asks of actor resolution.
        """
        keys = self._at.get(token.i)
        if not keys and token.dep_ == "case" and token.i > 0:  # the "'s" of "Putin's"
            keys = self._at.get(token.head.i)
        return self._actor(keys[0]) if keys else None

    def actors_at(self, token: Token) -> list[Actor]:
        """Every actor `token` refers to, with its conjuncts: "Russia and Ukraine" -> [Russia, Ukraine]."""
        keys = list(self._at.get(token.i, ()))
        for other in token.conjuncts if keys else ():
            keys.extend(self._at.get(other.i, ()))
        return [self._actor(key) for key in dict.fromkeys(keys)]

    def actor_for_span(self, span: Span) -> Actor | None:
        """The actor a span refers to: its root's, else its first token's that has one."""
        for token in (span.root, *span):
            actor = self.actor_at(token)
            if actor is not None:
                return actor
        return None

    @property
    def mentioned(self) -> set[str]:
        """Keys of every actor the document names."""
        return set(self._mentioned)

    # --- reading a document
    def read(self, doc: Doc) -> None:
        """Resolve every actor mention of a parsed document."""
        self._lines = LineMap(text_of(doc))
        lower = text_of(doc).lower()
        people = People(self.index, supported=lambda key: surname_supported(self.index, key, lower))
        entities = [e for e in (self._entity(ent) for ent in entity_spans(doc)) if e is not None]
        for span, name, line in entities:
            if line is LineKind.BODY and span.label_ == "PERSON" and len(name.words) > 1:
                people.learn(name.text, at=span.start)
        persons: list[tuple[Span, str]] = []
        for span, name, line in entities:
            key = self._resolve_entity(span, name, line, people)
            if key is not None and self.actors[key].kind == "Person" and line is LineKind.BODY:
                persons.append((span, key))
        self._surnames_missed_by_ner(doc, people)
        self._short_forms_missed_by_ner(doc)
        resolve_roles(doc, self)
        resolve_definite_nouns(doc, self)
        resolve_body_spokespeople(doc, self)  # after definite nouns: "the ministry's spokesman"
        resolve_pairs(doc, self)
        resolve_titled_people(doc, self)
        place_unqualified_ministries(doc, self)
        resolve_pronouns(doc, self)
        resolve_quoted_speakers(doc, self)  # after pronouns: the speaker may be a "he"
        link_affiliations(doc, persons, self)  # after pronouns: "its president, Christine Lagarde"
        resolve_possessed_bodies(doc, self, STATE_BODIES, PERSONAL_BODIES)

    def _surnames_missed_by_ner(self, doc: Doc, people: People) -> None:
        """A capitalised surname of someone the document names, that the NER left out ("Okafor rejects"),
        or of a reference person the document supports, as a subject or possessor ("Trump wrote ...")."""
        surnames = people.surnames.keys() | self.index.surnames.keys()
        for i in sorted(where(doc, "LOWER", surnames) & where(doc, "POS", {"PROPN", "NOUN"})):
            token = doc[i]
            # a surname the recogniser took for a nationality ("with Greer saying") is one it missed
            if token.ent_type_ in ENTITY_KINDS or i in self._at or not token.text[:1].isupper() \
                    or self.in_headline(token.idx):
                continue
            if token.pos_ == "NOUN" and token.dep_ not in ("nsubj", "nsubjpass", "poss"):
                continue  # "Trump threatened ...", tagged as a common noun, is still its subject
            key = people.known(token.text, at=i)
            if key is not None and key not in self.actors and key in self.reference \
                    and token.dep_ in ("nsubj", "nsubjpass", "poss"):
                self._from_reference(self.reference[key], token.text)
            if key is not None and key in self.actors:
                self.assign([token], (key,), mention=True)

    def _named_in_full(self, name: Name) -> str | None:
        """The one organisation named before whose full name ends in this one word: "the European
        Commission ... the Commission", "the Hostages and Missing Families Forum ... the Forum"."""
        full = self._full_names().get(name.text, []) if len(name.words) == 1 else []
        return full[0] if len(full) == 1 else None

    def _spelled_out(self, word: str) -> str | None:
        """The one organisation named before whose words' initials the acronym is, letter for letter:
        "the British Medical Association ... the BMA's chair" (no parentheses introduced it)."""
        if not (word.isalpha() and word.isupper() and 2 <= len(word) <= 6):
            return None
        fits = [
            key
            for key, actor in self.actors.items()
            if actor.kind in ("Organization", "Government")
            and "".join(w[0] for w in actor.label.split() if w.lower() not in _SKIPPED_IN_ACRONYMS) == word
        ]
        return fits[0] if len(fits) == 1 else None

    def _full_names(self) -> dict[str, list[str]]:
        """Organisations of several words by their last word, in any name the text gave them ("the
        International Monetary Fund", labelled IMF, ... "the Fund")."""
        by_last: dict[str, list[str]] = {}
        for key, actor in self.actors.items():
            if actor.kind not in ("Organization", "Government"):
                continue
            for last in {n.split()[-1] for n in (actor.label, *actor.aliases) if len(n.split()) > 1}:
                by_last.setdefault(last, []).append(key)
        return by_last

    def _short_forms_missed_by_ner(self, doc: Doc) -> None:
        """An acronym the text introduced ("... Metal Workers (GUMW)"), or the last word of an
        organisation named in full before, after "the" ("the Commission"), where the NER found none."""
        for i in sorted(where(doc, "ORTH", set(self._acronyms))) if self._acronyms else ():
            if i not in self._at and not (i > 0 and doc[i - 1].text == "("):
                self.assign([doc[i]], (self._acronyms[doc[i].text],), mention=True)
        self._halves_of_divided_states(doc)
        full = {word: keys[0] for word, keys in self._full_names().items() if len(keys) == 1}
        for i in sorted(where(doc, "ORTH", set(full)) & where(doc, "POS", {"PROPN"})) if full else ():
            if i not in self._at and i > 0 and doc[i - 1].lower_ == "the":
                self.assign([doc[i]], (full[doc[i].text],), mention=True)

    def _halves_of_divided_states(self, doc: Doc) -> None:
        """ "the North", "the South" in a text naming one half of a divided state ("South Korea warned the
        North", "Sudan ... the South"): the state of that name, the other half when the text names only one."""
        named = [a.label for a in self.actors.values() if a.kind == "State"]
        # the name after the compass word of a half named ("Korea" of "South Korea"), or a whole ("Sudan")
        rests = {label.split(" ", 1)[1] for label in named if label.split(" ", 1)[0] in _COMPASS and " " in label}
        rests |= set(named)
        for i in sorted(where(doc, "ORTH", _COMPASS) & where(doc, "POS", {"PROPN"})) if named else ():
            if i in self._at or i == 0 or doc[i - 1].lower_ != "the" or doc[i].dep_ == "compound":
                continue
            found = {self.index.names.get(f"{doc[i].text} {rest}".lower()) for rest in rests} - {None}
            keys = {k for k in found if k in self.reference and self.reference[k].kind == "State"}
            if len(keys) == 1:
                self.assign([doc[i]], (keys.pop(),), mention=True)

    def _entity(self, ent: Span) -> tuple[Span, Name, LineKind] | None:
        span = name_joined_by_and(person_after_person_noun(person_cut_short(without_acronym(without_sum(ent)))))
        if span.label_ not in ENTITY_KINDS or self._lines.in_dateline(ent.start_char):
            return None  # "GENEVA (Reuters) -" opens the story, it takes no stance
        span = person_named_like_a_place(trim_at_line_break(span), self.index)
        line = self._lines.kind_at(ent.start_char) if len(span) else LineKind.FURNITURE
        name = name_of(span, person=span.label_ == "PERSON") if line is not LineKind.FURNITURE else None
        return (span, name, line) if name is not None else None

    def _resolve_entity(self, span: Span, name: Name, line: LineKind, people: People) -> str | None:
        ref = self.reference.get(span.id_) if span.id_ else None
        key: str | None
        if ref is not None:
            if (name.text.lower() in self.index.metonyms and self._used_as_place(span)) or in_slogan(span.root):
                return None
            key = self._from_reference(ref, name.text)
        elif not_a_name(span, name, self.index) or not_an_actor_name(span, name) or medium_of_speech(span):
            return None
        elif news_agency(name.text):
            key = self._new(name.text, "Organization")  # "Xinhua" is no person
        elif span.label_ == "PERSON" or (len(name.words) == 1 and people.known(name.text)) \
                or surname_speaking(span, self.index):
            key = self._person(span, name, line, people)
        elif line is LineKind.HEADLINE:
            return None
        elif span.label_ == "GPE" and (self._used_as_place(span) or acting_place(span) is False):
            return None
        elif name.text in self._acronyms:
            key = self._acronyms[name.text]
        elif (short := self._named_in_full(name)) is not None:
            key = short
        elif (spelled := self._spelled_out(name.text)) is not None:
            key = spelled
            self.actors[key].aliases.add(name.text)  # "CNS" is how the text names Christian News Service
        elif span.label_ not in ENTITY_KINDS:
            return None  # no kind to give it (a span that lost its label on the way)
        else:
            key = self._new(name.text, ENTITY_KINDS[span.label_])
        acronym = introduced_acronym(span) if span.label_ == "ORG" else None
        if key is not None and acronym is not None:
            self._acronyms.setdefault(acronym, key)
            self.actors[key].aliases.add(acronym)
        if key is not None:
            self.assign(_name_tokens(span, name, self.actors[key], line), (key,), mention=True)
        return key

    def _person(self, span: Span, name: Name, line: LineKind, people: People) -> str | None:
        if line is LineKind.HEADLINE:  # only names the body confirms: "Putin Digs" -> Putin
            key = people.known(name.text)
            for word in name.words if key is None else ():
                key = people.known(word)
                if key is not None:
                    name = Name(word, name.start, name.end, name.titles, name.gender)
                    break
        else:
            key = people.resolve(name.text, at=span.start)
        if key is None:
            return None
        if name.gender:
            self._gender.setdefault(key, name.gender)
        ref = self.reference.get(key)
        if ref is not None:
            return self._from_reference(ref, name.text)
        actor = self.actors.get(key)
        if actor is None:
            actor = self.actors[key] = Actor(key=key, label=name.text, kind="Person")
        elif len(name.words) > len(actor.label.split()):
            actor.label = name.text  # the fullest form names the node
        actor.aliases.add(name.text)
        return key

    def _used_as_place(self, span: Span) -> bool:
        """A dateline, "in Berlin", "from Geneva", "the Kursk region": a location, not an actor."""
        root = span.root
        while root.dep_ == "conj" and root.head.i != root.i:
            root = root.head
        if self._lines.in_dateline(span.start_char):
            return True
        if root.dep_ == "pobj" and root.head.lower_ in PLACE_PREPOSITIONS:  # not "criticism from Moscow"
            if root.head.lower_ == "of" and root.head.head.lemma_.lower() in lx.NOUNS:
                return False  # "Ankara's criticism of Stockholm", "the demands of Moscow": who, not where
            return not (root.head.lower_ == "from" and root.head.head.lemma_.lower() in _SENT_FROM)
        if root.dep_ == "dobj" and root.head.lemma_.lower() in MOVEMENT_VERBS:  # "left Cairo", "visited Kyiv"
            return True
        compound = root.dep_ in ("compound", "amod")  # "the Kursk region"; "the Paris climate agreement"
        return (compound and root.head.lemma_.lower() in PLACE_NOUNS) or names_a_document(root)

    def _from_reference(self, ref: ReferenceActor, surface: str) -> str:
        actor = self.actors.get(ref.key)
        if actor is None:
            actor = self.actors[ref.key] = Actor(
                key=ref.key, label=ref.label, kind=ref.kind, represents=ref.represents,
                same_as=set(ref.same_as), offices=set(ref.offices), country=ref.country,
            )
        actor.aliases.add(surface)
        return ref.key

    def _new(self, label: str, kind: str) -> str:
        key = slugify(label)
        actor = self.actors.setdefault(key, Actor(key=key, label=label, kind=kind))
        actor.aliases.add(label)
        return key

    def _actor(self, key: str) -> Actor:
        if key not in self.actors:
            self.actors[key] = self._groups[key] if key in self._groups else self._reference_actor(key)
        return self.actors[key]

    def _reference_actor(self, key: str) -> Actor:
        self._from_reference(self.reference[key], self.reference[key].label)
        return self.actors[key]

    # --- what roles, pronouns and affiliations ask and tell (see their Protocols)
    def keys_at(self, i: int) -> tuple[str, ...]:
        return self._at.get(i, ())

    def mapped(self) -> list[int]:
        return list(self._at)

    def kind_of(self, key: str) -> str:
        actor = self.actors.get(key) or self._groups.get(key)
        return actor.kind if actor else self.reference[key].kind

    def country_of(self, key: str) -> str | None:
        actor = self.actors.get(key)
        return actor.country if actor else None

    def gender_of(self, key: str) -> str | None:
        return self._gender.get(key)

    def offices_of(self, key: str) -> set[str]:
        actor = self.actors.get(key)
        return actor.offices if actor else set()

    def people(self) -> list[str]:
        return [k for k in self._mentioned if self.kind_of(k) == "Person"]

    def replace(self, old: str, new: str, *, label: str, kind: str, represents: str) -> None:
        """Re-point every mention of `old` to `new` (a reference actor, or one made with these fields)."""
        actor = self.actors.pop(old)
        self._mentioned.discard(old)
        if new in self.reference:
            self._from_reference(self.reference[new], actor.label)
        else:
            self.actors[new] = Actor(key=new, label=label, kind=kind, represents=represents,
                                     country=represents, aliases=set(actor.aliases))
        self._at = {i: tuple(new if k == old else k for k in keys) for i, keys in self._at.items()}
        self._mentioned.add(new)

    def line_of(self, char: int) -> int:
        return self._lines.line_of(char)

    def in_furniture(self, char: int) -> bool:
        return self._lines.kind_at(char) is LineKind.FURNITURE

    def dateline_places(self) -> list[str]:
        return self._lines.dateline_places()

    def in_headline(self, char: int) -> bool:
        return self._lines.kind_at(char) is LineKind.HEADLINE

    def office_holder(self, state: str, office_word: str | None) -> str | None:
        """The person holding an office of `state`: one the document names first, else the reference one."""
        named = [a.key for a in self.actors.values() if a.kind == "Person" and a.country == state]
        return (pick_office_holder(named, lambda key: self.actors[key].offices, office_word, state=state)
                or titled_without_state(self.actors.values(), state, office_word, self.label_of(state))
                or self.index.office_holder(state, office_word))

    def assign(self, tokens: list[Token], keys: tuple[str, ...], *, mention: bool) -> None:
        for token in tokens:
            self._at[token.i] = keys
        for key in keys:
            if key in self.reference and key not in self.actors:
                self._reference_actor(key)
            if mention:
                self._mentioned.add(key)

    def group(self, label: str) -> str:
        named = organisation_named_for(label, self.actors)  # "small island states": their alliance
        if named is not None:
            return named
        key = slugify(label)
        if key not in self.actors and key not in self._groups:
            self._groups[key] = Actor(key=key, label=label, kind="Group")
        return key

    def adopt_body(self, tokens: list[Token], key: str | None, *, label: str, kind: str,
                   represents: str | None) -> str:
        """Point `tokens` at a body of a state (graph/extract/bodies.py): the reference actor `key`, else
        one made from the fields. An organisation the NER made of the same words ("Defence Ministry")
        and that no other token names is dropped: the body replaces it."""
        if key is None:
            key = slugify(label)
            self.actors.setdefault(key, Actor(key=key, label=label, kind=kind, represents=represents,
                                              country=represents))
        before = {k for t in tokens for k in self._at.get(t.i, ())} - {key}
        self.assign(tokens, (key,), mention=True)
        self.actors[key].aliases.add(_as_written([t for t in tokens if t.lower_ != "the"]))
        named = {k for keys in self._at.values() for k in keys}
        for orphan in before - named:
            if orphan not in self.reference:
                self.actors.pop(orphan, None)
                self._mentioned.discard(orphan)
        return key

    def add_alias(self, key: str, alias: str) -> None:
        """Another name the text gives an actor: "Russia's prosecutor general" in apposition to a person."""
        self._actor(key).aliases.add(" ".join(alias.split()))

    def give_office(self, person: str, state: str, office: str) -> None:
        """A title the text gives a person not in the reference actors ("Serbian President X")."""
        actor = self.actors[person]
        if person not in self.reference:
            actor.country = actor.country or state or None  # "" for a title with no state yet
            actor.offices.add(office)

    def label_of(self, key: str) -> str:
        return self._actor(key).label

    def affiliate(self, person: str, organisation: str) -> None:
        self.actors[person].affiliated_with.add(organisation)


def _name_tokens(span: Span, name: Name, actor: Actor, line: LineKind) -> list[Token]:
    """The tokens that name the actor: the span with its titles; in a headline only the words of the name."""
    tokens = list(span.doc[min(name.start, span.start): span.end])
    if line is LineKind.HEADLINE:
        words = {w.lower() for a in actor.aliases | {actor.label} for w in a.split()}
        tokens = [t for t in tokens if t.lower_ in words] or tokens
    return tokens


def _as_written(tokens: list[Token]) -> str:
    """Tokens joined as the text spaces them ("minister's office", not "minister 's office"), with a
    space where a word between them is left out."""
    parts = [t.text + (t.whitespace_ if n + 1 < len(tokens) and tokens[n + 1].i == t.i + 1 else " ")
             for n, t in enumerate(tokens)]
    return " ".join("".join(parts).split())
