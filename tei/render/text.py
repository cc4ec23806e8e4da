"""TEI to plain text, in the reading or the diplomatic view.

``xslt/tei-text.xsl`` decides what each element prints; this module only lays the result out:
it collapses runs of spaces, drops empty lines, and wraps each line at ``width`` columns.
Breaking only at plain spaces keeps no-break spaces (U+00A0) and every word intact, so the
words of the text are exactly those the stylesheet printed.
"""

from __future__ import annotations

import re
from functools import cache

from lxml import etree

from tei.render._xslt import transform
from tei.render.errors import RenderError
from tei.render.html import VIEWS

_BLOCKS = re.compile(r"\n[ \n]*\n")
_SPACES = re.compile(r" {2,}")


def render_text(
    tree: etree._ElementTree | etree._Element,
    *,
    view: str = "reading",
    width: int = 78,
    notes: bool = True,
) -> str:
    """Render a TEI document as text; ``width`` 0 means no wrapping, ``notes`` adds the notes."""
    if view not in VIEWS:
        raise RenderError(f"unknown view {view!r}", hint=f"use one of: {', '.join(VIEWS)}")
    if width < 0:
        raise RenderError(f"width must be 0 or more, not {width}", hint="use 0 for no wrapping")
    raw = str(transform("text", tree, view=view, notes="end" if notes else "none"))
    return layout(raw, width)


def layout(raw: str, width: int) -> str:
    """Blocks separated by one blank line, spaces collapsed, each line wrapped at ``width``."""
    blocks = []
    for block in _BLOCKS.split(raw):
        lines = [_SPACES.sub(" ", line).strip() for line in block.split("\n")]
        kept = [wrap(line, width) for line in lines if line]
        if kept:
            blocks.append("\n".join(kept))
    return "\n\n".join(blocks) + "\n" if blocks else ""


def wrap(line: str, width: int) -> str:
    """Greedy wrapping at plain spaces; a word longer than ``width`` gets a line of its own."""
    if width <= 0 or len(line) <= width:
        return line
    return "\n".join(m.group().rstrip(" ") for m in _line_pattern(width).finditer(line))


@cache
def _line_pattern(width: int) -> re.Pattern[str]:
    # The longest run of at most `width` characters that ends before a space or the end;
    # failing that (a longer word), the word alone. A regex keeps the loop in C.
    return re.compile(rf"[^ ](?:.{{0,{width - 1}}}(?= |$))|[^ ]+")
