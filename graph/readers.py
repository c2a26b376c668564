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
from graph.records import Document

SUFFIXES = (".txt", ".html", ".htm", ".jsonl")
_ENGLISH = frozenset(
    "the of and to a in that is was for on with as by at from it his her their said has have be are not "
    "this which an who would will but were had its".split()
)
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


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
            if path.suffix == ".jsonl":
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


def _decode(data: bytes, source: Path) -> str:
    if not data.strip():
        raise InputError("empty file")
    if b"\x00" in data[:8192]:
        raise InputError("binary file (contains NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"not valid UTF-8 (byte {exc.start}: {exc.reason})") from exc


def _read_single(path: Path, *, max_chars: int) -> Document:
    text = _decode(path.read_bytes(), path)
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
    raw = path.read_bytes()
    if not raw.strip():
        yield Skipped(str(path), "empty file")
        return
    for number, line in enumerate(raw.splitlines(), 1):
        where = f"{path}:{number}"
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
    """A Document from one JSON Lines article (`id`, `text`, optional `title`, `date`, `url`, `publisher`, `author`)."""
    if not isinstance(record, dict):
        raise InputError("a line must be a JSON object with 'id' and 'text'")
    doc_id, text = record.get("id"), record.get("text")
    if not isinstance(doc_id, str | int) or not str(doc_id).strip():
        raise InputError("missing 'id'")
    if not isinstance(text, str):
        raise InputError(f"article {doc_id}: missing 'text'")
    doc = Document(
        id=str(doc_id).strip(), text=text, source=source,
        title=_opt_str(record.get("title")), date=parse_date(record.get("date")),
        url=_opt_str(record.get("url")), publisher=_opt_str(record.get("publisher")),
        author=_opt_str(record.get("author")),
    )
    check_document(doc, max_chars=max_chars)
    return doc


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
    if not looks_english(doc.text):
        raise InputError(f"article {doc.id}: not English (stancegraph's pipeline reads English only)")


def looks_english(text: str) -> bool:
    """True when enough of the first 2,000 words are common English function words.

    >>> looks_english("The minister said that the talks would go on.")
    True
    >>> looks_english("Der Minister sagte, dass die Gespräche weitergehen würden.")
    False
    >>> looks_english("Ukrainian President Volodymyr Zelensky praised Germany for delivering two more systems.")
    True
    """
    words = [w.lower() for w in _WORD.findall(text[:20000])][:2000]
    if len(words) < 5:
        return True  # too short to judge: let the extractor decide
    hits = sum(1 for w in words if w in _ENGLISH)
    if len(words) < 30:  # one short sentence full of names ("X praised Y for ...") has few function words
        return hits >= 1
    return hits / len(words) >= 0.08


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


def _opt_str(value: Any) -> str | None:
    return str(value) if value not in (None, "") else None
