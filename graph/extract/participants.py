"""Who takes a stance: the holder patterns of a cue (graph/extract/cues/); whom it is towards is read by
graph/extract/targets.py, with the helpers here that both share (conjuncts, clause subjects, receivers).

- holders: the subject (active), the agent (passive "was rejected by X"), the possessor ("Russia's
  offer", "his demands"), the subject of a reporting verb ("X reiterated requirements"), climbing
  through xcomp/conj/advcl when the verb has no subject of its own; a participle's holder is the noun
  it modifies ("demonstrators protesting the results");
Each candidate is a group of token indices (a token and its conjuncts), best first; actor resolution
picks the first group that names an actor.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from graph.extract import blame, conditions, discontent, verdicts
from graph.extract import lexicon as lx
from graph.extract.attribution import quoted_speaker
from graph.extract.boilerplate import past_dateline
from graph.extract.costs import own_ranks
from graph.extract.cues import ACTOR_ENTS, Cue, actor_like, lemma_of
from graph.extract.cues.tokens import hung_agent
from graph.extract.deeds import brought_object, made_to
from graph.extract.modality import compelled, raised
from graph.extract.nominal import container
from graph.extract.role_nouns import PERSONAL_BODIES, TITLED_ROLES

_SUBJECTS = ("nsubj", "csubj")
_RELATIVE = frozenset("who which that whom".split())
_DISTRIBUTIVES = frozenset(("each", "both"))
# a holder counted or gathered "of" others stands for them: "thousands of refugees", "a bloc of island states"
_QUANTITIES = frozenset("thousand hundred dozen million score number group bloc lot majority".split())
# texts that state a stance for their author ("a UN report accused ...", "an EU statement urged ...")
_WRITINGS = frozenset(
    "report statement study survey document letter memo memorandum communique communiqué readout analysis "
    "assessment review audit resolution declaration".split()
)

# verbs that state a noun cue, whose subject holds it: "reiterated its demand", "unveiled a proposal"
_STATING_VERBS = lx.REPORTING_VERBS | lx.LIGHT_VERBS | lx.PRESENTING_VERBS
_VOICING_VERBS = _STATING_VERBS | {"raise"}
# passives of purpose: "X's tests are designed / meant / aimed at ..." (what the means are for)
_PURPOSE_PASSIVES = frozenset("aim design mean intend calculate".split())



def holder_groups(cue: Cue) -> list[list[int]]:
    """Candidate holders, best first: each group is a token and its conjuncts ("Russia and Ukraine")."""
    token = cue.token
    groups: list[list[int]] = []
    stipulated = conditions.stipulated(token) if cue.family == "stipulation" else None
    if stipulated is not None:  # "X will sign only if Y ...": X sets the condition
        return clause_subjects(stipulated[1], conditional=True)
    if cue.family == "noun":
        groups.extend(_noun_holders(token))
        head = token.head
        place = container(token)  # "issued a list of demands: ...": the list stands for them
        # "raised concerns / objections about X" voices them, as "voiced" does
        stating = _VOICING_VERBS if lx.NOUNS.get(lemma_of(token)) == "Oppose" else _STATING_VERBS
        if (
            place.dep_ in ("dobj", "attr")
            and lemma_of(place.head) in stating
            and receiver_of(token) is None
        ):
            groups.extend(clause_subjects(place.head))
        elif token.dep_ == "dobj" and lemma_of(head) == "have" and _counted(token):
            groups.extend(clause_subjects(head))  # "the strikers have three demands: ...": theirs
        if conditions.stipulation(token):  # "X will agree on condition that ...": X's condition
            groups.extend(clause_subjects(conditions.stipulating_verb(token)))
        elif token.dep_ == "nsubj" and lemma_of(head) == "be":  # "the condition is that ..., X said"
            groups.extend(clause_subjects(head)[1:])
        return groups
    if cue.type == "Concede" and token.dep_ == "amod" and token.tag_ == "VBG":
        return [with_conjuncts(token.head)]  # "the retreating troops", "surrendering fighters": they yield
    if cue.family == "defiance":  # "Britain will not be blackmailed": Britain refuses ("we are not going to
        # be bullied into ...": the subject of "going")
        defiant = [with_conjuncts(c) for c in token.children if c.dep_ == "nsubjpass"]
        return defiant or [with_conjuncts(c) for c in token.head.children if c.dep_ == "nsubj"]
    if cue.family == "blame":  # "was held responsible by the UN": the UN
        return blame.holders(token) + clause_subjects(token)
    if cue.family == "verdict":  # "was called a fraud by X": X
        return verdicts.holders(token) + _with_owners(token.doc, clause_subjects(token))
    own = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON"]
    if cue.family == "discontent" and own:  # "(reshuffled ...) because many disagreed with X": many, or no one
        return _with_owners(token.doc, [with_conjuncts(c) for c in own])
    if cue.family == "discontent" and discontent.feels(token):  # "was disappointed by the verdict": not the
        # verdict but the one disappointed, the passive's subject
        felt = [with_conjuncts(_antecedent(c)) for c in token.children if c.dep_ == "nsubjpass"]
        return _with_owners(token.doc, felt + clause_subjects(token, agents=False))
    if cue.family == "adjective":
        for child in token.children:
            if child.dep_ in _SUBJECTS:
                groups.append(with_conjuncts(_antecedent(child)))
        clause = token.head if token.dep_ in ("acomp", "oprd") else token
        return _with_owners(token.doc, groups + clause_subjects(clause))
    return _with_owners(token.doc, clause_subjects(token))


# nouns that name actors themselves: "Volkswagen's works council" is the council, not Volkswagen
_PERSONS = lx.HOLDER_NOUNS


def _counted(noun: Token) -> bool:
    """ "three demands", "a condition", "demands": a count noun, not the mass noun of a market ("has
    strong demand for its cars")."""
    return noun.tag_ == "NNS" or any(c.dep_ in ("det", "nummod") for c in noun.children)


def _with_owners(doc: Doc, groups: list[list[int]]) -> list[list[int]]:
    """Each holder group followed by the owner of the thing it names, for when the thing names no actor:
    "Russia's rhetoric is aimed at intimidating ...", "his latest controversy: urging that ..."."""
    out: list[list[int]] = []
    for group in groups:
        out.append(group)
        head = doc[group[0]]
        if head.pos_ == "NOUN" and not head.ent_type_ and lemma_of(head) not in _PERSONS:
            out.extend([c.i] for c in head.children if c.dep_ == "poss")
        if head.pos_ == "NOUN" and lemma_of(head) in _WRITINGS:  # "a UN report accused ...": the UN's
            out.extend([c.i] for c in head.children if c.dep_ in ("compound", "amod") and _names_author(c))
            out.extend(with_conjuncts(a) for a in _issuers(head))  # "a statement from / issued by X"
    return out


def _issuers(writing: Token) -> list[Token]:
    """Who issued a statement or a report: "a statement from the ministry", "a joint statement by Egypt
    and Qatar", "the statement, issued by the foreign ministry, ...", "its statement"."""
    preps = [c for c in writing.children if c.dep_ == "prep" and c.lower_ in ("from", "by", "of")]
    preps += [  # "issued / released / carried by X"
        a for acl in writing.children if acl.dep_ == "acl" for a in acl.children if a.dep_ == "agent"
    ]
    return [p for prep in preps for p in prep.children if p.dep_ == "pobj" and p.lemma_.lower() not in _WRITINGS]


def _names_author(modifier: Token) -> bool:
    """A name or a body before a text that says who wrote it: "a UN report", "a Russian study", "a
    foreign ministry statement"."""
    return (
        modifier.ent_type_ in ("ORG", "GPE", "NORP")
        or (modifier.pos_ == "PROPN" and modifier.ent_type_ != "DATE")
        or lemma_of(modifier) in lx.ACTOR_NOUNS
    )


def _noun_holders(noun: Token) -> list[list[int]]:
    groups: list[list[int]] = []
    for child in dict.fromkeys([*noun.children, *container(noun).children]):  # "the rebels' list of demands"
        if child.dep_ == "poss":
            groups.append(with_conjuncts(child))
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in ("by", "from"):  # "calls by X", "demands from X"
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    groups.append(with_conjuncts(pobj))
        elif child.dep_ == "prep" and child.lower_ == "of" and lemma_of(noun) not in lx.OF_OBJECT_NOUNS:
            # "the demands of the truckers for lower tolls": the genitive "of" names whose they are
            groups.extend(with_conjuncts(p) for p in child.children if p.dep_ == "pobj" and _collective(p))
    receiver = receiver_of(noun)
    if receiver is not None:  # "faces pressure from X": the parser hangs "from X" on the verb
        for child in receiver.children:
            if child.dep_ == "prep" and child.lower_ == "from":
                groups.extend(with_conjuncts(p) for p in child.children if p.dep_ == "pobj")
    for child in noun.children:
        if child.dep_ in ("amod", "compound") and (child.ent_type_ in ACTOR_ENTS or child.pos_ == "PROPN"):
            groups.append([child.i])
        elif (
            child.dep_ == "amod" and child.pos_ == "VERB"
        ):  # "Washington's stated desire", parsed as a clause
            groups.extend(with_conjuncts(s) for s in child.children if s.dep_ == "nsubj")
    return groups


def _agentless_participle(verb: Token) -> bool:
    """A passive participle hung on another clause with no subject and no "by" of its own: "(resigned)
    after being accused of corruption", "the general, accused of negligence, ...". Whoever it hangs on is
    the one it is done to, not its doer."""
    if verb.tag_ != "VBN" or verb.dep_ not in ("advcl", "acl", "pcomp"):
        return False
    if verb.dep_ == "acl" and verb.head.dep_ == "ROOT" and verb.head.pos_ in ("NOUN", "PROPN"):
        return False  # "Two rail unions, the RMT and ASLEF, threatened ...": the sentence's verb, misparsed
    children = list(verb.children)
    # an "acl" participle only when set off by a comma: "the union letter called on ..." is a misparse
    aside = verb.dep_ == "acl" and verb.left_edge.i > 0 and verb.doc[verb.left_edge.i - 1].text == ","
    passive = aside or any(c.dep_ == "auxpass" for c in children)
    return passive and not any(c.dep_ in ("nsubj", "nsubjpass", "agent") for c in children)


def genitive(cue: Cue, prep: Token) -> bool:
    """ "the demands of the truckers": the "of" of a noun cue names its holder, not its target."""
    return cue.family == "noun" and prep.lower_ == "of" and lemma_of(cue.token) not in lx.OF_OBJECT_NOUNS


def _collective(token: Token) -> bool:
    """Whether a noun names who can hold a stance: a name, or a noun for people or bodies ("the truckers")."""
    return actor_like(token) or token.lemma_.lower() in lx.ACTOR_NOUNS | lx.PEOPLE_NOUNS


def receiver_of(noun: Token) -> Token | None:
    """The verb of "received assurances", "faces pressure": the noun cue is someone else's, its subject
    the one it is addressed to."""
    if noun.dep_ == "dobj" and lemma_of(noun.head) in lx.RECEIVING_VERBS:
        return noun.head
    return None


def clause_subjects(verb: Token, *, conditional: bool = False, agents: bool = True) -> list[list[int]]:
    """Subjects of the verb, then of the clauses it hangs from (xcomp, conj, advcl climb to the head).

    A `conditional` verb is the consequence of a stated condition ("aid would continue as long as Kyiv
    ..."): whoever says it sets the condition, whatever thing the consequence has for subject. Without
    `agents`, the verb's own "by" phrase names no holder ("was disappointed by the verdict")."""
    groups: list[list[int]] = []
    if verb.dep_ == "ccomp" and unnamed_agent(verb):
        return groups  # "(Lynch said) she was asked to present": who asked is not said, nor is it the speaker
    node, via = verb, ""
    made = brought_object(verb)  # "Qatar persuaded Hamas to accept the deal": Hamas did
    if made is not None:  # "is trying to persuade Hamas to accept": no one yet
        return [with_conjuncts(made)] if made_to(verb) else []
    if agents:  # "was threatened with sanctions by the EU", the "by" hung on what it is threatened with
        groups.extend(with_conjuncts(p) for p in hung_agent(verb))
    if _agentless_participle(verb):
        return groups  # "(the minister resigned) after being accused of ...": the minister is the accused
    for _ in range(5):
        found = False
        quoted = quoted_speaker(node)
        if quoted is not None:  # "Reuters quoted a Hamas official as saying the group had accepted": his
            groups.append(with_conjuncts(quoted))
            break
        for child in node.children:
            if child.dep_ == "agent" and (agents or node != verb):  # a passive's "by X", shared or not
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        groups.append(with_conjuncts(pobj))
                        found = True
            elif child.dep_ in _SUBJECTS and child.lower_ != "there" and past_dateline(child) is not None:
                groups.append(with_conjuncts(_antecedent(past_dateline(child))))  # type: ignore[arg-type]
                found = True
            elif child.dep_ == "nsubjpass" and node != verb and raised(node):  # "X is said to have ..."
                groups.append(with_conjuncts(child))
                found = True
            elif child.dep_ == "nsubjpass" and via == "xcomp" and compelled(node):
                groups.append(with_conjuncts(child))  # "the garrison was forced to surrender": it surrendered
                found = True
            elif child.dep_ == "nsubjpass" and node != verb and lemma_of(node) in _PURPOSE_PASSIVES:
                # "Russia's drills are meant to intimidate ...": the owner of the means is the one acting
                groups.extend(with_conjuncts(p) for p in child.children if p.dep_ == "poss" and p.pos_ != "PRON")
        if node.dep_ in ("conj", "relcl") and found and not _pronoun_subject(node):
            # "X should stop ..., the quartet recommended": a conjunct with a subject of its own; but a
            # pronoun ("we dropped ... and we agreed ..., the union said") stands for the speaker above
            break
        if node.dep_ == "advcl" and found and node == verb and not conditional:
            break  # "(X called off its strike) after the government agreed to ...": the government agreed
        if node.dep_ in ("acl", "relcl") and found and node == verb:
            break  # "(rejected) a 4% rise offered by train operators": the operators offered it
        if node.dep_ == "ccomp" and via != "conj" and not (conditional and node == verb) and (
            _own_subject(node) or _body_subject(node)
        ):
            break  # "groups say the arrests are meant to intimidate critics": no stance of the speaker's
        if (
            node.dep_
            in ("xcomp", "conj", "advcl", "acomp", "oprd", "ccomp", "pcomp", "prep", "relcl", "acl", "dobj")
            or (node.dep_ == "advmod" and node.lower_ in ("short", "far"))  # "stopped short of conceding"
        ) and node.head != node:
            if node.dep_ in ("relcl", "acl") and not found:
                # "demonstrators protesting the results": the participle's subject is the noun it modifies
                groups.append(with_conjuncts(node.head))
                if node.dep_ == "acl" and (actor_like(node.head) or lemma_of(node.head) in lx.ACTOR_NOUNS):
                    break
            node, via = node.head, node.dep_
            continue
        break
    return groups


def unnamed_agent(verb: Token) -> bool:
    """A passive that reports what was done, by no one named: "was asked to", "had been rejected". A
    modal passive ("must be released", "would be met with force") states what the speaker wants or
    vows, and is left to climb to the speaker; so is a participle of a state the subject is in ("said
    Vietnam is committed to", "is opposed to"), which is its own stance."""
    children = list(verb.children)
    return (
        verb.lower_ not in lx.ADJECTIVES
        and any(c.dep_ == "nsubjpass" for c in children)
        and any(c.dep_ == "auxpass" for c in children)
        and not any(c.dep_ == "agent" for c in children)
        and not any(c.dep_ == "aux" and c.tag_ == "MD" for c in children)
    )


def _pronoun_subject(clause: Token) -> bool:
    """Whether the clause's subject is a personal pronoun ("we", "they"), which someone above names."""
    return any(c.dep_ in _SUBJECTS and c.tag_ == "PRP" for c in clause.children)


def _own_subject(clause: Token) -> bool:
    """A reported clause with a subject of its own that is no pronoun ("(say) the arrests are meant to
    ...", "(said) Russia was trying to ..."): what it and its infinitives do is not the speaker's act,
    whether or not the subject names an actor. A coordinated verb reached through "and" may share it."""
    return any(
        c.dep_ in ("nsubj", "nsubjpass")
        and c.pos_ == "NOUN"
        and not c.ent_type_
        and (lemma_of(c) not in _PERSONS or _named_role(c))
        and not own_ranks(c)  # "(the commander said) his units would ...": the speaker's own act
        for c in clause.children
    )


def _named_role(noun: Token) -> bool:
    """ "the health secretary", "the minister": a person another speaker tells of by office, the
    holder of what the clause says ("the union said the health secretary had rejected its proposal")."""
    return lemma_of(noun) in TITLED_ROLES and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)


