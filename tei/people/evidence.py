"""Names found by where they stand, whatever their letters: the subject of a verb of saying
(``Okabe said``), a name in apposition to a title (``the Counselor of the Embassy, Gennady
Ivanovich Luzhin``), the entries of a side's line (``Japanese side: Oka Tadao, adviser; …``)
and a signature in parentheses (``(Tadeusz Kłosowski)``).

Position finds a candidate; the record itself says which capitalised words are no names: a
word it also writes in lower case (``Four``, ``Comment``, ``Recorded``) or one it puts after
``in``/``to``/``near``/``from`` or before ``Island``/``side``/``River`` (a place).
"""

from __future__ import annotations

import re

from tei.people.flat import ROMAN_CLOSE, ROMAN_OPEN
from tei.people.names import TITLE_ONLY, Candidate, clean_words
from tei.people.shapes import (
    NAME_SEQ,
    NAME_START,
    PARTICLE,
    PERSON_NOUNS,
    PARTICLE_WORDS,
    TITLE,
    TITLE_CHAIN,
    UPPER,
    is_pinyin_given,
    one_of,
    strong_name,
)
from tei.people.scan import find_all, not_word
from tei.people.turns import VERB, lower_runs, sentences
from tei.read.source import Loc

_SUBJECT = re.compile(
    rf"[“\"(]?(?:(?P<title>{TITLE_CHAIN}) )?(?P<name>{NAME_START}{NAME_SEQ}{{0,4}})"
)
"""What a sentence opens with: perhaps a title, then capitalised words (``Oka Tadao``)."""
_APPOSED_REST = (
    rf"(?: (?:of|for|to|at|in|with) [^,;.:]{{1,80}}?)?, "
    rf"(?P<name>(?:{TITLE_CHAIN} )?{NAME_START}{NAME_SEQ}{{0,4}})(?=[,.;:)]| {ROMAN_OPEN}|$)"
)
_APPOSED = re.compile(rf"(?P<title>{TITLE}){_APPOSED_REST}")
"""A title, perhaps its ``of`` phrase, a comma and a name closed by punctuation."""
_APPOSED_NOUN = re.compile(rf"the (?P<title>{one_of(PERSON_NOUNS)}){_APPOSED_REST}")
"""The same after ``the`` and a noun for people (``the master of the ship, Zbigniew …``)."""
_GAP = re.compile(
    rf"(?:\s+(?:\w+ly|then|also|again|further|finally|later|first|once|too|\w+ed and))*\s+{VERB}\b"
)
"""Between a subject and its verb of saying only adverbs and ``laughed and`` (``Thanh agreed
and said``); ``The Indonesian side said`` has no person for its subject."""
_LISTED = re.compile(
    one_of(
        "names|fishermen|seamen|sailors|crew members|members|persons|people|officials|"
        "diplomats|students|prisoners|passengers|men|women"
    )
    + r"(?: [a-z]+){0,2}, "
    rf"(?P<name>{NAME_SEQ}{{1,3}})(?= and |, | \[|\.)"
)
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
_BEFORE = ("in", "In", "to", "To", "near", "Near", "from", "From", "at", "via", "of")
"""Prepositions of place: the capitalised word after one is taken for a place."""
_AFTER = tuple(
    w for word in "island islands river province bay strait city".split() for w in (word, word.title())
)
"""Words for a place, after the capitalised word they make a place."""
_AFTER_SET = frozenset([*_AFTER, "side", "Side"])
_STRIP = ".,;:!?()[]“”\"’'"
FUNCTION_WORDS = frozenset(
    "The This That These Those It He She They We I You His Her Their Our Its My Your Both All "
    "Each Every Everyone Nobody Someone Nothing One Some Most Many Finally Then Later Also "
    "Neither Either Such Other Another When While After Before During Since If As Although "
    "However Moreover Furthermore Thus Hence There Here Yes No Mr Mrs Ms Dr According Regarding "
    "Concerning Accordingly Afterwards Nevertheless Meanwhile Today Yesterday Tomorrow".split()
)
"""Words that open sentences and stand for nobody; other ordinary words are known by the
record writing them in lower case."""


NUMBERS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty "
    "hundred thousand first second third fourth fifth last".split()
)
_NOUN_SET = frozenset(PERSON_NOUNS.split("|"))
_DERIVED = re.compile(
    r"(?:.{4,}(?:[dtrsklpg]ed|ing)|.{5,}(?:ary|ment)|.{3,}(?:tion|sion|ness|ous|ally))$"
)
"""English derivations: a capitalised word with one of these endings at a sentence's start
is an ordinary word (``Recorded``, ``Extraordinary``); names with such endings are found as
the cast's names or after a title, not here (``Ahmed``, ``Javed`` do not end so)."""
_CAST = frozenset(["participant", "signed", "label", "author"])


