"""FRUS documents as layout-E records: the text copied from history.state.gov, and its truth.

Issue 2 asks the converter to read a further layout (E): a FRUS document page of
history.state.gov copied as plain text. Nobody hands us such copies, so this module makes them
from the real TEI volume in ``../shared/corpus/frus/``; because the text is made from the TEI,
the TEI also says exactly what a correct reading of it holds (the "truth").

``tests/fixtures/frus_e/README.md`` describes the layout line by line; this module is its one
implementation, and ``tests/test_frus_records.py`` checks that the two agree on the committed
fixtures. In short::

    6. Memorandum by the Chief of the Division of Trade Agreements (Grady)
    Source: 611.8331/75

    [Washington,] January 16, 1936.

    The Egyptian Minister1 called to inquire as to ...

    Henry F. Grady

    Footnotes
    1. Mohamed Amine Youssef.

How the text is made: the document ``div`` is walked once. Block elements (``p``, ``dateline``,
``closer``, ``list`` items, table rows, ...) become blocks of lines; everything else is inline
text. Footnote calls and inline page breaks are first written as private-use sentinels, so the
final pass can glue each call to the word before it and record that word, and so the body can be
counted without them. Nothing here depends on dict or set order: the same volume gives the same
bytes.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lxml import etree

from tei.ns import NS, XML_ID, local_name

FRUS_NS = "http://history.state.gov/frus/ns/1.0"
"""Namespace of ``frus:attachment``, the one non-TEI element of the volume."""

LAYOUT = "E"
FOOTNOTES_HEADING = "Footnotes"
"""The line that separates the body from the listed notes (see the fixtures README)."""

# Sentinels from Unicode's private-use area: they never occur in FRUS text, survive whitespace
# normalisation, and are all replaced before a record leaves this module.
_CALL_OPEN, _CALL_CLOSE = "\ue000", "\ue001"
_CELL = "\ue002"
_PAGE_OPEN, _PAGE_CLOSE = "\ue003", "\ue004"
_CALL_RE = re.compile(rf"\s*{_CALL_OPEN}([^{_CALL_CLOSE}]*){_CALL_CLOSE}")
_PAGE_RE = re.compile(rf"{_PAGE_OPEN}([^{_PAGE_CLOSE}]*){_PAGE_CLOSE}")
_SPACE_RE = re.compile(r"\s+")
_CELL_RE = re.compile(rf" ?{_CELL} ?")


@dataclass(frozen=True, slots=True)
class FrusRecord:
    """One FRUS document in layout E, ready to be written as ``NNN_dID.txt`` + ``.truth.json``."""

    id: str
    """The document's ``xml:id`` (``"d6"``)."""
    n: str
    """The document number printed in the head (``div/@n``, ``"6"``)."""
    text: str
    """The record as copied from the web page: UTF-8 text, ``"\\n"`` line ends, final newline."""
    truth: dict[str, Any]
    """What a correct reading of :attr:`text` holds; see the fixtures README for each key."""


def parse_volume(volume_path: Path) -> etree._ElementTree:
    """Parse a FRUS volume without resolving entities or touching the network.

    The volume is trusted test data, but every XML parse in this project refuses entities and
    network access, so a hostile file dropped into the corpus cannot make a test read elsewhere.
    """
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    return etree.parse(str(volume_path), parser)


def documents(tree: etree._ElementTree) -> list[etree._Element]:
    """Every ``div[@type="document"]`` of the volume, in document order."""
    return list(tree.xpath('//t:div[@type="document"]', namespaces=NS))


def make_records(
    volume_path: Path, count: int | None = None, *, ids: list[str] | None = None
) -> list[FrusRecord]:
    """Make layout-E records of a FRUS volume's documents.

    ``count`` keeps the first N documents (all when None). ``ids`` picks documents by
    ``xml:id`` instead, in the order given, so a fixture set can be chosen by hand; an unknown id
    raises ``KeyError`` naming it rather than silently producing fewer records.
    """
    divs = documents(parse_volume(volume_path))
    if ids is not None:
        by_id = {div.get(XML_ID): div for div in divs}
        missing = [i for i in ids if i not in by_id]
        if missing:
            raise KeyError(f"no document with xml:id {missing} in {volume_path.name}")
        divs = [by_id[i] for i in ids]
    elif count is not None:
        divs = divs[:count]
    return [record_of(div) for div in divs]


def record_of(div: etree._Element) -> FrusRecord:
    """The layout-E text of one document ``div`` and its truth."""
    doc = _Document(div)
    return doc.record()


# --------------------------------------------------------------------------- rendering


