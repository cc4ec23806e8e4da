"""The general reader: title, date and footnotes from any page, by what the page shows.

A page no layout claims still says what it is: a heading-like first line, a ``Title:`` or
``Subject:`` field or a numbered head gives its title; a ``Date:`` field, a dateline or the
first full date of its opening lines its date; a trailing block of numbered notes whose numbers
are called in the body (``[1]``, or digits glued to a word) its footnotes. The layouts use the
same pieces (layout E is this reader plus its ``Source:`` line), so a rule learnt here helps
every copy of every layout.
"""

from __future__ import annotations

import re

from tei.read.layout_e import find_calls, glued_at, plain_digits, run_ending_with
from tei.read.meta import date_match, iso_date
from tei.read.page import Line, Note, Page, Sign, Span, lines_of, stripped
from tei.read.source import Source

HEAD = re.compile(r"(\d+[a-z]?)\. (?=\S)")
"""A numbered document head (``6. Memorandum by …``), as FRUS prints it."""
_NOTE = re.compile(r"(?:\[(\d{1,3}[a-z]?)\]|(\d{1,3}[a-z]?|\*)\.)[ \t]+(?=\S)")
NOTES_HEADING = re.compile(r"^(?:foot|end)?notes?:?$", re.I)
_TITLE_FIELD = re.compile(r"^(?:Title|Document title|Subject|SUBJECT|Re|RE|Subj\.?)\s*:\s*(\S.*)$")
_TITLE_LABEL = re.compile(r"^(?:Title|Subject|SUBJECT|Document title)$")
_DATE_FIELD = re.compile(
    r"^(?:(?:Document|Publication|Original)\s+)?(?:Date(?:\(s\)|s)?(?: and Time| of document)?"
    r"|Dated|Sent|DATE)\s*:?\s+(\S.*)$"
)
"""The document's own date field; a catalogue's creation or release date of the scan is not."""
_CITED = re.compile(
    r"(?:^|Citation:\s*)[“\"]([^“”\"]{8,400}?),?[”\"],?\s+(?:\d{1,2}\s)?"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
)
"""A citation's quoted title, followed by its date: the title of a page that cites itself."""
_FIELDISH = re.compile(r"^[A-Z][\w()&/ .-]{0,30}:\s")
_OPENING = 12
"""How many non-blank lines count as the page's opening, where title and date are looked for."""


def content_lines(source: Source, start: int = 0, end: int | None = None) -> list[Line]:
    """The non-blank lines of a stretch, with their offsets."""
    return [ln for ln in lines_of(source, start, end) if ln.text.strip()]


def opening_lines(source: Source, start: int = 0, count: int = _OPENING) -> list[Line]:
    """The first ``count`` non-blank lines from ``start``: a page's opening, without cutting
    the whole page into lines."""
    text = source.text
    found: list[Line] = []
    pos = start
    size = len(text)
    while pos <= size:
        end = text.find("\n", pos)
        if end == -1:
            end = size
        if not text[pos:end].isspace() and end > pos:
            found.append(Line(pos, text[pos:end]))
            if len(found) == count:
                break
        pos = end + 1
    return found


def heading_like(text: str, capital: bool = True) -> bool:
    """A title line: short, capitalised (unless ``capital`` is False: a numbered head is a
    head whatever its case), not a sentence, not a ``Label: value`` field."""
    t = text.strip()
    words = t.split()
    if not words or len(words) > 30 or len(t) > 250:
        return False
    if capital and not (t[0].isupper() or t[0].isdigit() or t[0] in "“\"'‘["):
        return False
    if _FIELDISH.match(t) or t.endswith((",", ";", ":")):
        return False
    return not (t.endswith(".") and len(words) > 3 and not t.endswith(("etc.", "No.")))


