"""The record's metadata from a layout's findings: title, date, summary, citation, funder."""

from __future__ import annotations

import re
from datetime import date as Date
from pathlib import Path

from tei.errors import Diagnostic, Level
from tei.read.citation import parse_citation, parse_source_line
from tei.read.model import Record, Value
from tei.read.page import MONTH_NAMES, SUPPORT, Page
from tei.read.source import Source

_MONTHS = {name: i for i, name in enumerate(MONTH_NAMES.split("|"), start=1)}
_MONTH = r"(?P<month>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?)"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_AMENDED = r"(?:\s\[[^\]\n]{1,20}\])?"
"""An editor's correction after the day (``February 17 [12], 1936``): the printed day counts."""
_DATE = re.compile(rf"\b{_MONTH}\s{_DAY}{_AMENDED},?\s(?P<year>\d{{4}})\b")
_DAY_FIRST = re.compile(rf"\b{_DAY}\.?\s{_MONTH},?\s(?P<year>\d{{4}})\b")
_YEAR = re.compile(r"\d\d\d\d")
_ISO = re.compile(r"\b(?P<year>1[6-9]\d\d|20\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b")


def _month(name: str) -> int:
    """``March``, ``Mar.``, ``Sept`` -> 3, 3, 9; 0 for a word that is no month name."""
    key = name.rstrip(".").title()
    for full, number in _MONTHS.items():
        if full.startswith(key):
            return number
    return 0


def date_match(text: str) -> tuple[int, int, str]:
    """Where the first full date of a text is, and its ISO form; (0, 0, "") when none."""
    best: tuple[int, int, str] = (0, 0, "")
    if _YEAR.search(text) is None:  # most lines hold no year: one quick search, not three
        return best
    for pattern in (_DATE, _DAY_FIRST, _ISO):
        for m in pattern.finditer(text):
            month = int(m["month"]) if pattern is _ISO else _month(m["month"])
            try:
                iso = Date(int(m["year"]), month, int(m["day"])).isoformat()
            except ValueError:
                continue
            if not best[2] or m.start() < best[0]:
                best = (m.start(), m.end(), iso)
            break
    return best


_VALUE_FIELDS = ("record_id", "type", "language", "original_archive", "source_note", "number")


def iso_date(text: str) -> str:
    """``March 10, 1965`` or ``10 March 1965`` → ``1965-03-10``; "" when it is no date."""
    return date_match(text)[2]


def read_meta(source: Source, page: Page, record: Record) -> None:
    """Fill the record's metadata from the spans the layout found."""

    def value(name: str) -> Value | None:
        span = page.fields.get(name)
        if span is None or span.end <= span.start:
            return None
        return Value(source.text[span.start : span.end].strip(), source.loc(span.start))

    record.date = value("date")
    record.summary = value("summary")
    record.support_line = value("support")
    if record.support_line is not None:
        text = record.support_line.text
        text = text[len("Credits: ") :] if text.startswith("Credits: ") else text
        m = SUPPORT.match(text)
        if m:
            record.funder = Value(m.group("funder"), record.support_line.loc)
    cite = value("citation")
    if cite is not None:
        record.citation = parse_citation(cite.text, cite.loc)
    src = value("source")
    if src is not None:
        record.citation = parse_source_line(src.text, src.loc)
    url = value("url")
    if record.citation is not None and url is not None and not record.citation.url:
        record.citation.url = url.text
    title = value("title")
    if title is not None and page.title_cuts:
        span = page.fields["title"]
        pieces, pos = [], span.start
        for a, b in page.title_cuts:
            pieces.append(source.text[pos:a])
            pos = b
        pieces.append(source.text[pos : span.end])
        title = Value("".join(pieces).strip(), title.loc)
    if title is None and record.citation is not None and record.citation.title:
        title = Value(record.citation.title, record.citation.loc)
    if title is None:
        title = value("title_guess")
    record.title = title
    for name in _VALUE_FIELDS:
        setattr(record, "doc_type" if name == "type" else name, value(name))
    record.authors = [
        Value(source.text[s.start : s.end], source.loc(s.start)) for s in page.authors
    ]
    record.rights = [Value(source.text[s.start : s.end], source.loc(s.start)) for s in page.rights]
    if record.date is None and not (record.citation is not None and record.citation.date):
        record.date = value("date_guess")
    if record.date is not None:
        record.date_iso = iso_date(record.date.text)
    elif record.citation is not None and record.citation.date:
        record.date_iso = iso_date(record.citation.date)
    if record.title is None:
        record.title = Value(_fallback_title(record.path), source.loc(0))
        record.diagnostics.append(
            Diagnostic(
                Level.WARNING,
                "W201",
                "no title found; used the file name",
                record.path,
                1,
                1,
                "add the title to the TEI header by hand",
            )
        )


def _fallback_title(path: str) -> str:
    stem = Path(path).stem if path and not path.startswith("<") else "record"
    return re.sub(r"[_-]+", " ", stem).strip() or "record"
