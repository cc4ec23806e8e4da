"""Reading converter output back for tests: words, bracket kinds and header values.

These readers are written against docs/encoding.md, independently of the converter's code,
so that a test compares what the TEI says with what the truth files say.
"""

from __future__ import annotations

import re
from collections import Counter

from lxml import etree

from tei.ns import NS, TEI_NS, local_name

WORD = re.compile(r"[\w’'-]+")


def words(text: str) -> list[str]:
    """Words for recall counts: letters/digits runs, case-folded, quotes and brackets ignored."""
    return [w.strip("’'-").casefold() for w in WORD.findall(text) if w.strip("’'-")]


def source_words(text: str) -> list[str]:
    """The words of a record's text as TEI keeps them: a footnote call ``[1]`` is no word (it
    is the note's @n), and other brackets go without splitting words (``F[oreign]``)."""
    return words(re.sub(r"\[\d+\]", " ", text).replace("[", "").replace("]", ""))


def recall(source_words: list[str], target_words: list[str]) -> float:
    """Share of the source's words (as a multiset) that the target holds."""
    if not source_words:
        return 1.0
    want, have = Counter(source_words), Counter(target_words)
    found = sum(min(n, have[w]) for w, n in want.items())
    return found / len(source_words)


def text_of(root: etree._Element) -> str:
    """All text of ``<text>`` as a reader gets it: inline elements join their neighbours
    (``<rs>the ambassador</rs>’s``), line and page breaks and notes stand apart."""
    body = root.find(f"{{{TEI_NS}}}text")
    assert body is not None
    copy = etree.fromstring(etree.tostring(body))
    for el in copy.iter(*(f"{{{TEI_NS}}}{n}" for n in ("lb", "pb", "note", "cell", "item"))):
        el.tail = " " + (el.tail or "")
        if el.text is not None or len(el):
            el.text = " " + (el.text or "")
    return "".join(copy.itertext())


def bracket_kinds(root: etree._Element) -> list[str]:
    """The kind of every encoded bracket in ``<text>``, in document order (docs/encoding.md)."""
    kinds: list[str] = []
    for el in root.iterfind(f".//{{{TEI_NS}}}text//*"):
        name = local_name(el.tag)
        if name == "supplied":
            kinds.append(el.get("reason", ""))
        elif name == "sic":
            kinds.append("sic")
        elif name == "gap" and el.get("reason") in ("omitted", "signature"):
            kinds.append("omission" if el.get("reason") == "omitted" else "signature")
        elif name == "unclear":
            kinds.append(el.get("reason", ""))
        elif name == "note" and el.get("type") == "editorial":
            kinds.append("emphasis-note")
        elif name == "note" and el.get("place") == "foot" and el.get("type") != "uncalled":
            kinds.append("footnote-call")
        elif name == "stamp":
            kinds.append("stamp")
        elif name == "add" and el.get("hand"):
            kinds.append("handwritten")
    return kinds


def header_values(root: etree._Element) -> dict[str, object]:
    """Title, date, archive id (with its pages), translators and funder, read from the TEI."""

    def first(xpath: str) -> str | None:
        found = root.xpath(xpath, namespaces=NS)
        return str(found[0]) if found else None

    idno = root.xpath("//t:sourceDesc/t:bibl/t:idno[@type='archive']", namespaces=NS)
    archive = None
    if idno:
        archive = idno[0].text or ""
        nxt = idno[0].getnext()
        if nxt is not None and local_name(nxt.tag) == "biblScope":
            archive += (idno[0].tail or "") + (nxt.text or "")
    return {
        "title": first("//t:titleStmt/t:title[@type='main']/text()"),
        "date": first("//t:profileDesc/t:creation/t:date/@when"),
        "archive_id": archive,
        "translators": [
            str(t)
            for t in root.xpath(
                "//t:respStmt[@xml:id='translators']/t:persName/text()", namespaces=NS
            )
        ],
        "funder": first("//t:titleStmt/t:funder/text()"),
    }
