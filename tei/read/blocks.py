"""Block rules: what each unit of the body is (paragraph, list item, header field, closer …).

The rules look at a unit's first characters and at its neighbours; they are listed in
:data:`BLOCK_RULES` and tried in order, like the inline rules. A unit no rule claims is a
paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

from tei.read.inline import Inliner, Marker
from tei.read.model import (
    Block,
    Closer,
    CloserLine,
    Field,
    FieldBlock,
    Inline,
    ItemList,
    ListItem,
    PageBreak,
    Paragraph,
    ParticipantLine,
    Participants,
    Rule,
    Table,
)
from tei.read.page import MONTH_NAMES
from tei.read.source import Source
from tei.read.units import FIELD, LIST_MARK, Unit

PAGE_LINE = re.compile(r"^\[Page (\d+[a-z]?)\]$")
RULE_LINE = re.compile(r"^[=_*~-]{5,}$")
_NAME_PARTICLE = (
    r"(?:(?:de la|de las|de los|del|de|da|la|las|los|van der|van|von|bin|ibn|al|el) )?(?:al-|el-)?"
)
"""A particle inside a name of a label (``Ambassador del Valle``, ``DG al-Rashidi``)."""
SPEAKER_LABEL = re.compile(
    rf"^[A-Z][\w.’'-]*(?: {_NAME_PARTICLE}[A-Z][\w.’'-]*){{0,3}}"
    r"(?: \([A-Z]+\))?: "
)
PARTICIPANTS = re.compile(r"^(Participants|PARTICIPANTS|Present|PRESENT)(?::\s*|$)")
_BULLET = re.compile(r"^[-•*·]\s+")
DISTRIBUTION_HEAD = re.compile(r"(?i)\b(?:cop(?:y|ies)|distribution|distributed)\b.*:$")
DATE_IN_LINE = re.compile(
    rf"(?:\b(?:{MONTH_NAMES})\b.*\b\d{{4}}\b|\b\d{{1,2}}\.\d{{1,2}}\.\d{{2,4}}\b|\b\d{{4}}\b\s*$)"
)
CLOSER_START = re.compile(r"^(?:\[signature\]|\[handwritten|Copies\b|Distribution\b)")
_DIGIT = re.compile(r"\d")
_DIGITS = re.compile(r"\d+")
_LETTER_LABEL = re.compile(r"(?<![A-Za-z])[a-z](?![A-Za-z])")
_NOT_WORD = re.compile(r"[^\w]")

MarkerSource = Callable[[int, int], list[Marker]]


@dataclass(slots=True)
class BlockReader:
    """Reads the units of one body into blocks."""

    source: Source
    units: list[Unit]
    inliner: Inliner
    markers: MarkerSource
    blocks: list[Block] = field(default_factory=list)
    raw: list[str] = field(default_factory=list)
    """Each unit's text, cut once: the rules look at every unit several times."""
    stripped: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.raw = [unit.text(self.source) for unit in self.units]
        self.stripped = [t.strip() for t in self.raw]

    def text(self, i: int) -> str:
        return self.stripped[i]

    def inline(self, unit: Unit, start: int | None = None) -> list[Inline]:
        self.inliner.keep_breaks = unit.multiline
        begin = unit.start if start is None else start
        return self.inliner.parse(begin, unit.end, self.markers(begin, unit.end))

    def read(self) -> list[Block]:
        closer_at = self._closer_start()
        i = 0
        while i < closer_at:
            for rule in BLOCK_RULES:
                taken = rule(self, i, closer_at)
                if taken:
                    i += taken
                    break
            else:  # pragma: no cover - paragraph() always takes the unit
                raise AssertionError("no block rule took the unit")
        if closer_at < len(self.units):
            self.blocks.append(self._closer(closer_at))
        return self.blocks

    # ------------------------------------------------------------ closer

    def _closer_like(self, i: int) -> bool:
        t = self.text(i)
        if "[signature]" in t or CLOSER_START.match(t):
            return True
        if len(t) > 60 or LIST_MARK.match(t) or SPEAKER_LABEL.match(t) or t.endswith(":"):
            return False
        if t.startswith(("(", "[…", "[...")):
            return False
        return not t.endswith((".", "?", "!")) or bool(DATE_IN_LINE.search(t))

    def _closer_start(self) -> int:
        i = len(self.units)
        while i > 1 and self._closer_like(i - 1):
            i -= 1
        return i

    def _closer(self, start: int) -> Closer:
        lines = []
        for i in range(start, len(self.units)):
            t = self.text(i)
            kind: Literal["dateline", "signed", "line"] = "line"
            if DATE_IN_LINE.search(t) and len(t) <= 60 and "[" not in t:
                kind = "dateline"
            elif "[signature]" in t or (
                not _DIGIT.search(t)
                and len(t.split()) <= 8
                and not t.startswith(("[handwritten", "[faded", "Copies"))
            ):
                kind = "signed"
            unit = self.units[i]
            lines.append(CloserLine(kind, self.inline(unit), self.source.loc(unit.start)))
        return Closer(lines, lines[0].loc)


