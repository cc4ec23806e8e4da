"""The cast of a participants line: each entry names one person at its start, whatever the
shape of the name (``Ishida Kiyoshi, Head of the Reparations Division``), after its titles
(``Ambassador Sudarmo``), and an office after the name (``PAK Dong-hwan Deputy Director, …``);
in a run-on line (layout D) the name words just before an office are a name.
"""

from __future__ import annotations

import re

from tei.people.flat import ROMAN_CLOSE, ROMAN_OPEN
from tei.people.names import TITLE_ONLY as _TITLE_ONLY
from tei.people.names import Candidate
from tei.people.names import clean_words as _clean
from tei.people.shapes import ORG_WORDS, PARTICLE_WORDS, TITLE_WORD, is_name_word, strong_name
from tei.people.walk import Stretch

_ROMAN = re.compile(rf"{ROMAN_OPEN}([^{ROMAN_CLOSE}]+){ROMAN_CLOSE}")


def before_offices(run: list[str], at: int) -> list[tuple[int, list[str]]]:
    """In a participants line, the names each followed by an office in the same run of
    capitalised words (``… Affairs Noriko Isamu Deputy Director``): the name words just
    before a title, back to an organisation word or another title."""
    found: list[tuple[int, list[str]]] = []
    offsets = [at]
    for word in run:
        offsets.append(offsets[-1] + len(word) + 1)
    for k in range(1, len(run)):
        if not _TITLE_ONLY.match(run[k]) and not _TITLE_ONLY.match(" ".join(run[k : k + 2])):
            continue
        if any(_TITLE_ONLY.match(" ".join(run[i : k + 1])) for i in range(max(0, k - 3), k)):
            continue  # the end of a longer title (``Liaison Officer``)
        j = k
        while j > 0 and k - j < 8:
            word = run[j - 1].rstrip(",")
            inside = word in PARTICLE_WORDS and j < k
            if (
                word in ORG_WORDS
                or TITLE_WORD.fullmatch(word)
                or not (is_name_word(word) or inside)
            ):
                break
            j -= 1
        while j < k and run[j] in PARTICLE_WORDS:
            j += 1
        if j < k and (j == 0 or run[j - 1] in ORG_WORDS or TITLE_WORD.fullmatch(run[j - 1])):
            words = [w.rstrip(",") for w in run[j:k]]
            found.append((offsets[j], words))
    return found


def entries(flat: str, found: list[Candidate], base: int, stretch: Stretch) -> list[Candidate]:
    """The people of a participants line that no other rule found: each entry (the line, or
    each of its parts between semicolons) names one person at its start, whatever the shape
    of the name (``Ishida Kiyoshi, Head of the Reparations Division``)."""
    more: list[Candidate] = []
    start = 0
    for part in flat.split(";"):
        end = start + len(part)
        lead = len(part) - len(part.lstrip())
        if not any(start <= c.start < end for c in found):
            text = part.replace(ROMAN_OPEN, " ").replace(ROMAN_CLOSE, " ")
            words = _line_name(text)
            if words:
                at = start + lead + max(0, text.lstrip().find(words[0]))
                span = len(" ".join(words))
                more.append(
                    Candidate(
                        words, strong_name(words), base + at, stretch.loc, "participant",
                        start=at, end=at + span,
                    )
                )  # fmt: skip
        start = end + 1
    return more


def _line_name(flat: str) -> list[str]:
    """The name at the start of a participant line (``PAK Dong-hwan Deputy Director, …``),
    after its titles (``Ambassador Sudarmo``)."""
    words = flat.split()
    lead = 0
    while lead < len(words) and _TITLE_ONLY.match(" ".join(words[: lead + 1]).rstrip(",")):
        lead += 1
    for k in range(len(words), lead, -1):
        if _TITLE_ONLY.match(" ".join(words[lead:k])):
            lead = k
            break
    words = words[lead:]
    for size in (3, 2):
        if strong_name(words[:size]):
            return words[:size]
    name = _clean(words[:9])
    return name if len(name) <= 8 else []


_SIDE = re.compile(r"\s*\b[A-Z]\w+ side$")


def offices_on_line(flat: str, found: list[Candidate]) -> None:
    """On a participant line the office follows the name (``PAK Dong-hwan Deputy Director,
    Liaison Office``); on a run-on line it runs to the next name (``… Gao Shan Deputy …``)."""
    named = sorted((c for c in found if c.end >= 0), key=lambda c: c.start)
    for k, cand in enumerate(named):
        stop = named[k + 1].start if k + 1 < len(named) else len(flat)
        office = _ROMAN.sub(" ", flat[cand.end : stop]).split(";")[0]  # one entry's office
        office = _SIDE.sub("", " ".join(office.split()).strip(" ,;:"))
        if office and not cand.office:
            cand.office = office
