"""Inline rules: brackets, footnote calls and page markers inside a stretch of the record.

Brackets are matched over the whole body first (:func:`bracket_pairs`), so an unclosed or
stray bracket is reported with its line and column, and a bracket that runs over several
lines (a stamp) is known before the body is cut into paragraphs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tei.errors import RecordError
from tei.read.brackets import Context, classify
from tei.read.model import Bracket, Inline, LineBreak, NoteCall, PageBreak, Text
from tei.read.source import Source

_CONTEXT = 240
"""Characters of context the bracket rules see on each side (keeps huge paragraphs linear)."""
PAGE_MARK = re.compile(r"^Page (\d+[a-z]?)$")
_BREAK = re.compile(r"[ \t]*\n[\s\u00a0]*")
_NAME_RUN = re.compile(r"((?:[A-Z][\w’'.-]*\s+)?[A-Z][\w’'.-]*)(\s*)$")


@dataclass(slots=True)
class Pair:
    """A matched ``[`` … ``]``; ``close`` is the offset of the ``]``."""

    open: int
    close: int
    children: list[Pair] = field(default_factory=list)

    # Written out: mypyc compiles it; the @dataclass-made one runs interpreted (6x slower).
    def __init__(self, open: int, close: int, children: list[Pair] | None = None) -> None:
        self.open = open
        self.close = close
        self.children = [] if children is None else children


@dataclass(slots=True)
class Marker:
    """Something that is not plain text at ``[start, end)``: a bracket pair or a glued call."""

    start: int
    end: int
    pair: Pair | None = None
    call: str = ""

    # Written out: mypyc compiles it; the @dataclass-made one runs interpreted (6x slower).
    def __init__(self, start: int, end: int, pair: Pair | None = None, call: str = "") -> None:
        self.start = start
        self.end = end
        self.pair = pair
        self.call = call


def bracket_pairs(source: Source, start: int, end: int) -> list[Pair]:
    """Top-level bracket pairs in ``[start, end)``, nested pairs as children.

    ``\\[`` and ``\\]`` are literal brackets. Raises :class:`RecordError` at the first
    unbalanced bracket.
    """
    text = source.text
    stack: list[Pair] = []
    top: list[Pair] = []
    # Two str.find cursors instead of a regex: find skips to the next bracket in C (memchr),
    # where the regex engine tries a match at every character (~25x faster on a record).
    next_open = text.find("[", start, end)
    next_close = text.find("]", start, end)
    while next_open != -1 or next_close != -1:
        is_open = next_close == -1 or (next_open != -1 and next_open < next_close)
        if is_open:
            i = next_open
            next_open = text.find("[", i + 1, end)
        else:
            i = next_close
            next_close = text.find("]", i + 1, end)
        if i > start and text[i - 1] == "\\":
            continue  # ``\[`` or ``\]``: a literal bracket
        if is_open:
            stack.append(Pair(i, -1))
        else:
            if not stack:
                loc = source.loc(i)
                raise RecordError(
                    "']' closes no bracket",
                    line=loc.line,
                    column=loc.column,
                    hint="remove it, add the missing '[', or write \\] for a literal bracket",
                )
            pair = stack.pop()
            pair.close = i
            (stack[-1].children if stack else top).append(pair)
    if stack:
        loc = source.loc(stack[0].open)
        more = f" ({len(stack)} brackets are left open)" if len(stack) > 1 else ""
        raise RecordError(
            "'[' is never closed" + more,
            line=loc.line,
            column=loc.column,
            hint="close it with ']' or write \\[ for a literal bracket",
        )
    return top


@dataclass(slots=True)
class Inliner:
    """Turns stretches of the record into inline content."""

    source: Source
    notes: dict[str, list[list[Inline]]]
    """Footnote texts by number (already parsed); a number can have several notes (layout E)."""
    keep_breaks: bool = False
    bracket_calls: bool = True
    """False for layout E, whose calls are glued digits, not ``[n]``."""
    call_markers: list[Marker] = field(default_factory=list)
    """Glued calls (layout E), so that calls inside brackets are found too."""
    unclassified: list[Bracket] = field(default_factory=list)
    used: dict[str, int] = field(default_factory=dict)
    """How many notes of each number calls have taken."""

    def take_note(self, n: str) -> list[Inline] | None:
        """The next note text with this number (the last one again if calls outnumber notes)."""
        texts = self.notes.get(n)
        if not texts:
            return None
        k = self.used.get(n, 0)
        self.used[n] = k + 1
        return texts[min(k, len(texts) - 1)]

    def uncalled(self) -> list[tuple[str, list[Inline]]]:
        """Notes no call took, so the writer can keep them (nothing is lost)."""
        return [
            (n, text) for n, texts in self.notes.items() for text in texts[self.used.get(n, 0) :]
        ]

    def parse(self, start: int, end: int, markers: list[Marker]) -> list[Inline]:
        text = self.source.text
        out: list[Inline] = []
        pos = start
        for marker in markers:
            if marker.start < pos or marker.end > end:
                continue
            self._text(out, text[pos : marker.start])
            if marker.pair is not None:
                self._bracket(out, marker.pair, start, end)
            else:
                loc = self.source.loc(marker.start)
                out.append(NoteCall(marker.call, loc, self.take_note(marker.call)))
            pos = marker.end
        self._text(out, text[pos:end])
        return out

    def _text(self, out: list[Inline], chunk: str) -> None:
        if not chunk:
            return
        if "\\" in chunk:  # one scan for the rare escape instead of two replace() passes
            chunk = chunk.replace("\\[", "[").replace("\\]", "]")
        parts = _BREAK.split(chunk) if "\n" in chunk else [chunk]  # most chunks have no break
        for k, part in enumerate(parts):
            if k:
                out.append(LineBreak() if self.keep_breaks else Text(" "))
            if part:
                if out and isinstance(out[-1], Text):
                    out[-1].text += part
                else:
                    out.append(Text(part))

    def _bracket(self, out: list[Inline], pair: Pair, start: int, end: int) -> None:
        text = self.source.text
        inner = text[pair.open + 1 : pair.close]
        loc = self.source.loc(pair.open)
        raw = text[pair.open : pair.close + 1]
        page = PAGE_MARK.match(inner.strip())
        if page:
            out.append(PageBreak(page.group(1), loc))
            return
        ctx = Context(
            inner,
            text[max(start, pair.open - _CONTEXT) : pair.open],
            text[pair.close + 1 : min(end, pair.close + 1 + _CONTEXT)],
            frozenset(self.notes),
            self.bracket_calls,
        )
        kind = classify(ctx)
        if kind == "footnote-call":
            out.append(NoteCall(inner, loc, self.take_note(inner)))
            return
        if kind in ("sic", "uncertain"):
            out.append(Bracket(kind, raw, self._take_words(out, kind), loc))
            return
        children = pair.children
        if (
            len(children) == 1
            and children[0].open == pair.open + 1
            and children[0].close == pair.close - 1
        ):
            children = children[0].children  # [[TOP SECRET]]: one stamp, not two brackets
            inner_start, inner_end = pair.open + 2, pair.close - 1
        else:
            inner_start, inner_end = pair.open + 1, pair.close
        label = ""
        content_start = self._skip_label(kind, text, inner_start, inner_end)
        if content_start != inner_start:
            label = text[inner_start : content_start - 1].strip()
            inner_start = content_start
        markers = [Marker(c.open, c.close + 1, pair=c) for c in children]
        markers += [m for m in self.call_markers if inner_start <= m.start and m.end <= inner_end]
        markers.sort(key=lambda m: m.start)
        content = self.parse(inner_start, inner_end, markers)
        printed = inner.strip() if kind == "omission" else ""
        bracket = Bracket(kind, raw, _trim(content), loc, printed, label)
        if kind == "unclassified":
            self.unclassified.append(bracket)
        out.append(bracket)

    @staticmethod
    def _skip_label(kind: str, text: str, start: int, end: int) -> int:
        """``[handwritten: X]``, ``[faded image of a stamp: X]``: the content is X."""
        if kind in ("handwritten", "stamp"):
            colon = text.find(":", start, end)
            if colon != -1 and "[" not in text[start:colon]:
                return colon + 1
        return start

    @staticmethod
    def _take_words(out: list[Inline], kind: str) -> list[Inline]:
        """The words a ``[sic]`` or ``[?]`` qualifies, taken off the end of the text before.

        ``[sic]`` qualifies the last word; ``[?]`` the last name (up to two capitalised
        words, ``Ju Yeong-chan [?]``) or else the last word.
        """
        if not out or not isinstance(out[-1], Text):
            return []
        last = out[-1]
        m = _NAME_RUN.search(last.text) if kind == "uncertain" else None
        if m is not None:
            start, words = m.start(), m.group(1)
        else:
            # The last word, as a search for ``(\S+)\s*$`` finds it without trying every character.
            kept = last.text.rstrip()
            if not kept:
                return []
            words = kept.rsplit(None, 1)[-1]
            start = len(kept) - len(words)
        last.text = last.text[:start]
        if not last.text:
            out.pop()
        return [Text(words)]


def _trim(content: list[Inline]) -> list[Inline]:
    """Strip the spaces and breaks just inside a bracket (``[faded image of a stamp:⏎⏎X]``)."""
    while content and (
        isinstance(content[0], LineBreak)
        or (isinstance(content[0], Text) and not content[0].text.strip())
    ):
        content.pop(0)
    while content and (
        isinstance(content[-1], LineBreak)
        or (isinstance(content[-1], Text) and not content[-1].text.strip())
    ):
        content.pop()
    if content and isinstance(content[0], Text):
        content[0].text = content[0].text.lstrip()
    if content and isinstance(content[-1], Text):
        content[-1].text = content[-1].text.rstrip()
    return content
