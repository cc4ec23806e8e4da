"""Golden files for each converter stage: the parsed record (read) and the TEI (encode).

A change of output fails here with a diff. To accept a change on purpose, run
``make accept`` (pytest ``--accept-golden``), then read ``git diff tests/golden`` before
committing.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from tei.encode import serialize, to_tei
from tei.people import attribute
from tei.people.flat import flatten
from tei.people.walk import stretches
from tei.read import read_bytes
from tei.read.model import Said, Speech
from tests.support import FIXTURES, GOLDEN, RECORDS_DIR, SEED_TXT

INPUTS = {
    "seed": SEED_TXT,
    "layout-a2": next(RECORDS_DIR.glob("06_*.txt")),
    "layout-b": next(RECORDS_DIR.glob("07_*.txt")),
    "layout-c": next(RECORDS_DIR.glob("11_*.txt")),
    "layout-d": next(RECORDS_DIR.glob("12_*.txt")),
    "layout-e": FIXTURES / "frus_e" / "012_d75.txt",
}


def _record_json(source: Path) -> str:
    record = read_bytes(source.read_bytes(), source.name)
    data = dataclasses.asdict(record)
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def _people_json(source: Path) -> str:
    """The persons and the speaker of every turn, after the people stage."""
    record = read_bytes(source.read_bytes(), source.name)
    attribute(record)
    turns = [
        {
            "who": item.who,
            "cert": item.cert,
            "starts": " ".join(flatten(item.content)[0].split()[:6]),
        }
        for stretch in stretches(record, notes=False)
        for item in stretch.content
        if isinstance(item, Said)
    ]
    turns += [{"who": b.who, "label": b.label} for b in record.blocks if isinstance(b, Speech)]
    data = {"persons": [dataclasses.asdict(p) for p in record.persons], "turns": turns}
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def _tei(source: Path) -> str:
    record = read_bytes(source.read_bytes(), source.name)
    attribute(record)
    return serialize(to_tei(record)).decode("utf-8")


STAGES = {
    "read": (_record_json, ".json"),
    "people": (_people_json, ".json"),
    "encode": (_tei, ".xml"),
}


@pytest.mark.parametrize("stage", sorted(STAGES))
@pytest.mark.parametrize("name", sorted(INPUTS))
def test_golden(stage: str, name: str, accept_golden: bool) -> None:
    make, suffix = STAGES[stage]
    actual = make(INPUTS[name])
    golden = GOLDEN / stage / f"{name}{suffix}"
    if accept_golden:
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(actual, "utf-8")
        pytest.skip(f"accepted {golden.relative_to(GOLDEN.parent.parent)}")
    assert golden.exists(), f"no golden file {golden}; run make accept and read the diff"
    assert actual == golden.read_text("utf-8"), f"{stage} output for {name} changed"


def test_conversion_is_deterministic() -> None:
    first = _tei(SEED_TXT)
    assert _tei(SEED_TXT) == first
