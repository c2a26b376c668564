"""ontology/actors.ttl: what the build script makes of its sources, and what the extractor reads from it."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import pycountry
import pytest
from rdflib import Graph, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import RDF, SKOS

from graph.extract.reference import ReferenceActor, load_reference_actors
from graph.iris import slugify
from ontology import ACTORS_FILE
from ontology.build_actors import OTHERS_FILE, ActorDataError, build_graph
from ontology.namespace import SG


@pytest.fixture(scope="module")
def actors() -> Graph:
    return Graph().parse(ACTORS_FILE)


@pytest.fixture(scope="module")
def reference() -> dict[str, ReferenceActor]:
    return load_reference_actors(ACTORS_FILE)


def test_actors_ttl_is_what_the_build_script_makes(actors: Graph) -> None:
    assert isomorphic(actors, build_graph()), "stale: run python -m ontology.build_actors"


def test_every_un_member_and_observer_state_is_there(actors: Graph) -> None:
    codes = [str(c) for s in actors.subjects(RDF.type, SG.State) for c in actors.objects(s, SG.isoCode)]
    assert len(codes) == len(set(codes))
    assert len(codes) >= 195  # 193 members, 2 observers (Holy See, Palestine), and a few others
    for code in codes:
        assert pycountry.countries.get(alpha_3=code) is not None, code


def test_keys_are_slugs_of_the_english_labels(reference: dict[str, ReferenceActor]) -> None:
    assert len(reference) > 350
    for key, actor in reference.items():
        assert key == slugify(actor.label), actor.label


@pytest.mark.parametrize(("key", "kind"), [
    ("vladimir-putin", "Person"), ("donald-trump", "Person"), ("volodymyr-zelensky", "Person"),
    ("russia", "State"), ("united-states", "State"), ("ukraine", "State"), ("china", "State"),
    ("south-korea", "State"), ("iran", "State"), ("kremlin", "Government"), ("white-house", "Government"),
    ("nato", "Organization"), ("european-union", "Organization"), ("united-nations", "Organization"),
    ("hamas", "Organization"),
])
def test_the_keys_other_code_relies_on_exist(reference: dict[str, ReferenceActor], key: str,
                                             kind: str) -> None:
    assert reference[key].kind == kind


@pytest.mark.parametrize(("name", "key"), [
    ("Moscow", "russia"), ("Kyiv", "ukraine"), ("Kiev", "ukraine"), ("Washington", "united-states"),
    ("Beijing", "china"), ("Brussels", "european-union"), ("Tehran", "iran"),
])
def test_capitals_are_metonyms(reference: dict[str, ReferenceActor], name: str, key: str) -> None:
    assert name in reference[key].metonyms


@pytest.mark.parametrize(("key", "state"), [
    ("kremlin", "russia"), ("white-house", "united-states"), ("downing-street", "united-kingdom"),
    ("elysee", "france"),
])
def test_executive_seats_represent_their_state(reference: dict[str, ReferenceActor], key: str,
                                               state: str) -> None:
    assert reference[key].kind == "Government"
    assert reference[key].represents == state


def test_common_names_aliases_and_demonyms(reference: dict[str, ReferenceActor]) -> None:
    assert reference["russia"].label == "Russia"
    assert "Russian Federation" in reference["russia"].aliases
    assert {"US", "U.S."} <= reference["united-states"].aliases
    assert {"Ukrainian", "Ukrainians"} <= reference["ukraine"].demonyms
    assert "Korea, Republic of" not in reference["south-korea"].aliases  # an ISO name nobody writes
    assert "Congo" not in reference["republic-of-the-congo"].aliases  # it would name two states


def test_leaders_hold_offices_of_their_state(reference: dict[str, ReferenceActor], actors: Graph) -> None:
    assert reference["vladimir-putin"].offices == {"President of Russia"}
    assert reference["vladimir-putin"].country == "russia"
    assert reference["volodymyr-zelensky"].offices == {"President of Ukraine"}
    for office in actors.subjects(RDF.type, SG.Office):
        assert actors.value(office, SKOS.prefLabel) is not None
        assert isinstance(actors.value(office, SG.officeOf), URIRef), office


def test_no_surface_form_names_two_actors(reference: dict[str, ReferenceActor]) -> None:
    names = Counter(n for a in reference.values() for n in {a.label} | a.aliases | a.metonyms)
    assert [n for n, count in names.items() if count > 1] == []


def test_person_aliases_are_capitalised_names(reference: dict[str, ReferenceActor]) -> None:
    for actor in reference.values():
        if actor.kind == "Person":
            for alias in actor.aliases:
                assert alias[0].isupper(), f"{actor.key}: {alias!r}"


@pytest.mark.parametrize(("entry", "problem"), [
    ("{name: Kremlin, represents: RUS, aliases: [Moscow]}", "'Moscow' would name both"),  # Moscow is Russia
    ("{name: Kremlin, represents: XXX}", "no state with ISO code 'XXX'"),
    ("{name: Kremlin, represents: atlantis}", "no actor with key 'atlantis'"),
])
def test_the_build_refuses_inconsistent_data(tmp_path: Path, entry: str, problem: str) -> None:
    others = tmp_path / "actors.yaml"
    text = OTHERS_FILE.read_text(encoding="utf-8")
    others.write_text(text.replace("{name: Kremlin, represents: RUS}", entry), encoding="utf-8")
    with pytest.raises(ActorDataError, match=problem):
        build_graph(others_file=others)
