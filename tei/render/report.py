"""Which elements of a document have no rendering rule (``tei render --report``).

The rules are the stylesheet's own templates: the element names are read from their ``match``
patterns, so the report cannot drift from what the stylesheet does. An element without a rule
still shows its text; the report tells an editor where a rule would make it look right.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from lxml import etree

from tei.ns import TEI_NS, local_name
from tei.render._xslt import STYLESHEETS, XSLT_DIR

XSL_NS = "http://www.w3.org/1999/XSL/Transform"
_TEI_NAME = re.compile(r"tei:([A-Za-z][\w.-]*)")
_STRUCTURAL = frozenset({"TEI", "teiCorpus", "teiHeader"})


@cache
def known_elements() -> frozenset[str]:
    """Local names of the TEI elements that the stylesheets have a rule for.

    The HTML stylesheet names every element it renders; the text stylesheet leaves most
    phrase-level elements to XSLT's built-in rule (their text), which is the right output there.
    """
    names: set[str] = set(_STRUCTURAL)
    for sheet in (*STYLESHEETS.values(), "tei-common.xsl"):
        doc = etree.parse(str(XSLT_DIR / sheet))
        for template in doc.iterfind(f"{{{XSL_NS}}}template"):
            if template.get("mode") not in (None, "list", "inner", "footnote"):
                continue
            names.update(_TEI_NAME.findall(template.get("match", "")))
    return frozenset(names)


def unknown_elements(tree: etree._ElementTree | etree._Element) -> Counter[str]:
    """Count the elements of the document's text that have no rule, by qualified name.

    Only ``text`` is looked at (the header is metadata, not rendered element by element); a
    document without TEI ``text`` is looked at whole. Elements outside the TEI namespace are
    named with their prefix, e.g. ``frus:attachment``.
    """
    root = tree.getroot() if isinstance(tree, etree._ElementTree) else tree
    texts = root.findall(f".//{{{TEI_NS}}}text") or [root]
    known = known_elements()
    counts: Counter[str] = Counter()
    for text in texts:
        if any(
            isinstance(a.tag, str) and local_name(a.tag) == "text" for a in text.iterancestors()
        ):
            continue
        for element in text.iter(etree.Element):
            name = local_name(element.tag)
            namespace = etree.QName(element).namespace
            if namespace == TEI_NS and name in known:
                continue
            counts[_qualified(element, name, namespace)] += 1
    return counts


def _qualified(element: etree._Element, name: str, namespace: str | None) -> str:
    if namespace == TEI_NS:
        return name
    return f"{element.prefix}:{name}" if element.prefix else etree.QName(element).text
