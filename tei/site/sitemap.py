"""``sitemap.xml`` for search engines: every page under the edition's ``base_url``.

No ``lastmod``: it would be a time, and two builds of the same edition must be the same bytes.
A sitemap may list at most 50,000 URLs (sitemaps.org); a larger edition gets ``sitemap.xml``
as a sitemap index of ``sitemap-1.xml``, ``sitemap-2.xml``… of up to :data:`LIMIT` pages each.
"""

from __future__ import annotations

from urllib.parse import quote
from xml.sax.saxutils import escape

SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
LIMIT = 50_000


def sitemap_files(count: int, limit: int = LIMIT) -> list[str]:
    """The sitemap files for ``count`` pages: ``sitemap.xml``, then the parts if it is an index."""
    parts = -(-count // limit) if count > limit else 0
    return ["sitemap.xml", *(f"sitemap-{k}.xml" for k in range(1, parts + 1))]


def sitemaps(base_url: str, pages: list[str], limit: int = LIMIT) -> dict[str, bytes]:
    """The sitemap files (name -> bytes) of ``pages``: one sitemap, or an index and its parts."""
    names = sitemap_files(len(pages), limit)
    if len(names) == 1:
        return {"sitemap.xml": sitemap(base_url, pages)}
    files = {
        name: sitemap(base_url, pages[k * limit : (k + 1) * limit])
        for k, name in enumerate(names[1:])
    }
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', f'<sitemapindex xmlns="{SITEMAP_NS}">']
    lines += [f"  <sitemap><loc>{escape(base_url + name)}</loc></sitemap>" for name in files]
    lines.append("</sitemapindex>")
    return {"sitemap.xml": ("\n".join(lines) + "\n").encode("utf-8"), **files}


def sitemap(base_url: str, pages: list[str]) -> bytes:
    """A sitemap of ``pages`` (paths relative to the site root; ``index.html`` is the root)."""
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', f'<urlset xmlns="{SITEMAP_NS}">']
    for page in pages:
        url = base_url if page == "index.html" else base_url + quote(page)
        lines.append(f"  <url><loc>{escape(url)}</loc></url>")
    lines.append("</urlset>")
    return ("\n".join(lines) + "\n").encode("utf-8")
