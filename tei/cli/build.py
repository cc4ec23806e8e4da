"""``tei build``: an edition folder to a static site, with a summary and a progress bar."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from tei.cli._errors import EXIT_INVALID, EXIT_OK, EXIT_UNREADABLE, reports_errors
from tei.cli._options import jobs_option
from tei.errors import Level
from tei.site import BuildReport
from tei.site import build as build_site


class _Bar:
    """One click progress bar per stage, shown on a terminal only."""

    def __init__(self, show: bool) -> None:
        self.show = show
        self.stage = ""
        self.bar: Any = None
        self.done = 0

    def __call__(self, stage: str, done: int, total: int) -> None:
        if not self.show:
            return
        if stage != self.stage:
            self.close()
            self.stage, self.done = stage, 0
            self.bar = click.progressbar(length=total, label=stage, file=sys.stderr)
            self.bar.__enter__()
        self.bar.update(done - self.done)
        self.done = done

    def close(self) -> None:
        if self.bar is not None:
            self.bar.__exit__(None, None, None)
            self.bar = None


def exit_code(report: BuildReport, keep_going: bool) -> int:
    """0 when the site was built; else 2 if a document is unreadable, 1 if one is invalid."""
    if report.completed and (keep_going or not report.failed):
        return EXIT_OK
    return EXIT_UNREADABLE if report.unreadable else EXIT_INVALID


def summary(report: BuildReport) -> str:
    """One line: documents, persons, warnings, errors, time, and what was written."""
    changed = f"{len(report.written)} files written"
    if report.removed:
        changed += f", {len(report.removed)} removed"
    return (
        f"{report.documents} documents, {report.persons} persons, {report.warnings} warnings, "
        f"{report.errors} errors in {report.seconds:.1f} s; {changed}"
    )


@click.command()
@click.argument("edition", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option(
    "-o",
    "--output",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("_site"),
    show_default=True,
    help="The site's folder (created; only files an earlier build wrote are ever removed).",
)
@click.option(
    "--keep-going",
    is_flag=True,
    help="Leave invalid documents out of the site (and list them) instead of stopping.",
)
@click.option(
    "--update",
    is_flag=True,
    help="Also convert sources whose content changed since their last conversion. A TEI still "
    "as the converter wrote it is replaced; one corrected by hand is kept, and the new "
    "conversion is written beside it as NAME.xml.new.",
)
@jobs_option
@click.option("-q", "--quiet", is_flag=True, help="Print errors only, no warnings or summary.")
@click.option("--timings", is_flag=True, help="Also print the seconds each step of the build took.")
@reports_errors
def build(
    edition: Path,
    output: Path,
    keep_going: bool,
    update: bool,
    jobs: int,
    quiet: bool,
    timings: bool,
) -> None:
    """Build an edition's static site: convert new sources, validate all TEI, render.

    EDITION is a folder with edition.toml, sources/*.txt, tei/*.xml and optionally
    persons.xml (see docs/editions.md). Only what changed since the last build is redone.
    The documents are checked against the schema edition.toml names (the project schema by
    default). Exit code: 0 built; 1 a document is invalid, 2 unreadable (with --keep-going:
    0, and such documents are left out; but never 0 when no document can be published).

    \b
    Examples:
      tei build editions/sample -o _site
      tei build editions/sample -o _site --keep-going
    """
    bar = _Bar(sys.stderr.isatty() and not quiet)
    try:
        report = build_site(
            edition, output, keep_going=keep_going, update=update, progress=bar, jobs=jobs
        )
    finally:
        bar.close()
    for diagnostic in report.diagnostics:
        if diagnostic.level is Level.ERROR or not quiet:
            click.echo(diagnostic.format(), err=True)
    if not quiet:
        for written in report.converted:
            click.echo(f"converted: {written}", err=True)
    for beside in report.beside:  # even with --quiet: the editor has a file to merge
        click.echo(f"new conversion beside a hand-corrected TEI: {beside}", err=True)
    if report.failed:
        verb = "left out" if report.completed else "failed"
        click.echo(f"{len(report.failed)} document(s) {verb}:", err=True)
        for path in report.failed:
            click.echo(f"  {path}", err=True)
    if timings:
        steps = ", ".join(f"{step} {seconds:.2f} s" for step, seconds in report.timings.items())
        click.echo(f"timings: {steps}", err=True)
    if not report.completed:
        fix = "fix the documents above" + ("" if keep_going else " or use --keep-going")
        click.echo(f"nothing was written; {fix}", err=True)
    elif not quiet:
        click.echo(summary(report), err=True)
        click.echo(f"Open {output / 'index.html'}", err=True)
    raise click.exceptions.Exit(exit_code(report, keep_going))
