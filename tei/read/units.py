"""Cut a record's body into units: the lines or paragraphs that become blocks.

Pages copied from the web put one paragraph on a line; text typed by hand may wrap
paragraphs over several lines; layout D runs the whole body into one line. This module hides
those differences from the block rules in ``tei.read.blocks``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from tei.read.inline import Pair
from tei.read.page import Line, Page, lines_of
from tei.read.source import Source

LIST_MARK = re.compile(r"^\s*(?:\d{1,3}\.|\((?:\d{1,3}|[a-z])\)|[a-z]\)|[-•*·])\s+")
HEADER_LABELS = (
    "To",
    "From",
    "Date",
    "Date and Time",
    "Time",
    "Place",
    "Location",
    "Classification",
    "Subject",
    "Re",
    "Participants",
    "Present",
)
FIELD = re.compile(rf"^(?:{'|'.join(re.escape(x) for x in HEADER_LABELS)}):(?:\s|$)")
# Layout D: where the run-on text starts a new unit (header labels and speaker labels).
_RUN_ON_HEADER = re.compile(r"(?<= )(?=(?:Date and Time|Location|Participants):)")
_NAME_PARTICLE = (
    r"(?:(?:de la|de las|de los|del|de|da|la|las|los|van der|van|von|bin|ibn|al|el) )?(?:al-|el-)?"
)
"""A particle inside a name of a label (``Ambassador del Valle``, ``DG al-Rashidi``)."""
_LABEL = (
    rf"[A-Z][\w.’'-]*(?: {_NAME_PARTICLE}[A-Z][\w.’'-]*){{0,3}}"
    r"(?: \([A-Z]+\))?"
)
"""A speaker label; a particle may stand inside the name (``Ambassador del Valle``)."""
_LABEL_AFTER_SENTENCE = re.compile(rf"(?<=[.!?)\"”’] )({_LABEL}): ")


_PARAGRAPH_END = tuple('.!?:"”’)]')


def _blank(text: str) -> bool:
    return not text.strip(" \t\u00a0")


@dataclass(slots=True)
class Unit:
    """A stretch ``[start, end)`` of the body that becomes one block (or one item of one)."""

    start: int
    end: int
    multiline: bool = False

    # Written out: mypyc compiles it; the @dataclass-made one runs interpreted (6x slower).
    def __init__(self, start: int, end: int, multiline: bool = False) -> None:
        self.start = start
        self.end = end
        self.multiline = multiline

    def text(self, source: Source) -> str:
        return source.text[self.start : self.end]


def cut_units(source: Source, page: Page, pairs: list[Pair]) -> list[Unit]:
    """The body's units in order, with units joined where a bracket runs over them."""
    units = _run_on_units(source, page) if page.run_on else _line_units(source, page)
    return _join_bracket_spans(units, pairs)


def _line_units(source: Source, page: Page) -> list[Unit]:
    lines = lines_of(source, page.body.start, page.body.end)
    groups: list[list[Line]] = [[]]
    for line in lines:
        if _blank(line.text):
            if groups[-1]:
                groups.append([])
        else:
            groups[-1].append(line)
    groups = [g for g in groups if g]
    units: list[Unit] = []
    for group in groups:
        if len(group) > 1 and not page.one_paragraph_per_line and _wrapped_prose(group):
            units.append(Unit(_lead(group[0]), _trail(group[-1]), multiline=False))
        else:
            units.extend(Unit(_lead(line), _trail(line)) for line in group)
    return units


def _lead(line: Line) -> int:
    return line.start + len(line.text) - len(line.text.lstrip(" \t\u00a0"))


def _trail(line: Line) -> int:
    return line.start + len(line.text.rstrip(" \t\u00a0"))


def _wrapped_prose(group: list[Line]) -> bool:
    """A paragraph typed with hard line breaks: long lines, none a list item or a field, most
    of them ending inside a sentence (a page copied one paragraph per line ends each line with
    its paragraph's last stop)."""
    if any(LIST_MARK.match(ln.text) or FIELD.match(ln.text.strip()) for ln in group):
        return False
    if not all(len(ln.text.strip()) >= 50 for ln in group[:-1]):
        return False
    ends = sum(1 for ln in group[:-1] if ln.text.rstrip().endswith(_PARAGRAPH_END))
    return 2 * ends < len(group) - 1


def _run_on_units(source: Source, page: Page) -> list[Unit]:
    """Cut run-on text before header labels and before speaker labels.

    A speaker label is a name and a colon after the end of a sentence; once a name is known
    as a label, it starts a unit wherever it occurs with its colon (the first turn often
    follows the participants list without a full stop).
    """
    text = source.text[page.body.start : page.body.end]
    labels = {m.group(1) for m in _LABEL_AFTER_SENTENCE.finditer(text)}
    cuts = {0, len(text), *(m.start() for m in _RUN_ON_HEADER.finditer(text))}
    if labels:
        names = "|".join(re.escape(label) for label in sorted(labels, key=len, reverse=True))
        cuts.update(m.start() for m in re.finditer(rf"(?<= )(?:{names}): ", text))
    ordered = sorted(cuts)
    units = []
    for a, b in pairwise(ordered):
        chunk = text[a:b]
        lead = len(chunk) - len(chunk.lstrip())
        if chunk.strip():
            start = page.body.start + a + lead
            units.append(Unit(start, page.body.start + a + len(chunk.rstrip())))
    return units


def _join_bracket_spans(units: list[Unit], pairs: list[Pair]) -> list[Unit]:
    """A bracket that opens in one unit and closes in a later one joins those units."""
    if not pairs:
        return units
    joined: list[Unit] = []
    k = 0
    for unit in units:
        if joined:
            prev_end = joined[-1].end
            while k < len(pairs) and pairs[k].close < prev_end:
                k += 1
            if k < len(pairs) and pairs[k].open < prev_end and pairs[k].close >= unit.start:
                joined[-1] = Unit(joined[-1].start, unit.end, multiline=True)
                continue
        joined.append(unit)
    return joined
