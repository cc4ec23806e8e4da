"""The record text with a line index, so that every result can say where it came from.

All readers work with offsets into the one decoded text; :meth:`Source.loc` turns an offset into
the 1-based line and column an editor sees in a text editor.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Loc:
    """A 1-based line and column in the source text."""

    line: int
    column: int

    # Written out: mypyc compiles it; the @dataclass-made one runs interpreted (15x slower).
    def __init__(self, line: int, column: int) -> None:
        object.__setattr__(self, "line", line)  # mypyc sets the slot directly
        object.__setattr__(self, "column", column)


@dataclass(slots=True)
class Source:
    """Decoded record text plus the offsets where its lines start."""

    text: str
    path: str = "<input>"
    _starts: list[int] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        text = self.text  # text.find, not a bound method in a local: mypyc calls it directly
        starts = [0]
        pos = text.find("\n")
        while pos != -1:
            starts.append(pos + 1)
            pos = text.find("\n", pos + 1)
        self._starts = starts

    def loc(self, offset: int) -> Loc:
        """Line and column (both 1-based) of a character offset."""
        index = bisect_right(self._starts, offset) - 1
        return Loc(index + 1, offset - self._starts[index] + 1)
