"""Stance records from the detector's candidates, with actors resolved (main process).

The spaCy component (graph/extract/detector.py) leaves token indices on the Doc; here each candidate
meets actor resolution (`resolver.actors_at`/`actor_at`): the first candidate holder group that names
an actor other than the target becomes the holder (one stance per conjoined holder and per conjunct
position), the first source that names an actor becomes `attributed_to` (modality `reported` when it is
not the holder), concessions get their framers and addressee, relative dates their calendar date.
A candidate with no holder, or with neither position nor target where its type needs one, is dropped:
a stance for every verb would ruin precision.
"""

from __future__ import annotations

from collections import ChainMap
from datetime import date
from functools import lru_cache
from itertools import product
from pathlib import Path
from typing import Any, Protocol

from spacy.tokens import Doc, Token

from graph.extract import dates
from graph.extract.boilerplate import in_dateline
from graph.extract.costs import own_ranks
from graph.extract.detector import USER_DATA_KEY
from graph.extract.doc_text import text_of
from graph.extract.lexicon import ACTOR_NOUNS, GEOGRAPHIC_FEATURES, HOLDER_NOUNS, NOUNS
from graph.extract.modality import nobody_named
from graph.extract.names import names_a_document
from graph.extract.positions import PositionIndex
from graph.extract.reference import ReferenceActor, load_reference_actors, reference_file
from graph.extract.replies import link_replies, same_side
from graph.extract.role_nouns import TITLED_ROLES
from graph.iris import slugify
from graph.records import Actor, Concession, Evidence, Position, Stance

# where a report's content hangs from its verb ("said (that) ...", "X will ..., Y said")
_REPORTED = frozenset(("ccomp", "xcomp", "parataxis"))
# types that say something only with a position (or, for these, a target)
TARGETED = frozenset({"Accuse", "Threaten", "Support", "Oppose", "Demand", "Reject"})


@lru_cache(maxsize=4)
def _demonyms(path: Path) -> dict[str, ReferenceActor]:
    """Reference States of the gazetteer `path` by demonym, lowercase ("ukrainians" -> Ukraine)."""
    return {d.lower(): ref for ref in load_reference_actors(path).values() for d in ref.demonyms}


class Resolver(Protocol):
    def actor_at(self, token: Token) -> Actor | None: ...


def actors_at(resolver: Resolver, token: Token) -> list[Actor]:
    """Actors a token refers to (several for a conjunction, when the resolver can tell)."""
    many = getattr(resolver, "actors_at", None)
    if many is not None:
        found = list(many(token))
        if found:
            return found
    actor = resolver.actor_at(token)
    return [actor] if actor is not None else []


