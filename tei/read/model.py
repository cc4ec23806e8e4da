"""The parsed record: what the reader found, before any TEI is written.

Plain slotted dataclasses, so that the TEI writer (``tei.encode``) depends on a small, typed
vocabulary and not on the reader's regular expressions. Every node keeps the :class:`Loc` it
came from. Inline content lives in :mod:`tei.read.nodes`. The nodes the reader makes most often
write their ``__init__`` out: mypyc compiles that one, while the one ``@dataclass`` writes runs
interpreted (6x slower to construct).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, TypeAlias

from tei.errors import Diagnostic
from tei.read.nodes import Bracket, Inline, LineBreak, Name, NoteCall, PageBreak, Said, Text
from tei.read.source import Loc

__all__ = [
    "Block",
    "Bracket",
    "Citation",
    "Closer",
    "CloserLine",
    "Field",
    "FieldBlock",
    "Inline",
    "ItemList",
    "LineBreak",
    "ListItem",
    "Loc",
    "Name",
    "NoteCall",
    "PageBreak",
    "Paragraph",
    "ParticipantLine",
    "Participants",
    "Person",
    "Record",
    "Rule",
    "Said",
    "Speech",
    "Table",
    "Text",
    "Value",
]

# ---------------------------------------------------------------- blocks


@dataclass(slots=True)
class Paragraph:
    content: list[Inline]
    loc: Loc

    def __init__(self, content: list[Inline], loc: Loc) -> None:
        self.content = content
        self.loc = loc


@dataclass(slots=True)
class ListItem:
    label: str
    """The printed label: ``1.``, ``(2)``, ``a)``, ``-``."""
    n: str
    content: list[Inline]
    loc: Loc

    def __init__(self, label: str, n: str, content: list[Inline], loc: Loc) -> None:
        self.label = label
        self.n = n
        self.content = content
        self.loc = loc


@dataclass(slots=True)
class ItemList:
    style: Literal["ordered", "bulleted", "distribution"]
    items: list[ListItem]
    loc: Loc
    head: list[Inline] | None = None


@dataclass(slots=True)
class Field:
    """A header field line such as ``To: Ministry of Foreign Affairs``."""

    label: str
    value: list[Inline]
    loc: Loc


@dataclass(slots=True)
class FieldBlock:
    fields: list[Field]
    loc: Loc


@dataclass(slots=True)
class ParticipantLine:
    """A line of a participants block: a group heading (``South``) or a person with office."""

    text: list[Inline]
    loc: Loc
    group: bool = False


@dataclass(slots=True)
class Participants:
    head: str
    lines: list[ParticipantLine]
    loc: Loc


@dataclass(slots=True)
class Rule:
    """A printed rule (``=====``)."""

    printed: str
    loc: Loc


@dataclass(slots=True)
class CloserLine:
    kind: Literal["dateline", "signed", "line"]
    content: list[Inline]
    loc: Loc


@dataclass(slots=True)
class Closer:
    lines: list[CloserLine]
    loc: Loc


@dataclass(slots=True)
class Table:
    """Rows of cells (layout E prints a table row per line, cells separated by tabs)."""

    rows: list[list[list[Inline]]]
    loc: Loc


@dataclass(slots=True)
class Speech:
    """A labelled turn of a transcript (``KIM: …``): its label and the blocks it holds."""

    who: str
    label: str
    blocks: list[Block]
    loc: Loc
    cert: str = "high"


Block: TypeAlias = (
    Paragraph | ItemList | FieldBlock | Participants | Rule | Closer | PageBreak | Table | Speech
)


@dataclass(slots=True)
class Person:
    """Someone the record names: a participant of the conversation or a person mentioned."""

    id: str
    name: str
    forms: list[str] = field(default_factory=list)
    """Every form the record uses for the person, as printed (brackets removed)."""
    role: Literal["participant", "mentioned"] = "mentioned"
    offices: list[str] = field(default_factory=list)
    loc: Loc | None = None
    from_register: bool = False


# ---------------------------------------------------------------- the record


@dataclass(slots=True)
class Value:
    """A metadata value with where it was found."""

    text: str
    loc: Loc

    def __init__(self, text: str, loc: Loc) -> None:
        self.text = text
        self.loc = loc


@dataclass(slots=True)
class Citation:
    """The page's citation (layouts A, A2, D) or source line (B, C), verbatim and in parts."""

    text: str
    loc: Loc
    title: str = ""
    date: str = ""
    publisher: str = ""
    archive_id: str = ""
    pages: str = ""
    obtained_by: list[str] = field(default_factory=list)
    translated_by: list[str] = field(default_factory=list)
    url: str = ""


@dataclass(slots=True)
class Record:
    """Everything the reader found in one record page."""

    path: str
    layout: str
    title: Value | None = None
    date: Value | None = None
    """The page's date line, as printed."""
    date_iso: str = ""
    summary: Value | None = None
    citation: Citation | None = None
    funder: Value | None = None
    support_line: Value | None = None
    record_id: Value | None = None
    doc_type: Value | None = None
    language: Value | None = None
    original_archive: Value | None = None
    authors: list[Value] = field(default_factory=list)
    rights: list[Value] = field(default_factory=list)
    source_note: Value | None = None
    """Layout E: the document's ``Source:`` line."""
    number: Value | None = None
    """Layout E: the document's number in its volume."""
    head: list[Inline] | None = None
    """The title as inline content, where the page prints it in the body (layout E)."""
    source_label: list[Inline] | None = None
    """A label such as ``[Extract]`` printed before the dateline (layout E)."""
    dateline: list[Inline] | None = None
    """The document's own dateline as inline content (layout E)."""
    blocks: list[Block] = field(default_factory=list)
    body_text: str = ""
    """The body exactly as printed, for word checks and round trips."""
    persons: list[Person] = field(default_factory=list)
    author: str = ""
    """The id of the person who writes in the first person (journals, reports, telegrams)."""
    uncalled_notes: list[tuple[str, list[Inline]]] = field(default_factory=list)
    """Footnote texts whose call was not found: kept, at the end of the body."""
    truncated: bool = False
    diagnostics: list[Diagnostic] = field(default_factory=list)

    @property
    def translators(self) -> list[str]:
        return self.citation.translated_by if self.citation else []
