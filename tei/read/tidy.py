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
    lines = text.split("\n")
    changed = _clean_lines(lines)
    if _blank_chrome(lines) or changed:
        return "\n".join(lines)
    return text


_END_NOISE = " \t\u00a0\u200b\ufeff"


def _clean_lines(lines: list[str]) -> bool:
    """Trailing spaces off, an indent of no-break spaces or tabs made plain; whether any line
    changed. Most lines are looked at by their first and last character only."""
    changed = False
    for i, line in enumerate(lines):
        if not line or (line[-1] not in _END_NOISE and line[0] not in "\t\u00a0"):
            continue
        line = line.rstrip(_END_NOISE)
        if line.startswith("\u00a0"):
            line = _spaces(line)
        if line.startswith("\t"):
            line = _untab(line)
        if line != lines[i]:
            lines[i] = line
            changed = True
    return changed


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


def _header_like(line: str, chrome: bool) -> bool:
    """A line a site's header could hold: a name or a control (``chrome``: what
    :func:`chrome_line` said of it), not a sentence."""
    t = line.strip()
    return chrome or (len(t.split()) <= 16 and not t.endswith(_SENTENCE_END))


def _blank_chrome(lines: list[str]) -> bool:
    """Blank the chrome lines above the first line of the page and below its last; lines
    above a breadcrumb or button row near the top (the site's name) are its header too.
    Whether a line was blanked."""
    changed = False
    seen = last = 0
    known: dict[int, bool] = {}  # chrome_line of the top lines, asked once each
    for k, line in enumerate(lines):
        if not line:
            continue
        seen += 1
        if seen > _HEADER_REACH:
            break
        chrome = known[k] = chrome_line(line)
        if not _header_like(line, chrome):
            break
        if chrome:
            last = k + 1
    for k in range(last):
        changed = changed or bool(lines[k])
        lines[k] = ""
    i = 0
    while i < len(lines) and (not lines[i] or (known[i] if i in known else chrome_line(lines[i]))):
        changed = changed or bool(lines[i])
        lines[i] = ""
        i += 1
    j = len(lines) - 1
    while j > i and (not lines[j] or chrome_line(lines[j])):
        changed = changed or bool(lines[j])
        lines[j] = ""
        j -= 1
    return changed