class StanceAssembler:
    """Turns one Doc's candidates into Stance records; new collective actors go into `extra_actors`."""

    def __init__(self, doc: Doc, resolver: Resolver, document_id: str, document_date: date | None) -> None:
        self.doc, self.resolver = doc, resolver
        self.text = text_of(doc)
        self.document_id, self.document_date = document_id, document_date
        self.extra_actors: dict[str, Actor] = {}
        # every actor the assembly knows, the resolver's first; a live view, so Groups made later are in it
        self._all_actors = ChainMap(getattr(resolver, "actors", {}), self.extra_actors)
        self.positions = PositionIndex()
        self.any_noun = False

    def stances(self) -> list[Stance]:
        out: list[Stance] = []
        seen: set[tuple[Any, ...]] = set()
        built = [(cand, self._from_candidate(cand)) for cand in self.doc.user_data.get(USER_DATA_KEY, [])]
        offered = {s.holder for c, made in built if not _bare_offer(c) for s in made if s.type.value == "Offer"}
        said = self._said_by_own_stance(built)
        for cand, made in built:
            for stance in made:
                if _bare_offer(cand) and stance.holder in offered:
                    continue  # "the union's proposal was unaffordable": the offer it made, named again
                if stance.type.value == "Claim" and (cand["cue"], stance.holder) in said:
                    continue
                key = (
                    stance.type,
                    stance.holder,
                    stance.polarity,
                    stance.target,
                    stance.position.key if stance.position else None,
                    stance.evidence.start,
                )
                if key not in seen:
                    seen.add(key)
                    out.append(stance)
        # replies to earlier stances take their targets, bare refusals their positions (replies.py)
        return link_replies(out, self._all_actors)

    def _said_by_own_stance(self, built: list[tuple[dict[str, Any], list[Stance]]]) -> set[tuple[int, str]]:
        """(cue, holder) of the reports whose content is a stronger stance of the same actor: "If Minsk
        ..., Vilnius will close the border, Lithuania's president said" is Lithuania's threat, and no Claim
        of Lithuania's besides (the detector tells a pronoun or the same words; here, the resolved actor)."""
        stronger = [
            (cand["cue"], s.holder) for cand, made in built for s in made if s.type.value != "Claim"
        ]
        said: set[tuple[int, str]] = set()
        for cand, made in built:
            for s in made:
                if s.type.value != "Claim":
                    continue
                verb = self.doc[cand["cue"]]
                contents = [c for c in verb.children if c.dep_ in _REPORTED]
                if any(h == s.holder and _heads(self.doc[cue], contents) for cue, h in stronger):
                    said.add((cand["cue"], s.holder))
        return said

    def _resolve(
        self,
        groups: list[list[int]],
        *,
        allow_group: bool = False,
        avoid: set[str] | frozenset[str] = frozenset(),
    ) -> list[Actor]:
        """Actors of the first group that names any (resolver first; then, if allowed, a fallback)."""
        first = self.doc[groups[0][0]] if groups and groups[0] else None
        if first is not None and first.dep_ in ("nsubj", "nsubjpass") and nobody_named(first):
            return []  # "no country would accept", "neither side agreed": nobody in particular, nor the speaker
        if allow_group:  # every group for a named actor before any stands in as a Group
            order = [(find, group) for find in (self._resolved, self._fallback) for group in groups]
        else:  # group by group, a demonym too: "sanctions on Turkish banks that deal with Russia" hit Turkey
            order = [(find, group) for group in groups for find in (self._resolved, self._known)]
        for find, group in order:
            found: list[Actor] = []
            for i in group:
                for actor in find(self.doc[i]):
                    if actor.key not in avoid and actor not in found:
                        found.append(actor)
            if found:
                return found
        return []

    def _unnamed_sources(self, groups: list[list[int]]) -> list[Actor]:
        """A source that names nobody but a person or a body by its role ("according to the mayor", "the
        governor said ..."): the Group its holder stances would have, never any other noun."""
        any_noun, self.any_noun = self.any_noun, False
        try:
            return self._resolve(groups, allow_group=True)
        finally:
            self.any_noun = any_noun

    def _resolved(self, token: Token) -> list[Actor]:
        return actors_at(self.resolver, token)

    def _known(self, token: Token) -> list[Actor]:
        """A demonym ("American firms") or a name actor resolution already knows."""
        known = self._known_by_name(token.text) if token.pos_ in ("NOUN", "PROPN", "ADJ") else None
        return [known] if known is not None else []

    def _fallback(self, token: Token) -> list[Actor]:
        """Stand-in while actor resolution misses a mention: a demonym ("the Ukrainians") is its State,
        a name already known is that actor, and a collective noun phrase ("Rwandan rebels") a Group."""
        if token.pos_ == "ADJ":  # "Russian demands for neutrality": the demonym's state makes them
            return self._known(token) if token.ent_type_ == "NORP" and token.dep_ == "amod" \
                and token.head.lemma_.lower() in NOUNS else []  # a stance noun's, not "a Russian ministry"
        if token.pos_ not in ("NOUN", "PROPN") or (token.ent_type_ in ("GPE", "LOC") and names_a_document(token)):
            return []  # "the Paris climate agreement": the place names the agreement, it holds nothing
        known = self._known_by_name(token.text)
        if known is not None:
            return [known]
        body = _headed_body(token)
        if body is not None:  # "the union's leader", "the head of the union": the union speaks
            return self._fallback(body)
        owner = _owning_pronoun(token)
        if owner is not None:  # "The union rejected the offer. Its leader said ...": the union speaks
            owners = self._resolved(owner)
            if len(owners) == 1 and owners[0].kind != "Person":
                return owners
        named = token.pos_ == "PROPN" or token.ent_type_ in ("NORP", "GPE", "ORG")
        if not (named or self.any_noun or token.lemma_.lower() in HOLDER_NOUNS):
            return []
        words = [
            t
            for t in token.subtree
            if t.i <= token.i
            and (
                t == token
                or t.tag_ == "HYPH"  # "the US-led coalition"
                or (t.dep_ not in ("det", "poss", "case", "punct") and (not t.is_stop or t.pos_ == "PROPN"))
            )
            and not in_dateline(t)
        ]  # the noun itself even when it is a stop word ("each side") or a possessor ("the union's demands");
        # a name even when it looks like one ("US")
        # common nouns in lower case, so "Analysts said" and "analysts said" make one Group everywhere
        label = " ".join(t.text if t.pos_ == "PROPN" or t.ent_type_ else t.lower_ for t in words).strip()
        label = label.replace(" - ", "-")
        if not label:
            return []
        known = self._known_by_name(label)
        if known is not None:
            return [known]
        key = slugify(label)
        actor = self.extra_actors.setdefault(key, Actor(key=key, label=label, kind="Group"))
        actor.aliases.add(label)
        # as written, the dateline left out: "the union", "the teachers' union"
        written = "".join(t.text_with_ws for t in self.doc[token.left_edge.i : token.i + 1] if not in_dateline(t))
        actor.aliases.add(written.strip())
        return [actor]

    def _known_by_name(self, name: str) -> Actor | None:
        wanted = name.lower().removeprefix("the ")
        actors: dict[str, Actor] = getattr(self.resolver, "actors", {})
        for actor in actors.values():
            if wanted == actor.label.lower() or any(wanted == a.lower() for a in actor.aliases):
                return actor
        if name[:1].isupper() and " " not in name:  # "Lopez", the recogniser missing it, after "Maria Lopez"
            bearers = [a for a in actors.values() if a.kind == "Person" and a.label.lower().split()[-1] == wanted]
            if len(bearers) == 1:
                return bearers[0]
        ref = _demonyms(reference_file()).get(wanted)
        if ref is None:
            return None
        if ref.key in actors:
            return actors[ref.key]
        actor = self.extra_actors.setdefault(
            ref.key,
            Actor(
                key=ref.key,
                label=ref.label,
                kind=ref.kind,
                represents=ref.represents,
                same_as=set(ref.same_as),
                offices=set(ref.offices),
                country=ref.country,
            ),
        )
        actor.aliases.add(name)
        return actor

    def _from_candidate(self, cand: dict[str, Any]) -> list[Stance]:
        targets = self._addressed(cand["targets"]) or self._resolve(cand["targets"]) or self._collective_targets(
            cand["targets"]
        )
        if len(targets) > 1 and {t.key for t in targets} <= {h.key for h in self._resolve(cand["holders"])}:
            targets = []  # "Qatar and Egypt urged both sides to ...": a pair is not asked of by itself
        # "urged Israel and Hamas to accept", "accused Russia and Belarus of ...": asked of, or aimed at, each
        aims: list[str | None] = [t.key for t in targets] or [None]
        target = aims[0]
        if target is None and (
            cand.get("needs_target") or (cand["family"] == "speech" and cand["type"] == "Accuse")
        ):
            return []  # "X said a bombing killed ...": an event report, not an accusation of anyone
        # a report's noun subject ("sources said", "cast members said") is a Group actor
        self.any_noun = bool(cand.get("any_noun")) or (cand["family"] == "speech" and cand["type"] == "Claim")
        holder_groups = _own_members(self.doc, cand["holders"], cand["sources"])
        holders = self._resolve(holder_groups, allow_group=True, avoid={target} if target else set())
        if not holders and target and cand["family"] == "verb" and self._pronoun_target(cand["targets"]):
            # "China demanded that it be allowed to inspect the site": a stance verb's pronoun target
            # resolved to the holder itself; the stance stands, aimed at no one (not so a named target that
            # is the holder, nor "Berlin said it must cut its spending", an obligation one takes on)
            holders = self._resolve(holder_groups, allow_group=True)
            if holders:
                aims, target = [None], None
        sources = self._resolve(cand["sources"]) or self._unnamed_sources(cand["sources"])
        if not holders and sources and self._pronoun_holder(cand):
            holders = sources[:1]
        if not holders:
            return []
        partners = [  # "X reached an agreement with Y": Y agrees too (graph/extract/reciprocal.py)
            p for p in self._resolve(cand.get("partners", []), allow_group=True) if p not in holders
        ]
        sides = [h.key for h in holders]  # whom a partner agrees with
        holders += partners
        positions = [
            (self.positions.canonical(Position(key=p["key"], label=p["label"])), p.get("types", []))
            for p in cand["positions"]
        ]
        if not positions and not (
            _bare_reply(cand)  # "The union refused.": what it refuses is read from the sentences above
            or cand["polarity"] == "negative"
            or cand["type"] == "Claim"
            or ((target or (cand.get("reciprocal") and len(holders) > 1)) and cand["type"] in TARGETED)
            or (cand["type"] == "Concede" and cand["family"] in ("phrasal", "verb"))  # "backed down", "I concede"
        ):
            return []
        kind = cand["type"]
        acting = self._resolve(cand.get("own_act", []))
        if acting and not any(_speaks_for(h, acting[0]) for h in holders):
            kind = "Claim"  # "Austria warned that Hungary would veto ...": a prediction about another actor
        start, end = cand["sent"]
        evidence = Evidence(self.document_id, self.text[start:end], start, end)
        when = dates.resolve(cand.get("when"), self.document_date)
        out: list[Stance] = []
        for n, holder in enumerate(holders):
            # "Kenya and Uganda said they would ...": each speaker reports its own stance
            source = holder.key if holder in sources else sources[0].key if sources else None
            modality = cand["modality"]
            if source and source != holder.key and modality == "asserted":
                modality = "reported"
            # "X and Y blamed each other": each holder's target is the other
            others: list[str | None] = [h.key for k, h in enumerate(holders) if k != n]
            # not aimed at its own side: "ruled out a meeting between Xi and the Japanese prime minister"
            own_side = [a for a in aims if a is not None and a != holder.key and self._same_side(a, holder.key)]
            aimed: list[str | None] = others if cand.get("reciprocal") and others else (
                [a for a in aims if a != holder.key and a not in own_side] or [target]
            )
            if holder in partners:
                aimed = list(sides)  # "the union reached an agreement with the employers": with the union
            for (position, own), aim in product(positions or [(None, [])], aimed):  # type: ignore[list-item]
                out.append(
                    Stance(
                        type=kind,
                        holder=holder.key,
                        evidence=evidence,
                        target=aim if aim != holder.key else None,
                        position=position,
                        polarity=cand["polarity"],
                        modality=modality,
                        attributed_to=source,
                        concession=self._concession(cand, aim, own),
                        date=when,
                        cue=cand["cue_text"],
                    )
                )
        return out

    def _same_side(self, first: str, second: str) -> bool:
        """Whether one of two actors speaks for the other (graph/extract/replies.py, same_side)."""
        return same_side(first, second, self._all_actors)

    def _pronoun_target(self, groups: list[list[int]]) -> bool:
        """The first target group is a third-person pronoun ("it", "they", "him")."""
        return bool(groups and groups[0]) and self.doc[groups[0][0]].lower_ in ("it", "they", "them", "him", "her")

    def _addressed(self, groups: list[list[int]]) -> list[Actor]:
        """The one the cue addresses, named by a collective noun ("warned the company of sanctions if it
        kept selling chips to China"), or by a name the recogniser left untyped ("warned the West of
        consequences if it sent missiles to Kyiv"): the verb's own object comes before a name further
        on, in a condition or a phrase, that only a fallback would let win."""
        first = self.doc[groups[0][0]] if groups and groups[0] else None
        if first is None or first.dep_ not in ("dobj", "dative"):
            return []
        if first.pos_ != "NOUN" and not (
            first.pos_ == "PROPN" and first.ent_type_ in ("", "LOC")
            and not any(t.ent_type_ for t in first.subtree if t != first)  # "the Iraq War": Iraq's, below
        ):
            return []
        if self._resolve(groups[:1]):
            return []
        return self._collective_targets(groups[:1])

    def _collective_targets(self, groups: list[list[int]]) -> list[Actor]:
        """A collective noun target actor resolution has no entity for ("accused the employers of ...")."""
        for group in groups:
            token = self.doc[group[0]]
            # a common noun, also one the tagger took for a name ("demanded that the president resign")
            common = token.pos_ == "NOUN" or (token.pos_ == "PROPN" and not token.ent_type_ and token.is_lower)
            if common and token.lemma_.lower() in HOLDER_NOUNS and not _manner(token):
                return self._fallback(token)
            # "warned the West of ...", "demanded that the West stop ...": whom the cue or the act asked names
            # (an untyped name only as a clause's subject: "said Europe must not give in" names a region
            # whose actor the text names otherwise)
            asked = token.dep_ in ("dobj", "dative") or (
                token.dep_ == "nsubj" and token.head.dep_ == "ccomp"
                and (not token.ent_type_ or any(c.dep_ == "det" and c.lower_ == "the" for c in token.children))
            )  # ("the West must stop ...": a bloc of states)
            if (
                token.pos_ == "PROPN" and token.ent_type_ in ("", "LOC") and asked
                and token.lemma_.lower() not in GEOGRAPHIC_FEATURES
            ):
                # "warned the West of ...": a name the recogniser left untyped, or took for a region (not
                # "close the Strait of Hormuz", a place)
                return self._fallback(token)
        return []

    def _pronoun_holder(self, cand: dict[str, Any]) -> bool:
        """A personal pronoun holder ("he said he would ..."), which its source names; not "those who
        call for revolution" or "anyone who", whom the source speaks about."""
        groups = cand["holders"]
        return bool(groups) and self.doc[groups[0][0]].pos_ == "PRON" and self.doc[groups[0][0]].tag_ == "PRP"

    def _concession(self, cand: dict[str, Any], target: str | None, own: list[str]) -> Concession | None:
        info = cand.get("concession") or {}
        types = [*info.get("types", []), *own]
        if not types:
            return None
        framers = [a.key for group in info.get("framed_by", []) for a in self._resolve([group])]
        to = self._resolve(info.get("conceded_to", []))
        return Concession(
            types=types, conceded_to=to[0].key if to else target, framed_by=sorted(set(framers))
        )


