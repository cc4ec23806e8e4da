"""Validate one file: safe parse, schema, then (for the project schema) the rules.

The result is a :class:`FileReport`, plain data that crosses process boundaries and that every
output format reads. Nothing here prints or decides exit codes.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

from tei import xmlsafe
from tei.errors import Diagnostic, Level, XmlInputError
from tei.validate.locate import Locator
from tei.validate.rules import run_rules
from tei.validate.rules.base import RuleContext
from tei.validate.schema import PROJECT_SCHEMA, Schema, load_schema, project_schema


@dataclass(frozen=True, slots=True)
class Options:
    """What to check: the schema file (None: the project schema) and whether to run rules.

    ``rules=None`` means "run them with the project schema only": they encode this project's
    conventions (docs/encoding.md), which other schemas' documents (e.g. FRUS) do not follow.
    """

    schema: Path | None = None
    rules: bool | None = None
    register: Path | None = None

    def load(self) -> Schema:
        """The compiled schema (cached per process)."""
        return project_schema() if self.schema is None else load_schema(self.schema)

    @property
    def run_rules(self) -> bool:
        if self.rules is not None:
            return self.rules
        return self.schema is None or self.schema.resolve() == PROJECT_SCHEMA


@dataclass(frozen=True, slots=True)
class FileReport:
    """Everything found in one file; ``unreadable`` when it could not be parsed at all."""

    path: str
    diagnostics: list[Diagnostic] = field(default_factory=list)
    unreadable: bool = False
    seconds: float = 0.0
    size: int = 0

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.level is Level.ERROR]

    @property
    def valid(self) -> bool:
        return not self.unreadable and not self.errors


def register_ids(register: Path | None) -> frozenset[str]:
    """The ``xml:id``s of the persons register (raises :class:`XmlInputError` if unreadable)."""
    if register is None:
        return frozenset()
    tree = xmlsafe.parse_file(register)
    key = "{http://www.w3.org/XML/1998/namespace}id"
    return frozenset(v for e in tree.iter() if (v := e.get(key)) is not None)


def validate_bytes(
    data: bytes,
    path: str | Path,
    options: Options = Options(),
    register: frozenset[str] = frozenset(),
) -> FileReport:
    """Validate XML bytes read from ``path``."""
    start = time.perf_counter()
    try:
        tree = xmlsafe.parse_bytes(data, path)
    except XmlInputError as exc:
        return FileReport(
            str(path), [exc.at(path).diagnostic()], True, time.perf_counter() - start, len(data)
        )
    diagnostics = options.load().validate(tree, path, data)
    if options.run_rules:
        context = RuleContext(tree, str(path), register)
        diagnostics = _merge(diagnostics, run_rules(context, Locator(tree, data)))
    return FileReport(str(path), diagnostics, False, time.perf_counter() - start, len(data))


def validate_file(
    path: str | Path, options: Options = Options(), register: frozenset[str] = frozenset()
) -> FileReport:
    """Validate one file; unreadable files give a report with ``unreadable=True``."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        error = XmlInputError(f"cannot read file: {exc.strerror}", path=path, hint="check the path")
        return FileReport(str(path), [error.diagnostic()], True)
    return validate_bytes(data, path, options, register)


def _merge(schema: list[Diagnostic], rules: list[Diagnostic]) -> list[Diagnostic]:
    """Both lists in line order; a schema value error at the same place as a rule is dropped.

    The schema types ``@when`` as tei_all does, so a bad date is found twice; the rule's message
    (R005) says more, so it wins.
    """
    ruled = {(d.line, d.column) for d in rules}
    kept = [d for d in schema if not (d.code == "S104" and (d.line, d.column) in ruled)]
    return sorted(kept + rules, key=lambda d: (d.line, d.column))
