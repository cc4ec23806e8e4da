"""``tei validate`` through click's CliRunner: exit codes, every output format, real corpora."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree

from tei.cli import main
from tei.pipeline import convert_file, find_records
from tei.validate.check import Options, validate_file
from tei.validate.schema import Schema
from tests.support import (
    FIXTURES,
    FRUS_RNG,
    FRUS_VOLUME,
    RECORDS_DIR,
    SEED_DIR,
    SEED_REFERENCE,
    TEI_ALL_RNG,
)

VALID = FIXTURES / "valid"
INVALID = FIXTURES / "invalid"
GITHUB_COMMAND = re.compile(
    r"^::(error|warning|notice) file=(?P<file>[^,:]+)(,line=\d+(,col=\d+)?)?"
    r",title=[A-Z]\d{3}::(?P<msg>.+)$"
)


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["validate", "-j", "1", *args])
    return result.exit_code, result.output


def test_valid_exit_0() -> None:
    code, output = run(str(VALID), str(SEED_REFERENCE))
    assert code == 0
    assert output.strip() == "3 files: 3 valid, 0 invalid, 0 unreadable (0 errors)"


def test_invalid_exit_1() -> None:
    path = INVALID / "R007-empty-paragraph.xml"
    code, output = run(str(path))
    assert code == 1
    assert output.splitlines()[0] == (
        f"{path}:25:9: error R007: empty `<p>`; delete the empty paragraph or give it its text"
    )


def test_unreadable_exit_2_even_with_invalid_files() -> None:
    code, output = run(str(INVALID))
    assert code == 2
    assert "error E120: not well-formed XML" in output


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    assert run(str(tmp_path / "missing.xml"))[0] == 2
    assert run(str(tmp_path))[0] == 2  # no .xml files
    assert run(str(VALID), "--format", "yaml")[0] == 2
    bad_schema = tmp_path / "bad.xsd"
    bad_schema.write_text("<not-a-schema/>")
    code, output = run(str(VALID), "--schema", str(bad_schema))
    assert code == 2 and "E130" in output


def test_json_format() -> None:
    code, output = run(
        str(INVALID / "R001-duplicate-id.xml"), str(VALID / "minimal.xml"), "-f", "json"
    )
    data = json.loads(output)
    assert code == 1
    assert data["summary"] == {"files": 2, "valid": 1, "invalid": 1, "unreadable": 0, "errors": 1}
    [first, second] = data["files"]
    assert second["valid"] is True and second["diagnostics"] == []
    assert first["diagnostics"][0] | {"message": ""} == {
        "level": "error",
        "code": "R001",
        "message": "",
        "hint": "rename one of the two",
        "line": 25,
        "column": 16,
    }


def test_github_format_is_workflow_commands() -> None:
    code, output = run(str(INVALID), "--format", "github")
    lines = output.splitlines()
    commands = [line for line in lines if line.startswith("::")]
    assert code == 2
    assert len(commands) == len(list(INVALID.glob("*.xml")))
    for line in commands:
        match = GITHUB_COMMAND.match(line)
        assert match, line
        assert "\n" not in match["msg"] and "\r" not in match["msg"]
    assert (
        f"::error file={INVALID / 'R007-empty-paragraph.xml'},line=25,col=9,title=R007::empty `<p>`"
        in output
    )


def test_github_escapes_as_the_toolkit_does() -> None:
    from tei.errors import Diagnostic, Level
    from tei.validate.formats import github_line

    line = github_line(Diagnostic(Level.ERROR, "R004", "50% [x]\nnext", "a,b:c.xml", 3, 4))
    assert line == "::error file=a%2Cb%3Ac.xml,line=3,col=4,title=R004::50%25 [x]%0Anext"


def test_junit_format_is_valid_junit_xml() -> None:
    code, output = run(str(VALID), str(INVALID), "--format", "junit")
    document = etree.fromstring(output.encode())
    schema = etree.XMLSchema(etree.parse(str(FIXTURES / "junit.xsd")))
    assert schema.validate(document), schema.error_log
    suite = document.find("testsuite")
    assert suite is not None
    cases = len(list(VALID.glob("*.xml"))) + len(list(INVALID.glob("*.xml")))
    assert suite.get("tests") == str(cases)
    assert suite.get("errors") == "1"  # the unreadable file
    assert suite.get("failures") == str(cases - len(list(VALID.glob("*.xml"))) - 1)
    assert code == 2


def test_output_to_file(tmp_path: Path) -> None:
    target = tmp_path / "report.json"
    code, _ = run(str(VALID), "-f", "json", "-o", str(target))
    assert code == 0 and json.loads(target.read_text())["summary"]["valid"] == 2


def test_parallel_jobs_keep_order() -> None:
    files = sorted(INVALID.glob("*.xml")) + sorted(VALID.glob("*.xml"))
    result = CliRunner().invoke(main, ["validate", "-j", "2", "-f", "json", *map(str, files)])
    assert [f["path"] for f in json.loads(result.output)["files"]] == list(map(str, files))


def test_converter_outputs_are_valid(tmp_path: Path) -> None:
    """Every record of the corpus, converted, passes the project schema and every rule."""
    records = [*find_records(RECORDS_DIR), *find_records(SEED_DIR)]
    for record in records:
        (tmp_path / f"{record.stem}.xml").write_bytes(convert_file(record).data)
    code, output = run(str(tmp_path))
    assert code == 0, output


def test_frus_volume_is_valid_against_frus_rng() -> None:
    code, output = run(str(FRUS_VOLUME), "--schema", str(FRUS_RNG))
    assert code == 0, output


@pytest.mark.slow
@pytest.mark.xdist_group("tei_all")
def test_frus_volume_against_tei_all_reports_each_attachment(tei_all: Schema) -> None:
    report = validate_file(FRUS_VOLUME, Options(schema=TEI_ALL_RNG))
    text = FRUS_VOLUME.read_text(encoding="utf-8").splitlines()
    expected = [n for n, line in enumerate(text, 1) if "<frus:attachment" in line]
    assert len(expected) == 21
    assert [d.line for d in report.diagnostics] == expected
    assert all(d.code == "S101" and "`<frus:attachment>`" in d.message for d in report.diagnostics)
    assert all(d.column > 0 for d in report.diagnostics)


@pytest.mark.slow
@pytest.mark.xdist_group("tei_all")
def test_tei_all_accepts_what_the_project_schema_accepts(tei_all: Schema) -> None:
    from tei import xmlsafe

    for path in [*VALID.glob("*.xml"), SEED_REFERENCE]:
        assert tei_all.validate(xmlsafe.parse_file(path), path) == []


def test_every_command_documents_an_example() -> None:
    result = CliRunner().invoke(main, ["validate", "--help"])
    assert "tei validate editions/ --format github" in result.output


def test_schema_tei_all_by_name_is_the_shipped_schema(tmp_path: Path) -> None:
    """``--schema tei_all`` needs no path: tei_all ships with the toolkit."""
    play = Path(__file__).resolve().parents[2] / "shared/corpus/third-party/p5-testspoken.xml"
    result = CliRunner().invoke(main, ["validate", "--schema", "tei_all", str(play)])
    assert result.exit_code == 0, result.output
    assert "1 valid" in result.stdout
    missing = CliRunner().invoke(main, ["validate", "--schema", "nope.rng", str(play)])
    assert missing.exit_code == 2 and "no such file" in missing.output
