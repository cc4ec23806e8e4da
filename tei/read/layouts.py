"""Layout readers: recognise a page layout and remove its chrome, and only its chrome.

Each layout is a pair (``match``, ``split``) in :data:`LAYOUTS`, tried in order; the first whose
``match`` is true reads the page. The layouts are described in
``../shared/corpus/records/README.md``; ``bare`` takes a record that is only a body.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from tei.read.layout_e import match_e, split_e
from tei.read.page import (
    DATE_LINE,
    DATE_TEXT,
    NOTE_LINE,
    SUPPORT,
    Line,
    Note,
    Page,
    Span,
    lines_of,
    notes_from_lines,
    stripped,
)
from tei.read.source import Source

Matcher = Callable[[str], bool]
Splitter = Callable[[Source], Page]

_B_LABELS = (
    "Document Information",
    "Source",
    "Original Archive",
    "Rights",
    "Original Uploaded Date",
    "Type",
    "Language",
    "Record ID",
    "Associated People & Organizations",
    "Associated Places",
    "Author(s):",
)
_CHROME_START = frozenset(
    {"Associated People & Organizations", "Associated Places", "Author(s):", "Document Information"}
)
_B_FIELDS = {
    "Source": "source",
    "Original Archive": "original_archive",
    "Type": "type",
    "Language": "language",
    "Record ID": "record_id",
    "Original Uploaded Date": "uploaded",
}


def _first(lines: list[Line], test: Callable[[Line], bool], start: int = 0) -> int:
    for i in range(start, len(lines)):
        if test(lines[i]):
            return i
    return -1


def _next_nonblank(lines: list[Line], i: int) -> int:
    return _first(lines, lambda ln: not ln.blank, i + 1)


# ---------------------------------------------------------------- layouts A and A2


def match_a(text: str) -> bool:
    return text.startswith("Search in") and "\nEnglish HTML\n" in text + "\n"


def split_a(source: Source) -> Page:
    lines = lines_of(source)
    layout = "A2" if len(lines) > 1 and lines[1].text.startswith("ADD SEARCH FILTER") else "A"
    html = _first(lines, lambda ln: ln.text.strip() == "English HTML")
    body_start = lines[html].end + 1 if html + 1 < len(lines) else len(source.text)
    page = Page(layout, Span(body_start, len(source.text)))
    date = _first(lines, lambda ln: bool(DATE_LINE.match(ln.text.strip())))
    if date >= 0:
        page.fields["date"] = stripped(lines[date])
    support = _first(lines, lambda ln: bool(SUPPORT.match(ln.text.strip())))
    if 0 <= support < html:
        page.fields["support"] = stripped(lines[support])
    cite = _first(lines, lambda ln: ln.text.strip() == "get citation")
    if 0 <= cite < html:
        summary = _next_nonblank(lines, cite)
        page.fields["summary"] = stripped(lines[summary])
        citation = _next_nonblank(lines, summary)
        if citation >= 0 and lines[citation].text.strip()[:1] in '"“':
            page.fields["citation"] = stripped(lines[citation])
    share = _first(lines, lambda ln: ln.text.strip().endswith("share document"))
    if 0 <= share < html:
        url = _next_nonblank(lines, share)
        if url < html and lines[url].text.strip().startswith("http"):
            page.fields["url"] = stripped(lines[url])
    _cut_notes(source, page)
    return page


def _cut_notes(source: Source, page: Page, limit: int | None = None) -> None:
    """Footnote texts (``[n] …`` lines) end the body; read them as notes."""
    end = page.body.end if limit is None else limit
    m = _first_note_line(source.text, page.body.start, end)
    if m:
        page.notes = notes_from_lines(lines_of(source, m.start(), end))
        page.body.end = m.start()


def _first_note_line(text: str, start: int, end: int) -> re.Match[str] | None:
    """``NOTE_LINE.search(text, start, end)``, trying the pattern only at ``[`` after a newline:
    str.find skips the rest in C, where the search tries every character."""
    m = NOTE_LINE.match(text, start, end)
    pos = start
    while m is None:
        found = text.find("\n[", pos, end)
        if found == -1:
            return None
        m = NOTE_LINE.match(text, found + 1, end)
        pos = found + 1
    return m


# ---------------------------------------------------------------- layouts B and C


def match_b(text: str) -> bool:
    return text.startswith("Skip to content\n") and "\nDocument Information\n" in text


def match_c(text: str) -> bool:
    first = text.split("\n", 1)[0].strip()
    return bool(DATE_LINE.match(first)) and "\nDocument Information\n" in text


def split_bc(source: Source) -> Page:
    lines = [ln for ln in lines_of(source) if ln.text.strip(" \t\u00a0")]
    layout = "B" if lines[0].text.startswith("Skip to content") else "C"
    i = 1 if layout == "B" else 0
    page = Page(layout, Span(0, 0), one_paragraph_per_line=layout == "C")
    page.fields["date"] = stripped(lines[i])
    page.fields["title"] = stripped(lines[i + 1])
    first_body = i + 2
    if SUPPORT.match(lines[first_body].text.strip()):
        page.fields["support"] = stripped(lines[first_body])
        first_body += 1
    info = _first(lines, lambda ln: ln.text.strip() == "Document Information", first_body)
    end = _first(lines, lambda ln: ln.text.strip() in _CHROME_START, first_body)
    author = _first(lines, lambda ln: ln.text.strip() == "Author(s):", first_body)
    if 0 <= author < info:
        page.authors = [
            stripped(ln) for ln in lines[author + 1 : info] if ln.text.strip() not in _B_LABELS
        ]
    summary = end - 1
    page.fields["summary"] = stripped(lines[summary])
    page.body = Span(lines[first_body].start, lines[summary].start)
    _cut_notes(source, page)
    _read_info(lines, info, page)
    return page


def _read_info(lines: list[Line], info: int, page: Page) -> None:
    """The ``Document Information`` block: each label, then its value on the next line."""
    i = info + 1
    while i < len(lines):
        label = lines[i].text.strip()
        value = lines[i + 1] if i + 1 < len(lines) else None
        has_value = value is not None and value.text.strip() not in _B_LABELS
        if label == "Rights":
            j = i + 1
            while j < len(lines) and lines[j].text.strip() not in _B_LABELS:
                page.rights.append(stripped(lines[j]))
                j += 1
            i = j
            continue
        if label in _B_FIELDS and has_value and value is not None:
            page.fields[_B_FIELDS[label]] = stripped(value)
            i += 2
            continue
        i += 2 if has_value and label in _B_LABELS else 1


# ---------------------------------------------------------------- layout D

_D_HEAD = re.compile(
    r"^Digital Archive digitalarchive\.wilsoncenter\.org International History Declassified "
    rf"(?P<date>{DATE_TEXT}) (?P<title>.+?) Citation: (?P<citation>.+?) "
    r"Summary: (?P<summary>.+?) Credits: (?P<support>.+?) Original Language: (?P<language>.+?) "
    r"Contents: English Translation "
)


def match_d(text: str) -> bool:
    return bool(_D_HEAD.match(text))


def split_d(source: Source) -> Page:
    text = source.text.rstrip()
    m = _D_HEAD.match(text)
    assert m is not None  # match_d said so
    page = Page("D", Span(m.end(), len(text)), run_on=True)
    for name in ("date", "title", "summary", "support", "language"):
        page.fields[name] = Span(m.start(name), m.end(name))
    citation = m.group("citation")
    url = re.search(r" (https?://\S+)$", citation)
    if url:
        page.fields["url"] = Span(m.start("citation") + url.start(1), m.end("citation"))
        page.fields["citation"] = Span(m.start("citation"), m.start("citation") + url.start())
    else:
        page.fields["citation"] = Span(m.start("citation"), m.end("citation"))
    first_note = text.rfind(" [1] ", page.body.start)
    if first_note != -1:
        page.body.end = first_note
        parts = list(re.finditer(r"\[(\d{1,3})\] ", text[first_note:]))
        for k, part in enumerate(parts):
            start = first_note + part.end()
            stop = first_note + parts[k + 1].start() if k + 1 < len(parts) else len(text)
            page.notes.append(Note(part.group(1), Span(start, len(text[:stop].rstrip()))))
    return page


# ---------------------------------------------------------------- a bare body


def match_bare(text: str) -> bool:
    return True


def split_bare(source: Source) -> Page:
    page = Page("bare", Span(0, len(source.text)))
    _cut_notes(source, page)
    return page


LAYOUTS: list[tuple[str, Matcher, Splitter]] = [
    ("D", match_d, split_d),
    ("E", match_e, split_e),
    ("A", match_a, split_a),
    ("B", match_b, split_bc),
    ("C", match_c, split_bc),
    ("bare", match_bare, split_bare),
]
"""Layout readers in the order they are tried; ``bare`` takes whatever is left."""


def split_page(source: Source) -> Page:
    """Find the layout of a page and where its parts are."""
    for _name, match, split in LAYOUTS:
        if match(source.text):
            return split(source)
    raise AssertionError("the bare layout matches every text")