class _Blocks:
    """Accumulates blocks of lines; a block is what the web page shows as one paragraph-like box.

    Inline text goes into the current line; ``newline`` ends the line inside the block (``lb``,
    a table row, the signature); ``end_block`` ends the block. Empty lines and blocks vanish, so
    handlers can end blocks freely without creating stray blank lines.
    """

    def __init__(self) -> None:
        self.blocks: list[list[str]] = []
        self._lines: list[str] = []
        self._line: list[str] = []
        self.label_pending = False
        """True after a list ``label``: the item's first block continues the label's line."""

    def inline(self, text: str | None) -> None:
        if text:
            self._line.append(text)

    def has_text(self) -> bool:
        """Whether the current line already holds visible text (decides inline vs. block pb)."""
        return bool("".join(self._line).strip())

    def newline(self) -> None:
        line = _SPACE_RE.sub(" ", "".join(self._line)).strip()
        line = _CELL_RE.sub(_CELL, line)
        if line:
            self._lines.append(line)
        self._line = []

    def end_block(self) -> None:
        self.newline()
        if self._lines:
            self.blocks.append(self._lines)
        self._lines = []

    def start_block(self) -> None:
        """End the block before a new block element, unless a list label waits for its item."""
        if self.label_pending:
            self.label_pending = False
            return
        self.end_block()


_Handler = Callable[["_Document", etree._Element], None]


class _Document:
    """Renders one document ``div``: the head line, the Source line, the body and the notes."""

    def __init__(self, div: etree._Element) -> None:
        self.div = div
        self.out = _Blocks()
        self.notes: list[etree._Element] = []
        """Footnotes in the order their calls are printed; nested notes follow their parent."""

    # ---- tree walking

    def children(self, el: etree._Element) -> None:
        """Render an element's content: its text, each child, each child's tail."""
        self.out.inline(el.text)
        for child in el:
            if isinstance(child.tag, str):
                self.visit(child)
            self.out.inline(child.tail)

    def visit(self, el: etree._Element) -> None:
        name = local_name(el.tag)
        handler = HANDLERS.get(name)
        if handler is None:
            raise ValueError(
                f"{self.div.get(XML_ID)}: no layout-E rule for <{name}> "
                f"(line {el.sourceline}); add one to HANDLERS in tests/frus_records.py"
            )
        handler(self, el)

    # ---- the record

    def record(self) -> FrusRecord:
        div = self.div
        doc_id = div.get(XML_ID) or ""
        n = div.get("n") or ""
        head = _first(div, "t:head")
        sources = div.xpath('t:note[@type="source"]', namespaces=NS)

        header = [f"{n}. {self._one_line(head)}" if head is not None else f"{n}."]
        if sources:
            header.append(f"Source: {_plain(sources[0])}")

        for child in div:
            if child is head or (sources and child is sources[0]):
                continue
            if isinstance(child.tag, str):
                self.visit(child)
            self.out.inline(child.tail)
        self.out.end_block()
        body_blocks = self.out.blocks

        note_lines = self._note_lines()
        blocks = [header, *body_blocks]
        if note_lines:
            blocks += [[FOOTNOTES_HEADING, *note_lines]]
        raw = "\n\n".join("\n".join(block) for block in blocks) + "\n"
        text, calls = _resolve_calls(raw)
        text = _PAGE_RE.sub(r"[Page \1]", text).replace(_CELL, "\t")

        body_raw = "\n\n".join("\n".join(block) for block in body_blocks)
        body_plain = _PAGE_RE.sub(" ", _CALL_RE.sub("", body_raw)).replace(_CELL, "\t")
        truth = {
            "layout": LAYOUT,
            "id": doc_id,
            "n": n,
            "title": _plain(head, skip_notes=True) if head is not None else "",
            "date": _iso_date(div),
            "source_note": _plain(sources[0]) if sources else None,
            "notes": [
                {"n": note.get("n") or "", "text": _resolve_calls(line)[0].split(". ", 1)[1]}
                for note, line in zip(self.notes, note_lines, strict=True)
            ],
            "note_calls": calls,
            "pages": [pb.get("n") or "" for pb in div.iter(f"{{{NS['t']}}}pb")],
            "body_words": len(body_plain.split()),
            "has_table": bool(div.xpath(".//t:table", namespaces=NS)),
            "attachments": [_attachment_truth(a) for a in div.iter(f"{{{FRUS_NS}}}attachment")],
        }
        return FrusRecord(id=doc_id, n=n, text=text, truth=truth)

    def _note_lines(self) -> list[str]:
        """One line per footnote, ``"N. text"``; a note's own notes are rendered after it."""
        lines: list[str] = []
        i = 0
        while i < len(self.notes):  # the list grows while nested notes are rendered
            note = self.notes[i]
            lines.append(f"{note.get('n')}. {self._one_line(note)}")
            i += 1
        return lines

    def _one_line(self, el: etree._Element) -> str:
        """An element's content on one line (the head, a footnote): its blocks joined by a space."""
        out = _Blocks()
        self.out, saved = out, self.out
        self.children(el)
        out.end_block()
        self.out = saved
        return " ".join(line for block in out.blocks for line in block)

    # ---- element handlers (registered in HANDLERS, below)

    def block(self, el: etree._Element) -> None:
        """A block element: its content is one block (``p``, ``dateline``, ``quote``, ...)."""
        self.out.start_block()
        self.children(el)
        self.out.end_block()

    def container(self, el: etree._Element) -> None:
        """A container whose children are blocks (``list``, ``table``, ``postscript``, ...)."""
        self.out.end_block()
        self.children(el)
        self.out.end_block()

    def inline(self, el: etree._Element) -> None:
        """Typography and names (``hi``, ``persName``, ``ref``, ...): only their text prints."""
        self.children(el)

    def line_break(self, el: etree._Element) -> None:
        self.out.newline()

    def signed(self, el: etree._Element) -> None:
        """The signature gets a line of its own, as the web page sets it apart."""
        self.out.newline()
        self.children(el)
        self.out.newline()

    def label(self, el: etree._Element) -> None:
        """A printed list label (``(1)``, ``1.``) starts the item's line."""
        self.out.end_block()
        self.children(el)
        self.out.inline(" ")
        self.out.label_pending = True

    def item(self, el: etree._Element) -> None:
        """A list item: on its label's line; its later paragraphs are blocks of their own."""
        if not self.out.label_pending:
            self.out.end_block()
        self.children(el)
        self.out.label_pending = False
        self.out.end_block()

    def row(self, el: etree._Element) -> None:
        """A table row is one line; its cells are separated by a tab."""
        self.out.newline()
        cells = [c for c in el if isinstance(c.tag, str)]
        for i, cell in enumerate(cells):
            if i:
                self.out.inline(_CELL)
            self.children(cell)
        self.out.newline()

    def page_break(self, el: etree._Element) -> None:
        """``[Page N]`` inline inside running text, else a block of its own."""
        marker = f"{_PAGE_OPEN}{el.get('n')}{_PAGE_CLOSE}"
        if self.out.has_text():
            self.out.inline(f" {marker} ")
        else:
            self.out.end_block()
            self.out.inline(marker)
            self.out.end_block()

    def note(self, el: etree._Element) -> None:
        """A footnote prints as its number at the call; a source note inside the body as a line."""
        if el.get("type") == "source":
            self.block(el)
            return
        self.notes.append(el)
        self.out.inline(f"{_CALL_OPEN}{el.get('n')}{_CALL_CLOSE}")