def _heads(cue: Token, contents: list[Token]) -> bool:
    """Whether the cue is the predicate of one of a report's content clauses, or an infinitive chained to
    it ("said it would not hesitate to respond"); not a verb joined by "and" ("said the ball was in
    Israel's court and urged ...": a Claim and a Demand)."""
    node = cue
    for _ in range(4):
        if node in contents:
            return True
        if node.dep_ not in ("xcomp", "acomp") or node.head == node:
            return False
        node = node.head
    return False


def _manner(noun: Token) -> bool:
    """ "(retaliate) with force", "(seized) by force": a bare mass noun of manner, not the body of the
    same name ("the force", "Israeli forces")."""
    return (
        noun.dep_ == "pobj" and noun.head.lower_ in ("with", "by") and noun.tag_ == "NN"
        and not any(c.dep_ in ("det", "poss", "amod", "compound") for c in noun.children)
    )


def _bare_offer(cand: dict[str, Any]) -> bool:
    """An owned offer noun that is its own position ("the union's final offer was rejected"): a new Offer
    only when its owner makes no other in the document, else a mention of that one."""
    positions = cand.get("positions") or []
    return (
        cand["family"] == "noun"
        and cand["type"] == "Offer"
        and len(positions) == 1
        and positions[0]["label"].split()[-1].lower() == cand["cue_text"].lower()
    )


