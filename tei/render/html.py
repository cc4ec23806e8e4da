"""TEI to one self-contained HTML page.

The stylesheet ``xslt/tei-html.xsl`` decides how every element looks and hands back the page's
parts (title, date, citation, …, text, notes); the jinja2 template ``templates/page.html.j2``
decides where the parts go and adds the styles and the view switch. The page has no script, no
external resource and no timestamp, so it opens from disk and is the same bytes on every run.
"""

from __future__ import annotations

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
    """The one jinja2 environment: autoescaping on, so only the stylesheet's parts are markup.

    ``auto_reload`` is off: the templates ship with the package and do not change while it
    runs, and checking them costs a file status per page and per include.
    """
    return Environment(
        loader=PackageLoader("tei.render", "templates"),
        auto_reload=False,
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
    """The stylesheet's parts as markup, keyed by their ``data-part`` name.

    The result is serialized once and cut at the part boundaries: the stylesheet writes
    ``<div data-part="`` only there (it never copies TEI names or attributes into markup), and
    one serialization costs a third of serializing each part on its own.
    """
    html_text = str(transform("html", tree))
    pieces = html_text.split(_PART)[1:]
    if not pieces:
        raise RenderError("the html stylesheet returned no parts", hint="report this input")
    parts: dict[str, Markup] = {}
    for index, piece in enumerate(pieces):
        name, _, content = piece.partition('">')
        closing = "</div></div>" if index == len(pieces) - 1 else "</div>"
        parts[name] = Markup(content.rstrip().removesuffix(closing).strip())
    return parts


_PART = '<div data-part="'


def _text_of(markup: Markup) -> str:
    return str(markup.striptags())
