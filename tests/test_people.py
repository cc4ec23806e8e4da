"""The people stage: fixture cases, one per phenomenon (tests/fixtures/rules/people.txt)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tei.people import attribute
from tei.people.flat import flatten
from tei.people.turns import _VERB_HINTS, may_report
from tei.people.walk import stretches
from tei.read import read_record
from tei.read.model import Record, Said, Speech
from tests.fixture_cases import Case, params
from tests.support import FIXTURES


def describe(record: Record) -> str:
    lines = [f"person {p.id} {p.role}" for p in record.persons]
    turns: list[tuple[int, str]] = []
    for k, block in enumerate(record.blocks):
        if isinstance(block, Speech):
            first = flatten(block.blocks[0].content)[0] if block.blocks else ""  # type: ignore[union-attr]
            turns.append((k, f"turn {block.who}: {' '.join(f'{block.label} {first}'.split()[:4])}"))
    for stretch in stretches(record, notes=False):
        for item in stretch.content:
            if isinstance(item, Said):
                words = flatten(item.content)[0].replace("\u2039", "").replace("\u203a", "")
                turns.append((0, f"turn {item.who}: {' '.join(words.split()[:4])}"))
    lines += [t for _, t in turns]
    return "\n".join(lines)


@pytest.mark.parametrize("case", params(FIXTURES / "rules" / "people.txt"))
def test_people_rules(case: Case) -> None:
    record = read_record(case.input, "case.txt")
    attribute(record)
    assert describe(record) == case.expected, case.where


def test_every_title_starts_with_a_letter_of_the_lookahead() -> None:
    """TITLE_START skips positions by first letter; a title outside it would never be found."""
    import re

    from tei.people.shapes import TITLE_INITIALS, TITLE_WORDS

    phrases = re.sub(r"\(\?:[^)]*\)\??", "", TITLE_WORDS).split("|")
    starts = {"V", "D", "P", "F", "G", "A", "U", "M"}  # the optional prefixes removed above
    for phrase in filter(None, phrases):
        starts |= set(phrase[1 : phrase.index("]")]) if phrase[0] == "[" else {phrase[0]}
    assert starts <= set(TITLE_INITIALS), starts - set(TITLE_INITIALS)


def test_offices_come_from_participant_lines() -> None:
    record = read_record(
        "Participants:\nSouth\nPAK Dong-hwan Deputy Director, Liaison Office\n\n"
        "South: Thank you.\n\nSouth: We wait.\n\nSouth: Goodbye.\n",
        "case.txt",
    )
    attribute(record)
    assert record.persons[0].offices == ["Deputy Director, Liaison Office"]


_WORDS = ["said", "stated", "told", "pointed", "replied", "Said", "sáid", "unsaid", "said’s"]


@given(
    st.lists(
        st.one_of(st.sampled_from(_WORDS), st.text(alphabet="az é’\u2014\U0001f600.,-")),
        max_size=12,
    ).map(" ".join)
)
@settings(max_examples=300, deadline=None)
def test_may_report_finds_the_words_the_regex_finds(text: str) -> None:
    """``may_report`` cuts words with a byte table; it must answer as ``[a-z]+`` would."""
    words = set(re.findall(r"[a-z]+", text))
    assert may_report(text) == (not _VERB_HINTS.isdisjoint(words))


def test_wrap_all_index_error_on_a_description_over_a_label_name() -> None:
    """Issue 14: ``wrap_all`` raised IndexError when two mentions overlapped or touched (a
    description ``the Secretary`` over the form ``Secretary`` of a labelled speaker); one
    FRUS document stopped the converter. The first mention is kept, the text is whole."""
    text = (
        "Title\n\nSecretary: Yes.\n\nSecretary: No.\n\n"
        "A: the Secretary said so. Secretary Rusk replied.\n"
    )
    record = read_record(text, "case.txt")
    attribute(record)
    words = " ".join(
        flatten(s.content)[0] for s in stretches(record, notes=False) if s.context == "p"
    )
    assert "the Secretary said so. Secretary Rusk replied." in " ".join(words.split())


def test_wrap_all_index_error_on_touching_spans() -> None:
    """The spans themselves: touching and overlapping ranges do not raise, and no text is lost."""
    from tei.people.flat import flat_text, wrap_all
    from tei.read.model import Name, Text

    attrs = {"ref": "a", "kind": "persName", "cert": "high"}
    content = [Text("KimLee said")]
    out = wrap_all(content, [(0, 3, attrs), (3, 6, attrs), (2, 5, attrs)])
    assert flat_text(out) == "KimLee said"
    assert [type(item) for item in out] == [Name, Text]


def test_a_person_known_by_one_word_in_subject_position_is_a_guess() -> None:
    """Issue 14: a new person on weak evidence (one word, found only as the subject of a verb
    of saying) carries ``@cert`` and shows in ``--review``; one after a title does not."""
    record = read_record(
        "Title\n\nIng. Marek remarked that the turbines were late. Lemus replied that the port "
        "was closed.\n",
        "case.txt",
    )
    attribute(record)
    turns = {
        item.who: item.cert
        for stretch in stretches(record, notes=False)
        for item in stretch.content
        if isinstance(item, Said)
    }
    assert turns == {"marek": "high", "lemus": "medium"}
    assert any(d.code == "V402" and "#lemus" in d.message for d in record.diagnostics)


@pytest.mark.parametrize(
    "head",
    [
        "5. The Ambassador in France (Straus) to the Secretary of State",
        "5. THE AMBASSADOR IN FRANCE (STRAUS) TO THE SECRETARY OF STATE",
    ],
)
def test_a_head_in_capitals_loses_its_office_holder(head: str) -> None:
    """A FRUS page copied with its heads in capitals lost the person the head names: capitals
    carry no sign of a name, so a head in capitals is read in ordinary case."""
    from tei.pipeline import convert_bytes

    text = (
        f"{head}\nSource: 711.90H/54: Telegram\n\nParis, March 26, 1936—noon.\n\n"
        "The agreement was signed this morning at the Chancery.\n"
    )
    tei = convert_bytes(text.encode("utf-8"), "case.txt").data.decode("utf-8")
    assert 'xml:id="straus"' in tei
    assert re.search(r'<persName ref="#straus">(Straus|STRAUS)</persName>', tei)


@given(st.text(alphabet=st.sampled_from("ABÉ ()-'.1ßİǅxy"), max_size=40))
@settings(max_examples=300)
def test_case_restored_keeps_the_length_and_touches_only_capitals(text: str) -> None:
    from tei.people.flat import case_restored

    restored = case_restored(text)
    assert len(restored) == len(text)
    if not text.isupper():
        assert restored == text
    assert restored.casefold() == text.casefold() or len(text.casefold()) != len(text)


def test_list_labels_questions_and_a_letters_close_are_no_persons() -> None:
    """FRUS documents gave persons ``A. The``, ``Q. Is``, ``Respectfully``: a run of capitalised
    words holding only initials and ordinary words, and a one-word close, name nobody."""

    text = (
        "Memorandum\n\nWashington, May 2, 1936.\n\n"
        "A. The Minister of Finance, Mr. Harold Booth, replied that the loan was granted.\n\n"
        "Q. Is the loan granted? A. It is.\n\n"
        "Respectfully yours,\n\n(Booth)\n"
    )
    ids = _declared_ids(text)
    assert "harold-booth" in ids
    assert not ids & {"a-the", "q-is", "a-it", "respectfully"}, ids


def test_a_letters_salutation_and_an_office_in_a_head_are_no_persons() -> None:
    """FRUS letters gave persons ``Sir`` and ``Excellency`` (the salutation read as a speaker
    label) and ``Resident`` (the office ``Minister Resident`` read as title + name)."""
    text = (
        "60. The Minister Resident in Ethiopia (Engert) to the Secretary of State\n"
        "Source: 765.84/4093\n\nAddis Ababa, March 3, 1936.\n\n"
        "Sir: I have the honor to report that the road is closed.\n\n"
        "Excellency: I have the honor to acknowledge your Note.\n"
    )
    ids = _declared_ids(text)
    assert "engert" in ids
    assert not ids & {"sir", "excellency", "resident"}, ids


def test_a_word_after_the_is_no_subject_person() -> None:
    """``The French then informed the British …``: FRUS gave a person ``French``; a name
    takes no article (a title does: ``The Ambassador replied`` is the Ambassador's)."""
    text = (
        "Memorandum\n\nParis, July 11, 1936.\n\nThe French then informed the British of what "
        "was said. Eden replied that the accord stood.\n"
    )
    ids = _declared_ids(text)
    assert "french" not in ids and "eden" in ids, ids


def _declared_ids(text: str) -> set[str]:
    """The ids of the persons the converter declares for a record."""
    from tei.pipeline import convert_bytes

    tei = convert_bytes(text.encode("utf-8"), "case.txt").data.decode("utf-8")
    return set(re.findall(r'<person [^>]*xml:id="([^"]+)"', tei))