# ---------------------------------------------------------------- rules


def rule_line(reader: BlockReader, i: int, stop: int) -> int:
    t = reader.text(i)
    if RULE_LINE.match(t):
        reader.blocks.append(Rule(t, reader.source.loc(reader.units[i].start)))
        return 1
    return 0


def participants(reader: BlockReader, i: int, stop: int) -> int:
    t = reader.text(i)
    m = PARTICIPANTS.match(t)
    if not m:
        return 0
    unit = reader.units[i]
    loc = reader.source.loc(unit.start)
    lines: list[ParticipantLine] = []
    if t[m.end() :].strip():
        content = reader.inline(unit, unit.start + m.end())
        lines.append(ParticipantLine(content, reader.source.loc(unit.start + m.end())))
    j = i + 1
    bulleted = False
    while j < stop:
        line = reader.text(j)
        bullet = _BULLET.match(line)
        if bullet is not None:  # a bulleted participants list: the bullets are layout
            line = line[bullet.end() :]
            bulleted = True
        elif bulleted or SPEAKER_LABEL.match(line) or FIELD.match(line) or LIST_MARK.match(line):
            break  # (after bulleted names, a line without a bullet is the text again)
        if len(line) > 160 or (line.endswith(".") and len(line.split()) > 12):
            break
        group = len(line.split()) <= 3 and "," not in line and not _DIGIT.search(line)
        u = reader.units[j]
        content = reader.inline(u, None if bullet is None else u.start + bullet.end())
        lines.append(ParticipantLine(content, reader.source.loc(u.start), group))
        j += 1
    reader.blocks.append(Participants(m.group(0).strip(), lines, loc))
    return j - i


def fields(reader: BlockReader, i: int, stop: int) -> int:
    j = i
    found: list[Field] = []
    while j < stop:
        t = reader.text(j)
        m = FIELD.match(t)
        if not m or PARTICIPANTS.match(t):
            break
        unit = reader.units[j]
        label = m.group(0).strip()
        value = reader.inline(unit, unit.start + len(reader.raw[j]) - len(t) + m.end())
        found.append(Field(label, value, reader.source.loc(unit.start)))
        j += 1
    if found:
        reader.blocks.append(FieldBlock(found, found[0].loc))
    return j - i


def _label_shape(label: str) -> str:
    """``(1)`` and ``(2)`` have one shape, ``1.`` another: a change of shape starts a new list."""
    return _DIGITS.sub("9", _LETTER_LABEL.sub("a", label))


def item_list(reader: BlockReader, i: int, stop: int) -> int:
    j = i
    items: list[ListItem] = []
    shape = ""  # the first item's, worked out once
    while j < stop:
        unit = reader.units[j]
        m = LIST_MARK.match(reader.raw[j])
        if not m or (items and _label_shape(m.group(0).strip()) != shape):
            break
        label = m.group(0).strip()
        if not items:
            shape = _label_shape(label)
        n = _NOT_WORD.sub("", label)
        content = reader.inline(unit, unit.start + m.end())
        items.append(ListItem(label, n, content, reader.source.loc(unit.start)))
        j += 1
    if not items:
        return 0
    style: Literal["ordered", "bulleted", "distribution"] = (
        "bulleted" if items[0].label in "-•*·" else "ordered"
    )
    head = None
    previous = reader.blocks[-1] if reader.blocks else None
    if (
        style == "bulleted"
        and isinstance(previous, Paragraph)
        and DISTRIBUTION_HEAD.search(reader.text(i - 1))
    ):
        reader.blocks.pop()
        head, style = previous.content, "distribution"
    reader.blocks.append(ItemList(style, items, items[0].loc, head))
    return j - i


def page_break(reader: BlockReader, i: int, stop: int) -> int:
    m = PAGE_LINE.match(reader.text(i))
    if not m:
        return 0
    reader.blocks.append(PageBreak(m.group(1), reader.source.loc(reader.units[i].start)))
    return 1


def table(reader: BlockReader, i: int, stop: int) -> int:
    """Lines with tab-separated cells (layout E tables) make one table."""
    j = i
    rows = []
    while j < stop and "\t" in reader.raw[j]:
        unit = reader.units[j]
        cells, pos = [], unit.start
        for part in reader.raw[j].split("\t"):
            cells.append(reader.inline(Unit(pos, pos + len(part))))
            pos += len(part) + 1
        rows.append(cells)
        j += 1
    if rows:
        reader.blocks.append(Table(rows, reader.source.loc(reader.units[i].start)))
    return j - i


def paragraph(reader: BlockReader, i: int, stop: int) -> int:
    unit = reader.units[i]
    reader.blocks.append(Paragraph(reader.inline(unit), reader.source.loc(unit.start)))
    return 1


BLOCK_RULES: list[Callable[[BlockReader, int, int], int]] = [
    rule_line,
    page_break,
    table,
    participants,
    fields,
    item_list,
    paragraph,
]
"""Block rules in the order they are tried; each returns how many units it took."""
