"""The site's pages from templates: one jinja2 environment, one function per kind of page.

Document pages place the renderer's parts (:func:`tei.render.html.html_parts`) in the site's
layout rather than wrapping ``render_html``'s finished page, as docs/rendering.md suggests for
other sites: the parts are the renderer's contract, the page around them is ours. The
stylesheet ``page.css`` comes from the renderer's templates, so both stay in step.
"""

from __future__ import annotations

import importlib.resources
from functools import cache
from typing import Any

from jinja2 import ChoiceLoader, Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

from tei import __version__
from tei.site.config import EditionConfig
from tei.site.documents import DocMeta

NAV = (
    ("index", "index.html", "Documents"),
    ("persons", "persons.html", "Persons"),
    ("about", "about.html", "About"),
    ("search", "search.html", "Search"),
)
"""The site navigation: key, file, label."""

CSP = (
    "default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "form-action 'none'; base-uri 'none'"
)
"""No script anywhere but on the search page."""

SEARCH_CSP = (
    "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'; "
    "style-src 'self' 'unsafe-inline'; img-src 'self' data:; form-action 'none'; base-uri 'none'"
)
"""Pagefind's interface: this site's scripts, its fetches and its WebAssembly."""

STATIC = ("site.css", "search.js")
"""Files copied as they are to the site's root."""


@cache
def environment() -> Environment:
    """Autoescaping on; the site's templates first, then the renderer's (for ``page.css``)."""
    return Environment(
        loader=ChoiceLoader(
            [PackageLoader("tei.site", "templates"), PackageLoader("tei.render", "templates")]
        ),
        autoescape=True,
        undefined=StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def render(
    template: str,
    config: EditionConfig,
    *,
    current: str,
    page_title: str,
    root: str = "",
    csp: str = CSP,
    lang: str = "",
    **values: Any,
) -> bytes:
    """One page of the site as UTF-8 bytes."""
    html = (
        environment()
        .get_template(template)
        .render(
            site=config,
            nav=NAV,
            current=current,
            page_title=page_title,
            root=root,
            csp=csp,
            lang=lang or config.language,
            version=__version__,
            **values,
        )
    )
    return html.encode("utf-8")


def static_files() -> dict[str, bytes]:
    """The site's stylesheet and the search page's script."""
    folder = importlib.resources.files("tei.site").joinpath("templates")
    return {name: folder.joinpath(name).read_bytes() for name in STATIC}


def citation_meta(config: EditionConfig, meta: DocMeta) -> list[tuple[str, str]]:
    """``<meta name="citation_*">`` (Highwire Press tags, read by Zotero and Google Scholar)."""
    url = f"{config.base_url}documents/{meta.stem}.html"
    tags = [("citation_title", meta.title)]
    if meta.date:
        tags += [("citation_date", meta.date.replace("-", "/"))]
        tags += [("citation_publication_date", meta.date.replace("-", "/"))]
    tags += [
        ("citation_publisher", config.publisher),
        ("citation_inbook_title", config.title),
        ("citation_language", meta.language),
    ]
    if meta.archive_id:
        tags.append(("citation_technical_report_number", meta.archive_id))
    tags += [
        ("citation_public_url", url),
        ("citation_fulltext_html_url", url),
        ("citation_xml_url", f"{config.base_url}documents/{meta.stem}.xml"),
    ]
    if meta.summary:
        tags.append(("citation_abstract", meta.summary))
    return tags


def document_page(
    config: EditionConfig,
    meta: DocMeta,
    parts: dict[str, Markup],
    *,
    previous: tuple[str, str] | None,
    following: tuple[str, str] | None,
    persons: list[tuple[str, str]],
) -> bytes:
    """A document's page; ``previous``/``following`` are (stem, title) of its neighbours."""
    return render(
        "document.html.j2",
        config,
        current="",
        page_title=f"{meta.title} · {config.title}",
        root="../",
        lang=meta.language,
        parts=parts,
        meta=meta,
        stem=meta.stem,
        view="reading",
        citation=citation_meta(config, meta),
        previous=previous,
        next=following,
        persons=persons,
    )
