"""The one place that declares the TEI namespace and the names built from it.

Every module that builds or queries TEI uses :func:`tei` and the constants here, so the
namespace is written once in the whole package.
"""

from __future__ import annotations

TEI_NS = "http://www.tei-c.org/ns/1.0"
XML_NS = "http://www.w3.org/XML/1998/namespace"
NSMAP: dict[str | None, str] = {None: TEI_NS}
"""For ``etree.Element(..., nsmap=NSMAP)``: TEI as the default namespace."""
NS: dict[str, str] = {"t": TEI_NS}
"""For XPath: ``tree.xpath("//t:p", namespaces=NS)``."""

XML_ID = f"{{{XML_NS}}}id"
XML_LANG = f"{{{XML_NS}}}lang"


def tei(local: str) -> str:
    """Clark name of a TEI element: ``tei("p") == "{http://www.tei-c.org/ns/1.0}p"``."""
    return f"{{{TEI_NS}}}{local}"


def local_name(tag: object) -> str:
    """The local part of an lxml tag (``"p"`` for ``{ns}p``); "" for comments and PIs."""
    if not isinstance(tag, str):
        return ""
    return tag.rpartition("}")[2]
