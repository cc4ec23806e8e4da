"""What tei_all allows, read straight from tei_all.rng: attributes and children of each element.

The project schema must stay a subset of tei_all. Hand-made documents validated by both schemas
check whole structures; this module checks the vocabulary: every attribute and every child the
XSD declares for an element must be one tei_all allows on that element (order is not checked).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from lxml import etree

RNG = "http://relaxng.org/ns/structure/1.0"
_Q = {"r": RNG}


class TeiAllModel:
    """Element name -> allowed attribute names and child element names (ignoring order)."""

    def __init__(self, rng_path: Path) -> None:
        root = etree.parse(str(rng_path)).getroot()
        self._defines: dict[str, list[etree._Element]] = {}
        for define in root.iter(f"{{{RNG}}}define"):
            self._defines.setdefault(define.get("name", ""), []).append(define)
        self._elements: dict[str, list[etree._Element]] = {}
        for element in root.iter(f"{{{RNG}}}element"):
            name = element.get("name")
            if name is not None:
                self._elements.setdefault(name, []).append(element)

    def has_element(self, name: str) -> bool:
        return name in self._elements

    def attributes(self, name: str) -> set[str]:
        return self._collect(name, "attribute")

    def children(self, name: str) -> set[str]:
        return self._collect(name, "element")

    @cache  # noqa: B019 - one model per test session
    def _collect(self, name: str, kind: str) -> set[str]:
        found: set[str] = set()
        seen: set[str] = set()
        stack = [child for element in self._elements[name] for child in element]
        while stack:
            node = stack.pop()
            if not isinstance(node.tag, str):
                continue
            local = etree.QName(node).localname
            if local == "ref":
                ref = node.get("name", "")
                if ref not in seen:
                    seen.add(ref)
                    stack.extend(c for d in self._defines.get(ref, []) for c in d)
            elif local in ("element", "attribute"):
                if local == kind:
                    attr_name = node.get("name")
                    if attr_name is None:
                        name_el = node.find("r:name", _Q)
                        if name_el is not None and name_el.text:
                            prefix = "xml:" if name_el.get("ns", "").endswith("namespace") else ""
                            attr_name = prefix + name_el.text.strip()
                    elif node.get("ns", "").endswith("XML/1998/namespace"):
                        attr_name = "xml:" + attr_name
                    if attr_name:
                        found.add(attr_name)
            else:
                stack.extend(node)
        return found
