"""Properties of the reader's copy-noise pass and its fast line helpers (issue 13).

tidy must keep every line in its place (locations stay right) and be idempotent; the helpers
that avoid cutting a page into lines must agree with the plain way of doing it.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tei.read.general import opening_lines
from tei.read.page import has_line, lines_of
from tei.read.source import Source
from tei.read.tidy import tidy

PIECES = st.sampled_from(
    ["a", "Word", " ", "\t", "\u00a0", "\n", "Print", "Share", "›", "Home", "[1] x", "1. y",
     "cookies", "Notes", "https://x.org/y", "Page 1 of 2", ".", "Source"]
)  # fmt: skip
TEXTS = st.lists(PIECES, max_size=30).map("".join)


@settings(max_examples=400, deadline=None)
@given(TEXTS)
def test_tidy_keeps_every_line_in_place(text: str) -> None:
    tidied = tidy(text)
    assert tidied.count("\n") == text.count("\n")
    assert tidy(tidied) == tidied
    for before, after in zip(text.split("\n"), tidied.split("\n"), strict=True):
        assert not after.strip() or after.split() == before.split()  # kept whole, or blanked


@settings(max_examples=400, deadline=None)
@given(TEXTS, st.integers(1, 20))
def test_opening_lines_are_the_first_non_blank_lines(text: str, count: int) -> None:
    source = Source(text)
    fast = [(ln.start, ln.text) for ln in opening_lines(source, 0, count)]
    slow = [(ln.start, ln.text) for ln in lines_of(source) if ln.text.strip()][:count]
    assert fast == slow


@settings(max_examples=400, deadline=None)
@given(TEXTS, st.sampled_from(["Source", "Print", "Notes", "a"]))
def test_has_line_is_a_line_equal_to_it(text: str, line: str) -> None:
    assert has_line(text, line) == any(ln.strip() == line for ln in text.split("\n"))
