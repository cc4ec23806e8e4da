"""The RELAX NG schema checked by jing: its findings as the project's own diagnostics.

:mod:`tei.validate.jing` runs jing; this module words each of its lines as the lxml path
does (S101…), located at the start tag of the element it is about. Jing reports a position
just past the end of a start tag (or of the text or end tag in question), so the element is
the last one started before it, or for "incomplete" and stray-text errors the nearest
enclosing one.
"""

from __future__ import annotations

import bisect
import re
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from lxml import etree

from tei.errors import Diagnostic
from tei.ns import local_name
from tei.validate import messages
from tei.validate.jing import Finding, JingError, run_jing
from tei.validate.locate import Locator
from tei.validate.vocabulary import Vocabulary

if TYPE_CHECKING:
    from tei.validate.schema import Schema

_QUOTED = re.compile(r'"([^"]+)"')
SINGLE_CALLS = 3
"""Files checked by a jing run of their own, at most, before libxml2 takes over."""


class JingSchema:
    """A RELAX NG schema (XML syntax) checked by jing; same interface as the lxml schemas."""

    kind = "rng"
    engine = "jing"

    def __init__(self, path: Path, jing: str) -> None:
        self.path = path
        self.jing = jing
        self.vocabulary = Vocabulary(path)
        self._checked: dict[str, list[Finding]] = {}
        self._lxml: Schema | None = None
        self._singles = 0

    def precheck(self, files: Iterable[str], jobs: int = 1) -> None:
        """Run jing once over ``files`` (those without a DOCTYPE) and keep its findings."""
        safe = []
        for name in files:
            try:
                if b"<!DOCTYPE" not in Path(name).read_bytes():
                    safe.append(name)
            except OSError:
                continue  # reported when the file itself is read
        self._checked.update(self._run(safe, jobs))

    def validate(
        self, tree: etree._ElementTree, path: str | Path, source: bytes | None = None
    ) -> list[Diagnostic]:
        found = self._checked.get(str(path))
        if found is None:
            # Jing costs a JVM start (~1 s) per call: a caller that checks files one by one
            # without :meth:`precheck` gets libxml2 after a few, compiled once for the rest.
            self._singles += 1
            if source is None or b"<!DOCTYPE" in source or self._singles > SINGLE_CALLS:
                return self._fallback().validate(tree, path, source)
            found = self._one(source)
        return self._diagnostics(tree, str(path), source, found)

    def _run(self, files: list[str], jobs: int) -> dict[str, list[Finding]]:
        from tei.validate.schema import SchemaError

        try:
            return run_jing(self.jing, self.path, files, jobs)
        except JingError as exc:
            raise SchemaError(
                f"jing cannot use the schema: {exc}", path=self.path, hint="check the schema file"
            ) from None

    def _one(self, source: bytes) -> list[Finding]:
        """Jing on one document held in memory (written to a private temporary file)."""
        with tempfile.TemporaryDirectory(prefix="tei-jing-") as tmp:
            name = str(Path(tmp) / "document.xml")
            Path(name).write_bytes(source)
            return self._run([name], 1)[name]

    def _fallback(self) -> Schema:
        if self._lxml is None:
            from tei.validate.schema import lxml_relaxng

            self._lxml = lxml_relaxng(self.path)
        return self._lxml

    def _diagnostics(
        self, tree: etree._ElementTree, path: str, source: bytes | None, found: list[Finding]
    ) -> list[Diagnostic]:
        if not found:
            return []
        locator = Locator(tree, source or b"")
        starts: list[tuple[int, int]] = []
        elements: list[etree._Element] = []
        for element in tree.iter():
            if isinstance(element.tag, str):
                starts.append(locator.element(element))
                elements.append(element)
        lines: list[str] = []
        result: list[Diagnostic] = []
        seen: set[tuple[int, int, str]] = set()
        for finding in found:
            index = bisect.bisect_left(starts, (finding.line, finding.column)) - 1
            node = elements[index] if index >= 0 else None
            if node is not None and " incomplete;" in finding.text:
                node = _enclosing(node, _QUOTED.findall(finding.text)[:1])
            elif node is not None and finding.text.startswith("text not allowed"):
                lines = lines or (source or b"").decode("utf-8", "replace").splitlines()
                node = _open_at(node, starts[index], finding, lines)
            if node is not None and not finding.fatal and self._inside_undeclared(node):
                continue  # jing's follow-ups inside an element the schema does not know
            diagnostic = self._word(finding, node, path, locator)
            key = (diagnostic.line, diagnostic.column, diagnostic.code)
            if key not in seen:
                seen.add(key)
                result.append(diagnostic)
        return sorted(result, key=lambda d: (d.line, d.column))

    def _inside_undeclared(self, node: etree._Element) -> bool:
        parent = node.getparent()
        while parent is not None:
            if not self.vocabulary.declares(parent.tag):
                return True
            parent = parent.getparent()
        return False

    def _word(
        self, finding: Finding, node: etree._Element | None, path: str, locator: Locator
    ) -> Diagnostic:
        """Jing's sentence as the project's message for the element it is about."""
        text = finding.text
        named = _QUOTED.findall(text.split(";")[0])
        element = _prefixed(node) if node is not None else (named[0] if named else "")
        parent = node.getparent() if node is not None else None
        parent_name = local_name(parent.tag) if parent is not None else ""
        expected = _QUOTED.findall(text.partition(";")[2])
        word: messages.Finding
        if finding.fatal:
            word = messages.Finding("S100", text)
        elif text.startswith("element") and node is not None and node.getparent() is None:
            word = messages.wrong_root(element)
        elif node is not None and not self.vocabulary.declares(node.tag):
            word = messages.not_allowed(element, parent_name, expected, self.vocabulary)
            if "did you mean" not in word.message:  # a foreign element: say so, as lxml's path
                word = messages.Finding(
                    "S101",
                    f"`<{element}>` is not declared by the schema",
                    f"{self.path.name} has no element {node.tag}",
                )
        elif text.startswith("element") and "not allowed" in text:
            word = messages.not_allowed(element, parent_name, expected, self.vocabulary)
        elif text.startswith("element") and ("incomplete" in text or "not allowed yet" in text):
            subject = element if "incomplete" in text else parent_name
            word = messages.incomplete(subject, expected)
        elif text.startswith("attribute") and "not allowed" in text:
            attr = named[0] if named else "?"
            word = messages.Finding(
                "S103", f"attribute `@{attr}` is not allowed on `<{element}>`", "", attr
            )
        elif "missing required attribute" in text:
            attr = named[-1] if named else "?"
            word = messages.Finding(
                "S105", f"`<{element}>` needs attribute `@{attr}`", f"add @{attr}"
            )
        elif text.startswith("value of attribute") or "bad character content" in text:
            attr = named[0] if text.startswith("value of attribute") and named else ""
            shown = f" of `@{attr}`" if attr else ""
            allowed = ", ".join(f'"{v}"' for v in expected[:12])
            word = messages.Finding(
                "S104",
                f"the value{shown} on `<{element}>` is not valid for its type",
                f"allowed: {allowed}" if allowed else "",
                attr,
            )
        elif text.startswith("text not allowed"):
            word = messages.text_not_allowed(element)
        else:
            word = messages.Finding("S100", f"`<{element}>`: {text.rstrip('.')}")
        return messages.located(word, node, finding.line, path, locator)


