"""The stance lexicons: general English cue words and fixed phrases for each stance type of STANCES.md.

Every list here is ordinary political-news English, not the wording of any one article. A cue only
proposes a stance: the dependency patterns in graph/extract/cues/ decide whether the sentence states
one (a holder, and a position or a target), and graph/extract/modality.py sets polarity and modality.
Each family below has a test sentence of its own in tests/graph/extract/cases/lexicon.toml.

Word classes:
- VERBS: lemma -> stance type, for verbs with a subject ("Greece demanded that ...").
- PHRASAL: (lemma, particle or preposition) -> type ("call for", "rule out", "back down").
- OBJECT_PHRASES: (lemma, object lemma) -> type ("reach agreement", "give ground", "lodge a protest").
- NOUNS: lemma -> type, for nouns with a possessor or a reporting verb ("his demands", "issued a warning").
- ADJECTIVES: lemma -> type, with a complement ("eager to", "willing to", "opposed to").
- INTENT_*: main verbs that, under "will"/"would" or a promise, state an intent (CAMEO 03 / 13).
"""

from __future__ import annotations

from collections.abc import Iterable


def _types(**families: Iterable[str]) -> dict[str, str]:
    """Invert {type: words} into {word: type}."""
    return {word: kind for kind, words in families.items() for word in words}


VERBS: dict[str, str] = _types(
    # asks, requires or sets a condition (PLOVER REQUEST, CAMEO 10)
    Demand=[
        "demand",
        "insist",
        "urge",
        "require",
        "request",
        "appeal",
        "exhort",
        "order",
        "press",
        "petition",
        "ask",
        "implore",
        "beg",
        "plead",
        "beseech",
        "entreat",
        # orders and advice are requests too (CAMEO 10, RAMS requestadvise / commandorder)
        "instruct",
        "direct",
        "command",
        "recommend",
        "advise",
        "encourage",
    ],
    # refuses a proposal, demand or outcome (PLOVER REJECT, CAMEO 12)
    Reject=[
        "reject",
        "refuse",
        "decline",
        "dismiss",
        "rebuff",
        "spurn",
        "veto",
        "renege",
        "repudiate",
        "boycott",
        "defy",
    ],
    # alleges wrongdoing by a target (CAMEO 11, 112)
    Accuse=["accuse", "blame", "allege", "charge", "sue", "indict"],
    # denies a claim or a responsibility (CAMEO 016)
    Deny=["deny", "refute", "disavow", "disclaim"],
    # accepts or agrees to a proposal or deal (CAMEO 03, 057)
    Agree=["agree", "accept", "sign", "approve", "ratify", "adopt"],
    # yields ground held before (CAMEO 08)
    Concede=["concede", "yield", "cede", "relent", "capitulate", "retreat", "compromise", "surrender", "budge"],
    # proposes or offers something (CAMEO 03)
    Offer=["offer", "propose", "promise", "pledge", "volunteer", "guarantee", "assure"],
    # threatens or warns of a cost (CAMEO 13);
    # a vow threatens unless what it vows is a benefit (vows.vowed_benefit: "vowed to rebuild the schools")
    # intimidating or coercing someone is threatening them (CAMEO 13, RAMS threatencoerce)
    Threaten=["threaten", "warn", "vow", "swear", "caution", "intimidate", "menace", "blackmail", "coerce"],
    # backs an actor or position (CAMEO 05)
    Support=[
        "support",
        "back",
        "praise",
        "welcome",
        "endorse",
        "thank",
        "applaud",
        "hail",
        "commend",
        "laud", "congratulate", "salute",
        "defend",
        "champion",
        "apologize",
        "apologise",
    ],
    # disapproves of an actor or position (CAMEO 11)
    Oppose=[
        "oppose",
        "criticize",
        "criticise",
        "condemn",
        "denounce",
        "deplore",
        "decry",
        "protest",
        "complain",
        "object",
        "slam",
        "censure",
    ],
    # states or is reported to pursue a goal
    # "plans to" states an intent (RAMS expressintent); "planned the attack" does not (cues/verbs.py)
    Aim=["seek", "aim", "want", "hope", "wish", "strive", "intend", "pursue", "plan"],
)

