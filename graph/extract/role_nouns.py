"""The role nouns actor resolution reads (graph/extract/roles.py): state bodies, leaders and titles,
groups, the organisations and relations people are named by, and partitives.

Facts of English news usage, kept apart from the resolution that reads them so each list can be read
(and grown) on its own; every list has its cases in tests/graph/extract/cases/.
"""

from __future__ import annotations

STATE_BODIES = {
    "official", "government", "administration", "authority", "force", "troop", "military", "army", "navy",
    "police", "side", "delegation", "diplomat", "negotiator", "leadership", "regime", "team", "envoy",
    "ministry", "officer", "soldier", "intelligence", "parliament", "lawmaker", "legislator", "cabinet",
    "junta", "embassy", "spokesman", "spokeswoman", "spokesperson", "representative", "camp",
    "judge", "court", "prosecutor", "tank", "helicopter", "warplane", "jet", "aircraft", "warship", "drone",
    "artillery", "policeman", "minister", "secretary", "ambassador", "negotiating", "guard", "marine",
    "office",
}
# Bodies that speak for a person when a person owns them: "Netanyahu's office", "Trump's team".
PERSONAL_BODIES = {"office", "spokesman", "spokeswoman", "spokesperson", "aide", "team", "camp", "lawyer",
                   "attorney", "campaign"}
QUANTITIES = {"thousand", "hundred", "dozen", "million", "some", "many", "most", "all"}
# Leader nouns and the word their office's label contains (None: any office the person holds).
LEADERS = {"leader": None, "president": "president", "premier": "prime", "chancellor": "chancellor",
           "king": "king", "queen": "queen", "emir": "emir", "monarch": None, "ruler": None}
MINISTERS = {"minister", "secretary"}  # with a compound that names the office: "prime minister"
# Role nouns that name the person in apposition: "Kenya's president, William Ruto,".
TITLED_ROLES = LEADERS.keys() | MINISTERS | {
    "chief", "commander", "head", "spokesman", "spokeswoman", "spokesperson", "envoy", "ambassador",
    "general", "director", "chairman", "chairwoman", "chair", "chairperson", "governor", "mayor", "negotiator",
    "official",
    "commissioner", "delegate", "representative", "adviser", "advisor", "secretary-general", "director-general"}
ADMINISTRATIONS = {"administration", "government", "cabinet", "team", "camp"}
GROUPS = {
    "analyst", "expert", "critic", "observer", "backer", "ally", "supporter", "opponent", "protester",
    "demonstrator", "rebel", "militant", "insurgent", "activist", "investor", "economist", "scholar",
    "commentator", "official", "diplomat", "lawmaker", "legislator", "leader", "separatist", "fighter",
    "hardliner", "negotiator", "mediator", "donor", "partner", "adversary", "rival", "neighbour", "neighbor",
    "guerrilla", "guerilla", "militiaman", "militia", "settler", "hacker", "youth", "student", "worker",
    "farmer", "gunman", "group", "party", "faction", "movement", "network", "extremist", "nationalist",
    "doctor", "volunteer", "citizen", "resident", "refugee", "villager", "voter", "monitor", "inspector",
    "peacekeeper", "lawyer", "journalist", "delegate", "minister", "mercenary", "jihadist", "opposition",
    # collectives of states and organisations: "Gulf states", "several European countries", "aid agencies"
    "state", "country", "nation", "power", "capital", "government", "agency", "organisation", "organization",
    "union",
}
# people who work for a company or a service: "Amazon workers", "Boeing employees" are a side of their own in
# a dispute with their employer, never the company's voice (as "Hamas militants" are Hamas's)
WORKFORCE = {"worker", "employee", "staff", "workforce", "driver", "pilot", "nurse", "teacher", "miner",
             "dockworker", "crew"}
GROUPS |= WORKFORCE
# Nouns for a kind of organisation: "Germany's largest union, IG Metall," is IG Metall.
ORGANISATION_ROLES = {"union", "company", "firm", "corporation", "carmaker", "automaker", "party", "group",
                      "movement", "militia", "regulator", "watchdog", "agency", "bank", "lender", "airline",
                      "broadcaster", "manufacturer", "producer", "insurer", "association", "federation",
                      "operator", "charity", "conglomerate", "utility", "retailer", "exporter"}
# modifiers of people that set them apart from the state they are of: "Kenya's opposition leaders"
NON_STATE_MODIFIERS = {"opposition", "rebel", "militia", "union", "party", "business", "community", "religious",
                       "church", "tribal", "student", "protest", "civic", "industry", "labour", "labor",
                       "separatist", "insurgent", "clan", "faith", "youth", "village", "exiled", "dissident"}
# nouns of a relation to someone: "Hungary's EU partners" are the partners, neither Hungary nor the EU
RELATIONAL = {"partner", "ally", "neighbour", "neighbor", "rival", "critic", "adversary", "backer",
              "supporter", "opponent"}
COLLECTIVES = {"group", "party", "faction", "movement", "network", "militia", "coalition", "alliance",
               "opposition", "union"}
PARTITIVES = {"member", "group", "thousand", "hundred", "dozen", "million", "some", "many", "most", "all",
              "one", "two", "third", "half", "majority", "number", "contingent", "team", "delegation"}
