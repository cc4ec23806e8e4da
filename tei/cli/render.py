"""``tei render``: TEI to an HTML page or to text, for one file or a folder.

A thin layer over :mod:`tei.render`: it parses with :mod:`tei.xmlsafe`, renders, and writes
with :func:`tei.files.write_atomic` (never over an input). A folder is rendered in parallel
processes with a progress bar; one file that fails does not stop the others.
"""

from __future__ import annotations

import os
import sys
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import click

from tei.cli._errors import EXIT_UNREADABLE, reports_errors
from tei.cli._options import jobs_option, output_options
from tei.errors import TeiError
from tei.files import write_atomic
from tei.render import RENDERERS, VIEWS, dropped_elements, unknown_elements
from tei.xmlsafe import parse_file


@dataclass(frozen=True, slots=True)
class Job:
    """One file to render; ``target`` None means standard output."""

    source: Path
    target: Path | None
    to: str
    view: str
    width: int
    report: bool


@dataclass(slots=True)
class Done:
    """What became of one job: its text (for stdout), its error, and what the report says."""

    source: Path
    output: str = ""
    error: str = ""
    unknown: Counter[str] = field(default_factory=Counter)
    lost: Counter[str] = field(default_factory=Counter)
    other_view: Counter[str] = field(default_factory=Counter)


def run_job(job: Job) -> Done:
    """Render one file; library errors are returned, not raised, so a folder run goes on."""
    try:
        tree = parse_file(job.source)
        renderer = RENDERERS[job.to]
        output = renderer.render(tree, job.view, job.width)
        done = Done(job.source, output)
        if job.report:
            done.unknown = unknown_elements(tree)
            dropped = dropped_elements(tree, job.to, job.view)
            done.lost, done.other_view = dropped.lost, dropped.other_view
        if job.target is not None:
            write_atomic(job.target, output.encode("utf-8"), inputs=[job.source])
            done.output = ""
        return done
    except TeiError as exc:
        return Done(job.source, error=str(exc.at(job.source)))


def _sources(inputs: tuple[Path, ...]) -> list[tuple[Path, Path]]:
    """Each XML file to render with the folder it was found under (for relative output paths)."""
    found: list[tuple[Path, Path]] = []
    for item in inputs:
        if item.is_dir():
            found.extend((item, p) for p in sorted(item.rglob("*.xml")) if p.is_file())
        else:
            found.append((item.parent, item))
    return found


def _run_all(jobs: list[Job], workers: int) -> list[Done]:
    if workers <= 1 or len(jobs) < 2:
        return [run_job(job) for job in jobs]
    done: list[Done] = []
    with (
        ProcessPoolExecutor(max_workers=workers) as pool,
        click.progressbar(length=len(jobs), label="Rendering", file=sys.stderr) as bar,
    ):
        chunk = max(1, len(jobs) // (workers * 8))
        for result in pool.map(run_job, jobs, chunksize=chunk):
            done.append(result)
            bar.update(1)
    return done


_output_options = output_options("the rendering")


@click.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option(
    "--to",
    "to",
    type=click.Choice(sorted(RENDERERS)),
    default="html",
    show_default=True,
    help="Output format.",
)
@click.option(
    "--view",
    type=click.Choice(VIEWS),
    default="reading",
    show_default=True,
    help="reading hides the editorial brackets; diplomatic shows them as printed. "
    "For HTML, the view the page opens with.",
)
@click.option(
    "--width",
    type=click.IntRange(min=0),
    default=78,
    show_default=True,
    help="Wrap text at this many columns; 0 for no wrapping.",
)
@_output_options[0]
@_output_options[1]
@click.option(
    "--report", is_flag=True, help="List the elements that have no rendering rule, with counts."
)
@jobs_option
@reports_errors
def render(
    inputs: tuple[Path, ...],
    to: str,
    view: str,
    width: int,
    output: Path | None,
    out_dir: Path | None,
    report: bool,
    jobs: int,
) -> None:
    """Render TEI as an HTML page or as text.

    Example: tei render record.xml --to text --view diplomatic
    """
    found = _sources(inputs)
    if not found:
        folders = ", ".join(str(item) for item in inputs)
        raise click.UsageError(f"no .xml file found in {folders}")
    if output is not None and out_dir is not None:
        raise click.UsageError("give -o or -d, not both")
    if len(found) != 1 and out_dir is None:
        raise click.UsageError("several inputs or a folder need -d/--out-dir")
    suffix = RENDERERS[to].suffix
    work = [
        Job(
            source,
            output
            if output is not None
            else (out_dir / source.relative_to(base)).with_suffix(suffix)
            if out_dir is not None
            else None,
            to,
            view,
            width,
            report,
        )
        for base, source in found
    ]
    done = _run_all(work, jobs or os.cpu_count() or 1)
    to_stdout = work[0].target is None
    failed = 0
    unknown: Counter[str] = Counter()
    lost: Counter[str] = Counter()
    other_view: Counter[str] = Counter()
    for result in done:
        if result.error:
            failed += 1
            click.echo(result.error, err=True)
        elif to_stdout:
            click.echo(result.output, nl=False)
        unknown.update(result.unknown)
        lost.update(result.lost)
        other_view.update(result.other_view)
    if report:
        _print_report(unknown, lost, other_view, err=to_stdout)
    if failed:
        click.echo(f"{failed} of {len(done)} file(s) could not be rendered", err=True)
        raise SystemExit(EXIT_UNREADABLE)


def _print_report(
    unknown: Counter[str], lost: Counter[str], other_view: Counter[str], *, err: bool
) -> None:
    """What the report says: text that is lost, text only in the other view, elements without
    a rule; "every element…" only when all three are empty."""
    if not (unknown or lost or other_view):
        click.echo("every element has a rendering rule and its text is in the output", err=err)
        return
    sections = (
        (lost, "elements whose text is not in the output:"),
        (other_view, "elements whose text is only in the other view:"),
        (unknown, "elements without a rendering rule (their text is shown):"),
    )
    for counts, title in sections:
        if counts:
            click.echo(title, err=err)
            for name, count in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
                click.echo(f"{count:8d}  {name}", err=err)
