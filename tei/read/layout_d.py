"""Layout D: a Digital Archive PDF export flattened to one line.

``Digital Archive digitalarchive.wilsoncenter.org International History Declassified <date>
<title> Citation: … Summary: … Credits: … Original Language: … Contents: English Translation
<body> [1] <note>``: head fields, body and notes run together on the same line.
"""

from __future__ import annotations

import re

from tei.read.notes import assign_calls
from tei.read.page import DATE_TEXT, Note, Page, Sign, Span
from tei.read.source import Source

_D_HEAD = re.compile(
    r"Digital Archive digitalarchive\.wilsoncenter\.org International History Declassified "
    rf"(?P<date>{DATE_TEXT}) (?P<title>.+?) Citation: (?P<citation>.+?) "
    r"(?:Summary: (?P<summary>.+?) )?(?:Credits: (?P<support>.+?) )?"
    r"(?:Original Language: (?P<language>.+?) )?Contents: (?:English Translation )?"
)
"""The PDF export's head; the summary, credits and language are each left out by some pages."""


def signs_d(content: list[str], text: str) -> list[Sign]:
    first = content[0] if content else ""
    return [
        ("the whole page on one line", 1, False, "\n" not in text.strip()),
        ("the Digital Archive head", 2, True, bool(_D_HEAD.match(first))),
        ("'Contents: English Translation'", 1, False, " Contents: English Translation " in first),
    ]


def split_d(source: Source) -> Page:
    text = source.text.rstrip()
    m = _D_HEAD.match(text, len(text) - len(text.lstrip()))
    assert m is not None  # match_d said so
    page = Page("D", Span(m.end(), len(text)), run_on=True)
    for name in ("date", "title", "summary", "support", "language"):
        if m.group(name) is not None:
            page.fields[name] = Span(m.start(name), m.end(name))
    citation = m.group("citation")
    url = re.search(r" (https?://\S+)$", citation)
    if url:
        page.fields["url"] = Span(m.start("citation") + url.start(1), m.end("citation"))
        page.fields["citation"] = Span(m.start("citation"), m.start("citation") + url.start())
    else:
        page.fields["citation"] = Span(m.start("citation"), m.end("citation"))
    first_note = text.rfind(" [1] ", page.body.start)
    if first_note != -1:
        page.body.end = first_note
        parts = list(re.finditer(r"\[(\d{1,3})\] ", text[first_note:]))
        for k, part in enumerate(parts):
            start = first_note + part.end()
            stop = first_note + parts[k + 1].start() if k + 1 < len(parts) else len(text)
            page.notes.append(Note(part.group(1), Span(start, len(text[:stop].rstrip()))))
    assign_calls(source, page)
    return page
