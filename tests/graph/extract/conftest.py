"""Fixtures for actor-resolution tests: read a text with the real pipeline, ask what a word refers to."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from graph.extract.actors import ActorResolver


class Read:
    """A parsed text and its resolver; `at("word")` is the actor label of the word's n-th occurrence."""

    def __init__(self, doc: Any) -> None:
        self.doc = doc
        self.resolver = ActorResolver()
        self.resolver.read(doc)

    def token(self, word: str, nth: int = 0) -> Any:
        hits = [t for t in self.doc if t.text == word]
        assert len(hits) > nth, f"{word!r} occurs {len(hits)} times in the text"
        return hits[nth]

    def at(self, word: str, nth: int = 0) -> str | None:
        actor = self.resolver.actor_at(self.token(word, nth))
        return actor.label if actor else None

    def kind(self, word: str, nth: int = 0) -> str | None:
        actor = self.resolver.actor_at(self.token(word, nth))
        return actor.kind if actor else None

    def offices(self, word: str, nth: int = 0) -> set[str]:
        actor = self.resolver.actor_at(self.token(word, nth))
        return actor.offices if actor else set()

    def aliases(self, word: str, nth: int = 0) -> set[str]:
        actor = self.resolver.actor_at(self.token(word, nth))
        return actor.aliases if actor else set()

    def all_at(self, word: str, nth: int = 0) -> list[str]:
        return [a.label for a in self.resolver.actors_at(self.token(word, nth))]

    @property
    def labels(self) -> set[str]:
        return {self.resolver.actors[k].label for k in self.resolver.mentioned}


@pytest.fixture(scope="session")
def read(extractor: Any) -> Callable[[str], Read]:
    """`read(text)` parses `text` with the real pipeline and resolves its actors."""
    return lambda text: Read(extractor.nlp(text))
