"""What a schema allows, by name: for "did you mean" and "allowed here" in messages.

libxml2 truncates its "Expected is one of (...)" lists and RNG errors name nothing, so messages
ask a :class:`Vocabulary` instead. For a small XSD such as the project schema, xmlschema reads the
exact children and attributes of each element (that is what xmlschema serves better than
libxml2); for big schemas (tei_all takes xmlschema ~28 s) we only collect the declared names,
which is enough to suggest the nearest one.
"""

from __future__ import annotations

import difflib
from functools import cached_property
from pathlib import Path
from typing import Any

from lxml import etree

from tei import xmlsafe

XSD_NS = "http://www.w3.org/2001/XMLSchema"
RNG_NS = "http://relaxng.org/ns/structure/1.0"
_XML_NS = "{http://www.w3.org/XML/1998/namespace}"
_EXACT_LIMIT = 300_000
"""XSDs smaller than this (bytes) are read with xmlschema for exact per-element answers."""


def nearest(name: str, candidates: list[str] | set[str]) -> str | None:
    """The candidate closest to a misspelt ``name`` (case-insensitive), or None if none is close."""
    if not candidates or name in candidates:
        return None
    by_lower = {c.lower(): c for c in candidates if abs(len(c) - len(name)) <= 2}
    match = difflib.get_close_matches(name.lower(), list(by_lower), n=1, cutoff=0.75)
    return by_lower[match[0]] if match else None


class Vocabulary:
    """Element and attribute names declared by one schema file."""

    def __init__(self, path: Path) -> None:
        self.path = path

    @cached_property
    def _names(self) -> tuple[set[str], set[str], set[str]]:
        """Local element names, attribute names and Clark names of elements, over the schema
        file and every file it includes or imports."""
        elements: set[str] = set()
        attributes: set[str] = set()
        qualified: set[str] = set()
        todo, done = [self.path], set()
        while todo:
            path = todo.pop()
            if path in done or not path.is_file():
                continue
            done.add(path)
            root = xmlsafe.parse_file(path).getroot()
            target = root.get("targetNamespace", "")
            for node in root.iter(f"{{{XSD_NS}}}element", f"{{{RNG_NS}}}element"):
                name = node.get("name", "")
                if name and ":" not in name:
                    elements.add(name)
                    ns = target if node.tag.startswith(f"{{{XSD_NS}}}") else _rng_ns(node)
                    qualified.add(f"{{{ns}}}{name}" if ns else name)
            for node in root.iter(f"{{{XSD_NS}}}attribute", f"{{{RNG_NS}}}attribute"):
                if node.get("name"):
                    attributes.add(node.get("name", "").rpartition(":")[2])
            for node in root.iter():
                link = node.get("schemaLocation") or node.get("href")
                if link and "://" not in link:
                    todo.append((path.parent / link).resolve())
        return elements, attributes, qualified

    def declares(self, clark_name: str) -> bool:
        """Whether the schema declares an element of this (namespaced) name anywhere."""
        return clark_name in self._names[2]

    @cached_property
    def _exact(self) -> Any | None:
        if self.path.suffix != ".xsd" or self.path.stat().st_size > _EXACT_LIMIT:
            return None
        try:
            import xmlschema  # only when a message needs it

            return xmlschema.XMLSchema(str(self.path))
        except Exception:  # any failure just means no exact answers
            return None

    def elements(self) -> set[str]:
        """Every element name the schema declares."""
        return self._names[0]

    def children(self, parent: str) -> list[str]:
        """Element names allowed inside ``parent`` in schema order ([] when unknown)."""
        element = self._global(parent)
        if element is None or not hasattr(element.type, "content"):
            return []
        content = element.type.content
        if not hasattr(content, "iter_elements"):
            return []
        names: list[str] = []
        for child in content.iter_elements():
            if child.local_name not in names:
                names.append(child.local_name)
        return names

    def attributes(self, element_name: str) -> set[str]:
        """Attribute names allowed on ``element_name`` (all declared names when unknown)."""
        element = self._global(element_name)
        if element is None:
            return self._names[1]
        return {str(key).replace(_XML_NS, "xml:") for key in element.attributes if key}

    def _global(self, name: str) -> Any | None:
        schema = self._exact
        if schema is None:
            return None
        for element in schema.elements.values():
            if element.local_name == name:
                return element
        return None


def _rng_ns(node: etree._Element) -> str:
    for ancestor in (node, *node.iterancestors()):
        ns = ancestor.get("ns")
        if ns is not None:
            return ns
    return ""


def vocabulary_for(path: Path) -> Vocabulary:
    """A vocabulary for the schema at ``path`` (names are read on first use)."""
    return Vocabulary(path)
