"""The TEI body: one ``div`` with the record's head, dateline and blocks."""

from __future__ import annotations

from tei.encode.elements import Writer
from tei.encode.tree import Node
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


def write_text(record: Record, writer: Writer) -> Node:
    """``<text><body><div type="record">…</div></body></text>``."""
    text = Node("text")
    div = text.sub("body").sub("div", type="record")
    if record.head is not None:
        writer.add(div.sub("head"), record.head)
    elif record.title is not None:
        div.sub("head", record.title.text)
    if record.source_label is not None:
        label = div.sub("note", type="source", place="inline")
        writer.add(label, record.source_label)
    if record.dateline is not None:
        writer.add(div.sub("dateline"), record.dateline)
    elif record.date is not None:
        date = div.sub("dateline").sub("date")
        if record.date_iso:
            date.set("when", record.date_iso)
        date.text = record.date.text
    for block in record.blocks:
        write_block(div, block, writer)
    if record.truncated:
        _mark_truncated(div)
    for n, content in record.uncalled_notes:
        note = div.sub("note", place="foot", n=n, type="uncalled")
        writer.add(note, content)
    if not div.children or all(child.tag in ("head", "dateline") for child in div.children):
        div.sub("p").sub("gap", reason="empty")
    return text


def write_block(div: Node, block: Block, writer: Writer) -> None:
    """Append one block; every block type of ``tei.read.model`` has its branch here."""
    if isinstance(block, Paragraph):
        writer.add(div.sub("p"), block.content)
    elif isinstance(block, ItemList):
        _item_list(div, block, writer)
    elif isinstance(block, FieldBlock):
        lst = div.sub("list", type="fields")
        for field in block.fields:
            lst.sub("label", field.label)
            writer.add(lst.sub("item"), field.value)
    elif isinstance(block, Participants):
        _participants(div, block, writer)
    elif isinstance(block, Rule):
        div.sub("milestone", unit="section", rend="rule")
    elif isinstance(block, Closer):
        _closer(div, block, writer)
    elif isinstance(block, PageBreak):
        div.sub("pb", n=block.n)
    elif isinstance(block, Speech):
        _speech(div, block, writer)
    elif isinstance(block, Table):
        table = div.sub("table")
        for cells in block.rows:
            row = table.sub("row")
            for cell in cells:
                writer.add(row.sub("cell"), cell)


def _speech(div: Node, block: Speech, writer: Writer) -> None:
    """A labelled turn: ``sp`` with its ``speaker`` label and its paragraphs and lists."""
    sp = div.sub("sp", who="#" + block.who)
    writer.attribution(sp, block.cert)
    sp.sub("speaker", block.label)
    for inner in block.blocks:
        if isinstance(inner, Table):
            write_block(sp.sub("p"), inner, writer)
        else:
            write_block(sp, inner, writer)


def _item_list(div: Node, block: ItemList, writer: Writer) -> None:
    lst = div.sub("list", type=block.style)
    if block.head is not None:
        writer.add(lst.sub("head"), block.head)
    for item in block.items:
        lst.sub("label", item.label)
        el = lst.sub("item")
        if item.n:
            el.set("n", item.n)
        writer.add(el, item.content)


def _participants(div: Node, block: Participants, writer: Writer) -> None:
    if not block.lines:
        div.sub("p", block.head)
        return
    lst = div.sub("list", type="participants")
    lst.sub("head", block.head)
    for line in block.lines:
        item = lst.sub("item")
        if line.group:
            item.set("rend", "group")
        writer.add(item, line.text)


def _closer(div: Node, block: Closer, writer: Writer) -> None:
    closer = div.sub("closer")
    for line in block.lines:
        if line.kind == "line":
            if closer.children or closer.text:
                # A line of its own, also after a signature: "Reimann" then "Copies: …".
                closer.sub("lb")
            writer.add(closer, line.content)
            continue
        tag = "dateline" if line.kind == "dateline" else "signed"
        writer.add(closer.sub(tag), line.content)


def _mark_truncated(div: Node) -> None:
    """A record that stops mid-sentence ends with ``<gap reason="truncated"/>``."""
    last = div.children[-1]
    target = last if last.tag in ("p", "closer") else div
    target.sub("gap", reason="truncated")
