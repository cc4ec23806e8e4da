"""Find the names of persons in a record: after titles, in name shapes, before romanizations,
in participant lines, signatures and speaker labels.

Each find is a :class:`Candidate`: the words of the name as printed (brackets resolved), the
title before it, and where it was. ``tei.people.persons`` groups them into persons.
"""

from __future__ import annotations

import re
from functools import lru_cache

from tei.people.cast import before_offices, entries, offices_on_line
from tei.people.evidence import (
    apposed,
    listed,
    objects,
    party_line,
    signature,
    subjects,
)
from tei.people.flat import ROMAN_CLOSE, ROMAN_OPEN, flat_text
from tei.people.lexicon import Lexicon
from tei.people.names import NAME_WORD_RE, Candidate, names_after_nouns
from tei.people.names import TITLE_ONLY as _TITLE_ONLY
from tei.people.names import clean_words as _clean
from tei.people.scan import find_all, not_word, word_char
from tei.people.shapes import (
    ANY_NAME_WORD,
    ASCII_NAME_WORD,
    CHINESE_SURNAMES,
    LOCATIVE,
    LOWER_TITLES,
    NAME_SEQ,
    NAME_START,
    NAME_WORD,
    ORG_WORDS,
    PARTICLE,
    TITLE,
    TITLE_CHAIN,
    VIETNAMESE_SURNAMES,
    strong_name,
)
from tei.people.turns import may_report
from tei.people.walk import Stretch

_TITLED = re.compile(
    rf"(?P<title>{TITLE_CHAIN}) (?:of (?P<run>(?:the )?{NAME_WORD}"
    rf"(?: (?:of|and|the|for|{NAME_WORD}))*)|(?P<name>{NAME_START}{NAME_SEQ}{{0,5}}))"
)
"""A title and the name after it (``Ambassador Qiao Minghua``), or a title with an ``of``
phrase that ends in a name (``Vice Minister of Culture Ryu Seong-hui``); at a word's start
(``scan.not_word``)."""
_CAP_RUN = re.compile(rf"({NAME_WORD}(?: (?:{PARTICLE} )?{ANY_NAME_WORD})+)")
_CAP_RUN_ASCII = re.compile(rf"({ASCII_NAME_WORD}(?: (?:{PARTICLE} )?{ANY_NAME_WORD})+)")
"""The same runs in a text of ASCII only, where they open with ``A``-``Z``: the engine skips
to those far faster than to any capital (half the time of the scan on most texts)."""
"""A run of capitalised words, not glued to a word, apostrophe, period or hyphen before it
(:func:`_free`)."""
_ROMAN = re.compile(rf"{ROMAN_OPEN}([^{ROMAN_CLOSE}]+){ROMAN_CLOSE}")
_APPOSED_TAIL = re.compile(rf", (?:(?:the|a|[A-Z]{{2,}}(?:’s)?) )?{TITLE}\b")
"""After a name: its office (``Kang Seong-il, Deputy Director of …``)."""
_OF_PHRASE = rf"(?: of (?:the )?{NAME_WORD}(?: (?:of|the|and|for|{NAME_WORD}))*)?"
_APPOSITION = re.compile(
    rf"(?: {ROMAN_OPEN}[^{ROMAN_CLOSE}]*{ROMAN_CLOSE})?, (?:(?:the|a|[A-Z]{{2,}}(?:’s)?) )?"
    rf"(?P<title>{TITLE}{_OF_PHRASE})"
)
_SIGNED_JUNK = re.compile(r"\[?signature\]?|/")


_APPOSITION_OPENS = (", ", f" {ROMAN_OPEN}")
"""What every match of :data:`_APPOSITION` opens with: a text without it is not matched."""


def _office_after(flat: str, end: int) -> str:
    if not flat.startswith(_APPOSITION_OPENS, end):
        return ""  # most names: no regex call
    m = _APPOSITION.match(flat, end)
    return m.group("title").strip() if m else ""


_LOWER = tuple(LOWER_TITLES.split("|"))


