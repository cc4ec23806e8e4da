"""Output formats of ``tei validate``: one function per format, registered in :data:`FORMATS`.

Each takes the reports of a run and returns the whole output as a string; the CLI writes it.

- ``text``: ``file:line:col: error CODE: message; hint`` lines, for editors and compilers.
- ``json``: the same as data, for scripts.
- ``github``: workflow commands (``::error file=…,line=…,col=…,title=…::message``) that GitHub
  Actions turns into annotations on the pull request's lines.
- ``junit``: JUnit XML (one test case per file) that CI dashboards read.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass

from lxml import etree

from tei.errors import Diagnostic, Level
from tei.validate.check import FileReport


@dataclass(frozen=True, slots=True)
class Summary:
    """Counts of one run."""

    files: int
    valid: int
    invalid: int
    unreadable: int
    errors: int
    seconds: float

    @classmethod
    def of(cls, reports: list[FileReport]) -> Summary:
        unreadable = sum(r.unreadable for r in reports)
        valid = sum(r.valid for r in reports)
        return cls(
            files=len(reports),
            valid=valid,
            invalid=len(reports) - valid - unreadable,
            unreadable=unreadable,
            errors=sum(len(r.errors) for r in reports),
            seconds=sum(r.seconds for r in reports),
        )

    def line(self) -> str:
        """``12 files: 11 valid, 1 invalid, 0 unreadable (3 errors)``."""
        return (
            f"{self.files} file{'s' * (self.files != 1)}: {self.valid} valid, "
            f"{self.invalid} invalid, {self.unreadable} unreadable ({self.errors} errors)"
        )


def to_text(reports: list[FileReport]) -> str:
    lines = [d.format() for r in reports for d in r.diagnostics]
    return "\n".join([*lines, Summary.of(reports).line()]) + "\n"


def _diagnostic_dict(d: Diagnostic) -> dict[str, object]:
    return {
        "level": d.level.value,
        "code": d.code,
        "message": d.message,
        "hint": d.hint,
        "line": d.line,
        "column": d.column,
    }


def to_json(reports: list[FileReport]) -> str:
    summary = Summary.of(reports)
    data = {
        "summary": {k: getattr(summary, k) for k in ("files", "valid", "invalid", "unreadable")}
        | {"errors": summary.errors},
        "files": [
            {
                "path": r.path,
                "valid": r.valid,
                "unreadable": r.unreadable,
                "diagnostics": [_diagnostic_dict(d) for d in r.diagnostics],
            }
            for r in reports
        ],
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


_GITHUB_LEVEL = {Level.ERROR: "error", Level.WARNING: "warning", Level.INFO: "notice"}


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def github_line(d: Diagnostic) -> str:
    """One workflow command, escaped as GitHub's toolkit escapes it (``%``, CR, LF; ``:`` ``,``
    in properties)."""
    props = [f"file={_escape_property(d.path)}"]
    if d.line:
        props.append(f"line={d.line}")
        if d.column:
            props.append(f"col={d.column}")
    props.append(f"title={_escape_property(d.code)}")
    message = f"{d.message}; {d.hint}" if d.hint else d.message
    return f"::{_GITHUB_LEVEL[d.level]} {','.join(props)}::{_escape_data(message)}"


def to_github(reports: list[FileReport]) -> str:
    lines = [github_line(d) for r in reports for d in r.diagnostics]
    return "\n".join([*lines, Summary.of(reports).line()]) + "\n"


def to_junit(reports: list[FileReport]) -> str:
    summary = Summary.of(reports)
    counts = {
        "tests": str(summary.files),
        "failures": str(summary.invalid),
        "errors": str(summary.unreadable),
        "skipped": "0",
        "time": f"{summary.seconds:.3f}",
    }
    suites = etree.Element("testsuites", {"name": "tei validate", **counts})
    suite = etree.SubElement(suites, "testsuite", {"name": "tei validate", **counts})
    for report in reports:
        case = etree.SubElement(
            suite,
            "testcase",
            classname="tei.validate",
            name=report.path,
            file=report.path,
            time=f"{report.seconds:.3f}",
        )
        if report.valid:
            continue
        first = report.diagnostics[0]
        outcome = etree.SubElement(
            case,
            "error" if report.unreadable else "failure",
            message=f"{len(report.diagnostics)} problem(s); first: {first.code} {first.message}",
            type=first.code,
        )
        outcome.text = "\n".join(d.format() for d in report.diagnostics)
    return etree.tostring(
        suites, xml_declaration=True, encoding="UTF-8", pretty_print=True
    ).decode()


FORMATS: dict[str, Callable[[list[FileReport]], str]] = {
    "text": to_text,
    "json": to_json,
    "github": to_github,
    "junit": to_junit,
}
"""Output format name -> formatter; the CLI offers exactly these."""
