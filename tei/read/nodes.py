"""Inline content of the parsed record: text, brackets, footnote calls, speech and names.

Part of the record model (:mod:`tei.read.model` re-exports it). The nodes write their
``__init__`` out: mypyc compiles that one, while the one ``@dataclass`` writes runs
interpreted (6x slower to construct), and the reader and people stages make many of them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, TypeAlias

from tei.read.source import Loc


@dataclass(slots=True)
class Text:
    """Plain text as printed (whitespace inside a line kept; line breaks become spaces)."""

    text: str

    def __init__(self, text: str) -> None:
        self.text = text


@dataclass(slots=True)
class LineBreak:
    """A line break that matters (inside stamps, closers and multi-line brackets)."""

    def __init__(self) -> None:
        pass


@dataclass(slots=True)
class Bracket:
    """An editorial insertion ``[...]`` and what it is.

    ``kind`` is one of the classes of docs/encoding.md (``name-completion``, ``sic``, ...).
    ``content`` holds the inline content inside the brackets (nested brackets included);
    for ``sic`` and ``uncertain`` it holds the words the flag qualifies instead.
    """

    kind: str
    raw: str
    content: list[Inline]
    loc: Loc
    printed: str = ""
    """How an omission was printed (``…`` or ``...``), so renderers can give it back."""
    label: str = ""
    """The translators' label before a colon: ``faded image of a stamp``, ``handwritten``."""

    def __init__(
        self,
        kind: str,
        raw: str,
        content: list[Inline],
        loc: Loc,
        printed: str = "",
        label: str = "",
    ) -> None:
        self.kind = kind
        self.raw = raw
        self.content = content
        self.loc = loc
        self.printed = printed
        self.label = label


@dataclass(slots=True)
class NoteCall:
    """A footnote call (``[1]``, or digits glued to a word in layout E) with its note's text."""

    n: str
    loc: Loc
    note: list[Inline] | None = None
    """The note's text, or None when the page lost it (a truncated record)."""

    def __init__(self, n: str, loc: Loc, note: list[Inline] | None = None) -> None:
        self.n = n
        self.loc = loc
        self.note = note


@dataclass(slots=True)
class PageBreak:
    """A ``[Page N]`` marker."""

    n: str
    loc: Loc

    def __init__(self, n: str, loc: Loc) -> None:
        self.n = n
        self.loc = loc


@dataclass(slots=True)
class Said:
    """A turn of reported (or quoted) speech inside a paragraph: ``said who=…``."""

    who: str
    content: list[Inline]
    loc: Loc
    cert: str = "high"
    direct: bool = False
    reason: str = ""
    """How the speaker was found, for the review (``name``, ``pronoun``, ``description`` …)."""

    def __init__(
        self,
        who: str,
        content: list[Inline],
        loc: Loc,
        cert: str = "high",
        direct: bool = False,
        reason: str = "",
    ) -> None:
        self.who = who
        self.content = content
        self.loc = loc
        self.cert = cert
        self.direct = direct
        self.reason = reason


@dataclass(slots=True)
class Name:
    """A mention of a person: ``persName ref=…`` (a name) or ``rs ref=…`` (a description)."""

    ref: str
    content: list[Inline]
    kind: Literal["persName", "rs"] = "persName"
    cert: str = "high"

    def __init__(
        self,
        ref: str,
        content: list[Inline],
        kind: Literal["persName", "rs"] = "persName",
        cert: str = "high",
    ) -> None:
        self.ref = ref
        self.content = content
        self.kind = kind
        self.cert = cert


Inline: TypeAlias = Text | LineBreak | Bracket | NoteCall | PageBreak | Said | Name
