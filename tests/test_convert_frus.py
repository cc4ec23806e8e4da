"""Issue 2, "Done when" 4: FRUS documents printed as web pages (layout E) convert completely.

The records in tests/fixtures/frus_e are made from the real FRUS volume by
tests/frus_records.py; each has a truth file. For each: valid (project schema and tei_all),
title, date, every footnote at its call, every page break, and word recall.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from lxml import etree

from tei.ns import NS, TEI_NS
from tests.support import FIXTURES, convert_all, jing_errors
from tests.tei_text import recall, words

FRUS_E = sorted((FIXTURES / "frus_e").glob("*.txt"))
PAGE = re.compile(r"\[Page \d+[a-z]?\]")


@pytest.fixture(scope="module")
def converted(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return convert_all(FRUS_E, tmp_path_factory.mktemp("frus_e"))


@pytest.fixture(scope="module")
def tei_all(converted: dict[str, Path]) -> dict[str, list[str]]:
    return jing_errors(list(converted.values()))


def test_enough_frus_records() -> None:
    assert len(FRUS_E) >= 20


def _source_words(source: Path, truth: dict) -> list[str]:  # type: ignore[type-arg]
    """Body words with page markers removed and glued call numbers cut off their words."""
    lines = source.read_text("utf-8").split("\n")
    end = max((i for i, ln in enumerate(lines) if ln == "Footnotes"), default=len(lines))
    tokens = PAGE.sub(" ", "\n".join(lines[3:end])).split()
    cursor = 0
    for call in truth["note_calls"]:
        if call["line"] <= 3:
            continue
        glued = call["word_before"] + call["n"]
        while cursor < len(tokens) and not tokens[cursor].startswith(glued):
            cursor += 1
        if cursor < len(tokens):
            tokens[cursor] = call["word_before"] + tokens[cursor][len(glued) :]
    return words(" ".join(tokens))


def _text_without_notes(root: etree._Element) -> str:
    copy = etree.fromstring(etree.tostring(root))
    for note in copy.iterfind(f".//{{{TEI_NS}}}note[@place='foot']"):
        tail = note.tail
        parent = note.getparent()
        assert parent is not None
        note.clear()
        note.tail = tail
    body = copy.find(f"{{{TEI_NS}}}text")
    assert body is not None
    return " ".join(body.itertext())


def _unbracket(text: str) -> str:
    """The words as TEI holds them: editorial brackets are elements, not characters."""
    return text.replace("[", "").replace("]", "")


def _flat(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("source", FRUS_E, ids=lambda p: p.stem)
def test_frus_record_converts(
    source: Path, converted: dict[str, Path], tei_all: dict[str, list[str]]
) -> None:
    truth = json.loads(source.with_suffix(".truth.json").read_text("utf-8"))
    out = converted[source.name]
    assert tei_all[str(out)] == [], tei_all[str(out)]
    root = etree.parse(str(out)).getroot()
    assert root.xpath("string(//t:titleStmt/t:title)", namespaces=NS) == truth["title"]
    when = root.xpath("//t:profileDesc/t:creation/t:date/@when", namespaces=NS)
    assert (when[0] if when else None) == truth["date"]
    pages = root.xpath("//t:text//t:pb/@n", namespaces=NS)
    assert pages == truth["pages"]
    notes = root.xpath("//t:text//t:note[@place='foot']", namespaces=NS)
    assert [n.get("n") for n in notes] == [c["n"] for c in truth["note_calls"]]
    for note, call, text in zip(notes, truth["note_calls"], truth["notes"], strict=True):
        before = "".join(note.xpath("preceding::text()[not(ancestor::t:teiHeader)]", namespaces=NS))
        before_call = re.sub(r"\s+", " ", before).rstrip()
        word = _unbracket(call["word_before"]).strip()
        assert before_call.endswith(word), (call, before_call[-40:])
        assert _flat("".join(note.itertext())) == _flat(_unbracket(text["text"]))
    score = recall(_source_words(source, truth), words(_text_without_notes(root)))
    assert score >= 0.995, f"word recall {score:.4f}"


def test_regression_frus_outputs_pass_every_rule(converted: dict[str, Path]) -> None:
    """``[Footnote in the original.]`` inside a footnote became a note in a note (rule R006)."""
    from tei.validate.check import validate_file

    failing = {
        name: [d.format() for d in report.diagnostics]
        for name, path in converted.items()
        if not (report := validate_file(path)).valid
    }
    assert failing == {}
