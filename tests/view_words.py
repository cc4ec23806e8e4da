"""The words a view of a TEI document must keep, worked out from the TEI itself.

Written against docs/rendering.md, independently of the stylesheets: a test compares what the
TEI holds with what ``tei render`` prints. Inline elements join their neighbours (``<hi>W</hi>ord``
is one word), blocks and breaks stand apart, ``lb break="no"`` joins the word it breaks. Of a
``choice`` only the alternative the view shows counts (reading: ``reg``/``expan``/``corr``, else
the first alternative; diplomatic: ``orig``/``abbr``/``sic``, else the first). A ``del`` and the
description of a ``gap`` count only in the diplomatic view: the reading text is the text after
the deletion, with "…" for the omission. In the diplomatic view the editorial brackets around
``supplied``, ``add``, ``del``, ``gap``… are word boundaries (``[i]n`` is two words there).
Elements of other namespaces join their neighbours, as the renderer cannot know their meaning.
An ``index`` entry is no text of the page (its terms go to the book's index).
"""

from __future__ import annotations

import re

from lxml import etree

from tei.ns import TEI_NS, local_name
from tests.tei_text import words

READING_FIRST = ("reg", "expan", "corr")
DIPLOMATIC_FIRST = ("orig", "abbr", "sic")

SEPARATE = frozenset(
    "lb pb cb milestone gb note cell item row p ab l head lg div div1 div2 div3 div4 div5 div6 div7"
    " sp speaker stage label list listBibl bibl table fw line zone surface surfaceGrp figure"
    " figDesc castList castItem castGroup role roleDesc actor trailer byline dateline opener"
    " closer salute signed docTitle titlePart docAuthor docDate docImprint titlePage front back"
    " body group text argument epigraph quote cit u incident kinesic vocal pause event writing"
    " app lem rdg rdgGrp witDetail msDesc msIdentifier msContents msItem physDesc history"
    " additional msPart person place listPerson listPlace event gap desc entry form sense"
    " formula graphic table egXML floatingText postscript address addrLine".split()
)
"""Elements whose edges are word boundaries in any reasonable rendering."""

BRACKETED = frozenset("supplied add del gap unclear stamp sic".split())
"""Elements that the diplomatic view brackets ("[i]n", "[added: …]"): word boundaries there."""


def no_break(element: etree._Element) -> bool:
    """A line or page break inside a word (``break="no"`` or ``type="hyphenInWord"``)."""
    return element.get("break") == "no" or element.get("type") == "hyphenInWord"


def chosen(choice: etree._Element, view: str) -> list[etree._Element]:
    """The alternatives of a ``choice`` that a view shows: one, by the rule above."""
    children = [c for c in choice if isinstance(c.tag, str)]
    for name in READING_FIRST if view == "reading" else DIPLOMATIC_FIRST:
        found = [c for c in children if local_name(c.tag) == name]
        if found:
            return found[:1]
    return children[:1]


def text_roots(root: etree._Element) -> list[etree._Element]:
    """The outermost ``text`` elements, else the ``sourceDoc``s, else the whole document."""
    texts = [
        t
        for t in root.iter(f"{{{TEI_NS}}}text")
        if not any(local_name(a.tag) == "text" for a in t.iterancestors() if isinstance(a.tag, str))
        and not any(
            local_name(a.tag) == "teiHeader" for a in t.iterancestors() if isinstance(a.tag, str)
        )
    ]
    return texts or list(root.iter(f"{{{TEI_NS}}}sourceDoc")) or [root]


def view_text(root: etree._Element, view: str) -> str:
    """The text of the document's ``text`` as the view must give it, before layout."""
    out: list[str] = []
    for text in text_roots(root):
        _walk(text, view, out)
        out.append(" ")
    return "".join(out)


def _walk(element: etree._Element, view: str, out: list[str]) -> None:
    if not isinstance(element.tag, str):
        return
    name = local_name(element.tag)
    is_tei = etree.QName(element).namespace == TEI_NS
    if is_tei and name in ("lb", "pb", "cb") and no_break(element):
        return
    if is_tei and name == "index":  # an entry for the book's index, not text of the page
        return
    if is_tei and name in ("del", "gap") and view == "reading":
        if name == "gap":  # printed as "…"
            out.append(" ")
        return
    marked = view == "diplomatic" and name in BRACKETED
    sep = " " if is_tei and (name in SEPARATE or marked) else ""
    out.append(sep)
    if is_tei and name == "choice":
        for alternative in chosen(element, view):
            _walk(alternative, view, out)
            out.append(alternative.tail or "")
    else:
        out.append(element.text or "")
        for child in element:
            _walk(child, view, out)
            out.append(child.tail or "")
    out.append(sep)


def joined_words(root: etree._Element, view: str) -> list[str]:
    """Each word that a ``break="no"`` line break joins, as the view must print it."""
    found: list[str] = []
    for text in text_roots(root):
        for lb in text.iter(f"{{{TEI_NS}}}lb", f"{{{TEI_NS}}}pb", f"{{{TEI_NS}}}cb"):
            if not no_break(lb) or _hidden(lb, view):
                continue
            parent = lb.getparent()
            if parent is None:
                continue
            before = re.search(r"[\w’'-]+$", _before(lb, view))
            after = re.match(r"[\w’'-]+", lb.tail or "")
            if before and after:
                found.extend(words(before.group() + after.group())[:1])
    return found


def _before(lb: etree._Element, view: str) -> str:
    previous = lb.getprevious()
    while previous is not None and not isinstance(previous.tag, str):
        previous = previous.getprevious()
    if previous is None:
        parent = lb.getparent()
        return (parent.text or "") if parent is not None else ""
    return previous.tail or ""


def _hidden(element: etree._Element, view: str) -> bool:
    """Inside an alternative or a deletion the view does not show."""
    child = element
    for ancestor in element.iterancestors():
        name = local_name(ancestor.tag) if isinstance(ancestor.tag, str) else ""
        if name == "choice" and child not in chosen(ancestor, view):
            return True
        if name in ("del", "gap") and view == "reading":
            return True
        child = ancestor
    return False
