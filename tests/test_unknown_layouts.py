"""Issue 13, "Done when" 3: pages in layouts the reader does not know still give their title
and date, with a warning that says the layout was not recognised and what was missing.

The fixtures in ``tests/fixtures/unknown_layouts`` are invented pages in three layouts no
reader is written for (a national archive's catalogue page, a declassified-documents reading
room page, a plain e-mail); each ``.truth.json`` holds the title and date a reader should find.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tei.pipeline import convert_bytes
from tei.read import read_bytes
from tests.support import FIXTURES, convert_all, jing_errors

PAGES = sorted((FIXTURES / "unknown_layouts").glob("*.txt"))


def test_there_are_three_unknown_layouts() -> None:
    assert len(PAGES) >= 3


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.stem)
def test_unknown_layout_gives_title_date_and_a_warning(page: Path) -> None:
    truth = json.loads(page.with_suffix("").with_suffix(".truth.json").read_text("utf-8"))
    record = read_bytes(page.read_bytes(), str(page))
    assert record.title is not None and record.title.text == truth["title"]
    assert record.date_iso == truth["date"]
    warnings = [d for d in record.diagnostics if d.code == "W204"]
    assert len(warnings) == 1
    assert "not recognised" in warnings[0].message
    assert (warnings[0].line, warnings[0].column) == (1, 1)
    assert not [d for d in record.diagnostics if d.code == "W201"]  # not the file name
    assert convert_bytes(page.read_bytes(), str(page)).data  # valid TEI (checked on the way)


def test_no_title_means_the_file_name_and_a_warning() -> None:
    """A page with no title-like line anywhere: the file name is used, and said to be."""
    record = read_bytes(b"and then the talks went on for a while, without result.\n", "a.txt")
    codes = [d.code for d in record.diagnostics]
    assert "W201" in codes and "W204" in codes


def test_unknown_layouts_are_valid_tei_all(tmp_path: Path) -> None:
    converted = convert_all(PAGES, tmp_path)
    errors = jing_errors(list(converted.values()))
    assert all(not lines for lines in errors.values()), errors