# titles of people who speak about a state's bodies from outside them: "Senator Ortiz said the
# administration had refused ...", "opposition lawmaker X said the ministry ..."
_OUTSIDER_TITLES = frozenset(
    "senator lawmaker legislator congressman congresswoman mp deputy opposition activist lawyer analyst critic "
    "campaigner researcher".split()
)


def _outsider(speaker: Token) -> bool:
    """A named speaker titled as one outside the bodies of a state: "Senator Lee", "opposition lawmaker
    Ana Ruiz", "Lee, a senator", who reports what a body did rather than speaking for it."""
    words = [c for c in speaker.subtree if c.i != speaker.i and c.dep_ in ("compound", "amod", "appos", "nmod")]
    words += [a for c in speaker.children if c.dep_ == "appos" for a in c.subtree]
    return any(w.lower_ in _OUTSIDER_TITLES for w in words)


def _body_subject(clause: Token) -> bool:
    """A reported clause whose subject is a body ("(diplomats said) the council rejected the plan", "(officials
    said) the union turned down the offer"): the body holds the stance, the speaker only reports it. Not
    the speaker's own body ("he said his government would not ..."), nor a body a named speaker may lead
    ("Kobakhidze said the party was ready to ..."), for which the speaker speaks, unless the speaker's title
    puts them outside it ("Senator Lee said the ministry had refused ...")."""
    speakers = [clause.doc[i] for group in speaker_groups(clause.head) for i in group] if clause.head != clause else []
    if any((s.pos_ == "PROPN" or s.ent_type_ == "PERSON") and not _outsider(s) for s in speakers):
        return False
    return any(
        c.dep_ in ("nsubj", "nsubjpass")
        and c.pos_ == "NOUN"
        and lemma_of(c) in lx.INSTITUTION_NOUNS
        and not any(p.dep_ == "poss" and p.pos_ == "PRON" for p in c.children)
        for c in clause.children
    )


