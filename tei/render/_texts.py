"""What a document's text is, as the stylesheets see it (``$texts`` in xslt/tei-common.xsl).

Each TEI's ``text`` (of a corpus too); without one, its ``sourceDoc``; without either, what the
TEI holds beside its header; a document whose root is not TEI, whole. The report and the check
that a rendering is not empty look at the same elements as the stylesheets render.
"""

from __future__ import annotations

from lxml import etree

from tei.ns import TEI_NS, local_name

_HEADER = f"{{{TEI_NS}}}teiHeader"


def texts(root: etree._Element) -> list[etree._Element]:
    """The elements rendered as the document's text, outermost only."""
    if etree.QName(root).namespace != TEI_NS or local_name(root.tag) not in ("TEI", "teiCorpus"):
        return [root]
    tei = [root] if local_name(root.tag) == "TEI" else root.findall(f".//{{{TEI_NS}}}TEI")
    found: list[etree._Element] = []
    for doc in tei:
        own = doc.findall(f"{{{TEI_NS}}}text") or doc.findall(f"{{{TEI_NS}}}sourceDoc")
        found.extend(own or [c for c in doc if isinstance(c.tag, str) and c.tag != _HEADER])
    return found


def has_words(tree: etree._ElementTree | etree._Element) -> bool:
    """Whether the document's text holds anything but white space (asked only of an empty
    rendering, to tell an empty document from one whose text the rendering lost)."""
    root = tree.getroot() if isinstance(tree, etree._ElementTree) else tree
    return any(piece.strip() for text in texts(root) for piece in text.itertext())
