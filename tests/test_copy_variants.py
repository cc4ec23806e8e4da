"""Issue 13, "Done when" 2: the same meaning however the page was copied.

For every record of ../shared/corpus/records and every layout-E fixture, each kind of copy
:mod:`tests.copy_variants` makes (CRLF, BOM, trailing spaces, no-break spaces, tabs, blank
lines doubled or removed, notes heading, notes indented, bullets, quotes, title in capitals,
site chrome above or below) must give the same canonical summary of the TEI as the record
itself. The variants are generated, not written: a new record is covered by being added.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from lxml import etree

from tei.pipeline import convert_bytes
from tests.copy_variants import summary, variants
from tests.support import FIXTURES, record_paths

SOURCES = [*record_paths(), *sorted((FIXTURES / "frus_e").glob("*.txt"))]
MIN_KINDS = 15

KNOWN: dict[tuple[str, str], str] = {}
"""Variants whose meaning differs for a reason outside the reader, each with the reason;
strict, so a fix makes the test fail until its entry is removed."""


def _truth(source: Path) -> dict[str, Any]:
    return json.loads(source.with_suffix("").with_suffix(".truth.json").read_text("utf-8"))  # type: ignore[no-any-return]


def _meaning(text: str, name: str) -> dict[str, Any]:
    return summary(etree.fromstring(convert_bytes(text.encode("utf-8"), name).data))


@pytest.mark.parametrize("source", SOURCES, ids=lambda p: p.stem)
def test_every_copy_keeps_the_meaning(
    source: Path, record_property: Any, request: pytest.FixtureRequest
) -> None:
    text = source.read_text("utf-8")
    copies = variants(text, _truth(source))
    assert len(copies) >= MIN_KINDS, f"only {len(copies)} kinds change {source.name}"
    original = _meaning(text, source.name)
    differ = {}
    for kind, copy in copies.items():
        meaning = _meaning(copy, source.name)
        if meaning != original:
            differ[kind] = [key for key in original if meaning[key] != original[key]]
    known = {k: v for k, v in differ.items() if (source.stem, k) in KNOWN}
    kept = len(copies) - len(differ)
    record_property("tally", ("copy variants that kept the meaning", kept, len(copies)))
    record_property("tally", ("records and fixtures with >= 15 kinds of copy", 1, 1))
    print(f"{source.stem}: {len(copies)} copy variants, {len(differ)} differ {differ}")
    assert {k: v for k, v in differ.items() if k not in known} == {}
    if known:
        request.applymarker(
            pytest.mark.xfail(reason="; ".join(KNOWN[(source.stem, k)] for k in known), strict=True)
        )
        raise AssertionError(f"known differences: {known}")


def test_the_suite_covers_every_record_and_fixture() -> None:
    """Every shared record and FRUS fixture is in the suite (22 + 34 at the time of writing)."""
    assert len(record_paths()) >= 22
    assert len(SOURCES) == len(record_paths()) + len(list((FIXTURES / "frus_e").glob("*.txt")))