def find_title(lines: list[Line]) -> tuple[Span, str] | None:
    """The title's span and how it was found (``head``, ``field``, ``heading``)."""
    opening = lines[:_OPENING]
    for line in opening[:6]:
        m = HEAD.match(line.text.strip())
        if m and heading_like(line.text.strip()[m.end() :], capital=False):
            span = stripped(line)
            return Span(span.start + m.end(), span.end), "head"
    for k, line in enumerate(opening):
        t = line.text.strip()
        m = _TITLE_FIELD.match(t)
        if m and not t.startswith(("Subject", "SUBJECT", "Re", "RE", "Subj")):
            return _value_span(line, m.start(1)), "field"
        if _TITLE_LABEL.match(t) and k + 1 < len(opening):
            return stripped(opening[k + 1]), "field"
    if opening and heading_like(opening[0].text):
        return stripped(opening[0]), "heading"
    for k, line in enumerate(opening):
        m = _TITLE_FIELD.match(line.text.strip())
        if m:
            return _value_span(line, m.start(1)), "field"
        if _TITLE_LABEL.match(line.text.strip()) and k + 1 < len(opening):
            return stripped(opening[k + 1]), "field"
    for line in opening:
        m = _CITED.search(line.text)
        if m:
            return Span(line.start + m.start(1), line.start + m.end(1)), "citation"
    return None


def _value_span(line: Line, at: int) -> Span:
    lead = len(line.text) - len(line.text.lstrip())
    span = stripped(line)
    return Span(line.start + lead + at, span.end)


def find_date(source: Source, lines: list[Line]) -> Span | None:
    """A ``Date:`` field, else the first line of the opening that holds a full date."""
    opening = lines[:_OPENING]
    for line in opening:
        m = _DATE_FIELD.match(line.text.strip())
        if m and iso_date(m.group(1)):
            return _value_span(line, m.start(1))
    for line in opening:
        if iso_date(line.text):
            return stripped(line)
    return None


def note_of(line: Line) -> Note | None:
    """A footnote line (``[1] text``, ``1. text``, ``*. text``), indented or not."""
    text = line.text
    lead = len(text) - len(text.lstrip())
    m = _NOTE.match(text, lead)
    if m is None:
        return None
    return Note(m.group(1) or m.group(2), Span(line.start + m.end(), stripped(line).end))


def trailing_notes(source: Source, page: Page, calls_from: int = -1) -> None:
    """Cut the footnote texts off the end of the body and find their calls.

    The notes are the last block of note lines: after a notes heading when there is one (the
    heading is chrome), else the note lines after the body whose numbers the body calls, as
    ``[n]`` or as digits glued to a word. Lines that are neither notes nor blank join the note
    before them (a note of two paragraphs). ``[n]`` calls are read inline; glued ones are
    found here, from ``calls_from`` (the body's start when -1).
    """
    lines = lines_of(source, _window(source, page), page.body.end)
    start = _notes_start(source, page, lines)
    if start < 0:
        return
    notes: list[Note] = []
    for line in lines[start:]:
        note = note_of(line)
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


_HEADING_LINE = re.compile(r"[ \t]*(?:foot|end)?notes?:?[ \t]*(?:\n|$)", re.I)
_BRACKET_NOTE_LINE = re.compile(r"[ \t]*\[\d{1,3}[a-z]?\][ \t]+\S")


def _window(source: Source, page: Page) -> int:
    """Where the lines that can hold the notes block start: the first notes heading, the first
    ``[n]`` line, or the run of note lines and blank lines that ends the body (and the line
    before it). Found with C-level searches, so a long body is not cut into lines twice."""
    text, start, end = source.text, page.body.start, page.body.end
    window = end
    for word in ("otes", "OTES"):
        at = _line_with(text, start, end, word, _HEADING_LINE)
        if 0 <= at < window:
            window = at
    at = _line_with(text, start, window, "[", _BRACKET_NOTE_LINE)
    if at >= 0:
        window = at
    pos = end
    while pos > start:
        line_start = max(text.rfind("\n", start, pos) + 1, start)
        window = min(window, line_start)
        line = text[line_start:pos]
        if line.strip() and _NOTE.match(line, len(line) - len(line.lstrip())) is None:
            break
        pos = line_start - 1
    return window


