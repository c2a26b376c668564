"""Dates of stances: the document date, and relative dates in the sentence resolved against it.

News text dates events by weekday ("the call Tuesday", "by Wednesday") or by "today"/"yesterday";
these are resolved to the calendar date on or before the document's date (a weekday equal to the
document's own weekday is the document date itself).
"""

from __future__ import annotations

from datetime import date, timedelta

from spacy.tokens import Span

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_RELATIVE = {"today": 0, "yesterday": 1, "tonight": 0}


def relative_date_word(sent: Span) -> str | None:
    """The first weekday or today/yesterday named in the sentence, lowercase, if any."""
    for token in sent:
        word = token.lower_
        if word in WEEKDAYS or (word in _RELATIVE and token.ent_type_ in ("DATE", "TIME")):
            return word
    return None


def resolve(word: str | None, document_date: date | None) -> date | None:
    """The calendar date a relative date word names, given the document date.

    >>> resolve("tuesday", date(2025, 3, 19)).isoformat()
    '2025-03-18'
    >>> resolve("wednesday", date(2025, 3, 19)).isoformat()
    '2025-03-19'
    >>> resolve(None, date(2025, 3, 19)).isoformat()
    '2025-03-19'
    """
    if document_date is None:
        return None
    if word is None:
        return document_date
    if word in _RELATIVE:
        return document_date - timedelta(days=_RELATIVE[word])
    back = (document_date.weekday() - WEEKDAYS.index(word)) % 7
    return document_date - timedelta(days=back)
