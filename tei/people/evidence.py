"""Names found by where they stand, whatever their letters: the subject of a verb of saying
(``Okabe said``), a name in apposition to a title or a noun for people (``the Counselor of
the Embassy, Gennady Ivanovich Luzhin``), after a verb of meeting (``I received Okabe
Hisashi``), the writer a heading names (``From the journal of …``), the entries of a side's
line (``Japanese side: Oka Tadao, adviser; …``) and a signature in parentheses
(``(Tadeusz Kłosowski)``).

Position finds a candidate; the record itself says which capitalised words are no names
(``tei.people.lexicon``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from tei.people.flat import ROMAN_CLOSE, ROMAN_OPEN
from tei.people.lexicon import FUNCTION_WORDS, Lexicon
from tei.people.names import Candidate, clean_words
from tei.people.scan import find_all, not_word
from tei.people.shapes import (
    NAME_SEQ,
    NAME_START,
    PERSON_NOUNS,
    TITLE,
    TITLE_CHAIN,
    TITLE_WORDS,
    one_of,
    strong_name,
)
from tei.people.turns import VERB, lower_runs, sentences
from tei.read.source import Loc

_SUBJECT = re.compile(
    rf"[“\"(]?(?:(?P<title>{TITLE_CHAIN}) )?(?P<name>{NAME_START}{NAME_SEQ}{{0,4}})"
)
"""What a sentence opens with: perhaps a title, then capitalised words (``Oka Tadao``)."""
_APPOSED_REST = (
    rf"(?: (?:of|for|to|at|in|with) [^,;.:]{{1,80}}+)?, "
    rf"(?P<name>(?:{TITLE_CHAIN} )?{NAME_START}{NAME_SEQ}{{0,4}})(?=[,.;:)]| {ROMAN_OPEN}|$)"
)
_APPOSED = re.compile(rf"(?P<title>{TITLE}){_APPOSED_REST}")
"""A title, perhaps its ``of`` phrase, a comma and a name closed by punctuation."""
_TITLE_TAILS = lower_runs(f"{TITLE_WORDS}|{PERSON_NOUNS}".replace("\\", ""))
"""What each title word and noun for people leaves of itself in the runs of ``a``-``z`` of a
text (``mbassador``, ``r`` of ``Mr.``): a text with none of them has no apposition."""
_APPOSED_NOUN = re.compile(rf"the (?P<title>{one_of(PERSON_NOUNS)}){_APPOSED_REST}")
"""The same after ``the`` and a noun for people (``the master of the ship, Zbigniew …``)."""
_GAP = re.compile(
    rf"(?:\s+(?:\w+ly|then|also|again|further|finally|later|first|once|too|\w+ed and))*\s+{VERB}\b"
)
"""Between a subject and its verb of saying only adverbs and ``laughed and`` (``Thanh agreed
and said``); ``The Indonesian side said`` has no person for its subject."""
_PEOPLE = (
    "names|fishermen|seamen|sailors|crew members|members|persons|people|officials|diplomats|"
    "students|prisoners|passengers|men|women"
)
_LISTED_TAIL = rf"(?: [a-z]+){{0,2}}, (?P<name>{NAME_SEQ}{{1,3}})(?= and |, | \[|\.)"
"""Names after a plural noun for people (``two fishermen, Sato Yoshio and …``)."""
_LISTED_HINTS = frozenset(
    w.encode()
    for w in "names fishermen seamen sailors crew members persons people officials diplomats "
    "students prisoners passengers men women".split()
)
_RELATIVE = re.compile(r",\s+(?:who|whose)\b[^,;.]{0,120},")
"""A relative clause between a subject and its verb (``Wang Jiande, who had translated …,
then asked``)."""
_PARTY_HEAD = re.compile(r"^(?P<head>[^:.;]{1,40}):\s")
_PARTY_WORDS = frozenset(["side", "delegation", "participants", "present"])
_SIGNATURE = re.compile(rf"^\s*[(/]\s*(?P<name>{NAME_SEQ}{{0,4}})\s*[)/]\s*$")


def _make(
    words: list[str], base: int, start: int, loc: Loc | None, context: str, title: str = ""
) -> Candidate:
    end = start + len(" ".join(words))
    return Candidate(
        words, strong_name(words), base + start, loc, context, title,
        start=start, end=end,
    )  # fmt: skip


def _present(hints: frozenset[bytes], flat: str) -> tuple[str, ...]:
    """The hint words a text holds (runs of ``a``-``z``, :func:`lower_runs`)."""
    return tuple(sorted(word.decode() for word in hints & lower_runs(flat)))


@lru_cache(maxsize=256)
def _narrowed(phrases: str, tail: str, words: tuple[str, ...]) -> re.Pattern[str]:
    """The scan for those of ``phrases`` whose first word a text holds, then ``tail``: with
    one or two phrases the pattern opens with a literal word, which the regex engine finds
    by skipping (the whole alternation is tried at every letter a phrase opens with). A
    phrase whose first word the text lacks matches nowhere, so the matches are the same."""
    present = [p for p in phrases.split("|") if p.split()[0] in words]
    return re.compile(one_of("|".join(present)) + tail)


def subjects(flat: str, base: int, loc: Loc | None, lexicon: Lexicon) -> list[Candidate]:
    """The names that open a sentence and say something (``Lemus replied that …``)."""
    found: list[Candidate] = []
    starts = sentences(flat)
    bounds = [*starts[1:], len(flat)]
    for start, stop in zip(starts, bounds, strict=True):
        m = _SUBJECT.match(flat, start)
        if m is None or (m.group("name") in FUNCTION_WORDS and not m.group("title")):
            continue  # ``He said``, ``They replied``: most sentences, answered at once
        # Only adverbs (or a relative clause) between the name and its verb of saying:
        # ``The Indonesian side said``, ``Political Bureau member …`` have no person for it.
        # Both open with their first character (a comma, a space): tested before the regex.
        relative = _RELATIVE.match(flat, m.end(), stop) if flat.startswith(",", m.end()) else None
        at_verb = relative.end() if relative else m.end()
        if not flat[at_verb : at_verb + 1].isspace() or _GAP.match(flat, at_verb, stop) is None:
            continue
        raw = m.group("name").split()
        raw = raw if m.group("title") else lexicon.trim(raw)
        words = clean_words(raw)
        if not words or len(words) != len(raw):
            continue
        if not m.group("title") and len(words) == 1 and lexicon.ordinary(words[0]):
            continue
        at = m.start("name") + m.group("name").find(words[0])
        if not m.group("title") and flat[max(0, at - 4) : at].casefold() == "the ":
            continue  # ``The French then informed …``: a name takes no article
        found.append(_make(words, base, at, loc, "subject", m.group("title") or ""))
    return found


def apposed(flat: str, base: int, loc: Loc | None) -> list[Candidate]:
    """Names in apposition to a title (``the Ambassador of the Republic of Iraq, Hamdi
    al-Sharqawi,``): the title is the person's."""
    found: list[Candidate] = []
    if ", " not in flat or _TITLE_TAILS.isdisjoint(lower_runs(flat)):
        return []  # no comma, or no title and no noun for people: no scan
    for m in [*find_all(_APPOSED, flat, not_word), *_APPOSED_NOUN.finditer(flat)]:
        raw = m.group("name").split()
        words = clean_words(raw)
        noun = m.group("title").islower()  # ``the master of the ship, Zbigniew Pietrzak``
        if words and words == raw[len(raw) - len(words) :] and (len(words) > 1 or not noun):
            at = m.start("name") + m.group("name").find(words[0])
            title = "" if noun else m.group("title")
            found.append(_make(words, base, at, loc, "apposed", title))
    return found


