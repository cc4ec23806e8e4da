"""``tei convert``: records to TEI, one file or a whole folder in parallel."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from tei.cli._errors import EXIT_UNREADABLE, reports_errors
from tei.cli._options import jobs_option, output_options, register_option
from tei.errors import Diagnostic, OutputError, TeiError
from tei.files import Inputs, flush, write_atomic
from tei.people import Register
from tei.pipeline import Conversion, convert_file, convert_many, find_records, output_for

REVIEW_CODES = ("V", "W")
"""What ``--review`` lists: the converter's decisions (V4xx) and its warnings (W)."""


def _warn(diagnostics: list[Diagnostic], quiet: bool, review: bool = False) -> None:
    """Warnings go to standard error; review notes (V…) only with ``--review``."""
    for diagnostic in diagnostics:
        if diagnostic.code.startswith("V"):
            if review:
                click.echo(diagnostic.format(), err=True)
        elif review or not quiet:
            click.echo(diagnostic.format(), err=True)


_output_options = output_options("the TEI")


@click.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@_output_options[0]
@_output_options[1]
@jobs_option
@click.option("-q", "--quiet", is_flag=True, help="Do not print warnings.")
@click.option(
    "--review",
    is_flag=True,
    help="Also list, with line numbers, the decisions an editor should check: "
    "uncertain speakers, unknown labels, new persons, unclassified brackets.",
)
@register_option("ids and name forms come from it")
@reports_errors
def convert(
    inputs: tuple[Path, ...],
    output: Path | None,
    out_dir: Path | None,
    jobs: int,
    quiet: bool,
    review: bool,
    register: Path | None,
) -> None:
    """Convert plain-text archive records into TEI P5.

    Each output is checked against the project schema before it is written; files are written
    atomically and never over an input. Warnings go to standard error as
    file:line:col: warning CODE: message.

    \b
    Examples:
      tei convert record.txt -o record.xml
      tei convert records/ -d tei/
      tei convert record.txt -o record.xml --review --register persons.xml
    """
    persons = Register.load(register) if register is not None else None
    if output is not None and out_dir is not None:
        raise click.UsageError("give either -o/--output or -d/--out-dir, not both")
    singles = [p for p in inputs if p.is_file()]
    folders = [p for p in inputs if p.is_dir()]
    if len(inputs) == 1 and singles and out_dir is None:
        _convert_single(singles[0], output, quiet, review, persons)
        return
    if output is not None:
        raise click.UsageError("-o/--output takes one record; use -d/--out-dir for several")
    if out_dir is None:
        raise click.UsageError("several inputs or a folder need -d/--out-dir")
    jobs_list: list[tuple[Path, Path]] = [
        (p, out_dir / p.with_suffix(".xml").name) for p in singles
    ]
    for folder in folders:
        jobs_list += [(p, output_for(p, folder, out_dir)) for p in find_records(folder)]
    _convert_folder(jobs_list, jobs, quiet, review, persons)


def _convert_single(
    path: Path, output: Path | None, quiet: bool, review: bool, register: Register | None
) -> None:
    result = convert_file(path, register=register)
    _warn(result.diagnostics, quiet, review)
    if output is None:
        sys.stdout.buffer.write(result.data)
        return
    write_atomic(output, result.data, inputs=[path])


def _convert_folder(
    pairs: list[tuple[Path, Path]], jobs: int, quiet: bool, review: bool, register: Register | None
) -> None:
    targets = {str(src): dst for src, dst in pairs}
    inputs = [src for src, _ in pairs]
    protected = Inputs(inputs)  # resolved once: a set lookup per output, not a list scan
    failed: list[TeiError] = []
    written = 0
    show = sys.stderr.isatty() and not quiet
    with click.progressbar(
        length=len(inputs), label="Converting", file=sys.stderr, hidden=not show
    ) as bar:
        done = convert_many(inputs, jobs=jobs, on_done=lambda _r: bar.update(1), register=register)
        for result in done:
            if isinstance(result, Conversion):
                _warn(result.diagnostics, quiet, review)
                try:
                    write_atomic(targets[result.path], result.data, inputs=protected, sync=False)
                    written += 1
                except OutputError as exc:
                    failed.append(exc)
            else:
                failed.append(result)
    if written:
        flush()  # one sync for the folder instead of an fsync per file
    for error in failed:
        click.echo(str(error), err=True)
    if not quiet:
        click.echo(f"{written} converted, {len(failed)} failed", err=True)
    if failed:
        raise click.exceptions.Exit(EXIT_UNREADABLE)
