"""The query gate agrees with a real SPARQL parser: generated texts hide SERVICE and LOAD behind escapes,
comments, strings, IRIs and prefixed names, and every one in which rdflib's parser finds a SERVICE or a LOAD
is refused; texts that only mention "service" in a string, an IRI or a comment are let through.

rdflib undoes the `\\u` escapes of the whole text before it parses (as SPARQL 1.1, section 19.2, says), so it
is given the text exactly as a client sends it. The generated escapes are the ones rdflib and the standard
read alike (`\\u` with four digits not followed by more, `\\U` with eight).
"""
from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib.plugins.sparql.parser import parseQuery, parseUpdate
from rdflib.plugins.sparql.parserutils import CompValue

from api.sparql.gate import GateLimits, admit
from api.sparql.protocol import ProtocolError

LIMITS = GateLimits(max_depth=200, max_term_depth=40, max_chain=1000, allow_service=False, allow_load=False)
URL = "http://127.0.0.1:9999/sparql"
def bounded(examples: int) -> settings:
    """A few hundred examples, no deadline (a loaded machine is slow), nothing written to disk."""
    return settings(max_examples=examples, deadline=None, database=None,
                    suppress_health_check=[HealthCheck.too_slow])


def _escape(char: str, how: int) -> str:
    if how == 1:
        return f"\\u{ord(char):04X}"
    if how == 2:
        return f"\\U{ord(char):08x}"
    return char


@st.composite
def escaped(draw: st.DrawFn, text: str, *, escapes: bool = True) -> str:
    """`text` with any of its characters written as escapes; a short escape is never followed by a hex digit
    (rdflib would read eight digits there, the standard four)."""
    out = []
    for i, char in enumerate(text):
        how = draw(st.integers(0, 2)) if escapes else 0
        if how == 1 and text[i + 1:i + 2] in tuple("0123456789abcdefABCDEF"):
            how = 2
        out.append(_escape(char, how))
    return "".join(out)


@st.composite
def keyword(draw: st.DrawFn, word: str, *, escapes: bool = True) -> str:
    """`word` in any case, some letters written as escapes."""
    return draw(escaped("".join(draw(st.sampled_from([c.lower(), c.upper()])) for c in word), escapes=escapes))


COVERS = st.one_of(
    st.just(""),
    escaped("BIND(<http://x/a#> AS ?z1)"),
    st.just("BIND(<http://x/a'b#c> AS ?z1)"),
    st.just("BIND('#' AS ?z1)"),
    st.just('BIND("\\"#\'" AS ?z1)'),
    st.just("BIND('''a'b''c\n#''' AS ?z1)"),
    st.just('BIND("""a"b""c\n#""" AS ?z1)'),
    st.just("# a comment ' \" <\n"),
    st.just("BIND(ex:a\\#b AS ?z1)"),
    st.just("BIND(\"x\"@en AS ?z1)"),
    escaped('BIND("a"'),  # an escaped quote: the cover ends its string early, or never, depending on the reader
    st.sampled_from(["BIND(\"a\\u0022 AS ?z1)", "BIND('a\\u0027 AS ?z1)", "BIND(<http://x/\\u003E AS ?z1)"]),
)
TAILS = st.sampled_from(["", "#'", '#"', "#>", "BIND(\\u0022b\" AS ?z2)", "BIND(\\u0027b' AS ?z2)",
                         "BIND(<http://x/a\\u003E AS ?z2)"])
TARGETS = st.one_of(escaped(f"<{URL}>"), st.just("ex:sparql"), st.just("?endpoint"))


@st.composite
def hidden_service_query(draw: st.DrawFn) -> str:
    """A query that may call SERVICE, written to slip past a scanner."""
    silent = draw(st.sampled_from(["", " SILENT", " " + draw(keyword("SILENT"))]))
    service = draw(keyword("SERVICE"))
    values = "VALUES ?endpoint { <http://127.0.0.1:9999/sparql> } " if draw(st.booleans()) else ""
    body = f"{draw(COVERS)} {values}{service}{silent} {draw(TARGETS)} {{ ?s ?p ?o }} {draw(TAILS)}"
    return f"PREFIX ex: <http://127.0.0.1:9999/> SELECT * WHERE {{ {body}\n}}{draw(st.sampled_from(['', ' #', '#x']))}"