def _alone_in(text: str, low: str) -> bool:
    """Whether ``low`` stands in ``text`` as a whole word, in lower case."""
    at = text.find(low)
    while at >= 0:
        end = at + len(low)
        before = text[at - 1] if at else " "
        after = text[end] if end < len(text) else " "
        if not (before.isalnum() or before in "-’'") and not (after.isalnum() or after == "-"):
            return True
        at = text.find(low, at + 1)
    return False


def _placed(text: str, word: str) -> bool:
    """Whether ``word`` stands after a preposition of place or before a word for a place
    somewhere in ``text`` (looked for where the word stands: a name stands in few places)."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        before = text[max(0, at - 6) : at].split()[-1:] if at and text[at - 1] == " " else []
        if before and before[0] in _BEFORE:
            return True
        after = text[end + 1 : end + 10].split()[:1] if text[end : end + 1] == " " else []
        if after and after[0].rstrip(".,;:") in _AFTER_SET:
            return True
        at = text.find(word, at + 1)
    return False


class Lexicon:
    """What a record says about its capitalised words: written in lower case somewhere
    (an ordinary word), or used as a place."""

    def __init__(self, text: str) -> None:
        # Asked word by word, and only for the few words a rule doubts: a pass over all the
        # words of a record costs more than all the questions.
        self.text = text
        self._lower: dict[str, bool] = {}
        self._places: dict[str, bool] = {}
        self._sides: dict[str, bool] = {}

    def written_lower(self, word: str) -> bool:
        """Whether the record writes the word in lower case somewhere (``four``)."""
        low = word.casefold()
        known = self._lower.get(low)
        if known is None:
            known = self._lower[low] = _alone_in(self.text, low)
        return known

    def is_place(self, word: str) -> bool:
        """Whether the record puts the word after ``in``/``to``/``near``/``from`` … or before
        ``Island``/``River``/``side`` …: a place (or a side)."""
        known = self._places.get(word)
        if known is None:
            known = self._places[word] = _placed(self.text, word)
        return known

    def is_side(self, word: str) -> bool:
        """Whether the record speaks of ``the Honduran side``: a side, never a person."""
        known = self._sides.get(word)
        if known is None:
            known = self._sides[word] = f"{word} side" in self.text or f"{word} Side" in self.text
        return known

    def ordinary(self, word: str) -> bool:
        """A word that is no name by itself (``Four``, ``Recorded``, ``Delegate``, ``The``):
        a function word or number, a word the record also writes in lower case, a noun for
        people or a title, or a word of an English derivation (``-ed``, ``-ary``, ``-ment``)."""
        bare = word.rstrip(".,;:’'")
        low = bare.casefold()
        if bare in FUNCTION_WORDS or low in NUMBERS or low in _NOUN_SET or self.written_lower(low):
            return True
        if TITLE_ONLY.match(bare) or is_pinyin_given(low):
            return bool(TITLE_ONLY.match(bare))
        return bool(_DERIVED.search(low))

    def trim(self, words: list[str]) -> list[str]:
        """A name without the ordinary words and places glued before it (``From Pyongyang
        Pak`` → ``Pak``, ``Cuba P. Sotnikov`` → ``P. Sotnikov``)."""
        k = 0
        if strong_name(words) not in ("", "western"):
            return words  # ``Do Van Sang``: a name of a known shape keeps its first word
        while k < len(words) - 1 and (
            self.is_place(words[k]) or (len(words[k]) > 2 and self.ordinary(words[k]))
        ):
            if words[k].casefold() in PARTICLE_WORDS and words[k + 1] in PARTICLE_WORDS:
                break  # ``De la Peña`` at a sentence's start
            k += 1
        return words[k:]

    def credible(self, cands: list[Candidate]) -> list[Candidate]:
        """The candidates that may be persons: a lone word found by its place only (not in a
        participants line, label, signature or author field, nor after a title) must be no
        ordinary word and no place, unless it is a word of a fuller name of the record; a
        word before ``side`` is a side, never a person."""
        known = {w.casefold() for c in cands if len(c.words) > 1 for w in c.words}
        known.update(c.words[0].casefold() for c in cands if c.context in _CAST and c.words)
        kept = []
        for c in cands:
            if len(c.words) > 1 and not c.title and c.context not in _CAST:
                c.words = self.trim(c.words)  # ``Cuba P. Sotnikov`` → ``P. Sotnikov``
            if len(c.words) == 1 and c.context not in ("label", "author"):
                word = c.words[0]
                if self.is_side(word):
                    continue
                if not c.title and c.context not in _CAST and word.casefold() not in known:
                    if self.ordinary(word) or self.is_place(word):
                        continue
            kept.append(c)
        return kept


def _make(
    words: list[str], base: int, start: int, loc: Loc | None, context: str, title: str = ""
) -> Candidate:
    end = start + len(" ".join(words))
    return Candidate(
        words, strong_name(words), base + start, loc, context, title,
        start=start, end=end,
    )  # fmt: skip


def subjects(flat: str, base: int, loc: Loc | None, lexicon: Lexicon) -> list[Candidate]:
    """The names that open a sentence and say something (``Lemus replied that …``)."""
    found: list[Candidate] = []
    starts = sentences(flat)
    bounds = [*starts[1:], len(flat)]
    for start, stop in zip(starts, bounds, strict=True):
        m = _SUBJECT.match(flat, start)
        if m is None:
            continue
        # Only adverbs (or a relative clause) between the name and its verb of saying:
        # ``The Indonesian side said``, ``Political Bureau member …`` have no person for it.
        relative = _RELATIVE.match(flat, m.end(), stop)
        gap = _GAP.match(flat, relative.end() if relative else m.end(), stop)
        if gap is None:
            continue
        raw = m.group("name").split()
        raw = raw if m.group("title") else lexicon.trim(raw)
        words = clean_words(raw)
        if not words or len(words) != len(raw):
            continue
        if not m.group("title") and len(words) == 1 and lexicon.ordinary(words[0]):
            continue
        at = m.start("name") + m.group("name").find(words[0])
        found.append(_make(words, base, at, loc, "subject", m.group("title") or ""))
    return found


def apposed(flat: str, base: int, loc: Loc | None) -> list[Candidate]:
    """Names in apposition to a title (``the Ambassador of the Republic of Iraq, Hamdi
    al-Sharqawi,``): the title is the person's."""
    found: list[Candidate] = []
    if ", " not in flat:
        return []
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
    for m in find_all(_LISTED, flat, not_word):
        raw = m.group("name").split()
        words = clean_words(raw)
        if len(words) == len(raw) and not any(lexicon.ordinary(w) for w in words):
            found.append(_make(words, base, m.start("name"), loc, "listed"))
    return found