def _prefixed(element: etree._Element) -> str:
    qname = etree.QName(element)
    return f"{element.prefix}:{qname.localname}" if element.prefix else qname.localname


def _enclosing(node: etree._Element, names: list[str]) -> etree._Element:
    """The element named in an "incomplete" message, which jing reports at its end tag: the
    last element started there, or the nearest of its ancestors with that name."""
    current: etree._Element | None = node
    while current is not None and names:
        if _prefixed(current) == names[0]:
            return current
        current = current.getparent()
    return node


def _open_at(
    node: etree._Element, start: tuple[int, int], finding: Finding, lines: list[str]
) -> etree._Element:
    """The element whose content holds the stray text jing reports: the last element started
    before it, or the nearest ancestor still open there (its end tag not yet in the text)."""
    line, column = start
    if not (0 < line <= finding.line <= len(lines)) or column == 0:
        return node
    if line == finding.line:
        span = lines[line - 1][column - 1 : finding.column - 1]
    else:
        middle = lines[line : finding.line - 1]
        last = lines[finding.line - 1][: finding.column - 1]
        span = "\n".join([lines[line - 1][column - 1 :], *middle, last])
    tag = re.match(r"<[^>]*>", span)
    current: etree._Element | None = node
    if tag and tag.group().endswith("/>"):  # an empty element: closed where it starts
        current = node.getparent()
    while current is not None:
        if not re.search(rf"</{re.escape(_prefixed(current))}\s*>", span):
            return current
        current = current.getparent()
    return node
