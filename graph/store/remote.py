"""The remote backend: a graph held by any SPARQL 1.1 server, reached over HTTP.

Queries go to the server's SPARQL Query endpoint, updates to its Update endpoint, and whole graphs travel
through its Graph Store Protocol endpoint: a document's graph is replaced with one PUT, which the server
applies as one change, so ingesting a document again changes nothing. By default the endpoints follow
Oxigraph server's conventions (`/query`, `/update`, `/store` under the base URL); settings name others
(Virtuoso: `/sparql` for all three operations' SPARQL, `/sparql-graph-crud` for the graph store).

The project's queries read the default graph as the union of all document graphs. Oxigraph server is asked
for that with its `union-default-graph` parameter; Virtuoso's default graph is the union already. Query
results are parsed into the store's result objects (graph/store/terms.py), so callers see the same types
as with the embedded store; substitutions (bound variables) are sent as a VALUES block opening the WHERE group.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import IO, Any
from urllib.parse import urlencode, urljoin

import httpx
import orjson

from graph.errors import QueryError, StoreUnavailable
from graph.rdf import Triple
from graph.store import terms as rdf
from graph.store.base import ChangeStamp, Quads, rows_of, sparql_prologue

_MEDIA = {
    rdf.RdfFormat.TURTLE: "text/turtle", rdf.RdfFormat.N_TRIPLES: "application/n-triples",
    rdf.RdfFormat.N_QUADS: "application/n-quads", rdf.RdfFormat.TRIG: "application/trig",
    rdf.RdfFormat.RDF_XML: "application/rdf+xml", rdf.RdfFormat.JSON_LD: "application/ld+json",
    rdf.RdfFormat.N3: "text/n3",
}
_FORM_TYPE = "application/x-www-form-urlencoded"
_ANSWERS = "application/sparql-results+json, application/n-triples;q=0.9, text/turtle;q=0.8"
_GRAPH_ANSWERS = "application/n-triples, text/turtle;q=0.9"
_BLANK_LABEL = re.compile(r"[^A-Za-z0-9_]")
_FORM = re.compile(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", re.IGNORECASE)
_WHERE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)
# what a variable may not be replaced in (strings, IRIs, comments), the variables, and the words and braces
# that tell where they stand
_TOKEN = re.compile("|".join((
    r'"""[\s\S]*?"""', r"'''[\s\S]*?'''", r'"(?:[^"\\\n]|\\.)*"', r"'(?:[^'\\\n]|\\.)*'",  # strings
    r'<[^<>"{}|^`\\\s]*>', r'#[^\n]*', r'[?$]\w+', r'\b(?:SELECT|WHERE|AS|BOUND)\b', r'[{}()]',
)), re.IGNORECASE)
_COMMENT_OR_PREFIX = re.compile(r"(#[^\n]*|PREFIX\s+\S*:\s*<[^>]*>|BASE\s+<[^>]*>)", re.IGNORECASE)


@dataclass(frozen=True, kw_only=True)
class Endpoints:
    """Where a server answers each operation, and how to sign in."""

    query: str
    update: str
    graph_store: str
    user: str | None = None
    password: str | None = None
    union_parameter: str | None = "union-default-graph"  # None: the server's default graph is the union
    timeout: float = 60.0

    @classmethod
    def under(cls, base: str, *, query: str | None = None, update: str | None = None,
              graph_store: str | None = None, **options: Any) -> Endpoints:
        """Endpoints below `base`, Oxigraph server's paths unless given (absolute or relative to `base`).

        >>> Endpoints.under("http://127.0.0.1:7878").update
        'http://127.0.0.1:7878/update'
        """
        root = base.rstrip("/") + "/"
        return cls(query=urljoin(root, query or "query"), update=urljoin(root, update or "update"),
                   graph_store=urljoin(root, graph_store or "store"), **options)


class RemoteTriples(list[rdf.Triple]):
    """The triples of a CONSTRUCT or DESCRIBE answer, serialisable like the embedded store's `QueryTriples`."""

    def serialize(self, output: IO[bytes] | None = None,
                  format: rdf.RdfFormat = rdf.RdfFormat.N_TRIPLES) -> bytes | None:  # noqa: A002
        return rdf.serialize_rdf(iter(self), output, fmt=format)


