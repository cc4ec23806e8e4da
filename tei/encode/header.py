"""The ``teiHeader``: who made the record, where it comes from, what it is about.

The citation is kept verbatim in ``sourceDesc/bibl``, its parts tagged where they are found,
so an editor can always compare the header with the page it came from.
"""

from __future__ import annotations

import re
from pathlib import Path

from tei import CONVERTER, __version__
from tei.encode.conventions import editorial_decl
from tei.encode.elements import HAND_ANNOTATION, Writer
from tei.encode.tree import XML_ID, Node
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


def write_header(record: Record, writer: Writer) -> Node:
    header = Node("teiHeader")
    file_desc = header.sub("fileDesc")
    _title_stmt(file_desc.sub("titleStmt"), record)
    _publication_stmt(file_desc.sub("publicationStmt"), record)
    _source_desc(file_desc.sub("sourceDesc"), record)
    header.append(editorial_decl(writer.kinds_used, bool(record.translators)))
    _profile_desc(header.sub("profileDesc"), record, writer)
    revision = header.sub("revisionDesc")
    name = Path(record.path).name if not record.path.startswith("<") else "standard input"
    revision.sub(
        "change",
        f"Converted from {name} (layout {record.layout}) by {CONVERTER} {__version__}.",
        who="#converter",
    )
    return header


def _title_stmt(stmt: Node, record: Record) -> None:
    stmt.sub("title", record.title.text if record.title else "Untitled record", type="main")
    if record.funder is not None:
        stmt.sub("funder", record.funder.text)
    citation = record.citation
    if citation is not None and citation.translated_by:
        resp = stmt.sub("respStmt")
        resp.set(XML_ID, "translators")
        resp.sub("resp", "Translated by")
        for k, name in enumerate(citation.translated_by, start=1):
            resp.sub("persName", name).set(XML_ID, f"tr-{k}")
    if citation is not None and citation.obtained_by:
        resp = stmt.sub("respStmt")
        resp.set(XML_ID, "acquisition")
        resp.sub("resp", "Obtained by")
        for name in citation.obtained_by:
            resp.sub("persName", name)
    resp = stmt.sub("respStmt")
    resp.set(XML_ID, "converter")
    resp.sub("resp", "Converted to TEI by")
    resp.sub("name", f"{CONVERTER} {__version__}")


def _publication_stmt(stmt: Node, record: Record) -> None:
    citation = record.citation
    publisher = citation.publisher if citation is not None and citation.publisher else ""
    if not publisher:
        publisher = PUBLISHERS.get(record.layout, "")
    if not publisher:
        stmt.sub("p", "Converted from a plain-text record; see the source description.")
        return
    stmt.sub("publisher", publisher)
    if record.record_id is not None:
        stmt.sub("idno", record.record_id.text, type="record-id")
    if record.rights:
        availability = stmt.sub("availability")
        for value in record.rights:
            availability.sub("p", value.text)
    if citation is not None and citation.url:
        stmt.sub("ptr", target=citation.url)


def _source_desc(desc: Node, record: Record) -> None:
    citation = record.citation
    if citation is None:
        bibl = desc.sub("bibl", type="page")
        bibl.sub("title", record.title.text if record.title else "Untitled record", level="a")
        if record.date is not None:
            bibl.children[-1].tail = ", "
            _date(bibl, record.date.text, record.date_iso)
        if record.source_note is not None:
            bibl.children[-1].tail = ". Source: "
            bibl.sub("idno", record.source_note.text, type="source")
        return
    if not citation.title:
        page = desc.sub("bibl", type="page")
        page.sub("title", record.title.text if record.title else "Untitled record", level="a")
        if record.date is not None:
            page.children[-1].tail = ", "
            _date(page, record.date.text, record.date_iso)
    _tagged_citation(
        desc.sub("bibl", type="citation" if citation.title else "source"), citation, record
    )


def _date(parent: Node, text: str, iso: str) -> Node:
    el = parent.sub("date", text)
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


def _tagged_citation(bibl: Node, citation: Citation, record: Record) -> None:
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
        bibl.add_text(text[pos:at])
        bibl.sub(tag, part, **attrs)
        pos = at + len(part)
    bibl.add_text(text[pos:])


def _profile_desc(desc: Node, record: Record, writer: Writer) -> None:
    if record.summary is not None:
        desc.sub("abstract").sub("p", record.summary.text)
    if record.date is not None and record.date_iso:
        _date(desc.sub("creation"), record.date.text, record.date_iso)
    usage = desc.sub("langUsage")
    usage.sub("language", "English (translation)", ident="en")
    original = record.language.text if record.language is not None else ""
    if original in LANGUAGES and LANGUAGES[original] != "en":
        usage.sub("language", f"{original} (original)", ident=LANGUAGES[original])
    _partic_desc(desc.sub("particDesc"), record)
    if "handwritten" in writer.kinds_used:
        notes = desc.sub("handNotes")
        notes.sub(
            "handNote",
            "Handwritten annotations on the original, as the translators report them.",
        ).set(XML_ID, HAND_ANNOTATION)


def _partic_desc(partic: Node, record: Record) -> None:
    """The persons: those who take part, then those who are only mentioned."""
    if not record.persons:
        partic.sub("p", "No persons are named in this record.")
        return
    for role in ("participant", "mentioned"):
        people = [p for p in record.persons if p.role == role]
        if not people:
            continue
        listing = partic.sub("listPerson", type="participants" if role == "participant" else role)
        for person in people:
            el = listing.sub("person", role=role)
            el.set(XML_ID, person.id)
            el.sub("persName", person.name)
            for form in person.forms:
                if form != person.name:
                    el.sub("persName", form, type="variant")
            for office in person.offices:
                el.sub("occupation", office)
