"""Names of actors that the small NER model misses or mislabels, found from their own words and position.

Four facts of English news prose, each a spaCy component step over `doc.ents` (run right after the NER
and the organisation-name joiner, so actor resolution sees the names as entities of the right kind):

- a run of capitalised words that ends in a word naming a kind of organisation ("... Rights Watch",
  "... Workers Federation", "... Electoral Commission") is an organisation, whatever the NER called it;
- a word in capitals that is no common abbreviation ("ECOWAS", "SADC", "M23") and stands where an actor
  stands (subject, object, possessor, agent, or the name in "the RMT union") is an organisation: states
  and the well-known blocs are reference actors already, so what is left is a bloc, a movement, a union;
- a capitalised name that is the subject of a speech verb ("Guterres said", "said Sefcovic", "Okonjo
  added") is an actor even when the NER saw none: a person, unless its head word names an organisation;
- a one-word name in apposition to a noun for one person ("X, a former diplomat,"; "the trade
  commissioner, X,") is a person's, even when the NER called it an organisation; one in apposition to a
  noun for an organisation ("X, the state energy company,") that the NER missed is an organisation's.

An organisation's name run into a country's ("Amnesty International Kenya") is its national chapter.

Before these, an acronym the text introduces for a law, a treaty or a plan ("the Digital Markets Act
(DMA)") is relabelled a law wherever it stands, so it never becomes an organisation.

Names the reference actors know (the ruler gave them an id) are left as they are. Cases:
tests/graph/extract/cases/names-in-holder-position.toml, acronyms-of-rules.toml.
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from graph.extract.lexicon import SPEECH_VERBS
from graph.extract.names import DOCUMENT_NOUNS, HONORIFICS, TITLE_WORDS
from graph.extract.reference import ReferenceIndex
from graph.extract.role_nouns import GROUPS, ORGANISATION_ROLES, STATE_BODIES, TITLED_ROLES

# the last word of an organisation's name: "Human Rights Watch", "the Patriotic Front"
ORGANISATION_HEAD_WORDS = {
    "Watch", "Council", "Front", "Union", "Party", "Court", "Commission", "Authority", "Agency", "Federation",
    "Movement", "Congress", "Tribunal", "Board", "Alliance", "League", "Coalition", "Association", "Institute",
    "Foundation", "Committee", "Organization", "Organisation", "Forum", "Assembly", "Confederation",
    "Syndicate", "Corporation", "Company", "Bank", "Fund", "Group", "Network", "Society", "Army", "Forces",
    "International",
}
# abbreviations in capitals that name no actor: offices, measures, things
NOT_ORGANISATIONS = frozenset(
    "CEO CFO COO CTO MP MPS PM GDP GNP AI TV LNG COVID HIV AIDS VAT IPO MBA PHD OK "
    "AM BC AD DNA ID IT PR USD EUR GMT UTC ET ER ICU EDT EST PST CET I A "
    "II III IV VP MW GW KM SUV EV EVS NGO NGOS QR FAQ".split()
)
ACRONYM = re.compile(r"^[A-Z][A-Z0-9]{1,7}$")
ACRONYM_PART = re.compile(r"^[A-Z0-9]{1,8}$")
# where an acronym stands as an actor: "ECOWAS rejected", "urged SADC", "by the AU", "M23's advance"
ACTING_DEPS = {"nsubj", "nsubjpass", "poss", "dobj", "dative", "pobj", "conj", "appos"}
# nouns an acronym in front of names: "the RMT union", "the UNITA movement"
ORGANISATION_NOUNS = {"union", "movement", "party", "group", "militia", "bloc", "alliance", "coalition",
                      "federation", "council", "commission", "agency", "regulator", "force", "delegation",
                      "rebel", "fighter", "militant", "insurgent", "guerrilla"}  # "the M23 rebels" (lemmas)
# people and bodies of an organisation: "SADC envoys", "the AU chairman", "ECOWAS troops"
MEMBERS = (GROUPS | TITLED_ROLES | STATE_BODIES | ORGANISATION_ROLES) - {"state", "country", "nation", "capital"}
# nouns for one person, said of a name in apposition: "X, a former diplomat,"
PERSON_NOUNS = {
    "diplomat", "minister", "official", "spokesman", "spokeswoman", "spokesperson", "lawyer", "analyst",
    "economist", "activist", "journalist", "commissioner", "envoy", "ambassador", "senator", "lawmaker",
    "legislator", "negotiator", "president", "chairman", "chairwoman", "leader", "secretary", "director",
    "founder", "adviser", "advisor", "aide", "deputy", "commander", "judge", "prosecutor", "professor",
    "researcher", "scientist", "candidate", "mayor", "governor", "man", "woman", "veteran", "businessman",
}
# more nouns for an organisation, said of a name in apposition: "X, the aid charity,"
OTHER_BODIES = {"charity", "organisation", "organization", "watchdog", "conglomerate", "nonprofit", "ngo",
                "operator", "producer", "exporter", "utility", "broadcaster", "insurer", "retailer"}
# the head words of the names of laws, plans and programmes (with the agreements of names.py)
DOCUMENT_WORDS = {"act", "law", "bill", "regulation", "directive", "plan", "programme", "program", "code",
                  "statute", "ordinance", "decree", "strategy", "mechanism", "initiative"}
# nouns for people and bodies, capitalised at the start of a sentence: no names
COMMON = GROUPS | ORGANISATION_ROLES | {"police", "army", "military", "government", "court", "ministry",
                                        "authorities", "authority", "officials", "sources", "witnesses"}
NOT_NAMES = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "NORP", "LAW", "EVENT"}


@Language.factory("stancegraph_holder_names_v1")
def make_holder_names(nlp: Language, name: str) -> HolderNames:
    return HolderNames()


class HolderNames:
    """Adds or relabels the entities the module docstring describes."""

    def __call__(self, doc: Doc) -> Doc:
        laws = acronyms_of_documents(doc)
        if laws:  # "the Digital Markets Act (DMA) ... the DMA": a law, not an organisation
            doc.ents = [Span(doc, e.start, e.end, label="LAW") if e.text in laws else e for e in doc.ents]
        found = [s for s in organisations_by_head_word(doc) + acronyms_acting(doc) if s.text not in laws]
        chapters = national_chapters(doc, found)
        found = chapters + [s for s in found if not any(c.start <= s.start and s.end <= c.end for c in chapters)]
        taken = {i for span in found for i in range(span.start, span.end)}
        found += [s for s in organisations_by_apposition(doc) + organisations_in_close_apposition(doc)
                  + speakers_missed(doc) + people_by_apposition(doc) + people_by_title(doc)
                  if not any(i in taken for i in range(s.start, s.end))]
        if found:
            kept = [e for e in doc.ents if not any(e.start < f.end and f.start < e.end for f in found)]
            doc.ents = filter_spans(found + kept)
        return doc


def _capitalised_name_word(token: Token) -> bool:
    return token.tag_ in ("NNP", "NNPS") and token.text[:1].isupper() and token.ent_type_ not in NOT_NAMES


def _reference(tokens: list[Token]) -> bool:
    return any(t.ent_id_ for t in tokens)


def organisations_by_head_word(doc: Doc) -> list[Span]:
    """ "Human Rights Watch", "the National Electoral Commission": capitalised words ending in an
    organisation word, two words at least, that the NER did not make one organisation."""
    found: list[Span] = []
    for token in doc:
        if token.text not in ORGANISATION_HEAD_WORDS or token.tag_ not in ("NNP", "NNPS") \
                or token.ent_type_ == "ORG" or token.ent_id_:
            continue  # an organisation the NER found, however it cut it, is left to it
        start = token.i
        while start > 0 and _capitalised_name_word(doc[start - 1]) and "\n" not in doc[start - 1].whitespace_:
            start -= 1
            if doc[start].is_sent_start:
                break
        run = list(doc[start: token.i + 1])
        if len(run) < 2 or _reference(run) or bare_title(run[0]):
            continue
        found.append(Span(doc, start, token.i + 1, label="ORG"))
    return found


def national_chapters(doc: Doc, named: list[Span]) -> list[Span]:
    """ "Amnesty International Kenya", "Transparency International Ukraine": an organisation's name run
    straight into a country's, the country the head of the phrase, names the organisation's national
    chapter, not the country (which the NER reads apart). `named`: organisations found besides the NER's."""
    ents = sorted([*doc.ents, *named], key=lambda e: e.start)
    found: list[Span] = []
    for org, place in zip(ents, ents[1:], strict=False):
        if org.label_ != "ORG" or place.label_ != "GPE" or org.end != place.start or len(place) != 1:
            continue
        head = place.root
        if head.dep_ == "compound" or "\n" in org[-1].whitespace_ or not org[-1].whitespace_:
            continue
        if all(t.head.i == head.i or org.start <= t.head.i < org.end for t in org):
            found.append(Span(doc, org.start, place.end, label="ORG"))
    return found


