"""Page furniture: lines that name no one, told apart from headlines and body text
(graph/extract/boilerplate.py; what names resolve to is read in cases/names.toml)."""
from __future__ import annotations

from graph.extract.boilerplate import LineKind, LineMap, classify_line


def test_page_furniture_never_yields_actors():
    text = ("  • Share full article\n  • 249\nCredit...Pool photo by Jane Doe\nBy John Roe\n"
            "Follow our live coverage")
    lines = LineMap(text)
    assert all(kind is LineKind.FURNITURE for kind in lines.kinds)
    assert classify_line("Chancellor Wins Vote on Pension Reform") is LineKind.HEADLINE
    assert classify_line("The chancellor won the vote on Tuesday.") is LineKind.BODY
