"""Stage 2 of the pipeline: :class:`~tei.read.model.Record` -> TEI tree.

``to_tei`` is pure: it builds an lxml tree and writes nothing. The body is written first so
that the header can declare exactly the conventions the body uses.
"""

from __future__ import annotations

import re
from pathlib import Path

from lxml import etree

from tei.encode.body import write_text
from tei.encode.elements import Writer
from tei.encode.header import write_header
from tei.encode.tree import XML_ID, XML_LANG, Node, to_lxml
from tei.read.model import Record

__all__ = ["document_id", "to_tei"]


def document_id(record: Record) -> str:
    """A stable ``xml:id`` for the document, from its file name (an NCName)."""
    stem = Path(record.path).stem if not record.path.startswith("<") else "record"
    slug = re.sub(r"[^A-Za-z0-9._-]+", "-", stem).strip("-._") or "record"
    return f"rec-{slug}"


def to_tei(record: Record) -> etree._Element:
    """The TEI document for a record, indented as :func:`serialize` writes it."""
    writer = Writer(translators=bool(record.translators))
    root = Node("TEI", {XML_ID: document_id(record), XML_LANG: "en"})
    text = write_text(record, writer)
    root.append(write_header(record, writer))
    root.append(text)
    return to_lxml(root)


def serialize(root: etree._Element) -> bytes:
    """UTF-8 bytes with an XML declaration; the same tree always gives the same bytes.

    The tree of :func:`to_tei` already holds its indentation (see :mod:`tei.encode.tree`), so
    this is lxml's serializer alone; a tree made elsewhere is written as it stands.
    """
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8") + b"\n"
