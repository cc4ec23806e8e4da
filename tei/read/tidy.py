"""Undo what copying does to a page before any layout looks at it, keeping every line in place.

The same page copied with another browser, from the print view or through a word processor
arrives with trailing spaces, no-break spaces for spaces, tabs for indentation, blank lines that
hold a no-break space, and a line or two of the site around it (breadcrumbs, ``Print``,
``Share``, a cookie notice). None of that is the record. This pass removes it so that every
later rule sees one shape of page; it never adds or removes a line, so each location it leaves
is still the line an editor sees in the file.
"""

from __future__ import annotations

import re

_BREADCRUMB_SEP = re.compile(r"\s+[›»>/|]\s+|\s*›\s*|\s*»\s*")
_UI_SPLIT = re.compile(r"[\s|·•/,]+")
_UI_WORDS = frozenset(
    {
        "print",
        "share",
        "email",
        "e-mail",
        "mail",
        "download",
        "pdf",
        "cite",
        "save",
        "tweet",
        "facebook",
        "twitter",
        "linkedin",
        "x",
        "copy",
        "link",
        "back",
        "to",
        "top",
        "menu",
        "close",
        "this",
        "page",
        "document",
        "view",
        "bookmark",
        "feedback",
        "skip",
        "main",
        "content",
        "navigation",
        "previous",
        "next",
        "prev",
    }
)
"""Words of site controls. A line made only of these is a row of buttons, not text."""
_SENTENCE_END = (".", "!", "?", ":", ";", "”", '"')
_PRINTED = re.compile(
    r"^(?:(?:https?://|www\.)\S+"  # the page's address, printed above or below it
    r"|(?:Page\s+)?\d{1,3}\s*(?:of|/)\s*\d{1,3}"  # a print view's page counter
    r"|\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s.*)?)$"  # print header
)


def tidy(text: str) -> str:
    """The page without copying noise; the same number of lines, each at its place."""
    if not _noisy(text) and not _chrome_at_edges(text):
        return text
    lines = text.split("\n")
    if _noisy(text):
        _clean_lines(lines)
    _blank_chrome(lines)
    return "\n".join(lines)


def _chrome_at_edges(text: str) -> bool:
    """Whether one of the first lines (a site's header reaches a few) or the last non-blank
    line is chrome; most pages start and end with their own text."""
    pos = 0
    for _ in range(_HEADER_REACH):
        end = text.find("\n", pos)
        line = text[pos:] if end == -1 else text[pos:end]
        if chrome_line(line):
            return True
        if end == -1:
            break
        pos = end + 1
    end = len(text)
    while end > 0 and text[end - 1] in " \t\n\u00a0":
        end -= 1
    return chrome_line(text[text.rfind("\n", 0, end) + 1 : end])


_NOISE = (" \n", "\t\n", "\u00a0\n", "\n\t", "\n\u00a0")


def _noisy(text: str) -> bool:
    """Whether the line pass below would change something; most pages skip it. Substring
    tests run in C; a regex alternation here cost more than the whole pass saves."""
    for piece in _NOISE:
        if piece in text:
            return True
    return text.startswith(("\t", "\u00a0")) or text.endswith((" ", "\t", "\u00a0"))


def _clean_lines(lines: list[str]) -> None:
    for i, line in enumerate(lines):
        line = line.rstrip(" \t\u00a0\u200b\ufeff")
        if "\u00a0" in line:
            line = _spaces(line)
        if line.startswith("\t"):
            line = _untab(line)
        lines[i] = line


def _spaces(line: str) -> str:
    """No-break spaces that indent a line are plain spaces (the same length): a browser writes
    them for an indent. Inside a line they stay as typed (a double space, ``Nº\u00a0``)."""
    body = line.lstrip(" \u00a0")
    return " " * (len(line) - len(body)) + body


def _untab(line: str) -> str:
    """Leading tabs as four spaces each, unless the line holds more tabs (a table row whose
    first cell is empty)."""
    body = line.lstrip("\t")
    if "\t" in body:
        return line
    return "    " * (len(line) - len(body)) + body


def chrome_line(line: str) -> bool:
    """Whether a line is the site around a record: breadcrumbs, buttons, a cookie notice, or
    what a browser prints around a page (its address, the time, a page counter)."""
    t = line.strip()
    if not t or len(t) > 300:
        return False
    low = t.casefold()
    if "cookie" in low or _PRINTED.match(t):
        return True
    if t.endswith(_SENTENCE_END):
        return False
    parts = [p for p in _BREADCRUMB_SEP.split(t) if p]
    arrows = "›" in t or "»" in t  # a breadcrumb's own mark: its parts may be long titles
    least, longest = (2, 16) if arrows else (3, 6)
    if len(parts) >= least and all(len(p.split()) <= longest for p in parts):
        return True
    tokens = [w for w in _UI_SPLIT.split(low) if w]
    return bool(tokens) and all(w in _UI_WORDS for w in tokens)


_HEADER_REACH = 6
"""How many lines from the top a site's header reaches: a site name above its breadcrumbs."""


def _header_like(line: str) -> bool:
    """A line a site's header could hold: a name or a control, not a sentence."""
    t = line.strip()
    return chrome_line(t) or (len(t.split()) <= 16 and not t.endswith(_SENTENCE_END))


def _blank_chrome(lines: list[str]) -> None:
    """Blank the chrome lines above the first line of the page and below its last; lines
    above a breadcrumb or button row near the top (the site's name) are its header too."""
    seen = last = 0
    for k, line in enumerate(lines):
        if not line:
            continue
        seen += 1
        if seen > _HEADER_REACH or not _header_like(line):
            break
        if chrome_line(line):
            last = k + 1
    for k in range(last):
        lines[k] = ""
    i = 0
    while i < len(lines) and (not lines[i] or chrome_line(lines[i])):
        lines[i] = ""
        i += 1
    j = len(lines) - 1
    while j > i and (not lines[j] or chrome_line(lines[j])):
        lines[j] = ""
        j -= 1