def _antecedent(subject: Token) -> Token:
    """A relative pronoun subject ("Trump, who has ...") stands for the noun its clause modifies; a
    participle parsed as the subject ("The Red Cross operating in Iraq said") stands for its own subject."""
    if subject.lower_ in _RELATIVE and subject.head.dep_ == "relcl":
        return subject.head.head
    if subject.lemma_.lower() in _QUANTITIES or subject.tag_ == "CD":  # "thousands of refugees sought ..."
        return next(
            (p for c in subject.children if c.lower_ == "of" for p in c.children if p.dep_ == "pobj"), subject
        )
    if subject.pos_ == "VERB" and subject.tag_ in ("VBG", "VBN"):
        return next((c for c in subject.children if c.dep_ in _SUBJECTS), subject)
    principal = _principal(subject) or _coordinated_speakers(subject)
    if principal is not None:
        return principal
    if subject.lower_ in _DISTRIBUTIVES and not any(True for _ in subject.children):
        # "Trump and Clinton vied for the title, each saying ...": each of the head clause's subjects
        clause = subject.head
        if clause.dep_ in ("advcl", "conj", "ccomp", "parataxis") and clause.head != clause:
            heads = [c for c in clause.head.children if c.dep_ in _SUBJECTS and c.conjuncts]
            if heads:
                return heads[0]
    return subject


