"""What a record says about its own capitalised words: written in lower case somewhere (an
ordinary word: ``Four``, ``Comment``, ``Recorded``), put after ``in``/``to``/``near``/``from``
or before ``Island``/``River`` (a place), or before ``side`` (a side, never a person).

Evidence any copy of any record carries, rather than lists of names: position finds a
candidate (``tei.people.evidence``), and the record says which capitalised words are no names.
"""

from __future__ import annotations

import re

from tei.people.names import TITLE_ONLY, Candidate
from tei.people.shapes import PARTICLE_WORDS, PERSON_NOUNS, is_pinyin_given, strong_name

_BEFORE = ("in", "In", "to", "To", "near", "Near", "from", "From", "at", "via", "of")
"""Prepositions of place: the capitalised word after one is taken for a place."""
_AFTER = tuple(
    w
    for word in "island islands river province bay strait city".split()
    for w in (word, word.title())
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
    r"(?:.{4,}(?:[dtrsklpg]ed|ing)|.{5,}(?:ary|ment)|.{3,}(?:tion|sion|ness|ous|ally|fully|ively))$"
)
"""English derivations: a capitalised word with one of these endings at a sentence's start
is an ordinary word (``Recorded``, ``Extraordinary``); names with such endings are found as
the cast's names or after a title, not here (``Ahmed``, ``Javed`` do not end so)."""
_ROMAN = re.compile(r"[IVXLC]{1,6}\.?")
_INITIAL = re.compile(r"(?:[A-Z]\.){1,3}")
_CAST = frozenset(["participant", "signed", "label", "author"])
_VOUCHED = _CAST - {"signed"}
"""The places that make a lone word a name by themselves; a one-word signature does not
(``Respectfully yours,`` closes a letter)."""


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
        self._trimmed: dict[tuple[str, ...], list[str]] = {}

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
        key = tuple(words)
        known = self._trimmed.get(key)
        if known is None:
            known = self._trimmed[key] = self._trim(words)
        return list(known)

    def _trim(self, words: list[str]) -> list[str]:
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
        known.update(c.words[0].casefold() for c in cands if c.context in _VOUCHED and c.words)
        kept = []
        for c in cands:
            if len(c.words) > 1 and not c.title and c.context not in _CAST:
                c.words = self.trim(c.words)  # ``Cuba P. Sotnikov`` → ``P. Sotnikov``
            if len(c.words) > 1 and c.context not in _CAST and self._words_only(c.words):
                continue  # ``A. The``, ``Q. Is``, ``Foreign Relations``: no name in it
            if c.title and c.words and TITLE_ONLY.match(f"{c.title} {' '.join(c.words)}"):
                continue  # ``Minister Resident``: the whole is an office, nobody's name
            if c.context == "signed" and _ROMAN.fullmatch(" ".join(c.words)):
                continue  # ``(I)``, ``(IV)``: a part's number, not a signature
            if len(c.words) == 1 and c.context not in ("label", "author"):
                word = c.words[0]
                if self.is_side(word):
                    continue
                doubtful = not c.title and c.context not in _VOUCHED
                if doubtful and word.casefold() not in known and self._no_name(word):
                    continue
            kept.append(c)
        return kept

    def _words_only(self, words: list[str]) -> bool:
        """Whether a run of capitalised words holds no name at all: its words, initials
        aside, are all ordinary words (a list label or a question's ``Q.`` before the first
        word of a sentence, a title of a book)."""
        rest = [w for w in words if not _INITIAL.fullmatch(w)]
        return bool(rest) and all(self.ordinary(w) for w in rest)

    def _no_name(self, word: str) -> bool:
        return self.ordinary(word) or self.is_place(word)
