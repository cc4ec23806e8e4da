"""TEI to one self-contained HTML page.

The stylesheet ``xslt/tei-html.xsl`` decides how every element looks and hands back the page's
parts (title, date, citation, …, text, notes); the jinja2 template ``templates/page.html.j2``
decides where the parts go and adds the styles and the view switch. The page has no script, no
external resource and no timestamp, so it opens from disk and is the same bytes on every run.
"""

from __future__ import annotations

import html
from functools import cache

from jinja2 import Environment, PackageLoader, StrictUndefined
from lxml import etree
from markupsafe import Markup

from tei import __version__
from tei.ns import XML_LANG
from tei.render._xslt import transform
from tei.render.errors import RenderError

VIEWS = ("reading", "diplomatic")
"""The two views: reading hides the editorial marks, diplomatic shows them as printed."""


@cache
def environment() -> Environment:
    """The one jinja2 environment: autoescaping on, so only the stylesheet's parts are markup."""
    return Environment(
        loader=PackageLoader("tei.render", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def render_html(tree: etree._ElementTree | etree._Element, *, view: str = "reading") -> str:
    """Render a TEI document as an HTML page; ``view`` is the view shown when it opens."""
    if view not in VIEWS:
        raise RenderError(f"unknown view {view!r}", hint=f"use one of: {', '.join(VIEWS)}")
    parts = html_parts(tree)
    root = tree.getroot() if isinstance(tree, etree._ElementTree) else tree
    title = " ".join(_text_of(parts["title"]).split()) or "TEI document"
    return (
        environment()
        .get_template("page.html.j2")
        .render(
            lang=root.get(XML_LANG) or "en",
            title_text=title,
            view=view,
            version=__version__,
            **parts,
        )
    )


def html_parts(tree: etree._ElementTree | etree._Element) -> dict[str, Markup]:
    """The stylesheet's parts as markup, keyed by their ``data-part`` name."""
    result = transform("html", tree)
    top = result.getroot()
    if top is None:
        raise RenderError("the html stylesheet returned nothing", hint="report this input")
    return {str(div.get("data-part")): _inner_html(div) for div in top}


def _inner_html(element: etree._Element) -> Markup:
    pieces = [html.escape(element.text, quote=False)] if element.text else []
    pieces.extend(
        etree.tostring(child, method="html", encoding="unicode", with_tail=True)
        for child in element
    )
    return Markup("".join(pieces).strip())


def _text_of(markup: Markup) -> str:
    return str(markup.striptags())
