"""Document readers: text, HTML through trafilatura, JSON Lines, and every kind of bad input."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from graph.readers import Skipped, read_paths
from graph.records import Document

ARTICLE = (
    "The foreign minister said on Monday that his government would not accept any agreement that left "
    "its ports under blockade. He called for talks under the auspices of the United Nations and urged "
    "neighbouring states to support a cease-fire. Officials in the capital said the proposal had been "
    "sent to both sides, and that a reply was expected by the end of the week. "
)

PAGE = f"""<!doctype html><html><head><title>Minister rejects blockade deal</title>
<meta property="og:site_name" content="Example Daily"><meta name="author" content="Jane Roe">
<meta property="article:published_time" content="2025-02-03T10:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/politics">Politics</a></nav>
<div class="share"><button>Share full article</button><span class="count">249</span></div>
<article><h1>Minister rejects blockade deal</h1><p>{ARTICLE}</p><p>{ARTICLE}</p></article>
<footer>Follow our live coverage. Subscribe now.</footer></body></html>"""


def read_all(*paths: Path) -> list[Document | Skipped]:
    return list(read_paths(paths))


def test_text_file_with_metadata_sidecar(tmp_path: Path) -> None:
    (tmp_path / "talks.txt").write_text(ARTICLE)
    (tmp_path / "talks.meta.json").write_text(json.dumps({"title": "Talks", "date_published": "2025-03-19",
                                                           "publisher": "Example Daily"}))
    [doc] = read_all(tmp_path)
    assert isinstance(doc, Document)
    assert (doc.id, doc.title, doc.date, doc.publisher) == ("talks", "Talks", date(2025, 3, 19), "Example Daily")


def test_html_keeps_the_article_and_drops_navigation_and_share_buttons(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text(PAGE)
    [doc] = read_all(tmp_path / "page.html")
    assert isinstance(doc, Document), doc
    assert "would not accept any agreement" in doc.text
    for boilerplate in ("Share full article", "249", "Politics", "Subscribe"):
        assert boilerplate not in doc.text
    assert doc.title == "Minister rejects blockade deal"
    assert doc.date == date(2025, 2, 3)


def test_navigation_only_page_is_skipped_with_a_reason(tmp_path: Path) -> None:
    links = " ".join(f'<a href="/s{i}">Section {i}</a>' for i in range(40))
    (tmp_path / "nav.html").write_text(f"<html><body><nav>{links}</nav></body></html>")
    [item] = read_all(tmp_path / "nav.html")
    assert isinstance(item, Skipped) and "mostly navigation" in item.reason


def test_jsonl_reads_each_line_and_reports_bad_lines(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "a1", "text": ARTICLE, "date": "2025-01-02", "url": "https://example.org/a1"}),
        "not json",
        json.dumps({"id": "a2"}),
        json.dumps({"text": ARTICLE}),
        json.dumps({"id": "a3", "text": ARTICLE, "title": "Third"}),
    ]
    (tmp_path / "batch.jsonl").write_text("\n".join(lines) + "\n")
    items = read_all(tmp_path / "batch.jsonl")
    docs = [i for i in items if isinstance(i, Document)]
    skipped = [i for i in items if isinstance(i, Skipped)]
    assert [d.id for d in docs] == ["a1", "a3"]
    assert docs[0].date == date(2025, 1, 2) and docs[0].url == "https://example.org/a1"
    reasons = " | ".join(s.reason for s in skipped)
    assert "not JSON" in reasons and "missing 'text'" in reasons and "missing 'id'" in reasons
    assert all(s.source.startswith(str(tmp_path / "batch.jsonl") + ":") for s in skipped)


def test_bad_files_each_get_one_reason(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("   \n")
    (tmp_path / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    (tmp_path / "latin1.txt").write_bytes("Le pr\xe9sident a rejet\xe9".encode("latin-1"))
    (tmp_path / "german.txt").write_text(
        "Der Außenminister sagte am Montag, dass seine Regierung keine Vereinbarung akzeptieren werde, "
        "die die Häfen unter Blockade lasse. Er forderte Gespräche unter der Schirmherrschaft der Vereinten "
        "Nationen und rief die Nachbarstaaten auf, einen Waffenstillstand zu unterstützen."
    )
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")
    items = read_all(tmp_path, tmp_path / "notes.pdf", tmp_path / "missing.txt")
    reasons = {Path(i.source).name: i.reason for i in items if isinstance(i, Skipped)}
    assert reasons["empty.txt"] == "empty file"
    assert reasons["binary.txt"].startswith("binary file")
    assert reasons["latin1.txt"].startswith("not valid UTF-8")
    assert "not English" in reasons["german.txt"]
    assert "unsupported file type .pdf" in reasons["notes.pdf"]
    assert reasons["missing.txt"] == "no such file or folder"


def test_very_long_text_is_skipped_with_the_limit_named(tmp_path: Path) -> None:
    (tmp_path / "huge.txt").write_text(ARTICLE * 30_000)  # about 10 MB
    [item] = list(read_paths([tmp_path / "huge.txt"], max_chars=2_000_000))
    assert isinstance(item, Skipped)
    assert "more than the limit of 2,000,000" in item.reason and "STANCEGRAPH_MAX_DOCUMENT_CHARS" in item.reason


def test_jsonl_fields_of_the_wrong_type_are_named_with_what_they_got(tmp_path: Path) -> None:
    lines = [
        {"id": "t1", "text": 42},
        {"id": ["x"], "text": ARTICLE},
        {"id": True, "text": ARTICLE},
        {"id": "t4", "text": ARTICLE, "title": {"main": "x"}},
        {"id": "t5", "text": ARTICLE, "date": 20250102},
        {"id": "t6", "text": ARTICLE, "date": "2 January 2025"},
        {"id": "t7", "text": ARTICLE, "url": ["https://example.org"]},
        {"id": "t8", "text": ARTICLE, "publisher": 7, "author": None},
        {"id": "t9", "text": ARTICLE, "author": False},
        {"id": 10, "text": ARTICLE, "title": None, "date": "2025-01-02T10:00:00Z"},
    ]
    (tmp_path / "typed.jsonl").write_text("\n".join(json.dumps(line) for line in lines) + "\n")
    items = read_all(tmp_path / "typed.jsonl")
    reasons = [i.reason for i in items if isinstance(i, Skipped)]
    assert reasons == [
        "article t1: 'text' must be a string, got a number (42)",
        "'id' must be a string or a whole number, got a list",
        "'id' must be a string or a whole number, got a boolean (true)",
        "article t4: 'title' must be a string, got an object",
        "article t5: 'date' must be a string, got a number (20250102)",
        "article t6: 'date' must be an ISO date (YYYY-MM-DD), got '2 January 2025'",
        "article t7: 'url' must be a string, got a list",
        "article t8: 'publisher' must be a string, got a number (7)",
        "article t9: 'author' must be a string, got a boolean (false)",
    ]
    [doc] = [i for i in items if isinstance(i, Document)]
    assert (doc.id, doc.title, doc.date) == ("10", None, date(2025, 1, 2))


def test_an_upper_case_jsonl_suffix_is_read_as_json_lines(tmp_path: Path) -> None:
    lines = [json.dumps({"id": "u1", "text": ARTICLE}), json.dumps({"id": "u2", "text": ARTICLE})]
    (tmp_path / "ARTICLES.JSONL").write_text("\n".join(lines) + "\n")
    for path in (tmp_path, tmp_path / "ARTICLES.JSONL"):
        assert [d.id for d in read_all(path) if isinstance(d, Document)] == ["u1", "u2"]
