"""``tei render``: files, folders in parallel, --report, errors and exit codes."""

from __future__ import annotations

import shutil
from pathlib import Path

from click.testing import CliRunner

from tei.cli.render import render
from tests.render_support import fixture_path
from tests.support import FRUS_VOLUME, SEED_REFERENCE


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(render, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_text_to_stdout() -> None:
    code, out, _ = run(str(SEED_REFERENCE), "--to", "text", "--view", "diplomatic", "--width", "60")
    assert code == 0
    assert "Kim [Byeong-jik] [Kim Pyong Jik]" in " ".join(out.split())
    assert max(len(line) for line in out.splitlines()) <= 60


def test_html_to_file(tmp_path: Path) -> None:
    target = tmp_path / "seed.html"
    code, out, _ = run(str(SEED_REFERENCE), "-o", str(target))
    assert code == 0 and out == ""
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_folder_in_parallel(tmp_path: Path) -> None:
    source = tmp_path / "tei"
    (source / "sub").mkdir(parents=True)
    for name in ("brackets.xml", "transcript.xml"):
        shutil.copy(fixture_path(name), source / name)
    shutil.copy(SEED_REFERENCE, source / "sub" / "seed.xml")
    out = tmp_path / "html"
    code, _, err = run(str(source), "-d", str(out), "-j", "2")
    assert code == 0, err
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*.html")) == [
        "brackets.html",
        "sub/seed.html",
        "transcript.html",
    ]


def test_never_writes_over_the_input(tmp_path: Path) -> None:
    source = tmp_path / "record.xml"
    shutil.copy(SEED_REFERENCE, source)
    before = source.read_bytes()
    code, _, err = run(str(source), "-o", str(source))
    assert code == 2
    assert "E300" in err and "refusing to write over the input" in err
    assert source.read_bytes() == before


def test_bad_xml_exits_2_with_location_and_the_others_are_rendered(tmp_path: Path) -> None:
    source = tmp_path / "in"
    source.mkdir()
    (source / "bad.xml").write_text("<TEI><p>unclosed</TEI>", encoding="utf-8")
    shutil.copy(fixture_path("brackets.xml"), source / "good.xml")
    code, _, err = run(str(source), "-d", str(tmp_path / "out"), "-j", "1")
    assert code == 2
    assert "bad.xml:1:" in err and "E120" in err
    assert (tmp_path / "out" / "good.html").exists()


def test_usage_errors() -> None:
    code, _, err = run(str(fixture_path("brackets.xml")), str(fixture_path("transcript.xml")))
    assert code == 2 and "-d/--out-dir" in err


def test_report_on_the_frus_volume(tmp_path: Path) -> None:
    code, out, _ = run(str(FRUS_VOLUME), "--report", "-o", str(tmp_path / "frus.html"))
    assert code == 0
    assert out.splitlines() == [
        "elements without a rendering rule (their text is shown):",
        "      21  frus:attachment",
    ]


def test_report_goes_to_stderr_when_the_output_is_stdout() -> None:
    code, out, err = run(str(SEED_REFERENCE), "--to", "text", "--report")
    assert code == 0
    # The other romanization of a name is the source's: in the diplomatic view only.
    assert "elements whose text is only in the other view:\n       1  supplied" in err
    assert "elements" not in out
