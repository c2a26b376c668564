"""Verbs of criticism beyond "criticize": a subject finding fault with someone or with what they did.

"lambasted the governor for the delays", "chastised the bank's chief", "derided the report as
propaganda" state the subject's disapproval (Oppose: PLOVER ACCUSE, disapproval; CAMEO 11) whatever
they govern. Verbs that also name a blow ("attacked", "assailed", "bashed", "blasted", "hammered",
"pounded", "grilled", "went after", "hit out at") disapprove only when the sentence shows that the blow
is words:

- a reason or a verdict: "attacked the senator for his vote", "blasted the plan over its cost",
  "attacked her opponent as a fraud";
- words, ideas or conduct as what is hit: "attacked the ideology", "hammered his record";
- a medium of speech: "in a speech", "in early-morning tweets", "during the debate", "on Twitter".

Troops that attack a village, rebels that blast a bridge "with explosives" and storms that pound a
coast state no stance.
"""

from __future__ import annotations

from spacy.tokens import Token

# verbs that only ever find fault in words
CRITICISM_VERBS = frozenset(
    "lambast lambaste chastise castigate excoriate berate rebuke scold reprimand chide admonish upbraid "
    "deride ridicule mock disparage belittle vilify demonize demonise lampoon scorn pillory badmouth "
    "denigrate".split()
)
# verbs of a blow that find fault when they are words (module docstring)
BLOW_VERBS = frozenset("attack assail bash blast hammer pound savage grill".split())
# phrasal blows: "went after the senator", "hit out at the press", "took aim at the plan"
BLOW_PHRASES = frozenset({("go", "after"), ("hit", "out"), ("hit", "at"), ("take", "aim")})
# what words find fault with: utterances, ideas, decisions and conduct
FAULTED_NOUNS = frozenset(
    "ideology idea plan policy proposal remark comment statement decision record rhetoric claim report "
    "speech media press law bill deal ruling stance handling response approach strategy view "
    "agenda platform budget tax reform leadership performance conduct behavior behaviour tweet "
    "editorial coverage article book film ad advertisement".split()
)
# where words are spoken or written: "in a speech", "in tweets", "during the debate", "on Twitter"
SPEECH_SETTINGS = frozenset(
    "speech interview tweet statement debate hearing op-ed column letter ad advertisement video remark "
    "comment conference briefing editorial broadcast podcast twitter facebook television tv radio rally "
    "address testimony essay memo book".split()
)
# who strikes or is struck in a deed of force: "troops attacked ...", "hammered enemy positions"
ARMED_NOUNS = frozenset(
    "troop force soldier army militant rebel fighter gunman insurgent militia jet aircraft drone plane "
    "warplane artillery missile rocket police attacker bomber terrorist position base convoy village "
    "town city building camp checkpoint post target".split()
)
# "as part of the offensive", "as revenge": no verdict on anyone
_NO_VERDICT = frozenset("part revenge retaliation reprisal punishment result".split())
_MEDIUM_PREPS = frozenset("in on during at with via through".split())
# a reason that is a length of time is no reason: "pounded the town for hours"
_TIME_WORDS = frozenset("hour day week month year minute night time".split())
VOCABULARY = CRITICISM_VERBS | BLOW_VERBS | {verb for verb, _ in BLOW_PHRASES}


def criticism_kind(verb: Token, lemma: str, particles: list[str]) -> str | None:
    """ "Oppose" when `verb` (of lemma `lemma`, governing `particles`) finds fault in words, else None."""
    if lemma in CRITICISM_VERBS:
        return "Oppose"
    phrasal = any((lemma, p) in BLOW_PHRASES for p in particles) or (
        lemma == "take" and any(c.dep_ == "dobj" and c.lower_ == "aim" for c in verb.children)
    )
    if (lemma in BLOW_VERBS or phrasal) and spoken_blow(verb):
        return "Oppose"
    return None


