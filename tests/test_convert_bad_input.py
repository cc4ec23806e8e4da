"""Issue 2, "Done when" 5: every kind of bad input gets a located one-line error or correct TEI.

Each case runs the real CLI through click's CliRunner and checks the message, the exit code
and that no output file was left behind (or that an existing output was not touched).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from tei.cli import main
from tests.support import RECORDS_DIR, SEED_TXT

LOCATED = re.compile(r"^(?P<file>[^:]+):(?P<line>\d+):(?P<col>\d+): error E\d{3}: .+; .+$")


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout, result.stderr


def refused(tmp_path: Path, data: bytes, message: str, line: int, column: int) -> str:
    source = tmp_path / "record.txt"
    source.write_bytes(data)
    out = tmp_path / "record.xml"
    code, _stdout, stderr = run("convert", str(source), "-o", str(out))
    assert code == 2
    assert not out.exists()
    assert list(tmp_path.iterdir()) == [source], "no temporary file may be left behind"
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    m = LOCATED.match(lines[0])
    assert m, lines[0]
    assert (int(m["line"]), int(m["col"])) == (line, column)
    assert message in lines[0]
    assert "Traceback" not in stderr
    return lines[0]


def test_unclosed_bracket(tmp_path: Path) -> None:
    refused(
        tmp_path,
        b"First line.\nAmbassador Kim [Byeong-jik said that\n",
        "'[' is never closed",
        2,
        16,
    )


def test_stray_closing_bracket(tmp_path: Path) -> None:
    refused(tmp_path, b"Kim] said that it was so.\n", "']' closes no bracket", 1, 4)


def test_wrongly_nested_brackets(tmp_path: Path) -> None:
    refused(tmp_path, b"A [b [c] d and [e.\n", "'[' is never closed", 1, 3)


def test_empty_file(tmp_path: Path) -> None:
    refused(tmp_path, b"", "the file is empty", 1, 1)


def test_whitespace_only_file(tmp_path: Path) -> None:
    refused(tmp_path, b"  \n\n \t\n", "the file is empty", 1, 1)


def test_binary_file(tmp_path: Path) -> None:
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4
    line = refused(tmp_path, png, "binary file", 3, 1)  # the first NUL byte
    assert "convert the document to plain text" in line


def test_existing_output_is_not_overwritten_by_a_failed_run(tmp_path: Path) -> None:
    source = tmp_path / "record.txt"
    source.write_bytes(b"Kim [said.\n")
    out = tmp_path / "out.xml"
    out.write_text("previous version")
    code, _, _ = run("convert", str(source), "-o", str(out))
    assert code == 2
    assert out.read_text() == "previous version"


def test_output_over_input_is_refused(tmp_path: Path) -> None:
    source = tmp_path / "record.txt"
    source.write_bytes(SEED_TXT.read_bytes())
    code, _, stderr = run("convert", str(source), "-o", str(source))
    assert code == 2
    assert "refusing to write over the input file" in stderr
    assert source.read_bytes() == SEED_TXT.read_bytes()


def test_cp1252_is_decoded_and_reported(tmp_path: Path) -> None:
    source = tmp_path / "record.txt"
    source.write_bytes(
        "Ambassador Kim said that the caf\u00e9 was \u201cclosed\u201d [sic].\n".encode("cp1252")
    )
    out = tmp_path / "record.xml"
    code, _, stderr = run("convert", str(source), "-o", str(out))
    assert code == 0
    assert "warning W101" in stderr and "cp1252" in stderr
    text = out.read_text("utf-8")
    assert "caf\u00e9 was <sic>\u201cclosed\u201d</sic>" in text


def test_utf16_with_bom_is_decoded(tmp_path: Path) -> None:
    source = tmp_path / "record.txt"
    source.write_bytes(b"\xff\xfe" + "Kim [Byeong-jik] said \u2014 yes.\n".encode("utf-16-le"))
    out = tmp_path / "record.xml"
    code, _, stderr = run("convert", str(source), "-o", str(out))
    assert code == 0, stderr
    assert "utf-16-le" in stderr
    assert '<supplied reason="name-completion">Byeong-jik</supplied>' in out.read_text("utf-8")


def test_truncated_record_converts_with_a_warning(tmp_path: Path) -> None:
    source = next(RECORDS_DIR.glob("05_*.txt"))
    out = tmp_path / "05.xml"
    code, _, stderr = run("convert", str(source), "-o", str(out))
    assert code == 0
    assert "warning W202: the record seems to stop mid-sentence" in stderr
    assert '<gap reason="truncated"/>' in out.read_text("utf-8")


def test_stray_control_characters_are_removed_with_a_warning(tmp_path: Path) -> None:
    source = tmp_path / "record.txt"
    source.write_bytes(b"Kim said\x07 that it was so.\n")
    out = tmp_path / "record.xml"
    code, _, stderr = run("convert", str(source), "-o", str(out))
    assert code == 0
    assert "W102" in stderr and ":1:9:" in stderr
    assert "\x07" not in out.read_text("utf-8")


@pytest.mark.slow
def test_fifty_megabyte_record(tmp_path: Path) -> None:
    seed = SEED_TXT.read_bytes()
    head, body = seed.split(b"English HTML\n", 1)
    source = tmp_path / "big.txt"
    source.write_bytes(head + b"English HTML\n" + body * (50_000_000 // len(body) + 1))
    assert source.stat().st_size >= 50_000_000
    out = tmp_path / "big.xml"
    code, _, stderr = run("convert", str(source), "-o", str(out), "-q")
    assert code == 0, stderr
    assert out.stat().st_size > 50_000_000
    assert out.read_bytes().rstrip().endswith(b"</TEI>")


THIRD_PARTY = RECORDS_DIR.parent / "third-party"


@pytest.mark.parametrize(
    "data",
    [
        (THIRD_PARTY / "ss-test20.xml").read_bytes(),
        b'<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p>x</p></body></text></TEI>',
        b'\xef\xbb\xbf<?xml version="1.0"?>\n<TEI/>',
        '<?xml version="1.0" encoding="UTF-16"?><TEI/>'.encode("utf-16"),
        b"<?xml version='1.0'?><broken>",
        b'<!DOCTYPE TEI SYSTEM "tei.dtd">\n<TEI/>',
    ],
    ids=["third-party-tei", "bare-tei", "bom", "utf16", "not-well-formed", "dtd"],
)
def test_convert_given_xml_refuses_instead_of_escaping_markup(tmp_path: Path, data: bytes) -> None:
    """A TEI file went in as a bare record and its markup came out escaped in a `closer`."""
    refused(
        tmp_path, data, "this is XML, not a record saved as text; did you mean tei validate", 1, 1
    )


def test_convert_given_xml_by_name_refuses(tmp_path: Path) -> None:
    code, stdout, stderr = run("convert", str(THIRD_PARTY / "p5-testspoken.xml"))
    assert code == 2 and stdout == ""
    assert "did you mean tei validate or tei render?" in stderr


def test_record_starting_with_a_bracket_is_still_converted(tmp_path: Path) -> None:
    source = tmp_path / "record.txt"
    source.write_bytes(b"<Untitled>\n" + SEED_TXT.read_bytes())
    code, stdout, _ = run("convert", str(source))
    assert code == 0 and stdout.startswith("<?xml")
