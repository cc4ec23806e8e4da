"""Layout-E fixtures: the committed files equal the generator's output, and say what they claim.

The converter's FRUS tests trust ``tests/fixtures/frus_e/``; these tests make that trust earned.
The checks on the text do not reuse the generator's code: they read the record the way the
fixtures README describes it, and compare with the TEI directly.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from lxml import etree

from tei.ns import NS, XML_ID, local_name
from tests.frus_records import FOOTNOTES_HEADING, documents, make_records, parse_volume
from tests.make_frus_records import FIXTURE_DIR, FIXTURES_CHOSEN, fixture_files, render_fixtures
from tests.support import FRUS_VOLUME

TRUTH_FILES = sorted(FIXTURE_DIR.glob("*.truth.json"))
PAGE_RE = re.compile(r"\[Page \d+\]")


@pytest.fixture(scope="module")
def divs() -> dict[str, etree._Element]:
    """Every document div of the volume, by xml:id."""
    return {div.get(XML_ID): div for div in documents(parse_volume(FRUS_VOLUME))}


def load(truth_path: Path) -> tuple[list[str], dict[str, Any]]:
    """A fixture's lines and truth."""
    text_path = truth_path.with_name(truth_path.name.replace(".truth.json", ".txt"))
    return text_path.read_text(encoding="utf-8").split("\n"), json.loads(truth_path.read_text())


def footnotes_index(lines: list[str]) -> int:
    """Index of the separator line (the last "Footnotes"), or len(lines) when there is none."""
    hits = [i for i, line in enumerate(lines) if line == FOOTNOTES_HEADING]
    return hits[-1] if hits else len(lines)


def without_calls(lines: list[str], calls: list[dict[str, Any]], first: int) -> list[str]:
    """The lines with each call's number removed (line numbers in calls are 1-based)."""
    out = list(lines)
    cursors: dict[int, int] = {}
    for call in calls:
        i = call["line"] - 1 - first
        if not 0 <= i < len(out):
            continue
        glued = call["word_before"] + call["n"]
        at = out[i].index(glued, cursors.get(i, 0)) + len(call["word_before"])
        out[i] = out[i][:at] + out[i][at + len(call["n"]) :]
        cursors[i] = at
    return out


def tei_stream(div: etree._Element) -> str:
    """The document's TEI text that layout E prints in the body, with all whitespace removed.

    Left out: the head and the first source note (printed above the body) and the footnotes
    (printed after it); a footnote's tail is body text and stays.
    """
    head = div.find("t:head", NS)
    source = div.find('t:note[@type="source"]', NS)

    def walk(el: etree._Element) -> list[str]:
        parts = [el.text or ""]
        for child in el:
            skip = (
                child is head
                or child is source
                or (local_name(child.tag) == "note" and child.get("type") != "source")
            )
            if isinstance(child.tag, str) and not skip:
                parts += walk(child)
            parts.append(child.tail or "")
        return parts

    return re.sub(r"\s+", "", "".join(walk(div)))


def test_enough_fixtures_and_each_chosen_once() -> None:
    ids = [doc_id for doc_id, _ in FIXTURES_CHOSEN]
    assert len(ids) >= 30 and len(set(ids)) == len(ids)


def test_committed_fixtures_equal_the_generator() -> None:
    expected = render_fixtures()
    present = {p.name: p.read_bytes().decode("utf-8") for p in fixture_files(FIXTURE_DIR)}
    assert sorted(present) == sorted(expected), "rerun: .venv/bin/python -m tests.make_frus_records"
    for name, content in expected.items():
        assert present[name] == content, f"{name} is stale; rerun python -m tests.make_frus_records"


@pytest.mark.parametrize("truth_path", TRUTH_FILES, ids=lambda p: p.name.split(".")[0])
def test_fixture_reads_as_the_readme_says(
    truth_path: Path, divs: dict[str, etree._Element]
) -> None:
    lines, truth = load(truth_path)
    assert lines[-1] == "" and "\r" not in "".join(lines)
    assert not re.search("[\ue000-\uf8ff]", "\n".join(lines)), "a sentinel leaked into the text"
    calls = truth["note_calls"]

    # head and Source lines
    (head_line,) = without_calls(lines[:1], calls, 0)
    assert head_line == f"{truth['n']}. {truth['title']}"
    assert lines[1] == f"Source: {truth['source_note']}"
    assert lines[2] == ""

    # each call's number is glued to the word before it, on the line the truth names
    for call in calls:
        line = lines[call["line"] - 1]
        assert call["word_before"] + call["n"] in line
        assert call["word_before"], f"call {call['n']} has no word to be glued to"

    # the notes are listed after the separator, in order, one per line, "N. text"
    sep = footnotes_index(lines)
    listed = [line for line in lines[sep + 1 :] if line]
    if truth["notes"]:
        assert lines[sep - 1] == ""
        notes = [f"{note['n']}. {note['text']}" for note in truth["notes"]]
        assert without_calls(listed, calls, sep + 1) == notes
        assert len(truth["notes"]) == len(calls)
    else:
        assert sep == len(lines) and not calls

    # every page break is a [Page N] marker, in order
    body = lines[3:sep]
    pages = [m[6:-1] for m in PAGE_RE.findall("\n".join(body))]
    assert pages == truth["pages"]

    # every word of the TEI body is in the text, in order; body_words counts them
    plain = PAGE_RE.sub(" ", "\n".join(without_calls(body, calls, 3)))
    assert len(plain.split()) == truth["body_words"]
    assert re.sub(r"\s+", "", plain) == tei_stream(divs[truth["id"]])


def test_every_document_of_the_volume_renders_without_loss(
    divs: dict[str, etree._Element],
) -> None:
    """The generator handles the whole volume, so a new fixture choice cannot hit a gap."""
    records = make_records(FRUS_VOLUME)
    assert len(records) == len(divs) == 586
    for record in records:
        lines = record.text.split("\n")
        calls = record.truth["note_calls"]
        sep = footnotes_index(lines)
        body = PAGE_RE.sub(" ", "\n".join(without_calls(lines[3:sep], calls, 3)))
        assert re.sub(r"\s+", "", body) == tei_stream(divs[record.id]), record.id
        assert PAGE_RE.findall(record.text) == [f"[Page {n}]" for n in record.truth["pages"]]
        assert record.text.count("[Page") == len(record.truth["pages"]), record.id
        assert ("\t" in record.text) == record.truth["has_table"], record.id
        assert "\n\n\n" not in record.text and "  " not in record.text, record.id
        assert all(line == line.strip() for line in lines), record.id


def test_generator_is_deterministic() -> None:
    ids = ["d1", "d2", "d512"]
    assert make_records(FRUS_VOLUME, ids=ids) == make_records(FRUS_VOLUME, ids=ids)
