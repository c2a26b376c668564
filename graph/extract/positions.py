"""Positions: what a stance is about, as a normalised label and a lemma key.

A position comes from a span of the parse (a clausal complement, an object phrase, an appositive).
The label drops leading determiners, possessives, "that"/"to" and edge punctuation; the key is the
lowercase lemmas of its content words, so "a complete halt to aid" and "the complete halt of aid" share
one key. Near-duplicates (same document or across documents) merge when their lemma sets overlap
enough (`similar`), never by exact string only.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

from spacy.tokens import Token

from graph.extract.boilerplate import in_dateline
from graph.extract.lexicon import HOLDER_NOUNS, NOTHING_WORDS, RELAXING_VERBS
from graph.records import Position, Stance

MAX_TOKENS = 30
_LEADING_DROP = frozenset({"det", "poss", "mark", "aux", "case", "punct", "cc", "predet", "prep"})
_QUOTES = frozenset("\"'“”‘’«»`")
_KEEP_LEADING = frozenset({"no", "all", "any", "every", "both", "each", "some"})
# overlap of lemma sets above which two positions are the same one (Jaccard, at least two content words)
SIMILARITY = 0.6
# words that turn a position into another, or its opposite, when only one of two keys has them: a stance
# noun against its content ("refusal to allow aid" is not "allow aid"; "Russia's offer of a pause" and "a
# pause" are one position, an offer's content being what it offers), a verb of lifting ("lift sanctions
# on X" is not "sanctions on X"), stopping or negation
TURNING_WORDS = RELAXING_VERBS | frozenset(
    "refusal rejection denial opposition objection veto condemnation criticism disagreement "
    "no not never without end halt stop lifting removal suspension easing cancellation withdrawal".split()
)
COMMON = 500


def position_of(tokens: Sequence[Token]) -> dict[str, Any] | None:
    """A position ({"label", "key"}) from tokens in document order, or None when nothing is left.

    The label keeps the words as written, minus the leading function words; the key is the lemmas of
    the content words (stop words, punctuation and quotes dropped).
    """
    # a dateline the parser hung on the clause ("LONDON — Resident doctors will strike") is no content
    words = [t for t in tokens if t.text not in _QUOTES and not in_dateline(t)]
    while words and _droppable(words[0]):
        words.pop(0)
    while words and (words[-1].is_punct or words[-1].dep_ in ("cc", "mark")):
        words.pop()
    if not words:
        return None
    words = words[:MAX_TOKENS]
    label = _join(words)
    lemmas = lemma_key(words)
    if not lemmas or len(label) < 3 or lemmas in NOTHING_WORDS:
        return None
    return {"label": label, "key": lemmas}


def _droppable(token: Token) -> bool:
    if token.lower_ in _KEEP_LEADING:
        return False
    if token.is_punct or token.tag_ in ("DT", "PRP$", "POS", "TO", "WDT", "CC"):
        return True
    if token.tag_ == "IN":  # "that ...", "whether ...", but not "during the talks ..."
        return token.dep_ == "mark" or token.lower_ in ("that", "whether", "if")
    return token.dep_ in _LEADING_DROP and token.pos_ not in ("NOUN", "PROPN", "VERB", "ADJ", "NUM")


def _join(words: Sequence[Token]) -> str:
    out: list[str] = []
    for i, t in enumerate(words):
        out.append(t.text)
        if i + 1 < len(words) and (t.whitespace_ or words[i + 1].i != t.i + 1):
            out.append(" ")
    return "".join(out).strip()


def lemma_key(words: Iterable[Token]) -> str:
    """The lemma key: content-word lemmas, lowercase, in text order, each once. spaCy's stop list holds a
    few content nouns ("move", "part", "call", "side"): a phrase of nothing else keys by those nouns, so
    "welcomed the move" keeps its position."""
    words = list(words)
    key = _lemmas(t for t in words if not t.is_stop)
    return key or _lemmas(t for t in words if t.pos_ in ("NOUN", "PROPN"))


def _lemmas(words: Iterable[Token]) -> str:
    seen: list[str] = []
    for t in words:
        if t.is_punct or t.text in _QUOTES or t.is_space:
            continue
        lemma = t.lemma_.lower().strip()
        if lemma and lemma not in seen:
            seen.append(lemma)
    return " ".join(seen)


def span_tokens(head: Token, *, exclude: Iterable[Token] = ()) -> list[Token]:
    """The subtree of `head` minus the subtrees of `exclude`, in document order, with the "to" phrase of
    "an end to ..." the parser hung elsewhere (stranded_complement)."""
    banned: set[int] = set()
    for ex in exclude:
        banned.update(t.i for t in ex.subtree)
    own = [t for t in head.subtree if t.i not in banned]
    stranded = stranded_complement(head)
    return sorted([*own, *stranded], key=lambda t: t.i) if stranded else own


# nouns of stopping whose "to" phrase is what is to stop: "an end to the siege", "a halt to the strikes"
STOPPING_NOUNS = frozenset("end halt stop".split())


def after_stopping_noun(word: Token) -> bool:
    """Whether `word` is the "to" right after "an end" / "a halt", however the parser tags it (an
    infinitive's auxiliary in "an end to unpaid overtime")."""
    return word.lower_ == "to" and word.i > 0 and word.doc[word.i - 1].lemma_.lower() in STOPPING_NOUNS


def stranded_complement(noun: Token) -> list[Token]:
    """The "to" phrase of "an end" / "a halt" that the parser hung on the verb or broke off ("demanding an
    end to forced overtime", "to" on the verb or left empty and "forced" read as a clause of the verb): it
    is what is to end, part of the noun's phrase. [] when the phrase is the noun's own or absent."""
    doc = noun.doc
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in STOPPING_NOUNS or noun.right_edge.i + 2 >= noun.sent.end:
        return []
    last = doc[noun.right_edge.i]
    own = last.lower_ == "to" and last.head.i == noun.i  # "an end to" with its object broken off
    to = last if own else doc[noun.right_edge.i + 1]
    if to.lower_ != "to":
        return []
    objects = [c for c in to.children if c.dep_ in ("pobj", "pcomp")]
    if objects and to.dep_ != "aux":
        return [] if own else [to, *(t for o in objects for t in o.subtree)]
    # "forced overtime" read as a clause, or "to unpaid overtime" as an infinitive ("to" its auxiliary)
    following = doc[to.i + 1]
    if (
        following.tag_ not in ("VBN", "JJ")
        or following.dep_ not in ("advcl", "xcomp", "conj", "ccomp")
        or (to.dep_ == "aux" and to.head.i != following.i)
        or noun in following.subtree
    ):
        return []
    return sorted({*([] if own else [to]), *following.subtree}, key=lambda t: t.i)


def commentary(noun: Token) -> list[Token]:
    """A relative clause set off by a comma ("a rerun of the election, which they say was rigged"): a
    remark on the thing, not part of what is asked or offered."""
    doc = noun.doc
    return [
        c
        for c in noun.subtree
        if c.dep_ == "relcl" and c.left_edge.i > noun.i and doc[c.left_edge.i - 1].text == ","
    ]


# people one's act is on, never a list item of their own: "the release of the journalists and prisoners"
HELD_PEOPLE = frozenset("prisoner detainee hostage captive child".split())
_ACTOR_ENTITIES = frozenset("GPE ORG NORP PERSON".split())
# endings of nouns for people: "prisoners", "detainees", "journalists", "civilians"
_PEOPLE_ENDINGS = ("er", "ers", "ee", "ees", "ist", "ists", "ian", "ians")


def _names_someone(token: Token, *, by_ending: bool = False) -> bool:
    """A name, or a noun for people or bodies ("the prime minister", "U.S. forces"); `by_ending` also
    takes a noun that ends as nouns for people do ("detainees", "journalists")."""
    lemma = token.lemma_.lower()
    return (
        token.ent_type_ in _ACTOR_ENTITIES or token.pos_ == "PROPN" or lemma in HOLDER_NOUNS
        or lemma in HELD_PEOPLE or (by_ending and token.lower_.endswith(_PEOPLE_ENDINGS))
    )


def stray_conjuncts(head: Token) -> list[Token]:
    """List members the parser hung on the person in an item's phrase: "the resignation of [the prime
    minister and early elections]" is two demands, the resignation and early elections. A conjunct of a
    phrase's object that names someone is read as theirs, not as a new item, unless it is a thing of its
    own, with its own determiner, adjective or phrase ("early elections", "the release of ..."; not
    "intelligence support"), where the object names someone."""
    out: list[Token] = []
    for prep in head.children:
        if prep.dep_ != "prep" or prep.i < head.i:
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            for member in obj.conjuncts:
                if member.i < obj.i or member.pos_ != "NOUN" or _names_someone(member, by_ending=True):
                    continue
                own = any(c.dep_ in ("det", "amod", "prep") for c in member.children)
                if own and _names_someone(obj):
                    out.append(member)
                elif _act_noun(head) and _act_noun(member) and (_stands_alone(member) or not _act_noun(obj)):
                    # "the suspension of drills and the removal of assets", "the lifting of sanctions and
                    # compensation": an act of its own beside the first, not a second thing acted on; the
                    # list goes on after it ("..., compensation and guarantees")
                    out.extend(m for m in obj.conjuncts if m.i >= member.i and m.pos_ == "NOUN" and m not in out)
                    break
    return out


def _act_noun(noun: Token) -> bool:
    """A noun for an act to be done ("the suspension", "the lifting", "compensation", "the removal")."""
    word = noun.lower_
    return word.endswith(("tion", "sion", "ment", "ing", "al", "ance", "ence")) and noun.tag_ in ("NN", "NNS")


def _stands_alone(member: Token) -> bool:
    """A list member with a phrase or determiner of its own, so not a second object of the first item's
    preposition: "(the lifting of sanctions) and compensation for damages", "and the removal of ...";
    not "(the release of the hostages) and detention" (nothing of its own)."""
    return any(c.dep_ == "prep" for c in member.children) or any(
        c.dep_ == "det" and c.lower_ in ("the", "a", "an") for c in member.children
    )


def conjuncts_of(head: Token) -> list[list[Token]]:
    """One token list per conjunct of a noun-phrase head ("a halt, an exchange and talks" -> three).

    Each conjunct keeps its own subtree without the other conjuncts, their "and"/"or" and commas.
    Verbs and adjectives are not split: "sabotaged and violated agreements" is one position. A member the
    parser hung inside an item's phrase ("the resignation of the premier and early elections") is split
    off (`stray_conjuncts`).
    """
    stray = stray_conjuncts(head) if head.pos_ == "NOUN" else []
    if stray:
        # a phrase hung on the item's object after the member modifies the member: "(the lifting of
        # sanctions and) compensation | for damages"
        after = {m.i: [c for c in m.head.children if c.dep_ == "prep" and c.i > m.i] for m in stray}
        cut = {t.i for m in stray for t in m.subtree} | {
            c.i for m in stray for c in m.head.children if c.dep_ == "cc" or (c.dep_ == "punct" and c.text == ",")
        } | {t.i for phrases in after.values() for c in phrases for t in c.subtree}
        first = [t for t in span_tokens(head, exclude=commentary(head)) if t.i not in cut]
        split = [
            sorted([*span_tokens(m, exclude=[c for c in m.children if c.dep_ in ("conj", "cc")]),
                    *(t for c in after[m.i] for t in c.subtree)], key=lambda t: t.i)
            for m in stray
        ]
        return [first, *split]
    if head.pos_ not in ("NOUN", "PROPN") or not any(c.dep_ == "conj" for c in head.children):
        return [span_tokens(head, exclude=commentary(head))]
    members = [head, *[c for c in head.conjuncts if c.pos_ in ("NOUN", "PROPN")]]
    last = members[-1]
    # a phrase the parser hangs on an earlier conjunct but that follows the last one modifies the last:
    # "greater autonomy and control over its minerals"
    trailing = [c for m in members[:-1] for c in m.children if c.dep_ == "prep" and c.i > last.i]
    out: list[list[Token]] = []
    for member in members:
        others = [
            c for c in member.children if c.dep_ in ("conj", "cc") or (c.dep_ == "punct" and c.text == ",")
        ]
        own = span_tokens(member, exclude=[*others, *trailing, *commentary(member)])
        if member.i == last.i and trailing:
            own = sorted([*own, *(t for c in trailing for t in c.subtree)], key=lambda t: t.i)
        out.append(own)
    return out


def list_members(tokens: Sequence[Token]) -> list[list[Token]]:
    """Split a flat list span ("including a halt, an exchange and talks") at commas and and/or.

    Used where the parse of a long list is unreliable (lists between dashes or parentheses).
    """
    members: list[list[Token]] = [[]]
    for t in tokens:
        if t.text in (",", ";") or (t.lower_ in ("and", "or") and members[-1]):
            if members[-1]:
                members.append([])
            continue
        members[-1].append(t)
    return [m for m in members if m]


def similar(key_a: str, key_b: str) -> bool:
    """Whether two lemma keys name the same position (Jaccard overlap of their lemmas).

    >>> similar("halt western aid", "western aid halt")
    True
    >>> similar("halt western aid", "prisoner exchange")
    False
    >>> similar("lift sanction on russia", "sanction on russia")
    False
    """
    a, b = set(key_a.split()), set(key_b.split())
    if a == b:
        return True
    if len(a) < 2 or len(b) < 2 or (a ^ b) & TURNING_WORDS:
        return False
    return len(a & b) / len(a | b) >= SIMILARITY


class PositionIndex:
    """Merges near-duplicate positions: a new key similar to a known one reuses it.

    An inverted index from lemma to keys keeps the lookup cheap (only keys sharing a lemma are compared).
    """

    def __init__(self, known: Iterable[Position] = ()) -> None:
        self._by_key: dict[str, Position] = {}
        self._by_lemma: dict[str, set[str]] = {}
        for position in known:
            self.add(position)

    def add(self, position: Position) -> None:
        if position.key in self._by_key:
            return
        self._by_key[position.key] = position
        for lemma in position.key.split():
            self._by_lemma.setdefault(lemma, set()).add(position.key)

    def canonical(self, position: Position) -> Position:
        """The known position this one duplicates, or this one (now known)."""
        if position.key in self._by_key:
            return self._by_key[position.key]
        shared: Counter[str] = Counter()
        for lemma in set(position.key.split()):
            keys = self._by_lemma.get(lemma, set())
            if (
                len(keys) <= COMMON
            ):  # a lemma in very many positions says little; skipping it keeps this linear
                shared.update(keys)
        for key, count in sorted(shared.items()):
            if count >= 2 and similar(key, position.key):
                return self._by_key[key]
        self.add(position)
        return position


def merge_positions(stances: Iterable[Stance], index: PositionIndex) -> None:
    """Give each stance the known position its own duplicates (in place): cross-document merging."""
    for stance in stances:
        if stance.position is not None:
            stance.position = index.canonical(stance.position)