_MET = re.compile(
    one_of(
        "received|met|met with|visited|called on|summoned|accompanied by|talked with|"
        "spoke with|invited"
    )
    + rf" (?:(?P<title>{TITLE_CHAIN}) )?(?P<name>{NAME_START}{NAME_SEQ}{{1,4}})"
)
"""A full name as the object of a verb of meeting (``I received Okabe Hisashi``)."""
_WRITER = re.compile(
    r"(?:[Jj]ournal|[Dd]iary|[Nn]otes|[Rr]ecord|[Rr]eport|[Mm]emorandum|[Ll]etter) (?:of|by|from) "
    rf"(?:the )?(?:(?P<title>{TITLE_CHAIN}) )?(?P<name>{NAME_START}{NAME_SEQ}{{0,4}})"
)
"""Who wrote a journal, notes or report (``From the journal of Ambassador …``)."""
_MET_HINTS = frozenset(
    w.encode() for w in "received met visited called summoned accompanied talked spoke invited".split()
)
_WRITER_HINTS = frozenset(
    w.encode() for w in "ournal iary otes ecord eport emorandum etter journal diary notes record "
    "report memorandum letter".split()
)
"""The words (runs of ``a``-``z``, :func:`tei.people.turns.lower_runs`) without which a text
has no match of :data:`_MET` or :data:`_WRITER`."""


def objects(flat: str, base: int, loc: Loc | None, lexicon: Lexicon) -> list[Candidate]:
    """Full names after a verb of meeting, and the writer a heading names (``author``)."""
    found: list[Candidate] = []
    runs = lower_runs(flat)
    met = not _MET_HINTS.isdisjoint(runs)  # most texts have none of the words: no scan
    for m in find_all(_MET, flat, not_word) if met else []:
        raw = m.group("name").split()
        words = clean_words(raw)
        if len(words) == len(raw) and not any(lexicon.is_place(w) for w in words):
            at = m.start("name")
            found.append(_make(words, base, at, loc, "met", m.group("title") or ""))
    writer = not _WRITER_HINTS.isdisjoint(runs)
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
