"""Footnotes at the end of a page and their calls in the body, by evidence.

The notes are the last block of note lines (``[1] text``, ``1. text``, indented or not, with or
without a ``Notes``/``Footnotes`` heading); a run of numbered lines without a heading is taken
for notes only when the body calls their numbers. Calls are ``[n]``, digits glued to a word, or
superscript digits: whichever more of the notes are called by.
"""

from __future__ import annotations

import re

from tei.read.layout_e import find_calls, glued_at, plain_digits, run_ending_with
from tei.read.page import Line, Note, Page, Span, lines_of, stripped
from tei.read.source import Source

_NOTE = re.compile(r"(?:\[(\d{1,3}[a-z]?)\]|(\d{1,3}[a-z]?|\*)\.|([⁰¹²³⁴⁵⁶⁷⁸⁹]+))[ \t]+(?=\S)")
_LOOSE_NOTE = re.compile(
    r"(?:\[(\d{1,3}[a-z]?)\]|(\d{1,3}[a-z]?|\*)[.)]?|([⁰¹²³⁴⁵⁶⁷⁸⁹]+))[ \t]+(?=\S)"
)
"""Under a notes heading a number alone labels a note too (``1 Text``, ``1) Text``)."""
NOTES_HEADING = re.compile(r"^(?:foot|end)?notes?:?$", re.I)


def note_of(line: Line, loose: bool = False) -> Note | None:
    """A footnote line (``[1] text``, ``1. text``, ``*. text``, ``¹ text``), indented or not;
    ``loose`` (under a notes heading) also takes ``1 text`` and ``1) text``."""
    text = line.text
    lead = len(text) - len(text.lstrip())
    m = (_LOOSE_NOTE if loose else _NOTE).match(text, lead)
    if m is None:
        return None
    n = m.group(1) or m.group(2) or plain_digits(m.group(3))
    return Note(n, Span(line.start + m.end(), stripped(line).end))


def trailing_notes(source: Source, page: Page, calls_from: int = -1) -> None:
    """Cut the footnote texts off the end of the body and find their calls.

    The notes are the last block of note lines: after a notes heading when there is one (the
    heading is chrome), else the note lines after the body whose numbers the body calls, as
    ``[n]`` or as digits glued to a word. Lines that are neither notes nor blank join the note
    before them (a note of two paragraphs). ``[n]`` calls are read inline; glued ones are
    found here, from ``calls_from`` (the body's start when -1).
    """
    lines = lines_of(source, _window(source, page), page.body.end)
    start, loose = _notes_start(source, page, lines)
    if start < 0:
        return
    notes: list[Note] = []
    for line in lines[start:]:
        note = note_of(line, loose)
        if note is not None:
            notes.append(note)
        elif notes and line.text.strip():
            notes[-1].span.end = stripped(line).end
    head = start
    while head > 0 and not lines[head - 1].text.strip():
        head -= 1
    if head > 0 and NOTES_HEADING.match(lines[head - 1].text.strip()):
        head -= 1
    page.notes = notes
    page.body.end = lines[head].start if head < len(lines) else page.body.end
    while page.body.end > page.body.start and source.text[page.body.end - 1] in " \n":
        page.body.end -= 1
    assign_calls(source, page, calls_from)


def assign_calls(source: Source, page: Page, calls_from: int = -1) -> None:
    """Read the notes' calls as ``[n]`` or, when more notes are called so, as digits glued to a
    word (superscripts too), searched from ``calls_from`` (the body's start when -1)."""
    if page.notes and not _bracket_calls(source, page):
        page.glued_calls = True
        first = page.body.start if calls_from < 0 else calls_from
        page.calls = find_calls(source, first, page.body.end, [n.n for n in page.notes])


_SUPERSCRIPT_RUN = re.compile(r"(?<=[^\s\d⁰¹²³⁴⁵⁶⁷⁸⁹])[⁰¹²³⁴⁵⁶⁷⁸⁹]+")


