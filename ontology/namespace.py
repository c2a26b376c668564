"""The stancegraph terms as rdflib namespaces.

`SG` is a closed `DefinedNamespace` (`_fail = True`): a misspelt term raises instead of minting a
new IRI. tests/ontology/test_namespace.py checks that it lists exactly the terms that
stancegraph.ttl declares. No other module writes an ontology IRI by hand.
"""
from __future__ import annotations

from enum import StrEnum
from functools import cache

from rdflib import Namespace, URIRef
from rdflib.namespace import RDF, DefinedNamespace

ONTOLOGY_IRI = "https://w3id.org/stancegraph/ontology"
DATA_BASE = "https://w3id.org/stancegraph/id/"


class SG(DefinedNamespace):
    """The stancegraph ontology (https://w3id.org/stancegraph/ontology#)."""

    _fail = True
    _NS = Namespace(ONTOLOGY_IRI + "#")

    # actors
    Actor: URIRef  # anyone who can take a stance
    Person: URIRef
    State: URIRef  # a country as a political actor
    Government: URIRef  # an executive body: the Kremlin, the White House, a ministry
    Organization: URIRef
    Group: URIRef  # an unnamed collective: "analysts", "Ukraine's backers"
    Office: URIRef  # a public office: President of Russia
    # positions, stances and their types
    Position: URIRef
    Stance: URIRef
    Demand: URIRef
    Reject: URIRef
    Accuse: URIRef
    Deny: URIRef
    Agree: URIRef
    Concede: URIRef
    Offer: URIRef
    Threaten: URIRef
    Support: URIRef
    Oppose: URIRef
    Aim: URIRef
    Claim: URIRef
    # concessions
    Concession: URIRef
    SubstantiveConcession: URIRef
    SymbolicConcession: URIRef
    FramedConcession: URIRef
    ConditionalConcession: URIRef
    PartialConcession: URIRef
    # polarity and modality
    Polarity: URIRef
    positive: URIRef
    negative: URIRef
    Modality: URIRef
    asserted: URIRef
    reported: URIRef
    hedged: URIRef
    hypothetical: URIRef
    # documents, evidence, contradictions
    Document: URIRef
    Mention: URIRef
    Contradiction: URIRef
    # stance properties
    holder: URIRef
    target: URIRef
    position: URIRef
    polarity: URIRef
    modality: URIRef
    evidence: URIRef
    stanceDate: URIRef
    concededTo: URIRef
    framedBy: URIRef
    answers: URIRef
    # direct ("truthy") edges from a holder to a position or target, one per stance type
    takesStanceOn: URIRef
    demands: URIRef
    rejects: URIRef
    accuses: URIRef
    denies: URIRef
    agreesTo: URIRef
    concedes: URIRef
    offers: URIRef
    threatens: URIRef
    supports: URIRef
    opposes: URIRef
    aimsAt: URIRef
    claims: URIRef
    # contradictions
    contradicts: URIRef
    contradictionOf: URIRef
    reason: URIRef
    # actors
    represents: URIRef
    affiliatedWith: URIRef
    holdsOffice: URIRef
    officeOf: URIRef
    country: URIRef
    isoCode: URIRef
    demonym: URIRef
    metonym: URIRef
    # positions and documents
    positionKey: URIRef
    mentions: URIRef
    inDocument: URIRef
    documentId: URIRef


NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
PLOVER = Namespace("https://w3id.org/stancegraph/plover/")
CAMEO = Namespace("https://w3id.org/stancegraph/cameo/")
WD = Namespace("http://www.wikidata.org/entity/")
SGID = Namespace(DATA_BASE)
RDF_TYPE = str(RDF.type)  # as a plain string, for code that compares IRIs as text

PREFIXES: dict[str, str] = {
    "sg": str(SG._NS),
    "sgid": DATA_BASE,
    "plover": str(PLOVER),
    "cameo": str(CAMEO),
    "nif": str(NIF),
    "wd": str(WD),
    "prov": "http://www.w3.org/ns/prov#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dcterms": "http://purl.org/dc/terms/",
    "owl": "http://www.w3.org/2002/07/owl#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}

class StanceType(StrEnum):
    """The stance types: the subclasses of sg:Stance, each named as its class (tests check the two agree).

    Members are strings, so `StanceType.Demand == "Demand"` and a record's type can be either.
    """

    Demand = "Demand"
    Reject = "Reject"
    Accuse = "Accuse"
    Deny = "Deny"
    Agree = "Agree"
    Concede = "Concede"
    Offer = "Offer"
    Threaten = "Threaten"
    Support = "Support"
    Oppose = "Oppose"
    Aim = "Aim"
    Claim = "Claim"


class ActorKind(StrEnum):
    """The actor kinds: the subclasses of sg:Actor (../shared/STANCES.md), each named as its class."""

    Person = "Person"
    State = "State"
    Government = "Government"
    Organization = "Organization"
    Group = "Group"


STANCE_TYPES: tuple[str, ...] = tuple(t.value for t in StanceType)  # plain strings, in that order
# a negated stance of these types is the opposite stance ("did not agree" is a Reject); the others keep
# their type with negative polarity ("did not concede")
OPPOSITE: dict[str, str] = {StanceType.Agree.value: StanceType.Reject.value,
                            StanceType.Support.value: StanceType.Oppose.value}
# the direct edge that goes beside each n-ary stance node
DIRECT_EDGE: dict[str, str] = {
    "Demand": "demands", "Reject": "rejects", "Accuse": "accuses", "Deny": "denies",
    "Agree": "agreesTo", "Concede": "concedes", "Offer": "offers", "Threaten": "threatens",
    "Support": "supports", "Oppose": "opposes", "Aim": "aimsAt", "Claim": "claims",
}
CONCESSION_TYPES: tuple[str, ...] = (
    "SubstantiveConcession", "SymbolicConcession", "FramedConcession",
    "ConditionalConcession", "PartialConcession",
)
ACTOR_KINDS: tuple[str, ...] = tuple(k.value for k in ActorKind)
POLARITIES: tuple[str, ...] = ("positive", "negative")
MODALITIES: tuple[str, ...] = ("asserted", "reported", "hedged", "hypothetical")


@cache
def term(name: str) -> URIRef:
    """The ontology term called `name`, looked up like `SG.name`: an unknown name raises AttributeError
    (and is not remembered; a known one is looked up once).

    >>> term("Demand") == SG.Demand
    True
    """
    value: URIRef = getattr(SG, name)
    return value
