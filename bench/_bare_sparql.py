"""The least a Python server around pyoxigraph can do, as a yardstick for `/sparql` in `bench/sparql.py`.

A raw ASGI app on the same store: no protocol checks, no negotiation (SPARQL results JSON only), no deadline,
no row cap, no slot limit. `/inline` evaluates and serialises on the event loop itself (no thread hop: the
fastest a single Python process answers, at the price of a loop that stops for every query: no server with a
deadline can work this way); `/thread` does it in a thread pool, as a server that keeps answering beside a
long query must. Served by the same uvicorn (httptools, uvloop) as the app:

    STORE=/path/to/store python -m uvicorn bench._bare_sparql:app --port 8001
"""
from __future__ import annotations

import asyncio
import os
from concurrent.futures import ThreadPoolExecutor
from typing import Any
from urllib.parse import parse_qs

import pyoxigraph as ox

store = ox.Store(os.environ["STORE"])
pool = ThreadPoolExecutor(16)
HEADERS = [(b"content-type", b"application/sparql-results+json")]


def answer(query: str) -> bytes:
    """Evaluate and serialise a SELECT or ASK query over the union of the graphs."""
    result = store.query(query, use_default_graph_as_union=True)
    if isinstance(result, ox.QueryTriples):
        raise ValueError("the yardstick answers SELECT and ASK only")
    return result.serialize(format=ox.QueryResultsFormat.JSON) or b""


async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
    if scope["type"] != "http":
        return
    query = parse_qs(scope["query_string"].decode()).get("query", ["ASK {}"])[0]
    if scope["path"] == "/inline":
        body = answer(query)
    else:
        body = await asyncio.get_running_loop().run_in_executor(pool, answer, query)
    headers = [*HEADERS, (b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": 200, "headers": headers})
    await send({"type": "http.response.body", "body": body})
