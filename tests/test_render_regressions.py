"""Regression cases for the renderers, each named after what it broke."""

from __future__ import annotations

from tei.pipeline import convert_file
from tei.render import render_html, render_text
from tei.xmlsafe import parse_bytes
from tests.support import FIXTURES


def test_editorial_remark_inside_a_footnote_keeps_its_brackets() -> None:
    """Inside a footnote "[Footnote in the original.]" is a seg (notes do not nest)."""
    tree = parse_bytes(convert_file(FIXTURES / "frus_e" / "032_d571.txt").data)
    diplomatic = render_text(tree, view="diplomatic", width=0)
    assert "April 14, 1936. [Footnote in the original.]" in diplomatic
    assert "Footnote in the original" not in render_text(tree, view="reading", width=0)
    assert '<span class="note editorial ed">[Footnote in the original.]' in render_html(tree)
