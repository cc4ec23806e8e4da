"""The ``teiHeader``: who made the record, where it comes from, what it is about.

The citation is kept verbatim in ``sourceDesc/bibl``, its parts tagged where they are found,
so an editor can always compare the header with the page it came from.
"""

from __future__ import annotations

import re
from pathlib import Path

from lxml import etree

from tei import CONVERTER, __version__
from tei.encode.conventions import editorial_decl
from tei.encode.elements import HAND_ANNOTATION, El, Writer
from tei.ns import XML_ID, tei
from tei.read.citation import PAGES
from tei.read.model import Citation, Record

LANGUAGES = {
    "Albanian": "sq", "Bulgarian": "bg", "Chinese": "zh", "Czech": "cs", "English": "en",
    "French": "fr", "German": "de", "Hungarian": "hu", "Italian": "it", "Japanese": "ja",
    "Korean": "ko", "Mongolian": "mn", "Polish": "pl", "Romanian": "ro", "Russian": "ru",
    "Serbian": "sr", "Spanish": "es", "Vietnamese": "vi",
}  # fmt: skip
DEFAULT_PUBLISHER = "History and Public Policy Program Digital Archive"
PUBLISHERS = {
    **dict.fromkeys(("A", "A2", "B", "C", "D"), DEFAULT_PUBLISHER),
    "E": "Office of the Historian, U.S. Department of State",
}


def _sub(parent: El, name: str, text: str | None = None, **attrs: str) -> El:
    el = etree.SubElement(parent, tei(name), attrs)
    if text is not None:
        el.text = text
    return el


def write_header(record: Record, writer: Writer) -> El:
    header = etree.Element(tei("teiHeader"))
    file_desc = _sub(header, "fileDesc")
    _title_stmt(_sub(file_desc, "titleStmt"), record)
    _publication_stmt(_sub(file_desc, "publicationStmt"), record)
    _source_desc(_sub(file_desc, "sourceDesc"), record)
    header.append(editorial_decl(writer.kinds_used, bool(record.translators)))
    _profile_desc(_sub(header, "profileDesc"), record, writer)
    revision = _sub(header, "revisionDesc")
    name = Path(record.path).name if not record.path.startswith("<") else "standard input"
    _sub(
        revision,
        "change",
        f"Converted from {name} (layout {record.layout}) by {CONVERTER} {__version__}.",
        who="#converter",
    )
    return header


def _title_stmt(stmt: El, record: Record) -> None:
    _sub(stmt, "title", record.title.text if record.title else "Untitled record", type="main")
    if record.funder is not None:
        _sub(stmt, "funder", record.funder.text)
    citation = record.citation
    if citation is not None and citation.translated_by:
        resp = _sub(stmt, "respStmt")
        resp.set(XML_ID, "translators")
        _sub(resp, "resp", "Translated by")
        for k, name in enumerate(citation.translated_by, start=1):
            _sub(resp, "persName", name).set(XML_ID, f"tr-{k}")
    if citation is not None and citation.obtained_by:
        resp = _sub(stmt, "respStmt")
        resp.set(XML_ID, "acquisition")
        _sub(resp, "resp", "Obtained by")
        for name in citation.obtained_by:
            _sub(resp, "persName", name)
    resp = _sub(stmt, "respStmt")
    resp.set(XML_ID, "converter")
    _sub(resp, "resp", "Converted to TEI by")
    _sub(resp, "name", f"{CONVERTER} {__version__}")


def _publication_stmt(stmt: El, record: Record) -> None:
    citation = record.citation
    publisher = citation.publisher if citation is not None and citation.publisher else ""
    if not publisher:
        publisher = PUBLISHERS.get(record.layout, "")
    if not publisher:
        _sub(stmt, "p", "Converted from a plain-text record; see the source description.")
        return
    _sub(stmt, "publisher", publisher)
    if record.record_id is not None:
        _sub(stmt, "idno", record.record_id.text, type="record-id")
    if record.rights:
        availability = _sub(stmt, "availability")
        for value in record.rights:
            _sub(availability, "p", value.text)
    if citation is not None and citation.url:
        _sub(stmt, "ptr", target=citation.url)