def superscript_calls(source: Source, page: Page) -> None:
    """Superscript digits glued to a word are note calls by their type, even when the page
    lost the note (the call is kept, as a call whose note is missing)."""
    text = source.text
    if plain_digits(text) is text:
        return
    taken = [(a, b) for a, b, _n in page.calls]
    for m in _SUPERSCRIPT_RUN.finditer(text, page.body.start, page.body.end):
        if not any(a < m.end() and m.start() < b for a, b in taken):
            page.calls.append((m.start(), m.end(), plain_digits(m.group())))
    page.calls.sort()


_HEADING_LINE = re.compile(
    r"\n[ \t]*(?:[Ff]oot|[Ee]nd|FOOT|END)?(?:[Nn]otes?|NOTES?):?[ \t]*(?=\n|$)"
)
_BRACKET_NOTE_LINE = re.compile(r"\n[ \t]*\[\d{1,3}[a-z]?\][ \t]+\S")
"""Both start with a newline: the regex engine then jumps from newline to newline in C, where a
``^`` pattern is tried at every character."""


def _window(source: Source, page: Page) -> int:
    """Where the lines that can hold the notes block start: the first notes heading, the first
    ``[n]`` line, or the run of note lines and blank lines that ends the body (and the line
    before it). Found with C-level searches, so a long body is not cut into lines twice."""
    text, start, end = source.text, page.body.start, page.body.end
    window = end
    from_ = max(start - 1, 0)  # a line starting right at the body's start counts
    heading = _HEADING_LINE.search(text, from_, end)
    if heading is not None:
        window = heading.start() + 1
    bracket = _BRACKET_NOTE_LINE.search(text, from_, window)
    if bracket is not None:
        window = bracket.start() + 1
    pos = end
    while pos > start:
        line_start = max(text.rfind("\n", start, pos) + 1, start)
        window = min(window, line_start)
        line = text[line_start:pos]
        if line.strip() and _NOTE.match(line, len(line) - len(line.lstrip())) is None:
            break
        pos = line_start - 1
    return max(window, start)


def _bracket_calls(source: Source, page: Page) -> bool:
    """Whether the body calls its notes as ``[n]`` rather than as glued digits: the form more of
    the notes are called by (a ``[6]`` in a table of figures is no call style)."""
    text, start, end = source.text, 0, page.body.end
    numbers = {n.n for n in page.notes}
    bracketed = sum(1 for n in numbers if text.find(f"[{n}]", start, end) >= 0)
    if not bracketed:
        return False
    return bracketed >= sum(1 for n in numbers if glued_at(text, start, end, n))


def _notes_start(source: Source, page: Page, lines: list[Line]) -> tuple[int, bool]:
    """Index of the first note line of the trailing notes block (-1 when there is none), and
    whether it is under a notes heading (where a bare number labels a note)."""
    for heading in range(len(lines) - 1, -1, -1):
        if NOTES_HEADING.match(lines[heading].text.strip()):
            k = heading + 1
            while k < len(lines) and not lines[k].text.strip():
                k += 1
            if k < len(lines) and note_of(lines[k], True) is not None:
                return k, True
    for k, line in enumerate(lines):
        note = note_of(line)
        if note is not None and line.text.lstrip().startswith("["):
            return k, False
    # numbered notes without a heading: the trailing run of note lines the body calls
    start = -1
    k = len(lines) - 1
    while k >= 0:
        line = lines[k]
        if line.text.strip() and note_of(line) is None:
            break
        if note_of(line) is not None:
            start = k
        k -= 1
    while start >= 0:
        note = note_of(lines[start])
        if note is not None and _called(source, lines, start, note.n):
            return start, False
        start = _next_note(lines, start + 1)
    return -1, False


def _called(source: Source, lines: list[Line], k: int, n: str) -> bool:
    """Whether the note line ``lines[k]`` numbered ``n`` has a call before it: ``n`` glued to a
    word, or, when the line does not go on a numbered list, ending a run of digits
    (``193687``: a year and call 87)."""
    text, end = plain_digits(source.text), lines[k].start
    if glued_at(text, 0, end, n):
        return True
    before = k - 1
    while before >= 0 and not lines[before].text.strip():
        before -= 1
    if before >= 0 and note_of(lines[before]) is not None:
        return False
    return run_ending_with(text, 0, end, n) is not None


def _next_note(lines: list[Line], k: int) -> int:
    while k < len(lines):
        if note_of(lines[k]) is not None:
            return k
        k += 1
    return -1
