"""Issue 2, "Done when" 2 and 3, and issue 13, "Done when" 1: every corpus record converts
into valid, complete TEI that matches its truth.

For the seed and each record of ../shared/corpus/records: valid against the project schema
(checked by the converter before it writes) and against tei_all (jing); at least 99.5 % of the
body's words in the TEI text; no editorial bracket left; header values (title, date, archive
id, translators, funder), the number of footnotes, the number of list items and the bracket
kinds, in order, equal to the truth. The bracket classes are also scored over the corpus.
"""

from __future__ import annotations

import difflib
import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest
from lxml import etree

from tei.ns import TEI_NS
from tests.support import RECORDS_DIR, SEED_TXT, convert_all, jing_errors, record_paths
from tests.tei_text import bracket_kinds, header_values, recall, source_words, text_of, words

RECALL_BAR = 0.995
BRACKET_BAR = 0.95


def _check_truth() -> ModuleType:
    """The corpus's own checker, for its definition of where a record's body is."""
    spec = importlib.util.spec_from_file_location("check_truth", RECORDS_DIR / "check_truth.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def converted(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return convert_all([SEED_TXT, *record_paths()], tmp_path_factory.mktemp("converted"))


@pytest.fixture(scope="module")
def tei_all(converted: dict[str, Path]) -> dict[str, list[str]]:
    return jing_errors(list(converted.values()))


def _truth(source: Path) -> dict:  # type: ignore[type-arg]
    return json.loads(source.with_suffix("").with_suffix(".truth.json").read_text("utf-8"))


def _body(source: Path, truth: dict) -> str:  # type: ignore[type-arg]
    text = source.read_text("utf-8")
    start, end, _ = _check_truth().body_span(text, truth)
    return text[start:end]


def _notes(root: etree._Element) -> int:
    """Footnotes with their text (a call whose note the page lost has type ``missing``)."""
    return sum(
        1
        for n in root.iter(f"{{{TEI_NS}}}note")
        if n.get("place") == "foot" and n.get("type") != "missing"
    )


def _list_items(root: etree._Element) -> int:
    """Items of the body's printed lists (header fields and participants are lists too in the
    TEI, but not list lines of the record)."""
    text = root.find(f"{{{TEI_NS}}}text")
    assert text is not None
    return sum(
        len(lst.findall(f"{{{TEI_NS}}}item"))
        for lst in text.iter(f"{{{TEI_NS}}}list")
        if lst.get("type") not in ("fields", "participants")
    )


@pytest.mark.parametrize("source", record_paths(), ids=lambda p: p.name[:2])
def test_record_converts_completely(
    source: Path,
    converted: dict[str, Path],
    tei_all: dict[str, list[str]],
    record_property: object,
) -> None:
    out = converted[source.name]
    assert tei_all[str(out)] == [], "\n".join(tei_all[str(out)])
    root = etree.parse(str(out)).getroot()
    truth = _truth(source)
    body_words = source_words(_body(source, truth))
    score = recall(body_words, words(text_of(root)))
    print(f"{source.name[:2]}: word recall {score:.4f} of {len(body_words)} words")
    kept = round(score * len(body_words))
    record_property("tally", ("words of the shared records kept", kept, len(body_words)))  # type: ignore[operator]
    assert score >= RECALL_BAR
    assert "[" not in text_of(root) and "]" not in text_of(root)
    values = header_values(root)
    assert values["title"] == truth["title"]
    assert values["date"] == truth["date"]
    assert values["archive_id"] == truth["archive_id"]
    assert values["translators"] == truth["translators"]
    assert values["funder"] == truth["funder"]
    assert _notes(root) == truth["notes"]
    assert _list_items(root) == truth["list_items"]
    assert bracket_kinds(root) == [b["kind"] for b in truth["brackets"]]
    record_property("tally", ("shared records matching their truth in every field", 1, 1))  # type: ignore[operator]


def test_seed_converts_completely(
    converted: dict[str, Path], tei_all: dict[str, list[str]]
) -> None:
    out = converted[SEED_TXT.name]
    assert tei_all[str(out)] == []
    root = etree.parse(str(out)).getroot()
    body = SEED_TXT.read_text("utf-8").split("\nEnglish HTML\n", 1)[1]
    score = recall(source_words(body), words(text_of(root)))
    print(f"seed: word recall {score:.4f}")
    assert score >= RECALL_BAR
    assert "[" not in text_of(root)
    values = header_values(root)
    assert values["translators"] == ["Jeffrey Wang", "Charles Kraus"]
    assert values["archive_id"] == "PRC FMA 109-03628-01, 74-83"
    assert values["date"] == "1965-03-10"


def test_bracket_classes_agree_with_truth(converted: dict[str, Path]) -> None:
    agree = total = 0
    misses: list[str] = []
    for source in record_paths():
        truth = [b["kind"] for b in _truth(source)["brackets"]]
        found = bracket_kinds(etree.parse(str(converted[source.name])).getroot())
        matcher = difflib.SequenceMatcher(None, truth, found, autojunk=False)
        same = sum(block.size for block in matcher.get_matching_blocks())
        agree += same
        total += len(truth)
        if same < len(truth):
            misses.append(f"{source.name[:2]}: truth {truth} found {found}")
    score = agree / total
    print(f"bracket classes: {agree}/{total} = {score:.1%} agree with the truth files")
    for miss in misses:
        print("  ", miss)
    assert score >= BRACKET_BAR
