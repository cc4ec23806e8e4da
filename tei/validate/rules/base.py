"""What every rule sees (:class:`RuleContext`) and what it yields (:class:`Hit`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any, cast

from lxml import etree

from tei import xmlsafe
from tei.errors import TeiError
from tei.ns import XML_ID


def attributes(
    tree: etree._ElementTree, path: etree.XPath
) -> list[tuple[etree._Element, str, str]]:
    """(element, attribute name, value) for each attribute ``path`` selects (found in C)."""
    return [(v.getparent(), str(v.attrname), str(v)) for v in cast(list[Any], path(tree))]


def texts(tree: etree._ElementTree, path: etree.XPath) -> list[tuple[etree._Element, bool, str]]:
    """(element before or around the text, is it the element's own text, text) per text node."""
    return [(v.getparent(), bool(v.is_text), str(v)) for v in cast(list[Any], path(tree))]


@dataclass(frozen=True, slots=True)
class Hit:
    """A rule's objection: the element (and attribute) at fault and a one-line message."""

    element: etree._Element
    message: str
    attribute: str = ""


_XML_IDS = etree.XPath("//@xml:id")


@dataclass
class RuleContext:
    """One parsed document, its path, and the ids that pointers may resolve to.

    ``register`` holds the ``xml:id``s of the edition's persons register (``--register``), which
    count as declared for ``#id`` pointers. Files named by ``other.xml#id`` pointers are read
    (safely) relative to the document, once each.
    """

    tree: etree._ElementTree
    path: str
    register: frozenset[str] = frozenset()
    _external: dict[Path, frozenset[str] | None] = field(default_factory=dict)

    @cached_property
    def ids(self) -> dict[str, etree._Element]:
        """First element carrying each ``xml:id``."""
        ids: dict[str, etree._Element] = {}
        for element, _, value in attributes(self.tree, _XML_IDS):
            ids.setdefault(value, element)
        return ids

    def ids_in(self, relative: str) -> frozenset[str] | None:
        """``xml:id``s of another file named relative to this one (None if it cannot be read)."""
        target = (Path(self.path).parent / relative).resolve()
        if target not in self._external:
            try:
                tree = xmlsafe.parse_file(target)
                self._external[target] = frozenset(
                    value for element in tree.iter() if (value := element.get(XML_ID)) is not None
                )
            except TeiError:
                self._external[target] = None
        return self._external[target]