def spoken_blow(verb: Token) -> bool:
    """Whether a blow verb is words: a medium of speech, or, when no armed force strikes and no place
    is struck, a reason, a verdict, or words and conduct as what is hit."""
    children = list(verb.children)
    if any(c.dep_ == "prep" and c.lower_ in _MEDIUM_PREPS and _medium(c) for c in children):
        return True  # "attacked him in a speech", "hammered the bank in a hearing"
    if _armed(verb):
        return False  # "troops attacked the village for control of the road", "shelled it as part of ..."
    for child in children:
        if child.dep_ in ("oprd", "acomp"):
            return True  # "attacked him as weak", "painted her as corrupt"
        if child.dep_ == "advmod" and child.lower_ in ("verbally", "publicly", "openly"):
            return True
        if child.dep_ == "prep" and (
            (child.lower_ in ("for", "over") and _reason(child)) or (child.lower_ == "as" and _verdict(child))
        ):
            return True  # "blasted the plan over its cost", "attacked her opponent as a fraud"
        if child.dep_ != "dobj":
            continue
        if _faulted(child) or any(t.text in ('"', "\u201c") for t in child.subtree):
            return True  # "attacked the ideology", a quotation as what was attacked: words
        if any(p.dep_ == "prep" and (p.lower_ == "for" and _reason(p) or p.lower_ == "as" and _verdict(p))
               for p in child.children):
            return True  # "attacked the senator for his vote", parsed on the object
    return False


def _armed(verb: Token) -> bool:
    """An armed force striking, or a place or military target struck: a deed, whatever its reason."""
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass", "dobj") and (
            child.lemma_.lower() in ARMED_NOUNS or (child.dep_ == "dobj" and child.ent_type_ in ("GPE", "LOC", "FAC"))
        ):
            return True
    return False


def _verdict(prep: Token) -> bool:
    """ "as a fraud", "as weak": what the one attacked is called, not "as part of" or "as revenge"."""
    return any(
        p.dep_ == "pobj"
        and p.lemma_.lower() not in _NO_VERDICT
        and (p.pos_ == "ADJ" or any(d.dep_ == "det" for d in p.children))
        for p in prep.children
    )


def _faulted(obj: Token) -> bool:
    """Words, ideas or conduct: "the ideology", "his remarks", "the plan's cost"."""
    return obj.lemma_.lower() in FAULTED_NOUNS and obj.ent_type_ not in ("GPE", "LOC", "FAC")


def _reason(prep: Token) -> bool:
    """A reason of "for"/"over": a deed, a word or a gerund, not a length of time ("for hours")."""
    for pobj in prep.children:
        if pobj.dep_ == "pcomp":
            return True  # "for being slow", "for not paying"
        if pobj.dep_ == "pobj" and pobj.ent_type_ not in ("DATE", "TIME", "CARDINAL", "QUANTITY"):
            return pobj.lemma_.lower() not in _TIME_WORDS
    return False


def _medium(prep: Token) -> bool:
    """ "in a speech", "in tweets", "during the debate", "on Twitter", "with a barrage of insults"."""
    words = SPEECH_SETTINGS | {"insult", "word", "jab", "barb"}
    for pobj in (p for p in prep.children if p.dep_ == "pobj"):
        # "in a series of tweets", "with a barrage of insults": the medium is what the measure counts
        counted = [g for of in pobj.children if of.lower_ == "of" for g in of.children if g.dep_ == "pobj"]
        if any(t.lemma_.lower() in words for t in [pobj, *counted]):
            return True
    return False


def aimed_at(verb: Token) -> Token | None:
    """What a phrasal blow is aimed at: "went after the bank", "hit out at the press", "took aim at X"."""
    lemma = verb.lemma_.lower()
    if lemma not in {v for v, _ in BLOW_PHRASES}:
        return None
    places = [verb, *(c for c in verb.children if c.dep_ in ("prt", "dobj") and c.lower_ in ("out", "aim"))]
    for place in places:
        for prep in place.children:
            if prep.dep_ == "prep" and prep.lower_ in ("at", "after") and (lemma, prep.lower_) != ("take", "after"):
                return next((p for p in prep.children if p.dep_ == "pobj"), None)
    return None
