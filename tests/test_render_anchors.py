"""The HTML page's anchors and serialization: what the faster paths of the renderer rely on.

Containers pass their anchor down to their children (xslt/tei-html.xsl), the result is written
as XHTML for HTML readers, and the parts are cut from one serialization with the text last;
these tests pin the page to what the slow, obvious way would give.
"""

from __future__ import annotations

import lxml.html
import pytest
from lxml import etree

from tei.ns import NS, TEI_NS
from tei.render import render_html
from tei.render.html import PARTS, html_parts
from tei.site.documents import anchor
from tei.xmlsafe import parse_bytes, parse_file
from tests.render_support import fixture
from tests.support import SEED_REFERENCE

NESTED = f"""<TEI xmlns="{TEI_NS}" xmlns:x="urn:example">
<teiHeader><fileDesc><titleStmt><title>Nested</title></titleStmt></fileDesc></teiHeader>
<text><front><p>Front matter.</p></front><body>
  <p>Directly in the body.<note place="foot" n="1">A note in a body paragraph.</note></p>
  <div type="record">
    <head>Head</head>
    <pb n="2"/>
    <p xml:id="named">A paragraph with its own id.<note place="foot">Unnumbered.</note></p>
    <x:wrapper><p>Inside an element without a rule.<pb n="3"/></p></x:wrapper>
    <list><item><p>In a list item.</p></item></list>
    <said who="#a"><p>In a turn.</p></said>
    <sp who="#b"><speaker>B</speaker><p>In a speech.</p></sp>
    <quote><p>In a quotation.<note place="foot" n="2"><p>A paragraph in a note.</p></note></p>
    </quote>
    <div><p>In a nested div.</p><floatingText><body><p>Floating.</p></body></floatingText></div>
  </div>
</body></text></TEI>"""


def _trees() -> list[etree._ElementTree]:
    return [
        parse_bytes(NESTED.encode()),
        parse_file(SEED_REFERENCE),
        fixture("brackets.xml"),
        fixture("transcript.xml"),
    ]


@pytest.mark.parametrize("tree", _trees(), ids=["nested", "seed", "brackets", "transcript"])
def test_anchors_are_the_documented_ones(tree: etree._ElementTree) -> None:
    """Every paragraph, page break, turn and footnote has the id tei.site links to."""
    page = lxml.html.document_fromstring(render_html(tree))
    ids = {element.get("id") for element in page.iter() if element.get("id")}
    expected = tree.xpath(
        "//t:text//t:p | //t:text//t:ab | //t:text//t:pb | //t:text//t:sp"
        " | //t:text//t:said[not(ancestor::t:said)]"
        " | //t:text//t:note[not(@place = 'inline' or @type = 'description')]",
        namespaces=NS,
    )
    assert expected
    missing = [anchor(e) for e in expected if anchor(e) not in ids]
    assert not missing


def test_paragraph_inside_an_element_without_a_rule_counts_from_that_element() -> None:
    """libxslt's built-in rule passes parameters on; the page must not skip a level."""
    page = lxml.html.document_fromstring(render_html(parse_bytes(NESTED.encode())))
    wrapped = [p for p in page.find_class("p") if "without a rule" in p.text_content()]
    assert [p.get("id") for p in wrapped] == ["body.2.4.1"]


def test_pilcrows_only_outside_notes_and_the_header() -> None:
    page = lxml.html.document_fromstring(render_html(parse_bytes(NESTED.encode())))
    in_note = [p for p in page.find_class("p") if p.text_content().startswith("A paragraph in")]
    assert in_note and not in_note[0].find_class("pilcrow")
    floating = [p for p in page.find_class("p") if p.text_content().startswith("Floating")]
    assert floating and floating[0].find_class("pilcrow")


def test_empty_elements_are_written_open_and_closed() -> None:
    """XHTML for HTML readers: <br />, but never <span/>, which HTML reads as an open tag."""
    tree = parse_bytes(
        f'<TEI xmlns="{TEI_NS}"><text><body><p>a<milestone unit="section"/>b<hi rend="x"/>c'
        "<lb/>d</p></body></text></TEI>".encode()
    )
    html = render_html(tree)
    assert '<span class="rule" role="separator"></span>b' in html
    assert '<span class="hi x"></span>c' in html
    assert "<br />d" in html
    paragraph = lxml.html.document_fromstring(html).get_element_by_id("body.1")
    assert [child.tag for child in paragraph] == ["span", "span", "br", "a"]


def test_parts_are_complete_and_the_text_holds_no_other_part() -> None:
    parts = html_parts(parse_file(SEED_REFERENCE))
    assert set(parts) == {
        "title",
        "date",
        "citation",
        "translators",
        "funder",
        "summary",
        "persons",
        "manuscript",
        "notes",
        "text",
    }
    assert tuple(parts) == PARTS  # the stylesheet's order, which tei.render.html.PARTS states
    assert "data-part" not in parts["text"]
    assert parts["text"].endswith("</div>") and not parts["text"].endswith("</div></div></div>")
