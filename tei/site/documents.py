"""What the site needs to know about one TEI document, read once and cached between builds.

The index, the persons page, the about page and the previous / next links are made from these
small records rather than from the TEI, so that an unchanged document is never parsed again.
Anchors are computed exactly as ``xslt/tei-common.xsl`` computes them (the element's
``xml:id``, else its parent's anchor and its position), so a link from the persons page lands
on the turn the HTML page marks.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lxml import etree

from tei import xmlsafe
from tei.ns import NS, XML_ID, XML_LANG, local_name

_NAMED_ANCHORS = {"body", "front", "back", "teiHeader"}
_BLOCKS = {"p", "ab", "sp", "div", "div1", "div2", "div3", "div4", "front", "back"}


@dataclass(frozen=True, slots=True)
class PersonRef:
    """A person a document declares in ``particDesc``; ``role`` is its list's type."""

    id: str
    name: str
    role: str = ""
    sort: str = ""
    """Where the name files in the A–Z persons index (:func:`sort_key`)."""


@dataclass(frozen=True, slots=True)
class Link:
    """A place in a document where a person speaks (a turn) or is named (a mention)."""

    person: str
    anchor: str
    text: str = ""
    """The first words there, so that a link to the place says what is there."""


@dataclass(slots=True)
class DocMeta:
    """The facts about a document that pages other than its own print."""

    stem: str
    title: str
    date: str = ""
    """ISO date (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``) or "" when the document has none."""
    date_text: str = ""
    archive_id: str = ""
    language: str = "en"
    summary: str = ""
    persons: list[PersonRef] = field(default_factory=list)
    turns: list[Link] = field(default_factory=list)
    mentions: list[Link] = field(default_factory=list)
    editorial: list[str] = field(default_factory=list)

    @property
    def participants(self) -> list[str]:
        """Names of the people present, for the documents index."""
        return [p.name for p in self.persons if p.role in ("participants", "participant")]

    def to_json(self) -> dict[str, Any]:
        """The same dict as ``dataclasses.asdict``, written out: asdict deep-copies field by
        field and took 0.3 ms a document, a second of every 1,000-document build."""
        return {
            "stem": self.stem,
            "title": self.title,
            "date": self.date,
            "date_text": self.date_text,
            "archive_id": self.archive_id,
            "language": self.language,
            "summary": self.summary,
            "persons": [
                {"id": p.id, "name": p.name, "role": p.role, "sort": p.sort} for p in self.persons
            ],
            "turns": [{"person": t.person, "anchor": t.anchor, "text": t.text} for t in self.turns],
            "mentions": [
                {"person": m.person, "anchor": m.anchor, "text": m.text} for m in self.mentions
            ],
            "editorial": list(self.editorial),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> DocMeta:
        meta = cls(**{k: v for k, v in data.items() if k not in ("persons", "turns", "mentions")})
        meta.persons = [PersonRef(**p) for p in data.get("persons", [])]
        meta.turns = [Link(**t) for t in data.get("turns", [])]
        meta.mentions = [Link(**m) for m in data.get("mentions", [])]
        return meta


def _text(node: etree._Element | None) -> str:
    return " ".join("".join(str(t) for t in node.itertext()).split()) if node is not None else ""


def _first(root: etree._Element, *paths: str) -> etree._Element | None:
    for path in paths:
        found = root.xpath(path, namespaces=NS)
        if isinstance(found, list) and found and isinstance(found[0], etree._Element):
            return found[0]
    return None


def _elements(root: etree._Element, path: str) -> list[etree._Element]:
    found = root.xpath(path, namespaces=NS)
    return [e for e in found if isinstance(e, etree._Element)] if isinstance(found, list) else []


def anchor(element: etree._Element) -> str:
    """The HTML id ``xslt/tei-common.xsl`` gives an element (mode ``anchor``)."""
    ident = element.get(XML_ID)
    if ident is not None:
        return ident
    parent = element.getparent()
    name = local_name(element.tag)
    if parent is None or name in _NAMED_ANCHORS:
        return name
    position = 1 + sum(1 for s in element.itersiblings(preceding=True) if isinstance(s.tag, str))
    return f"{anchor(parent)}.{position}"


def pointers(value: str | None) -> list[str]:
    """The ids a pointer attribute names: ``"#a persons.xml#b"`` gives ``["a", "b"]``."""
    return [token.rpartition("#")[2] for token in (value or "").split() if "#" in token]


def _is_turn(element: etree._Element) -> bool:
    return not any(local_name(a.tag) in ("said", "sp") for a in element.iterancestors())


def _block_anchor(element: etree._Element) -> str:
    """The anchor of the nearest enclosing element that the HTML page gives an id."""
    for ancestor in element.iterancestors():
        name = local_name(ancestor.tag)
        if name in _BLOCKS or (name == "said" and _is_turn(ancestor)):
            return anchor(ancestor)
        if (
            name == "note"
            and ancestor.get("place") != "inline"
            and ancestor.get("type") != ("description")
        ):
            return anchor(ancestor)
    return ""


def _person_name(person: etree._Element) -> str:
    name = _first(person, "t:persName[not(@type='variant')]", "t:persName", "t:name", "t:p")
    return _text(name) or person.get(XML_ID, "")


def sort_key(person: etree._Element, called: Iterable[str] = ()) -> str:
    """The key a person's name files under, from what the TEI says, never from name shapes.

    In order: ``@sortKey`` (on ``person`` or its name); the ``surname``s of the name; a
    one-word variant name, or a one-word name by which the text calls the person
    (``called``: the ``persName[@ref]`` pointing to them), that is one of the name's words
    ("Kim" for "Kim Byeong-jik", "Gromyko" for "Andrei Gromyko"); else the name with its
    initials last ("V. P. Orlov" files under Orlov); else the name as written. Word order
    differs between naming traditions, so without such evidence no word is taken for the
    surname.
    """
    name = _first(person, "t:persName[not(@type='variant')]", "t:persName", "t:name")
    for node in (person, name):
        if node is not None and node.get("sortKey"):
            return node.get("sortKey", "")
    full = _person_name(person)
    if name is not None:
        surnames = " ".join(_text(s) for s in _elements(name, "t:surname"))
        if surnames:
            return _first_word(full, surnames)
    words = {w.casefold() for w in full.split()}
    if len(words) > 1:
        variants = [_text(v) for v in _elements(person, "t:persName[@type='variant']")]
        for word in [*variants, *sorted(called)]:
            usable = word and " " not in word and not _INITIALS.fullmatch(word)
            if usable and word.casefold() in words:
                return _first_word(full, word)
    initials = [w for w in full.split() if _INITIALS.fullmatch(w)]
    if initials and len(initials) < len(full.split()):  # "V. P. Orlov" files under Orlov
        rest = [w for w in full.split() if not _INITIALS.fullmatch(w)]
        return " ".join(rest + initials)
    return full


_INITIALS = re.compile(r"(?:\w\.)+")


def _first_word(full: str, surname: str) -> str:
    """The name with ``surname`` first: "Andrei Gromyko", "Gromyko" -> "Gromyko Andrei"."""
    rest = full.split()
    for word in surname.split():
        folded = [w.casefold() for w in rest]
        if word.casefold() in folded:
            del rest[folded.index(word.casefold())]
    return " ".join([surname, *rest])


def _snippet(element: etree._Element, words: int = 8) -> str:
    """The first ``words`` words of an element's text, with "…" if there are more."""
    found = _text(element).split()
    return " ".join(found[:words]) + (" …" if len(found) > words else "")


def _around(mention: etree._Element, words: int = 4) -> str:
    """The name as written with a few words either side, from the enclosing block."""
    name = _text(mention)
    block = next((a for a in mention.iterancestors() if local_name(a.tag) in _BLOCKS), None)
    text = _text(block)
    at = text.find(name) if name else -1
    if block is None or at < 0:
        return name
    before, after = text[:at].split(), text[at + len(name) :].split()
    head = ("… " if len(before) > words else "") + " ".join(before[-words:])
    tail = " ".join(after[:words]) + (" …" if len(after) > words else "")
    return " ".join(part for part in (head, name, tail) if part)


def _role(person: etree._Element) -> str:
    group = person.getparent()
    if group is not None and local_name(group.tag) == "listPerson" and group.get("type"):
        return group.get("type", "")
    return person.get("role", "")


def extract(tree: etree._ElementTree | etree._Element, stem: str) -> DocMeta:
    """Read the facts of :class:`DocMeta` from a TEI document (never raises on odd TEI)."""
    root = tree.getroot() if isinstance(tree, etree._ElementTree) else tree
    found = _first(root, "t:teiHeader")
    header = found if found is not None else root
    date = _first(
        header,
        "t:profileDesc/t:creation/t:date[@when]",
        "t:fileDesc/t:sourceDesc//t:date[@when]",
    )
    if date is None:
        date = _first(root, "t:text//t:dateline/t:date[@when]")
    meta = DocMeta(
        stem=stem,
        title=_text(_first(header, "t:fileDesc/t:titleStmt/t:title[@type='main']", ".//t:title"))
        or stem,
        date=date.get("when", "") if date is not None else "",
        date_text=_text(date),
        archive_id=_text(_first(header, "t:fileDesc/t:sourceDesc//t:idno[@type='archive']")),
        language=root.get(XML_LANG) or "en",
        summary=_text(_first(header, "t:profileDesc/t:abstract")),
        editorial=[_text(p) for p in _elements(header, "t:encodingDesc/t:editorialDecl/t:p")],
    )
    called: dict[str, set[str]] = {}
    for name in _elements(root, "t:text//t:persName[@ref]"):
        for ref in pointers(name.get("ref")):
            called.setdefault(ref, set()).add(_text(name))
    seen: set[str] = set()
    for person in _elements(header, "t:profileDesc/t:particDesc//t:person[@xml:id]"):
        ident = person.get(XML_ID, "")
        if ident not in seen:
            seen.add(ident)
            meta.persons.append(
                PersonRef(
                    ident,
                    _person_name(person),
                    _role(person),
                    sort_key(person, called.get(ident, ())),
                )
            )
    for turn in _elements(root, "t:text//t:said[@who] | t:text//t:sp[@who]"):
        if _is_turn(turn):
            text = _snippet(turn)
            meta.turns += [Link(who, anchor(turn), text) for who in pointers(turn.get("who"))]
    for mention in _elements(root, "t:text//t:persName[@ref] | t:text//t:rs[@ref]"):
        text = _around(mention)
        place = _block_anchor(mention)
        meta.mentions += [Link(ref, place, text) for ref in pointers(mention.get("ref"))]
    return meta


def read_register(path: Path | None) -> dict[str, str]:
    """The persons register: each ``person/@xml:id`` with its name (raises XmlInputError)."""
    return {ident: name for ident, (name, _) in read_register_persons(path).items()}


def read_register_persons(path: Path | None) -> dict[str, tuple[str, str]]:
    """The persons register: each ``person/@xml:id`` with its name and :func:`sort_key`."""
    if path is None:
        return {}
    root = xmlsafe.parse_file(path).getroot()
    return {
        p.get(XML_ID, ""): (_person_name(p), sort_key(p))
        for p in _elements(root, "//t:person[@xml:id]")
    }
