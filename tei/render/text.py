"""TEI to plain text, in the reading or the diplomatic view.

``xslt/tei-text.xsl`` decides what each element prints; this module only lays the result out:
it collapses runs of spaces, drops empty lines, and wraps each line at ``width`` columns.
Breaking only at plain spaces keeps no-break spaces (U+00A0) and every word intact, so the
words of the text are exactly those the stylesheet printed.

Layout works on whole strings with ``str`` methods (``replace``, ``split``, ``rfind``) and
one regular expression with a literal prefix, all of which run in C; a regular expression per
line and per wrapped line cost as much as the stylesheet itself on the FRUS volume.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from lxml import etree

from tei.render._texts import has_words
from tei.render._xslt import (
    BLOCK_MARK,
    JOIN_MARK,
    LINE_MARK,
    holds_join_mark,
    joined,
    transform,
)
from tei.render.errors import RenderError
from tei.render.html import VIEWS

_BLOCKS = re.compile(r"\n[ \n]*\n")
_SPACES = re.compile("   *")
"""Two spaces or more; written so, the regex engine looks for two spaces at once (2x faster)."""


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
    params = {"view": view, "notes": "end" if notes else "none"}
    marked = str(transform("text-marked", tree, **params))
    if JOIN_MARK in marked:
        marked = "" if holds_join_mark(tree) else joined(marked)
    if not marked:  # the document holds a mark itself (or prints nothing): run it plainly
        return _not_empty(layout(str(transform("text", tree, **params)), width), tree)
    # The source's line breaks and tabs become spaces, as tei-text.xsl prints them.
    plain = marked.replace("\n", " ").replace("\t", " ").replace("\r", " ")
    return _not_empty(_layout(plain.split(BLOCK_MARK), LINE_MARK, width), tree)


def _not_empty(text: str, tree: etree._ElementTree | etree._Element) -> str:
    """The text, unless it is empty while the document's text is not: that is an error, never
    an empty file with exit 0."""
    if not text and has_words(tree):
        raise RenderError(
            "the document has text but the rendering holds none of it",
            hint="tei render --report lists what is left out; report this input",
        )
    return text


def layout(raw: str, width: int) -> str:
    """Blocks separated by one blank line, spaces collapsed, each line wrapped at ``width``.

    Two line breaks with only spaces between end a block; a line of other white space (a lone
    no-break space) is dropped without ending one. ``raw`` is what ``tei-text.xsl`` prints.
    """
    return _layout(_BLOCKS.split(raw), "\n", width)


def _layout(blocks: Iterable[str], line_break: str, width: int) -> str:
    """Lay out the blocks of a text, whose lines end with ``line_break``.

    Most blocks are one paragraph, laid out here without a function call (this loop runs once
    per paragraph of every document); a block with lines of its own (lb, closer lines, list
    items) may still hold a line of spaces only, which ends the block as a blank line does.
    """
    laid: list[str] = []
    lines_of = _line_pattern(width).findall if width > 0 else None
    for block in blocks:
        block = block.strip()
        if not block:
            continue
        if line_break in block:
            lines: list[str] = []
            for line in block.split(line_break):
                kept = line.strip()
                if kept:
                    lines.append(_line(kept, width))
                elif lines and not line.strip(" "):
                    laid.append("\n".join(lines))
                    lines = []
            if lines:
                laid.append("\n".join(lines))
            continue
        if "  " in block:
            block = _SPACES.sub(" ", block)
        if lines_of is not None and len(block) > width:
            # Stripped and collapsed, without line breaks: what the pattern's matches need.
            block = "\n".join(lines_of(block))
        laid.append(block)
    return "\n\n".join(laid) + "\n" if laid else ""


def _line(line: str, width: int) -> str:
    """One stripped line with its spaces collapsed, wrapped."""
    if "  " in line:  # most lines have none: a search is cheaper than a substitution
        line = _SPACES.sub(" ", line)
    return wrap(line, width)


def wrap(line: str, width: int) -> str:
    """Greedy wrapping at plain spaces; a word longer than ``width`` gets a line of its own."""
    if width <= 0 or len(line) <= width:
        return line
    pattern = _line_pattern(width)
    if "  " in line or "\n" in line or line[0] == " " or line[-1] == " ":
        # Not what layout passes: a match may then end in spaces.
        return "\n".join(m.group().rstrip(" ") for m in pattern.finditer(line))
    return "\n".join(pattern.findall(line))


@cache
def _line_pattern(width: int) -> re.Pattern[str]:
    # The longest run of at most `width` characters that ends before a space or the end;
    # failing that (a longer word), the word alone.
    return re.compile(rf"[^ ](?:.{{0,{width - 1}}}(?= |$))|[^ ]+")
