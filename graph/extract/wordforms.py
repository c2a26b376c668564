"""Word forms: whether two words are forms of one word ("Hungarian" ~ "Hungary").

The extractor reads demonyms by this rule, and the PLOVER scorer (api/evaluation/plover.py) compares actor
text by the same rule, which is why it lives here, below both.
"""
from __future__ import annotations


def same_word(a: str, b: str) -> bool:
    """Whether two words are one word's forms: equal, or a common prefix of 4+ letters and 70 % of the
    shorter.

    >>> same_word("hungarian", "hungary"), same_word("iran", "iraq")
    (True, False)
    """
    if a == b:
        return True
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n >= 4 and n >= 0.7 * min(len(a), len(b))
