"""The TEI tree as the writer builds it: plain nodes, made into an lxml tree in one parse.

Building through lxml's API cost about 5 µs an element (a Python call, a C node and a proxy
object for each element, attribute and text), more than the rest of the writer; the pipeline
then walked the tree again to indent it. Here the writer fills light :class:`Node` objects
(native classes when compiled), :func:`to_lxml` writes them out once as indented XML and
libxml2 parses that in C. The parsed tree is the tree the old code built: same elements,
attributes in the same order, same text and tails, plus the indentation ``serialize`` added.
"""

from __future__ import annotations

from lxml import etree

from tei.ns import TEI_NS

XML_ID = "xml:id"
XML_LANG = "xml:lang"

_PARSER = etree.XMLParser(huge_tree=True, collect_ids=False)
"""For the writer's own text: no size limit, and ``xml:id`` left to the schema to check (the
parser would stop at a repeated id; the schema reports it, as it did for the API-built tree)."""


_NOT_XML = (
    "All strings must be XML compatible: Unicode or ASCII, no NULL bytes or control characters"
)


class Node:
    """One element: local name, attributes in the order set, text, children, tail.

    A node does not point to its parent (the cycles would leave every tree to the garbage
    collector); it knows instead whether it is in a ``note``, the one question asked upwards.
    """

    __slots__ = ("attrs", "children", "in_note", "tag", "tail", "text")

    def __init__(self, tag: str, attrs: dict[str, str] | None = None) -> None:
        self.tag = tag
        self.attrs: dict[str, str] = attrs if attrs is not None else {}
        self.text: str | None = None
        self.tail: str | None = None
        self.children: list[Node] = []
        self.in_note = tag == "note"
        """Whether the node is a ``note`` or inside one (a note in a note is not allowed: R006)."""

    def sub(self, tag: str, text: str | None = None, **attrs: str) -> Node:
        """A new last child ``tag`` with ``attrs`` (in order) and ``text``."""
        node = Node(tag, attrs)
        node.text = text
        if self.in_note:
            node.in_note = True
        self.children.append(node)
        return node

    def append(self, node: Node) -> None:
        """Make ``node`` (built on its own) the last child."""
        if self.in_note:
            _mark_in_note(node)
        self.children.append(node)

    def set(self, name: str, value: str) -> None:
        """Set an attribute; a new one comes last, a present one keeps its place (as in lxml)."""
        self.attrs[name] = value

    def add_text(self, text: str) -> None:
        """Text after what the node holds: its text, or the tail of its last child."""
        if not text:
            return
        children = self.children
        if children:
            last = children[-1]
            last.tail = text if last.tail is None else last.tail + text
        else:
            self.text = text if self.text is None else self.text + text


def _mark_in_note(node: Node) -> None:
    node.in_note = True
    for child in node.children:
        _mark_in_note(child)


def to_lxml(root: Node) -> etree._Element:
    """The lxml tree of ``root`` (the TEI namespace declared on it), indented.

    Element-only content is indented two spaces a level; mixed content (text beside elements,
    as in ``persName`` or ``p``) is left exactly as built, with everything inside it.
    """
    out = _Writer()
    out.element(root, 0, True, f' xmlns="{TEI_NS}"')
    try:
        tree = etree.fromstring("".join(out.parts).encode("utf-8"), _PARSER)
    except etree.XMLSyntaxError as exc:
        # The text is well formed, so what libxml2 refuses is a character XML cannot hold (a
        # control character in a file name): the error lxml's API raises for it.
        raise ValueError(_NOT_XML) from exc
    if out.empty_text:
        # An empty string as text is written <x></x> by lxml, but parses back as no text.
        wanted = set(out.empty_text)
        for k, el in enumerate(tree.iter()):
            if k in wanted:
                el.text = ""
    return tree


class _Writer:
    """XML text for a node tree; the indentation rule of the former ``serialize`` pass.

    Pieces are appended to one list and joined once (no intermediate strings).
    """

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.count = 0
        self.empty_text: list[int] = []
        self.pads: list[str] = ["\n"]

    def pad(self, level: int) -> str:
        """``\n`` and two spaces per level."""
        pads = self.pads
        while len(pads) <= level:
            pads.append(pads[-1] + "  ")
        return pads[level]

    def element(self, node: Node, level: int, indent: bool, extra: str = "") -> None:
        parts = self.parts
        tag = node.tag
        parts.append("<")
        parts.append(tag)
        if extra:
            parts.append(extra)
        for name, value in node.attrs.items():
            parts.append(" ")
            parts.append(name)
            parts.append('="')
            parts.append(_attr(value))
            parts.append('"')
        self.count += 1
        children = node.children
        text = node.text
        if not children:
            if text is None:
                parts.append("/>")
                return
            if not text:
                self.empty_text.append(self.count - 1)
            parts.append(">")
            parts.append(_text(text))
        elif indent and _element_only(text, children):
            pad = self.pad(level + 1)
            parts.append(">")
            for child in children:
                parts.append(pad)
                self.element(child, level + 1, True)
            parts.append(self.pad(level))
        else:
            parts.append(">")
            if text:
                parts.append(_text(text))
            for child in children:
                self.element(child, level + 1, False)
                tail = child.tail
                if tail:
                    parts.append(_text(tail))
        parts.append("</")
        parts.append(tag)
        parts.append(">")


def _element_only(text: str | None, children: list[Node]) -> bool:
    """No text but whitespace around the children (``isspace`` as the old pass used it)."""
    if text and not text.isspace():
        return False
    for child in children:
        tail = child.tail
        if tail and not tail.isspace():
            return False
    return True


def _text(value: str) -> str:
    """Escaped character data (``\\r`` too, which a parser would turn into ``\\n``)."""
    if "&" in value:
        value = value.replace("&", "&amp;")
    if "<" in value:
        value = value.replace("<", "&lt;")
    if ">" in value:
        value = value.replace(">", "&gt;")
    if "\r" in value:
        value = value.replace("\r", "&#13;")
    return value


def _attr(value: str) -> str:
    """An escaped attribute value: also quotes and the whitespace a parser would normalize."""
    value = _text(value)
    if '"' in value:
        value = value.replace('"', "&quot;")
    if "\n" in value:
        value = value.replace("\n", "&#10;")
    if "\t" in value:
        value = value.replace("\t", "&#9;")
    return value
