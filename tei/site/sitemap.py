"""``sitemap.xml`` for search engines: every page under the edition's ``base_url``.

No ``lastmod``: it would be a time, and two builds of the same edition must be the same bytes.
"""

from __future__ import annotations

from urllib.parse import quote
from xml.sax.saxutils import escape

SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"


def sitemap(base_url: str, pages: list[str]) -> bytes:
    """A sitemap of ``pages`` (paths relative to the site root; ``index.html`` is the root)."""
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', f'<urlset xmlns="{SITEMAP_NS}">']
    for page in pages:
        url = base_url if page == "index.html" else base_url + quote(page)
        lines.append(f"  <url><loc>{escape(url)}</loc></url>")
    lines.append("</urlset>")
    return ("\n".join(lines) + "\n").encode("utf-8")
