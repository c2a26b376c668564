"""Names of people and organisations as the text writes them, stripped of titles and honorifics.

"President Vladimir V. Putin" is the name "Vladimir V. Putin" plus the title "President"; "Ms. Kendall-Taylor"
is the name "Kendall-Taylor" plus an honorific that also tells us the person's gender, which pronoun
resolution uses. Names are cut from the document text by character offsets, never re-joined from tokens,
so "Kendall-Taylor" stays one word even when the tokenizer splits it at the hyphen.

Also here: capitalised phrases that name no actor (an operation, a place in the name of an agreement:
"the Paris climate agreement" gives France no stance) and whether a place stands where an actor stands.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from graph.extract.lexicon import GEOGRAPHIC_FEATURES
from graph.extract.reference import ReferenceIndex

HONORIFICS = {"mr": "male", "mrs": "female", "ms": "female", "miss": "female", "mx": None, "dr": None,
              "prof": None, "professor": None, "sir": "male", "dame": "female", "lord": "male",
              "lady": "female",
              "rev": None, "reverend": None, "sheikh": "male", "sheik": "male", "rabbi": None, "imam": "male",
              "madam": "female", "mme": "female", "m": "male", "herr": "male", "frau": "female"}
# Words of office titles written before a name ("Foreign Minister Sergei Lavrov", "Secretary of State ...").
TITLE_WORDS = {
    "president", "vice", "prime", "minister", "premier", "chancellor", "secretary", "foreign", "defense",
    "defence", "finance", "interior", "treasury", "commerce", "trade", "justice", "health", "deputy",
    "senator",
    "sen", "rep", "representative", "congressman", "congresswoman", "governor", "gov", "mayor", "ambassador",
    "envoy", "general", "gen", "lt", "col", "colonel", "maj", "major", "capt", "captain", "admiral", "adm",
    "sgt", "commander", "chief", "chairman", "chairwoman", "chair", "speaker", "king", "queen", "prince",
    "princess", "emperor", "emir", "crown", "pope", "cardinal", "archbishop", "bishop", "judge", "attorney",
    "former", "acting", "elect", "spokesman", "spokeswoman", "spokesperson", "director", "supreme", "leader",
    "opposition", "state", "home", "affairs", "economy", "energy", "agriculture", "planning", "investment",
    "first", "lady", "sir", "the", "of", "and", "&",
}
CONNECTORS = {"the", "of", "and", "&"}
GENDERED_TITLES = {"king": "male", "queen": "female", "prince": "male", "princess": "female", "congressman":
                   "male", "congresswoman": "female", "chairman": "male", "chairwoman": "female",
                   "spokesman": "male", "spokeswoman": "female"}


@dataclass(frozen=True)
class Name:
    """A name cut out of an entity span: its text, its first token index, titles dropped, gender if told."""

    text: str
    start: int  # token index of the first name token
    end: int
    titles: tuple[str, ...] = ()
    gender: str | None = None

    @property
    def words(self) -> list[str]:
        return self.text.split()

    @property
    def surname(self) -> str:
        return self.words[-1]


def bare(word: str) -> str:
    return word.lower().rstrip(".")


def name_of(span: Span, *, person: bool = True) -> Name | None:
    """The name in an entity span, without titles, honorifics, a leading "the" or a trailing "'s".

    For a person, also looks up to three tokens to the left of the span, where the NER leaves "Mr." or
    "President" out; for an organisation only a leading "the" goes ("State Department" keeps "State").

    Returns None when nothing but titles remains or the rest is not capitalised (NER noise such as "n't").
    """
    doc = span.doc
    start, end = span.start, span.end
    while end > start and (doc[end - 1].is_punct or doc[end - 1].lower_ in ("'s", "’s", "'", "’")
                           or doc[end - 1].is_space):
        end -= 1
    titles: list[str] = []
    gender: str | None = None
    strip = (HONORIFICS.keys() | TITLE_WORDS) if person else {"the"}
    while start < end and bare(doc[start].text) in strip:
        titles.append(bare(doc[start].text))
        start += 1
    left = span.start - 1
    while person and left >= 0 and left >= span.start - 3 and (bare(doc[left].text) in HONORIFICS
                                                     or bare(doc[left].text) in TITLE_WORDS - CONNECTORS):
        titles.insert(0, bare(doc[left].text))
        left -= 1
    for title in titles:
        gender = gender or HONORIFICS.get(title) or GENDERED_TITLES.get(title)
    if start >= end:
        return None
    text = doc[start:end].text  # the text as written: "Kendall-Taylor", never "Kendall - Taylor"
    if not any(ch.isupper() for ch in text) or "\n" in text:
        return None
    return Name(text=" ".join(text.split()), start=start, end=end, titles=tuple(titles), gender=gender)


def trim_at_line_break(span: Span) -> Span:
    """The part of an entity before its first line break ("Berlin\\n\\nFollow" -> "Berlin")."""
    for token in span:
        if "\n" in token.text or "\n" in token.whitespace_:
            stop = token.i if "\n" in token.text else token.i + 1
            # a slice of the Doc would lose the entity's label and ruler id
            return Span(span.doc, span.start, stop, label=span.label_, span_id=span.id_)
    return span


def not_a_name(span: Span, name: Name, index: ReferenceIndex) -> bool:
    """NER slips: a demonym read as a person ("Ugandan", "Bosnian Serbs": roles.py handles those), a
    title read as an organisation ("British Defence" before "Secretary Tom King"), a lone title word."""
    if name.words[0].lower() in index.demonyms and (span.label_ == "PERSON" or len(name.words) == 1):
        return True
    following = span.doc[span.end] if span.end < len(span.doc) else None
    if span.label_ == "ORG" and following is not None and following.text[:1].isupper() \
            and bare(following.text) in TITLE_WORDS:
        return True
    return len(name.words) == 1 and name.text.lower() in TITLE_WORDS


# The first word of the name of a military operation or an exercise: "Operation Rising Lion".
OPERATION_WORDS = {"operation", "exercise", "exercises", "drill", "drills", "campaign", "maneuvers",
                   "manoeuvres"}
# Verbs that give a thing a name: "the drills, dubbed Strait Thunder".
NAMING_VERBS = {"dub", "codename", "code-name", "christen", "nickname", "brand"}
INDEFINITE = {"a", "an"}
# words whose object is a rule or a treaty: "comply with", "abide by", "under", "breached", "ratified"
RULE_VERBS = {"breach", "violate", "comply", "implement", "ratify", "enforce", "abide", "adhere", "rejoin",
              "revive", "amend", "repeal", "infringe", "contravene", "flout", "honour", "honor"}


def _kept_as_a_rule(root: Token) -> bool:
    """Whether a name is the object of a verb of keeping or breaking a rule, or of "under"."""
    if root.dep_ == "pobj" and root.head.lower_ == "under":
        return True
    verb = root.head.head if root.dep_ == "pobj" else root.head
    return root.dep_ in ("dobj", "pobj") and verb.lemma_.lower() in RULE_VERBS


# verbs whose object can only be a place: one besieges, shells or overruns a town, never a person
PLACE_ONLY_VERBS = {"besiege", "encircle", "overrun", "shell", "storm", "occupy", "retake", "recapture", "seize"}


def not_an_actor_name(span: Span, name: Name) -> bool:
    """Capitalised phrases that name no actor: an operation or an exercise ("Operation Rising Lion"), a
    name given by "dubbed" or "codenamed", a phrase with an indefinite article ("a Complete Ceasefire":
    a proper name takes none), a slogan, the object of a verb that takes only places ("besieged El
    Fasher"), the name of a geographic feature ("the Strait of Hormuz") and emphatic capitals
    ("ADDITIONAL Tariffs")."""
    if name.words[0].lower() in OPERATION_WORDS:
        return True
    root = span.root
    if root.head.lemma_.lower() in NAMING_VERBS and root.head.i != root.i:
        return True
    if any(c.dep_ == "det" and c.lower_ in INDEFINITE for c in root.lefts) or in_slogan(root):
        return True
    if root.dep_ == "dobj" and root.head.lemma_.lower() in PLACE_ONLY_VERBS:
        return True  # "besieged El Fasher", "retook Kherson": a place, whatever the NER called it
    words = [w.lower() for w in name.words]
    feature = words[-1] in GEOGRAPHIC_FEATURES or (words[0] in GEOGRAPHIC_FEATURES and words[1:2] == ["of"])
    if len(words) > 1 and feature:
        return True  # "the Bab el-Mandeb Strait", "the Strait of Hormuz", "the Red Sea": a place
    if len(name.words) == 1 and name.text.isupper() and _kept_as_a_rule(root):
        return True  # "breached the GDPR", "under the USMCA": an acronym of a law or a treaty
    if len(name.words) == 1 and root.dep_ in ("nsubj", "nsubjpass", "poss", "dobj", "pobj"):
        return False  # one word in capitals where an actor stands is an acronym: "ECOWAS rejected"
    return any(emphatic(word) for word in name.words)


def emphatic(word: str) -> bool:
    """A word in capitals for emphasis ("ADDITIONAL", "NEVER"), not an acronym ("NATO", "OPEC"): six or more
    capital letters with at least two vowels."""
    letters = word.strip(".,'’")
    return len(letters) >= 6 and letters.isalpha() and letters.isupper() \
        and sum(ch in "AEIOU" for ch in letters) >= 2


def person_named_like_a_place(span: Span, index: ReferenceIndex) -> Span:
    """ "Ana Lima" is a person although "Lima" is a capital: a metonym right after a capitalised word the
    NER left out of any entity (a first name) or a title is the end of a person's name."""
    doc = span.doc
    if not span.id_ or span.start == 0 or span.text.lower() not in index.metonyms:
        return span
    start = span.start
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper() \
            and not doc[start - 1].ent_type_ and not doc[start - 1].is_sent_start:
        start -= 1
    if start == span.start and bare(doc[start - 1].text) not in HONORIFICS:
        return span
    return Span(doc, start, span.end, label="PERSON")


# agreements and processes named after the place they were made in: "the Paris climate agreement"
DOCUMENT_NOUNS = {"agreement", "accord", "accords", "treaty", "pact", "protocol", "protocols", "convention",
                  "conventions", "declaration", "charter", "process", "format", "framework", "communique",
                  "memorandum", "deal", "understanding", "formula", "principles", "consensus"}


def names_a_document(token: Token) -> bool:
    """A place in the name of an agreement or a process ("the Paris climate agreement", "the Oslo
    Accords", "the Minsk protocol"): the place where it was made, never a party to it."""
    head = token
    while head.dep_ in ("compound", "nmod") and head.head.i != head.i:  # "the Vienna nuclear deal": nmod
        head = head.head
    return head.i != token.i and head.lemma_.lower() in DOCUMENT_NOUNS


# A place that is not a reference state acts only as a subject, possessor, object or passive agent.
ACTING = {"nsubj", "nsubjpass", "poss", "dobj", "dative"}


def acting_place(span: Span) -> bool:
    """Whether a place name stands where an actor stands (subject, possessor, object, conjunct of one)."""
    root = span.root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    if root.dep_ == "pobj" and root.head.lower_ == "by" and root.head.head.tag_ == "VBN":
        return True
    return root.dep_ in ACTING


# what a slogan is chanted, written or carried with: "chanted 'Hands Off Venezuela'", "banners reading ..."
SLOGAN_VERBS = {"chant", "shout", "chorus", "scream", "sing", "read", "brandish", "wave", "emblazon", "spray"}
SLOGAN_NOUNS = {"slogan", "chant", "banner", "placard", "poster", "hashtag", "motto", "graffiti", "cry"}


def in_slogan(token: Token) -> bool:
    """A name inside a slogan ("Protesters chanted 'Hands Off Venezuela'", "a banner reading Free
    Palestine", "the slogan 'Make America Great Again'") names no actor that acts."""
    if _quoted_after_slogan_word(token):
        return True
    node = token
    for _ in range(3):
        if node.dep_ not in ("compound", "dobj", "appos", "attr", "ccomp", "npadvmod", "oprd", "nmod") \
                or node.head.i == node.i:
            return False
        node = node.head
        if node.lemma_.lower() in SLOGAN_NOUNS and node.pos_ == "NOUN":
            return True
        if node.lemma_.lower() in SLOGAN_VERBS and node.pos_ == "VERB":
            return True
    return False


def _quoted_after_slogan_word(token: Token) -> bool:
    """Inside a short quotation right after a slogan verb or noun: shouted "Russia out of Ukraine"."""
    doc = token.doc
    if not doc.has_annotation("DEP"):
        return False
    # the sentence's first token bounds both walks; it is found by its mark, not through `token.sent`,
    # which would walk the whole sentence for every name
    start = token.i
    while not _sentence_start(doc, start) and doc[start - 1].text not in ('"', "“") and token.i - start < 8:
        start -= 1
    if _sentence_start(doc, start) or doc[start - 1].text not in ('"', "“"):
        return False
    low = start  # max(sentence start, start - 4)
    while low > start - 4 and not _sentence_start(doc, low):
        low -= 1
    before = doc[low: start - 1]
    return any(t.lemma_.lower() in SLOGAN_VERBS | SLOGAN_NOUNS for t in before)


def _sentence_start(doc: Doc, i: int) -> bool:
    """Token `i` begins its sentence (where `Span.sent` stops walking back)."""
    return i == 0 or doc[i].is_sent_start is True
