"""`tei build` on the command line: summary, exit codes, --keep-going."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from tei.cli import main
from tests.build_support import FIXTURE_EDITION, INVALID_TEI, copy_edition


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, ["build", *args])
    return result.exit_code, result.stdout, result.stderr


def test_build_prints_a_summary_and_where_to_open_it(tmp_path: Path) -> None:
    site = tmp_path / "site"
    code, _, err = run(str(FIXTURE_EDITION), "-o", str(site))
    assert code == 0, err
    assert "2 documents, 3 persons, 0 warnings, 0 errors in " in err
    assert f"Open {site / 'index.html'}" in err
    assert (site / "index.html").is_file()
    code, _, err = run(str(FIXTURE_EDITION), "-o", str(site))
    assert code == 0 and "; 0 files written" in err


def test_an_invalid_document_stops_the_build_with_exit_code_1(tmp_path: Path) -> None:
    edition = copy_edition(FIXTURE_EDITION, tmp_path / "edition")
    bad = edition / "tei" / "broken.xml"
    shutil.copy(INVALID_TEI, bad)
    site = tmp_path / "site"
    code, _, err = run(str(edition), "-o", str(site))
    assert code == 1
    assert f"{bad}:33:9: error R007: empty `<p>`" in err
    assert "1 document(s) failed:" in err and f"  {bad}" in err
    assert "nothing was written" in err
    assert not site.exists()


def test_keep_going_lists_the_invalid_document_and_leaves_it_out(tmp_path: Path) -> None:
    edition = copy_edition(FIXTURE_EDITION, tmp_path / "edition")
    bad = edition / "tei" / "broken.xml"
    shutil.copy(INVALID_TEI, bad)
    site = tmp_path / "site"
    code, _, err = run(str(edition), "-o", str(site), "--keep-going")
    assert code == 0, err
    assert "1 document(s) left out:" in err and f"  {bad}" in err
    assert "2 documents, 3 persons, 0 warnings, 1 errors" in err
    assert not (site / "documents" / "broken.html").exists()
    assert "broken" not in (site / "index.html").read_text("utf-8")
    assert "airship" not in "".join(p.read_text("utf-8") for p in site.glob("pagefind/*.json"))
    # fixed: the document joins the site on the next build
    shutil.copy(FIXTURE_EDITION / "tei" / "cable-1965.xml", bad)
    bad.write_text(bad.read_text("utf-8").replace("rec-cable-1965", "rec-broken"), "utf-8")
    code, _, err = run(str(edition), "-o", str(site))
    assert code == 0 and "3 documents" in err
    assert (site / "documents" / "broken.html").is_file()


def test_a_document_invalid_after_a_build_is_removed_with_keep_going(tmp_path: Path) -> None:
    edition = copy_edition(FIXTURE_EDITION, tmp_path / "edition")
    site = tmp_path / "site"
    assert run(str(edition), "-o", str(site))[0] == 0
    shutil.copy(INVALID_TEI, edition / "tei" / "cable-1965.xml")
    assert run(str(edition), "-o", str(site))[0] == 1
    assert (site / "documents" / "cable-1965.html").is_file()  # a failed build changes nothing
    code, _, err = run(str(edition), "-o", str(site), "--keep-going")
    assert code == 0 and "1 document(s) left out" in err
    assert not (site / "documents" / "cable-1965.html").exists()


def test_an_unreadable_document_exits_2(tmp_path: Path) -> None:
    edition = copy_edition(FIXTURE_EDITION, tmp_path / "edition")
    (edition / "tei" / "torn.xml").write_text("<TEI><teiHeader>")
    code, _, err = run(str(edition), "-o", str(tmp_path / "site"))
    assert code == 2
    assert "torn.xml:" in err and "error E120" in err
    code, _, _ = run(str(edition), "-o", str(tmp_path / "site"), "--keep-going")
    assert code == 0


def test_a_record_that_cannot_be_converted_is_reported(tmp_path: Path) -> None:
    edition = copy_edition(FIXTURE_EDITION, tmp_path / "edition")
    (edition / "sources").mkdir()
    (edition / "sources" / "empty.txt").write_bytes(b"")
    code, _, err = run(str(edition), "-o", str(tmp_path / "site"))
    assert code == 2
    assert "empty.txt" in err and "error E1" in err
    assert not (edition / "tei" / "empty.xml").exists()


def test_an_edition_without_config_exits_2_with_a_located_message(tmp_path: Path) -> None:
    edition = copy_edition(FIXTURE_EDITION, tmp_path / "edition")
    (edition / "edition.toml").unlink()
    code, _, err = run(str(edition), "-o", str(tmp_path / "site"))
    assert code == 2
    assert f"{edition / 'edition.toml'}:0:0: error E500: cannot read the edition config" in err


def test_quiet_prints_errors_only(tmp_path: Path) -> None:
    code, out, err = run(str(FIXTURE_EDITION), "-o", str(tmp_path / "site"), "-q")
    assert (code, out, err) == (0, "", "")


def test_findings_of_unchanged_documents_are_reported_again_as_given(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    edition = copy_edition(FIXTURE_EDITION, tmp_path / "edition")
    shutil.copy(INVALID_TEI, edition / "tei" / "broken.xml")
    site = tmp_path / "site"
    assert run(str(edition), "-o", str(site), "--keep-going")[0] == 0
    monkeypatch.chdir(tmp_path)
    code, _, err = run("edition", "-o", "site", "--keep-going")
    assert code == 0
    assert err.startswith("edition/tei/broken.xml:33:9: error R007: empty `<p>`")
    assert "; 0 files written" in err
