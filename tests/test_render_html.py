"""The HTML page: its parts, links, anchors, determinism, and no way to inject markup."""

from __future__ import annotations

from collections import Counter

import lxml.html
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree
from markupsafe import Markup

from tei import __version__
from tei.ns import NS
from tei.render import render_html
from tei.render.html import PARTS, VIEWS, environment, page_html
from tei.xmlsafe import parse_bytes, parse_file
from tests.render_support import fixture
from tests.support import SEED_REFERENCE


def page(tree: etree._ElementTree, view: str = "reading") -> lxml.html.HtmlElement:
    return lxml.html.document_fromstring(render_html(tree, view=view))


def test_seed_page_has_the_metadata_the_issue_asks_for() -> None:
    doc = page(parse_file(SEED_REFERENCE))
    meta = doc.get_element_by_id("tei-h-summary").getparent().text_content()
    assert "student protest" in meta
    header = doc.find(".//header").text_content()
    for expected in (
        "Record of Conversation",
        "March 10, 1965",
        "Jeffrey Wang and Charles Kraus",
        "MacArthur Foundation",
        "PRC FMA 109-03628-01",
    ):
        assert expected in header
    persons = doc.get_element_by_id("tei-h-persons").getparent()
    assert persons.get_element_by_id("kim-byeong-jik").text_content().startswith("Kim Byeong-jik")


def test_every_turn_names_its_speaker_and_links_to_the_person() -> None:
    tree = parse_file(SEED_REFERENCE)
    expected = tree.xpath("//t:said[not(ancestor::t:said)]/@who", namespaces=NS)
    doc = page(tree)
    turns = doc.find_class("turn")
    assert len(turns) == len(expected) == 17
    for turn, who in zip(turns, expected, strict=True):
        assert turn.get("id")
        badge = turn.find_class("who")[0]
        assert badge.get("href") == who
        person = doc.get_element_by_id(who[1:])
        assert badge.text_content().removeprefix("Speaker: ") in person.text_content()


def test_ids_are_unique_and_every_paragraph_has_one() -> None:
    for tree in (parse_file(SEED_REFERENCE), fixture("brackets.xml"), fixture("transcript.xml")):
        doc = page(tree)
        ids = Counter(el.get("id") for el in doc.iter() if el.get("id"))
        assert not [i for i, n in ids.items() if n > 1]
        assert all(p.get("id") for p in doc.find_class("p"))


def test_internal_links_all_resolve() -> None:
    doc = page(fixture("brackets.xml"))
    ids = {el.get("id") for el in doc.iter() if el.get("id")}
    for a in doc.iter("a"):
        href = a.get("href", "")
        if href.startswith("#"):
            assert href[1:] in ids, href


def test_footnote_links_there_and_back() -> None:
    doc = page(fixture("brackets.xml"))
    call = doc.get_element_by_id("note-1-ref")
    assert call.get("href") == "#note-1"
    note = doc.get_element_by_id("note-1")
    assert note.find_class("fn-back")[0].get("href") == "#note-1-ref"
    assert "The agreement of 12 June." in note.text_content()


def test_supplied_has_reason_on_hover_and_for_screen_readers() -> None:
    doc = page(fixture("brackets.xml"))
    supplied = doc.find_class("supplied")[0]
    assert supplied.get("title") == "Supplied by the editors: name completion"
    assert "(supplied: name completion)" in supplied.find_class("sr-only")[0].text_content()
    assert [b.text for b in supplied.find_class("br")] == ["[", "]"]


def test_marks_are_distinct_classes() -> None:
    doc = page(fixture("brackets.xml"))
    for name in ("sic", "gap", "unclear", "stamp", "add", "supplied"):
        assert doc.find_class(name), name


def test_view_option_checks_the_radio() -> None:
    for view in ("reading", "diplomatic"):
        doc = page(fixture("brackets.xml"), view)
        assert doc.get_element_by_id(f"tei-view-{view}").get("checked") is not None


def test_page_is_deterministic_and_self_contained() -> None:
    first = render_html(parse_file(SEED_REFERENCE))
    assert first == render_html(parse_file(SEED_REFERENCE))
    doc = lxml.html.document_fromstring(first)
    assert not doc.xpath("//script | //link | //iframe | //object | //*[@src]")
    assert "Content-Security-Policy" in first


def _assert_inert(html: str) -> None:
    doc = lxml.html.document_fromstring(html)
    assert not doc.xpath("//script | //img | //iframe | //object | //embed | //svg")
    for el in doc.iter():
        if not isinstance(el.tag, str):
            continue
        for name, value in el.attrib.items():
            assert not name.lower().startswith("on"), (el.tag, name)
            if name in ("href", "src", "action"):
                scheme = "".join(value.split()).lower()
                assert (
                    scheme.startswith(("#", "http://", "https://", "mailto:")) or ":" not in scheme
                )


def test_hostile_fixture_injects_nothing() -> None:
    html = render_html(fixture("hostile.xml"))
    _assert_inert(html)
    assert "&lt;script&gt;" in html


TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufffe\uffff"),
    max_size=40,
)
"""Any text XML can hold: no surrogates or controls, nor U+FFFE/U+FFFF (not XML characters;
lxml refuses them before the renderer sees them)."""


@settings(max_examples=60, deadline=None)
@given(text=TEXT, attr=TEXT)
def test_any_text_and_attribute_stays_inert(text: str, attr: str) -> None:
    root = etree.Element("{http://www.tei-c.org/ns/1.0}TEI")
    body = etree.SubElement(
        etree.SubElement(root, "{http://www.tei-c.org/ns/1.0}text"),
        "{http://www.tei-c.org/ns/1.0}body",
    )
    p = etree.SubElement(body, "{http://www.tei-c.org/ns/1.0}p")
    p.text = text
    for tag, att in (
        ("ref", "target"),
        ("persName", "ref"),
        ("hi", "rend"),
        ("said", "who"),
        ("note", "n"),
        ("gap", "reason"),
        ("supplied", "reason"),
    ):
        child = etree.SubElement(p, f"{{http://www.tei-c.org/ns/1.0}}{tag}", {att: attr})
        child.text = text
    tree = parse_bytes(etree.tostring(root))
    _assert_inert(render_html(tree))


PART = st.one_of(
    st.just(""),
    st.text(max_size=20),
    st.text(alphabet="ab <>&;\ue000\ue001", max_size=20),
)


@settings(max_examples=150, deadline=None)
@given(
    lang=st.one_of(st.sampled_from(["en", "ko", "zh-Hant"]), PART),
    view=st.sampled_from(VIEWS),
    parts=st.fixed_dictionaries({name: PART for name in PARTS}),
)
def test_page_from_its_cached_shape_is_the_template_rendered(
    lang: str, view: str, parts: dict[str, str]
) -> None:
    """page_html renders the template once per shape and joins values into it: same page."""
    env = environment()
    expected = env.get_template("page.html.j2").render(
        lang=lang,
        view=view,
        version=__version__,
        page_css=env.globals["page_css"],
        title_text=" ".join(Markup(parts["title"]).striptags().split()) or "TEI document",
        **{name: Markup(value) for name, value in parts.items()},
    )
    assert page_html(lang, view, parts) == expected
