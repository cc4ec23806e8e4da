"""Converting an edition's sources: records that have no TEI yet (or newer ones, if asked).

The TEI is the master copy once it exists, since editors correct it by hand; so a source is
converted only when its TEI is missing, or with ``update`` when the source was changed after
the TEI (the editor copied the page again). Conversion goes through :mod:`tei.pipeline`, which
checks every output against the project schema, and files are written atomically, never over
a source.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from tei.errors import Diagnostic, OutputError, TeiError
from tei.files import Inputs, flush, write_atomic
from tei.people import Register
from tei.pipeline import Conversion, convert_many, find_records
from tei.site.config import Edition


@dataclass(slots=True)
class ConversionReport:
    """What the conversion step did: files written, warnings, and sources that failed."""

    written: list[Path] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    failed: list[TeiError] = field(default_factory=list)


def pending(edition: Edition, *, update: bool = False) -> list[tuple[Path, Path]]:
    """(source, TEI target) for each source to convert now, in name order."""
    if not edition.sources.is_dir():
        return []
    todo = []
    for source in find_records(edition.sources):
        target = edition.tei / f"{source.stem}.xml"
        if not target.exists() or (update and source.stat().st_mtime > target.stat().st_mtime):
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
    targets = {str(source): target for source, target in todo}
    inputs = Inputs(find_records(edition.sources) if todo else ())
    # The edition's persons register gives new records the ids its people already have.
    register = Register.load(edition.register) if todo and edition.register else None
    converted = convert_many(
        [s for s, _ in todo], jobs=jobs, on_done=lambda _r: _tick(on_done), register=register
    )
    for result in converted:
        if isinstance(result, Conversion):
            report.diagnostics += result.diagnostics
            try:
                write_atomic(targets[result.path], result.data, inputs=inputs, sync=False)
            except OutputError as exc:
                report.failed.append(exc)
                continue
            report.written.append(targets[result.path])
        else:
            report.failed.append(result)
    if report.written:
        flush()  # the new TEI is the master copy from now on: durable before the build goes on
    return report


def _tick(on_done: Callable[[], None] | None) -> None:
    if on_done is not None:
        on_done()
