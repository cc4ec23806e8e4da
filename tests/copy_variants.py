"""Copies of a record as people make them: the same page, copied another way.

Issue 13: a record copied with another browser, from the print view, with or without the site's
breadcrumbs, must give the same TEI meaning. Each function here takes a record's text (and its
truth, for the title) and returns the text as such a copy would hold it; ``variants`` returns
every kind that changes the text. The transforms are generic: they look at the text's shape
(blank lines, indentation, a trailing block of numbered notes), not at any one layout's
template, so a reader rule cannot be written to the variant's wording.

:func:`summary` is the meaning compared: a canonical digest of the TEI (title, date, ids, each
note with its call, the words of each block, bracket kinds, persons and turns).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from lxml import etree

from tei.ns import NS, TEI_NS, XML_ID, local_name
from tests.tei_text import bracket_kinds, header_values
from tests.tei_text import words as _words

Variant = Callable[[str, dict[str, Any]], str]

# A trailing block of notes: `[1] …` lines (Digital Archive) or `1. …` lines after a heading.
_NOTE_LINE = re.compile(r"^(?:\[\d{1,3}\]|\d{1,3}[a-z]?\.|\*\.) ")
_HEADINGS = ("Footnotes", "Notes", "Endnotes")
_QUOTES_CURLY = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"})


def _lines(text: str) -> list[str]:
    return text.split("\n")


def notes_block(text: str) -> tuple[int, int, int] | None:
    """(first note line, end, heading line or -1) of the notes block, if any.

    The block is the last run of note-shaped lines (``[1] …``, or ``1. …`` after a heading):
    at the end of the text, or before the page's closing chrome (a summary, ``Document
    Information``) in layouts that print it after the notes.
    """
    lines = _lines(text)
    end = len(lines)
    while end > 0:
        line = lines[end - 1].strip()
        if _NOTE_LINE.match(line) and (line.startswith("[") or _heading_above(lines, end - 1) >= 0):
            break
        end -= 1
    if end == 0:
        return None
    first = j = end - 1
    while j > 0:
        j -= 1
        if _NOTE_LINE.match(lines[j].strip()):
            first = j
        elif lines[j].strip(" \u00a0"):
            break
    heading = _heading_above(lines, first)
    return first, end, heading


def _heading_above(lines: list[str], k: int) -> int:
    """The notes heading line above a run of note lines (blank lines between), or -1."""
    j = k - 1
    while j >= 0 and (not lines[j].strip() or _NOTE_LINE.match(lines[j].strip())):
        j -= 1
    return j if j >= 0 and lines[j].strip() in _HEADINGS else -1


def crlf(text: str, truth: dict[str, Any]) -> str:
    return text.replace("\n", "\r\n")


def bom(text: str, truth: dict[str, Any]) -> str:
    return "\ufeff" + text


def trailing_spaces(text: str, truth: dict[str, Any]) -> str:
    return "\n".join(ln + "  " if ln.strip() else ln for ln in _lines(text))


def no_break_spaces(text: str, truth: dict[str, Any]) -> str:
    """A browser's copy: a double space as a no-break space and a space, indentation as no-break
    spaces, blank lines holding one."""
    out = []
    for ln in _lines(text.replace("  ", "\u00a0 ")):
        body = ln.lstrip(" ")
        out.append("\u00a0" * (len(ln) - len(body)) + body if body.strip() else "\u00a0")
    return "\n".join(out)


def tab_indent(text: str, truth: dict[str, Any]) -> str:
    """Indentation as tabs; the notes indented by a tab too (a word processor's copy)."""
    out = []
    block = notes_block(text)
    for k, ln in enumerate(_lines(text)):
        lead = len(ln) - len(ln.lstrip(" "))
        if lead:
            ln = "\t" * max(1, lead // 4) + ln[lead:]
        elif block is not None and block[0] <= k < block[1] and ln.strip():
            ln = "\t" + ln
        out.append(ln)
    return "\n".join(out)


def blank_lines_doubled(text: str, truth: dict[str, Any]) -> str:
    return re.sub(r"\n\n+", lambda m: m.group(0) + "\n" * (len(m.group(0)) - 1), text)


def header_blanks_removed(text: str, truth: dict[str, Any]) -> str:
    """The first blank lines (between the page head's lines, after the title) left out."""
    lines = _lines(text)
    out: list[str] = []
    removed = 0
    for ln in lines:
        if not ln.strip() and out and removed < 2:
            removed += 1
            continue
        out.append(ln)
    return "\n".join(out)


def one_paragraph_per_line(text: str, truth: dict[str, Any]) -> str:
    """Every blank line left out: one paragraph per line, as some copies give it."""
    return "\n".join(ln for ln in _lines(text) if ln.strip(" \u00a0"))


def leading_blank_lines(text: str, truth: dict[str, Any]) -> str:
    return "\n\n" + text + "\n\n\n"


def notes_heading_toggled(text: str, truth: dict[str, Any]) -> str:
    """A heading over the notes added where there is none, taken away where there is one."""
    block = notes_block(text)
    if block is None:
        return text
    lines = _lines(text)
    first, _end, heading = block
    if heading >= 0:
        del lines[heading]
    else:
        lines[first:first] = ["Notes", ""] if first and not lines[first - 1] else ["Notes"]
    return "\n".join(lines)


def notes_indented(text: str, truth: dict[str, Any]) -> str:
    block = notes_block(text)
    if block is None:
        return text
    lines = _lines(text)
    for k in range(block[0], block[1]):
        if lines[k].strip():
            lines[k] = "    " + lines[k]
    return "\n".join(lines)


def _bullets(mark: str) -> Variant:
    def variant(text: str, truth: dict[str, Any]) -> str:
        return re.sub(r"(?m)^(\s*)[-•*·] (?=\S)", rf"\g<1>{mark} ", text)

    variant.__name__ = f"bullets_{ {'•': 'dot', '-': 'dash', '*': 'star', '·': 'middot'}[mark] }"
    return variant


def straight_quotes(text: str, truth: dict[str, Any]) -> str:
    return text.translate(_QUOTES_CURLY)


def curly_quotes(text: str, truth: dict[str, Any]) -> str:
    text = re.sub(r'(^|[\s(\[—])"', "\\1“", text)
    text = text.replace('"', "”")
    text = re.sub(r"(^|[\s(\[—])'", "\\1‘", text)
    return text.replace("'", "’")


_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def superscript_calls(text: str, truth: dict[str, Any]) -> str:
    """Note calls glued to a word as superscript digits (``it.¹``), as a web page shows them;
    the notes keep their labels."""
    return re.sub(
        r"(?<=\S)\[(\d{1,2})\](?=[\s.,;:)”’\"]|$)",
        lambda m: m.group(1).translate(_SUPERSCRIPT),
        text,
    )


def title_in_capitals(text: str, truth: dict[str, Any]) -> str:
    title = truth.get("title") or ""
    at = text.find(title) if title else -1
    if at < 0:
        return text
    return text[:at] + title.upper() + text[at + len(title) :]


def _chrome(above: list[str], below: list[str]) -> Variant:
    def variant(text: str, truth: dict[str, Any]) -> str:
        head = "".join(line + "\n" for line in above)
        tail = "".join("\n" + line for line in below)
        return head + text.rstrip("\n") + tail + ("\n" if text.endswith("\n") else "")

    return variant


breadcrumbs_above = _chrome(["Home › Documents › Record", ""], [])
breadcrumbs_above.__name__ = "breadcrumbs_above"
print_share_above = _chrome(["Print", "Share", ""], [])
print_share_above.__name__ = "print_share_above"
print_share_below = _chrome([], ["", "Print | Share | Email"])
print_share_below.__name__ = "print_share_below"
cookie_notice_below = _chrome(
    [],
    ["", "This website uses cookies to improve your experience. Accept all cookies"],
)
cookie_notice_below.__name__ = "cookie_notice_below"
cookie_notice_above = _chrome(
    ["We use cookies on this site to enhance your user experience. OK, I agree", ""], []
)
cookie_notice_above.__name__ = "cookie_notice_above"
back_to_top_below = _chrome([], ["", "Back to top"])
back_to_top_below.__name__ = "back_to_top_below"
address_above = _chrome(["https://example.org/document/123456", ""], [])
address_above.__name__ = "address_above"
print_header_above = _chrome(["12/3/26, 9:14 AM Document page"], [])
print_header_above.__name__ = "print_header_above"
page_counter_below = _chrome([], ["Page 1 of 3"])
page_counter_below.__name__ = "page_counter_below"

VARIANTS: list[Variant] = [
    crlf,
    bom,
    trailing_spaces,
    no_break_spaces,
    tab_indent,
    blank_lines_doubled,
    header_blanks_removed,
    one_paragraph_per_line,
    leading_blank_lines,
    notes_heading_toggled,
    notes_indented,
    _bullets("•"),
    _bullets("-"),
    _bullets("*"),
    _bullets("·"),
    straight_quotes,
    curly_quotes,
    title_in_capitals,
    superscript_calls,
    breadcrumbs_above,
    print_share_above,
    print_share_below,
    cookie_notice_above,
    cookie_notice_below,
    back_to_top_below,
    address_above,
    print_header_above,
    page_counter_below,
]
"""Every kind of copy, by name (``variant.__name__``)."""


def variants(text: str, truth: dict[str, Any]) -> dict[str, str]:
    """Each kind of copy that changes this record's text, by name."""
    found: dict[str, str] = {}
    for make in VARIANTS:
        copy = make(text, truth)
        if copy != text:
            found[make.__name__] = copy
    return found


# --------------------------------------------------------------------------- the meaning


def words(text: str) -> list[str]:
    """Words as :func:`tests.tei_text.words` counts them, straight and curly quotes alike."""
    return _words(text.translate(_QUOTES_CURLY))


def _norm(text: str | None) -> str:
    return " ".join((text or "").translate(_QUOTES_CURLY).split()).casefold()


_BLOCKS = ("p", "item", "head", "dateline", "closer", "label", "cell", "salute", "signed")


def _text_without_notes(el: etree._Element) -> str:
    parts: list[str] = []

    def walk(node: etree._Element) -> None:
        if node.text:
            parts.append(node.text)
        for child in node:
            if isinstance(child.tag, str) and local_name(child.tag) != "note":
                walk(child)
            elif isinstance(child.tag, str):
                parts.append(" ")
            if child.tail:
                parts.append(child.tail)

    walk(el)
    return "".join(parts)


def summary(root: etree._Element) -> dict[str, Any]:
    """The meaning of a TEI record, as a copy of its page must keep it."""
    values = header_values(root)
    text = root.find(f"{{{TEI_NS}}}text")
    assert text is not None
    notes = []
    for note in text.iter(f"{{{TEI_NS}}}note"):
        if note.get("place") != "foot":
            continue
        parent = note.getparent()
        assert parent is not None
        before = (parent.text or "") if parent.index(note) == 0 else ""
        prev = note.getprevious()
        if prev is not None:
            before = "".join(prev.itertext()) + (prev.tail or "")
        notes.append([note.get("n"), (words(before) or [""])[-1], words("".join(note.itertext()))])
    blocks = []
    for el in text.iter(*(f"{{{TEI_NS}}}{n}" for n in ("p", "item", "head", "dateline"))):
        blocks.append(f"{local_name(el.tag)}: {' '.join(words(_text_without_notes(el)))}")
    persons = sorted(
        (p.get(XML_ID) or "", p.get("role") or "") for p in root.iter(f"{{{TEI_NS}}}person")
    )
    turns = [el.get("who") for el in text.iter(f"{{{TEI_NS}}}said", f"{{{TEI_NS}}}sp")]
    return {
        "title": _norm(str(values["title"])),
        "date": values["date"],
        "ids": [_norm(i.text) for i in root.iterfind(".//t:sourceDesc//t:idno", namespaces=NS)],
        "notes": notes,
        "blocks": blocks,
        "brackets": bracket_kinds(root),
        "persons": persons,
        "turns": turns,
    }
