"""Issue 13, "Done when" 4: a FRUS page copied in each way converts with its title, date,
footnotes at their calls and page breaks.

The copies are made by :mod:`tests.frus_copies` (FRUS-specific: source note as footnote 1,
notes with or without a heading, indented, no blank line after the head, the dateline above
the head, superscript and ``[n]`` calls) and by :mod:`tests.copy_variants` (the ways any page
is copied) from every third document of the real volume, so most documents are ones no rule
was written against. A note is found when the TEI has a footnote with its text right after the
word the truth says it is glued to; notes are not matched by number, since a copy may number
them otherwise.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest
from lxml import etree

from tei.ns import TEI_NS, local_name
from tei.pipeline import convert_bytes
from tests import copy_variants as cv
from tests.frus_copies import FRUS_COPIES, FrusCopy
from tests.frus_records import FrusRecord, make_records
from tests.support import FRUS_VOLUME
from tests.tei_text import header_values

STEP = 3
BARS = {"title": 0.99, "date": 0.99, "notes": 0.95, "pages": 0.99}
_T = f"{{{TEI_NS}}}"

COPIES: list[tuple[str, FrusCopy]] = [(f.__name__, f) for f in FRUS_COPIES] + [
    (f.__name__, f)
    for f in (
        cv.crlf,
        cv.bom,
        cv.trailing_spaces,
        cv.no_break_spaces,
        cv.tab_indent,
        cv.blank_lines_doubled,
        cv.one_paragraph_per_line,
        cv.curly_quotes,
        cv.title_in_capitals,
        cv.breadcrumbs_above,
        cv.print_share_below,
        cv.cookie_notice_above,
    )
]


@pytest.fixture(scope="module")
def records() -> list[FrusRecord]:
    return make_records(FRUS_VOLUME)[::STEP]


def _norm(text: str) -> str:
    return " ".join(text.replace("[", "").replace("]", "").split()).casefold()


def notes_at_calls(root: etree._Element) -> Counter[tuple[str, str]]:
    """(word before the call, note text) of every footnote of the TEI."""
    found: Counter[tuple[str, str]] = Counter()
    before: list[str] = []

    def walk(el: etree._Element) -> None:
        before.append(el.text or "")
        for child in el:
            if isinstance(child.tag, str) and local_name(child.tag) == "note":
                if child.get("place") == "foot":
                    words = "".join(before).split()
                    found[
                        (_norm(words[-1]) if words else "", _norm("".join(child.itertext())))
                    ] += 1
            elif isinstance(child.tag, str):
                walk(child)
            before.append(child.tail or "")

    text = root.find(f"{_T}text")
    assert text is not None
    walk(text)
    return found


def _score(record: FrusRecord, text: str) -> dict[str, tuple[int, int]]:
    truth: dict[str, Any] = record.truth
    root = etree.fromstring(convert_bytes(text.encode("utf-8"), f"{record.id}.txt").data)
    values = header_values(root)
    want = Counter(
        (_norm(call["word_before"]), _norm(note["text"]))
        for call, note in zip(truth["note_calls"], truth["notes"], strict=True)
    )
    have = notes_at_calls(root)
    pages = Counter(pb.get("n") for pb in root.iter(f"{_T}pb"))
    return {
        "title": (int(_norm(str(values["title"])) == _norm(truth["title"])), 1),
        "date": (int(values["date"] == truth["date"]), 1),
        "notes": (sum(min(n, have[k]) for k, n in want.items()), sum(want.values())),
        "pages": (
            sum(min(n, pages[p]) for p, n in Counter(truth["pages"]).items()),
            len(truth["pages"]),
        ),
    }


@pytest.mark.parametrize(("kind", "copy"), COPIES, ids=[name for name, _ in COPIES])
def test_frus_copy_converts(
    kind: str, copy: FrusCopy, records: list[FrusRecord], record_property: Any
) -> None:
    totals = {key: [0, 0] for key in BARS}
    misses: list[str] = []
    for record in records:
        text = copy(record.text, record.truth)
        if text is None:
            continue
        for key, (good, total) in _score(record, text).items():
            totals[key][0] += good
            totals[key][1] += total
            if good < total:
                misses.append(f"{record.id} {key}")
    shares = {key: good / total if total else 1.0 for key, (good, total) in totals.items()}
    for key, (good, total) in totals.items():
        record_property("tally", (f"FRUS copies: {key} right", good, total))
    print(kind, {k: f"{v:.3f}" for k, v in shares.items()}, misses[:10])
    assert totals["title"][1] > 0
    assert all(shares[key] >= bar for key, bar in BARS.items()), (shares, misses[:10])
