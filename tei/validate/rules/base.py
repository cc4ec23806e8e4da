"""What every rule sees (:class:`RuleContext`) and what it yields (:class:`Hit`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from lxml import etree

from tei import xmlsafe
from tei.errors import TeiError
from tei.ns import XML_ID


@dataclass(frozen=True, slots=True)
class Hit:
    """A rule's objection: the element (and attribute) at fault and a one-line message."""

    element: etree._Element
    message: str
    attribute: str = ""


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
    def elements(self) -> list[etree._Element]:
        """Every element in document order (comments and PIs left out)."""
        return [e for e in self.tree.iter() if isinstance(e.tag, str)]

    @cached_property
    def ids(self) -> dict[str, etree._Element]:
        """First element carrying each ``xml:id``."""
        ids: dict[str, etree._Element] = {}
        for element in self.elements:
            value = element.get(XML_ID)
            if value is not None and value not in ids:
                ids[value] = element
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
