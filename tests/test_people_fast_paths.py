"""Speed-ups of the people stage (issue 14, item 5): each answers exactly what the plain rule
it replaces answers."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tei.people import _PRESENCE, _TOLD_ME, _has_presence, _told_me
from tei.people.candidates import (
    _APPOSITION,
    _DROP_ASCII,
    _ascii_capitals,
    _office_after,
)
from tei.people.evidence import _WRITER, _WRITER_LINKS
from tei.people.names import TITLE_ONLY
from tei.people.scan import find_all, not_word, search
from tei.people.shapes import TITLE_INITIALS, TITLE_WORDS

_TOLD_PIECES = [
    "told", "asked", "informed", "assured", "promised", "replied", "to", "me", "mE", "Me",
    "untold", "meeting", "me.", "me’s", "me-", "me_", "él", "Ł", "ž", "ǅ",
]  # fmt: skip
_TOLD_TEXTS = st.lists(
    st.tuples(
        st.one_of(st.sampled_from(_TOLD_PIECES), st.text(alphabet="metoldÉé’_-. ", max_size=5)),
        st.sampled_from([" ", "", "  ", "\n", ",", "\u00a0"]),
    ),
    max_size=12,
).map(lambda pieces: "".join(piece + after for piece, after in pieces))


@given(text=_TOLD_TEXTS)
@settings(max_examples=500, deadline=None)
def test_told_me_answers_what_the_regex_answers(text: str) -> None:
    assert _told_me(text) == bool(_TOLD_ME.search(text))


def test_told_me_finds_speech_to_the_writer() -> None:
    assert _told_me("The Foreign Secretary told me that he agreed.")
    assert _told_me("He replied to me at once.")
    assert not _told_me("He told them that he would meet me.")


@given(text=st.text(max_size=30))
@settings(max_examples=500, deadline=None)
def test_ascii_capitals_answers_what_the_plain_rule_answers(text: str) -> None:
    rest = text.translate(_DROP_ASCII)
    assert _ascii_capitals(text) == (rest == rest.lower())


@given(
    text=st.text(
        alphabet=st.one_of(
            st.sampled_from("aZ ’“”–—…\u00a0éÉłŁßİıſΣσςǅ\u2160\u24b6\U0001d400ⅰ"),
            st.characters(),
        ),
        max_size=30,
    )
)
@settings(max_examples=1000, deadline=None)
def test_ascii_capitals_on_any_letters_answers_what_the_plain_rule_answers(text: str) -> None:
    rest = text.translate(_DROP_ASCII)
    assert _ascii_capitals(text) == (rest == rest.lower())


_AFTER_PIECES = [
    ",", " ", "‹Kim›", "‹", "›", "the", "a", "DPRK’s", "Ambassador", "Deputy Director", "of",
    "Ministry", "Kim", "Trade", "Comrade", "x",
]  # fmt: skip


@given(
    text=st.lists(st.sampled_from(_AFTER_PIECES), max_size=10).map("".join),
    end=st.integers(0, 12),
)
@settings(max_examples=500, deadline=None)
def test_office_after_finds_what_the_apposition_regex_finds(text: str, end: int) -> None:
    m = _APPOSITION.match(text, end)
    assert _office_after(text, end) == (m.group("title").strip() if m else "")


_PRESENCE_PIECES = [
    "present", "Present", "accompanied", "took", "part", "participated", "Interpreter",
    "interpreter", "visited", "received", "met", "with", "talked", "recorded", "by", "talks",
    "conversation", "conversations", "discussions", "meeting", "interview", "the", "Kim", ".",
    ";", "xpresent", "presently", "Journal", "journal", "diary", "Notes", "record", "report",
    "memorandum", "letter", "of", "from", "Ambassador", "Hatano", "Kenji",
]  # fmt: skip
_PRESENCE_TEXTS = st.lists(
    st.tuples(st.sampled_from(_PRESENCE_PIECES), st.sampled_from([" ", "", ", ", "-"])),
    max_size=12,
).map(lambda pieces: "".join(piece + after for piece, after in pieces))


@given(text=_PRESENCE_TEXTS)
@settings(max_examples=800, deadline=None)
def test_presence_answers_what_the_scan_answers(text: str) -> None:
    assert _has_presence(text) == (search(_PRESENCE, text, not_word) is not None)


@given(text=_PRESENCE_TEXTS)
@settings(max_examples=800, deadline=None)
def test_a_writer_is_only_found_in_texts_with_a_link(text: str) -> None:
    if find_all(_WRITER, text, not_word):
        assert any(link in text for link in _WRITER_LINKS)


_WORD_PIECES = [
    *TITLE_WORDS.replace("\\", "").split("|"), "Vice", "Deputy", "Kim", "Ministers", "s", "",
    "sMinister", "Comrades",
]  # fmt: skip


@given(words=st.lists(st.sampled_from(_WORD_PIECES), max_size=6))
@settings(max_examples=800, deadline=None)
def test_only_words_with_a_title_initial_open_a_title(words: list[str]) -> None:
    """``clean_words`` looks for titles only after a first word that opens with one of
    ``TITLE_INITIALS``."""
    for k in range(1, len(words) + 1):
        head = " ".join(words[:k])
        if TITLE_ONLY.match(head) or TITLE_ONLY.match(head.rstrip("s")):
            assert words[0][:1] in TITLE_INITIALS
