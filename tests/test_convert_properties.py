"""Properties of conversion: random text never makes a traceback, and conversion is idempotent.

Hypothesis feeds text full of brackets, quotes, list markers and control characters; every
input must give either valid TEI or a located ``TeiError``, never any other exception.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tei.errors import TeiError
from tei.pipeline import convert_bytes

PIECES = st.sampled_from(
    [
        "[", "]", "[[", "]]", "[sic]", "[…]", "[...]", "[?]", "[1]", "[North]", "[We]",
        "“", "”", '"', "'", "(", ")", "\n", "\n\n", "\u00a0", "\t", "\x00", "\x07", "\x1b",
        "1. ", "(1) ", "- ", "a) ", "To: ", "Participants:\n", "KIM: ", "[Page 3]",
        "Kim", "said that", "Ambassador", " ", ".", ",", ":", "[signature]", "\\[", "\\]",
        "[handwritten: ", "[faded image of a stamp: ", "=====", "Footnotes\n", "1. note",
    ]
)  # fmt: skip
TEXT = st.lists(st.one_of(PIECES, st.text(max_size=8)), max_size=60).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT)
def test_random_text_never_raises_anything_but_a_located_error(text: str) -> None:
    try:
        result = convert_bytes(text.encode("utf-8", "surrogatepass"), "fuzz.txt")
    except TeiError as exc:
        assert exc.path == "fuzz.txt"
        assert exc.hint
        return
    assert result.data.startswith(b"<?xml")


@settings(max_examples=100, deadline=None)
@given(TEXT)
def test_conversion_is_deterministic(text: str) -> None:
    data = text.encode("utf-8", "surrogatepass")
    try:
        first = convert_bytes(data, "fuzz.txt").data
    except TeiError:
        return
    assert convert_bytes(data, "fuzz.txt").data == first