# verbs whose stance type depends on the object: "support a resolution" is agreeing to a proposal, while
# "welcomed the proposal" or "praised the plan" stays Support (approval, not acceptance)
AGREEING_SUPPORT = frozenset("support back endorse".split())
PROPOSAL_NOUNS = frozenset(
    "proposal plan resolution deal agreement treaty accord bill initiative measure offer draft settlement "
    "pact framework ceasefire cease-fire truce compromise roadmap".split()
)
# appeals that are stances only with what they ask for: "asked X to", "pleaded with X to", "begged for"
ASKING_VERBS = frozenset(
    "ask order press implore beg plead beseech entreat instruct direct command advise encourage".split()
)
# acts that are ordered, not bought: "ordered the evacuation" demands it ("ordered 50 jets" does not)
ORDERED_ACTS = frozenset(
    "evacuation release withdrawal arrest closure investigation halt ceasefire cease-fire suspension "
    "expulsion removal return resignation recall inquiry probe retreat pullout".split()
)
# "lift"/"ease"/"relax"/"cancel" a restriction is a concession (CAMEO 081-083)
RESTRICTION_NOUNS = frozenset(
    "ban curfew sanction restriction embargo blockade siege measure control limit emergency "
    "strike boycott demand claim moratorium".split()
)
# rejecting an accusation, a claim or a report is denying it (STANCES.md: "dismiss as false")
CLAIM_NOUNS = frozenset("accusation allegation charge claim report assertion suggestion rumour rumor".split())
# the relations that diplomatic cooperation restores or upgrades (their phrase is the position)
TIE_NOUNS = frozenset("tie relation".split())
# objects that are themselves what a phrase asks for or gives ("sought asylum", "restored ties")
OBJECT_POSITIONS = TIE_NOUNS | frozenset("asylum refuge".split())
RELAXING_VERBS = frozenset("lift ease relax cancel suspend drop loosen waive withdraw".split())

PHRASAL: dict[tuple[str, str], str] = {
    ("call", "for"): "Demand",
    ("call", "on"): "Demand",
    ("call", "upon"): "Demand",
    ("press", "for"): "Demand",
    ("push", "for"): "Demand",
    ("insist", "on"): "Demand",
    ("rule", "out"): "Reject",
    ("turn", "down"): "Reject",
    ("walk", "away"): "Reject",
    ("back", "down"): "Concede",
    ("give", "in"): "Concede",
    ("give", "up"): "Concede",  # "will never give up its nuclear weapons"
    ("back", "off"): "Concede",
    ("step", "back"): "Concede",
    ("call", "off"): "Concede",
    ("put", "forward"): "Offer",
    ("hold", "out"): "Offer",
    ("sign", "up"): "Agree",
    ("agree", "to"): "Agree",
    ("agree", "on"): "Agree",
    ("speak", "out"): "Oppose",
    ("lash", "out"): "Oppose",
    ("stand", "by"): "Support",
    ("side", "with"): "Support",
    # dismissing what another proposed or asked: "brushed aside calls to ...", "shrugged off the demand"
    ("brush", "aside"): "Reject",
    ("brush", "off"): "Reject",
    ("wave", "aside"): "Reject",
    ("wave", "off"): "Reject",
    ("wave", "away"): "Reject",
    ("sweep", "aside"): "Reject",
    ("push", "aside"): "Reject",
    ("shrug", "off"): "Reject",
    ("swat", "away"): "Reject",
    # yielding to pressure: "bowed to pressure", "caved in to the demands"
    ("bow", "to"): "Concede",
    ("cave", "in"): "Concede",
    # voting down a bill or resolution refuses it (CAMEO 12)
    ("vote", "against"): "Reject",
}
# adverbs the parser gives these particles ("brushed aside" as an advmod)
PARTICLE_ADVERBS = frozenset("aside away".split())
# "hold out the possibility" suggests, it does not offer
NOT_OFFERED = frozenset("possibility hope prospect chance threat".split())

