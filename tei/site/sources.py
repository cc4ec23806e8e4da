"""Converting an edition's sources: records that have no TEI yet (or changed ones, if asked).

The TEI is the master copy once it exists, since editors correct it by hand; so a source is
converted only when its TEI is missing, or with ``update`` when the source's content differs
from the one last converted (the editor copied the page again; a ``touch`` changes nothing).
The new conversion replaces the TEI only if the TEI is still what the converter wrote (the
:mod:`tei.site.ledger` knows its hash); a TEI corrected by hand is never overwritten: the new
conversion goes beside it, as ``NAME.xml.new``, and the build says so. Conversion goes through
:mod:`tei.pipeline`, which checks every output against the project schema, and files are
written atomically, never over a source.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from tei.errors import Diagnostic, Level, OutputError, TeiError
from tei.files import Inputs, flush, write_atomic
from tei.people import Register
from tei.pipeline import Conversion, convert_many, find_records
from tei.site.config import Edition
from tei.site.ledger import Ledger
from tei.site.outputs import sha256

BESIDE_SUFFIX = ".new"
"""A new conversion of a hand-corrected TEI is written to ``NAME.xml.new`` (not ``*.xml``, so it
is not published as a document of its own)."""


@dataclass(slots=True)
class ConversionReport:
    """What the conversion step did: files written, warnings, and sources that failed."""

    written: list[Path] = field(default_factory=list)
    beside: list[Path] = field(default_factory=list)
    """New conversions written beside a TEI corrected by hand (``NAME.xml.new``)."""
    diagnostics: list[Diagnostic] = field(default_factory=list)
    failed: list[TeiError] = field(default_factory=list)


def pending(edition: Edition, *, update: bool = False) -> list[tuple[Path, Path]]:
    """(source, TEI target) for each source to convert now, in name order."""
    if not edition.sources.is_dir():
        return []
    ledger = Ledger(edition.cache) if update else None
    todo = []
    for source in find_records(edition.sources):
        target = edition.tei / f"{source.stem}.xml"
        if not target.exists():
            todo.append((source, target))
        elif ledger is not None:
            entry = ledger.get(source.stem)
            if entry is None or entry.source != sha256(source.read_bytes()):
                todo.append((source, target))
    return todo


def convert_sources(
    edition: Edition,
    *,
    update: bool = False,
    jobs: int = 0,
    on_done: Callable[[], None] | None = None,
    todo: list[tuple[Path, Path]] | None = None,
) -> ConversionReport:
    """Convert the pending sources into ``tei/``; failures are reported, not raised."""
    todo = pending(edition, update=update) if todo is None else todo
    report = ConversionReport()
    if not todo:
        return report  # most builds: nothing to convert, no ledger, register or listing read
    targets = {str(source): target for source, target in todo}
    inputs = Inputs(find_records(edition.sources))
    # The edition's persons register gives new records the ids its people already have.
    register = Register.load(edition.register) if edition.register else None
    converted = convert_many(
        [s for s, _ in todo], jobs=jobs, on_done=lambda _r: _tick(on_done), register=register
    )
    ledger = Ledger(edition.cache)
    for result in converted:
        if isinstance(result, Conversion):
            report.diagnostics += result.diagnostics
            try:
                _place(Path(result.path), targets[result.path], result.data, ledger, report, inputs)
            except OutputError as exc:
                report.failed.append(exc)
        else:
            report.failed.append(result)
    # A read-only edition keeps no ledger: every TEI then counts as hand-made (safe).
    with contextlib.suppress(OSError, OutputError):
        ledger.save()
    if report.written or report.beside:
        flush()  # the new TEI is the master copy from now on: durable before the build goes on
    return report


def _place(
    source: Path,
    target: Path,
    data: bytes,
    ledger: Ledger,
    report: ConversionReport,
    inputs: Inputs,
) -> None:
    """Write a conversion over its TEI, or beside it when the TEI was corrected by hand."""
    source_bytes = source.read_bytes()
    entry = ledger.get(target.stem)
    try:
        existing: bytes | None = target.read_bytes()
    except OSError:
        existing = None
    if existing == data:
        ledger.record(target.stem, source_bytes, data)  # nothing to write: same conversion
        return
    if existing is None or (entry is not None and sha256(existing) == entry.tei):
        write_atomic(target, data, inputs=inputs, sync=False)
        ledger.record(target.stem, source_bytes, data)
        report.written.append(target)
        return
    beside = target.with_name(target.name + BESIDE_SUFFIX)
    write_atomic(beside, data, inputs=inputs, sync=False)
    ledger.record(target.stem, source_bytes, data)
    report.beside.append(beside)
    report.diagnostics.append(
        Diagnostic(
            Level.WARNING,
            "W501",
            f"{target} differs from what the converter wrote (corrected by hand), so it was "
            f"kept; the new conversion of {source} is in {beside}",
            str(target),
            1,
            1,
            hint=f"merge what you need from {beside.name} into {target.name}, then delete it",
        )
    )


def _tick(on_done: Callable[[], None] | None) -> None:
    if on_done is not None:
        on_done()
