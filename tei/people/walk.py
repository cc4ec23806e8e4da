"""Every stretch of inline content of a record, in reading order, with what holds it.

The people rules look for names and turns in paragraphs, list items, header fields,
participant lines, closers, the head and the notes alike; this walk gives them all in order,
so that "the most recently named person" means what a reader means by it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from tei.read.model import (
    Block,
    Bracket,
    Closer,
    FieldBlock,
    Inline,
    ItemList,
    Name,
    NoteCall,
    Paragraph,
    Participants,
    Record,
    Said,
    Speech,
    Table,
)
from tei.read.source import Loc


@dataclass(slots=True)
class Stretch:
    """One list of inline content and its context (``p``, ``item``, ``signed`` …)."""

    content: list[Inline]
    context: str
    loc: Loc | None
    block: Block | None = None
    group: bool = False
    in_speech: bool = False
    """Inside a labelled turn: reported speech there is not a turn of the conversation."""

    # Written out: mypyc compiles it; the @dataclass-made __init__ runs interpreted.
    def __init__(
        self,
        content: list[Inline],
        context: str,
        loc: Loc | None,
        block: Block | None = None,
        group: bool = False,
        in_speech: bool = False,
    ) -> None:
        self.content = content
        self.context = context
        self.loc = loc
        self.block = block
        self.group = group
        self.in_speech = in_speech


def _notes(content: list[Inline], loc: Loc | None) -> Iterator[Stretch]:
    for item in content:
        if isinstance(item, NoteCall) and item.note:
            yield Stretch(item.note, "note", item.loc)
        elif isinstance(item, (Bracket, Said, Name)):
            yield from _notes(item.content, loc)


def block_stretches(block: Block) -> Iterator[Stretch]:
    if isinstance(block, Paragraph):
        yield Stretch(block.content, "p", block.loc, block)
    elif isinstance(block, ItemList):
        if block.head:
            yield Stretch(block.head, "head", block.loc, block)
        for item in block.items:
            yield Stretch(item.content, "item", item.loc, block)
    elif isinstance(block, FieldBlock):
        for f in block.fields:
            yield Stretch(f.value, f"field:{f.label}", f.loc, block)
    elif isinstance(block, Participants):
        for line in block.lines:
            yield Stretch(line.text, "participant", line.loc, block, line.group)
    elif isinstance(block, Closer):
        for closer_line in block.lines:
            yield Stretch(closer_line.content, f"closer:{closer_line.kind}", closer_line.loc, block)
    elif isinstance(block, Table):
        for row in block.rows:
            for cell in row:
                yield Stretch(cell, "cell", block.loc, block)
    elif isinstance(block, Speech):
        for inner in block.blocks:
            for stretch in block_stretches(inner):
                stretch.in_speech = True
                yield stretch


def stretches(record: Record, *, notes: bool = True) -> Iterator[Stretch]:
    """All inline content of the body in reading order (footnotes after their paragraph)."""
    if record.head:
        yield Stretch(record.head, "head", None)
    if record.dateline:
        yield Stretch(record.dateline, "dateline", None)
    for block in record.blocks:
        for stretch in block_stretches(block):
            yield stretch
            if notes:
                yield from _notes(stretch.content, stretch.loc)
