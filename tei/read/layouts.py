"""Layout readers: recognise a page layout by its signs and remove its chrome, and only that.

Each layout is a pair (``signs``, ``split``) in :data:`LAYOUTS`: ``signs`` says which of the
layout's signs the page shows (weighted, some required), and the best score above
:data:`CLAIM` reads the page, so a page copied a little differently from the template is still
claimed. A page no layout claims goes to the general reader with the nearest layout and the
signs it missed. The layouts are described in ``../shared/corpus/records/README.md``; ``bare``
takes a record that is only a body.
"""

from __future__ import annotations

from collections.abc import Callable

from tei.read.general import find_date, find_title, opening_lines, signs_bare, split_general
from tei.read.layout_d import signs_d, split_d
from tei.read.layout_e import signs_e, split_e
from tei.read.meta import date_match
from tei.read.notes import superscript_calls, trailing_notes
from tei.read.page import (
    DATE_LINE,
    SUPPORT,
    Line,
    Page,
    Sign,
    Span,
    has_line,
    lines_of,
    stripped,
)
from tei.read.source import Source

Signs = Callable[[list[str], str], list[Sign]]
"""A layout's signs, from the page's first non-blank lines (stripped) and its text."""
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


def signs_a(content: list[str], text: str) -> list[Sign]:
    opening = content[:10]
    return [
        ("'Search in' at the top", 2, False, "Search in" in content[:2]),
        (
            "'Digital Archive International History Declassified'",
            1,
            False,
            "Digital Archive International History Declassified" in opening,
        ),
        ("a date line", 1, False, any(DATE_LINE.match(t) for t in opening)),
        ("'get citation'", 1, False, "get citation" in content[:16]),
        (
            "a citation line (a quoted title, then the archive)",
            2,
            False,
            any(t[:1] in '"“' and "Digital Archive, " in t for t in content[:16]),
        ),
        ("'English HTML' before the body", 2, True, has_line(text, "English HTML")),
    ]


def split_a(source: Source) -> Page:
    lines = lines_of(source)
    content = [ln for ln in lines if not ln.blank]
    second = content[1].text if len(content) > 1 else ""
    layout = "A2" if second.startswith("ADD SEARCH FILTER") else "A"
    html = _first(lines, lambda ln: ln.text.strip() == "English HTML")
    body_start = lines[html].end + 1 if html + 1 < len(lines) else len(source.text)
    page = Page(layout, Span(body_start, len(source.text)))
    date = _first(lines, lambda ln: bool(DATE_LINE.match(ln.text.strip())))
    if date >= 0:
        page.fields["date"] = stripped(lines[date])
    support = _first(lines, lambda ln: bool(SUPPORT.match(ln.text.strip())))
    if 0 <= support < html:
        page.fields["support"] = stripped(lines[support])
    citation = _first(lines, _citation_line)
    if 0 <= citation < html:
        page.fields["citation"] = stripped(lines[citation])
        summary = citation - 1
        while summary > 0 and lines[summary].blank:
            summary -= 1
        text = lines[summary].text.strip()
        if summary > 0 and text != "get citation" and not text.startswith("•"):
            page.fields["summary"] = stripped(lines[summary])
    share = _first(lines, lambda ln: ln.text.strip().endswith("share document"))
    if 0 <= share < html:
        url = _next_nonblank(lines, share)
        if url < html and lines[url].text.strip().startswith("http"):
            page.fields["url"] = stripped(lines[url])
    _cut_notes(source, page)
    return page


def _citation_line(line: Line) -> bool:
    """The citation, by its shape: a quoted title, and the archive after it."""
    t = line.text.strip()
    return t[:1] in '"“' and "Digital Archive, " in t


def _cut_notes(source: Source, page: Page) -> None:
    """Footnote texts (``[n] …`` lines, with or without a heading) end the body."""
    trailing_notes(source, page)


# ---------------------------------------------------------------- layouts B and C