OBJECT_PHRASES: dict[tuple[str, str], str] = {
    ("reach", "agreement"): "Agree",
    ("reach", "deal"): "Agree",
    ("reach", "accord"): "Agree",
    ("strike", "deal"): "Agree",
    ("sign", "deal"): "Agree",
    ("give", "ground"): "Concede",
    ("cede", "ground"): "Concede",
    ("give", "way"): "Concede",
    ("give", "inch"): "Concede",  # "has not given an inch", "won't move an inch"
    ("move", "inch"): "Concede",
    ("budge", "inch"): "Concede",
    ("make", "concession"): "Concede",
    ("lodge", "protest"): "Oppose",
    ("lodge", "complaint"): "Oppose",
    ("file", "complaint"): "Oppose",
    ("issue", "ultimatum"): "Threaten",
    ("make", "threat"): "Threaten",
    ("set", "condition"): "Demand",
    ("issue", "demand"): "Demand",
    ("make", "demand"): "Demand",
    ("make", "offer"): "Offer",
    # backing idioms (CAMEO 05): "threw its weight behind the plan", "gave its blessing to the deal"
    ("throw", "weight"): "Support",
    ("lend", "weight"): "Support",
    ("give", "blessing"): "Support",
    ("give", "backing"): "Support",
    ("lend", "backing"): "Support",
    ("lend", "support"): "Support",
    # asking for protection is a request (CAMEO 02/10): "sought asylum in X"
    ("seek", "asylum"): "Demand",
    ("seek", "refuge"): "Demand",
    ("request", "asylum"): "Demand",
    # diplomatic cooperation (CAMEO 05): "restored diplomatic ties with X"
    ("restore", "tie"): "Support",
    ("restore", "relation"): "Support",
    ("upgrade", "tie"): "Support",
    ("upgrade", "relation"): "Support",
    ("establish", "relation"): "Support",
    ("establish", "tie"): "Support",
    ("normalize", "relation"): "Support",
    ("normalise", "relation"): "Support",
    ("resume", "relation"): "Support",
    # legal and evidential accusations (CAMEO 112, 1124): "presented evidence against X"
    ("present", "evidence"): "Accuse",
    ("produce", "evidence"): "Accuse",
    ("submit", "evidence"): "Accuse",
    ("file", "charge"): "Accuse",
    ("bring", "charge"): "Accuse",
    ("press", "charge"): "Accuse",
    ("file", "lawsuit"): "Accuse",
    ("file", "suit"): "Accuse",
    ("bring", "case"): "Accuse",
    # traded or exchanged accusations, blame, threats, insults: each side's stance towards the other
    ("trade", "accusation"): "Accuse",
    ("exchange", "accusation"): "Accuse",
    ("trade", "blame"): "Accuse",
    ("exchange", "blame"): "Accuse",
    ("trade", "charge"): "Accuse",
    ("exchange", "charge"): "Accuse",
    ("trade", "allegation"): "Accuse",
    ("trade", "threat"): "Threaten",
    ("exchange", "threat"): "Threaten",
    ("trade", "insult"): "Oppose",
    ("exchange", "insult"): "Oppose",
    ("trade", "barb"): "Oppose",
}

