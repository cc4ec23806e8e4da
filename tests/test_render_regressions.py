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


SPEAKERS = b"""<TEI xmlns="http://www.tei-c.org/ns/1.0">
<teiHeader><fileDesc><titleStmt><title>Speakers</title></titleStmt></fileDesc></teiHeader>
<text><body>
  <sp who="#kim"><speaker>KIM:</speaker><p>Inside a speech.</p></sp>
  <div><speaker>LEE:</speaker><p>After a speaker outside any speech.</p></div>
</body></text></TEI>"""


def test_speaker_label_is_printed_once_inside_a_speech_or_not() -> None:
    """Only a paragraph in an sp takes the speaker before it; a stray speaker stays printed."""
    tree = parse_bytes(SPEAKERS)
    text = render_text(tree, view="diplomatic", width=0)
    assert text.count("KIM:") == text.count("LEE:") == 1
    assert "KIM: Inside a speech." in text
    html = render_html(tree)
    assert html.count("KIM:") == html.count("LEE:") == 1
    assert '<p class="p" id="body.1.2"><span class="speaker">KIM:</span> Inside' in html