@lru_cache(maxsize=256)
def _lower_titled(titles: tuple[str, ...]) -> re.Pattern[str]:
    """A lower-case title and the name after it (``the DPRK’s ambassador Han Seong-ho``), for
    the titles a text holds: with one or two titles the pattern opens with a literal phrase,
    which the regex engine finds by skipping, where the whole alternation is tried at every
    space. A title the text lacks can match nowhere, so the matches are the same."""
    return re.compile(rf" (?P<title>{'|'.join(titles)}) (?P<name>{NAME_START}{NAME_SEQ}{{0,3}})")


def _find(flat: str, base: int, stretch: Stretch, lower_titles: tuple[str, ...]) -> list[Candidate]:
    bare = stretch.context != "participant"
    found: list[Candidate] = []

    def make(words: list[str], shape: str, start: int, end: int, title: str = "") -> Candidate:
        return Candidate(
            words, shape, base + start, stretch.loc, stretch.context, title,
            _office_after(flat, end), start=start, end=end,
        )  # fmt: skip

    titled = find_all(_TITLED, flat, not_word)
    lower = tuple(title for title in lower_titles if title in flat)
    if lower:
        titled += _lower_titled(lower).finditer(flat)
    for m in titled:
        if "run" in m.re.groupindex and m.group("run"):
            run = m.group("run").split()
            for size in (3, 2):
                tail = run[-size:]
                if len(run) > size and strong_name(tail):
                    start = m.end("run") - len(" ".join(tail))
                    title = flat[m.start("title") : start].strip()
                    found.append(make(tail, strong_name(tail), start, m.end("run"), title))
                    break
            continue
        words = _clean(m.group("name").split())
        if words and not _TITLE_ONLY.match(words[0]):
            start = m.start("name")
            found.append(
                make(
                    words, strong_name(words), start, start + len(" ".join(words)), m.group("title")
                )
            )
    plain = _ROMAN.sub(lambda m: " " * len(m.group()), flat) if ROMAN_OPEN in flat else flat
    runs: list[tuple[int, list[str]]] = []
    runs_of = _CAP_RUN_ASCII if _ascii_capitals(plain) else _CAP_RUN
    for m in find_all(runs_of, plain, _free):
        text = m.group(1)
        run = text.split()
        runs.append((m.start(1), run))
        if plain.startswith(", ", m.end()) and _APPOSED_TAIL.match(plain, m.end()):
            words = _clean(run[-3:])
            if len(words) >= 2:
                start = m.end() - len(" ".join(words))
                found.append(make(words, strong_name(words), start, m.end()))
        if not bare:
            found += [
                make(words, strong_name(words), at, at + len(" ".join(words)))
                for at, words in before_offices(run, m.start(1))
            ]
        if not _may_hold_name(text, run):
            continue
        i = 0
        while i < len(run):
            if not _could_start_name(run, i):
                i += 1
                continue
            for size in (3, 2):
                window = run[i : i + size]
                shape = strong_name(window, bare=bare) if len(window) == size else ""
                if shape and window[-1] not in ORG_WORDS:
                    start = m.start(1) + len(" ".join(run[:i])) + (1 if i else 0)
                    before = plain[max(0, start - 30) : start].split()[-1:]
                    if before and before[0].lower() in LOCATIVE and shape == "chinese":
                        break  # "near Shang Hai": a place with the shape of a name
                    found.append(
                        make(window, strong_name(window), start, start + len(" ".join(window)))
                    )
                    i += size - 1
                    break
            i += 1
    for m in _ROMAN.finditer(flat):
        words = _name_before(flat[max(0, m.start() - 120) : m.start()])
        if words:
            end = m.start() - 1
            cand = make(words, strong_name(words), end - len(" ".join(words)), end)
            cand.variants.append(m.group(1).strip())
            found.append(cand)
    for start, words in names_after_nouns(plain, runs):
        found.append(make(words, strong_name(words), start, start + len(" ".join(words))))
    return found


_DROP_ASCII = dict.fromkeys(range(128))
_MAY_HAVE_CASE = re.compile(
    "["
    + "".join(re.escape(chr(c)) for c in range(0x80, 0x2100) if chr(c).lower() != chr(c))
    + "\u2100-\U0010ffff]"
)
"""The characters beyond ASCII below U+2100 that have a lower case, and all from U+2100 on: a
text with none of them (quotes, dashes, small letters with marks are below U+2100 and have
none) has no capital beyond ASCII, which one scan says faster than :func:`_ascii_capitals`'s
translation (``tests/test_people_fast_paths.py``)."""


