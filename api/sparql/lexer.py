"""A SPARQL lexer for the query gate: the words of a text, how deep its brackets nest, fail-closed.

Oxigraph parses and evaluates the text; this lexer only answers the questions the service must ask before
handing it over: which words could the engine read as SERVICE or LOAD, does the text name its own dataset
(FROM, USING, WITH) and where does each update's WHERE start, how deep do its brackets and its terms
(blank nodes, collections, quoted triples) nest, how long are its chains of operators and pattern
elements. Where it cannot tell how the engine will read a piece of text it refuses the text (`LexError`,
a 400) instead of guessing: a wrong guess could hide a SERVICE from the gate.

What it knows of the engine, each point checked against pyoxigraph 0.5 (docs/sparql.md, "The query gate"):

- `\\uXXXX` escapes are decoded inside strings and IRIs only; a backslash elsewhere is an error, except
  the escapes of a prefixed name's local part (`ex:a\\#b`), whose `#` starts no comment.
- A keyword needs no space after it: `SERVICEex:x { }`, `SERVICESILENT<u>`, `LOAD:x`, and even the
  prefixed name `service:x` before `{`, are SERVICE or LOAD calls. So every bare word and every prefix of
  a prefixed name is reported (upper-cased), and the gate looks for SERVICE and LOAD *inside* them.
- `<` starts an IRI, except after a term inside parentheses, where it may be less-than:
  `FILTER(?o<9)SERVICE:x#>` is a comparison followed by a SERVICE and a comment to the engine, an IRI to a
  naive lexer. There, an IRI-looking text holding `#`, `'` or a bracket is refused as ambiguous, and `<<`
  is a less-than before an IRI (`?a<<b>`), not a quoted triple.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

_ECHAR = r"""\\[tbnrf"'\\]"""
_UCHAR = r"\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8}"
_PN_EXTRA = "\u00b7\u0300-\u036f\u203f\u2040"  # name characters beyond \w (SPARQL's PN_CHARS)
_PLX = r"%[0-9A-Fa-f]{2}|\\[_~.\-!$&'()*+,;=/?#@%]"  # a local part's escapes
_LOCAL_CHAR = rf"[\w\-:{_PN_EXTRA}]|{_PLX}"
_NAME = (
    rf"(?P<prefix>[^\W\d_](?:[\w\-.{_PN_EXTRA}]*[\w\-{_PN_EXTRA}])?)?"
    rf":(?:(?:[\w:]|{_PLX})(?:(?:{_LOCAL_CHAR}|\.)*(?:{_LOCAL_CHAR}))?)?"
    rf"|(?P<word>[^\W\d_][\w\-{_PN_EXTRA}]*)"
)
_IRI = re.compile(rf"<(?:[^<>\"{{}}|^`\\\x00-\x20]|{_UCHAR})*>")
_TOKEN = re.compile(
    rf"""
      (?P<space>[ \t\r\n]+)
    | (?P<comment>\#[^\r\n]*)
    | (?P<string>'''(?:(?:''|')?(?:[^'\\]|{_ECHAR}|{_UCHAR}))*'''
               |\"\"\"(?:(?:""|")?(?:[^"\\]|{_ECHAR}|{_UCHAR}))*\"\"\"
               |'(?:[^'\\\n\r]|{_ECHAR}|{_UCHAR})*'
               |"(?:[^"\\\n\r]|{_ECHAR}|{_UCHAR})*")
    | (?P<quote>['"])
    | (?P<triple><<\()
    | (?P<iri>{_IRI.pattern})
    | (?P<quoted><<)
    | (?P<unquoted>>>)
    | (?P<var>[?$][\w{_PN_EXTRA}]+)
    | (?P<bnode>_:[\w\-.{_PN_EXTRA}]*)
    | (?P<langtag>@[A-Za-z0-9\-]+)
    | (?P<name>{_NAME})
    | (?P<number>[0-9]+)
    | (?P<open>[{{(\[])
    | (?P<close>[}})\]])
    | (?P<link>\|\||&&|[|/+*!^.;,-])
    | (?P<backslash>\\)
    | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)
_TEMPLATES = frozenset({"DATA", "CONSTRUCT", "INSERT", "DELETE"})  # their blocks list triples: no tree
_OPERANDS = frozenset({"string", "langtag", "iri", "var", "bnode", "name", "number", "close", "unquoted"})
_AMBIGUOUS_IN_IRI = re.compile(r"[#'()\[\]]")


class LexError(ValueError):
    """The text cannot be read with certainty; `offset` is where the lexer stopped."""

    def __init__(self, message: str, offset: int) -> None:
        super().__init__(message)
        self.offset = offset


@dataclass(frozen=True, slots=True)
class Keyword:
    """A bare word of the text (not a variable, prefixed name, string or IRI), upper-cased."""

    word: str
    start: int
    depth: int


@dataclass(slots=True)
class Lexed:
    """What the gate and the dataset rules need to know of a text."""

    keywords: list[Keyword] = field(default_factory=list)
    names: set[str] = field(default_factory=set)  # prefixes of prefixed names and language tags, upper-cased
    deepest: int = 0  # the deepest nesting of { ( [ and <<(
    deepest_at: int = 0
    deepest_term: int = 0  # the deepest nesting of terms: [ ], collections ( ), << >>, <<( )>>
    deepest_term_at: int = 0
    longest_chain: int = 0  # the most links on one branch (see `lex`)
    longest_chain_at: int = 0


def position(text: str, offset: int) -> str:
    """`line:column` (both from 1) of `offset` in `text`, as the engine's own messages give them."""
    line = text.count("\n", 0, offset) + 1
    return f"{line}:{offset - (text.rfind(chr(10), 0, offset) + 1) + 1}"


def lex(text: str) -> Lexed:
    """Read `text` as the engine will.

    Raises:
        LexError: a stray backslash, an unterminated string, or a `<` that may be an IRI or less-than.

    Example:
        >>> found = lex('SELECT * { ?s <x> "SERVICE" FILTER((?s)) }')
        >>> [(k.word, k.depth) for k in found.keywords], found.deepest
        ([('SELECT', 0), ('FILTER', 1)], 3)
    """
    found = Lexed()
    # open brackets: "{" "(" "[" as written, "V" a VALUES block, "R" its rows, "D" a template, and the terms:
    # "C" a collection (or a path, or arguments: what may be one), "Q" a quoted triple, "T" a triple term
    stack: list[str] = []
    links: list[int] = [0]  # links so far inside each open bracket (and at the top level)
    branch = 0  # the sum of `links`: the links on the branch from the top level to here
    braces = 0
    previous = ""  # the kind of the last significant token
    after_word = False  # the last significant token was a bare word (FILTER, BIND, STR ...)
    terms = 0  # open term brackets
    values = False  # after the word VALUES, until its block opens
    template = False  # right after a word whose block is a flat list of triples (INSERT DATA, CONSTRUCT)
    upper = ""
    match_at = _TOKEN.match
    offset, end = 0, len(text)
    while offset < end:
        match = match_at(text, offset)
        assert match is not None  # the pattern's last branch matches any character
        kind = match.lastgroup or ""
        start, offset = offset, match.end()
        if kind in ("space", "comment"):
            continue
        after_values = False
        maybe_less = previous in _OPERANDS and bool(stack) and stack[-1] in "(C"  # `<` may compare here
        if kind == "quoted" and maybe_less:  # `?a<<b>`: less-than, then an IRI
            kind, offset = "other", start + 1
        if kind in ("iri", "triple") and maybe_less:
            iri = match if kind == "iri" else _IRI.match(text, start + 1)  # `?a<<(#>`: less-than, an IRI
            if iri is not None and _AMBIGUOUS_IN_IRI.search(text, iri.start() + 1, iri.end() - 1):
                raise LexError(
                    f"'<' at {position(text, start)} may start an IRI or compare (less-than); "
                    "put a space after '<' to compare, or write the IRI as a prefixed name", start)
        elif kind == "name":
            word = match.group("word")
            if word is None:
                found.names.add((match.group("prefix") or "").upper())
            else:
                upper = word.upper()
                found.keywords.append(Keyword(upper, start, braces))
                after_values = upper == "VALUES"
        elif kind == "langtag":
            found.names.add(match.group()[1:].upper())
        elif kind in ("open", "triple", "quoted"):
            bracket = {"triple": "T", "quoted": "Q"}.get(kind) or match.group()
            if bracket == "(" and (values or (stack and stack[-1] in "VR")):
                bracket = "R"
            elif bracket == "{" and values:
                bracket = "V"
            elif bracket == "{" and (template or (stack and stack[-1] == "D")):
                bracket = "D"
            elif bracket == "(" and stack and (stack[-1] in "[CQT" or (stack[-1] in "{D" and not after_word)):
                bracket = "C"
            after_values = bracket == "R" and values
            if bracket not in "VRD":
                links[-1] += 1
                branch += 1
            stack.append(bracket)
            links.append(0)
            braces += bracket in "{VD"
            if len(stack) > found.deepest:
                found.deepest, found.deepest_at = len(stack), start
            if branch > found.longest_chain:
                found.longest_chain, found.longest_chain_at = branch, start
            if bracket in "[CQT":
                terms += 1
                if terms > found.deepest_term:
                    found.deepest_term, found.deepest_term_at = terms, start
        elif kind == "close" or (kind == "unquoted" and stack and stack[-1] == "Q"):
            if stack:
                closed = stack.pop()
                terms -= closed in "[CQT"
                braces -= closed in "{VD"
                branch -= links.pop()
                after_values = values and closed == "R"
        elif kind == "link":
            char = match.group()
            inner = stack[-1] if stack else ""
            if not stack and char == ";":  # the next operation of an update: a tree of its own
                branch -= links[0]
                links[0] = 0
            elif inner not in ("V", "R", "D") and (char != "," or inner != "("):  # not data, nor arguments
                links[-1] += 1
                branch += 1
                if branch > found.longest_chain:
                    found.longest_chain, found.longest_chain_at = branch, start
        elif kind == "quote":
            raise LexError(f"the string that starts at {position(text, start)} does not end", start)
        elif kind == "backslash":
            raise LexError(f"a backslash at {position(text, start)} escapes nothing here", start)
        values = after_values or (values and kind == "var")
        after_word = kind == "name" and match.group("word") is not None
        template = after_word and upper in _TEMPLATES
        previous = kind
    return found


def keywords(text: str) -> list[Keyword]:
    """Every bare word of `text` with its offset and brace depth (see `lex`).

    Example:
        >>> [(k.word, k.depth) for k in keywords('SELECT * { ?s <x> "SERVICE" FILTER(?s) }')]
        [('SELECT', 0), ('FILTER', 1)]
    """
    return lex(text).keywords