def _headed_body(role: Token) -> Token | None:
    """The unnamed body a role noun heads or speaks for ("the union's leader", "the head of the
    federation", "the council's spokesman"), which holds what its head says; None for a named one
    (actor resolution places "NATO's chief") or none."""
    if role.lemma_.lower() not in TITLED_ROLES or role.pos_ != "NOUN":
        return None
    owners = [c for c in role.children if c.dep_ == "poss"] + [
        o for p in role.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"
    ]
    return next(
        (o for o in owners if o.pos_ == "NOUN" and o.lemma_.lower() in ACTOR_NOUNS and not o.ent_type_), None
    )


def _owning_pronoun(role: Token) -> Token | None:
    """The "its" or "their" of a role noun that speaks for a body ("its president", "their spokesman")."""
    if role.lemma_.lower() not in TITLED_ROLES or role.pos_ != "NOUN":
        return None
    return next((c for c in role.children if c.dep_ == "poss" and c.lower_ in ("its", "their")), None)


def _speaks_for(holder: Actor, actor: Actor) -> bool:
    """Whether `actor` is the holder or one it speaks for or belongs to (Rubio and Washington)."""
    own = {holder.key, holder.represents, holder.country, *holder.affiliated_with} - {None}
    return (
        actor.key in own
        or actor.represents in own
        or (actor.country is not None and actor.country == holder.key)
    )


def _bare_reply(cand: dict[str, Any]) -> bool:
    """A refusal or a denial with neither position nor target ("The union refused.", "Moscow denied."),
    which answers a stance of the sentences above it or is dropped (graph/extract/replies.py)."""
    return cand["type"] in ("Reject", "Deny") and cand["family"] == "verb" and not cand["positions"] \
        and not cand["targets"] and cand["polarity"] == "positive"


def detect_stances(
    doc: Doc, resolver: Resolver, document_id: str, document_date: date | None = None
) -> list[Stance]:
    """Stances of a Doc that went through the stance detector (collective actors are dropped here;
    use StanceAssembler to keep them)."""
    return StanceAssembler(doc, resolver, document_id, document_date).stances()


def _own_members(doc: Doc, holders: list[list[int]], sources: list[list[int]]) -> list[list[int]]:
    """ "The union said its members would strike", "Hamas said its fighters would attack": members or
    forces the speaker calls its own act as the speaker, who holds the stance (a union speaking for its
    membership, an armed group or a state for its fighters, troops or units)."""
    first = doc[holders[0][0]] if holders and holders[0] else None
    if first is None or not sources or not own_ranks(first):
        return holders
    return sources + holders
