"""Whether two spellings are alike: difflib's ``SequenceMatcher(None, a, b).ratio() >= 0.6``.

The romanization rule asks this of short names. difflib is pure Python (interpreted even in
the compiled build), so the matcher is written out here for names: the same longest-match
recursion with the same tie-breaks, and so the same ratio. Its two cheap upper bounds are
tried first, and long strings (where difflib's ``autojunk`` heuristic applies) go to difflib.
"""

from __future__ import annotations

from difflib import SequenceMatcher

THRESHOLD = 0.6
_AUTOJUNK_FROM = 200
"""difflib treats popular characters as junk from this length of ``b`` on."""


def similar(a: str, b: str) -> bool:
    """``SequenceMatcher(None, a, b).ratio() >= 0.6``."""
    total = len(a) + len(b)
    if not total:
        return True  # difflib: two empty strings are alike (ratio 1.0)
    if 2.0 * min(len(a), len(b)) / total < THRESHOLD:
        return False
    if 2.0 * _common(a, b) / total < THRESHOLD:
        return False
    if len(b) >= _AUTOJUNK_FROM:
        return SequenceMatcher(None, a, b).ratio() >= THRESHOLD
    return 2.0 * _matched(a, b) / total >= THRESHOLD


def _common(a: str, b: str) -> int:
    """How many characters ``a`` and ``b`` have in common, counting repeats (a multiset)."""
    left: dict[str, int] = {}
    for ch in b:
        left[ch] = left.get(ch, 0) + 1
    found = 0
    for ch in a:
        n = left.get(ch, 0)
        if n > 0:
            left[ch] = n - 1
            found += 1
    return found


def _matched(a: str, b: str) -> int:
    """The characters difflib's matching blocks cover (no junk): the longest match, then the
    same again on each side of it."""
    where: dict[str, list[int]] = {}
    for j, ch in enumerate(b):
        where.setdefault(ch, []).append(j)
    total = 0
    todo = [(0, len(a), 0, len(b))]
    while todo:
        alo, ahi, blo, bhi = todo.pop()
        i, j, k = _longest(a, where, alo, ahi, blo, bhi)
        if k:
            total += k
            if alo < i and blo < j:
                todo.append((alo, i, blo, j))
            if i + k < ahi and j + k < bhi:
                todo.append((i + k, ahi, j + k, bhi))
    return total


def _longest(
    a: str, where: dict[str, list[int]], alo: int, ahi: int, blo: int, bhi: int
) -> tuple[int, int, int]:
    """difflib's ``find_longest_match``: the longest block, the first in ``a`` then in ``b``."""
    besti, bestj, bestsize = alo, blo, 0
    lengths: dict[int, int] = {}
    nothing: list[int] = []
    for i in range(alo, ahi):
        new_lengths: dict[int, int] = {}
        for j in where.get(a[i], nothing):
            if j < blo:
                continue
            if j >= bhi:
                break
            k = lengths.get(j - 1, 0) + 1
            new_lengths[j] = k
            if k > bestsize:
                besti, bestj, bestsize = i - k + 1, j - k + 1, k
        lengths = new_lengths
    return besti, bestj, bestsize
