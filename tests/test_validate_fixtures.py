"""One hand-made invalid file per rule and per kind of schema error: code, place and message."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tei.validate.check import FileReport, Options, register_ids, validate_file
from tei.validate.messages import SCHEMA_CODES
from tei.validate.rules import RULES
from tests.support import FIXTURES

INVALID = FIXTURES / "invalid"

# file -> (code, line, column, message)
EXPECTED: dict[str, tuple[str, int, int, str]] = {
    "S101-misspelt-element.xml": (
        "S101",
        24,
        16,
        "`<suplied>` is not allowed here; did you mean `<supplied>`?",
    ),
    "S101-misplaced-element.xml": ("S101", 24, 17, "`<item>` is not allowed in `<p>`"),
    "S102-missing-element.xml": (
        "S102",
        4,
        5,
        "`<fileDesc>` is incomplete: `<sourceDesc>` missing",
    ),
    "S103-attribute-not-allowed.xml": (
        "S103",
        24,
        12,
        "attribute `@rnd` is not allowed on `<p>`; did you mean `@rend`?",
    ),
    "S104-invalid-value.xml": ("S104", 6, 16, '`@level` = "x" is not a valid value on `<title>`'),
    "S105-attribute-missing.xml": ("S105", 16, 18, "`<language>` needs attribute `@ident`"),
    "S106-text-not-allowed.xml": ("S106", 23, 7, "text is not allowed directly in `<div>`"),
    "S107-wrong-root.xml": ("S107", 2, 1, "`<tei>` cannot be the root element"),
    "R001-duplicate-id.xml": ("R001", 25, 16, '`xml:id="p1"` is already used by `<p>` on line 24'),
    "R002-unresolved-pointer.xml": (
        "R002",
        24,
        22,
        '`@ref="#kim"` on `<persName>` points to no `xml:id="kim"` in this document',
    ),
    "R003-supplied-without-reason.xml": ("R003", 24, 16, "`<supplied>` has no `@reason`"),
    "R004-bracket-in-text.xml": (
        "R004",
        24,
        9,
        'bracket `[` left in the text of `<p>`: "Kim [Byeong-jik] said."',
    ),
    "R005-invalid-date.xml": (
        "R005",
        24,
        21,
        '`@when="1965-02-30"` on `<date>` is not a valid ISO date',
    ),
    "R006-nested-note.xml": ("R006", 24, 42, "`<note>` inside another `<note>` (line 24)"),
    "R007-empty-paragraph.xml": ("R007", 25, 9, "empty `<p>`"),
    "E120-not-well-formed.xml": ("E120", 24, 21, "not well-formed XML: Opening and ending tag"),
}


def _report(name: str) -> FileReport:
    return validate_file(INVALID / name)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_invalid_fixture(name: str) -> None:
    code, line, column, message = EXPECTED[name]
    report = _report(name)
    assert not report.valid
    assert [(d.code, d.line, d.column) for d in report.diagnostics] == [(code, line, column)]
    assert report.diagnostics[0].message.startswith(message)
    assert report.diagnostics[0].hint or code.startswith(("S105", "S107"))


def test_every_code_has_a_fixture() -> None:
    codes = {code for code, *_ in EXPECTED.values()}
    assert {rule.code for rule in RULES} <= codes
    assert set(SCHEMA_CODES) - {"S100"} <= codes
    assert {p.name for p in INVALID.glob("*.xml")} == set(EXPECTED)


def test_unreadable_is_not_invalid() -> None:
    assert _report("E120-not-well-formed.xml").unreadable
    assert not _report("R007-empty-paragraph.xml").unreadable


def test_misspelt_hint_lists_what_is_allowed() -> None:
    hint = _report("S101-misspelt-element.xml").diagnostics[0].hint
    assert hint.startswith("allowed in `<p>`: `<note>`")


def test_rules_can_be_switched_off() -> None:
    report = validate_file(INVALID / "R004-bracket-in-text.xml", Options(rules=False))
    assert report.valid


def test_register_declares_ids() -> None:
    register = FIXTURES / "valid" / "full-record.xml"
    ids = register_ids(register)
    assert "kim" in ids
    report = validate_file(INVALID / "R002-unresolved-pointer.xml", Options(), ids)
    assert report.valid


def test_pointer_into_another_file(tmp_path: Path) -> None:
    """``persons.xml#id`` resolves against that file, relative to the document."""
    folder = tmp_path
    shutil.copy(FIXTURES / "valid" / "full-record.xml", folder / "persons.xml")
    text = (INVALID / "R002-unresolved-pointer.xml").read_text()
    (folder / "ok.xml").write_text(text.replace('ref="#kim"', 'ref="persons.xml#kim"'))
    (folder / "bad.xml").write_text(text.replace('ref="#kim"', 'ref="persons.xml#nobody"'))
    assert validate_file(folder / "ok.xml").valid
    bad = validate_file(folder / "bad.xml").diagnostics
    assert [d.code for d in bad] == ["R002"]
    assert "in `persons.xml`" in bad[0].message