def _ascii_capitals(text: str) -> bool:
    """Whether every capital letter of a text is ``A``-``Z`` (quotes and dashes may be
    anything): its characters beyond ASCII, kept alone, have no upper case. Most texts are
    ASCII throughout, which ``str.isascii`` knows without reading them; most others hold
    only quotes, dashes and small letters (:data:`_MAY_HAVE_CASE`)."""
    if text.isascii() or _MAY_HAVE_CASE.search(text) is None:
        return True
    rest = text.translate(_DROP_ASCII)
    return rest == rest.lower()


def _free(before: str) -> bool:
    """Whether a run of capitalised words may start after ``before`` (its look-behind)."""
    return not before or (not word_char(before) and before not in "’'.-")


_SURNAMES = CHINESE_SURNAMES | VIETNAMESE_SURNAMES
"""Both lists in one set: one look-up per word instead of two."""


def _may_hold_name(text: str, run: list[str]) -> bool:
    """Whether any word of a run passes :func:`_could_start_name` (most runs, such as
    ``The Soviet Union``, have no initial, no hyphen and no common surname)."""
    return "." in text or "-" in text or not _SURNAMES.isdisjoint(run)


def _could_start_name(run: list[str], i: int) -> bool:
    """A cheap test before the name shapes: most capitalised words start no name."""
    word = run[i]
    if word in _SURNAMES or "." in word:
        return True
    nxt = run[i + 1] if i + 1 < len(run) else ""
    return "-" in nxt or nxt.endswith(".")


def _name_before(text: str) -> list[str]:
    """The name just before a romanization: a name shape, or the capitalised words."""
    words = text.split()[-3:]
    for size in (3, 2):
        if len(words) >= size and strong_name(words[-size:]):
            return words[-size:]
    name: list[str] = []
    for word in reversed(words):
        if not NAME_WORD_RE.fullmatch(word) or word in ORG_WORDS or _TITLE_ONLY.match(word):
            break
        name.insert(0, word)
    return name


def lower_titles_in(text: str) -> tuple[str, ...]:
    """The lower-case titles a text holds (a record's: they are looked for in its stretches)."""
    return tuple(title for title in _LOWER if title in text)


def candidates_in(
    stretch: Stretch,
    index: int,
    flat: str | None = None,
    lower_titles: tuple[str, ...] = _LOWER,
    lexicon: Lexicon | None = None,
) -> list[Candidate]:
    """Every name candidate in one stretch (``flat``: its flat text where the caller has it;
    ``lower_titles``: those of :func:`lower_titles_in` the record holds)."""
    if flat is None:
        flat = flat_text(stretch.content)
    base = index * 1_000_000
    found = _find(flat, base, stretch, lower_titles)
    if lexicon is not None and stretch.context in ("p", "item"):
        if may_report(flat):  # a cheap test for a verb of saying
            found += subjects(flat, base, stretch.loc, lexicon)
        found += listed(flat, base, stretch.loc, lexicon)
    if lexicon is not None and stretch.context in ("p", "item", "head", "field:From"):
        found += objects(flat, base, stretch.loc, lexicon)
    found += apposed(flat, base, stretch.loc)
    if stretch.context == "p":
        if party_line(flat):
            found += entries(flat[flat.index(":") + 1 :], found, base, stretch)
        found += signature(flat, base, stretch.loc)
    if stretch.context == "participant" and not stretch.group:
        found += entries(flat, found, base, stretch)
    if stretch.context == "participant" and not stretch.group:
        offices_on_line(flat, found)
    if stretch.context == "closer:signed":
        slashed = re.search(r"/([^/]+)/", flat)
        signer = slashed.group(1) if slashed else _SIGNED_JUNK.sub(" ", flat)
        words = _clean(signer.rpartition(" by ")[2].split())  # ``Recorded by Tang Jiahui``
        if 0 < len(words) <= 4 and not any(w in ORG_WORDS for w in words):
            found.append(
                Candidate(words, strong_name(words), base + len(flat), stretch.loc, "signed")
            )
    return found