@st.composite
def hidden_load_update(draw: st.DrawFn) -> str:
    """An update that may LOAD a URL (or call SERVICE in its WHERE), written to slip past a scanner."""
    cover = draw(st.sampled_from(["<http://x/o>", "<http://x\\u0041#>", "'#'", "\"a\\u0022 #\"", "ex:a\\#b",
                                  "<http://x/a'>", "'''\n#'''"]))
    insert = f"INSERT DATA {{ <http://x/s> <http://x/p> {cover} }}"
    if draw(st.booleans()):
        operation = f"{draw(keyword('LOAD'))} {draw(st.sampled_from(['', 'SILENT ']))}{draw(escaped(f'<{URL}>'))}"
    else:
        operation = f"INSERT {{ ?s ?p ?o }} WHERE {{ {draw(keyword('SERVICE'))} <{URL}> {{ ?s ?p ?o }} }}"
    return f"PREFIX ex: <http://127.0.0.1:9999/> {insert} ; {operation} {draw(TAILS)}"


def _compositions(node: Any, found: set[str]) -> set[str]:
    """The names of every rule rdflib matched (its parse tree's CompValue names)."""
    if isinstance(node, CompValue):
        found.add(node.name)
        for value in node.values():
            _compositions(value, found)
    elif isinstance(node, list | tuple) or hasattr(node, "asList"):
        for value in node:
            _compositions(value, found)
    return found


def _rdflib_finds(text: str, *, update: bool, rules: set[str]) -> bool | None:
    """Whether rdflib's parser reads one of `rules` in `text`; None when it cannot parse the text at all."""
    try:
        tree = parseUpdate(text) if update else parseQuery(text)
    except Exception:  # a parse error of any kind: rdflib does not read the text as SPARQL
        return None
    return bool(_compositions(tree, set()) & rules)


def _gate_refuses(text: str, *, update: bool) -> bool:
    try:
        admit(text, update=update, limits=LIMITS)
    except ProtocolError as refusal:
        assert refusal.status in (400, 403)
        return True
    return False


@bounded(300)
@given(hidden_service_query())
def test_every_query_in_which_rdflib_finds_a_service_is_refused(text: str) -> None:
    if _rdflib_finds(text, update=False, rules={"ServiceGraphPattern"}):
        assert _gate_refuses(text, update=False), text
    else:
        _gate_refuses(text, update=False)  # whatever it decides, the gate answers (never raises otherwise)


@bounded(200)
@given(hidden_load_update())
def test_every_update_in_which_rdflib_finds_a_load_or_service_is_refused(text: str) -> None:
    if _rdflib_finds(text, update=True, rules={"Load", "ServiceGraphPattern"}):
        assert _gate_refuses(text, update=True), text
    else:
        _gate_refuses(text, update=True)


MENTIONS = st.sampled_from([
    '"SERVICE <{url}> {{ }}"', "'service'", "'''LOAD\nSERVICE'''", '"""a "SERVICE" b"""', '"\\"SERVICE\\""',
    "<http://x/SERVICE>", "<http://x/service#load>", "<http://x/a'service'>", "<http://x/\\u0053ERVICE>",
    "ex:service", "ex:load", "ex:hasService", "?service", "$load",
])


@bounded(60)  # 56 combinations
@given(MENTIONS, st.sampled_from(["", "# SERVICE <{url}> {{ ?s ?p ?o }}"]), keyword("SELECT", escapes=False))
def test_service_only_mentioned_in_strings_iris_and_comments_is_let_through(
    mention: str, comment: str, select: str
) -> None:
    body = f"?s ?p ?o FILTER(?o != {mention}) {comment}".replace("{url}", URL).replace("{{", "{").replace("}}", "}")
    if mention.startswith(("?", "$")):
        body = f"?s ?p {mention} {comment}"
    text = f"PREFIX ex: <http://x/> {select} * WHERE {{ {body}\n}}"
    assert _rdflib_finds(text, update=False, rules={"ServiceGraphPattern"}) is False, text
    assert not _gate_refuses(text, update=False), text
