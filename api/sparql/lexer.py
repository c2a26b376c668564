"""A small SPARQL lexer: the keywords of a query or update at their brace depth, with strings, IRIs and
comments skipped.

Oxigraph parses and evaluates the text; this lexer only answers the questions the service must ask before
handing it over (does it call SERVICE or LOAD? does it name its own dataset with FROM, USING or WITH? where
does each update operation's WHERE start?). It errs on the side of finding a keyword: a false positive
refuses a query, a false negative could make the server fetch a URL.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_TOKEN = re.compile(
    r"""
      (?P<long_string>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\")
    | (?P<string>'(?:[^'\\\n\r]|\\.)*'|"(?:[^"\\\n\r]|\\.)*")
    | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
    | (?P<comment>\#[^\n\r]*)
    | (?P<brace>[{}])
    | (?P<word>[?$]?[A-Za-z_][\w\-]*(?::[\w\-.%]*)?|:[\w\-.%]*)
    | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)


@dataclass(frozen=True, slots=True)
class Keyword:
    """A bare word of the text (not a variable, prefixed name, string or IRI), upper-cased."""

    word: str
    start: int
    depth: int


def keywords(text: str) -> list[Keyword]:
    """Every bare word of `text` with its offset and brace depth.

    Example:
        >>> [(k.word, k.depth) for k in keywords('SELECT * { ?s <x> "SERVICE" FILTER(?s) }')]
        [('SELECT', 0), ('FILTER', 1)]
    """
    found: list[Keyword] = []
    depth = 0
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup
        if kind == "brace":
            depth += 1 if match.group() == "{" else -1
        elif kind == "word":
            word = match.group()
            after_tag = match.start() > 0 and text[match.start() - 1] == "@"  # "x"@en: a language tag
            if word[0] not in "?$:" and ":" not in word and not after_tag:
                found.append(Keyword(word.upper(), match.start(), depth))
    return found


def uses_keyword(text: str, *words: str) -> str | None:
    """The first of `words` that appears as a bare keyword in `text`, or None."""
    wanted = {w.upper() for w in words}
    for keyword in keywords(text):
        if keyword.word in wanted:
            return keyword.word
    return None