def listed(flat: str, base: int, loc: Loc | None, lexicon: Lexicon) -> list[Candidate]:
    """Full names in apposition to a plural noun for people (``names``, ``fishermen``)."""
    found: list[Candidate] = []
    if _LISTED_HINTS.isdisjoint(lower_runs(flat)):
        return found
    for m in find_all(
        _narrowed(_PEOPLE, _LISTED_TAIL, _present(_LISTED_HINTS, flat)), flat, not_word
    ):
        raw = m.group("name").split()
        words = clean_words(raw)
        if len(words) == len(raw) and not any(lexicon.ordinary(w) for w in words):
            found.append(_make(words, base, m.start("name"), loc, "listed"))
    return found


_MEETING = (
    "received|met|met with|visited|called on|summoned|accompanied by|talked with|spoke with|invited"
)
_MET_TAIL = rf" (?:(?P<title>{TITLE_CHAIN}) )?(?P<name>{NAME_START}{NAME_SEQ}{{1,4}})"
"""A full name as the object of a verb of meeting (``I received Okabe Hisashi``)."""
_WRITER = re.compile(
    r"(?:[Jj]ournal|[Dd]iary|[Nn]otes|[Rr]ecord|[Rr]eport|[Mm]emorandum|[Ll]etter) (?:of|by|from) "
    rf"(?:the )?(?:(?P<title>{TITLE_CHAIN}) )?(?P<name>{NAME_START}{NAME_SEQ}{{0,4}})"
)
"""Who wrote a journal, notes or report (``From the journal of Ambassador …``)."""
_MET_HINTS = frozenset(
    w.encode()
    for w in "received met visited called summoned accompanied talked spoke invited".split()
)
_WRITER_LINKS = tuple(
    f"{noun} {link} "
    for noun in "ournal iary otes ecord eport emorandum etter".split()
    for link in ("of", "by", "from")
)
"""What every match of :data:`_WRITER` holds (``ournal of ``): a text without any of them is
not scanned (the scan stops at every d, n, r, m and l of a text)."""
_WRITER_HINTS = frozenset(
    w.encode()
    for w in "ournal iary otes ecord eport emorandum etter journal diary notes record "
    "report memorandum letter".split()
)
"""The words (runs of ``a``-``z``, :func:`tei.people.turns.lower_runs`) without which a text
has no name after a verb of meeting (:data:`_MEETING`) or a writer (:data:`_WRITER`)."""


