"""Domain exceptions, raised where the problem is found and turned into one error shape at the edges."""
from __future__ import annotations


class StancegraphError(Exception):
    """Base class of every error stancegraph reports to a user."""


class InputError(StancegraphError):
    """A document cannot be read or is not fit for extraction (empty, binary, not English ...)."""


class QueryError(StancegraphError):
    """A SPARQL query or update is malformed or refused."""


class QueryTimeout(StancegraphError):
    """A query ran past the configured time limit."""


class UnknownActor(StancegraphError):
    """No actor has that id; `suggestions` lists the closest labels."""

    def __init__(self, message: str, suggestions: list[str] | None = None) -> None:
        super().__init__(message)
        self.suggestions = suggestions or []
