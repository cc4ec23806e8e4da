"""The one place where library errors become messages and exit codes.

Exit codes, as CI understands them: 0 success, 1 the input is invalid (validation found
errors), 2 the input could not be read or the command was used wrongly.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import ParamSpec, TypeVar

import click

from tei.errors import TeiError

EXIT_OK = 0
EXIT_INVALID = 1
EXIT_UNREADABLE = 2

P = ParamSpec("P")
R = TypeVar("R")


class CliError(click.ClickException):
    """A library error shown as one line ``file:line:col: error CODE: message; hint``."""

    exit_code = EXIT_UNREADABLE

    def __init__(self, error: TeiError) -> None:
        super().__init__(str(error))
        self.error = error

    def show(self, file: object = None) -> None:
        click.echo(self.format_message(), err=True)


def reports_errors(func: Callable[P, R]) -> Callable[P, R]:
    """Decorate a command so that every :class:`TeiError` exits 2 with its located message."""

    @wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return func(*args, **kwargs)
        except TeiError as exc:
            raise CliError(exc) from None

    return wrapper
