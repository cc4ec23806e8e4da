"""TEI to one self-contained HTML page.

The stylesheet ``xslt/tei-html.xsl`` decides how every element looks and hands back the page's
parts (title, date, citation, …, text, notes); the jinja2 template ``templates/page.html.j2``
decides where the parts go and adds the styles and the view switch. The page has no script, no
external resource and no timestamp, so it opens from disk and is the same bytes on every run.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache, lru_cache

from jinja2 import Environment, PackageLoader, StrictUndefined, Template
from lxml import etree
from markupsafe import Markup, escape

from tei import __version__
from tei.ns import XML_LANG
from tei.render._texts import has_words
from tei.render._xslt import JOIN_MARK, holds_join_mark, joined, transform
from tei.render.errors import RenderError

VIEWS = ("reading", "diplomatic")
"""The two views: reading hides the editorial marks, diplomatic shows them as printed."""

XHTML_DTD = "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd"
"""The system id that makes libxml2 write a tree as XHTML 1.0 for HTML readers (Appendix C)."""


@cache
def environment() -> Environment:
    """The one jinja2 environment: autoescaping on, so only the stylesheet's parts are markup.

    ``auto_reload`` is off: the templates ship with the package and do not change while it
    runs, and checking them costs a file status per page and per include. The styles are read
    once into the global ``page_css`` (a plain string, placed unescaped) rather than included,
    which would look the template up and build a context for it on every page.
    """
    loader = PackageLoader("tei.render", "templates")
    env = Environment(
        loader=loader,
        auto_reload=False,
        autoescape=True,
        undefined=StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals["page_css"] = loader.get_source(env, "page.css")[0]
    return env


def render_html(tree: etree._ElementTree | etree._Element, *, view: str = "reading") -> str:
    """Render a TEI document as an HTML page; ``view`` is the view shown when it opens."""
    if view not in VIEWS:
        raise RenderError(f"unknown view {view!r}", hint=f"use one of: {', '.join(VIEWS)}")
    parts = _parts(tree)
    if not parts["text"] and has_words(tree):
        raise RenderError(
            "the document has text but the page holds none of it",
            hint="tei render --report lists what is left out; report this input",
        )
    root = tree.getroot() if isinstance(tree, etree._ElementTree) else tree
    return page_html(root.get(XML_LANG) or "en", view, parts)


def page_html(lang: str, view: str, parts: Mapping[str, str]) -> str:
    """The page template with the stylesheet's parts (HTML strings, placed as they are)."""
    values = {**parts, "title_text": escape(_title_text(parts["title"]))}
    if _MARK_OPEN in lang:  # a value that could pass for a slot: render the page directly
        return _page_template().render(_context(lang, view, values))
    chunks, slots = _page_shape(lang, view, frozenset(name for name, v in parts.items() if v))
    page = [chunks[0]]
    for slot, chunk in zip(slots, chunks[1:], strict=True):
        page += (values[slot], chunk)
    return "".join(page)


def _title_text(title: str) -> str:
    """The title part as plain text on one line, for the page's <title>."""
    if "<" in title or "&" in title:
        title = Markup(title).striptags()
    return " ".join(title.split()) or "TEI document"


@lru_cache(maxsize=256)
def _page_shape(
    lang: str, view: str, filled: frozenset[str]
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The page template rendered once for a shape of page, cut at the slots of its values.

    A shape is the language, the view and which parts have content (the template leaves out
    the headings of empty ones). The template places each value as it is, with no filter,
    so rendering it with a marker for each value and cutting at the markers gives the page
    for any values of this shape: building a page is then one join, not a template run
    (tests/test_render_html.py compares the two). Returns the static text around the slots
    and the name of the value that goes into each slot.
    """
    values = {name: Markup(_slot(name) if name in filled else "") for name in PARTS}
    values["title_text"] = Markup(_slot("title_text"))
    page = _page_template().render(_context(lang, view, values))
    pieces = page.split(_MARK_OPEN)
    chunks, slots = [pieces[0]], []
    for piece in pieces[1:]:
        slot, _, chunk = piece.partition(_MARK_CLOSE)
        slots.append(slot)
        chunks.append(chunk)
    return tuple(chunks), tuple(slots)


def _page_template() -> Template:
    return environment().get_template("page.html.j2")


def _context(lang: str, view: str, values: Mapping[str, str]) -> dict[str, object]:
    return {
        "lang": lang,
        "view": view,
        "version": __version__,
        "page_css": environment().globals["page_css"],
        **values,
    }


def _slot(name: str) -> str:
    return f"{_MARK_OPEN}{name}{_MARK_CLOSE}"


_MARK_OPEN = "\ue000"
_MARK_CLOSE = "\ue001"
"""Private-use characters that mark a value's slot while the page shape is cut; the template's
own text holds none, and a language tag that does is rendered directly."""

PARTS = (
    "title",
    "date",
    "citation",
    "translators",
    "funder",
    "summary",
    "persons",
    "manuscript",
    "notes",
    "text",
)
"""The parts that the stylesheet returns, in its order."""


def html_parts(tree: etree._ElementTree | etree._Element) -> dict[str, Markup]:
    """The stylesheet's parts as markup, keyed by their ``data-part`` name."""
    return {name: Markup(content) for name, content in _parts(tree).items()}


def _parts(tree: etree._ElementTree | etree._Element) -> dict[str, str]:
    """The parts as HTML strings; the page template places them without escaping them again.

    The result is serialized once and cut at the part boundaries: the stylesheet writes
    ``<div data-part="`` only there (it never copies TEI names or attributes into markup), and
    one serialization costs a third of serializing each part on its own. The text comes last,
    so it is taken to the end without being searched. The tree is serialized as XHTML 1.0 for
    HTML readers (``<br />``, ``<span></span>``, never ``<span/>``), which libxml2 writes in
    half the time of its HTML serializer; the stylesheet's ``method="html"`` is for xsltproc.
    """
    html_text = _serialized(transform("html-marked", tree))
    if JOIN_MARK in html_text:
        if holds_join_mark(tree):  # the mark is the document's own: the plain stylesheet
            html_text = _serialized(transform("html", tree))
        else:
            html_text = joined(html_text)
    parts: dict[str, str] = {}
    start = html_text.find(_PART)
    while start >= 0:
        name_end = html_text.index('">', start)
        name = html_text[start + len(_PART) : name_end]
        if name == _LAST:  # its own end tag and that of the element around all parts
            parts[name] = html_text[name_end + 2 : -len("</div></div>")].strip()
            return parts
        start = html_text.find(_PART, name_end)
        parts[name] = html_text[name_end + 2 : start - len("</div>")].strip()
    raise RenderError("the html stylesheet returned no text part", hint="report this input")


def _serialized(result: etree._XSLTResultTree) -> str:
    root = result.getroot()
    if root is None:
        raise RenderError("the html stylesheet returned nothing", hint="report this input")
    result.docinfo.system_url = XHTML_DTD  # type: ignore[attr-defined]  # not in lxml-stubs
    return etree.tostring(root, encoding=str)


_PART = '<div data-part="'
_LAST = PARTS[-1]
"""The part that the stylesheet writes last."""
