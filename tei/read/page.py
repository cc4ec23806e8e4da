"""What a layout reader returns: the page's metadata and where its body and notes are.

Layouts differ only in their chrome; once a layout has said where the body and the footnote
texts are, the body is read the same way for all of them (``tei.read.blocks``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tei.read.source import Source

MONTH_NAMES = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
)
DATE_TEXT = rf"(?:{MONTH_NAMES}) \d{{1,2}}, \d{{4}}"
DATE_LINE = re.compile(rf"^{DATE_TEXT}$")
SUPPORT = re.compile(
    r"^This document was made possible with support from (?:the )?(?P<funder>.+?)\.?$"
)
NOTE_LINE = re.compile(r"^\[(\d{1,3})\] ", re.M)


def has_line(text: str, line: str) -> bool:
    """Whether ``text`` has a line that is ``line`` (spaces around it aside), found with
    str.find rather than by cutting the text into lines."""
    at = text.find(line)
    while at != -1:
        start = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at)
        if text[start : len(text) if end == -1 else end].strip() == line:
            return True
        at = text.find(line, at + 1)
    return False


Sign = tuple[str, int, bool, bool]
"""A layout's sign: (what it is, its weight, whether the layout needs it, whether it is there)."""


@dataclass(slots=True)
class Span:
    """A stretch ``[start, end)`` of the source text."""

    start: int
    end: int

    # Written out: mypyc compiles it; the @dataclass-made one runs interpreted (6x slower).
    def __init__(self, start: int, end: int) -> None:
        self.start = start
        self.end = end


@dataclass(slots=True)
class Note:
    n: str
    span: Span
    """The note's text, after its label."""

    def __init__(self, n: str, span: Span) -> None:
        self.n = n
        self.span = span


@dataclass(slots=True)
class Page:
    """A layout's findings. Values are spans into the source, so every one has a location."""

    layout: str
    body: Span
    fields: dict[str, Span] = field(default_factory=dict)
    """``title``, ``date``, ``summary``, ``citation``, ``support``, ``source``, ``url``,
    ``record_id``, ``type``, ``language``, ``original_archive``, ``source_note``, ``number``."""
    authors: list[Span] = field(default_factory=list)
    rights: list[Span] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    one_paragraph_per_line: bool = False
    run_on: bool = False
    """Layout D: the whole body is one line and needs splitting at labels."""
    title_cuts: list[tuple[int, int]] = field(default_factory=list)
    """Stretches of the title field that are not title (glued note calls on the head)."""
    calls: list[tuple[int, int, str]] = field(default_factory=list)
    """Footnote numbers glued to words (layout E), as (start, end, number)."""
    glued_calls: bool = False
    """The notes are called by digits glued to words, not by ``[n]``."""
    missed: list[str] = field(default_factory=list)
    """Signs of the nearest layout the page lacks, when no layout claimed it."""
    nearest: str = ""


@dataclass(slots=True)
class Line:
    start: int
    text: str

    # Written out: mypyc compiles it; the @dataclass-made one runs interpreted (6x slower).
    def __init__(self, start: int, text: str) -> None:
        self.start = start
        self.text = text

    @property
    def end(self) -> int:
        return self.start + len(self.text)

    @property
    def blank(self) -> bool:
        return not self.text.strip()


def lines_of(source: Source, start: int = 0, end: int | None = None) -> list[Line]:
    """The lines of ``source.text[start:end]`` with their offsets."""
    stop = len(source.text) if end is None else end
    result: list[Line] = []
    if start > stop:
        return result
    pos = start
    for text in source.text[start:stop].split("\n"):  # one split, not a find per line
        result.append(Line(pos, text))
        pos += len(text) + 1
    return result


def stripped(line: Line) -> Span:
    """The span of a line without its leading and trailing whitespace."""
    lead = len(line.text) - len(line.text.lstrip())
    return Span(line.start + lead, line.start + len(line.text.rstrip()))


def notes_from_lines(lines: list[Line]) -> list[Note]:
    """``[1] text`` lines (A, A2, B, C) as notes; continuation lines join the note before."""
    notes: list[Note] = []
    for line in lines:
        m = NOTE_LINE.match(line.text)
        if m:
            span = stripped(line)
            notes.append(Note(m.group(1), Span(line.start + m.end(), span.end)))
        elif notes and not line.blank:
            notes[-1].span.end = stripped(line).end
    return notes
