"""The reader's fast paths give what the plain regex scans they replace gave.

Each property runs the fast code and a reference (the earlier, obviously right version) on
random text made of the characters that matter, and wants the same answer, errors included.
"""

from __future__ import annotations

import re
import sys
from difflib import SequenceMatcher
from unittest.mock import patch

from hypothesis import given, settings
from hypothesis import strategies as st

from tei.errors import RecordError, TeiError
from tei.read.decode import decode
from tei.read.inline import Pair, bracket_pairs
from tei.read.layout_e import _RUN, find_calls
from tei.read.similar import _matched, similar
from tei.read.source import Source

decode_module = sys.modules["tei.read.decode"]  # the package's ``decode`` is the function

# ---------------------------------------------------------------- decode

CHARS = st.sampled_from(
    [
        "a", "é", "’", "€", " ", "\t", "\n", "\r",
        "\x00", "\x01", "\x0b", "\x1f", "\x7f", "\x80", "\ufffe", "\uffff",
    ]
)  # fmt: skip


def _decoded(data: bytes) -> object:
    try:
        text, notes = decode(data)
    except TeiError as exc:
        return (str(exc), exc.line, exc.column)
    return text, [(n.code, n.message, n.line, n.column) for n in notes]


@settings(max_examples=500, deadline=None)
@given(
    st.lists(CHARS, max_size=30).map("".join),
    st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "latin-1", "utf-16"]),
    st.binary(max_size=2),
    st.booleans(),
)
def test_decode_gives_what_the_text_scans_alone_gave(
    text: str, encoding: str, noise: bytes, noise_first: bool
) -> None:
    try:
        encoded = text.encode(encoding)
    except UnicodeEncodeError:
        return
    data = noise + encoded if noise_first else encoded + noise
    fast = _decoded(data)
    with patch.object(decode_module, "_clean_bytes", lambda raw, utf8: False):
        assert _decoded(data) == fast


# ---------------------------------------------------------------- bracket_pairs

_BRACKET_CHARS = re.compile(r"\\[\[\]]|[\[\]]")


def _pairs_ref(source: Source, start: int, end: int) -> list[Pair]:
    stack: list[Pair] = []
    top: list[Pair] = []
    for m in _BRACKET_CHARS.finditer(source.text, start, end):
        ch, i = m.group(), m.start()
        if ch == "[":
            stack.append(Pair(i, -1))
        elif ch == "]":
            if not stack:
                loc = source.loc(i)
                raise RecordError("']' closes no bracket", line=loc.line, column=loc.column)
            pair = stack.pop()
            pair.close = i
            (stack[-1].children if stack else top).append(pair)
    if stack:
        loc = source.loc(stack[0].open)
        raise RecordError("'[' is never closed", line=loc.line, column=loc.column)
    return top


def _pairs_outcome(fn: object, source: Source, start: int, end: int) -> object:
    assert callable(fn)
    try:
        return fn(source, start, end)
    except RecordError as exc:
        return ("closes no bracket" in str(exc), exc.line, exc.column)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["[", "]", "\\", "a", "\n"]), max_size=16).map("".join), st.data())
def test_bracket_pairs_are_those_of_the_regex_scan(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    source = Source(text)
    assert _pairs_outcome(bracket_pairs, source, start, end) == _pairs_outcome(
        _pairs_ref, source, start, end
    )


# ---------------------------------------------------------------- find_calls


def _calls_ref(
    source: Source, start: int, end: int, numbers: list[str]
) -> list[tuple[int, int, str]]:
    """find_calls as it was: list every run with one regex scan, then walk the list."""
    text = source.text
    runs = [(m.start(), m.end(), m.group(1)) for m in _RUN.finditer(text, start, end)]
    calls: list[tuple[int, int, str]] = []
    k = 0
    for n in numbers:
        found = None
        for j in range(k, len(runs)):
            a, b, run = runs[j]
            if run == n and a > start and not text[a - 1].isspace():
                found = (j, a, b)
                break
        if found is None:
            for j in range(k, len(runs)):
                a, b, run = runs[j]
                if run.endswith(n) and len(run) > len(n):
                    found = (j, b - len(n), b)
                    break
        if found is None:
            continue
        j, a, b = found
        calls.append((a, b, n))
        k = j + 1
    return calls


RUN_CHARS = st.sampled_from(["1", "1", "2", "2", "3", "*", "a", " ", ",", "x", "\n", "٣", "’"])
NUMBERS = st.sampled_from(["1", "2", "3", "12", "23", "11", "*", "2a", "a", "٣", "", "1 "])


@settings(max_examples=800, deadline=None)
@given(st.lists(RUN_CHARS, max_size=24).map("".join), st.lists(NUMBERS, max_size=5), st.data())
def test_find_calls_finds_what_the_run_list_found(
    text: str, numbers: list[str], data: st.DataObject
) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    source = Source(text)
    assert find_calls(source, start, end, numbers) == _calls_ref(source, start, end, numbers)


# ---------------------------------------------------------------- romanization


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet="abcdeio", max_size=16), st.text(alphabet="abcdeio", max_size=16))
def test_similar_is_the_sequence_matcher_threshold(a: str, b: str) -> None:
    assert similar(a, b) == (SequenceMatcher(None, a, b).ratio() >= 0.6)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab", min_size=190, max_size=230), st.text(alphabet="ab", max_size=230))
def test_similar_leaves_long_strings_to_difflib(a: str, b: str) -> None:
    assert similar(a, b) == (SequenceMatcher(None, a, b).ratio() >= 0.6)


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet="abcde", max_size=40), st.text(alphabet="abcde", max_size=40))
def test_matched_counts_what_difflib_matches(a: str, b: str) -> None:
    blocks = SequenceMatcher(None, a, b).get_matching_blocks()
    assert _matched(a, b) == sum(block.size for block in blocks)
