"""Actor resolution, first cut: named entities and reference actors to actor records with stable keys."""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from graph.extract.reference import ReferenceActor, load_reference_actors
from graph.iris import slugify
from graph.records import Actor

ENTITY_KINDS = {"PERSON": "Person", "ORG": "Organization", "GPE": "State", "NORP": "Group"}
HONORIFICS = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "president", "prime", "minister", "the"}


class ActorResolver:
    """Maps entity spans of one document to actors, merging surnames with full names."""

    def __init__(self) -> None:
        self.reference = load_reference_actors()
        self.actors: dict[str, Actor] = {}
        self._surnames: dict[str, str] = {}

    def read(self, doc: Doc) -> None:
        """Resolve every actor mention of a parsed document (entities first, in text order)."""
        self._token_actor: dict[int, str] = {}
        for ent in doc.ents:
            actor = self.resolve(ent)
            if actor is not None:
                for token in ent:
                    self._token_actor[token.i] = actor.key

    def actor_at(self, token: Token) -> Actor | None:
        """The actor that `token` refers to (part of a name, a pronoun, a role noun ...), if any.

        This is the one question the stance detector asks of actor resolution.
        """
        key = getattr(self, "_token_actor", {}).get(token.i)
        return self.actors.get(key) if key else None

    @property
    def mentioned(self) -> set[str]:
        """Keys of every actor the document names."""
        return set(self.actors)

    def resolve(self, span: Span) -> Actor | None:
        kind = ENTITY_KINDS.get(span.label_)
        if kind is None:
            return None
        if span.ent_id_ and span.ent_id_ in self.reference:
            return self._from_reference(self.reference[span.ent_id_], span.text)
        words = [t.text for t in span if t.text.lower() not in HONORIFICS]
        if not words:
            return None
        name = " ".join(words).removesuffix("'s").strip()
        if kind == "Person":
            surname = words[-1]
            if len(words) == 1 and surname in self._surnames:
                actor = self.actors[self._surnames[surname]]
                actor.aliases.add(span.text)
                return actor
            for ref in self.reference.values():
                if ref.kind == "Person" and (name in ref.aliases | {ref.label} or ref.label.endswith(" " + name)):
                    return self._from_reference(ref, span.text)
        key = slugify(name)
        actor = self.actors.setdefault(key, Actor(key=key, label=name, kind=kind))
        actor.aliases.add(span.text)
        if kind == "Person":
            self._surnames[words[-1]] = key
        return actor

    def _from_reference(self, ref: ReferenceActor, surface: str) -> Actor:
        actor = self.actors.get(ref.key)
        if actor is None:
            actor = self.actors[ref.key] = Actor(
                key=ref.key, label=ref.label, kind=ref.kind, represents=ref.represents,
                same_as=set(ref.same_as), offices=set(ref.offices), country=ref.country,
            )
            if ref.kind == "Person":
                self._surnames[ref.label.split()[-1]] = ref.key
        actor.aliases.add(surface)
        return actor
