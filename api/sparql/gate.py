"""The query gate: what a query or an update must pass before the engine parses it.

Two kinds of text never reach Oxigraph:

- Text that calls SERVICE (unless `allow_service`) or, in an update, LOAD (unless `allow_load`): the server
  would fetch a URL because a request says so (403).
- Text that nests brackets deeper than `max_query_depth`, or chains more than `max_query_chain` links
  (operators, pattern elements) on one branch: pyoxigraph's parser recurses once per level, its algebra
  is a tree as deep as a chain is long, and a few thousand levels overflow the thread's stack, which kills
  the process (SIGSEGV) rather than raising (400). Terms (`[ ]`, collections, `<< >>`) have a lower limit,
  `max_query_term_depth`: the parser's time grows with the cube of their nesting.

The gate reads the text twice when it holds a backslash: as SPARQL 1.1 (section 19.2) says, with every
`\\uXXXX` / `\\UXXXXXXXX` escape undone first, and as pyoxigraph does, which decodes them inside strings and
IRIs only. A text is refused if either reading calls SERVICE or LOAD, nests too deep, or cannot be read
for certain (`api/sparql/lexer.py`); so neither a spec-conformant parser nor the engine at hand can be shown
a SERVICE that the gate did not see.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from api.sparql.lexer import Lexed, LexError, lex, position
from api.sparql.protocol import ProtocolError

CACHED_LENGTH = 4096  # characters: longer texts pass the gate every time (1,024 texts at most are kept)
_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")


@dataclass(frozen=True, slots=True)
class GateLimits:
    """The settings the gate applies (from `graph.settings.Settings`)."""

    max_depth: int
    max_term_depth: int
    max_chain: int
    allow_service: bool
    allow_load: bool


def unescape(text: str) -> str:
    """`text` with SPARQL's codepoint escapes undone (SPARQL 1.1, section 19.2), as a spec parser sees it.

    Raises:
        ProtocolError: an escape names no character (a surrogate, or past U+10FFFF), 400.

    Example:
        >>> unescape(r"SERV\\u0049CE <http://x\\U00000041>")
        'SERVICE <http://xA>'
    """
    def character(match: re.Match[str]) -> str:
        code = int(match.group(1) or match.group(2), 16)
        if code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
            raise ProtocolError(400, f"the escape {match.group()} at {position(text, match.start())} "
                                     "names no character")
        return chr(code)

    return _ESCAPE.sub(character, text)


def _fast_pass(text: str, folded: str, limits: GateLimits) -> bool:
    """True when no reading of `text` can call SERVICE or LOAD, nest or chain too far, or name a dataset.

    Most queries are short and plain: a few substring tests (a few microseconds) spare them the lexer.
    """
    return (
        "\\" not in text
        and "SERVICE" not in folded and "LOAD" not in folded and "FROM" not in folded
        and len(text) <= limits.max_chain  # each link of a chain takes a character at least
        and (terms := text.count("(") + text.count("[") + text.count("<<")) <= limits.max_term_depth
        and text.count("{") + terms <= limits.max_depth
    )


def admit(text: str, *, update: bool, limits: GateLimits) -> frozenset[str]:
    """Refuse `text` unless it passes the gate; the bare keywords of the engine's reading when it does.

    Raises:
        ProtocolError: 403 for a SERVICE or LOAD that is not allowed; 400 for nesting or chains past the
            limits, and for a text that cannot be read for certain.

    Example:
        >>> limits = GateLimits(max_depth=200, max_term_depth=40, max_chain=1000, allow_service=False,
        ...                     allow_load=False)
        >>> sorted(admit("SELECT * FROM <http://x/g> { ?s ?p ?o }", update=False, limits=limits))
        ['FROM', 'SELECT']
        >>> admit(r"SELECT * { BIND(<http://x\\u0041#> AS ?z) SERVICE <http://127.0.0.1/> { } }",
        ...       update=False, limits=limits)
        Traceback (most recent call last):
        api.sparql.protocol.ProtocolError: federated queries (SERVICE) are disabled on this server...
    """
    if len(text) <= CACHED_LENGTH:
        return _cached_admit(text, update, limits)
    return _admit(text, update=update, limits=limits)


@lru_cache(maxsize=1024)
def _cached_admit(text: str, update: bool, limits: GateLimits) -> frozenset[str]:
    """`admit` once per text (a refusal is raised anew each time: exceptions are not cached)."""
    return _admit(text, update=update, limits=limits)


def _admit(text: str, *, update: bool, limits: GateLimits) -> frozenset[str]:
    folded = text.upper()
    if _fast_pass(text, folded, limits):
        return frozenset()
    engine = _read(text)
    readings = [(text, engine)]
    if "\\" in text and (spec_text := unescape(text)) != text:
        readings.append((spec_text, _read(spec_text, undone=True)))
    for _, reading in readings:  # a SERVICE or LOAD in either reading is told first, even in unreadable text
        if not isinstance(reading, ProtocolError):
            _refuse_fetches(reading, update=update, limits=limits)
    for read_text, reading in readings:
        if isinstance(reading, ProtocolError):
            raise reading
        _refuse_deep(read_text, reading, limits=limits)
    assert isinstance(engine, Lexed)
    return frozenset(k.word for k in engine.keywords)


def _read(text: str, *, undone: bool = False) -> Lexed | ProtocolError:
    """The lexed text, or the 400 that says why it cannot be read."""
    try:
        return lex(text)
    except LexError as exc:
        return ProtocolError(400, f"the gate cannot read the text{' once its escapes are undone' if undone else ''}: "
                                  f"{exc}")


def _refuse_deep(text: str, found: Lexed, *, limits: GateLimits) -> None:
    """400 for nesting or chains past the limits in one reading of the text."""
    if found.deepest > limits.max_depth:
        raise ProtocolError(400, f"the text nests brackets {found.deepest} deep (at "
                                 f"{position(text, found.deepest_at)}); the limit is {limits.max_depth} "
                                 "(STANCEGRAPH_MAX_QUERY_DEPTH)")
    if found.deepest_term > limits.max_term_depth:
        raise ProtocolError(400, f"the text nests terms (blank nodes [ ], collections ( ), quoted triples << >>) "
                                 f"{found.deepest_term} deep (at {position(text, found.deepest_term_at)}); the "
                                 f"limit is {limits.max_term_depth} (STANCEGRAPH_MAX_QUERY_TERM_DEPTH)")
    if found.longest_chain > limits.max_chain:
        raise ProtocolError(400, f"the text chains {found.longest_chain} operators and pattern elements on one "
                                 f"branch (at {position(text, found.longest_chain_at)}); the limit is "
                                 f"{limits.max_chain} (STANCEGRAPH_MAX_QUERY_CHAIN)")


def _refuse_fetches(found: Lexed, *, update: bool, limits: GateLimits) -> None:
    """403 for a SERVICE, or a LOAD in an update, that is not allowed, in one reading of the text."""
    words = [k.word for k in found.keywords] + sorted(found.names)
    if not limits.allow_service:
        _refuse_word(words, "SERVICE", "federated queries (SERVICE) are disabled on this server",
                     "STANCEGRAPH_ALLOW_SERVICE")
    if update and not limits.allow_load:
        _refuse_word(words, "LOAD", "LOAD is disabled on this server", "STANCEGRAPH_ALLOW_LOAD")


def _refuse_word(words: list[str], keyword: str, refusal: str, setting: str) -> None:
    """403 when a word holds `keyword`: the engine reads a keyword glued to what follows it."""
    for word in words:
        if keyword in word:
            seen = "" if word == keyword else f" (the engine reads the name '{word.lower()}' as {keyword})"
            raise ProtocolError(403, f"{refusal}{seen}; an operator can enable it with {setting}=true")
