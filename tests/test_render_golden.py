"""Golden files for the converted seed: HTML and both text views.

Rewritten only with ``pytest --accept-golden`` (read the diff before committing). The seed is
converted by tei.pipeline, so a change in the converter shows up here too, on purpose.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from tests.support import GOLDEN, SEED_TXT

if importlib.util.find_spec("tei.pipeline") is None:
    pytest.skip("tei.pipeline (the converter) is not in this checkout yet", allow_module_level=True)

from tei.pipeline import convert_file
from tei.render import render_html, render_text
from tei.xmlsafe import parse_bytes

GOLDEN_RENDER = GOLDEN / "render"
CASES = {
    "seed.html": lambda tree: render_html(tree),
    "seed.reading.txt": lambda tree: render_text(tree, view="reading"),
    "seed.diplomatic.txt": lambda tree: render_text(tree, view="diplomatic"),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_seed_golden(name: str, accept_golden: bool) -> None:
    tree = parse_bytes(convert_file(SEED_TXT).data, str(SEED_TXT))
    actual = CASES[name](tree)
    golden: Path = GOLDEN_RENDER / name
    if accept_golden:
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(actual, encoding="utf-8")
        return
    assert golden.exists(), f"{golden} is missing; run pytest --accept-golden -k golden"
    assert actual == golden.read_text(encoding="utf-8"), (
        f"{name} differs from its golden file; if the change is intended, run "
        "pytest --accept-golden -k golden and review the diff"
    )
