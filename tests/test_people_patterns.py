"""The people patterns are written for speed (grouped alternations, possessive quantifiers);
each must find exactly what its plain form finds."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tei.people.candidates import _CAP_RUN, _free
from tei.people.forms import find_forms, roots
from tei.people.names import clean_words, names_after_nouns
from tei.people.resolve import Index
from tei.people.scan import find_all, not_word, search
from tei.people.shapes import NAME_WORD, PERSON_NOUNS, TITLE_WORDS, one_of
from tei.people.turns import _PRONOUN, VERBS, _pronoun_may_follow

_PLAIN_NAME_WORD = r"(?:[A-Z]\.(?:[A-Z]\.)*|[A-Z][\w-]*(?:[’'][a-rt-z]\w*)*)"
"""``NAME_WORD`` with ordinary (backtracking) quantifiers."""
_PIECES = [
    *TITLE_WORDS.replace("\\", "").split("|"),
    "Kim", "Byeong-jik", "A.N.", "O’Brien", "Kim’s", "said", "stated", "emphasised",
    "pointed out", "the", "of", "Ministry", "I", "K.", "-", "’", "'", ".", ",", "Vice",
]  # fmt: skip
_TEXTS = st.lists(
    st.one_of(st.sampled_from(_PIECES), st.text(alphabet="aAzZ .’'-é", max_size=6)),
    max_size=14,
).map(" ".join)


def _spans(pattern: str, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(pattern, text)]


@pytest.mark.parametrize("alternatives", [TITLE_WORDS, VERBS], ids=["titles", "verbs"])
@given(text=_TEXTS)
@settings(max_examples=300, deadline=None)
def test_one_of_matches_what_the_plain_alternation_matches(alternatives: str, text: str) -> None:
    assert _spans(one_of(alternatives), text) == _spans(f"(?:{alternatives})", text)


@given(text=_TEXTS)
@settings(max_examples=300, deadline=None)
def test_possessive_name_word_matches_what_backtracking_matches(text: str) -> None:
    for form in ("{w}(?: {w})+", "{w}(?: {w}){{0,2}}", "Ambassador (?P<name>{w}(?: {w}){{0,2}})"):
        assert _spans(form.format(w=NAME_WORD), text) == _spans(
            form.format(w=_PLAIN_NAME_WORD), text
        )
        words = text.split()
        assert [bool(re.fullmatch(NAME_WORD, w)) for w in words] == [
            bool(re.fullmatch(_PLAIN_NAME_WORD, w)) for w in words
        ]


def test_one_of_refuses_a_branch_without_a_first_letter() -> None:
    with pytest.raises(ValueError, match="open with a letter"):
        one_of("said|(?:told)")


_NOUN_PIECES = [
    *["engineer", "doctor", "national", "journalist", "international", "Zengineer"],
    *["Pak", "Kim", "Il", "Chol-su", "A.N.", "Lee", "Pak-engineer", "O’doctor", "Ministry"],
    *["the", "Dr.", "É", "(", "_"],
]  # fmt: skip
_NOUN_TEXTS = st.lists(
    st.tuples(
        st.one_of(st.sampled_from(_NOUN_PIECES), st.text(alphabet="aZ-’.é", max_size=2)),
        st.sampled_from([" ", " ", " ", " ", "", "-", "’"]),
    ),
    max_size=16,
).map(lambda pieces: "".join(piece + after for piece, after in pieces))


@given(text=_NOUN_TEXTS)
@settings(max_examples=500, deadline=None)
def test_names_after_nouns_are_those_one_search_finds(text: str) -> None:
    """The names after a noun for people, looked up from the runs of capitalised words, are
    those of one regex search for noun + two to six name words over the whole text."""
    search = re.compile(rf"(?:{PERSON_NOUNS}) (?P<name>{NAME_WORD}(?: {NAME_WORD}){{1,5}})")
    expected = []
    for m in find_all(search, text, not_word):
        words = clean_words(m.group("name").split())
        if len(words) >= 2:
            expected.append((m.start("name"), words))
    runs = [(m.start(1), m.group(1).split()) for m in find_all(_CAP_RUN, text, _free)]
    assert names_after_nouns(text, runs) == expected


_KEYS = st.lists(
    st.sampled_from(
        [
            "kim",
            "kim il",
            "kim il-song",
            "ki",
            "pak",
            "ambassador kim",
            "o’neil",
            "peña",
            "ștefan",
            "strasse",
            "straße",
        ]
    ),
    min_size=1,
    max_size=5,
    unique=True,
)
_FORM_TEXTS = st.lists(
    st.tuples(
        st.sampled_from(
            [
                "Kim",
                "kim",
                "KIM",
                "Il",
                "Il-song",
                "Pak",
                "Ambassador",
                "Ki",
                "O’Neil",
                "Peña",
                "PEÑA",
                "peña",
                "Ștefan",
                "ȘTEFAN",
                "Straße",
                "ſtefan",
                "Iİı",
            ]
        ),
        st.sampled_from([" ", " ", "", "-", "’s ", "’", ".", "_"]),
    ),
    max_size=10,
).map(lambda pieces: "".join(piece + after for piece, after in pieces))


@given(keys=_KEYS, text=_FORM_TEXTS)
@settings(max_examples=400, deadline=None)
def test_forms_found_with_find_are_those_the_regex_finds(keys: list[str], text: str) -> None:
    """``find_forms`` (one ``find`` per root form) gives the spans of the forms' regex."""
    index = Index([])
    for key in keys:
        index.add_form(key, "p")
    ordered = sorted(index.forms, key=len, reverse=True)
    pattern = index._pattern()
    assert pattern is not None
    spans = find_forms(text, ordered, roots(ordered))
    expected = [m.span() for m in pattern.finditer(text)]
    assert spans is None or spans == expected
    odd = any(char in text for char in "\u0130\u0131\u017f\u212a")  # see resolve._ODD
    if all(key.isascii() or key in ("peña", "ștefan") for key in keys) and not odd:
        assert spans == expected  # plain Latin letters with marks take the fast path too


@given(
    text=st.lists(
        st.tuples(
            st.sampled_from(["He", "She", "I", "Hello", "Ministry", "said", "I.", "“He", "(I"]),
            st.sampled_from([" ", " ", "\u00a0", ",", "", "\n", "“", "("]),
        ),
        max_size=8,
    ).map(lambda pieces: "".join(piece + after for piece, after in pieces)),
    cut=st.tuples(st.integers(0, 40), st.integers(0, 40)),
)
@settings(max_examples=400, deadline=None)
def test_pronoun_search_finds_what_the_look_behind_finds(text: str, cut: tuple[int, int]) -> None:
    plain = re.compile(r"(?:^|(?<=[\s,“\"(]))(?P<p>He|She|I)(?=\s)")
    start, stop = min(cut), max(cut)
    found = search(_PRONOUN, text, _pronoun_may_follow, start, stop)
    expected = plain.search(text, start, stop)
    assert (found.span() if found else None) == (expected.span() if expected else None)
