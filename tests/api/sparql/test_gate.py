"""The query gate in isolation: what it refuses (and with which status), what it lets through."""
from __future__ import annotations

import pytest

from api.sparql.gate import GateLimits, admit, unescape
from api.sparql.protocol import ProtocolError

LIMITS = GateLimits(max_depth=200, max_term_depth=40, max_chain=1000, allow_service=False, allow_load=False)
OPEN = GateLimits(max_depth=200, max_term_depth=40, max_chain=1000, allow_service=True, allow_load=True)
URL = "<http://127.0.0.1:9/sparql>"


def refusal(text: str, *, update: bool = False, limits: GateLimits = LIMITS) -> tuple[int, str]:
    with pytest.raises(ProtocolError) as caught:
        admit(text, update=update, limits=limits)
    return caught.value.status, str(caught.value)


@pytest.mark.parametrize("text", [
    f"SELECT * {{ SERVICE {URL} {{ }} }}",
    f"select * {{ sErViCe silent {URL} {{ }} }}",
    f"SELECT * {{ SERVICE{URL}{{ }} }}",
    f"SELECT * {{ SERVICESILENT{URL}{{ }} }}",  # the engine needs no space after a keyword
    "PREFIX ex: <http://127.0.0.1:9/> SELECT * { SERVICEex:sparql { } }",
    "PREFIX : <http://127.0.0.1:9/> SELECT * { SERVICE:sparql { } }",
    "PREFIX service: <http://127.0.0.1:9/> SELECT * { service:sparql { } }",  # read as SERVICE :sparql
    f"SELECT * {{ ?s ?p trueSERVICE{URL} {{ }} }}",
    f"SELECT * {{ BIND(<http://x\\u0041#> AS ?z) SERVICE {URL} {{ }} }}",  # the bypass
    f"SELECT * {{ SERV\\u0049CE {URL} {{ }} }}",  # SERVICE to a standard parser
    f'SELECT * {{ BIND("a\\u0022 # " AS ?z) SERVICE {URL} {{ }} }}',  # the engine keeps \u0022 in the string
    f'SELECT * {{ BIND("a\\u0022 AS ?z) SERVICE {URL} {{ }} BIND(\\u0022b" AS ?y) }}',  # the standard does not
    f"PREFIX ex: <http://x/> SELECT * {{ BIND(ex:a\\#b AS ?z) SERVICE {URL} {{ }} }}",  # \\# is no comment
    f"SELECT * {{ BIND(<http://x'> AS ?z) SERVICE {URL} {{ }} }} #'",
    f"SELECT * {{ BIND('''a\n#''' AS ?z) SERVICE {URL} {{ }} }}",
])
def test_service_is_refused_however_it_is_written(text: str) -> None:
    status, message = refusal(text)
    assert status == 403
    assert "STANCEGRAPH_ALLOW_SERVICE" in message
    try:
        admit(text, update=False, limits=OPEN)  # allowed, no SERVICE is refused
    except ProtocolError as unreadable:  # SERV\u0049CE: an error to the engine, allowed or not
        assert unreadable.status == 400


@pytest.mark.parametrize("text", [
    "LOAD <file:///etc/passwd>",
    "load silent <http://169.254.169.254/> into graph <http://x/g>",
    "L\\u004FAD <http://127.0.0.1:9/d.ttl>",
    "PREFIX : <http://127.0.0.1:9/> LOAD:d.ttl",
    "INSERT DATA { <http://x/s> <http://x/p> <http://x\\u0041#> } ; LOAD <http://127.0.0.1:9/d.ttl>",
])
def test_load_is_refused_in_updates(text: str) -> None:
    status, message = refusal(text, update=True)
    assert (status, "STANCEGRAPH_ALLOW_LOAD" in message) == (403, True)


@pytest.mark.parametrize("text", [
    'SELECT * { ?s ?p "SERVICE <http://x/> { }" }',
    "SELECT * { ?s ?p 'load' } # SERVICE <http://x/> { }",
    "SELECT * { ?s <http://x/service#load> ?service }",
    "PREFIX ex: <http://x/> SELECT * { ?s ex:hasService ex:load }",
    "PREFIX download: <http://x/> SELECT * { ?s ?p download:x }",  # LOAD is no query keyword
    "SELECT * { VALUES (?a ?b) { (<http://x/a#1> <http://x/b#2>) } }",
    "SELECT * { ?s ?p ?o FILTER(?o<10&&?o>5) FILTER(?o < <http://x/a#b>) }",
    'SELECT * { ?s ?p "a\\"b\'c" FILTER(?o != """x"y""") }',
])
def test_mentions_of_service_and_ordinary_queries_pass(text: str) -> None:
    admit(text, update=False, limits=LIMITS)


