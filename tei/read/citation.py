"""The citation line and the source line, kept verbatim and cut into their parts.

``"Title," March 10, 1965, History and Public Policy Program Digital Archive, PRC FMA
109-03628-01, 74-83. Obtained by X and translated by Y and Z.`` gives the title, the date,
the publisher, the archive id (``PRC FMA 109-03628-01, 74-83``), its pages (``74-83``), who
obtained and who translated it. The B and C layouts give only ``<archive id>. Translated by
…`` under ``Source``.
"""

from __future__ import annotations

import re

from tei.read.model import Citation
from tei.read.page import DATE_TEXT
from tei.read.source import Loc

_HEAD = re.compile(
    rf"^[\"“](?P<title>.+?),?[\"”],? (?P<date>{DATE_TEXT}), "
    r"(?P<publisher>History and Public Policy Program Digital Archive), (?P<rest>.*)$"
)
_CREDIT = re.compile(
    r"\.\s+(?=(?:Obtained|Translated|Obtained and translated|Donated|Contributed)\b)"
)
_URL = re.compile(r"\s*(https?://\S+?)\.?$")
PAGES = re.compile(r",\s*(?P<scope>(?:(?:pp?|ll?|l)\.\s*)?\d+[a-z]?(?:\s*[-–]\s*\d+[a-z]?)?)$")
_NAMES = re.compile(r",\s*(?:and\s+)?|\s+and\s+")


def split_names(text: str) -> list[str]:
    """``Jeffrey Wang and Charles Kraus`` → both names; ``A, B, and C`` → three."""
    return [n.strip() for n in _NAMES.split(text.strip().rstrip(".")) if n.strip()]


def parse_credits(text: str, citation: Citation) -> None:
    """Read "Obtained by X and translated by Y" and its variants into the citation."""
    t = " ".join(text.split()).rstrip(".")
    m = re.match(r"Obtained and translated(?: for \S+)? by (?P<who>.+)$", t)
    if m:
        citation.obtained_by = citation.translated_by = split_names(m.group("who"))
        return
    m = re.match(
        r"Obtained(?: by (?P<obt>.+?)| for \S+?)(?:,? and translated(?: for \S+)? by (?P<tr>.+))?$",
        t,
    )
    if m:
        if m.group("obt"):
            citation.obtained_by = split_names(m.group("obt"))
        if m.group("tr"):
            citation.translated_by = split_names(m.group("tr"))
        return
    m = re.match(r"Translated(?: for \S+)? by (?P<tr>.+?)(?:,? and obtained by (?P<obt>.+))?$", t)
    if m:
        citation.translated_by = split_names(m.group("tr"))
        if m.group("obt"):
            citation.obtained_by = split_names(m.group("obt"))


def _id_and_credits(rest: str, citation: Citation) -> None:
    url = _URL.search(rest)
    if url:
        citation.url = url.group(1)
        rest = rest[: url.start()]
    parts = _CREDIT.split(rest, maxsplit=1)
    citation.archive_id = parts[0].strip().rstrip(".")
    if len(parts) > 1:
        parse_credits(parts[1], citation)
    pages = PAGES.search(citation.archive_id)
    if pages:
        citation.pages = pages.group("scope")


_LOOSE = re.compile(
    rf"^[\"“](?P<title>.+?),?[\"”],?\s+(?:(?P<date>{DATE_TEXT}),\s+)?"
    r"(?:(?P<publisher>[^,]*Archive),\s+)?(?P<rest>.*)$"
)
"""A citation in another house style: the quoted title, then what it can find of the rest."""


def parse_citation(text: str, loc: Loc) -> Citation:
    """A layout A, A2 or D citation line."""
    citation = Citation(text, loc)
    m = _HEAD.match(text.strip())
    if not m:
        m = _LOOSE.match(text.strip())
        if m:
            citation.title = m.group("title")
            citation.date = m.group("date") or ""
            citation.publisher = m.group("publisher") or ""
            if citation.publisher:
                _id_and_credits(m.group("rest"), citation)
        return citation
    citation.title = m.group("title")
    citation.date = m.group("date")
    citation.publisher = m.group("publisher")
    _id_and_credits(m.group("rest"), citation)
    return citation


def parse_source_line(text: str, loc: Loc) -> Citation:
    """A layout B or C ``Source`` value: ``<archive id>. Translated by …``."""
    citation = Citation(text, loc)
    _id_and_credits(text.strip(), citation)
    return citation
