"""Inline content as flat text, and back: find things in text, then cut or wrap the tokens.

Names and turns are found with regular expressions over the *flat* text of a paragraph; a
bracket, a note call or a name already found is one atomic stretch of it, so a cut or a wrap
found in the flat text can always be made on the tokens without breaking an element.
"""

from __future__ import annotations

from dataclasses import dataclass

from tei.read.model import Bracket, Inline, LineBreak, Name, NoteCall, PageBreak, Said, Text

ROMAN_OPEN, ROMAN_CLOSE = "\u2039", "\u203a"
"""Around a romanization in flat text (``Kim Byeong-jik ‹Kim Pyong Jik›``), so that a name
pattern stops before it and the romanization is still readable."""

_HIDDEN = ("sic", "omission", "illegible", "signature", "footnote-call", "stamp", "handwritten")


@dataclass(slots=True)
class Piece:
    """Where one top-level token sits in the flat text (not frozen: a frozen dataclass sets
    its fields through ``object.__setattr__``, which made building them 5% of this stage)."""

    start: int
    end: int
    index: int
    atomic: bool

    # Written out: mypyc compiles it; the @dataclass-made __init__ runs interpreted.
    def __init__(self, start: int, end: int, index: int, atomic: bool) -> None:
        self.start = start
        self.end = end
        self.index = index
        self.atomic = atomic


def flat_of(item: Inline) -> str:
    """The flat text of one token (brackets give their words; notes give nothing)."""
    if isinstance(item, Text):
        return item.text
    if isinstance(item, LineBreak):
        return " "
    if isinstance(item, (NoteCall, PageBreak)):
        return ""
    if isinstance(item, Bracket):
        inner = flat_text(item.content)
        if item.kind == "romanization":
            return f"{ROMAN_OPEN}{inner}{ROMAN_CLOSE}"
        if item.kind in _HIDDEN and item.kind not in ("sic",):
            return inner if item.kind in ("stamp", "handwritten") else ""
        return inner
    return flat_text(item.content)


def flat_text(content: list[Inline]) -> str:
    """The flat text of a content list (:func:`flatten` without the pieces, which most
    callers do not need)."""
    return "".join([flat_of(item) for item in content])


def flatten(content: list[Inline]) -> tuple[str, list[Piece]]:
    """Flat text of a content list and where each top-level token is in it."""
    parts: list[str] = []
    pieces: list[Piece] = []
    pos = 0
    for index, item in enumerate(content):
        text = flat_of(item)
        pieces.append(Piece(pos, pos + len(text), index, not isinstance(item, Text)))
        parts.append(text)
        pos += len(text)
    return "".join(parts), pieces


def snap(pieces: list[Piece], offset: int, *, forward: bool) -> int:
    """Move an offset out of atomic tokens (to their end if ``forward``, else their start)."""
    for piece in pieces:
        if piece.atomic and piece.start < offset < piece.end:
            return piece.end if forward else piece.start
    return offset


def cut(
    content: list[Inline], offsets: list[int], pieces: list[Piece] | None = None
) -> list[list[Inline]]:
    """Cut content at flat offsets (snapped out of atomic tokens); returns len(offsets)+1 parts.

    ``pieces`` is ``flatten(content)[1]`` where the caller has it already.
    """
    if pieces is None:
        _, pieces = flatten(content)
    points = sorted({snap(pieces, o, forward=False) for o in offsets})
    parts: list[list[Inline]] = [[]]
    k = 0
    for piece, item in zip(pieces, content, strict=True):
        if isinstance(item, Text):
            text, start = item.text, piece.start
            while k < len(points) and points[k] < piece.end:
                if points[k] > start or (points[k] == start and points[k] >= piece.start):
                    head = text[: points[k] - start]
                    if head:
                        parts[-1].append(Text(head))
                    text, start = text[points[k] - start :], points[k]
                    parts.append([])
                k += 1
            if text:
                parts[-1].append(Text(text))
        else:
            while k < len(points) and points[k] <= piece.start:
                parts.append([])
                k += 1
            parts[-1].append(item)
    while len(parts) < len(points) + 1:
        parts.append([])
    return parts


def wrap_all(content: list[Inline], spans: list[tuple[int, int, dict[str, str]]]) -> list[Inline]:
    """Wrap several non-overlapping flat ranges in Names at once (one cut, not one per name)."""
    if not spans:
        return content
    _, pieces = flatten(content)
    kept: list[tuple[int, int, dict[str, str]]] = []
    for a, b, attrs in sorted(spans, key=lambda s: (s[0], -s[1])):
        # Two names that overlap or touch (``KimLee`` read as ``Kim`` and ``Lee``) cannot
        # both be wrapped: the first is kept, so a cut point is never shared by two names.
        if kept and a <= kept[-1][1]:
            continue
        if snap(pieces, a, forward=False) == a and snap(pieces, b, forward=True) == b and a < b:
            kept.append((a, b, attrs))
    if not kept:
        return content
    points = [p for a, b, _ in kept for p in (a, b)]
    parts = cut(content, points, pieces)
    out: list[Inline] = list(parts[0])
    for k, (_, _, attrs) in enumerate(kept):
        middle, after = parts[2 * k + 1], parts[2 * k + 2]
        if middle:
            out.append(Name(content=middle, **attrs))  # type: ignore[arg-type]
        out.extend(after)
    return out


__all__ = ["Piece", "Said", "cut", "flat_of", "flat_text", "flatten", "snap", "wrap_all"]


_CONNECTORS = frozenset(
    "a about after against among an and as at before between but by concerning during for "
    "from in into near nor of on or over regarding than the through to toward towards under "
    "upon with within without".split()
)
"""English articles, conjunctions and prepositions: lower case inside a heading in title
case (a word of grammar, which no name is)."""


def case_restored(flat: str) -> str:
    """A text written all in capitals (a heading, a telegram) in the case of ordinary text.

    Capitals carry no sign of what is a name: ``THE AMBASSADOR IN FRANCE (STRAUS) TO THE
    SECRETARY`` is read as ``The Ambassador in France (Straus) to the Secretary``, so a page
    copied with its heads in capitals gives the same persons as one copied without. The
    length (and so every offset) is kept; a text with any lower-case letter, or whose case
    change would alter its length, is returned as it is.
    """
    if not flat.isupper():
        return flat
    out = [_word_case(w, i > 0) for i, w in enumerate(flat.split(" "))]
    text = " ".join(out)
    return text if len(text) == len(flat) else flat


def _word_case(word: str, inside: bool) -> str:
    """``(STRAUS)`` → ``(Straus)``; a connector inside the text → lower case."""
    lower = word.lower()
    if inside and lower in _CONNECTORS:
        return lower
    for i, char in enumerate(word):
        if char.isalpha():
            return word[:i] + char + lower[i + 1 :]
    return word
