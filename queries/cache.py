"""Values computed from a store and kept until the store changes (its `version` moves on)."""
from __future__ import annotations

import threading
import weakref
from collections.abc import Callable
from typing import Any, TypeVar

from graph.store import GraphStore

T = TypeVar("T")
_CACHE: weakref.WeakKeyDictionary[GraphStore, dict[str, tuple[int, Any]]] = weakref.WeakKeyDictionary()
_LOCK = threading.Lock()


def per_version(store: GraphStore, name: str, build: Callable[[GraphStore], T]) -> T:
    """`build(store)`, computed once per store version and shared by every caller.

    Example:
        >>> from graph.store import open_store
        >>> store = open_store(None)
        >>> per_version(store, "size", lambda s: s.triple_count())
        0
    """
    version = store.version
    with _LOCK:
        entries = _CACHE.setdefault(store, {})
        cached = entries.get(name)
        if cached is not None and cached[0] == version:
            value: T = cached[1]
            return value
    value = build(store)
    with _LOCK:
        _CACHE.setdefault(store, {})[name] = (version, value)
    return value
