"""The TEI body: one ``div`` with the record's head, dateline and blocks."""

from __future__ import annotations

from lxml import etree

from tei.encode.elements import El, Writer
from tei.ns import tei
from tei.read.model import (
    Block,
    Closer,
    FieldBlock,
    ItemList,
    PageBreak,
    Paragraph,
    Participants,
    Record,
    Rule,
    Speech,
    Table,
)


def write_text(record: Record, writer: Writer) -> El:
    """``<text><body><div type="record">…</div></body></text>``."""
    text = etree.Element(tei("text"))
    div = etree.SubElement(etree.SubElement(text, tei("body")), tei("div"), type="record")
    if record.head is not None:
        writer.add(etree.SubElement(div, tei("head")), record.head)
    elif record.title is not None:
        etree.SubElement(div, tei("head")).text = record.title.text
    if record.source_label is not None:
        label = etree.SubElement(div, tei("note"), type="source", place="inline")
        writer.add(label, record.source_label)
    if record.dateline is not None:
        writer.add(etree.SubElement(div, tei("dateline")), record.dateline)
    elif record.date is not None:
        dateline = etree.SubElement(div, tei("dateline"))
        date = etree.SubElement(dateline, tei("date"))
        if record.date_iso:
            date.set("when", record.date_iso)
        date.text = record.date.text
    for block in record.blocks:
        write_block(div, block, writer)
    if record.truncated:
        _mark_truncated(div)
    for n, content in record.uncalled_notes:
        note = etree.SubElement(div, tei("note"), place="foot", n=n, type="uncalled")
        writer.add(note, content)
    if len(div) == 0 or all(child.tag in (tei("head"), tei("dateline")) for child in div):
        etree.SubElement(div, tei("p")).append(etree.Element(tei("gap"), reason="empty"))
    return text


def write_block(div: El, block: Block, writer: Writer) -> None:
    """Append one block; every block type of ``tei.read.model`` has its branch here."""
    if isinstance(block, Paragraph):
        writer.add(etree.SubElement(div, tei("p")), block.content)
    elif isinstance(block, ItemList):
        _item_list(div, block, writer)
    elif isinstance(block, FieldBlock):
        lst = etree.SubElement(div, tei("list"), type="fields")
        for field in block.fields:
            etree.SubElement(lst, tei("label")).text = field.label
            writer.add(etree.SubElement(lst, tei("item")), field.value)
    elif isinstance(block, Participants):
        _participants(div, block, writer)
    elif isinstance(block, Rule):
        etree.SubElement(div, tei("milestone"), unit="section", rend="rule")
    elif isinstance(block, Closer):
        _closer(div, block, writer)
    elif isinstance(block, PageBreak):
        etree.SubElement(div, tei("pb"), n=block.n)
    elif isinstance(block, Speech):
        _speech(div, block, writer)
    elif isinstance(block, Table):
        table = etree.SubElement(div, tei("table"))
        for cells in block.rows:
            row = etree.SubElement(table, tei("row"))
            for cell in cells:
                writer.add(etree.SubElement(row, tei("cell")), cell)


def _speech(div: El, block: Speech, writer: Writer) -> None:
    """A labelled turn: ``sp`` with its ``speaker`` label and its paragraphs and lists."""
    sp = etree.SubElement(div, tei("sp"), who=f"#{block.who}")
    writer.attribution(sp, block.cert)
    etree.SubElement(sp, tei("speaker")).text = block.label
    for inner in block.blocks:
        if isinstance(inner, Table):
            holder = etree.SubElement(sp, tei("p"))
            write_block(holder, inner, writer)
        else:
            write_block(sp, inner, writer)


def _item_list(div: El, block: ItemList, writer: Writer) -> None:
    lst = etree.SubElement(div, tei("list"), type=block.style)
    if block.head is not None:
        writer.add(etree.SubElement(lst, tei("head")), block.head)
    for item in block.items:
        etree.SubElement(lst, tei("label")).text = item.label
        el = etree.SubElement(lst, tei("item"))
        if item.n:
            el.set("n", item.n)
        writer.add(el, item.content)


def _participants(div: El, block: Participants, writer: Writer) -> None:
    if not block.lines:
        etree.SubElement(div, tei("p")).text = block.head
        return
    lst = etree.SubElement(div, tei("list"), type="participants")
    etree.SubElement(lst, tei("head")).text = block.head
    for line in block.lines:
        item = etree.SubElement(lst, tei("item"))
        if line.group:
            item.set("rend", "group")
        writer.add(item, line.text)


def _closer(div: El, block: Closer, writer: Writer) -> None:
    closer = etree.SubElement(div, tei("closer"))
    for line in block.lines:
        if line.kind == "line":
            if len(closer) or closer.text:
                # A line of its own, also after a signature: "Reimann" then "Copies: …".
                etree.SubElement(closer, tei("lb"))
            writer.add(closer, line.content)
            continue
        tag = "dateline" if line.kind == "dateline" else "signed"
        writer.add(etree.SubElement(closer, tei(tag)), line.content)


def _mark_truncated(div: El) -> None:
    """A record that stops mid-sentence ends with ``<gap reason="truncated"/>``."""
    last = div[-1]
    target = last if last.tag in (tei("p"), tei("closer")) else div
    gap = etree.SubElement(target, tei("gap"), reason="truncated")
    gap.tail = None