_OFFICE_NAME = re.compile(
    rf"(?P<title>{TITLE})(?: (?:in|at|of|for|to|on) [^(),;:]{{1,60}})? "
    rf"\((?P<name>{NAME_START}{NAME_SEQ}{{0,3}})\)"
)
"""An office and, in parentheses, its holder's name (``the Chargé in Ethiopia (Engert)``,
the heads of FRUS documents)."""


def objects(flat: str, base: int, loc: Loc | None, lexicon: Lexicon) -> list[Candidate]:
    """Full names after a verb of meeting, the writer a heading names (``author``), and the
    holder of an office named in parentheses after it."""
    found: list[Candidate] = []
    for m in find_all(_OFFICE_NAME, flat, not_word) if " (" in flat else []:
        raw = m.group("name").split()
        words = clean_words(raw)
        if words and len(words) == len(raw):
            found.append(_make(words, base, m.start("name"), loc, "office", m.group("title")))
    runs = lower_runs(flat)
    met = not _MET_HINTS.isdisjoint(runs)  # most texts have none of the words: no scan
    scan = _narrowed(_MEETING, _MET_TAIL, _present(_MET_HINTS, flat)) if met else None
    for m in find_all(scan, flat, not_word) if scan else []:
        raw = m.group("name").split()
        words = clean_words(raw)
        if len(words) == len(raw) and not any(lexicon.is_place(w) for w in words):
            at = m.start("name")
            found.append(_make(words, base, at, loc, "met", m.group("title") or ""))
    writer = not _WRITER_HINTS.isdisjoint(runs) and any(link in flat for link in _WRITER_LINKS)
    for m in find_all(_WRITER, flat, not_word) if writer else []:
        raw = m.group("name").split()
        words = clean_words(raw)
        if words and len(words) == len(raw) and (len(words) > 1 or m.group("title")):
            found.append(_make(words, base, m.start("name"), loc, "author", m.group("title") or ""))
    return found


def party_line(flat: str) -> bool:
    """Whether a paragraph lists one side's people (``Japanese side: …``, ``Present: …``)."""
    m = _PARTY_HEAD.match(flat)
    if m is None:
        return False
    words = m.group("head").split()
    return bool(words) and words[-1].casefold() in _PARTY_WORDS and ";" in flat


def signature(flat: str, base: int, loc: Loc | None) -> list[Candidate]:
    """A paragraph that is only a name in parentheses or slashes: a signature."""
    m = _SIGNATURE.match(flat.replace(ROMAN_OPEN, "").replace(ROMAN_CLOSE, ""))
    if m is None:
        return []
    words = clean_words(m.group("name").split())
    return [_make(words, base, 0, loc, "signed")] if words else []