def _reporters(pronoun: Token, pronouns: tuple[str, ...]) -> list[Token]:
    """The subjects of the verb whose reported clause has `pronoun` (one of `pronouns`) for subject."""
    clause = pronoun.head
    if pronoun.lower_ not in pronouns or clause.dep_ != "ccomp" or clause.head == clause:
        return []
    return [s for s in clause.head.children if s.dep_ == "nsubj"]


def _coordinated_speakers(pronoun: Token) -> Token | None:
    """ "Kenya and Uganda said they would reopen the border": the "they" of what coordinated speakers say
    is all of them (the first, whose conjuncts `with_conjuncts` adds), not the nearest name."""
    return next(
        (s for s in _reporters(pronoun, ("they", "we")) if any(c.dep_ == "conj" for c in s.children)), None
    )


def _principal(pronoun: Token) -> Token | None:
    """ "Navalny's lawyers said he would appeal", "her spokesman said she had rejected ...": the "he" or
    "she" of what a person's lawyers, aides or spokesman report is that person, their possessor."""
    return next(
        (
            p
            for s in _reporters(pronoun, ("he", "she"))
            if lemma_of(s) in PERSONAL_BODIES
            for p in s.children
            if p.dep_ == "poss"
        ),
        None,
    )


def speaker_groups(verb: Token) -> list[list[int]]:
    """The subjects of a speech verb, as holder groups (mended like any clause subject).

    A speech verb with no subject of its own speaks for the clause it hangs from: the participle of
    "X criticised the plan, saying ...", the second verb of "X agreed but said ...", the infinitive of
    "X appeared to suggest ..." are X's; after a verb that makes its object speak ("forced Y to admit",
    "asked Y to explain") the speaker is that object. The passive subject of a verb of speaking to someone
    ("the minister was told that ...") is no speaker.
    """
    quoted = quoted_speaker(verb)
    if quoted is not None:  # "Interfax quoted Lavrov as saying ...": Lavrov speaks
        return [with_conjuncts(quoted)]
    node = verb
    for _ in range(3):
        subjects = [
            with_conjuncts(_antecedent(subject))
            for c in node.children
            if (c.dep_ == "nsubj" or (c.dep_ == "nsubjpass" and lemma_of(node) not in _ADDRESSING_VERBS))
            and (subject := past_dateline(c)) is not None
        ]
        if subjects or node.dep_ not in _SPEAKING_CLAUSES or node.head == node:
            return subjects
        if node.dep_ == "xcomp":
            objects = [c for c in node.head.children if c.dep_ in ("dobj", "dative") and actor_like(c)]
            if objects:
                return [with_conjuncts(objects[0])]
        node = node.head
    return []


