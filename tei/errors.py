"""One exception hierarchy and one diagnostic type for the whole toolkit.

The library raises these with a location and a hint; only :mod:`tei.cli` turns them into
messages and exit codes (see ``tei/cli/_errors.py``). Nothing here prints or exits.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path


class Level(StrEnum):
    """How serious a diagnostic is; ``error`` makes a CI run fail."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """A finding with a location that an editor can act on.

    ``line`` and ``column`` are 1-based; 0 means unknown.
    """

    level: Level
    code: str
    message: str
    path: str = ""
    line: int = 0
    column: int = 0
    hint: str = ""

    def format(self) -> str:
        """``file:line:col: level CODE: message (hint)``, the form compilers and editors parse."""
        where = ":".join(str(p) for p in (self.path or "<input>", self.line, self.column))
        text = f"{where}: {self.level.value} {self.code}: {self.message}"
        return f"{text}; {self.hint}" if self.hint else text


class TeiError(Exception):
    """Base of every error the library raises on purpose: always located, always with a hint."""

    code = "E000"

    def __init__(
        self,
        message: str,
        *,
        path: str | Path | None = None,
        line: int = 0,
        column: int = 0,
        hint: str = "",
    ) -> None:
        super().__init__(message)
        self.message = message
        self.path = str(path) if path is not None else ""
        self.line = line
        self.column = column
        self.hint = hint

    def at(self, path: str | Path) -> TeiError:
        """Attach the file name where the raiser did not know it (pure functions see no paths)."""
        if not self.path:
            self.path = str(path)
        return self

    def diagnostic(self) -> Diagnostic:
        """The error as a diagnostic, for reports that mix errors and warnings."""
        return Diagnostic(
            Level.ERROR, self.code, self.message, self.path, self.line, self.column, self.hint
        )

    def __str__(self) -> str:
        return self.diagnostic().format()


class InputError(TeiError):
    """The input cannot be read: wrong encoding, binary data, empty file, broken brackets."""

    code = "E100"


class RecordError(InputError):
    """The record text is readable but malformed (e.g. an unclosed ``[``)."""

    code = "E110"


class XmlInputError(InputError):
    """An XML input is not well-formed, or is hostile (entities, DTDs, external fetches)."""

    code = "E120"


class InvalidOutputError(TeiError):
    """The converter produced TEI that its own schema rejects; nothing is written."""

    code = "E200"


class OutputError(TeiError):
    """An output file cannot be written (e.g. it would overwrite the input)."""

    code = "E300"
