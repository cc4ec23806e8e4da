"""Issue 3, "Done when" 4: ``tei convert --review`` and the persons register."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner
from lxml import etree

from tei.cli import main
from tei.ns import NS
from tests.support import FIXTURES, RECORDS_DIR

REGISTER = FIXTURES / "register"


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def speakers(path: Path) -> list[str]:
    root = etree.parse(str(path)).getroot()
    return [str(w) for w in root.xpath("//t:said/@who", namespaces=NS)]


def test_review_lists_decisions_with_line_numbers(tmp_path: Path) -> None:
    source = next(RECORDS_DIR.glob("04_*.txt"))
    code, _, err = invoke("convert", str(source), "-o", str(tmp_path / "04.xml"), "--review")
    assert code == 0
    lines = err.strip().splitlines()
    assert (
        f"{source}:50:1: info V402: turn attributed to #han-seong-ho from 'pronoun He' "
        "(medium certainty); check the speaker (said/@who)"
    ) in lines


def test_review_notes_are_not_printed_without_review(tmp_path: Path) -> None:
    source = next(RECORDS_DIR.glob("04_*.txt"))
    code, _, err = invoke("convert", str(source), "-o", str(tmp_path / "04.xml"))
    assert code == 0
    assert "V402" not in err


def test_review_reports_unknown_labels(tmp_path: Path) -> None:
    source = tmp_path / "transcript.txt"
    source.write_text("Q: When did it leave?\n\nA: On Monday.\n\nQ: Who was on board?\n")
    code, _, err = invoke("convert", str(source), "-o", str(tmp_path / "t.xml"), "--review")
    assert code == 0
    assert "transcript.txt:1:1: info V401: speaker label 'Q:'" not in err  # Q is a known convention
    root = etree.parse(str(tmp_path / "t.xml")).getroot()
    assert root.xpath("//t:sp/@who", namespaces=NS) == ["#questioner", "#respondent", "#questioner"]


def test_register_keeps_ids_stable_across_records(tmp_path: Path) -> None:
    register = REGISTER / "persons.xml"
    out = tmp_path / "out"
    code, _, err = invoke(
        "convert", str(REGISTER / "record-a.txt"), str(REGISTER / "record-b.txt"),
        "-d", str(out), "--register", str(register), "--review", "--jobs", "1",
    )  # fmt: skip
    assert code == 0, err
    assert speakers(out / "record-a.xml") == ["#kim-byeong-jik", "#pan-zili"]
    assert speakers(out / "record-b.xml") == ["#kim-byeong-jik", "#wen-dezhao"]
    assert (
        'info V410: new person, not in the register: <person xml:id="wen-dezhao">'
        "<persName>Wen Dezhao</persName></person>"
    ) in err


def test_without_the_register_the_ids_differ(tmp_path: Path) -> None:
    out = tmp_path / "out"
    code, _, _ = invoke(
        "convert", str(REGISTER / "record-a.txt"), str(REGISTER / "record-b.txt"), "-d", str(out)
    )
    assert code == 0
    assert speakers(out / "record-b.xml")[0] == "#kim-pyong-jik"
