"""Listing parameters shared by the exploration routers: a page (`limit`, `offset`) checked against
the settings, and stance-type lists (async: they run on the event loop, without a thread hop)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any, TypeVar

from fastapi import Depends, Query

from api.deps import SettingsDep
from api.openapi import at_most
from graph.errors import InputError
from queries.stances import stance_types


def check_at_most(name: str, value: int, maximum: int, setting: str) -> None:
    """Refuse a value above its configured limit, naming the setting (a 422 over HTTP)."""
    if value > maximum:
        raise InputError(f"{name} must be at most {maximum} (setting {setting}), not {value}")


T = TypeVar("T")
MAX_OFFSET = 1_000_000_000  # a bound on `offset` so that every number a client sends has one; no store is larger


@dataclass(frozen=True)
class Page:
    limit: int
    offset: int

    def of(self, items: list[T]) -> list[T]:
        return items[self.offset:self.offset + self.limit]

    def listing(self, name: str, found: list[T], **echo: Any) -> dict[str, Any]:
        """The body of a paged listing: `echo` (the query as the client sent it), the total, the page
        and its `name`d items."""
        return {**echo, "total": len(found), "limit": self.limit, "offset": self.offset, name: self.of(found)}


async def get_page(
    settings: SettingsDep,
    limit: int | None = Query(None, ge=1, description="Page size (default: setting page_size).",
                              json_schema_extra=at_most("max_page_size")),
    offset: int = Query(0, ge=0, le=MAX_OFFSET, description="Items to skip."),
) -> Page:
    """The requested page; a limit above the setting `max_page_size` is a 422."""
    check_at_most("limit", limit or 0, settings.max_page_size, "max_page_size")
    return Page(limit=limit or settings.page_size, offset=offset)


async def get_types(
    types: str | None = Query(None, description="Stance types, comma-separated: Demand,Reject ..."),
    type_: str | None = Query(None, alias="type", description="The same as `types`."),
) -> tuple[str, ...]:
    """Stance types from `types` and `type`; an unknown name is a 422."""
    return stance_types(",".join(v for v in (types, type_) if v))


PageDep = Annotated[Page, Depends(get_page)]
TypesDep = Annotated[tuple[str, ...], Depends(get_types)]
