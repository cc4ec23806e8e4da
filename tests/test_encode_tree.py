"""The writer's node tree gives the bytes that building the tree with lxml's API gave.

``tei.encode.tree`` replaced ``etree.SubElement`` and an indentation pass over the finished
tree; the reference here is that former code, so any difference in escaping, attribute order,
empty text or indentation shows up as different bytes.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from tei.encode.tree import XML_ID, Node, to_lxml
from tei.ns import NSMAP, XML_NS, tei


def _indent(el: etree._Element, level: int = 0) -> None:
    """The former ``serialize`` pass: indent element-only content, leave mixed content."""
    children = list(el)
    if not children:
        return
    text = el.text
    if text and not text.isspace():
        return
    for child in children:
        tail = child.tail
        if tail and not tail.isspace():
            return
    pad = "\n" + "  " * (level + 1)
    el.text = pad
    for child in children:
        child.tail = pad
        if len(child):
            _indent(child, level + 1)
    children[-1].tail = pad[:-2]


def _api_tree(node: Node) -> etree._Element:
    """``node`` built the former way, with lxml's API."""
    root = etree.Element(tei(node.tag), nsmap=NSMAP)  # type: ignore[arg-type]  # stubs lack None keys
    _fill(root, node)
    return root


def _fill(el: etree._Element, node: Node) -> None:
    for name, value in node.attrs.items():
        el.set(f"{{{XML_NS}}}id" if name == XML_ID else name, value)
    el.text = node.text
    el.tail = node.tail
    for child in node.children:
        _fill(etree.SubElement(el, tei(child.tag)), child)


def _former(node: Node) -> bytes:
    root = _api_tree(node)
    _indent(root)
    return etree.tostring(root)


TEXT = st.one_of(
    st.none(),
    st.sampled_from(["", " ", "\n  ", "\u00a0", "a & b", "<x>", "\r\n", 'say "so"', "\t"]),
    st.text(
        alphabet=st.characters(
            codec="utf-8", exclude_categories=("Cs", "Cc"), exclude_characters="\ufffe\uffff"
        )
        | st.just("\n"),
        max_size=6,
    ),
)
VALUE = st.sampled_from(["x", "a&b", 'q"', "<>", "l\nm", "t\tu", "r\r", "’", ""])


@st.composite
def trees(draw: st.DrawFn, depth: int = 0) -> Node:
    node = Node(draw(st.sampled_from(["p", "note", "seg", "list", "item"])))
    for name in draw(st.lists(st.sampled_from(["n", "type", XML_ID, "rend"]), unique=True)):
        node.set(name, draw(VALUE))
    node.text = draw(TEXT)
    if depth < 3:
        for child in draw(st.lists(trees(depth + 1), max_size=3)):
            node.append(child)
    node.tail = draw(TEXT) if depth else None
    return node


@settings(max_examples=400, deadline=None)
@given(trees())
def test_same_bytes_as_the_lxml_api_and_the_indentation_pass(root: Node) -> None:
    root.tag = "TEI"
    assert etree.tostring(to_lxml(root)) == _former(root)


def test_empty_text_is_kept_as_lxml_writes_it() -> None:
    root = Node("TEI")
    root.sub("label", "")
    root.sub("item", "x").sub("lb").tail = ""
    assert etree.tostring(to_lxml(root)) == _former(root)
    assert b"<label></label>" in etree.tostring(to_lxml(root))


def test_in_note_follows_the_tree() -> None:
    note = Node("note")
    inner = note.sub("p").sub("hi")
    outside = Node("div").sub("p")
    assert inner.in_note and not outside.in_note
    detached = Node("p")
    detached.sub("hi")
    Node("note").append(detached)
    assert detached.in_note and detached.children[0].in_note


def test_a_character_xml_cannot_hold_is_the_error_lxml_gave() -> None:
    root = Node("TEI")
    root.sub("p", "bell \x07")
    with pytest.raises(ValueError, match="XML compatible"):
        to_lxml(root)