# verbs of speaking to someone, whose passive subject is the one spoken to: "the minister was told that
# ...", "Reagan was asked how ..." say nothing of the minister's or of Reagan's
_ADDRESSING_VERBS = frozenset("tell ask inform assure brief advise remind notify".split())
# clauses whose missing subject is the subject of the verb they hang from
_SPEAKING_CLAUSES = frozenset(("advcl", "conj", "xcomp"))


def with_conjuncts(token: Token) -> list[int]:
    first = _named_members(token)
    if first is not None:  # "two unions, the RMT and ASLEF, demanded ...": each member, not the group
        return [first.i, *[c.i for c in first.conjuncts if c.pos_ == "PROPN"]]
    return [token.i, *[c.i for c in token.conjuncts if c.pos_ in ("NOUN", "PROPN", "PRON")]]


def _named_members(group: Token) -> Token | None:
    """The first named member of a plural common noun that an apposition lists ("Britain's three rail
    unions, the RMT, ASLEF and TSSA"), whose conjuncts are the others; None when there is no such list."""
    if group.tag_ != "NNS" or group.pos_ != "NOUN":
        return None
    doc = group.doc
    return next(  # an apposition, or the parser's conjunct right after a comma ("unions, the RMT, ...")
        (
            c for c in group.children
            if c.pos_ == "PROPN"
            and (
                (c.dep_ == "appos" and c.ent_type_ in ACTOR_ENTS)
                or (c.dep_ == "conj" and doc[c.left_edge.i - 1].text == ",")
            )
        ),
        None,
    )
