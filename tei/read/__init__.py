"""Stage 1 of the pipeline: record text -> :class:`~tei.read.model.Record`.

``read_record`` finds the layout, removes the page chrome, reads the metadata and cuts the
body into blocks of inline content. It knows nothing of TEI.
"""

from __future__ import annotations

from bisect import bisect_left

from tei.errors import Diagnostic, Level, TeiError
from tei.read.blocks import BlockReader
from tei.read.decode import decode
from tei.read.inline import Inliner, Marker, Pair, bracket_pairs
from tei.read.layouts import split_page
from tei.read.meta import read_meta
from tei.read.model import Closer, Inline, Record
from tei.read.source import Source
from tei.read.units import cut_units

__all__ = ["decode", "read_bytes", "read_record"]

_SENTENCE_END = tuple(".!?)\"”’]:;")


def read_bytes(data: bytes, path: str = "<input>") -> Record:
    """Decode a record file and read it; decoding notes join the record's diagnostics."""
    try:
        text, notes = decode(data)
    except TeiError as exc:
        raise exc.at(path) from None
    record = read_record(text, path)
    record.diagnostics[:0] = [
        Diagnostic(n.level, n.code, n.message, path, n.line, n.column, n.hint) for n in notes
    ]
    return record


def read_record(text: str, path: str = "<input>") -> Record:
    """Read a record page (any known layout, or a bare body)."""
    source = Source(text, path)
    try:
        return _read(source)
    except TeiError as exc:
        raise exc.at(path) from None


def _markers(pairs: list[Pair]) -> callable:  # type: ignore[valid-type]
    opens = [p.open for p in pairs]

    def markers(start: int, end: int) -> list[Marker]:
        i = bisect_left(opens, start)
        found = []
        while i < len(pairs) and pairs[i].close < end:
            found.append(Marker(pairs[i].open, pairs[i].close + 1, pair=pairs[i]))
            i += 1
        return found

    return markers


def _read(source: Source) -> Record:
    page = split_page(source)
    record = Record(source.path, page.layout)
    read_meta(source, page, record)
    notes: dict[str, list[Inline] | None] = {}
    note_inliner = Inliner(source, {})
    for note in page.notes:
        pairs = bracket_pairs(source, note.span.start, note.span.end)
        notes[note.n] = note_inliner.parse(note.span.start, note.span.end, _markers(pairs)(note.span.start, note.span.end))
    pairs = bracket_pairs(source, page.body.start, page.body.end)
    units = cut_units(source, page, pairs)
    inliner = Inliner(source, notes)
    reader = BlockReader(source, units, inliner, _markers(pairs))
    record.blocks = reader.read()
    record.body_text = source.text[page.body.start : page.body.end]
    body = record.body_text.rstrip(" \t\n\u00a0")
    ends_with_closer = bool(record.blocks) and isinstance(record.blocks[-1], Closer)
    if body and not ends_with_closer and not body.endswith(_SENTENCE_END):
        record.truncated = True
        loc = source.loc(page.body.start + len(body))
        record.diagnostics.append(
            Diagnostic(
                Level.WARNING,
                "W202",
                "the record seems to stop mid-sentence",
                source.path,
                loc.line,
                loc.column,
                "check that the whole page was copied",
            )
        )
    for bracket in inliner.unclassified + note_inliner.unclassified:
        record.diagnostics.append(
            Diagnostic(
                Level.WARNING,
                "W301",
                f"could not tell what the bracket {bracket.raw!r} is; encoded as supplied",
                source.path,
                bracket.loc.line,
                bracket.loc.column,
                "set its @reason by hand in the TEI",
            )
        )
    return record
