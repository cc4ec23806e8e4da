"""``tei validate``: files and folders against the project schema and rules, or any schema."""

from __future__ import annotations

from pathlib import Path
from typing import TextIO

import click

from tei.cli._errors import EXIT_INVALID, EXIT_OK, EXIT_UNREADABLE, reports_errors
from tei.cli._options import jobs_option, register_option
from tei.validate.check import FileReport, Options
from tei.validate.formats import FORMATS
from tei.validate.runner import validate_paths
from tei.validate.schema import TEI_ALL, tei_all_schema


def exit_code(reports: list[FileReport]) -> int:
    """2 if any file could not be read, else 1 if any is invalid, else 0."""
    if any(r.unreadable for r in reports):
        return EXIT_UNREADABLE
    return EXIT_OK if all(r.valid for r in reports) else EXIT_INVALID


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option(
    "--schema",
    callback=lambda _ctx, _param, value: _schema(value),
    help="An XSD (.xsd) or RELAX NG (.rng) schema instead of the project schema, or tei_all "
    "(the TEI Consortium's, shipped with the toolkit). RELAX NG is checked by jing when it is "
    "installed (much faster on tei_all), else by libxml2; TEI_VALIDATOR=lxml forces libxml2.",
)
@click.option(
    "-f",
    "--format",
    "output_format",
    type=click.Choice(sorted(FORMATS)),
    default="text",
    show_default=True,
    help="Output: text for people, json for scripts, github annotations, junit XML for CI.",
)
@jobs_option
@click.option(
    "--rules/--no-rules",
    default=None,
    help="Run the project rules (R001-R007). Default: with the project schema only.",
)
@register_option("its xml:ids count as declared for #id pointers")
@click.option(
    "-o",
    "--output",
    type=click.File("w"),
    default="-",
    help="Write the report to this file (default: standard output).",
)
@reports_errors
def validate(
    paths: tuple[Path, ...],
    schema: Path | None,
    output_format: str,
    jobs: int,
    rules: bool | None,
    register: Path | None,
    output: TextIO,
) -> None:
    """Check TEI files against the project schema and rules (or any XSD / RELAX NG schema).

    Folders are searched for *.xml. Exit code: 0 all valid, 1 some file is invalid,
    2 some file is unreadable (not well-formed, hostile) or the command was used wrongly.

    \b
    Examples:
      tei validate editions/
      tei validate a.xml b.xml --schema tei_all
      tei validate a.xml --schema myproject.rng
      tei validate editions/ --format github
    """
    options = Options(schema=schema, rules=rules, register=register)
    reports = validate_paths(paths, options, jobs=jobs or None)
    engine = getattr(options.load(), "engine", "")
    if engine:  # say which engine judged the files: messages are worded the same either way
        click.echo(f"{schema.name if schema else 'schema'}: checked with {engine}", err=True)
    output.write(FORMATS[output_format](reports))
    raise click.exceptions.Exit(exit_code(reports))


def _schema(value: str | None) -> Path | None:
    """``tei_all`` by name, or the path of a schema file (which must exist)."""
    if value is None:
        return None
    if value == TEI_ALL:
        return tei_all_schema()
    path = Path(value)
    if not path.is_file():
        raise click.BadParameter(f"{value}: no such file (give a .xsd or .rng file, or tei_all)")
    return path
