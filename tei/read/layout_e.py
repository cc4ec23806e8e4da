"""Layout E: a FRUS document page (history.state.gov) copied as text.

``N. head`` / ``Source: note`` / blank / body / ``Footnotes`` / ``N. note`` lines, with
``[Page N]`` markers and footnote numbers glued to the word before them
(``tests/fixtures/frus_e/README.md`` describes it exactly). Glued numbers are found by the
numbers of the notes listed at the end, in order, since a number glued to a year (``193687``)
cannot be told apart otherwise.
"""

from __future__ import annotations

import re

from tei.read.meta import iso_date
from tei.read.page import DATE_TEXT, Line, Note, Page, Span, lines_of, stripped
from tei.read.source import Source

_DATE = re.compile(DATE_TEXT)
_HEAD = re.compile(r"^(\d+[a-z]?)\. \S")
_NOTE = re.compile(r"^([0-9]+[a-z]?|\*)\. ")
SEPARATOR = "Footnotes"


def match_e(text: str) -> bool:
    first, _, rest = text.partition("\n")
    return bool(_HEAD.match(first)) and rest.startswith("Source: ")


_RUN = re.compile(r"([\d*](?<!\d[\d*])(?:(?<=\d)\d*[a-z]?)?)(?=[\s,.;:)\]”’\"—]|$)")
"""A run of digits (and a letter: ``12a``) or ``*`` not glued after a digit, ending before a
space, punctuation or the end of the stretch."""


def find_calls(
    source: Source, start: int, end: int, numbers: list[str]
) -> list[tuple[int, int, str]]:
    """Where each note's number is glued in ``[start, end)``, searched in the notes' order.

    A number glued to a word or punctuation (``Minister1``, ``1936,41``) is preferred; only
    when there is none further on is a number glued to digits taken (``193687``: 1936 + 87).
    The search goes on after the run the last call was found in.
    """
    text = source.text
    calls: list[tuple[int, int, str]] = []
    pos = start
    for n in numbers:
        found = _glued_run(text, start, pos, end, n)
        if found is None:
            found = _run_ending_with(text, pos, end, n)
        if found is not None:
            calls.append((found - len(n), found, n))
            pos = found
    return calls


# Both searches find the number with str.find and try _RUN only where it occurs: a regex
# scan of the whole stretch for runs costs ~10x more (the engine tries every character).


def _glued_run(text: str, start: int, pos: int, end: int, n: str) -> int | None:
    """The end of the first run from ``pos`` that is ``n``, glued to what is before it."""
    if not n:
        return None
    a = text.find(n, pos, end)
    while a != -1:
        if a > start and not text[a - 1].isspace() and not text[a - 1].isdecimal():
            m = _RUN.match(text, a, end)
            if m is not None and m.end() == a + len(n):
                return m.end()
        a = text.find(n, a + 1, end)
    return None


def _run_ending_with(text: str, pos: int, end: int, n: str) -> int | None:
    """The end of the first run from ``pos`` that ends with ``n`` and is longer.

    All of a run but its last character are digits, so ``n`` follows a digit and the run
    starts where the digits before it start.
    """
    if not n:
        m = _RUN.search(text, pos, end)
        return None if m is None else m.end()
    c = text.find(n, pos + 1, end)
    while c != -1:
        if text[c - 1].isdecimal():
            a = c - 1
            while a > pos and text[a - 1].isdecimal():
                a -= 1
            m = _RUN.match(text, a, end)
            if m is not None and m.end() == c + len(n):
                return m.end()
        c = text.find(n, c + 1, end)
    return None


def split_e(source: Source) -> Page:
    lines = lines_of(source)
    head = lines[0]
    number = _HEAD.match(head.text)
    assert number is not None  # match_e said so
    sep = max((i for i, ln in enumerate(lines) if ln.text == SEPARATOR), default=-1)
    body_end_line = sep if sep > 0 else len(lines)
    body_lines = lines[3:body_end_line]
    end = body_lines[-1].end if body_lines else lines[min(2, len(lines) - 1)].end
    page = Page("E", Span(lines[3].start if len(lines) > 3 else end, end))
    page.fields["number"] = Span(head.start, head.start + len(number.group(1)))
    page.fields["source_note"] = Span(lines[1].start + len("Source: "), stripped(lines[1]).end)
    if sep > 0:
        page.notes = _notes(lines[sep + 1 :])
    numbers = [note.n for note in page.notes]
    head_start = head.start + number.end() - 1
    calls = find_calls(source, head_start, page.body.end, numbers)
    head_calls = [c for c in calls if c[0] < head.end]
    page.title_cuts = [(a, b) for a, b, _n in head_calls]
    page.fields["title"] = Span(head_start, head.end)
    page.fields["head"] = Span(head_start, head.end)
    page.calls = calls
    _dateline(source, body_lines, page)
    return page


def _notes(lines: list[Line]) -> list[Note]:
    notes: list[Note] = []
    for line in lines:
        m = _NOTE.match(line.text)
        if m:
            notes.append(Note(m.group(1), Span(line.start + m.end(), stripped(line).end)))
        elif notes and line.text.strip():
            notes[-1].span.end = stripped(line).end
    return notes


def _dateline(source: Source, body: list[Line], page: Page) -> None:
    """The dateline is the first block (after an ``[Extract]``-like label) that holds a date."""
    blocks: list[list[Line]] = [[]]
    for line in body:
        if line.text.strip():
            blocks[-1].append(line)
        elif blocks[-1]:
            blocks.append([])
        if len(blocks) > 2:
            break
    label: Span | None = None
    for block in blocks[:2]:
        if not block:
            return
        text = " ".join(ln.text for ln in block)
        if len(text) < 160 and iso_date(text):
            page.fields["dateline"] = Span(block[0].start, block[-1].end)
            found = _DATE.search(source.text, block[0].start, block[-1].end)
            if found:
                page.fields["date"] = Span(found.start(), found.end())
            page.body.start = block[-1].end
            if label is not None:
                page.fields["source_label"] = label
            return
        if not (text.startswith("[") and text.endswith("]")):
            return
        label = Span(block[0].start, block[-1].end)
