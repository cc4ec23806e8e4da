"""The rules for the common TEI modules, in the three outputs (tests/fixtures/render/modules.xml).

Each test names the rule from docs/rendering.md it checks; the text views are compared as
printed, the HTML through its parts.
"""

from __future__ import annotations

import lxml.html
import pytest

from tei.render import dropped_elements, render_html, render_text
from tei.render.html import html_parts
from tei.xmlsafe import parse_bytes
from tests.render_support import fixture

TREE = fixture("modules.xml")
READING = render_text(TREE, view="reading", width=0)
DIPLOMATIC = render_text(TREE, view="diplomatic", width=0)
PARTS = html_parts(TREE)


@pytest.mark.parametrize("text", [READING, DIPLOMATIC], ids=["reading", "diplomatic"])
def test_a_break_inside_a_word_joins_it(text: str) -> None:
    assert "The Reli-gion of the Inhabitants." in text
    assert (
        "Reli-gion of the Inhabitants."
        in lxml.html.fragment_fromstring(PARTS["text"], create_parent="div").text_content()
    )


def test_a_choice_prints_one_alternative_per_view() -> None:
    assert (
        "Regularized color, abbreviated Dominus, corrected the, segments alpha, unclear mouse."
        in READING
    )
    assert (
        "Regularized colour, abbreviated Dns, corrected teh, segments alpha, unclear mouse."
        in DIPLOMATIC
    )


def test_a_choice_shows_every_alternative_on_demand_in_html() -> None:
    page = lxml.html.fragment_fromstring(PARTS["text"], create_parent="div")
    titles = [span.get("title") for span in page.find_class("choice")]
    assert "reading 1: alpha · reading 2: beta" in titles
    assert "abbreviated: Dns · expanded: Dominus" in titles
    segments = page.find_class("choice")[3]
    assert segments.text_content() == "alpha"  # one reading, not both and not none


def test_apparatus_gives_the_lemma_and_the_readings_in_a_note() -> None:
    for text in (READING, DIPLOMATIC):
        assert "Lemma kings[a] ruled." in text
        assert "[a] kings (A); queens (B); om. (C)" in text
    assert 'aria-label="Readings a"' in PARTS["text"]
    assert "queens" in PARTS["notes"] and "queens" not in PARTS["text"]


def test_an_inline_note_is_not_glued_to_the_word_before_it() -> None:
    assert "Word an inline remark and" in READING
    assert (
        "Word an inline"
        in lxml.html.fragment_fromstring(PARTS["text"], create_parent="div").text_content()
    )


def test_additions_and_deletions_are_marked_in_the_diplomatic_view() -> None:
    assert "a [added: later] addition and [deleted: struck][added: written] over." in DIPLOMATIC
    assert "a later addition and written over." in READING
    assert 'title="Added"' in PARTS["text"] and 'title="Deleted"' in PARTS["text"]


def test_names_places_citations_and_code_keep_their_words() -> None:
    line = "worn letters, the element <lb>, Ribe, Denmark, to be (Ham. 3.1), E=mc^2 ."
    assert line in READING
    assert '<code class="gi">&lt;lb&gt;</code>' in PARTS["text"]


def test_cast_list_has_a_line_per_role() -> None:
    assert "Dramatis personae\nHamlet, prince of Denmark\nRosencrantz\nGuildenstern" in READING
    assert '<div class="castList">' in PARTS["text"]


def test_verse_speech_and_stage_direction() -> None:
    assert "Ham.\n\nTo be, or not to be,\n\nExit." in READING


def test_manuscript_description_is_its_own_part_not_the_citation() -> None:
    assert PARTS["citation"] == ""
    manuscript = lxml.html.fragment_fromstring(PARTS["manuscript"], create_parent="div")
    assert "Vilnius, Archive, MS 7" in manuscript.text_content()
    assert "Parchment." in manuscript.text_content()
    page = render_html(TREE)
    assert '<h2 id="tei-h-manuscript">Manuscript</h2>' in page


def test_the_report_lists_what_each_output_leaves_out() -> None:
    assert dropped_elements(TREE, "html", "reading").lost == {}
    # A text view prints one alternative of a choice; the second of two equals is in neither.
    for view in ("reading", "diplomatic"):
        assert dropped_elements(TREE, "text", view).lost == {"seg": 1, "unclear": 1}
    # The reading view leaves out what the diplomatic view shows, and the report says so.
    assert dropped_elements(TREE, "text", "reading").other_view == {
        "orig": 1,
        "abbr": 1,
        "sic": 1,
        "del": 1,
    }


def test_mathml_is_kept_for_the_browser_without_its_links() -> None:
    tree = parse_bytes(
        b'<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>M'
        b"</title></titleStmt></fileDesc></teiHeader><text><body><p>Let "
        b'<formula notation="MathML"><math xmlns="http://www.w3.org/1998/Math/MathML">'
        b'<mi mathvariant="bold" href="javascript:alert(1)">x</mi><mo>=</mo><mn>2</mn></math>'
        b"</formula> hold.</p></body></text></TEI>"
    )
    text = html_parts(tree)["text"]
    assert '<math xmlns="http://www.w3.org/1998/Math/MathML">' in text
    assert '<mi mathvariant="bold">x</mi>' in text and "javascript" not in text
    assert "Let x=2 hold." in render_text(tree, view="reading", width=0)


def test_xml_examples_show_their_markup() -> None:
    tree = parse_bytes(
        b'<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>E'
        b"</title></titleStmt></fileDesc></teiHeader><text><body><p>See</p>"
        b'<egXML xmlns="http://www.tei-c.org/ns/Examples">a <hi rend="b">bold</hi> word</egXML>'
        b"</body></text></TEI>"
    )
    assert '&lt;hi rend="b"&gt;bold&lt;/hi&gt;' in html_parts(tree)["text"]


def test_index_entries_are_not_text_of_the_page() -> None:
    tree = parse_bytes(
        b'<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>I'
        b"</title></titleStmt></fileDesc></teiHeader><text><body><p>dinner<index><term>cockles"
        b"</term></index> was served</p></body></text></TEI>"
    )
    assert "dinner was served" in render_text(tree, view="diplomatic", width=0)
    assert 'title="Index: cockles"' in html_parts(tree)["text"]
    assert dropped_elements(tree, "text", "reading").lost == {"term": 1}  # and the report says so
