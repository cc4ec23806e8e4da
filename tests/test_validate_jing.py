"""RELAX NG through jing: same verdicts and the project's own messages as the lxml path.

jing checks tei_all in ~2 s where libxml2 compiles it for ~13 s; editors get the same codes,
lines and formats whichever engine ran, and lxml takes over when jing is absent.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from tei import xmlsafe
from tei.cli import main
from tei.validate.check import Options
from tei.validate.jing import ENGINE_ENV
from tei.validate.jing_schema import JingSchema
from tei.validate.runner import validate_paths
from tei.validate.schema import Schema, SchemaError, _load, load_schema, lxml_relaxng
from tests.support import FIXTURES, FRUS_RNG, FRUS_VOLUME, SEED_REFERENCE, TEI_ALL_RNG

pytestmark = pytest.mark.skipif(shutil.which("jing") is None, reason="jing is not installed")

FILES = [
    *sorted((FIXTURES / "valid").glob("*.xml")),
    *sorted((FIXTURES / "invalid").glob("S10*.xml")),
    SEED_REFERENCE,
]


SHARPER = {("S104", "S103"), ("S105", "S100"), ("S107", "S101")}
"""(jing, libxml2) codes where jing's message is the more precise: libxml2 calls a bad value an
attribute not allowed, a missing attribute an "other" error and a wrong root element one
not allowed."""


@pytest.fixture(scope="module")
def lxml_tei_all() -> Schema:
    return lxml_relaxng(TEI_ALL_RNG.resolve())


def _first_errors(schema: Schema, path: Path) -> tuple[bool, int, str]:
    data = path.read_bytes()
    found = schema.validate(xmlsafe.parse_bytes(data, path), path, data)
    return (not found, found[0].line if found else 0, found[0].code if found else "")


@pytest.mark.slow
def test_jing_and_lxml_agree_on_tei_all(lxml_tei_all: Schema) -> None:
    jing = load_schema(TEI_ALL_RNG)
    assert isinstance(jing, JingSchema)
    agree = 0
    for path in [*FILES, FRUS_VOLUME]:
        by_jing, by_lxml = _first_errors(jing, path), _first_errors(lxml_tei_all, path)
        assert by_jing[0] == by_lxml[0], path.name  # the verdict
        assert by_jing[1] == by_lxml[1], path.name  # the first error's line
        assert by_jing[2] == by_lxml[2] or (by_jing[2], by_lxml[2]) in SHARPER, path.name
        agree += 1
    print(f"jing and lxml agree on {agree} files")
    assert any(not _first_errors(jing, p)[0] for p in FILES)  # some files are invalid


def test_frus_volume_in_a_run_gives_each_attachment_once() -> None:
    reports = validate_paths([FRUS_VOLUME], Options(schema=TEI_ALL_RNG), jobs=1)
    text = FRUS_VOLUME.read_text("utf-8").splitlines()
    expected = [n for n, line in enumerate(text, 1) if "<frus:attachment" in line]
    found = reports[0].diagnostics
    assert [d.line for d in found] == expected  # jing's follow-ups inside them are dropped
    assert all(d.code == "S101" and d.column > 0 for d in found)


def test_cli_says_jing_and_keeps_the_formats(tmp_path: Path) -> None:
    bad = tmp_path / "bad.xml"
    bad.write_bytes(SEED_REFERENCE.read_bytes().replace(b"<body>", b'<body foo="1">', 1))
    result = CliRunner().invoke(
        main, ["validate", "--schema", str(TEI_ALL_RNG), "-f", "json", "-j", "1", str(bad)]
    )
    assert result.exit_code == 1
    assert "checked with jing" in result.stderr
    (entry,) = json.loads(result.stdout)["files"]
    codes = [d["code"] for d in entry["diagnostics"]]
    assert codes == ["S103"] and "`@foo`" in entry["diagnostics"][0]["message"]
    text = CliRunner().invoke(main, ["validate", "--schema", str(TEI_ALL_RNG), str(bad)])
    line = text.stdout.splitlines()[0]
    assert line.startswith(f"{bad}:") and ": error S103: attribute `@foo`" in line


def test_without_jing_lxml_checks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENGINE_ENV, "lxml")
    _load.cache_clear()
    try:
        schema = load_schema(FRUS_RNG)
        assert not isinstance(schema, JingSchema)
        assert validate_paths([FRUS_VOLUME], Options(schema=FRUS_RNG), jobs=1)[0].valid
        result = CliRunner().invoke(main, ["validate", "--schema", str(FRUS_RNG), str(FRUS_VOLUME)])
        assert result.exit_code == 0 and "jing" not in result.stderr
    finally:
        _load.cache_clear()


def test_hostile_files_never_reach_jing(tmp_path: Path) -> None:
    hostile = sorted((FIXTURES / "hostile").glob("*.xml"))
    result = CliRunner().invoke(
        main, ["validate", "--schema", str(FRUS_RNG), "-j", "1", *map(str, hostile)]
    )
    assert result.exit_code == 2
    secret = (FIXTURES / "hostile" / "secret.txt").read_text().strip()
    assert secret not in result.output


def test_a_broken_schema_is_a_usage_error(tmp_path: Path) -> None:
    schema = tmp_path / "broken.rng"
    schema.write_text("<grammar")
    result = CliRunner().invoke(main, ["validate", "--schema", str(schema), str(SEED_REFERENCE)])
    assert result.exit_code == 2
    assert "broken.rng" in result.stderr and "schema" in result.stderr


def test_a_jing_that_fails_silently_is_an_error_not_valid(tmp_path: Path) -> None:
    """A jing without Java prints nothing on stdout and exits non-zero: never "valid"."""
    fake = tmp_path / "jing"
    fake.write_text("#!/bin/sh\necho 'Error: no Java runtime' >&2\nexit 1\n")
    fake.chmod(0o755)
    schema = JingSchema(FRUS_RNG.resolve(), str(fake))
    with pytest.raises(SchemaError, match="no Java runtime"):
        schema.precheck([str(FRUS_VOLUME)])


def test_a_file_named_twice_is_reported_under_both_names(tmp_path: Path) -> None:
    bad = tmp_path / "bad.xml"
    bad.write_bytes(SEED_REFERENCE.read_bytes().replace(b"<body>", b'<body foo="1">', 1))
    other = tmp_path / "link.xml"
    other.symlink_to(bad)  # the same file under another name: jing is given it once
    reports = validate_paths([bad, other], Options(schema=TEI_ALL_RNG), jobs=1)
    assert [r.path for r in reports] == [str(bad), str(other)]
    assert [r.valid for r in reports] == [False, False]


def test_files_checked_one_by_one_fall_back_to_lxml_after_a_few() -> None:
    """A caller without precheck (a build checking each document) must not start a JVM per
    file: after SINGLE_CALLS files, libxml2 (compiled once) takes over."""
    from tei.validate import jing_schema

    schema = JingSchema(FRUS_RNG.resolve(), shutil.which("jing") or "jing")
    data = FRUS_VOLUME.read_bytes()
    tree = xmlsafe.parse_bytes(data, FRUS_VOLUME)
    for _ in range(jing_schema.SINGLE_CALLS + 1):
        assert schema.validate(tree, FRUS_VOLUME, data) == []
    assert schema._lxml is not None and schema._singles == jing_schema.SINGLE_CALLS + 1


def test_files_after_a_fatal_error_in_a_batch_are_still_checked(tmp_path: Path) -> None:
    """jing stops at a file's fatal error (an XInclude that fails); the files after it in the
    same run were passed over and reported valid. They are run again."""
    from tei.validate.jing import jing_command, run_jing

    jing = jing_command()
    if jing is None:
        pytest.skip("jing is not asked for")
    tei = '<TEI xmlns="http://www.tei-c.org/ns/1.0" xmlns:xi="http://www.w3.org/2001/XInclude">'
    header = "<teiHeader><fileDesc><titleStmt><title>t</title></titleStmt><publicationStmt>"
    header += "<p>p</p></publicationStmt><sourceDesc><p>s</p></sourceDesc></fileDesc></teiHeader>"
    broken = tmp_path / "a-include.xml"
    broken.write_text(f'{tei}{header}<text><body><xi:include href="gone.xml"/></body></text></TEI>')
    invalid = tmp_path / "b-invalid.xml"
    invalid.write_text(f"{tei}{header}<text><body><p><nonsense/></p></body></text></TEI>")
    found = run_jing(jing, TEI_ALL_RNG, [str(broken), str(invalid)])
    assert any(f.fatal for f in found[str(broken)])
    assert found[str(invalid)], "the file after the fatal one was not checked"
