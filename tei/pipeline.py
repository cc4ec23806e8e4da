"""The one module that chains the stages: text -> record -> TEI -> validated bytes.

The CLI and the site builder call these functions; they never call the stages directly, so the
order (and the rule that nothing invalid is ever written) lives here only.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from tei import xmlsafe
from tei.encode import serialize, to_tei
from tei.errors import Diagnostic, InputError, InvalidOutputError, Level, TeiError, XmlInputError
from tei.people import Register, attribute
from tei.read import read_bytes
from tei.read.decode import BOMS
from tei.read.model import Record

RECORD_SUFFIXES = (".txt", ".text")


def refuse_xml(data: bytes, path: str) -> None:
    """Raise :class:`InputError` if ``data`` is XML (a TEI file given to the converter).

    The converter reads records saved as text; fed a TEI file it would escape the markup into
    the text. Evidence, not the file name: an XML declaration, or a document that starts with
    a tag and parses as XML (or is refused as XML: a DTD). A text record that merely starts
    with ``<`` is still converted.
    """
    head = data[:64]
    for bom, _encoding in BOMS:
        if head.startswith(bom):
            head = head.removeprefix(bom)
            break
    head = head.replace(b"\x00", b"").lstrip()
    if not head.startswith(b"<"):
        return
    if not head.startswith(b"<?xml"):
        try:
            xmlsafe.parse_bytes(data, path)
        except XmlInputError as exc:
            if "refused" not in exc.message:
                return  # not XML after all: a record that starts with "<"
    raise InputError(
        "this is XML, not a record saved as text; did you mean tei validate or tei render?",
        path=path,
        line=1,
        column=1,
        hint="tei validate checks a TEI file and tei render reads it; "
        "tei convert takes a record saved as text (.txt)",
    )


@dataclass(slots=True)
class Conversion:
    """The result of converting one record: its TEI bytes and what the editor should know."""

    path: str
    data: bytes
    record: Record | None
    """The parsed record; None for results that crossed a process boundary (it is large)."""
    diagnostics: list[Diagnostic] = field(default_factory=list)


def check_schema(root: etree._Element, path: str) -> list[Diagnostic]:
    """Errors of the project schema for a tree (the schema is compiled once per process)."""
    from tei.validate.schema import project_schema

    return [
        d for d in project_schema().validate(root.getroottree(), path) if d.level is Level.ERROR
    ]


def convert_bytes(
    data: bytes, path: str = "<input>", *, validate: bool = True, register: Register | None = None
) -> Conversion:
    """Convert a record file's bytes into TEI; raise a located error instead of bad output.

    ``register`` is the edition's persons register: its ids are used for the people it knows.
    """
    refuse_xml(data, path)
    record = read_bytes(data, path)
    attribute(record, register)
    root = to_tei(record)
    out = serialize(root)
    # The tree as built is what the bytes hold, so it is validated as it is; only an invalid
    # tree is parsed back from the bytes, for the TEI line numbers of the message.
    if validate and check_schema(root, path):
        errors = check_schema(etree.fromstring(out).getroottree().getroot(), path)
        if errors:
            first = errors[0]
            raise InvalidOutputError(
                f"the converter produced TEI that the project schema rejects "
                f"({len(errors)} error(s)); first: {first.message} (TEI line {first.line})",
                path=path,
                hint="nothing was written; please report this record to the toolkit's maintainers",
            )
    return Conversion(path, out, record, list(record.diagnostics))


def convert_file(
    path: str | Path, *, validate: bool = True, register: Register | None = None
) -> Conversion:
    """Read and convert one record file."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise TeiError(
            f"cannot read the file: {exc.strerror}", path=path, hint="check the path"
        ) from None
    return convert_bytes(data, str(path), validate=validate, register=register)


def find_records(folder: str | Path) -> list[Path]:
    """Record files below a folder, in a stable order."""
    root = Path(folder)
    return sorted(p for p in root.rglob("*") if p.is_file() and p.suffix in RECORD_SUFFIXES)


def output_for(record: Path, source_root: Path, out_dir: Path) -> Path:
    """Where a folder conversion puts a record's TEI: same relative path, ``.xml``."""
    return (out_dir / record.relative_to(source_root)).with_suffix(".xml")


Outcome = Conversion | TeiError


def _convert_one(job: tuple[str, Register | None]) -> Outcome:
    path, register = job
    try:
        result = convert_file(path, register=register)
    except TeiError as exc:
        return exc
    result.record = None  # not worth pickling back to the parent
    return result


def convert_many(
    paths: Iterable[Path],
    *,
    jobs: int = 0,
    on_done: Callable[[Outcome], None] | None = None,
    register: Register | None = None,
) -> Iterator[Outcome]:
    """Convert records in parallel (``jobs`` processes; 0 = all cores), in input order."""
    items = [(str(p), register) for p in paths]
    workers = jobs or os.cpu_count() or 1
    if workers == 1 or len(items) < 2:
        results: Iterable[Outcome] = map(_convert_one, items)
        for result in results:
            if on_done:
                on_done(result)
            yield result
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        for result in pool.map(_convert_one, items, chunksize=max(1, len(items) // (workers * 8))):
            if on_done:
                on_done(result)
            yield result
