"""What ``tei render --report`` tells: elements whose text is lost, and elements without a rule.

Whether an element's text reaches the output is found by rendering (:func:`dropped_elements`),
not by reading the stylesheets: a rule may exist and print nothing. Which elements have no rule
of their own is read from the stylesheets' ``match`` patterns (:func:`known_elements`); such an
element still shows its text, and the report tells an editor where a rule would make it look
right.
"""

from __future__ import annotations

import re
from collections import Counter
from copy import deepcopy
from dataclasses import dataclass
from functools import cache

from lxml import etree

from tei.ns import TEI_NS, local_name
from tei.render._texts import texts
from tei.render._xslt import STYLESHEETS, XSLT_DIR
from tei.render.html import render_html
from tei.render.text import render_text

XSL_NS = "http://www.w3.org/1999/XSL/Transform"
_NAME = re.compile(r"([A-Za-z][\w-]*):([A-Za-z][\w.-]*|\*)")
_STRUCTURAL = frozenset({"TEI", "teiCorpus", "teiHeader"})


@cache
def known_elements() -> frozenset[str]:
    """Local names of the TEI elements that the stylesheets have a rule for.

    The HTML stylesheet names every element it renders; the text stylesheet leaves most
    phrase-level elements to XSLT's built-in rule (their text), which is the right output there.
    """
    return frozenset(name for namespace, name in _known() if namespace == TEI_NS)


@cache
def _known() -> frozenset[tuple[str, str]]:
    """Every (namespace, local name) a template matches; the name ``*`` for a whole namespace
    (MathML), each prefix resolved with the stylesheet's own declarations."""
    known: set[tuple[str, str]] = {(TEI_NS, name) for name in _STRUCTURAL}
    for sheet in (*STYLESHEETS.values(), "tei-common.xsl"):
        doc = etree.parse(str(XSLT_DIR / sheet))
        for template in doc.iterfind(f"{{{XSL_NS}}}template"):
            if template.get("mode") not in (None, "list", "inner", "footnote"):
                continue
            for prefix, name in _NAME.findall(template.get("match", "")):
                namespace = template.nsmap.get(prefix)
                if namespace is not None:
                    known.add((namespace, name))
    return frozenset(known)


def unknown_elements(tree: etree._ElementTree | etree._Element) -> Counter[str]:
    """Count the elements of the document's text that have no rule, by qualified name.

    Only ``text`` is looked at (the header is metadata, not rendered element by element); a
    document without TEI ``text`` is looked at whole. Elements outside the TEI namespace are
    named with their prefix, e.g. ``frus:attachment``.
    """
    root = tree.getroot() if isinstance(tree, etree._ElementTree) else tree
    texts = root.findall(f".//{{{TEI_NS}}}text") or [root]
    known = _known()
    counts: Counter[str] = Counter()
    for text in texts:
        if any(
            isinstance(a.tag, str) and local_name(a.tag) == "text" for a in text.iterancestors()
        ):
            continue
        for element in text.iter(etree.Element):
            name = local_name(element.tag)
            namespace = etree.QName(element).namespace
            if namespace is not None and ((namespace, name) in known or (namespace, "*") in known):
                continue
            counts[_qualified(element, name, namespace)] += 1
    return counts


def _qualified(element: etree._Element, name: str, namespace: str | None) -> str:
    if namespace == TEI_NS:
        return name
    return f"{element.prefix}:{name}" if element.prefix else etree.QName(element).text


@dataclass(frozen=True, slots=True)
class Dropped:
    """Elements of the text whose own text does not reach an output, by qualified name."""

    lost: Counter[str]
    """Not in this output at all."""
    other_view: Counter[str]
    """Not in this text view, but in the other one (a choice's other alternative, a deletion)."""


_TOKEN_BASE = 0xF0000
"""Tokens are two characters of the supplementary private use planes: no document's text."""


def dropped_elements(tree: etree._ElementTree | etree._Element, to: str, view: str) -> Dropped:
    """The elements whose own text does not reach the output, found by rendering.

    Each element's own text (its text nodes, not its children's) in the document's ``text`` is
    replaced by a token naming the element, the copy is rendered as ``to``/``view`` would be,
    and every element whose token is missing from the output is counted. Reading the
    stylesheets' patterns cannot tell this: a rule may exist and still print nothing (a
    ``choice`` whose alternatives it does not know), or print another element's text instead.
    An HTML page holds both views, so only what neither shows is lost there.
    """
    root = tree.getroot() if isinstance(tree, etree._ElementTree) else tree
    copy = deepcopy(root)
    owners = _tokenize(copy)
    if not owners:
        return Dropped(Counter(), Counter())
    if to == "html":
        outputs = [render_html(copy)]
    else:
        other = "diplomatic" if view == "reading" else "reading"
        outputs = [render_text(copy, view=view, width=0), render_text(copy, view=other, width=0)]
    shown = [_tokens_in(output) for output in outputs]
    lost: Counter[str] = Counter()
    other_view: Counter[str] = Counter()
    for index, name in enumerate(owners):
        if index in shown[0]:
            continue
        if len(shown) > 1 and index in shown[1]:
            other_view[name] += 1
        else:
            lost[name] += 1
    return Dropped(lost, other_view)


def _tokenize(root: etree._Element) -> list[str]:
    """Replace each element's own text in the texts by its token; the elements' names, by index."""
    owners: list[str] = []
    for text in texts(root):
        for element in text.iter(etree.Element):
            pieces = [element.text] + [child.tail for child in element]
            if not any(piece and not piece.isspace() for piece in pieces):
                continue
            token = _token(len(owners))
            owners.append(
                _qualified(element, local_name(element.tag), etree.QName(element).namespace)
            )
            element.text = _swap(element.text, token)
            for child in element:
                child.tail = _swap(child.tail, token)
    return owners


def _swap(piece: str | None, token: str) -> str | None:
    """The text with its words replaced by the token, its surrounding white space kept."""
    if not piece or piece.isspace():
        return piece
    stripped = piece.strip()
    start = piece.index(stripped[0])
    return piece[:start] + token + piece[start + len(stripped) :]


def _token(index: int) -> str:
    high, low = divmod(index, 0xFFFD)
    return chr(_TOKEN_BASE + high) + chr(0x100000 + low)


def _tokens_in(output: str) -> set[int]:
    return {
        (ord(high) - _TOKEN_BASE) * 0xFFFD + ord(low) - 0x100000
        for high, low in _TOKEN.findall(output)
    }


_TOKEN = re.compile("([\U000f0000-\U000ffffd])([\U00100000-\U0010fffd])")
