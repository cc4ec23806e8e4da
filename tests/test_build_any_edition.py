"""`tei build` for TEI nobody on this project wrote: the edition names its schema.

An edition of the third-party files jing finds valid against tei_all, with ``schema =
"tei_all"`` in its edition.toml, is published as it is (documents and TEI copies); an edition
none of whose documents can be published is an error, with or without ``--keep-going``.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from tei.cli import main
from tei.site import build
from tei.site.config import load_edition
from tei.site.errors import EditionError
from tei.validate.schema import TEI_ALL_ENV, Schema, tei_all_schema
from tests.support import TEI_ALL_RNG
from tests.third_party import FILES, jing, jing_valid

CONFIG = 'title = "Third-party TEI"\npublisher = "p"\nlicence = "l"\nbase_url = "https://e.org/"\n'

tei_all_group = [pytest.mark.slow, pytest.mark.xdist_group("tei_all")]
needs_jing = pytest.mark.skipif(shutil.which("jing") is None, reason="jing is not installed")


def _edition(folder: Path, files: list[Path], schema: str | None) -> Path:
    (folder / "tei").mkdir(parents=True)
    for path in files:
        shutil.copy2(path, folder / "tei" / path.name)
    extra = f'schema = "{schema}"\n' if schema is not None else ""
    (folder / "edition.toml").write_text(CONFIG + extra, encoding="utf-8")
    return folder


def _cli(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["build", "-j", "1", *args])
    return result.exit_code, result.output


@needs_jing
@pytest.mark.slow
@pytest.mark.xdist_group("tei_all")
def test_valid_third_party_files_are_published_with_tei_all(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, tei_all: Schema
) -> None:
    valid = jing_valid()
    assert len(valid) == 31  # the corpus README
    edition = _edition(tmp_path / "edition", valid, "tei_all")
    monkeypatch.delenv(TEI_ALL_ENV, raising=False)  # the tei_all shipped with the toolkit
    code, output = _cli(str(edition), "-o", str(tmp_path / "site"))
    print(output.splitlines()[-2])
    assert code == 0, output
    assert f"{len(valid)} documents" in output
    for path in valid:  # published as they are: the TEI copy is the file itself
        copy = tmp_path / "site" / "documents" / path.name
        assert copy.read_bytes() == path.read_bytes()
        assert copy.with_suffix(".html").is_file()


@pytest.mark.slow
@pytest.mark.xdist_group("tei_all")
def test_schema_is_a_path_relative_to_the_edition(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, tei_all: Schema
) -> None:
    monkeypatch.delenv(TEI_ALL_ENV, raising=False)
    play = FILES[0].parent / "p5-testspoken.xml"
    edition = tmp_path / "edition"
    relative = os.path.relpath(TEI_ALL_RNG, edition)
    _edition(edition, [play], relative)
    report = build(edition, tmp_path / "site", jobs=1)
    assert report.completed and report.documents == 1, report.diagnostics


def test_project_schema_stays_the_default(tmp_path: Path) -> None:
    """Without ``schema`` a third-party play is checked against the project schema (fails)."""
    edition = _edition(tmp_path / "edition", [FILES[0].parent / "p5-testspoken.xml"], None)
    report = build(edition, tmp_path / "site", jobs=1)
    assert not report.completed and report.failed


@pytest.mark.parametrize("keep_going", [False, True])
def test_an_edition_whose_documents_all_fail_exits_non_zero(
    tmp_path: Path, keep_going: bool
) -> None:
    """With --keep-going it exited 0 with an empty site."""
    names = ["ss-test20.xml", "p5-testspoken.xml"]  # invalid for the project schema
    edition = _edition(tmp_path / "edition", [FILES[0].parent / n for n in names], None)
    site = tmp_path / "site"
    code, output = _cli(str(edition), "-o", str(site), *(["--keep-going"] * keep_going))
    assert code == 1, output
    assert not site.exists()
    if keep_going:
        assert "no document can be published: all 2 failed" in output


def test_tei_all_is_shipped_and_the_environment_may_name_another(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(TEI_ALL_ENV, raising=False)
    edition = _edition(tmp_path / "edition", [FILES[0]], "tei_all")
    assert load_edition(edition).schema == tei_all_schema()
    assert tei_all_schema().read_bytes() == TEI_ALL_RNG.read_bytes()
    monkeypatch.setenv(TEI_ALL_ENV, str(tmp_path / "other" / "tei_all.rng"))
    with pytest.raises(EditionError, match="does not exist"):
        build(edition, tmp_path / "site")
    code, output = _cli(str(edition), "-o", str(tmp_path / "site"))
    assert code == 2 and "edition.toml" in output and "Traceback" not in output


def test_a_missing_schema_file_is_a_located_error(tmp_path: Path) -> None:
    edition = _edition(tmp_path / "edition", [FILES[0]], "schemas/mine.rng")
    code, output = _cli(str(edition), "-o", str(tmp_path / "site"))
    assert code == 2 and "mine.rng does not exist" in output


def test_jing_helper_runs_each_doctype_file_alone() -> None:
    if shutil.which("jing") is None:
        pytest.skip("jing is not installed")
    chinese = str(FILES[0].parent / "p5-testchinese.xml")
    assert jing()[chinese] and jing()[chinese][0][0] == 0  # could not be read: line 0
