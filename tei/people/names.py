"""A name as the people rules find it: the :class:`Candidate` record, the words that make a
name (titles in front and the words of organisations after are not part of it), and names
after a noun for people (``the engineer Pak Chol-su``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tei.people.scan import not_word
from tei.people.shapes import (
    ANY_NAME_WORD,
    ORG_WORDS,
    PARTICLE_WORDS,
    PERSON_NOUNS,
    PLACE_LIKE,
    TITLE_CHAIN,
    TITLE_INITIALS,
    is_name_word,
)
from tei.read.source import Loc

TITLE_ONLY = re.compile(rf"^(?:{TITLE_CHAIN})$")
NOT_NAMES = frozenset(
    "January February March April May June July August September October November December "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday The A An In On At To Of".split()
)

_NOUNS = frozenset(PERSON_NOUNS.split("|"))


@dataclass(slots=True)
class Candidate:
    """A name found in the text."""

    words: list[str]
    shape: str
    order: int
    """Position in reading order (stretch index * 10^6 + offset)."""
    loc: Loc | None
    context: str
    title: str = ""
    office: str = ""
    variants: list[str] = field(default_factory=list)
    start: int = -1
    end: int = -1

    # Written out: mypyc compiles it; the @dataclass-made __init__ runs interpreted.
    def __init__(
        self,
        words: list[str],
        shape: str,
        order: int,
        loc: Loc | None,
        context: str,
        title: str = "",
        office: str = "",
        variants: list[str] | None = None,
        start: int = -1,
        end: int = -1,
    ) -> None:
        self.words = words
        self.shape = shape
        self.order = order
        self.loc = loc
        self.context = context
        self.title = title
        self.office = office
        self.variants = [] if variants is None else variants
        self.start = start
        self.end = end


NAME_WORD_RE = re.compile(ANY_NAME_WORD)
"""A name word (:data:`ANY_NAME_WORD`), compiled once (``re.fullmatch`` looks a pattern up in
re's cache on every call)."""


def clean_words(words: list[str]) -> list[str]:
    """Drop title words at the front and org or lowercase words at the back."""
    cut = 0
    # A title opens with one of its initials: the other words start no title at all.
    for k in range(1, len(words) + 1 if words and words[0][:1] in TITLE_INITIALS else 1):
        head = " ".join(words[:k])
        if TITLE_ONLY.match(head) or TITLE_ONLY.match(head.rstrip("s")):
            cut = k
    words = words[cut:]
    out: list[str] = []
    particles: list[str] = []
    for word in words:
        bare = word.rstrip(".,;:’'")
        if word in PARTICLE_WORDS or (
            word.casefold() in PARTICLE_WORDS and (not out or word.isupper())
        ):
            particles.append(word)  # kept only when a name word follows (``de la Peña``)
            continue
        if bare in ORG_WORDS or bare in NOT_NAMES or not is_name_word(word):
            break
        if not out and bare in PLACE_LIKE:
            break
        if TITLE_ONLY.match(bare) or not NAME_WORD_RE.fullmatch(word.rstrip(",;:")):
            break
        out += particles
        particles = []
        out.append(word.rstrip(",;:"))
        if word.endswith((",", ";", ":")):
            break
    return out


def _noun_before(plain: str, start: int) -> int:
    """Where the noun for people just before ``start`` begins (``the engineer |Pak Chol-su``),
    or -1: a whole word of ``a``-``z``, one space before ``start``, at a word's start."""
    if start < 2 or plain[start - 1] != " ":
        return -1
    begin = start - 1
    while begin > 0 and "a" <= plain[begin - 1] <= "z":
        begin -= 1
    if plain[begin : start - 1] in _NOUNS and (begin == 0 or not_word(plain[begin - 1])):
        return begin
    return -1


def names_after_nouns(plain: str, runs: list[tuple[int, list[str]]]) -> list[tuple[int, list[str]]]:
    """Names after a noun for people (``the engineer Pak Chol-su``, ``the seaman Tomás de la
    Fuente Ortega``): two to six words of a run, cleaned, and where they start; ``runs`` are
    the runs of capitalised words of the text (``_CAP_RUN``) and where they start.

    Every such name starts at a word of a run (a run goes on as long as the capitalised words
    do), so looking back from the words of the runs finds what a search for "noun Name Name"
    over the text would, in the same order, without searching the text once per noun.
    """
    found: list[tuple[int, list[str]]] = []
    taken = 0
    for at, run in runs:
        for k in range(len(run) - 1):
            if _noun_before(plain, at) >= taken:
                name = run[k : k + 6]
                taken = at + len(" ".join(name))
                words = clean_words(name)
                if len(words) >= 2:
                    found.append((at, words))
            at += len(run[k]) + 1
    return found
