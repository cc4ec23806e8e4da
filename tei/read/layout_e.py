"""Layout E: a FRUS document page (history.state.gov) copied as text.

``N. head`` / ``Source: note`` / blank / body / ``Footnotes`` / ``N. note`` lines, with
``[Page N]`` markers and footnote numbers glued to the word before them
(``tests/fixtures/frus_e/README.md`` describes it exactly). Glued numbers are found by the
numbers of the notes listed at the end, in order, since a number glued to a year (``193687``)
cannot be told apart otherwise.
"""

from __future__ import annotations

import re

from tei.read.meta import date_match, iso_date
from tei.read.page import Line, Page, Sign, Span, stripped
from tei.read.source import Source

_RUN = re.compile(r"([\d*](?<!\d[\d*])(?:(?<=\d)\d*[a-z]?)?)(?=[\s,.;:)\]”’\"—]|$)")
"""A run of digits (and a letter: ``12a``) or ``*`` not glued after a digit, ending before a
space, punctuation or the end of the stretch."""


def find_calls(
    source: Source, start: int, end: int, numbers: list[str]
) -> list[tuple[int, int, str]]:
    """Where each note's number is glued in ``[start, end)``, searched in the notes' order.

    A number glued to a word or punctuation (``Minister1``, ``1936,41``) is preferred; only
    when there is none further on is a number glued to digits taken (``193687``: 1936 + 87).
    The search goes on after the run the last call was found in.
    """
    text = plain_digits(source.text)
    calls: list[tuple[int, int, str]] = []
    pos = start
    for n in numbers:
        found = _glued_run(text, start, pos, end, n)
        if found is None:
            found = run_ending_with(text, pos, end, n)
        if found is not None:
            calls.append((found - len(n), found, n))
            pos = found
    return calls


_SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_TO_DIGITS = str.maketrans(_SUPERSCRIPTS, "0123456789")
_NOT_BEFORE_CALL = "—–-/($£#§["
"""A digit after these starts a number (``1936—4 p.m.``, ``1935-36``, ``$4``) or is a
``[n]`` call, not a glued call."""


_LAST: list[str] = ["", ""]
"""The last text plain_digits saw and its answer: the reader asks about one page many times."""


def plain_digits(text: str) -> str:
    """The text with superscript digits as digits (the same length, so offsets hold): a page
    that prints its calls as superscripts (``Minister¹``) is read as one that glues them."""
    if _LAST[0] is text:
        return _LAST[1]
    plain = text
    for c in _SUPERSCRIPTS:
        if c in text:
            plain = text.translate(_TO_DIGITS)
            break
    _LAST[0] = text
    _LAST[1] = plain
    return plain


# Both searches find the number with str.find and try _RUN only where it occurs: a regex
# scan of the whole stretch for runs costs ~10x more (the engine tries every character).


def _glued_run(text: str, start: int, pos: int, end: int, n: str) -> int | None:
    """The end of the first run from ``pos`` that is ``n``, glued to what is before it."""
    if not n:
        return None
    a = text.find(n, pos, end)
    while a != -1:
        before = text[a - 1] if a > start else " "
        time = before == ":" and a - 2 >= start and text[a - 2].isdecimal()  # 11:15
        if not (before.isspace() or before.isdecimal() or before in _NOT_BEFORE_CALL or time):
            m = _RUN.match(text, a, end)
            if m is not None and m.end() == a + len(n):
                return m.end()
        a = text.find(n, a + 1, end)
    return None


def run_ending_with(text: str, pos: int, end: int, n: str) -> int | None:
    """The end of the first run from ``pos`` that ends with ``n`` and is longer.

    All of a run but its last character are digits, so ``n`` follows a digit and the run
    starts where the digits before it start.
    """
    if not n:
        m = _RUN.search(text, pos, end)
        return None if m is None else m.end()
    c = text.find(n, pos + 1, end)
    while c != -1:
        if text[c - 1].isdecimal():
            a = c - 1
            while a > pos and text[a - 1].isdecimal():
                a -= 1
            m = _RUN.match(text, a, end)
            if m is not None and m.end() == c + len(n):
                return m.end()
        c = text.find(n, c + 1, end)
    return None


_NUMBERED = re.compile(r"^(\d+[a-z]?|\*)\. \S")


HEAD_REACH = 6
"""How far down a page copied with the site's header the numbered head may be."""


def numbered_head(content: list[str]) -> int:
    """Index of the document's numbered head among the first lines, or -1: ``6. Memorandum
    by …``, a title, not a numbered paragraph (a sentence) or a list item."""
    from tei.read.general import heading_like

    for k, t in enumerate(content[:HEAD_REACH]):
        m = _NUMBERED.match(t)
        if (
            m is not None
            and t[: m.end(1)] != "*"
            and heading_like(t[m.end(1) + 2 :], capital=False)
        ):
            return k
    return -1


