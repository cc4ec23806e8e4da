"""Regex scans that open with what they match, for speed.

Python's regex engine jumps through a text to the next character a pattern can start with
only when the pattern opens with a literal or a character class. A pattern that opens with
``\\b`` or a look-behind is tried at every position of the text instead, 2-4x slower on a
record. So the people patterns open with their first character, and the condition on the
character before a match (what the look-behind said) is tested here; a match that fails it is
searched again from the next position, which gives exactly the matches of the look-behind.
"""

from __future__ import annotations

import re
from collections.abc import Callable


def word_char(char: str) -> bool:
    """What ``\\w`` matches (the empty string, before the text, is no word character)."""
    return char.isalnum() or char == "_"


def not_word(char: str) -> bool:
    """``\\b`` before a word character: the character before is no word character."""
    return not (char.isalnum() or char == "_")


def _first(
    find: Callable[[str, int, int], re.Match[str] | None],
    text: str,
    before: Callable[[str], bool],
    pos: int,
    end: int,
) -> re.Match[str] | None:
    """The first match of ``find`` (a pattern's ``search``) from ``pos`` whose character
    before passes ``before``: a match that fails is searched again from the next position."""
    while True:
        m = find(text, pos, end)
        if m is None:
            return None
        start = m.start()
        if before(text[start - 1] if start else ""):
            return m
        pos = start + 1


def find_all(
    pattern: re.Pattern[str],
    text: str,
    before: Callable[[str], bool],
    pos: int = 0,
    endpos: int | None = None,
) -> list[re.Match[str]]:
    """``pattern.finditer`` with the look-behind ``before(character before the match)``.

    ``pattern`` must not match the empty string. A list, not a generator: most texts have a
    match or two, and a generator's protocol costs more than the list.
    """
    end = len(text) if endpos is None else endpos
    found: list[re.Match[str]] = []
    m = _first(pattern.search, text, before, pos, end)
    while m is not None:
        found.append(m)
        m = _first(pattern.search, text, before, m.end(), end)
    return found


def search(
    pattern: re.Pattern[str],
    text: str,
    before: Callable[[str], bool],
    pos: int = 0,
    endpos: int | None = None,
) -> re.Match[str] | None:
    """The first match of :func:`find_all`, or None (without looking further)."""
    return _first(pattern.search, text, before, pos, len(text) if endpos is None else endpos)
