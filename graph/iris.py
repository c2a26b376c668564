"""Minting of data IRIs: documents, actors, positions, stances, mentions.

Every data IRI lives under `ontology.namespace.SGID`. A document's IRI ends with its id as the input
gave it (percent-encoded where needed), so tools can map a stance back to its input line.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache
from urllib.parse import quote

from rdflib import URIRef

from ontology.namespace import SGID

_NON_WORD = re.compile(r"[^a-z0-9]+")


def slugify(text: str, *, max_length: int = 80) -> str:
    """A lowercase ASCII slug; long text keeps a prefix plus a short hash so slugs stay unique.

    >>> slugify("Vladimir V. Putin")
    'vladimir-v-putin'
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = _NON_WORD.sub("-", ascii_text.lower()).strip("-") or "x"
    if len(slug) > max_length:
        digest = hashlib.sha1(slug.encode()).hexdigest()[:10]
        slug = slug[: max_length - 11].rstrip("-") + "-" + digest
    return slug


@lru_cache(maxsize=65_536)  # the same actors, documents and positions recur in every graph
def document_iri(document_id: str) -> URIRef:
    """The IRI of a document, which is also the name of the graph that holds its triples."""
    return SGID["document/" + quote(document_id, safe="-._~")]


@lru_cache(maxsize=65_536)  # the same actors, documents and positions recur in every graph
def actor_iri(key: str) -> URIRef:
    return SGID["actor/" + key]


def office_iri(label: str) -> URIRef:
    return SGID["office/" + slugify(label)]


@lru_cache(maxsize=65_536)  # the same actors, documents and positions recur in every graph
def position_iri(key: str) -> URIRef:
    return SGID["position/" + slugify(key, max_length=100)]


def stance_iri(document_id: str, index: int) -> URIRef:
    return SGID[f"stance/{quote(document_id, safe='-._~')}/{index}"]


def mention_iri(document_id: str, start: int, end: int) -> URIRef:
    return SGID[f"mention/{quote(document_id, safe='-._~')}/{start}-{end}"]


def contradiction_iri(document_id: str, first: int, second: int) -> URIRef:
    return SGID[f"contradiction/{quote(document_id, safe='-._~')}/{first}-{second}"]


def key_of(iri: str) -> str:
    """The local key of an actor or position IRI (the part after the last '/')."""
    return iri.rsplit("/", 1)[-1]
