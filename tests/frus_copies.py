"""FRUS pages copied otherwise than the layout-E fixtures: issue 13, "Done when" 4.

The fixtures of ``tests/fixtures/frus_e`` are one way a history.state.gov page reads when copied.
Pages of other volumes, or copied from the print view or another browser, differ: the source
note is footnote 1 at the title, the notes are listed with or without a heading, indented or
not, there is no blank line after the title, the place and date stand before the title, the
calls are superscript digits or ``[n]``. Each function here turns a layout-E record (made from
the real volume by :mod:`tests.frus_records`) into such a copy; the record's truth still says
what a correct reading holds (calls are compared by the word they follow and the note's text,
since a copy may number its notes otherwise).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

FrusCopy = Callable[[str, dict[str, Any]], str | None]
"""A copy of a record's text, or None when the copy cannot be made of this record."""

_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def _parts(text: str) -> tuple[list[str], list[str], list[str]]:
    """(head lines, body lines, note lines) of a fixture-shaped record."""
    lines = text.rstrip("\n").split("\n")
    head = lines[:2]
    rest = lines[3:]
    sep = max((i for i, ln in enumerate(rest) if ln == "Footnotes"), default=-1)
    if sep < 0:
        return head, rest, []
    body = rest[:sep]
    while body and not body[-1]:
        body.pop()
    return head, body, rest[sep + 1 :]


def _join(head: list[str], body: list[str], notes: list[str], heading: str = "Footnotes") -> str:
    blocks = ["\n".join(head), "\n".join(body)]
    if notes:
        blocks.append("\n".join([heading, *notes] if heading else notes))
    return "\n\n".join(b for b in blocks if b) + "\n"


def _recall(text: str, truth: dict[str, Any], number: Callable[[int, str], str]) -> str | None:
    """The text with each call (in text order) renumbered by ``number(index, n)``, and the note
    lines too; None when a call cannot be placed unambiguously."""
    lines = text.split("\n")
    cursor: dict[int, int] = {}
    for k, call in enumerate(truth["note_calls"]):
        i = call["line"] - 1
        token = call["word_before"] + call["n"]
        pos = cursor.get(i, 0)
        found = -1
        for m in re.finditer(re.escape(token) + r"(?=\s|$)", lines[i][pos:]):
            if m.start() == 0 or lines[i][pos + m.start() - 1].isspace():
                found = pos + m.start()
                break
        if found < 0:
            return None
        at = found + len(call["word_before"])
        new = number(k, call["n"])
        lines[i] = lines[i][:at] + new + lines[i][at + len(call["n"]) :]
        cursor[i] = at + len(new)
    return "\n".join(lines)


def source_as_first_note(text: str, truth: dict[str, Any]) -> str | None:
    """The source note as footnote 1 at the title; the other notes numbered 2, 3, … (as the
    pages of modern volumes number them)."""
    if any(c["line"] == 1 for c in truth["note_calls"]) or not truth["source_note"]:
        return None
    renumbered = _recall(text, truth, lambda k, n: str(k + 2))
    if renumbered is None:
        return None
    head, body, notes = _parts(renumbered)
    notes = [f"{k + 2}. {note.split('. ', 1)[1]}" for k, note in enumerate(notes)]
    return _join([head[0] + "1"], body, [f"1. Source: {truth['source_note']}", *notes])


def notes_without_heading(text: str, truth: dict[str, Any]) -> str | None:
    head, body, notes = _parts(text)
    return _join(head, body, notes, heading="") if notes else None


def notes_indented_under_notes(text: str, truth: dict[str, Any]) -> str | None:
    head, body, notes = _parts(text)
    return _join(head, body, ["    " + n for n in notes], heading="Notes") if notes else None


def notes_numbered_without_stop(text: str, truth: dict[str, Any]) -> str | None:
    """The notes listed as ``1 Text`` under the heading, as a copied ordered list gives them."""
    head, body, notes = _parts(text)
    return _join(head, body, [n.replace(". ", " ", 1) for n in notes]) if notes else None


def notes_superscript_labels(text: str, truth: dict[str, Any]) -> str | None:
    """Calls and note labels as superscript digits (``Minister¹`` … ``¹ Mohamed …``)."""
    if not truth["note_calls"] or any(not c["n"].isdigit() for c in truth["note_calls"]):
        return None
    called = _recall(text, truth, lambda k, n: n.translate(_SUPERSCRIPT))
    if called is None:
        return None
    head, body, notes = _parts(called)
    labelled = [
        n.split(". ", 1)[0].translate(_SUPERSCRIPT) + " " + n.split(". ", 1)[1] for n in notes
    ]
    return _join(head, body, labelled, heading="")


def no_blank_after_title(text: str, truth: dict[str, Any]) -> str | None:
    head, body, notes = _parts(text)
    return "\n".join(head) + "\n" + _join([], body, notes)


def place_and_date_before_title(text: str, truth: dict[str, Any]) -> str | None:
    """The dateline above the numbered head, as some volumes print it."""
    head, body, notes = _parts(text)
    if truth["date"] is None:
        return None
    k = 0
    if body and body[0].startswith("[") and body[0].endswith("]"):
        k = 2  # an [Extract] label and its blank line stay under the head
    end = body.index("", k) if "" in body[k:] else len(body)
    dateline = body[k:end]
    rest = body[:k] + body[end + 1 :]
    return "\n".join(dateline) + "\n\n" + _join(head, rest, notes)


def superscript_calls(text: str, truth: dict[str, Any]) -> str | None:
    if not truth["note_calls"] or any(not c["n"].isdigit() for c in truth["note_calls"]):
        return None
    return _recall(text, truth, lambda k, n: n.translate(_SUPERSCRIPT))


def bracket_calls(text: str, truth: dict[str, Any]) -> str | None:
    if not truth["note_calls"]:
        return None
    return _recall(text, truth, lambda k, n: f"[{n}]")


VOLUME = "Foreign Relations of the United States, 1936, The Near East and Africa, Volume III"


def site_header_above(text: str, truth: dict[str, Any]) -> str | None:
    """The page copied with the site's header: its name, breadcrumbs, the volume's title and
    the document's number, above the numbered head."""
    return (
        f"Office of the Historian\nHome › Historical Documents › {VOLUME} › Document {truth['n']}"
        f"\n\n{VOLUME}\n\nDocument {truth['n']}\n\n{text}"
    )


FRUS_COPIES: list[FrusCopy] = [
    site_header_above,
    source_as_first_note,
    notes_without_heading,
    notes_indented_under_notes,
    notes_numbered_without_stop,
    notes_superscript_labels,
    no_blank_after_title,
    place_and_date_before_title,
    superscript_calls,
    bracket_calls,
]
