"""Small helpers for the streaming writers: XML-safe text and buffering of many small pieces into chunks."""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

# characters XML 1.0 forbids; news text scraped from the web occasionally carries them
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;",
                          "\n": "&#10;", "\r": "&#13;", "\t": "&#9;"})
CHUNK_SIZE = 1 << 16
FLUSH = ""  # a writer yields this to have the text so far sent at once (the header, before slow work)


def attr(value: object) -> str:
    """`value` as the text of a double-quoted XML attribute (newlines kept as character references).

    >>> attr('say "no" & <go>\\n')
    'say &quot;no&quot; &amp; &lt;go&gt;&#10;'
    """
    return _NOT_XML.sub("", str(value)).translate(_ESCAPES)


def buffered(parts: Iterable[str], *, size: int = CHUNK_SIZE) -> Iterator[bytes]:
    """UTF-8 chunks of about `size` bytes from many small strings: few writes, and the first one early.

    >>> list(buffered(["a", "b"], size=1))
    [b'a', b'b']
    >>> list(buffered(["<head>", FLUSH, "x", "y"]))
    [b'<head>', b'xy']
    """
    pending: list[str] = []
    length = 0
    for part in parts:
        pending.append(part)
        length += len(part)
        if length >= size or (part == FLUSH and length > 0):
            yield "".join(pending).encode("utf-8")
            pending, length = [], 0
    if pending:
        yield "".join(pending).encode("utf-8")
