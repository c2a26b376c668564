"""Any bytes a user may hand the readers give documents or clean reasons, never an exception.

hypothesis generates file contents (text, HTML, JSON Lines: valid, broken, binary, badly encoded) and
request bodies of every accepted media type; every item read must be a `Document` with text or a `Skipped`
with a reason, and a JSON Lines file never loses its good lines because of a bad one.
"""
from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graph.readers import Skipped, read_paths
from graph.records import Document
from graph.uploads import MEDIA_TYPES, read_upload

FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
ENGLISH = "The union rejected the final offer and demanded a rise. The employers said they would not move."
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=10,
)
records = st.fixed_dictionaries(
    {}, optional={"id": json_values | st.text(max_size=12), "text": json_values | st.just(ENGLISH),
                  "title": json_values, "date": json_values | st.just("2025-03-01"), "url": json_values},
)
lines = st.one_of(records.map(lambda r: json.dumps(r).encode()), json_values.map(lambda v: json.dumps(v).encode()),
                  st.binary(max_size=60))


def check(items: list[Document | Skipped]) -> None:
    for item in items:
        if isinstance(item, Document):
            assert item.id and item.text.strip()
        else:
            assert isinstance(item, Skipped) and item.reason


@FUZZ
@given(data=st.binary(max_size=400), suffix=st.sampled_from([".txt", ".html", ".jsonl", ".JSONL"]))
def test_any_file_is_read_or_skipped_with_a_reason(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"article{suffix}"
        path.write_bytes(data)
        check(list(read_paths([path])))


@FUZZ
@given(body=st.lists(lines, max_size=6))
def test_a_json_lines_file_keeps_its_good_lines(body: list[bytes]) -> None:
    good = json.dumps({"id": "good-line", "text": ENGLISH}).encode()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "batch.jsonl"
        path.write_bytes(b"\n".join([*body, good]))
        items = list(read_paths([path]))
    check(items)
    assert any(isinstance(i, Document) and i.id == "good-line" for i in items)


@FUZZ
@given(body=st.binary(max_size=400) | st.lists(lines, max_size=4).map(b"\n".join),
       media_type=st.sampled_from(MEDIA_TYPES), doc_id=st.none() | st.text(min_size=1, max_size=10))
def test_any_request_body_is_read_or_refused_cleanly(body: bytes, media_type: str, doc_id: str | None) -> None:
    try:
        items = read_upload(body, media_type, doc_id=doc_id)
    except Exception as exc:  # the one refusal allowed: a text or HTML body without its id
        assert type(exc).__name__ == "InputError" and "`id` query parameter" in str(exc)
        assert media_type in ("text/plain", "text/html")
        return
    check(items)