def _line_with(text: str, start: int, end: int, needle: str, line: re.Pattern[str]) -> int:
    """The start of the first line in ``[start, end)`` that holds ``needle`` and matches
    ``line`` from its start: str.find skips in C what a multiline search would try at every
    character."""
    at = text.find(needle, start, end)
    while at != -1:
        line_start = max(text.rfind("\n", start, at) + 1, start)
        if line.match(text, line_start, end) is not None:
            return line_start
        nxt = text.find("\n", at, end)
        if nxt == -1:
            return -1
        at = text.find(needle, nxt, end)
    return -1


def _bracket_calls(source: Source, page: Page) -> bool:
    """Whether the body calls its notes as ``[n]`` rather than as glued digits: the form more of
    the notes are called by (a ``[6]`` in a table of figures is no call style)."""
    text, start, end = source.text, 0, page.body.end
    numbers = {n.n for n in page.notes}
    bracketed = sum(1 for n in numbers if text.find(f"[{n}]", start, end) >= 0)
    if not bracketed:
        return False
    return bracketed >= sum(1 for n in numbers if glued_at(text, start, end, n))


def _notes_start(source: Source, page: Page, lines: list[Line]) -> int:
    """Index of the first note line of the trailing notes block, or -1."""
    for heading in range(len(lines) - 1, -1, -1):
        if NOTES_HEADING.match(lines[heading].text.strip()):
            k = heading + 1
            while k < len(lines) and not lines[k].text.strip():
                k += 1
            if k < len(lines) and note_of(lines[k]) is not None:
                return k
    for k, line in enumerate(lines):
        note = note_of(line)
        if note is not None and line.text.lstrip().startswith("["):
            return k
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
            return start
        start = _next_note(lines, start + 1)
    return -1


def _called(source: Source, lines: list[Line], k: int, n: str) -> bool:
    """Whether the note line ``lines[k]`` numbered ``n`` has a call before it: ``n`` glued to a
    word, or, when the line does not go on a numbered list, ending a run of digits
    (``193687``: a year and call 87)."""
    text, end = source.text, lines[k].start
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


_OPENING_FIELDS = re.compile(r"^(?:Date|Place|Participants|Present|Location|Time)\s*:")


def signs_bare(content: list[str], text: str) -> list[Sign]:
    """A bare body: a title line, then the document, often opening with ``Date:`` fields, and
    no other labelled fields (a catalogue's or a mail's) around them."""
    others = [t for t in content[1:4] if _FIELDISH.match(t) and not _OPENING_FIELDS.match(t)]
    return [
        ("only 'Date:', 'Place:' or 'Participants:' fields at the top", 1, True, not others),
        ("a heading-like first line", 2, True, bool(content) and heading_like(content[0])),
        (
            "'Date:', 'Place:' or 'Participants:' under the title",
            3,
            False,
            any(_OPENING_FIELDS.match(t) for t in content[1:4]),
        ),
    ]


def split_general(source: Source, layout: str, opening: list[Line] | None = None) -> Page:
    """Any page: its title, date, footnotes and body, by what the page shows.

    The title line stays in the body, as the page prints it; the header holds it too."""
    lines = opening[:_OPENING] if opening is not None else opening_lines(source)
    page = Page(layout, Span(lines[0].start if lines else 0, len(source.text.rstrip())))
    title = find_title(lines)
    if title is not None:
        span, how = title
        page.fields["title"] = span
        if how == "head":
            line = next(ln for ln in lines if ln.start <= span.start <= ln.end)
            page.fields["number"] = Span(stripped(line).start, span.start - 2)
    date = find_date(source, lines)
    if date is not None:
        a, b, _iso = date_match(source.text[date.start : date.end])
        page.fields["date"] = Span(date.start + a, date.start + b)
    trailing_notes(source, page)
    found = page.fields.get("title")
    if page.glued_calls and found is not None:
        page.title_cuts = [(a, b) for a, b, _n in page.calls if found.start <= a < found.end]
    return page
