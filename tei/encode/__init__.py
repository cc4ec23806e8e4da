"""Stage 2 of the pipeline: :class:`~tei.read.model.Record` -> TEI tree.

``to_tei`` is pure: it builds an lxml tree and writes nothing. The body is written first so
that the header can declare exactly the conventions the body uses.
"""

from __future__ import annotations

import re
from pathlib import Path

from lxml import etree

from tei.encode.body import write_text
from tei.encode.elements import El, Writer
from tei.encode.header import write_header
from tei.ns import NSMAP, XML_ID, XML_LANG, tei
from tei.read.model import Record

__all__ = ["document_id", "to_tei"]


def document_id(record: Record) -> str:
    """A stable ``xml:id`` for the document, from its file name (an NCName)."""
    stem = Path(record.path).stem if not record.path.startswith("<") else "record"
    slug = re.sub(r"[^A-Za-z0-9._-]+", "-", stem).strip("-._") or "record"
    return f"rec-{slug}"


def to_tei(record: Record) -> El:
    """The TEI document for a record."""
    writer = Writer(translators=bool(record.translators))
    root = etree.Element(tei("TEI"), nsmap=NSMAP)  # type: ignore[arg-type]  # stubs lack None keys
    root.set(XML_ID, document_id(record))
    root.set(XML_LANG, "en")
    text = write_text(record, writer)
    root.append(write_header(record, writer))
    root.append(text)
    return root


def _indent(el: El, level: int = 0) -> None:
    """Indent element-only content; leave mixed content (text with elements) exactly as it is.

    ``etree.indent`` also puts line breaks into mixed content (after the last child of a
    ``persName``), which changes the text an editor sees. Leaves are not visited (most
    elements are), and ``isspace`` answers what ``strip()`` would without a copy.
    """
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


def serialize(root: El) -> bytes:
    """Indented UTF-8 bytes with an XML declaration; the same tree always gives the same bytes."""
    _indent(root)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8") + b"\n"
