"""Render TEI as an HTML page or as plain text (reading or diplomatic view).

The mapping of each element lives in the XSLT 1.0 stylesheets in ``xslt/``, usable on their own
with xsltproc; this package runs them through lxml, lays the text out and puts the HTML parts
into the page template. :data:`RENDERERS` is the registry the CLI offers as ``--to``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from lxml import etree

from tei.render.errors import RenderError
from tei.render.html import VIEWS, render_html
from tei.render.report import Dropped, dropped_elements, known_elements, unknown_elements
from tei.render.text import render_text


@dataclass(frozen=True, slots=True)
class Renderer:
    """One output format: what it is called, the file suffix it writes, and how it renders."""

    name: str
    suffix: str
    render: Callable[[etree._ElementTree, str, int], str]
    """``render(tree, view, width)``; formats that do not wrap ignore ``width``."""


def _html(tree: etree._ElementTree, view: str, width: int) -> str:
    return render_html(tree, view=view)


def _text(tree: etree._ElementTree, view: str, width: int) -> str:
    return render_text(tree, view=view, width=width)


RENDERERS: dict[str, Renderer] = {
    "html": Renderer("html", ".html", _html),
    "text": Renderer("text", ".txt", _text),
}
"""Every output format, by the name ``tei render --to`` accepts."""

__all__ = [
    "RENDERERS",
    "VIEWS",
    "Dropped",
    "RenderError",
    "Renderer",
    "dropped_elements",
    "known_elements",
    "render_html",
    "render_text",
    "unknown_elements",
]
