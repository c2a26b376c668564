"""Page furniture and headlines: which lines of a document may name actors, and how far to trust them.

News pages carry share buttons, counters, photo credits, bylines, datelines and "follow our coverage"
links; none of them names an actor taking a stance. Headlines are title-cased, so the statistical NER
reads "Putin Digs In" as a person called "Putin Digs": in a headline only names the body confirms count.

The classification is one regular expression per *line* (not per token), and a bisect maps an entity's
character offset to its line, so the cost is linear in the number of lines.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from enum import Enum

from spacy.tokens import Token

from graph.extract.doc_text import text_of

# Lines that are page furniture, whatever the site (matched after leading bullets and spaces).
FURNITURE = re.compile(
    r"""^(?:
        share(?:\s+(?:full\s+article|this|on\b).*)?$ | credit\b | photo(?:graph)?\s*(?:by|credit|:) |
        image\b | video\b | (?:pool\s+)?photo\s+by\b | by\s+\S.{0,60}$ | reporting\s+(?:from|by)\b |
        follow\s+(?:our|us|the)\b | read\s+more\b | related\b | advertisement$ | supported\s+by$ |
        sign\s+up\b | subscribe\b | listen\s+to\s+this\b | continue\s+reading\b | comments?\b |
        copyright\b | all\s+rights\s+reserved | how\s+we\s+verify\b | our\s+coverage\s+of\b |
        news\s+analysis$ | see\s+more\s+on\b | more\s+on\b.{0,60}$ | [\d.,\s]+[kmb]?$
    )""",
    re.IGNORECASE | re.VERBOSE,
)
BULLETS = " \t•·*-–—|>"
# A dateline opens a story: "KYIV —", "BERLIN, March 18 —", "WASHINGTON (Reuters) -", "KYIV/MOSCOW, May 2 -".
DATELINE = re.compile(r"^[A-Z][A-Z .'/-]+(?:,\s*[\w .]+){0,2}(?:\s*\([^)]*\))?\s*[—–-]\s")


def in_dateline(token: Token) -> bool:
    """Whether the token is a word of the dateline its line opens with ("BRUSSELS, June 3 -"): a place
    and a date, never the subject the parser may make of them when a plain hyphen ends the dateline."""
    ranges = token.doc.user_data.get(_DATELINES)
    if ranges is None:  # found once a document, then looked up by bisection
        ranges = token.doc.user_data[_DATELINES] = _dateline_ranges(text_of(token.doc))
    if not ranges or token.idx >= ranges[-1][1]:
        return False
    at = bisect_right(ranges, (token.idx, _AFTER_ANY)) - 1
    return at >= 0 and token.idx < ranges[at][1]


def past_dateline(subject: Token) -> Token | None:
    """The subject, unless it is the place of a dateline ("SEOUL, June 9 - South Korea condemned"): then
    the first noun past the dateline that the parser hung on a dateline word (as an apposition of the
    place, or a conjunct of the date: "LONDON, Feb 11 - Britain's union put ..."), if any."""
    if not in_dateline(subject):
        return subject
    return next(
        (
            t
            for t in subject.subtree
            if t.pos_ in ("NOUN", "PROPN") and t.dep_ in ("appos", "conj") and in_dateline(t.head)
            and not in_dateline(t)
        ),
        None,
    )


_DATELINES = "stancegraph_datelines"
_AFTER_ANY = 1 << 62  # sorts after every end offset


def _dateline_ranges(text: str) -> list[tuple[int, int]]:
    ranges = []
    offset = 0
    for line in text.split("\n"):
        match = DATELINE.match(line[:80])
        if match:
            ranges.append((offset, offset + match.end()))
        offset += len(line) + 1
    return ranges


# A title-cased lead-in before a colon, as in lists of related articles: "Talks Stall: The envoys ...".
KICKER = re.compile(r"^[\s•·*-]*([^:.!?]{3,80}):\s")
SMALL_WORDS = {"a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "of", "on", "or",
               "the", "to", "with", "vs", "via", "over", "up", "out", "off", "is", "its", "his", "her"}


class LineKind(Enum):
    BODY = "body"
    HEADLINE = "headline"
    FURNITURE = "furniture"


def classify_line(line: str) -> LineKind:
    """Furniture, headline (title-cased, no closing full stop) or body text.

    >>> classify_line("  • Share full article").value, classify_line("Leaders Meet in Geneva").value
    ('furniture', 'headline')
    """
    text = line.strip(BULLETS)
    if not text:
        return LineKind.FURNITURE
    if FURNITURE.match(text):
        return LineKind.FURNITURE
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", text.split(":", 1)[0])]
    content = [w for w in words if w.lower() not in SMALL_WORDS]
    if len(words) >= 3 and not text.rstrip().endswith((".", "?\"", ".”", "”", "\"")):
        capitalised = sum(1 for w in content if w[0].isupper())
        if content and capitalised >= 0.8 * len(content):
            return LineKind.HEADLINE
    return LineKind.BODY


class LineMap:
    """The kind of each line of a text, looked up by character offset; also line numbers and datelines."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts: list[int] = []
        self.kinds: list[LineKind] = []
        self.datelines: list[tuple[int, int]] = []  # character ranges of dateline place names
        self.kickers: dict[int, int] = {}  # line -> end offset of a title-cased "Kicker:" opening a body line
        offset = 0
        for line in text.split("\n"):
            self.starts.append(offset)
            kind = classify_line(line) if line.strip() else LineKind.FURNITURE
            self.kinds.append(kind)
            kicker = KICKER.match(line)
            if kind is LineKind.BODY and kicker and classify_line(kicker.group(1)) is LineKind.HEADLINE:
                self.kickers[len(self.starts) - 1] = offset + kicker.end()
            match = DATELINE.match(line)
            if match:
                self.datelines.append((offset, offset + match.end()))
            offset += len(line) + 1
        self._dateline_starts = [start for start, _ in self.datelines]  # in text order, one per line

    def line_of(self, char: int) -> int:
        """Index of the line holding character `char` (lines double as paragraphs in news text)."""
        return bisect_right(self.starts, char) - 1

    def kind_at(self, char: int) -> LineKind:
        line = self.line_of(char)
        if char < self.kickers.get(line, -1):
            return LineKind.HEADLINE
        return self.kinds[line]

    def dateline_places(self) -> list[str]:
        """The place words of the first dateline, lower case: "NAIROBI, Kenya (AP) —" -> nairobi, kenya;
        "KYIV/MOSCOW, May 2 -" -> kyiv, moscow."""
        for start, end in self.datelines[:1]:
            return [p.strip().lower() for p in re.split(r"[,(—–/]| - ", self.text[start:end])[:2] if p.strip()]
        return []

    def in_dateline(self, char: int) -> bool:
        # by bisection: a long text (many stories in one) has many datelines, and this runs per token
        at = bisect_right(self._dateline_starts, char) - 1
        return at >= 0 and char < self.datelines[at][1]
