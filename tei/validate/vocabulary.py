"""What a schema allows, by name: for "did you mean" and "allowed here" in messages.

libxml2 truncates its "Expected is one of (...)" lists and RNG errors name nothing, so messages
ask a :class:`Vocabulary` instead. For a small XSD such as the project schema, xmlschema reads the
exact children and attributes of each element (that is what xmlschema serves better than
libxml2); for big schemas (tei_all takes xmlschema ~28 s) we only collect the declared names,
which is enough to suggest the nearest one.
"""

from __future__ import annotations

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


SUGGEST_BOUND = 0.75
"""Least :func:`similarity` of a name and a "did you mean" guess: one edit in four characters.

A guess below it has no kinship with the name (``<Icon>`` and ``<bicond>``: two edits in six,
0.67); one at or above it is a plausible slip (``<suplied>`` and ``<supplied>``: 0.88)."""


def edit_distance(a: str, b: str) -> int:
    """Insertions, deletions, substitutions and swaps of neighbours that turn ``a`` into ``b``."""
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            cost = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cost = min(cost, previous2[j - 2] + 1)
            current.append(cost)
        previous2, previous = previous, current
    return previous[-1]


def similarity(a: str, b: str) -> float:
    """1 minus the edit distance over the longer length, ignoring case (1.0: the same name)."""
    longest = max(len(a), len(b))
    return 1.0 - edit_distance(a.lower(), b.lower()) / longest if longest else 1.0


def nearest(name: str, candidates: list[str] | set[str]) -> str | None:
    """The candidate most similar to a misspelt ``name``, if it reaches :data:`SUGGEST_BOUND`.

    Ties go to the alphabetically first candidate, so a message does not change between runs.
    """
    if not candidates or name in candidates:
        return None
    gap = 1.0 - SUGGEST_BOUND  # a length difference is at least that many edits: skip early
    near = [c for c in candidates if abs(len(c) - len(name)) <= gap * max(len(c), len(name))]
    scored = sorted((-similarity(name, c), c) for c in near)
    if not scored or -scored[0][0] < SUGGEST_BOUND:
        return None
    return scored[0][1]


class Vocabulary:
    """Element and attribute names declared by one schema file."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def _files(self) -> list[etree._Element]:
        """The root of the schema file and of every file it includes or imports."""
        roots: list[etree._Element] = []
        todo, done = [self.path], set()
        while todo:
            path = todo.pop()
            if path in done or not path.is_file():
                continue
            done.add(path)
            root = xmlsafe.parse_file(path).getroot()
            roots.append(root)
            for node in root.iter():
                link = node.get("schemaLocation") or node.get("href")
                if link and "://" not in link:
                    todo.append((path.parent / link).resolve())
        return roots

    @cached_property
    def _roots(self) -> list[etree._Element]:
        return self._files()

    @cached_property
    def _names(self) -> tuple[set[str], set[str], set[str]]:
        """Local element names, attribute names and Clark names of elements, over the schema
        file and every file it includes or imports."""
        elements: set[str] = set()
        attributes: set[str] = set()
        qualified: set[str] = set()
        for root in self._roots:
            for node in root.iter(f"{{{XSD_NS}}}element", f"{{{RNG_NS}}}element"):
                name = node.get("name", "")
                if name and ":" not in name:
                    elements.add(name)
                    qualified.add(_clark(node, name, root.get("targetNamespace", "")))
            for node in root.iter(f"{{{XSD_NS}}}attribute", f"{{{RNG_NS}}}attribute"):
                if node.get("name"):
                    attributes.add(node.get("name", "").rpartition(":")[2])
        return elements, attributes, qualified

    @cached_property
    def _open(self) -> frozenset[str]:
        """Clark names of the elements whose content admits elements of any name.

        tei_all lets ``egXML`` (and ``xenoData``, ``content``…) hold any non-TEI element: what
        is inside is an example, not the document, so :meth:`inside_wildcard` keeps messages
        out of it. The content is followed through named patterns (``ref``, ``type``, ``group``)
        but not into child elements' own content.
        """
        named: dict[str, list[etree._Element]] = {}
        for root in self._roots:
            for node in root.iter(f"{{{RNG_NS}}}define", *_XSD_NAMED):
                named.setdefault(node.get("name", ""), []).append(node)
        found: set[str] = set()
        memo: dict[str, bool] = {}
        for root in self._roots:
            for node in root.iter(f"{{{XSD_NS}}}element", f"{{{RNG_NS}}}element"):
                name = node.get("name", "")
                if name and ":" not in name and _admits_any(node, named, memo):
                    found.add(_clark(node, name, root.get("targetNamespace", "")))
        return frozenset(found)

    def inside_wildcard(self, element: etree._Element) -> bool:
        """Whether an ancestor of ``element`` admits any element (an example in ``egXML``)."""
        open_names = self._open
        return any(a.tag in open_names for a in element.iterancestors())

    def elements_in(self, namespace: str) -> set[str]:
        """Local names of the elements the schema declares in ``namespace`` ("" for none)."""
        prefix = f"{{{namespace}}}" if namespace else ""
        return {
            q[len(prefix) :]
            for q in self._names[2]
            if q.startswith(prefix) and (namespace or not q.startswith("{"))
        }

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


_XSD_NAMED = (f"{{{XSD_NS}}}complexType", f"{{{XSD_NS}}}group")
_WILDCARDS = {f"{{{RNG_NS}}}anyName", f"{{{RNG_NS}}}nsName"}
_ELEMENTS = {f"{{{RNG_NS}}}element", f"{{{XSD_NS}}}element"}
_ATTRIBUTES = {f"{{{RNG_NS}}}attribute", f"{{{XSD_NS}}}attribute", f"{{{XSD_NS}}}anyAttribute"}


def _refs(node: etree._Element) -> list[str]:
    """Names of the patterns ``node`` refers to: an RNG ``ref``, an XSD type, group or base."""
    if node.tag == f"{{{RNG_NS}}}ref":
        return [node.get("name", "")]
    names = [node.get("type", ""), node.get("base", "")]
    if node.tag == f"{{{XSD_NS}}}group":
        names.append(node.get("ref", ""))
    return [n.rpartition(":")[2] for n in names if n]


def _admits_any(
    node: etree._Element, named: dict[str, list[etree._Element]], memo: dict[str, bool]
) -> bool:
    """Whether the content under ``node`` admits an element of any name (RNG ``anyName``,
    XSD ``any``), following named patterns but not entering child elements' content."""
    for ref in _refs(node):
        if ref not in memo:
            memo[ref] = False  # a cycle adds nothing
            memo[ref] = any(_admits_any(d, named, memo) for d in named.get(ref, []))
        if memo[ref]:
            return True
    for child in node:
        if not isinstance(child.tag, str) or child.tag in _ATTRIBUTES:
            continue
        if child.tag == f"{{{XSD_NS}}}any":
            return True
        if child.tag in _ELEMENTS:
            if len(child) and child[0].tag in _WILDCARDS:
                return True
            continue
        if _admits_any(child, named, memo):
            return True
    return False


def _clark(node: etree._Element, name: str, target: str) -> str:
    ns = target if node.tag.startswith(f"{{{XSD_NS}}}") else _rng_ns(node)
    return f"{{{ns}}}{name}" if ns else name


def _rng_ns(node: etree._Element) -> str:
    for ancestor in (node, *node.iterancestors()):
        ns = ancestor.get("ns")
        if ns is not None:
            return ns
    return ""


def vocabulary_for(path: Path) -> Vocabulary:
    """A vocabulary for the schema at ``path`` (names are read on first use)."""
    return Vocabulary(path)