NOUNS: dict[str, str] = _types(
    Demand=[
        "demand",
        "condition",
        "requirement",
        "request",
        "appeal",
        "precondition",
        "insistence",
        "pressure",
        "call",
        "plea",
        "order",
        "instruction",
        "recommendation",
    ],
    Reject=["refusal", "rejection", "veto"],
    Accuse=["accusation", "allegation"],
    Deny=["denial"],
    Agree=["agreement", "acceptance", "approval", "consent"],
    Concede=["concession", "surrender", "capitulation", "retreat"],
    Offer=["offer", "proposal", "proposition", "promise", "pledge", "assurance", "guarantee", "vow", "commitment"],
    Threaten=["threat", "warning", "ultimatum"],
    Support=["backing", "endorsement", "praise", "support"],
    Oppose=["criticism", "condemnation", "objection", "opposition"],
    Aim=["hope", "aim", "goal", "desire", "ambition", "intention", "wish"],
)
# verbs that report or state a noun cue: "reiterated its demand", "identified his key condition"
REPORTING_VERBS = frozenset(
    "reiterate repeat renew issue make set identify state voice express present table submit announce "
    "lodge extend lay outline spell restate put deliver send outline stress".split()
)
# verbs that make a noun cue public, as the reporting verbs do ("unveiled a proposal", "sounded a call",
# "threw its support behind", "lent its backing")
PRESENTING_VERBS = frozenset("unveil float circulate publish release launch sound draft air throw lend".split())
# nouns that take a stance only with one of these prepositions (or, for "call" and "pressure", a
# to-infinitive): "a call for calm", "pressure from X to resign", "expressed support for the plan",
# "voiced opposition to the tariffs" ("a phone call", "military support", "the opposition" take none)
COMPLEMENT_NOUNS: dict[str, frozenset[str]] = {
    "call": frozenset("for on upon".split()),
    "pressure": frozenset("from on".split()),
    "support": frozenset(["for", "behind"]),  # "threw its support behind the nominee"
    "opposition": frozenset(["to"]),
    # "an order to evacuate", "orders from Moscow", "instructions to fire" ("law and order", "in order to")
    "order": frozenset(["from", "for"]),
    "instruction": frozenset(["from", "for"]),
}
# of those, the nouns that ask with a to-infinitive too: "a call to resist", "an order to withdraw"
INFINITIVE_NOUNS = frozenset("call pressure order instruction".split())
# nominalised acts whose "of" phrase is what is acted on: "Poland's rejection of the pact"
OF_OBJECT_NOUNS = frozenset(
    "rejection refusal acceptance approval endorsement condemnation criticism denial repudiation "
    "threat warning".split()  # "its threat of retaliation": what is threatened
    # "Kobakhidze's offer of talks", "a pledge of 2 billion dollars": what is offered or promised
    + "promise pledge offer assurance guarantee".split()
)
# verbs whose object noun cue comes from someone else ("received assurances from X", "faces pressure from
# X to ..."): the "from" phrase is the holder, the verb's subject the target
RECEIVING_VERBS = frozenset("receive face get obtain win secure come".split())
# physical acts (CAMEO 14-20: protest, coerce, assault): a participle or purpose infinitive hanging from
# one ("blocked roads, demanding ...", "began a hunger strike to protest ...", "demonstrators demanding
# ...") says what the act is for; the act is the event, not a stance stated by an actor
PHYSICAL_ACTS = frozenset(
    "march block rally gather demonstrate protest riot occupy burn clash storm barricade picket parade "
    "throw chant stage blockade surround converge hurl attack shell bomb".split()
)
PROTEST_NOUNS = frozenset(
    "demonstration protest rally march strike sit-in riot vigil blockade picket walkout hunger".split()
)
PROTESTER_NOUNS = frozenset("demonstrator protester protestor marcher rioter crowd striker mob".split())
# what a warning must be about to be a threat ("warned of retaliation"); "warned of a recession" is a Claim
COST_NOUNS = frozenset(
    "consequence retaliation reprisal response action countermeasure measure sanction punishment force "
    "war strike attack".split()
)
# verbs whose object noun cue is the subject's own: "made a demand", "secured X's agreement"
LIGHT_VERBS = frozenset("make reach give set issue secure win get hold".split())

ADJECTIVES: dict[str, str] = _types(
    Aim=["eager", "keen", "anxious", "determined", "itching", "desperate"],
    Offer=["willing", "ready", "prepared", "happy", "open", "committed", "glad"],
    Oppose=["opposed", "critical", "hostile"],
    Support=["supportive"],
)

# statement verbs: their subject is the source of what the complement says (attribution, Claim)
SPEECH_VERBS = frozenset(
    "say tell announce state declare claim assert add report write note insist stress argue explain warn "
    "conclude confirm reveal acknowledge admit maintain contend reiterate suggest indicate signal "
    "recommend".split()
)
# verbs that introduce a speaker whose quotation follows ("X spoke to reporters. 'We will ...'")
ADDRESS_VERBS = frozenset("speak address brief tell".split())
# words whose complement is a belief, a fear or a possibility: no stance inside is taken as stated
NON_FACTIVE = frozenset(
    "believe think fear worry expect suspect doubt imagine speculate wonder possibility prospect "
    "speculation concern risk chance fears whether if difficult hard impossible unlikely unless".split()
)
# nouns that name a summary or statement: "the Kremlin's summary" attributes what it says
STATEMENT_NOUNS = frozenset("summary statement account readout report communique transcript".split())