def _source_desc(desc: El, record: Record) -> None:
    citation = record.citation
    if citation is None:
        bibl = _sub(desc, "bibl", type="page")
        _sub(bibl, "title", record.title.text if record.title else "Untitled record", level="a")
        if record.date is not None:
            bibl[-1].tail = ", "
            _date(bibl, record.date.text, record.date_iso)
        if record.source_note is not None:
            bibl[-1].tail = ". Source: "
            _sub(bibl, "idno", record.source_note.text, type="source")
        return
    if not citation.title:
        page = _sub(desc, "bibl", type="page")
        _sub(page, "title", record.title.text if record.title else "Untitled record", level="a")
        if record.date is not None:
            page[-1].tail = ", "
            _date(page, record.date.text, record.date_iso)
    _tagged_citation(
        _sub(desc, "bibl", type="citation" if citation.title else "source"), citation, record
    )


def _date(parent: El, text: str, iso: str) -> El:
    el = _sub(parent, "date", text)
    if iso:
        el.set("when", iso)
    return el


def _scope_attrs(scope: str) -> dict[str, str]:
    unit = "leaf" if scope.startswith("l") else "page"
    numbers = re.findall(r"\d+", scope)
    attrs = {"unit": unit}
    if len(numbers) == 2:
        attrs.update({"from": numbers[0], "to": numbers[1]})
    elif numbers:
        attrs.update({"from": numbers[0], "to": numbers[0]})
    return attrs


def _tagged_citation(bibl: El, citation: Citation, record: Record) -> None:
    """The citation text, verbatim, with its known parts wrapped in elements in order."""
    parts: list[tuple[str, str, dict[str, str]]] = []
    if citation.title:
        parts.append((citation.title, "title", {"level": "a"}))
    if citation.date:
        parts.append((citation.date, "date", {"when": record.date_iso} if record.date_iso else {}))
    if citation.publisher:
        parts.append((citation.publisher, "publisher", {}))
    archive = citation.archive_id
    pages = PAGES.search(archive) if archive else None
    if pages:
        parts.append((archive[: pages.start()], "idno", {"type": "archive"}))
        parts.append((citation.pages, "biblScope", _scope_attrs(citation.pages)))
    elif archive:
        parts.append((archive, "idno", {"type": "archive"}))
    for name in citation.obtained_by:
        parts.append((name, "persName", {"role": "acquisition"}))
    for k, name in enumerate(citation.translated_by, start=1):
        if name not in citation.obtained_by:
            parts.append((name, "persName", {"ref": f"#tr-{k}"}))
    if citation.url:
        parts.append((citation.url, "ref", {"target": citation.url}))
    text = citation.text
    pos = 0
    for part, tag, attrs in parts:
        at = text.find(part, pos) if part else -1
        if at == -1:
            continue
        Writer.text(bibl, text[pos:at])
        _sub(bibl, tag, part, **attrs)
        pos = at + len(part)
    Writer.text(bibl, text[pos:])


def _profile_desc(desc: El, record: Record, writer: Writer) -> None:
    if record.summary is not None:
        _sub(_sub(desc, "abstract"), "p", record.summary.text)
    if record.date is not None and record.date_iso:
        _date(_sub(desc, "creation"), record.date.text, record.date_iso)
    usage = _sub(desc, "langUsage")
    _sub(usage, "language", "English (translation)", ident="en")
    original = record.language.text if record.language is not None else ""
    if original in LANGUAGES and LANGUAGES[original] != "en":
        _sub(usage, "language", f"{original} (original)", ident=LANGUAGES[original])
    _partic_desc(_sub(desc, "particDesc"), record)
    if "handwritten" in writer.kinds_used:
        notes = _sub(desc, "handNotes")
        _sub(
            notes,
            "handNote",
            "Handwritten annotations on the original, as the translators report them.",
        ).set(XML_ID, HAND_ANNOTATION)


def _partic_desc(partic: El, record: Record) -> None:
    """The persons: those who take part, then those who are only mentioned."""
    if not record.persons:
        _sub(partic, "p", "No persons are named in this record.")
        return
    for role in ("participant", "mentioned"):
        people = [p for p in record.persons if p.role == role]
        if not people:
            continue
        listing = _sub(partic, "listPerson", type="participants" if role == "participant" else role)
        for person in people:
            el = _sub(listing, "person", role=role)
            el.set(XML_ID, person.id)
            _sub(el, "persName", person.name)
            for form in person.forms:
                if form != person.name:
                    _sub(el, "persName", form, type="variant")
            for office in person.offices:
                _sub(el, "occupation", office)
