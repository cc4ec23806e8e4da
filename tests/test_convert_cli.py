"""``tei convert`` through click's CliRunner: single files, folders, stdout, usage errors."""

from __future__ import annotations

import shutil
from pathlib import Path

from click.testing import CliRunner
from lxml import etree

from tei.cli import main
from tests.support import RECORDS_DIR, SEED_TXT, record_paths


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_single_record_to_stdout() -> None:
    code, out, _ = invoke("convert", str(SEED_TXT))
    assert code == 0
    root = etree.fromstring(out.encode())
    assert root.tag == "{http://www.tei-c.org/ns/1.0}TEI"


def test_single_record_to_file(tmp_path: Path) -> None:
    target = tmp_path / "sub" / "seed.xml"
    code, out, _ = invoke("convert", str(SEED_TXT), "-o", str(target))
    assert code == 0 and out == ""
    assert target.read_bytes().startswith(b"<?xml")


def test_folder_in_parallel(tmp_path: Path) -> None:
    source = tmp_path / "records"
    (source / "nested").mkdir(parents=True)
    for path in record_paths()[:4]:
        shutil.copy(path, source / path.name)
    shutil.copy(SEED_TXT, source / "nested" / SEED_TXT.name)
    (source / "bad.txt").write_text("Kim [said.\n")
    out = tmp_path / "tei"
    code, _, err = invoke("convert", str(source), "-d", str(out), "--jobs", "2")
    assert code == 2, "one record failed, so the run fails"
    assert "bad.txt:1:5: error E110: '[' is never closed" in err
    assert "5 converted, 1 failed" in err
    written = sorted(p.relative_to(out).as_posix() for p in out.rglob("*.xml"))
    assert written == sorted(
        [p.with_suffix(".xml").name for p in record_paths()[:4]]
        + [f"nested/{SEED_TXT.with_suffix('.xml').name}"]
    )
    assert not (out / "bad.xml").exists()


def test_folder_output_is_the_same_as_single_runs(tmp_path: Path) -> None:
    out = tmp_path / "tei"
    code, _, _ = invoke("convert", str(RECORDS_DIR), "-d", str(out), "-q")
    assert code == 0
    first = record_paths()[0]
    _, single, _ = invoke("convert", str(first))
    assert (out / first.with_suffix(".xml").name).read_text("utf-8") == single


def test_output_and_out_dir_together_is_a_usage_error(tmp_path: Path) -> None:
    code, _, err = invoke("convert", str(SEED_TXT), "-o", "a.xml", "-d", str(tmp_path))
    assert code == 2
    assert "either -o/--output or -d/--out-dir" in err


def test_folder_needs_an_out_dir() -> None:
    code, _, err = invoke("convert", str(RECORDS_DIR))
    assert code == 2
    assert "need -d/--out-dir" in err


def test_missing_input_is_a_usage_error() -> None:
    code, _, err = invoke("convert", "no-such-file.txt")
    assert code == 2
    assert "does not exist" in err


def test_regression_outputs_are_not_private_files(tmp_path: Path) -> None:
    """write_atomic used mkstemp's 0600 mode, so a web server could not read rendered pages."""
    target = tmp_path / "seed.xml"
    assert invoke("convert", str(SEED_TXT), "-o", str(target))[0] == 0
    assert target.stat().st_mode & 0o044 == 0o044