class RemoteStore(ChangeStamp):
    """A graph on a SPARQL 1.1 server.

    Args:
        endpoints: the server's endpoints (`Endpoints.under(base_url)` for Oxigraph server's).
        client: an httpx client to use (tests, custom TLS); one is made from `endpoints` otherwise.
    """

    def __init__(self, endpoints: Endpoints, *, client: httpx.Client | None = None) -> None:
        self.endpoints = endpoints
        auth = httpx.BasicAuth(endpoints.user, endpoints.password or "") if endpoints.user else None
        self._client = client or httpx.Client(auth=auth, timeout=endpoints.timeout)
        super().__init__()

    @property
    def location(self) -> str:
        return self.endpoints.query

    @property
    def remote(self) -> bool:
        return True

    # --- HTTP
    def _send(self, method: str, url: str, **request: Any) -> httpx.Response:
        try:
            response = self._client.request(method, url, **request)
        except httpx.HTTPError as exc:
            raise StoreUnavailable(f"the SPARQL server at {url} did not answer: {exc}") from exc
        if response.status_code in (400, 422):
            raise QueryError(f"the SPARQL server refused the request: {response.text.strip()[:500]}")
        if response.status_code >= 400 and not (method == "DELETE" and response.status_code == 404):
            raise StoreUnavailable(f"the SPARQL server at {url} answered {response.status_code}: "
                                   f"{response.text.strip()[:300]}")
        return response

    def _graph_params(self, graph_iri: str | None) -> dict[str, str]:
        return {"graph": graph_iri} if graph_iri else {"default": ""}

    # --- reading
    def query(self, sparql: str, *, union: bool = True, substitutions: dict[Any, Any] | None = None,
              base_iri: str | None = None, default_graph: Any = None, named_graphs: Any = None,
              **_: Any) -> Any:
        """Run a SPARQL query; the answer is a `QuerySolutions`, `QueryBoolean` or triples.

        Raises:
            QueryError: the server refused the query (syntax, or a limit of its own).
            StoreUnavailable: the server cannot be reached or failed.
        """
        body = bind_values(sparql, substitutions) if substitutions else sparql
        text = (f"BASE <{base_iri}>\n" if base_iri else "") + sparql_prologue() + body  # BASE first: Virtuoso
        form: list[tuple[str, str]] = [("query", text)]
        if union and self.endpoints.union_parameter and default_graph is None:
            form.append((self.endpoints.union_parameter, ""))
        for graph in _graph_list(default_graph):
            form.append(("default-graph-uri", graph))
        for graph in _graph_list(named_graphs):
            form.append(("named-graph-uri", graph))
        form_keyword = query_form(sparql)
        accept = _GRAPH_ANSWERS if form_keyword in ("CONSTRUCT", "DESCRIBE") else _ANSWERS
        response = self._send("POST", self.endpoints.query, content=urlencode(form),
                              headers={"Accept": accept, "Content-Type": _FORM_TYPE})
        kind = response.headers.get("content-type", "").split(";")[0].strip().lower()
        if kind in ("application/sparql-results+json", "application/json"):
            result = rdf.parse_query_results(_portable_blank_nodes(response.content), rdf.QueryResultsFormat.JSON)
            if form_keyword == "ASK" and isinstance(result, rdf.QuerySolutions):
                return _boolean_of_row(result)  # Virtuoso answers ASK with one row
            return result
        if kind in ("application/sparql-results+xml", "application/xml"):
            return rdf.parse_query_results(response.content, rdf.QueryResultsFormat.XML)
        fmt = next((f for f, media in _MEDIA.items() if media == kind), rdf.RdfFormat.N_TRIPLES)
        return RemoteTriples(rdf.Triple(q.subject, q.predicate, q.object)
                             for q in rdf.parse_rdf(response.content, fmt=fmt))

    def select(self, sparql: str, **kwargs: Any) -> Iterator[dict[str, Any]]:
        """Rows of a SELECT query as dicts of variable name -> Python value (str, int, None)."""
        return rows_of(self.query(sparql, **kwargs))

    def has_graph(self, graph_iri: str) -> bool:
        """Whether the server holds triples in the named graph `graph_iri`."""
        return bool(self.query("ASK { GRAPH ?g { ?s ?p ?o } }", union=False,
                               substitutions={rdf.Variable("g"): rdf.NamedNode(graph_iri)}))

    def quads(self, subject: rdf.NamedNode | None = None, predicate: rdf.NamedNode | None = None,
              graph: rdf.NamedNode | None = None) -> Quads:
        """The quads of the named graphs matching a pattern (None matches anything)."""
        bound = {rdf.Variable(name): term for name, term in (("s", subject), ("p", predicate), ("g", graph))
                 if term is not None}
        result = self.query("SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }", union=False,
                            substitutions=bound or None)
        for row in result:
            yield rdf.Quad(subject or row["s"], predicate or row["p"], row["o"], graph or row["g"])

    def dump(self, out: IO[bytes] | None = None, *, fmt: rdf.RdfFormat,
             graph: rdf.NamedNode | rdf.DefaultGraph | None = None) -> bytes | None:
        """The store's named graphs (or one graph) in `fmt`, written to `out`, or returned as bytes."""
        if isinstance(graph, rdf.NamedNode):
            response = self._send("GET", self.endpoints.graph_store, params={"graph": graph.value},
                                  headers={"Accept": _MEDIA[fmt]})
            if out is None:
                return response.content
            out.write(response.content)
            return None
        if isinstance(graph, rdf.DefaultGraph):
            triples = self.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", union=False)
            return rdf.serialize_rdf(iter(triples), out, fmt=fmt)
        return rdf.serialize_rdf(self.quads(), out, fmt=fmt)

    def triple_count(self) -> int:
        """Number of triples in the server's named graphs."""
        rows = list(self.select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", union=False))
        return int(rows[0]["n"]) if rows else 0

    def graph_names(self) -> list[str]:
        rows = self.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }", union=False)
        return sorted(row["g"] for row in rows)

    # --- writing
    def replace_graph(self, graph_iri: str, triples: Iterable[Triple]) -> int:
        """Replace the named graph `graph_iri` with `triples` in one Graph Store PUT; the triple count."""
        rows = list(rdf.store_triples(triples))
        body = rdf.serialize_rdf(rows, fmt=rdf.RdfFormat.N_TRIPLES) or b""
        self._put(graph_iri, body, rdf.RdfFormat.N_TRIPLES)
        self._changed([graph_iri])
        return len(rows)

    def load_graph(self, graph_iri: str, data: bytes | str, *, fmt: rdf.RdfFormat) -> None:
        """Replace a named graph with an RDF file's triples (one PUT)."""
        self._put(graph_iri, data.encode() if isinstance(data, str) else data, fmt)
        self._changed([graph_iri])

    def write_graph(self, graph_iri: str | None, data: bytes, *, fmt: rdf.RdfFormat, replace: bool,
                    base_iri: str | None = None) -> None:
        """Put (replace) or post (add) RDF into a named graph or, for None, the default graph.

        Raises:
            QueryError: the data does not parse (checked here, before anything is sent).
        """
        try:
            triples = [rdf.Triple(q.subject, q.predicate, q.object)
                       for q in rdf.parse_rdf(data, fmt=fmt, base_iri=base_iri)]
        except SyntaxError as exc:
            raise QueryError(f"the RDF does not parse: {exc}") from exc
        body = rdf.serialize_rdf(triples, fmt=rdf.RdfFormat.N_TRIPLES) or b""
        self._send("PUT" if replace else "POST", self.endpoints.graph_store, params=self._graph_params(graph_iri),
                   content=body, headers={"Content-Type": _MEDIA[rdf.RdfFormat.N_TRIPLES]})
        self._changed([graph_iri] if graph_iri else [])

    def _put(self, graph_iri: str, body: bytes, fmt: rdf.RdfFormat) -> None:
        self._send("PUT", self.endpoints.graph_store, params={"graph": graph_iri}, content=body,
                   headers={"Content-Type": _MEDIA[fmt]})

    def remove_graph(self, graph_iri: str) -> None:
        self._send("DELETE", self.endpoints.graph_store, params={"graph": graph_iri})
        self._changed([graph_iri])

    def update(self, sparql: str, *, base_iri: str | None = None) -> None:
        """Apply a SPARQL update on the server."""
        text = (f"BASE <{base_iri}>\n" if base_iri else "") + sparql_prologue() + sparql
        self._send("POST", self.endpoints.update, content=urlencode({"update": text}),
                   headers={"Content-Type": _FORM_TYPE})
        self._changed([])

    def flush(self) -> None:
        """Nothing to do: the server persists what it acknowledged."""

    def close(self) -> None:
        self._client.close()