@pytest.mark.parametrize(("text", "said"), [
    ("SELECT * { ?s ?p ?o FILTER(?o<9)SERVICE:x#>\n{ } }", "less-than"),
    ("SELECT * { ?s ?p ?o FILTER(?o<'>') SERVICE <http://x/> { } } #'", "less-than"),
    ("SELECT * { ?s ?p ?o FILTER(?o<<(#>) SERVICE <http://x/> { } }", "less-than"),  # not a triple term
    ("SELECT * FROM <http://x/g> { ?s ?p 'unterminated }", "does not end"),
    ("SELECT * { ?s ?p ?o } \\ ", "backslash"),
    ("SELECT * { ?s ?p '\\uD800' }", "names no character"),
])
def test_text_the_gate_cannot_read_for_certain_gets_400(text: str, said: str) -> None:
    status, message = refusal(text)
    assert status == 400
    assert said in message


def test_nesting_deeper_than_the_limit_gets_400_naming_the_setting() -> None:
    admit("SELECT * " + "{" * 200 + "}" * 200, update=False, limits=LIMITS)
    status, message = refusal("SELECT * " + "{" * 201 + "}" * 201)
    assert status == 400
    assert "nests brackets 201 deep" in message and "STANCEGRAPH_MAX_QUERY_DEPTH" in message
    mixed = "SELECT * { ?s ?p ?o FILTER(" + "([" * 100 + ")" * 100 + ") }"
    assert refusal(mixed)[0] == 400
    escaped = "SELECT * " + "\\u007B" * 201 + "}" * 201  # braces to a standard parser
    assert refusal(escaped)[0] == 400


TERMS = {
    "collections": lambda n: "?s <http://x/p> " + "(" * n + "?o" + ")" * n,
    "blank-nodes": lambda n: "?s <http://x/p> " + "[ <http://x/p> " * n + "?o" + " ]" * n,
    "quoted-triples": lambda n: "<< <http://x/a> <http://x/b> " * n + "<http://x/c>" + " >>" * n + " ?p ?o",
}


@pytest.mark.parametrize("term", list(TERMS))
def test_terms_nested_deeper_than_their_limit_get_400(term: str) -> None:
    """The parser's time grows with the cube of this nesting (200 collections: 27 s), the GIL released."""
    status, message = refusal(f"SELECT * WHERE {{ {TERMS[term](41)} }}")
    assert status == 400
    assert "41 deep" in message and "STANCEGRAPH_MAX_QUERY_TERM_DEPTH" in message
    admit(f"SELECT * WHERE {{ {TERMS[term](40)} }}", update=False, limits=LIMITS)


def test_a_less_than_before_a_quoted_triple_is_read_as_the_engine_reads_it() -> None:
    assert refusal("SELECT * { FILTER(?o<<http://x#>) SERVICE <http://x/> { } }")[0] == 403
    admit("SELECT * FROM <http://x/g> { FILTER(?o<<http://x/a#b>) }", update=False, limits=LIMITS)
    with pytest.raises(ProtocolError, match="less-than"):
        admit("SELECT * { FILTER(<<( <a> <b> <c> )>><'>') SERVICE <http://x/> { } } #'", update=False,
              limits=LIMITS)


@pytest.mark.parametrize("chain", [
    "FILTER(?o" + "||?o" * 1000 + ")", "FILTER(" + "!" * 1000 + "?o)", "?s " + "/".join(["<p>"] * 1001) + " ?o",
    ". ?s ?p ?o" * 1001, "?s ?p " + ",".join(["?o"] * 1001), "FILTER(?o)" * 1000, "{}" * 1000,
])
def test_chains_longer_than_the_limit_get_400_naming_the_setting(chain: str) -> None:
    status, message = refusal(f"SELECT * WHERE {{ ?s ?p ?o {chain} }}")
    assert status == 400
    assert "STANCEGRAPH_MAX_QUERY_CHAIN" in message


def test_long_flat_lists_that_build_no_deep_tree_pass() -> None:
    admit("SELECT * { VALUES ?v { " + "1 " * 5000 + "} }", update=False, limits=LIMITS)
    admit("SELECT * { FILTER(?o IN (" + ",".join(["1"] * 5000) + ")) }", update=False, limits=LIMITS)
    admit(";".join(["CLEAR SILENT GRAPH <http://x/g>"] * 2000), update=True, limits=LIMITS)
    triples = " ".join(f"<http://x/s> <http://x/p> {i} ." for i in range(3000))  # quads, not a tree
    admit(f"INSERT DATA {{ GRAPH <http://x/g> {{ {triples} }} }}", update=True, limits=LIMITS)
    admit(f"CONSTRUCT {{ {triples} }} WHERE {{ ?s ?p ?o }}", update=False, limits=LIMITS)
    admit(f"DELETE {{ {triples} }} INSERT {{ {triples} }} WHERE {{ ?s ?p ?o }}", update=True, limits=LIMITS)
    assert refusal(f"DELETE WHERE {{ {triples} }}", update=True)[0] == 400  # a pattern: joined, a tree


def test_escapes_are_undone_as_the_standard_says() -> None:
    assert unescape("\\u0053\\U00000045RVICE") == "SERVICE"
    assert unescape("\\u00") == "\\u00"
    with pytest.raises(ProtocolError):
        unescape("\\U00110000")
