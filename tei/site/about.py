"""The "about this edition" page: the edition's facts and its editorial conventions.

The conventions come from where they are kept: each document's ``editorialDecl`` (what the
converter or the editor wrote for that record) and the bracket table of docs/encoding.md, read
at build time so that the site never states conventions the documentation does not.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from markupsafe import Markup, escape

from tei import resources
from tei.site.config import EditionConfig
from tei.site.documents import DocMeta
from tei.site.pages import render

ENCODING_MD = resources.path("docs", "encoding.md")
SECTION = "## Editorial brackets"
MAX_CONVENTIONS = 40
"""Distinct editorialDecl paragraphs shown; an edition of thousands of records has many."""


def conventions(metas: list[DocMeta]) -> tuple[list[tuple[str, int]], int]:
    """Distinct ``editorialDecl`` paragraphs with the number of documents stating each.

    The most common come first (those every document states lead); ties keep the order in
    which the documents state them. Returns the shown list and how many were left out.
    """
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for meta in metas:
        for text in dict.fromkeys(meta.editorial):
            counts[text] += 1
            first.setdefault(text, len(first))
    ranked = sorted(counts.items(), key=lambda item: (-item[1], first[item[0]]))
    return ranked[:MAX_CONVENTIONS], max(0, len(ranked) - MAX_CONVENTIONS)


def bracket_table(path: Path = ENCODING_MD) -> list[list[Markup]]:
    """The header row and rows of the bracket table in docs/encoding.md ([] if not found)."""
    try:
        text = path.read_text("utf-8")
    except OSError:
        return []
    section = text.partition(SECTION)[2].split("\n## ", 1)[0]
    rows = [line for line in section.splitlines() if line.startswith("|")]
    return [_cells(line) for line in rows if not re.fullmatch(r"[|\s:-]+", line)]


def _cells(line: str) -> list[Markup]:
    cells = re.split(r"(?<!\\)\|", line.strip())[1:-1]
    return [_inline(cell.strip().replace("\\|", "|")) for cell in cells]


def _inline(text: str) -> Markup:
    """Markdown code spans as ``<code>``; everything else escaped."""
    pieces = text.split("`")
    out = [
        Markup("<code>{}</code>").format(piece) if index % 2 else escape(piece)
        for index, piece in enumerate(pieces)
    ]
    return Markup("").join(out)


def about_page(config: EditionConfig, metas: list[DocMeta]) -> bytes:
    """The about page."""
    shown, omitted = conventions(metas)
    return render(
        "about.html.j2",
        config,
        current="about",
        page_title=f"About · {config.title}",
        count=len(metas),
        conventions=shown,
        omitted=omitted,
        brackets=bracket_table(),
    )
