"""Stage 1 of the pipeline: record text -> :class:`~tei.read.model.Record`.

``read_record`` finds the layout, removes the page chrome, reads the metadata and cuts the
body into blocks of inline content. It knows nothing of TEI.
"""

from __future__ import annotations

from bisect import bisect_left

from tei.errors import Diagnostic, Level, TeiError
from tei.read.blocks import BlockReader, MarkerSource
from tei.read.decode import decode
from tei.read.inline import Inliner, Marker, Pair, bracket_pairs
from tei.read.layouts import split_page
from tei.read.meta import read_meta
from tei.read.model import Closer, Inline, Record
from tei.read.source import Source
from tei.read.tidy import tidy
from tei.read.units import cut_units

__all__ = ["decode", "read_bytes", "read_record"]

_SENTENCE_END = tuple('.!?)"”’]:;')


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
    source = Source(tidy(text), path)
    try:
        return _read(source)
    except TeiError as exc:
        raise exc.at(path) from None


def _markers(pairs: list[Pair], calls: list[tuple[int, int, str]] | None = None) -> MarkerSource:
    """Markers (bracket pairs and glued note calls) inside a stretch, in text order."""
    all_markers = [Marker(p.open, p.close + 1, pair=p) for p in pairs]
    all_markers += [Marker(a, b, call=n) for a, b, n in calls or []]
    all_markers.sort(key=lambda m: m.start)
    starts = [m.start for m in all_markers]

    def markers(start: int, end: int) -> list[Marker]:
        i = bisect_left(starts, start)
        found = []
        while i < len(all_markers) and all_markers[i].end <= end:
            found.append(all_markers[i])
            i += 1
        return found

    return markers


def _read(source: Source) -> Record:
    page = split_page(source)
    record = Record(source.path, page.layout)
    read_meta(source, page, record)
    notes: dict[str, list[list[Inline]]] = {}
    note_inliner = Inliner(source, {}, bracket_calls=False)
    for note in page.notes:
        start, end = note.span.start, note.span.end
        pairs = bracket_pairs(source, start, end)
        notes.setdefault(note.n, []).append(
            note_inliner.parse(start, end, _markers(pairs)(start, end))
        )
    pairs = bracket_pairs(source, page.body.start, page.body.end)
    units = cut_units(source, page, pairs)
    inliner = Inliner(source, notes, bracket_calls=not page.glued_calls)
    inliner.call_markers = [Marker(a, b, call=n) for a, b, n in page.calls]
    markers = _markers(pairs, page.calls)
    for name in ("head", "source_label", "dateline"):
        span = page.fields.get(name)
        if span is not None:
            inliner.keep_breaks = name == "dateline"
            span_pairs = bracket_pairs(source, span.start, span.end)
            content = inliner.parse(
                span.start, span.end, _markers(span_pairs, page.calls)(span.start, span.end)
            )
            setattr(record, name, content)
    if page.nearest:
        missed = "; ".join(page.missed)
        nearest = (
            "no known layout's signs found"
            if page.nearest == "none"
            else f"nearest: layout {page.nearest}; missing: {missed}"
        )
        record.diagnostics.append(
            Diagnostic(
                Level.WARNING,
                "W204",
                f"the page's layout was not recognised ({nearest}); read it as a general record",
                source.path,
                1,
                1,
                "check the title, date and notes in the TEI header",
            )
        )
    reader = BlockReader(source, units, inliner, markers)
    record.blocks = reader.read()
    record.uncalled_notes = inliner.uncalled()
    for n, _text in record.uncalled_notes:
        record.diagnostics.append(
            Diagnostic(
                Level.WARNING,
                "W303",
                f"footnote {n} has no call in the text; kept at the end of the body",
                source.path,
                0,
                0,
                "place the note at its call by hand",
            )
        )
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
