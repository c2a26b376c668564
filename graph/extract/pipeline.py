"""The spaCy pipeline: the configured statistical pipeline plus the project's actor components.

Two components, registered as spaCy factories with versioned names so a pipeline config can name them:

- `stancegraph_actor_ruler_v1`, an EntityRuler of every name, alias and metonym of the reference actors
  (ontology/actors.ttl), placed before the statistical NER, so "Kyiv" is never a PERSON and "the Kremlin"
  is always the Kremlin; each matched span carries the reference actor's key as its `ent_id_`.
- `stancegraph_paragraphs_v1`, before the parser: a paragraph break starts a sentence, so a headline or a
  dateline line never runs into the first sentence of the body ("Army Rejects Plan\n\nCAIRO — The army
  said ..."), while a hard-wrapped line of body text goes on with its sentence;
- `stancegraph_prefixed_lemmas_v1`, after the lemmatizer: the lemma of a hyphenated prefixed word the
  tokenizer keeps whole ("re-opened" -> "reopen", graph/extract/prefixed_words.py);
- `stancegraph_org_names_v1`, after the NER: joins an organisation name the NER split around a place
  ("the Carnegie" + "Russia" + "Eurasia Center" -> "Carnegie Russia Eurasia Center"), and a newspaper
  named after its place ("Washington" + "Post" -> "Washington Post").
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.pipeline import EntityRuler
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from graph.extract import (
    coordination,  # noqa: F401  (registers stancegraph_coordination_v1)
    holder_names,  # noqa: F401  (registers stancegraph_holder_names_v1)
    participles,  # noqa: F401  (registers stancegraph_participles_v1)
    statement_clauses,  # noqa: F401  (registers stancegraph_statement_clauses_v1)
)
from graph.extract.prefixed_words import FACTORY as PREFIXED_LEMMAS
from graph.extract.prefixed_words import keep_prefixed_words
from graph.extract.reference import load_reference_actors, reference_file

SHORT_LINE = 60  # characters: shorter lines are headlines, datelines or a paragraph's last line
SENTENCE_ENDS = (".", "?", "!", '"', "\u201d", ":")
ACTOR_LABEL = {"Person": "PERSON", "State": "GPE", "Government": "ORG", "Organization": "ORG",
               "Group": "NORP"}
# Last words of organisation names (general English).
ORGANISATION_HEADS = {
    "Center", "Centre", "Council", "Institute", "Institution", "Foundation", "University", "College", "Fund",
    "Bank", "Agency", "Committee", "Commission", "Association", "Organization", "Organisation", "Party",
    "Forum", "School", "Academy", "Society", "Trust", "Endowment", "League", "Alliance", "Movement",
    "Network", "Initiative", "Program", "Programme", "Corporation", "Company", "Group", "Service", "Times",
    "News", "Post", "Journal", "Tribune", "Project", "Laboratory", "Observatory", "Front",
}

# Last words of newspaper nameplates that start with a place ("Washington Post", "Moscow Times", "Kyiv
# Independent"): a place and one of these is the paper, not the place and a stray word.
NAMEPLATE_HEADS = {
    "Post", "Times", "Independent", "Herald", "Tribune", "Journal", "Gazette", "Telegraph", "Chronicle",
    "Observer", "Standard", "Globe", "Courier", "Inquirer", "Examiner", "Dispatch", "Insider",
}


def reference_patterns(path: Path) -> list[dict[str, Any]]:
    """EntityRuler patterns for every name, alias and metonym of the reference actors."""
    patterns: list[dict[str, Any]] = []
    for actor in load_reference_actors(path).values():
        label = ACTOR_LABEL.get(actor.kind, "ORG")
        for name in {actor.label} | actor.aliases | actor.metonyms:
            patterns.append({"label": label, "pattern": name, "id": actor.key})
            if name not in actor.metonyms and actor.kind in ("Government", "Organization", "State") \
                    and not name.lower().startswith("the "):
                patterns.append({"label": label, "pattern": "the " + name, "id": actor.key})
                patterns.append({"label": label, "pattern": "The " + name, "id": actor.key})
    return patterns


@Language.factory(
    "stancegraph_actor_ruler_v1",
    default_config={"actors_file": None, "overwrite_ents": True},
)
def make_actor_ruler(nlp: Language, name: str, actors_file: str | None, overwrite_ents: bool) -> EntityRuler:
    """An EntityRuler of the reference actors in `actors_file` (default: the `reference_actors` setting)."""
    ruler = EntityRuler(nlp, name=name, phrase_matcher_attr="ORTH", overwrite_ents=overwrite_ents)
    ruler.add_patterns(reference_patterns(Path(actors_file) if actors_file else reference_file()))
    return ruler


@Language.component("stancegraph_paragraphs_v1")
def paragraph_breaks(doc: Doc) -> Doc:
    """Mark the first word of a paragraph as a sentence start (the parser keeps preset starts).

    A paragraph starts after a blank line, or after a single line break that ends a sentence ("." "?"
    "!" or a closing quote) or a short line (a headline, a dateline, a byline). A hard-wrapped line of body
    text (long, no final punctuation) or a next line in lower case goes on with the same sentence. Only
    `is_sent_start` is set, never the tokens or their offsets.
    """
    text = doc.text
    for token in doc[:-1]:
        gap = token.text if token.is_space else token.whitespace_
        if "\n" not in gap:
            continue
        following = doc[token.i + 1]
        if following.is_space or following.text[:1].islower():
            continue
        end = token.idx + len(token.text) if not token.is_space else token.idx
        line = text[text.rfind("\n", 0, end) + 1: end].strip()
        if gap.count("\n") > 1 or len(line) < SHORT_LINE or line.endswith(SENTENCE_ENDS):
            following.is_sent_start = True
    return doc


@Language.factory("stancegraph_org_names_v1", default_config={"min_words": 3})
def make_org_names(nlp: Language, name: str, min_words: int) -> OrganisationNames:
    return OrganisationNames(min_words=min_words)


class OrganisationNames:
    """Re-join organisation names the NER split: a run of capitalised words ending in an organisation word
    ("Center", "Council", ...) that holds pieces of two or more entities becomes one ORG entity."""

    def __init__(self, *, min_words: int = 3) -> None:
        self.min_words = min_words

    def __call__(self, doc: Doc) -> Doc:
        found: list[Span] = []
        for token in doc:
            if token.text not in ORGANISATION_HEADS and token.text not in NAMEPLATE_HEADS:
                continue
            start = token.i
            while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper() \
                    and not doc[start - 1].is_sent_start:
                start -= 1
            run = doc[start: token.i + 1]
            if _nameplate(run):  # "the Washington Post": the paper, not the United States
                for word in run:
                    word.ent_id_ = ""  # the entity keeps its first token's reference id otherwise
                found.append(Span(doc, start, token.i + 1, label="ORG"))
                continue
            if len(run) < self.min_words or doc[start].ent_type_ == "NORP" or _one_entity(run):
                continue
            found.append(Span(doc, start, token.i + 1, label="ORG"))
        _put_entities(doc, found)
        _put_entities(doc, _cut_at_of(doc))  # read from the entities the first step left
        return doc


def _nameplate(run: Span) -> bool:
    """A place and a nameplate word, the name of a newspaper: "Washington Post", "Tehran Times"."""
    return len(run) == 2 and run[-1].text in NAMEPLATE_HEADS and run[0].ent_type_ == "GPE"


def _put_entities(doc: Doc, spans: list[Span]) -> None:
    """Make `spans` entities of `doc`, in place of every entity they overlap."""
    if spans:
        kept = [e for e in doc.ents if not any(e.start < f.end and f.start < e.end for f in spans)]
        doc.ents = filter_spans(kept + spans)


def _cut_at_of(doc: Doc) -> list[Span]:
    """Organisation names the recogniser cut at "of", leaving the place that ends them an entity of its
    own: "[the Business Council of] [Canada]", "[the Chamber of Commerce of] [Mexico]" -> one ORG each."""
    ents = list(doc.ents)
    return [
        Span(doc, ent.start, after.end, label="ORG")
        for ent, after in zip(ents, ents[1:], strict=False)
        if ent.label_ == "ORG" and doc[ent.end - 1].lower_ == "of" and after.start == ent.end
        and after.label_ in ("GPE", "LOC", "NORP", "ORG")
    ]


def _one_entity(run: Span) -> bool:
    """True when a single entity already covers the whole run."""
    first = run[0]
    if not first.ent_type_:
        return False
    return all(t.ent_type_ == first.ent_type_ and (t.i == first.i or t.ent_iob_ == "I") for t in run)


def build_pipeline(name: str, *, actors_file: Path | None = None) -> Language:
    """Load the installed pipeline `name` and add the reference-actor ruler and the organisation joiner."""
    try:
        nlp = spacy.load(name, exclude=[])
    except OSError as exc:
        raise RuntimeError(
            f"spaCy pipeline {name!r} is not installed (setting STANCEGRAPH_PIPELINE); "
            "`make install` installs the default one"
        ) from exc
    keep_prefixed_words(nlp)  # "de-escalate" is one word (graph/extract/prefixed_words.py)
    if "lemmatizer" in nlp.pipe_names:
        nlp.add_pipe(PREFIXED_LEMMAS, name="prefixed_lemmas", after="lemmatizer")
        if "parser" in nlp.pipe_names:
            nlp.add_pipe("stancegraph_statement_clauses_v1", name="statement_clauses", after="prefixed_lemmas")
            nlp.add_pipe("stancegraph_participles_v1", name="participles", after="statement_clauses")
    before = "ner" if "ner" in nlp.pipe_names else None
    nlp.add_pipe("stancegraph_actor_ruler_v1", name="reference_actors", before=before,
                 config={"actors_file": str(actors_file or reference_file())})
    nlp.add_pipe("stancegraph_org_names_v1", name="organisation_names", after=before)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("stancegraph_holder_names_v1", name="holder_names", after="organisation_names")
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("stancegraph_paragraphs_v1", name="paragraphs", before="parser")
        nlp.add_pipe("stancegraph_coordination_v1", name="coordination", after="parser")
    return nlp