HANDLERS: dict[str, _Handler] = {
    # blocks
    "p": _Document.block,
    "head": _Document.block,
    "dateline": _Document.block,
    "closer": _Document.block,
    "quote": _Document.block,
    "item": _Document.item,
    "label": _Document.label,
    "note": _Document.note,
    # containers of blocks
    "list": _Document.container,
    "table": _Document.container,
    "postscript": _Document.container,
    "attachment": _Document.container,
    "row": _Document.row,
    # lines and markers
    "lb": _Document.line_break,
    "signed": _Document.signed,
    "pb": _Document.page_break,
    # inline
    "hi": _Document.inline,
    "persName": _Document.inline,
    "placeName": _Document.inline,
    "gloss": _Document.inline,
    "date": _Document.inline,
    "ref": _Document.inline,
}
"""Element local name -> how layout E prints it. An element not listed fails loudly."""


# --------------------------------------------------------------------------- helpers


def _first(el: etree._Element, path: str) -> etree._Element | None:
    found = el.xpath(path, namespaces=NS)
    return found[0] if found else None


def _plain(el: etree._Element, *, skip_notes: bool = False) -> str:
    """An element's text with whitespace collapsed; footnotes left out when ``skip_notes``."""
    return _SPACE_RE.sub(" ", "".join(_texts(el, skip_notes))).strip()


def _texts(el: etree._Element, skip_notes: bool) -> Iterator[str]:
    if el.text:
        yield el.text
    for child in el:
        if isinstance(child.tag, str) and not (
            skip_notes and local_name(child.tag) == "note" and child.get("type") != "source"
        ):
            yield from _texts(child, skip_notes)
        if child.tail:
            yield child.tail


def _iso_date(container: etree._Element) -> str | None:
    """``YYYY-MM-DD`` from the container's own dateline (``date/@when``, time dropped)."""
    when = container.xpath("string(t:dateline[1]//t:date[@when][1]/@when)", namespaces=NS)
    return when[:10] if when else None


def _attachment_truth(att: etree._Element) -> dict[str, Any]:
    """What a reader should find of one ``frus:attachment``: its label, title and date."""
    source = _first(att, 't:note[@type="source"]')
    head = _first(att, "t:head")
    return {
        "source_note": _plain(source) if source is not None else None,
        "title": _plain(head, skip_notes=True) if head is not None else None,
        "date": _iso_date(att),
    }


def _resolve_calls(raw: str) -> tuple[str, list[dict[str, Any]]]:
    """Glue each call sentinel to the word before it; return the text and the calls.

    Whitespace before a call is dropped (the web page sets the superscript against the word).
    ``word_before`` is the whitespace-delimited token the number is glued to, without the number,
    and ``line`` the 1-based line of the record it is on.
    """
    calls: list[dict[str, Any]] = []
    parts: list[str] = []
    pos = 0
    for m in _CALL_RE.finditer(raw):
        parts.append(raw[pos : m.start()])
        parts.append(m.group(1))
        pos = m.end()
        before = "".join(parts[:-1])
        word = re.split(r"[ \t\n]", before)[-1]
        calls.append({"n": m.group(1), "word_before": word, "line": before.count("\n") + 1})
    parts.append(raw[pos:])
    return "".join(parts), calls