def acronyms_of_documents(doc: Doc) -> set[str]:
    """Acronyms a text introduces for a law, a treaty or a plan: "the Digital Markets Act (DMA)",
    "the Joint Comprehensive Plan of Action (JCPOA)"; the "(DMA)" after a name ending in a document
    word, or after such a word and an "of" phrase."""
    found: set[str] = set()
    for token in doc:
        if token.text != "(" or token.i + 2 >= len(doc) or doc[token.i + 2].text != ")" or token.i < 2:
            continue
        acronym = doc[token.i + 1].text
        if not ACRONYM.match(acronym):
            continue
        words = [t for t in doc[max(0, token.i - 6): token.i] if t.text[:1].isupper()]
        if words and words[-1].lemma_.lower() in DOCUMENT_WORDS | DOCUMENT_NOUNS or any(
                w.lower_ in DOCUMENT_WORDS for w in words if w.i >= token.i - 4):
            found.add(acronym)
    return found


def bare_title(token: Token) -> bool:
    """A title ("Chairman", "Secretary") opens a person's name, not an organisation's."""
    word = token.lower_.rstrip(".")
    return word in HONORIFICS or (word in TITLE_WORDS and word not in {"state", "supreme", "national"})


def acronyms_acting(doc: Doc) -> list[Span]:
    """Capitalised abbreviations no reference actor has, standing where an actor stands."""
    found: list[Span] = []
    for token in doc:
        if not ACRONYM.match(token.text) or token.text in NOT_ORGANISATIONS:
            continue
        if token.ent_id_ or token.ent_type_ in NOT_NAMES or token.is_stop or _shouted(token):
            continue  # "IN" of "(R-IN)", a word of a line in capitals
        if token.ent_type_ in ("GPE", "LOC") and token.text.isalpha():
            continue  # a place in capitals opens a dateline ("NAIROBI, June 3 -"); "M23" is no place
        if (token.i == 0 or "\n" in doc[token.i - 1].text_with_ws) and token.i + 1 < len(doc) \
                and doc[token.i + 1].text in (",", "(", "-", "–"):
            continue  # a dateline's place: "TBILISI, May 2 -", "LAGOS (Reuters) -"
        if doc[token.i - 1].text == "(":
            continue  # "(AOSIS)": the acronym a name introduces, read with that name
        acting = token.dep_ in ACTING_DEPS or (
            token.dep_ == "compound" and token.head.lemma_.lower() in ORGANISATION_NOUNS | MEMBERS)
        if acting and not (found and found[-1].end > token.i):
            found.append(Span(doc, *_hyphenated(token), label="ORG"))
    return found


