"""Round trip: the diplomatic text gives back the words of each record's body (≥ 99.5 %).

The body is cut as the corpus README defines it (check_truth.body_span); the text compared is
the rendered TEI body without the title and date that the converter adds from the page above
the body, and without the notes section. Words are whitespace-separated tokens, brackets
included, matched in order.
"""

from __future__ import annotations

import difflib
import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

from tei.ns import NS
from tests.support import RECORDS_DIR, SEED_TXT, record_paths

if importlib.util.find_spec("tei.pipeline") is None:
    pytest.skip("tei.pipeline (the converter) is not in this checkout yet", allow_module_level=True)

from tei.pipeline import convert_file
from tei.render import render_text
from tei.xmlsafe import parse_bytes

THRESHOLD = 0.995


def _check_truth() -> ModuleType:
    spec = importlib.util.spec_from_file_location("check_truth", RECORDS_DIR / "check_truth.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def source_body(path: Path) -> str:
    text = path.read_text(encoding="utf-8")
    truth_file = path.with_name(path.stem + ".truth.json")
    if not truth_file.exists():  # the seed: layout A without a truth file
        return text.split("\nEnglish HTML\n", 1)[1]
    start, end, _ = _check_truth().body_span(text, json.loads(truth_file.read_text("utf-8")))
    return str(text[start:end])


def diplomatic_body(path: Path) -> str:
    tree = parse_bytes(convert_file(path).data, str(path))
    div = tree.find(".//t:body/t:div", NS)
    assert div is not None
    for name in ("head", "dateline"):  # added from the page, above the body
        added = div.find(f"t:{name}", NS)
        if added is not None:
            div.remove(added)
    return render_text(tree, view="diplomatic", width=0, notes=False)


@pytest.mark.parametrize("path", [*record_paths(), SEED_TXT], ids=lambda p: p.stem)
def test_diplomatic_words_equal_the_source_body(path: Path) -> None:
    source = source_body(path).split()
    rendered = diplomatic_body(path).split()
    matcher = difflib.SequenceMatcher(None, source, rendered, autojunk=False)
    same = sum(block.size for block in matcher.get_matching_blocks())
    differences = [
        (source[i1:i2], rendered[j1:j2])
        for op, i1, i2, j1, j2 in matcher.get_opcodes()
        if op != "equal"
    ]
    assert same / len(source) >= THRESHOLD, differences[:10]
    assert same / len(rendered) >= THRESHOLD, differences[:10]
