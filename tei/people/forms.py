"""Where a record's known name forms stand in a text, found with ``str.find``.

Compiling one alternation of every form costs more than the search itself on most records, and
a record knows only a handful of forms: one ``find`` per root form over the lower-cased text,
then the regex's own rule at each place where a form occurs, gives the same spans
(``tests/test_people_patterns.py`` holds the two to each other).
"""

from __future__ import annotations

import re

from tei.people.shapes import PARTICLE_WORDS, is_name_word

_ODD = re.compile("[\u0130\u0131\u017f\u212a]")
"""The only characters besides ASCII letters that match an ASCII letter without case in
``re`` (İ ı ſ K, found by trying every code point), or whose lower case is longer."""


def _word_or(chars: str, char: str) -> bool:
    return char.isalnum() or char == "_" or char in chars


Roots = list[tuple[str, list[tuple[int, str]]]]


def _plain_letter(char: str) -> bool:
    """ASCII, or a lower-case Latin letter whose case has one letter each way (``ñ``, ``ș``;
    not ``ß``, ``ſ`` or ``ı``)."""
    if char.isascii():
        return True
    upper = char.upper()
    return "\u00c0" <= char <= "\u024f" and len(upper) == 1 and upper.lower() == char


def roots(keys: list[str]) -> Roots | None:
    """The keys that no other key begins, each with the keys that begin with it (and itself),
    by index in ``keys``: a key occurs only where a key it begins with occurs, so the text is
    searched once per root (``kim``) rather than once per form (``kim``, ``kim byeong-jik``).
    None if a key is empty or holds a letter that ``str.lower`` and the regex's case folding
    may not treat alike (see :func:`find_forms`); plain Latin letters with marks are fine
    (``peña``, ``ștefan``), and a record of such names needs no regex compiled for it."""
    if not all(key and (key.isascii() or all(map(_plain_letter, key))) for key in keys):
        return None
    roots: dict[str, list[tuple[int, str]]] = {}
    for index, key in sorted(enumerate(keys), key=lambda pair: len(pair[1])):
        root = next((r for r in roots if key.startswith(r)), key)
        roots.setdefault(root, []).append((index, key))
    return list(roots.items())


def find_forms(flat: str, keys: list[str], roots: Roots | None) -> list[tuple[int, int]] | None:
    """The spans of :meth:`Index._pattern` in ``flat``, found with ``str.find``; None where
    that search could differ from the regex's (a form that is not plain ASCII, or a text with
    a character ``_ODD`` names), so the caller uses the regex.

    Compiling the alternation costs more than the search itself on most records, and a record
    knows only a handful of forms: one ``find`` per root form over the lower-cased text, then the
    regex's own rule at each place where a form occurs (its left context, the first form in
    longest-first order whose right context fits, no overlap) gives the same spans.
    """
    if roots is None:
        return None
    low = flat.lower()
    if len(low) != len(flat) or _ODD.search(flat):
        return None
    at: dict[int, list[int]] = {}
    for root, forms in roots:
        start = low.find(root)
        while start >= 0:
            for index, key in forms:
                if low.startswith(key, start):
                    at.setdefault(start, []).append(index)
            start = low.find(root, start + 1)
    spans: list[tuple[int, int]] = []
    size = len(flat)
    free = 0
    for start in sorted(at):
        if start < free or (start and _word_or("’'.-", flat[start - 1])):
            continue
        for index in sorted(at[start]):
            end = start + len(keys[index])
            if end < size and (
                _word_or("-", flat[end])
                or (flat[end] in "’'" and end + 1 < size and flat[end + 1] in _NOT_S)
            ):
                continue
            spans.append((start, end))
            free = end
            break
    return spans


LOWER_WORD = re.compile(r"(?<![\w’'-])[a-z][\w’'-]*")


def particle_name(text: str) -> bool:
    """``de la Peña``, ``del Valle``: particles, then a capitalised word."""
    words = text.split()
    k = 0
    while k < len(words) - 1 and words[k] in PARTICLE_WORDS:
        k += 1
    return k > 0 and is_name_word(words[k])


_NOT_S = frozenset("abcdefghijklmnopqrtuvwxyz")