def _hyphenated(token: Token) -> tuple[int, int]:
    """The acronym with the capitals joined to it by hyphens, no space between: "SPLM-IO", "RSF-M"."""
    doc = token.doc
    start, end = token.i, token.i + 1
    while start >= 2 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ \
            and not doc[start - 2].whitespace_ and ACRONYM_PART.match(doc[start - 2].text):
        start -= 2
    while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ \
            and not doc[end].whitespace_ and ACRONYM_PART.match(doc[end + 1].text):
        end += 2
    return start, end


def _shouted(token: Token) -> bool:
    """A word of a line in capitals ("ECOWAS REJECTS VOTE"): its neighbours are in capitals too."""
    doc = token.doc
    near = [doc[i] for i in (token.i - 1, token.i + 1) if 0 <= i < len(doc) and doc[i].is_alpha]
    return any(t.text.isupper() for t in near)


def people_by_apposition(doc: Doc) -> list[Span]:
    """ "Halvorsen, a former diplomat, said ...", "the trade commissioner, Halvorsen,": a one-word
    organisation the NER guessed, in apposition to a noun for a person, is a person's name."""
    found: list[Span] = []
    for token in doc:
        guessed = token.ent_type_ == "ORG" and token.ent_iob_ == "B" and _entity_end(token) == token.i + 1
        missed = not token.ent_type_ and token.tag_ in ("NNP", "NNPS", "NNS") and token.lemma_.lower() not in COMMON
        if not (guessed or missed) or token.ent_id_ or token.text.isupper() or not token.text[:1].isupper():
            continue
        if any(n.lemma_.lower() in PERSON_NOUNS for n in _appositives(token)):
            found.append(Span(doc, token.i, token.i + 1, label="PERSON"))
    return found


def _entity_end(token: Token) -> int:
    end = token.i + 1
    while end < len(token.doc) and token.doc[end].ent_iob_ == "I":
        end += 1
    return end


def organisations_by_apposition(doc: Doc) -> list[Span]:
    """ "Gazprom, the state energy company,": a capitalised word no entity covers, in apposition to a noun
    for an organisation, is an organisation's name."""
    return [Span(doc, t.i, t.i + 1, label="ORG") for t in doc
            if t.tag_ == "NNP" and not t.ent_type_ and t.text[:1].isupper() and not t.text.isupper()
            and any(n.lemma_.lower() in ORGANISATION_ROLES | ORGANISATION_NOUNS | OTHER_BODIES
                    for n in _appositives(t))]


# person titles that end a title before a name: "President Ruto", "Chancellor Scholz", "Senator Lee"
_NAME_TITLES = frozenset("president chancellor premier minister senator governor mayor general ambassador".split())


