"""Regression cases for the renderers, each named after what it broke."""

from __future__ import annotations

from pathlib import Path

import lxml.html
import pytest
from click.testing import CliRunner

from tei.cli.render import render
from tei.pipeline import convert_file
from tei.render import RenderError, dropped_elements, render_html, render_text
from tei.render.html import html_parts
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


def _doc(body: str, header: str = "") -> bytes:
    return (
        '<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>T</title>'
        f"</titleStmt><publicationStmt><p>p</p></publicationStmt><sourceDesc>{header or '<p>s</p>'}"
        f"</sourceDesc></fileDesc></teiHeader>{body}</TEI>"
    ).encode()


def _views(body: str) -> tuple[str, str, str]:
    tree = parse_bytes(_doc(body))
    return (
        render_text(tree, view="reading", width=0),
        render_text(tree, view="diplomatic", width=0),
        lxml.html.document_fromstring(render_html(tree)).text_content(),
    )


def test_lb_break_no_split_the_word_in_two() -> None:
    """ "Reli / gion": the line break inside a word, and the white space around it, joined it
    with a space (2.5% of the words of ss-test14.xml)."""
    body = (
        '<text><body><p>Reli\n   <lb break="no"/>\n  gion and '
        'Au<lb type="hyphenInWord"/>thor</p></body></text>'
    )
    for view in _views(body):
        assert "Religion and Author" in view


def test_choice_of_two_segs_or_unclears_printed_nothing() -> None:
    body = (
        "<text><body><p>A <choice><seg>one</seg><seg>two</seg></choice> and "
        "<choice><unclear>mouse</unclear><unclear>house</unclear></choice>.</p></body></text>"
    )
    for view in _views(body):
        assert "A one and mouse." in " ".join(view.split())


def test_diplomatic_view_printed_orig_and_abbr_together() -> None:
    """ "hinuh[om]inu": a choice of orig, abbr and expan printed its orig and its abbr."""
    body = (
        "<text><body><p>ut <choice><orig>hinu</orig><abbr>h<supplied>om</supplied>inu</abbr>"
        "<expan>h<supplied>om</supplied>inum</expan></choice> est</p></body></text>"
    )
    reading, diplomatic, _ = _views(body)
    assert "ut hinu est" in diplomatic
    assert "ut hominum est" in reading


def test_apparatus_readings_ran_together_with_the_lemma() -> None:
    body = (
        '<text><body><p>The <app><lem>king</lem><rdg wit="#B">queen</rdg></app> died.</p>'
        "</body></text>"
    )
    for view in _views(body):
        assert "The king" in view and "kingqueen" not in view
        assert "queen (B)" in view


def test_inline_note_was_glued_to_the_word_before_it() -> None:
    body = '<text><body><p>word<note place="inline">remark</note></p></body></text>'
    for view in _views(body):
        assert "word remark" in view


def test_add_without_hand_was_unmarked() -> None:
    _, diplomatic, _ = _views("<text><body><p>a <add>later</add> word</p></body></text>")
    assert "a [added: later] word" in diplomatic
    page = render_html(
        parse_bytes(_doc("<text><body><p>a <add>later</add> word</p></body></text>"))
    )
    assert 'title="Added"' in page


def test_source_doc_only_file_rendered_empty_with_exit_0(tmp_path: Path) -> None:
    body = (
        "<sourceDoc><surface><zone><line>Now in the name</line><line>of oure lord</line>"
        "</zone></surface></sourceDoc>"
    )
    reading, diplomatic, html = _views(body)
    assert reading == diplomatic == "Now in the name\nof oure lord\n"
    assert "Now in the name" in html
    source = tmp_path / "doc.xml"
    source.write_bytes(_doc(body))
    result = CliRunner().invoke(render, [str(source), "--to", "text"])
    assert result.exit_code == 0 and "oure lord" in result.stdout


def test_text_that_no_rule_prints_is_an_error_not_an_empty_file() -> None:
    """Any document whose text the rendering loses entirely fails, located, with a hint."""
    tree = parse_bytes(
        _doc("<text><body><p><choice><seg/><seg>lost</seg></choice></p></body></text>")
    )
    with pytest.raises(RenderError, match="holds none of it"):
        render_text(tree, view="reading")


def test_msdesc_was_squeezed_into_the_citation() -> None:
    header = (
        "<msDesc><msIdentifier><settlement>Ribe</settlement><idno>MS 1</idno></msIdentifier>"
        "</msDesc>"
    )
    parts = html_parts(parse_bytes(_doc("<text><body><p>x</p></body></text>", header)))
    assert parts["citation"] == ""
    assert "Ribe" in parts["manuscript"]


def test_reading_view_showed_the_other_romanization_beside_the_name() -> None:
    """ "Ri Chang-su Ri Chang Su": the converter encodes the source's other romanization as
    supplied reason="romanization"; the reading view names the person once."""
    body = (
        '<text><body><p><persName>Ri Chang-su</persName> <supplied reason="romanization">'
        "Ri Chang Su</supplied> said</p></body></text>"
    )
    reading, diplomatic, _ = _views(body)
    assert "Ri Chang-su said" in reading
    assert "Ri Chang-su [Ri Chang Su] said" in diplomatic
    page = render_html(parse_bytes(_doc(body)))
    assert '<span class="supplied romanization ed"' in page  # hidden in the reading view


def test_report_said_every_element_has_a_rule_while_text_was_lost() -> None:
    """A rule that prints nothing is found by rendering: the report lists the element."""
    tree = parse_bytes(
        _doc(
            "<text><body><p><choice><expan>Kitchener</expan><abbr>K-W</abbr><abbr>KW</abbr>"
            "</choice></p></body></text>"
        )
    )
    assert dropped_elements(tree, "text", "reading").lost == {"abbr": 1}
    assert dropped_elements(tree, "text", "reading").other_view == {"abbr": 1}
    assert dropped_elements(tree, "html", "reading").lost == {}  # all are in the title


def test_render_of_an_empty_folder_ended_in_an_index_error(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    result = CliRunner().invoke(render, [str(empty), "--to", "html", "-d", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert "no .xml file found in" in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert not (tmp_path / "out").exists()