def signs_e(content: list[str], text: str) -> list[Sign]:
    """A FRUS page: a numbered head, its source note, page markers, notes listed at the end.
    Without its numbered head no FRUS page is claimed, and the rest is not looked for."""
    if numbered_head(content) < 0:
        return [("a numbered head", 2, True, False)]
    tail = text.rstrip().rsplit("\n", 1)[-1].strip()
    return [
        ("a numbered head", 2, True, True),
        ("a 'Source:' line", 1, False, any(t.startswith("Source: ") for t in content[1:4])),
        ("'[Page N]' markers", 1, False, "[Page " in text),
        ("numbered notes at the end", 1, False, bool(_NUMBERED.match(tail))),
        ("a dateline", 1, False, any(iso_date(t) for t in content[:5])),
    ]


def glued_at(text: str, start: int, end: int, n: str) -> bool:
    """Whether ``n`` occurs in ``[start, end)`` glued to a word, as a note call is: evidence
    that a trailing ``n. …`` line is a note, not a list item (a ``(1)`` label is no call)."""
    text = plain_digits(text)
    pos = start
    while True:
        found = _glued_run(text, start, pos, end, n)
        if found is None:
            return False
        if text[found - len(n) - 1] != "(":
            return True
        pos = found


def split_e(source: Source) -> Page:
    """A numbered head, its ``Source:`` line (or the source as the head's note), the body,
    and the notes listed after it (with or without a heading, indented or not)."""
    from tei.read.general import HEAD, opening_lines
    from tei.read.notes import trailing_notes

    lines = opening_lines(source, 0, HEAD_REACH + 2)
    k = numbered_head([ln.text.strip() for ln in lines])
    head = lines[k]
    lead = len(head.text) - len(head.text.lstrip())
    number = HEAD.match(head.text, lead)
    assert number is not None  # match said so
    after = k + 1
    source_line: Line | None = None
    if after < len(lines) and lines[after].text.strip().startswith("Source: "):
        source_line = lines[after]
        after += 1
    body_start = lines[after].start if after < len(lines) else len(source.text)
    page = Page("E", Span(body_start, len(source.text.rstrip())))
    page.fields["number"] = Span(head.start + lead, head.start + lead + len(number.group(1)))
    if source_line is not None:
        span = stripped(source_line)
        page.fields["source_note"] = Span(span.start + len("Source: "), span.end)
    head_start = head.start + number.end()
    head_end = stripped(head).end
    if k > 0:  # place and date printed above the head
        _dateline(source, lines[:k], page, move_body=False)
    above = page.fields.get("dateline")
    trailing_notes(source, page, head_start if above is None else above.start)
    if page.glued_calls:
        page.title_cuts = [(a, b) for a, b, _n in page.calls if head_start <= a < head_end]
    else:
        page.title_cuts = _bracket_cuts(source.text, head_start, head_end, page)
    _source_as_note(source, page, head_start, head_end)
    page.fields["title"] = Span(head_start, head_end)
    page.fields["head"] = Span(head_start, head_end)
    if above is None:
        opening = [
            ln for ln in opening_lines(source, page.body.start, 3) if ln.end <= page.body.end
        ]
        _dateline(source, opening, page)
    return page


def _bracket_cuts(text: str, start: int, end: int, page: Page) -> list[tuple[int, int]]:
    """``[n]`` calls on the head, which are not title."""
    cuts = []
    for note in page.notes:
        a = text.find(f"[{note.n}]", start, end)
        if a >= 0:
            cuts.append((a, a + len(note.n) + 2))
    return sorted(cuts)


def _source_as_note(source: Source, page: Page, head_start: int, head_end: int) -> None:
    """A note called on the head whose text is ``Source: …`` is the source note (pages that
    print the source as footnote 1 at the title): its call is cut from the title, and it is
    no footnote."""
    if "source_note" in page.fields:
        return
    for note in page.notes:
        if not source.text.startswith("Source: ", note.span.start):
            continue
        on_head = [c for c in page.calls if c[2] == note.n and head_start <= c[0] < head_end]
        cut = [c for c in page.title_cuts if source.text[c[0] : c[1]].strip("[]") == note.n]
        if on_head or cut:
            page.fields["source_note"] = Span(note.span.start + len("Source: "), note.span.end)
            page.notes.remove(note)
            for call in on_head[:1]:
                page.calls.remove(call)
            return


def _dateline(source: Source, body: list[Line], page: Page, move_body: bool = True) -> None:
    """The dateline is the first line (after an ``[Extract]``-like label) that holds a date; a
    bracketed line right under it (``[Received …]``) is part of it."""
    rows = [ln for ln in body if ln.text.strip()]
    label: Span | None = None
    for k, line in enumerate(rows[:2]):
        text = line.text.strip()
        if len(text) < 160 and iso_date(text):
            last = line
            if k + 1 < len(rows):
                nxt = rows[k + 1]
                t = nxt.text.strip()
                if (
                    nxt.start == line.end + 1
                    and t.startswith("[")
                    and t.endswith("]")
                    and len(t) < 80
                    and not t.startswith("[Page ")
                ):
                    last = nxt
            page.fields["dateline"] = Span(stripped(line).start, stripped(last).end)
            a, b, iso = date_match(source.text[line.start : last.end])
            if iso:
                page.fields["date"] = Span(line.start + a, line.start + b)
            if move_body:
                page.body.start = stripped(last).end
            if label is not None:
                page.fields["source_label"] = label
            return
        if not (text.startswith("[") and text.endswith("]")) or text.startswith("[Page "):
            return
        label = stripped(line)