def bind_values(sparql: str, substitutions: dict[Any, Any]) -> str:
    """The query with its bound variables replaced by their terms in its WHERE group, and bound again by a
    VALUES block opening the group (so that the results, the template and the groups name them).

    Each occurrence is replaced, as an embedded store substitutes them: a VALUES block alone would join
    with the group's patterns only after each nested group (a GRAPH block, an OPTIONAL, a BIND) has been
    evaluated without the value. `AS ?name` and `BOUND(?name)` keep the variable. The project's own
    queries are the only ones bound this way: a user's query is sent as it is.

    >>> bind_values("SELECT ?a WHERE { ?a ?p ?o } LIMIT 1", {rdf.Variable("p"): rdf.NamedNode("http://x/p")})
    'SELECT ?a WHERE { VALUES (?p) { (<http://x/p>) } ?a <http://x/p> ?o } LIMIT 1'
    """
    bound = {variable.value: str(term) for variable, term in substitutions.items()}
    names = " ".join(f"?{name}" for name in bound)
    where = _WHERE.search(sparql) or re.search(r"\{", sparql)
    if where is None:
        raise QueryError("a bound query needs a WHERE group")
    body = _substituted(sparql[where.end():], bound)
    return f"{sparql[:where.end()]} VALUES ({names}) {{ ({' '.join(bound.values())}) }}{body}"


