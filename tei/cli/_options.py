"""Options that several commands share, defined once so they read and behave the same."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol, TypeVar

import click

FC = TypeVar("FC", bound=Callable[..., Any])


class Decorator(Protocol):
    """What ``click.option`` returns: it hands back the command function it decorates."""

    def __call__(self, f: FC, /) -> FC: ...


jobs_option: Decorator = click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=0),
    default=0,
    show_default=True,
    help="Parallel processes; 0 uses all cores.",
)


def output_options(what: str) -> tuple[Decorator, Decorator]:
    """``-o/--output`` (one input) and ``-d/--out-dir`` (several inputs or a folder)."""
    output: Decorator = click.option(
        "-o",
        "--output",
        type=click.Path(dir_okay=False, path_type=Path),
        help=f"Write {what} of a single input to this file (default: standard output).",
    )
    out_dir: Decorator = click.option(
        "-d",
        "--out-dir",
        type=click.Path(file_okay=False, path_type=Path),
        help="Write one file per input into this folder (keeps sub-folders).",
    )
    return output, out_dir


def register_option(purpose: str) -> Decorator:
    """``--register``: the edition's persons register (``persons.xml``)."""
    option: Decorator = click.option(
        "--register",
        type=click.Path(exists=True, dir_okay=False, path_type=Path),
        help=f"The edition's persons register (persons.xml): {purpose}.",
    )
    return option
