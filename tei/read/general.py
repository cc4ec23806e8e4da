"""The general reader: title, date and footnotes from any page, by what the page shows.

A page no layout claims still says what it is: a heading-like first line, a ``Title:`` or
``Subject:`` field or a numbered head gives its title; a ``Date:`` field, a dateline or the
first full date of its opening lines its date; a trailing block of numbered notes whose numbers
are called in the body (``[1]``, or digits glued to a word) its footnotes
(:mod:`tei.read.notes`). The layouts use the same pieces (layout E is this reader plus its
``Source:`` line), so a rule learnt here helps every copy of every layout.
"""

from __future__ import annotations

import re

from tei.read.layout_e import HEAD_REACH, numbered_head
from tei.read.meta import date_match, iso_date
from tei.read.notes import trailing_notes
from tei.read.page import Line, Page, Sign, Span, lines_of, stripped
from tei.read.source import Source

HEAD = re.compile(r"(\d+[a-z]?)\. (?=\S)")
"""A numbered document head (``6. Memorandum by …``), as FRUS prints it."""
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
_DATELINE_LONGEST = 120
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
    k = numbered_head([line.text.strip() for line in opening[:HEAD_REACH]])
    if k >= 0:  # the head layout E reads, found the same way
        number = HEAD.match(opening[k].text.strip())
        assert number is not None  # numbered_head said so
        span = stripped(opening[k])
        return Span(span.start + number.end(), span.end), "head"
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
    """A ``Date:`` field, else the first short line of the opening that holds a full date."""
    opening = lines[:_OPENING]
    for line in opening:
        m = _DATE_FIELD.match(line.text.strip())
        if m and iso_date(m.group(1)):
            return _value_span(line, m.start(1))
    for line in opening:  # a dateline is a short line; a date inside a paragraph is another's
        if len(line.text) < _DATELINE_LONGEST and iso_date(line.text):
            return stripped(line)
    return None


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
    if date is None and title is not None and title[1] == "citation":
        date = Span(title[0].end, min(title[0].end + 40, len(source.text)))  # its cited date
    if date is not None:
        a, b, iso = date_match(source.text[date.start : date.end])
        if iso:
            page.fields["date"] = Span(date.start + a, date.start + b)
    trailing_notes(source, page)
    found = page.fields.get("title")
    if page.glued_calls and found is not None:
        page.title_cuts = [(a, b) for a, b, _n in page.calls if found.start <= a < found.end]
    return page
