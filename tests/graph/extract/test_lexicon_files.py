"""The lexicon's TOML files (graph/extract/lexicon/): every list the extractor reads is defined, every list
defined is read, and each list is a clean set of lower-case words, so an edit to the data cannot silently
empty or misspell a list."""

from __future__ import annotations

import ast
import tomllib
from pathlib import Path

import pytest

from graph.extract import lexicon

EXTRACT = Path(lexicon.__file__).resolve().parents[1]
FILES = sorted((EXTRACT / "lexicon").glob("*.toml"))
TABLES = {"VERBS", "NOUNS", "ADJECTIVES", "PHRASAL", "OBJECT_PHRASES", "COMPLEMENT_NOUNS"}


def _names_read() -> set[str]:
    """`lx.NAME` and `from graph.extract.lexicon import NAME` across graph/extract."""
    names = set()
    for path in EXTRACT.rglob("*.py"):
        if "lexicon" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "lx":
                names.add(node.attr)
            elif isinstance(node, ast.ImportFrom) and node.module == "graph.extract.lexicon":
                names.update(alias.name for alias in node.names)
    return names


def _raw_lists() -> dict[str, list[str]]:
    """Each list's words as written (before any set removes a repeat), per `FILE:NAME` or `FILE:TABLE.KEY`."""
    out: dict[str, list[str]] = {}
    for path in FILES:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        for name, value in data.items():
            if name == "INCLUDES":
                continue
            if name in TABLES:
                for key, words in value.items():
                    if name not in ("PHRASAL", "OBJECT_PHRASES"):
                        out[f"{path.name}:{name}.{key}"] = _split(words)
            else:
                out[f"{path.name}:{name}"] = _split(value)
    return out


def _split(value: str | list[str]) -> list[str]:
    return [w for part in ([value] if isinstance(value, str) else value) for w in part.split()]


def test_every_list_the_extractor_reads_is_defined() -> None:
    missing = sorted(name for name in _names_read() if not hasattr(lexicon, name))
    assert missing == []


def test_every_list_defined_is_read_by_the_extractor() -> None:
    unread = sorted(set(lexicon.WORD_LISTS) - _names_read())
    assert unread == [], "lexicon lists nothing reads"


@pytest.mark.parametrize("where", sorted(_raw_lists()))
def test_a_list_is_lower_case_words_each_once(where: str) -> None:
    words = _raw_lists()[where]
    assert words, f"{where} is empty"
    assert [w for w in words if w != w.lower()] == []
    assert sorted({w for w in words if words.count(w) > 1}) == [], "repeated words"


def test_the_typed_tables_name_stance_types_only() -> None:
    types = {"Demand", "Reject", "Accuse", "Deny", "Agree", "Concede", "Offer", "Threaten", "Support", "Oppose",
             "Aim", "Claim"}
    for table in (lexicon.VERBS, lexicon.NOUNS, lexicon.ADJECTIVES, lexicon.PHRASAL, lexicon.OBJECT_PHRASES):
        assert set(table.values()) <= types
    assert all(len(pair) == 2 for pair in [*lexicon.PHRASAL, *lexicon.OBJECT_PHRASES])


def test_a_name_no_file_defines_is_an_error_not_an_empty_list() -> None:
    with pytest.raises(AttributeError, match="PROTESTOR_NOUNS"):
        lexicon.PROTESTOR_NOUNS  # noqa: B018
