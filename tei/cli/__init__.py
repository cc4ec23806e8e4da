"""The ``tei`` command: a thin layer over the library API.

Each command lives in its own module and is listed once in :data:`COMMANDS`. Library errors
become messages and exit codes in one place, :mod:`tei.cli._errors`.
"""

from __future__ import annotations

import click

from tei import __version__
from tei.cli.build import build
from tei.cli.convert import convert
from tei.cli.render import render
from tei.cli.validate import validate

COMMANDS: list[click.Command] = [convert, validate, render, build]
"""Every subcommand, in the order ``tei --help`` lists them."""


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="tei")
def main() -> None:
    """Convert archive records to TEI P5, validate TEI, and render editions.

    Example: tei convert record.txt -o record.xml
    """


for _command in COMMANDS:
    main.add_command(_command)
