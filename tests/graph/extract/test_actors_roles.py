"""Role and group actors as the resolver records them; what a case can state (cases/roles.toml,
state-bodies.toml) is read there (graph/extract/roles.py)."""
from __future__ import annotations


def test_groups_are_actors_only_once_a_stance_asks(read):
    r = read("Economists warned that inflation would rise.")
    assert not any(a.kind == "Group" for a in r.resolver.actors.values())
    assert r.at("Economists") == "economists"
    assert "economists" in r.resolver.actors


def test_a_definite_role_of_a_state_in_apposition_is_one_of_the_person_s_names(read):
    r = read("Ana Duarte, Portugal's attorney general, urged prosecutors to reopen the case.")
    assert r.at("general") == "Ana Duarte"
    assert "Portugal's attorney general" in r.resolver.actors["ana-duarte"].aliases
    r = read("Ana Duarte, a lawyer in Lisbon, urged prosecutors to reopen the case.")
    assert r.resolver.actors["ana-duarte"].aliases == {"Ana Duarte"}