def _substituted(body: str, bound: dict[str, str]) -> str:
    """`body` (what follows a group's opening brace) with the bound variables of that group replaced.

    In a subquery's projection a bound variable becomes `(term AS ?name)`, so the subquery still binds it.
    """
    parts: list[str] = []
    depth, position, projection, naming = 1, 0, -1, False  # projection: parenthesis depth there, -1 outside
    for token in _TOKEN.finditer(body):
        text = token.group()
        upper = text.upper()
        if text == "{" or upper == "WHERE":
            depth += text == "{"
            projection = -1
        elif text == "}":
            depth -= 1
            if depth == 0:
                break
        elif upper == "SELECT":
            projection = 0
        elif text in "()" and projection >= 0:
            projection += 1 if text == "(" else -1
        elif text[0] in "?$" and text[1:] in bound and not naming and projection <= 0:
            term = bound[text[1:]]
            parts += [body[position:token.start()], term if projection < 0 else f"({term} AS {text})"]
            position = token.end()
        naming = upper in ("AS", "BOUND") or (naming and text == "(")
    return "".join(parts) + body[position:]


def query_form(sparql: str) -> str | None:
    """SELECT, ASK, CONSTRUCT or DESCRIBE: the first query-form keyword after the prologue.

    >>> query_form("PREFIX a: <http://x/> # SELECT in a comment\\nASK { ?s ?p ?o }")
    'ASK'
    """
    match = _FORM.search(_COMMENT_OR_PREFIX.sub(" ", sparql))
    return match.group(1).upper() if match else None


def _portable_blank_nodes(answer: bytes) -> bytes:
    """SPARQL JSON results whose blank node labels pyoxigraph accepts.

    Virtuoso labels blank nodes like `nodeID://b10001`, which is not a valid label; each is rewritten to the
    same portable label wherever it occurs, so the answer means the same.
    """
    if b'"bnode"' not in answer:
        return answer
    data = orjson.loads(answer)
    for binding in data.get("results", {}).get("bindings", []):
        for term in binding.values():
            if term.get("type") == "bnode":
                term["value"] = "b" + _BLANK_LABEL.sub(lambda m: f"_{ord(m.group()):x}", term["value"])
    return orjson.dumps(data)


def _graph_list(graphs: Any) -> list[str]:
    if graphs is None:
        return []
    items = graphs if isinstance(graphs, list | tuple) else [graphs]
    return [g.value for g in items if isinstance(g, rdf.NamedNode)]


def _boolean_of_row(result: rdf.QuerySolutions) -> rdf.QueryBoolean:
    """An ASK answered as one row (Virtuoso) as a boolean: true when the row's value is true or 1."""
    values = [term.value for solution in result for term in solution if term is not None]
    truth = bool(values) and values[0].lower() in ("1", "true")
    answer = rdf.parse_query_results(f'{{"head":{{}},"boolean":{"true" if truth else "false"}}}',
                                    rdf.QueryResultsFormat.JSON)
    assert isinstance(answer, rdf.QueryBoolean)
    return answer
