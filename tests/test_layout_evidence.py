"""Issue 13: layouts are recognised by the signs a page shows, not by a fixed template.

Each shared record is claimed by the layout its truth names; a page missing one line of a
template is still claimed; a page missing what a layout needs to find its body goes to the
general reader with a W204 warning that names the nearest layout and the signs missing; a
citation in another house style still gives title and date.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tei.read import read_record
from tests.support import record_paths


def _truth(source: Path) -> dict[str, object]:
    return json.loads(source.with_suffix("").with_suffix(".truth.json").read_text("utf-8"))  # type: ignore[no-any-return]


def _first(layout: str) -> Path:
    return next(p for p in record_paths() if _truth(p)["layout"] == layout)


@pytest.mark.parametrize("source", record_paths(), ids=lambda p: p.name[:2])
def test_each_record_is_claimed_by_its_layout(source: Path) -> None:
    record = read_record(source.read_text("utf-8"), source.name)
    assert record.layout == _truth(source)["layout"]
    assert not [d for d in record.diagnostics if d.code in ("W201", "W204")]


def test_a_page_without_two_template_lines_is_still_layout_a() -> None:
    source = _first("A")
    text = source.read_text("utf-8").replace("Search in\n", "", 1).replace("get citation", "")
    record = read_record(text, source.name)
    assert record.layout == "A"
    assert record.title is not None and record.title.text == _truth(source)["title"]


def test_a_page_without_its_body_marker_is_read_generally_with_a_warning() -> None:
    source = _first("A")
    text = source.read_text("utf-8").replace("English HTML", "")
    record = read_record(text, source.name)
    assert record.layout == "general"
    [warning] = [d for d in record.diagnostics if d.code == "W204"]
    assert "nearest: layout A" in warning.message and "'English HTML'" in warning.message
    assert record.date_iso == _truth(source)["date"]


def test_a_citation_in_another_house_style_gives_title_and_date() -> None:
    source = _first("A")
    text = source.read_text("utf-8").replace(
        "History and Public Policy Program Digital Archive", "Wilson Center Digital Archive"
    )
    record = read_record(text, source.name)
    assert record.title is not None and record.title.text == _truth(source)["title"]
    assert record.date_iso == _truth(source)["date"]
    assert (
        record.citation is not None and record.citation.archive_id == _truth(source)["archive_id"]
    )


def test_a_pdf_export_without_credits_is_still_layout_d() -> None:
    source = _first("D")
    text = source.read_text("utf-8")
    start = text.index(" Credits: ")
    text = text[:start] + text[text.index(" Original Language: ") :]
    record = read_record(text, source.name)
    assert record.layout == "D"
    assert record.title is not None and record.title.text == _truth(source)["title"]
    assert record.date_iso == _truth(source)["date"] and record.funder is None


def test_a_page_that_only_cites_itself_gets_the_cited_title() -> None:
    source = _first("D")
    text = source.read_text("utf-8").replace("Contents: English Translation", "Text:")
    record = read_record(text, source.name)
    assert record.layout == "general"
    assert record.title is not None and record.title.text == _truth(source)["title"]
    assert record.date_iso == _truth(source)["date"]
