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


class NotFound(StancegraphError):
    """A user named something the store does not hold; `suggestions` lists the closest names.

    Every kind of "not found" (actor, position, document, named query) is one of these, so the HTTP edge
    answers each with the same 404 and the command line with the same line.
    """

    def __init__(self, message: str, suggestions: list[str] | None = None) -> None:
        super().__init__(message)
        self.suggestions = suggestions or []


class UnknownActor(NotFound):
    """No actor has that id; `suggestions` lists the closest labels."""


class UnknownDocument(NotFound):
    """No document has that id or IRI."""


class UnknownQuery(NotFound):
    """No named query has that name; `suggestions` lists the names there are."""


class StoreUnavailable(StancegraphError):
    """The store cannot be reached or failed (a remote SPARQL server down, refusing, or erring)."""