# intent: "X will give / provide / release ..." (cooperative) or "will boycott / withdraw ..." (coercive)
INTENT_COOPERATIVE = frozenset(
    "give provide grant release hand supply send deliver help assist cooperate negotiate meet visit host "
    "allow permit open resume extend evacuate free pay donate fund invest join mediate share reopen "
    "democratize establish lift talk consider free".split()
)
INTENT_COERCIVE = frozenset(
    "boycott attack ban blockade sanction punish retaliate strike expel cut suspend halt stop break "
    "withdraw close destroy invade launch fight shell bomb institute impose freeze".split()
)
# encounters a reporter announces as scheduled ("will meet in Lima on Monday"): an intent only when an
# actor is reported saying so (CAMEO 036), otherwise a consultation, not a stance (CAMEO 04)
SCHEDULE_VERBS = frozenset("meet visit host talk attend tour hold".split())
PROMISE_VERBS = frozenset("promise pledge vow swear commit".split())
# promises that can be oaths about facts: "swore that she had seen the car" promises nothing
OATH_VERBS = frozenset("swear vow".split())
# what is cut for someone's benefit: "vowed to cut taxes", "pledged to lower fuel prices"
BENEFIT_CUTS = frozenset("tax taxes price cost fee bill rate rent".split())
CUTTING_VERBS = frozenset("cut lower reduce slash".split())
# acts that build or give: "vowed to rebuild the schools" (with INTENT_COOPERATIVE)
BUILDING_VERBS = frozenset("build rebuild restore repair protect create improve guarantee respect".split())
# force against a named target: "wants to attack X", "is determined to invade X" threaten it (CAMEO 138)
FORCE_VERBS = frozenset("attack invade bomb shell strike annex occupy seize destroy".split())
# wrongdoing a speaker can allege: "said that X had violated ..." is an accusation (CAMEO 112)
WRONGDOING_VERBS = frozenset(
    "violate sabotage breach attack kill murder torture abuse invade shell bomb massacre terrorize "
    "persecute steal rig cheat lie occupy annex".split()
)
# weapons launched at someone: in a passive report with "from X" ("a shell was fired at the town from
# X") the place it came from names who is accused
LAUNCH_VERBS = frozenset("fire launch lob".split())
# modal verbs: obligation (a demand by the speaker), possibility (hypothetical), intent (future)
OBLIGATION_MODALS = frozenset("must should".split())
HYPOTHETICAL_MODALS = frozenset("could might".split())
HEDGE_MODALS = frozenset("may".split())
FUTURE_MODALS = frozenset("will would 'll shall wo".split())  # "wo" of "won't"
HEDGE_WORDS = frozenset(
    "apparent apparently seemingly possibly perhaps likely presumably reportedly allegedly purportedly "
    "supposedly".split()
)
HEDGE_VERBS = frozenset("seem appear".split())
# passives that make their subject do what follows: "X was forced / compelled / obliged to withdraw"
# (the act is done, unlike "was pressed / urged to withdraw")
IMPLICATIVE_PASSIVES = frozenset("force compel oblige".split())
# "failed to", "refused to": the inner stance did not happen
FAILURE_VERBS = frozenset("fail".split())
# cues whose word is a quantity of nothing: "conceded little", "gave nothing"
NOTHING_WORDS = frozenset("little nothing none".split())
# head nouns that name a collective actor ("Rwandan rebels", "striking workers") when actor resolution
# has no entity for them
ACTOR_NOUNS = frozenset(
    "official rebel government parliament police army military leader minister party group union court "
    "council force troop militant guerrilla guerilla activist protester demonstrator side authority "
    "negotiator newspaper agency committee movement faction opposition spokesman spokeswoman spokesperson "
    "administration ministry senate congress assembly commission organization organisation coalition "
    "alliance bloc delegation farmer worker student settler diplomat lawmaker legislator president "
    "premier envoy mediator judge regime junta forum office cabinet chancellor king emir sheikh general "
    "commander insurgent separatist fighter militia network businessman company firm bank union refugee "
    "exile dissident regulator watchdog striker owner employer carmaker insurer airline management "
    "paramilitary lender panel garrison board jury cartel gang quartet troika federation confederation "
    "association league syndicate consortium tribunal caucus secretariat".split()
)