def signs_bc(content: list[str], text: str) -> list[Sign]:
    """The new Digital Archive page: its date first, then the document information block.
    Without the date first no B or C page is claimed, and the rest is not looked for."""
    first = 1 if content[:1] == ["Skip to content"] else 0
    dated = len(content) > first + 1 and bool(DATE_LINE.match(content[first]))
    if not dated:
        return [("the date as the first line", 2, True, False)]
    return [
        ("the date as the first line", 2, True, True),
        ("'Document Information'", 2, True, has_line(text, "Document Information")),
        ("a 'Source' label", 1, False, has_line(text, "Source")),
        ("a 'Rights' label", 1, False, has_line(text, "Rights")),
        ("a 'Record ID' label", 1, False, has_line(text, "Record ID")),
    ]


def split_bc(source: Source) -> Page:
    all_lines = lines_of(source)
    lines = [ln for ln in all_lines if ln.text.strip(" \t\u00a0")]
    i = 1 if lines[0].text.strip() == "Skip to content" else 0
    first_line = all_lines.index(lines[i + 2]) if i + 2 < len(lines) else 0
    blank_between = any(ln.blank for ln in all_lines[first_line:])
    # C is B copied one paragraph per line: the blank lines, not the chrome, tell them apart
    layout = "B" if blank_between else "C"
    page = Page(layout, Span(0, 0), one_paragraph_per_line=not blank_between)
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


# ---------------------------------------------------------------- a bare body


def split_bare(source: Source) -> Page:
    """A bare body: the general reader, with the title line as the document's head (the
    body starts under it, as the corpus README counts it)."""
    page = split_general(source, "bare")
    title = page.fields.get("title")
    if title is not None and not source.text[: title.start].strip():
        page.fields["head"] = Span(title.start, title.end)
        nxt = source.text.find("\n", title.end)
        page.body.start = len(source.text) if nxt == -1 else nxt + 1
    return page


LAYOUTS: list[tuple[str, Signs, Splitter]] = [
    ("D", signs_d, split_d),
    ("E", signs_e, split_e),
    ("A", signs_a, split_a),
    ("B/C", signs_bc, split_bc),
    ("bare", signs_bare, split_bare),
]
"""Layout readers and the signs each looks for; the best-scoring claim reads the page."""

CLAIM = 0.6
"""The share of a layout's sign weight a page must show (with all its required signs)."""


def _guesses(source: Source, page: Page) -> None:
    """What the general reader would take for title and date, for when a layout's own fields
    fail (a citation in another style, a date line missing): never the file name first.
    A FRUS page (E) has no date when it has no dateline: a date in its text is another's."""
    if page.layout == "E" or ("title" in page.fields and "date" in page.fields):
        return
    lines = [ln for ln in opening_lines(source, page.body.start) if ln.end <= page.body.end]
    if "title" not in page.fields:
        found = find_title(lines)
        if found is not None:
            page.fields["title_guess"] = found[0]
    if "date" not in page.fields:
        date = find_date(source, lines)
        if date is not None:
            a, b, _iso = date_match(source.text[date.start : date.end])
            page.fields["date_guess"] = Span(date.start + a, date.start + b)


def split_page(source: Source) -> Page:
    """Find the layout of a page by its signs, and where its parts are.

    Each layout scores the signs it sees; the best score of a layout whose required signs are
    all there and whose score reaches :data:`CLAIM` reads the page. A page no layout claims is
    read by the general reader, which notes the nearest layout and the signs it missed.
    """
    opening = opening_lines(source, 0, 16)
    content = [ln.text.strip() for ln in opening]
    if not content:
        return split_general(source, "general", opening)
    best: tuple[float, str, Splitter, list[str]] | None = None
    nearest: tuple[float, str, list[str]] = (-1.0, "", [])
    for name, signs, split in LAYOUTS:
        found = signs(content, source.text)
        total = sum(w for _n, w, _r, _ok in found)
        score = sum(w for _n, w, _r, ok in found if ok) / total
        missed = [n for n, _w, _r, ok in found if not ok]
        claims = score >= CLAIM and all(ok for _n, _w, req, ok in found if req)
        if claims and (best is None or score > best[0]):
            best = (score, name, split, missed)
        if score > nearest[0]:
            nearest = (score, name, missed)
    if best is not None:
        page = best[2](source)
        _guesses(source, page)
        superscript_calls(source, page)
        return page
    page = split_general(source, "general", opening)
    superscript_calls(source, page)
    page.nearest = nearest[1] if nearest[0] > 0 else "none"
    page.missed = nearest[2]
    return page