def people_by_title(doc: Doc) -> list[Span]:
    """ "called on President Ruto to resign", "urged Chancellor Scholz to ...": capitalised words no
    entity covers right after a capitalised title of a person are that person's name (the title is no
    part of it); "President Biden's" keeps its possessive out."""
    found: list[Span] = []
    for token in doc:
        if token.lower_ not in _NAME_TITLES or not token.text[:1].isupper() or token.ent_type_:
            continue
        end = token.i + 1
        while end < len(doc) and _capitalised_name_word(doc[end]) and not doc[end].ent_type_ \
                and doc[end].lower_ not in TITLE_WORDS:
            end += 1
        if end < len(doc) and _capitalised_name_word(doc[end]) and doc[end].lower_ not in TITLE_WORDS:
            continue  # "Minister Ana Lima": the name runs on into an entity ("Lima"); other steps read it
        run = doc[token.i + 1 : end]
        if run and not any(t.text in ORGANISATION_HEAD_WORDS or t.text.isupper() or t.lemma_.lower() in COMMON
                           for t in run):  # "the General Assembly", "President Office" name no person
            found.append(Span(doc, run.start, run.end, label="PERSON"))
    return found


# entity types a name right after an organisation noun keeps: places, peoples, dates are no such name
_NOT_CLOSE_NAMES = NOT_NAMES | {"GPE", "LOC", "FAC"}


def organisations_in_close_apposition(doc: Doc) -> list[Span]:
    """ "the rail union ASLEF", "the mine operator Sibanye-Stillwater", "the carmaker Stellantis": a name
    right after a lower-case noun for a kind of organisation, with no comma, names that organisation
    (a close apposition), whatever the NER made of it (it may guess a person). The name ends its noun
    phrase ("the union RMT members" is no such name); reference actors keep their own entity."""
    found: list[Span] = []
    for token in doc:
        if token.tag_ != "NN" or not token.is_lower or token.lemma_ not in ORGANISATION_ROLES | OTHER_BODIES:
            continue
        end = token.i + 1
        while end < len(doc) and (_capitalised_name_word(doc[end]) or (
                doc[end].tag_ == "HYPH" and end + 1 < len(doc) and _capitalised_name_word(doc[end + 1]))):
            end += 1
        if end == token.i + 1 or doc[end - 1].tag_ == "HYPH":
            continue
        after = doc[end] if end < len(doc) else None
        run = doc[token.i + 1 : end]
        if after is not None and after.pos_ in ("NOUN", "PROPN"):
            continue  # "the union RMT members": the name modifies a noun of its own
        if any(t.ent_id_ or t.ent_type_ in _NOT_CLOSE_NAMES for t in run) or run[0].lemma_.lower() in COMMON:
            continue
        found.append(Span(doc, run.start, run.end, label="ORG"))
    return found


def _appositives(token: Token) -> list[Token]:
    """The singular common nouns in apposition to a name, either way round."""
    nouns = [c for c in token.children if c.dep_ == "appos"] + ([token.head] if token.dep_ == "appos" else [])
    return [n for n in nouns if n.tag_ == "NN"]


def speaking(token: Token) -> bool:
    """Whether `token` is the subject of a speech verb: "Guterres said", "said Sefcovic"."""
    return token.dep_ == "nsubj" and token.head.pos_ == "VERB" and token.head.lemma_.lower() in SPEECH_VERBS


def surname_speaking(span: Span, index: ReferenceIndex) -> bool:
    """A one-word organisation the NER made of a reference person's surname, as the subject of a speech
    verb ("Guterres said ..."), is that person's name: an organisation so named would be a reference
    actor or carry an organisation word."""
    return span.label_ == "ORG" and len(span) == 1 and speaking(span.root) \
        and index.person_named(span.text) is not None


def speakers_missed(doc: Doc) -> list[Span]:
    """ "Okonjo said", "said Mbeki": the capitalised subject of a speech verb that no entity covers is a
    name, with the capitalised compounds before it; a person's, unless its head word names an
    organisation. (A one-word organisation the NER guessed for a reference person's surname is mended in
    actor resolution, which knows the reference people.)"""
    found: list[Span] = []
    for token in doc:
        if not speaking(token) or token.ent_type_ or token.ent_id_ or token.text.isupper():
            continue
        if not token.text[:1].isupper() or token.tag_ not in ("NNP", "NNPS") or token.lemma_.lower() in COMMON:
            continue  # "Police said" at the start of a sentence is no name
        start = token.i
        while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == token.i \
                and _capitalised_name_word(doc[start - 1]) and not doc[start - 1].ent_type_ \
                and not bare_title(doc[start - 1]):
            start -= 1
        if bare_title(doc[start]):
            continue
        label = "ORG" if token.text in ORGANISATION_HEAD_WORDS else "PERSON"
        found.append(Span(doc, start, token.i + 1, label=label))
    return found