# diplomatic recognition (CAMEO 054) is Support of what is recognised: "recognised Kosovo's independence",
# "never recognised the annexation"; "recognised the problem" acknowledges, it takes no stance
RECOGNIZING_VERBS = frozenset("recognize recognise".split())
RECOGNITION_OBJECTS = frozenset(
    "independence sovereignty government state statehood annexation election result victory legitimacy "
    "authority jurisdiction border declaration regime republic president claim genocide".split()
)
# recognising an outcome is accepting it (Agree), so not recognising it refuses it (Reject): "did not
# recognise the ruling", "refuses to recognise the election results"
RECOGNISED_OUTCOMES = frozenset("result ruling verdict outcome victory win election vote".split())
# what one regrets as a disapproval of someone's act (Oppose): "deeply regrets the decision to expel";
# regretting a loss or "regret to say" takes no stance
REGRETTING_VERBS = frozenset({"regret"})
# verbs of stopping that, negated with an "until" clause, vow to persist: "will not rest until ..."
PERSISTING_VERBS = frozenset("stop rest relent cease quit".split())
REGRETTED_ACTS = frozenset(
    "decision move ruling choice step vote announcement action verdict measure policy withdrawal "
    "expulsion sanction refusal".split()
)

# verbs of warning: a threat when they warn of the holder's own act or a cost ("cautioned that it would act")
WARNING_VERBS = frozenset("warn caution".split())
# pushing someone to act is asking it of them: "pushed Israel to allow more aid", "pressured Iran to ..."
PUSHING_VERBS = frozenset("push pressure prod nudge".split())
# what a refusal to hold is a refusal of: "will not hold talks with X"
TALK_NOUNS = frozenset("talk negotiation meeting dialogue summit".split())
# verbs that propose what they name, though they also report ("a study suggested that ..."): "suggested
# talks", "floated a plan", "mooted the idea of a summit", "tabled a peace plan" offer it
PROPOSING_VERBS = frozenset("suggest float moot table pitch".split())
PROPOSED_THINGS = PROPOSAL_NOUNS | TALK_NOUNS | frozenset(
    "idea round swap exchange referendum corridor pause mediation conference ban tax cap levy moratorium "
    "reform".split()
)
# bettering one's own offer offers more; refusing to ("would not improve its offer") rejects the demand for
# more and leaves the offer as it stands (graph/extract/cues/verbs.py)
BETTERING_VERBS = frozenset("improve raise increase sweeten better enhance boost top".split())
BID_NOUNS = frozenset("offer bid proposal package".split())
# passive raising verbs: "X is said / believed / reported to have rejected ..." is X's stance, hedged
RAISING_VERBS = frozenset("say believe think report understand expect know rumour rumor allege".split())
# what is called unacceptable is rejected: "said the demands were unacceptable", "called the plan a non-starter"
REJECTING_ADJECTIVES = frozenset("unacceptable inadmissible unthinkable unworkable".split())
REJECTING_NOUNS = frozenset("non-starter nonstarter".split())
CALLING_VERBS = frozenset("call deem consider brand label".split())
# people who investigate, observe or inform, named as a collective holder ("U.N. experts accused ...",
# "sources said ...", "the governor shortened the curfew") when actor resolution has no entity for them
OBSERVER_NOUNS = frozenset(
    "expert investigator inspector monitor observer prosecutor analyst source witness governor mayor".split()
)
# nouns for people and peoples that can hold a stance as a collective ("the moderators will demand",
# "the two countries signed", "critics say")
PEOPLE_NOUNS = frozenset(
    "moderator critic voter supporter opponent member aide adviser advisor advocate resident citizen "
    "colleague candidate nominee lawyer attorney economist scientist researcher professor parent family "
    "victim veteran employer employee executive country nation people insider staffer donor publication "
    "outlet broadcaster suspect nurse doctor physician teacher trucker driver pilot miner docker "
    "pensioner man woman soldier senator congressman congresswoman gunman kidnapper captor "
    "hijacker mother father wife husband son daughter brother sister".split()
)
