"""Document readers: `.txt`, `.html`/`.htm` (main text through trafilatura) and `.jsonl` (one article a line).

`read_paths` walks files and folders and yields a `Document` for each readable article and a `Skipped`
(with a one-line reason) for each that is not: a batch never stops for one bad document.
A `.txt` file may have a `NAME.meta.json` beside it with `title`, `date`/`date_published`, `publisher`,
`author`, `url`.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from graph.errors import InputError
from graph.language import not_english_reason
from graph.records import Document

SUFFIXES = (".txt", ".html", ".htm", ".jsonl")


@dataclass(frozen=True)
class Skipped:
    """An input that was not read, and why (one line for the summary)."""

    source: str
    reason: str


def read_paths(paths: Iterable[str | Path], *, max_chars: int = 2_000_000) -> Iterator[Document | Skipped]:
    """Every document under `paths` (files or folders, searched recursively), in a stable order."""
    for path in _expand(paths):
        if isinstance(path, Skipped):
            yield path
            continue
        try:
            if path.suffix.lower() == ".jsonl":
                yield from _read_jsonl(path, max_chars=max_chars)
            else:
                yield _read_single(path, max_chars=max_chars)
        except InputError as exc:
            yield Skipped(str(path), str(exc))


def _expand(paths: Iterable[str | Path]) -> Iterator[Path | Skipped]:
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and child.suffix.lower() in SUFFIXES:
                    yield child
        elif path.is_file():
            if path.suffix.lower() in SUFFIXES:
                yield path
            else:
                yield Skipped(str(path), f"unsupported file type {path.suffix or '(none)'}; "
                              f"expected one of {', '.join(SUFFIXES)}")
        else:
            yield Skipped(str(path), "no such file or folder")


def decode_text(data: bytes) -> str:
    """UTF-8 text (a byte-order mark dropped); InputError for empty, binary or badly encoded data."""
    if not data.strip():
        raise InputError("empty file")
    if b"\x00" in data[:8192]:
        raise InputError("binary file (contains NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"not valid UTF-8 (byte {exc.start}: {exc.reason})") from exc


def _read_single(path: Path, *, max_chars: int) -> Document:
    text = decode_text(path.read_bytes())
    meta = _sidecar(path)
    if path.suffix.lower() in (".html", ".htm"):
        doc = document_from_html(text, doc_id=path.stem, source=str(path))
    else:
        doc = Document(id=path.stem, text=text, source=str(path))
    for key in ("title", "publisher", "author", "url"):
        if meta.get(key) and not getattr(doc, key):
            setattr(doc, key, str(meta[key]))
    if doc.date is None:
        doc.date = parse_date(meta.get("date") or meta.get("date_published"))
    check_document(doc, max_chars=max_chars)
    return doc


def _sidecar(path: Path) -> dict[str, Any]:
    meta_path = path.with_name(path.stem + ".meta.json")
    if not meta_path.is_file():
        return {}
    try:
        data = json.loads(meta_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(f"unreadable metadata file {meta_path.name}: {exc}") from exc
    return data if isinstance(data, dict) else {}


def _read_jsonl(path: Path, *, max_chars: int) -> Iterator[Document | Skipped]:
    yield from jsonl_documents(path.read_bytes(), source=str(path), max_chars=max_chars)


def jsonl_documents(raw: bytes, *, source: str, max_chars: int = 2_000_000) -> Iterator[Document | Skipped]:
    """The articles of a JSON Lines text (a file's or a request body's), one a line; a bad line is a
    `Skipped` naming `source:line` and the problem, and the rest go on."""
    if not raw.strip():
        yield Skipped(source, "empty file")
        return
    for number, line in enumerate(raw.splitlines(), 1):
        where = f"{source}:{number}"
        if not line.strip():
            continue
        try:
            record = json.loads(line.decode("utf-8"))
        except UnicodeDecodeError:
            yield Skipped(where, "not valid UTF-8")
            continue
        except ValueError as exc:
            yield Skipped(where, f"not JSON: {exc}")
            continue
        try:
            yield document_from_record(record, source=where, max_chars=max_chars)
        except InputError as exc:
            yield Skipped(where, str(exc))


def document_from_record(record: Any, *, source: str, max_chars: int = 2_000_000) -> Document:
    """A Document from one JSON Lines article (`id`, `text`, optional `title`, `date`, `url`, `publisher`, `author`).

    Raises:
        InputError: the line is not an object, `id` or `text` is missing, or a field has the wrong type
            (the message names the field, what it must be and what it got).

    >>> document_from_record({"id": "a1", "text": 42}, source="batch.jsonl:1")
    Traceback (most recent call last):
    ...
    graph.errors.InputError: article a1: 'text' must be a string, got a number (42)
    """
    if not isinstance(record, dict):
        raise InputError(f"a line must be a JSON object with 'id' and 'text', got {json_kind(record)}")
    doc_id = record.get("id")
    if doc_id is None:
        raise InputError("missing 'id'")
    if isinstance(doc_id, bool) or not isinstance(doc_id, str | int):
        raise InputError(f"'id' must be a string or a whole number, got {json_kind(doc_id)}")
    if not str(doc_id).strip():
        raise InputError("'id' is empty")
    doc_id = str(doc_id).strip()
    text = _record_string(record, "text", doc_id)
    if text is None:
        raise InputError(f"article {doc_id}: missing 'text'")
    raw_date = _record_string(record, "date", doc_id)
    day = parse_date(raw_date)
    if raw_date and day is None:
        raise InputError(f"article {doc_id}: 'date' must be an ISO date (YYYY-MM-DD), got {raw_date!r}")
    doc = Document(
        id=doc_id, text=text, source=source, title=_record_string(record, "title", doc_id), date=day,
        url=_record_string(record, "url", doc_id), publisher=_record_string(record, "publisher", doc_id),
        author=_record_string(record, "author", doc_id),
    )
    check_document(doc, max_chars=max_chars)
    return doc


def _record_string(record: dict[str, Any], name: str, doc_id: str) -> str | None:
    """The string field `name` of a JSON Lines record (None when absent, null or empty)."""
    value = record.get(name)
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise InputError(f"article {doc_id}: {name!r} must be a string, got {json_kind(value)}")
    return value


def json_kind(value: Any) -> str:
    """What a JSON value is, for an error message: `a number (42)`, `a list`, `null` ...

    >>> json_kind([1, 2]), json_kind(True), json_kind(4.5)
    ('a list', 'a boolean (true)', 'a number (4.5)')
    """
    if value is None:
        return "null"
    if isinstance(value, bool):
        return f"a boolean ({str(value).lower()})"
    if isinstance(value, int | float):
        return f"a number ({value})"
    if isinstance(value, str):
        return f"a string ({value[:40]!r})"
    return "a list" if isinstance(value, list) else "an object"


def document_from_html(html: str, *, doc_id: str, source: str | None = None) -> Document:
    """Main text and metadata of a saved web page; navigation, share buttons and counters are dropped."""
    import trafilatura

    text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True)
    if not text or not has_prose(text):
        raise InputError("no article text found (the page is mostly navigation or boilerplate)")
    meta = trafilatura.extract_metadata(html)
    return Document(
        id=doc_id, text=text, source=source,
        title=getattr(meta, "title", None), date=parse_date(getattr(meta, "date", None)),
        url=getattr(meta, "url", None), publisher=getattr(meta, "sitename", None),
        author=getattr(meta, "author", None),
    )


_SENTENCE = re.compile(r"[^.!?]{30,}[.!?]['\"\u201d\u2019]?(?:\s|$)")


def has_prose(text: str, *, min_sentences: int = 2) -> bool:
    """True when the text holds at least `min_sentences` real sentences (not link lists or menus).

    >>> has_prose("Home World Politics Sport Section 1 Section 2 Section 3")
    False
    """
    return len(_SENTENCE.findall(text)) >= min_sentences


def check_document(doc: Document, *, max_chars: int) -> None:
    """Raise InputError when a document is empty, too long or not English."""
    if not doc.text.strip():
        raise InputError(f"article {doc.id}: empty text")
    if len(doc.text) > max_chars:
        raise InputError(
            f"article {doc.id}: {len(doc.text):,} characters, more than the limit of {max_chars:,} "
            "(setting STANCEGRAPH_MAX_DOCUMENT_CHARS)"
        )
    reason = not_english_reason(doc.text)
    if reason is not None:
        raise InputError(f"article {doc.id}: not English: {reason} (stancegraph's pipeline reads English only)")


def parse_date(value: Any) -> date | None:
    """An ISO date (or the date part of an ISO timestamp), else None."""
    if isinstance(value, date):
        return value
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None
