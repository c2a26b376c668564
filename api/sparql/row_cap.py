"""The row cap of a SELECT answer, counted in its serialised bytes: each results format has a mark between rows
that a literal cannot hold (JSON's `},{"` between bindings, XML's `<result>` tag, a TSV line end; for CSV a
CRLF, which only a rare literal holds), so rows are counted as the bytes arrive, and past the cap the
document is closed properly after the last allowed row."""

from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox


@dataclass(frozen=True, slots=True)
class _RowMarks:
    """Where rows meet in one results format: the n-th `mark` relates to row n by these offsets."""

    mark: bytes
    trigger: int  # mark number (cap + trigger) proves a row past the cap exists
    cut: int  # the body ends at mark number (cap + cut), keeping `keep` bytes of it
    keep: int
    closer: bytes


_ROW_MARKS = {
    # `},{"` only occurs between bindings: inside a JSON string a quote is always escaped.
    ox.QueryResultsFormat.JSON: _RowMarks(b'},{"', 0, 0, 1, b"]}}"),
    # `<` is escaped in XML text, so `<result>` is always a tag.
    ox.QueryResultsFormat.XML: _RowMarks(b"<result>", 1, 1, 0, b"</results></sparql>"),
    # TSV escapes line breaks in terms; the first line is the header.
    ox.QueryResultsFormat.TSV: _RowMarks(b"\n", 2, 1, 1, b""),
    # CSV ends rows with CRLF; a literal holding CRLF itself would be miscounted (rare).
    ox.QueryResultsFormat.CSV: _RowMarks(b"\r\n", 2, 1, 2, b""),
}


class RowCap:
    """Counts rows in serialised SELECT results and finds where the body must end after `cap` rows."""

    def __init__(self, results_format: ox.QueryResultsFormat, cap: int) -> None:
        self.marks = _ROW_MARKS[results_format]
        self.trigger = cap + self.marks.trigger
        self.cut_at = cap + self.marks.cut
        self.size = 0
        self.tail = b""
        self.count = 0
        self.cut = 0
        self.truncated = False

    def feed(self, data: bytes) -> bool:
        """Count the rows in the next bytes; True once a row past the cap is seen."""
        mark = self.marks.mark
        window = self.tail + data
        base = self.size - len(self.tail)
        self.size += len(data)
        found = window.count(mark)  # marks never overlap one another
        # one by one only where the cut or the trigger is in these bytes (one count is quicker)
        position = window.find(mark) if self.count + found >= self.cut_at else -1
        if position == -1:
            self.count += found
        while position != -1:
            self.count += 1
            if self.count == self.cut_at:
                self.cut = base + position + self.marks.keep
            if self.count == self.trigger:
                self.truncated = True
                return True
            position = window.find(mark, position + len(mark))
        self.tail = window[len(window) - len(mark) + 1:] if len(mark) > 1 else b""
        return False

    def body(self, whole: bytes) -> bytes:
        return whole[: self.cut] + self.marks.closer if self.truncated else whole
