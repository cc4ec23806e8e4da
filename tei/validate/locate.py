"""Line and column of an element's start tag, for messages an editor can jump to.

libxml2 gives every element its line but no column, and reports schema errors at column 0. An
editor's "go to" needs the column, so we find the start tag in the source text: elements appear in
the text in document order, so one left-to-right scan per line finds each tag. The index is built
only when a file has something to report; valid files never pay for it.
"""

from __future__ import annotations

import re

from lxml import etree


def source_line(element: etree._Element) -> int:
    """The element's 1-based line (0 if unknown); lxml-stubs mistype ``sourceline``."""
    line: object = getattr(element, "sourceline", None)
    return line if isinstance(line, int) else 0


class Locator:
    """Map elements of one parsed document to (line, column) of their start tags (1-based)."""

    def __init__(self, tree: etree._ElementTree, source: bytes) -> None:
        self._tree = tree
        self._source = source
        self._columns: dict[etree._Element, int] | None = None
        self._lines: list[str] = []

    def element(self, element: etree._Element) -> tuple[int, int]:
        """Where ``element``'s start tag begins; column 0 if the tag cannot be found."""
        line = source_line(element)
        if self._columns is None:
            self._index()
        assert self._columns is not None
        return line, self._columns.get(element, 0)

    def attribute(self, element: etree._Element, name: str) -> tuple[int, int]:
        """Where attribute ``name`` of ``element`` is written (the start tag if not found)."""
        line, column = self.element(element)
        if line and column and line <= len(self._lines):
            text = self._lines[line - 1]
            local = name.rpartition("}")[2]
            match = re.compile(rf"[\s:]{re.escape(local)}\s*=").search(text, column)
            end = text.find(">", column)
            if match and (end < 0 or match.start() < end):
                return line, match.start() + 2
        return line, column

    def _index(self) -> None:
        self._lines = self._source.decode("utf-8", errors="replace").splitlines()
        cursors: dict[int, int] = {}
        columns: dict[etree._Element, int] = {}
        for element in self._tree.iter():
            if not isinstance(element.tag, str):
                continue
            line = source_line(element)
            if not 0 < line <= len(self._lines):
                continue
            text = self._lines[line - 1]
            local = etree.QName(element).localname
            pattern = re.compile(rf"<(?:[\w.-]+:)?{re.escape(local)}(?=[\s/>]|$)")
            match = pattern.search(text, cursors.get(line, 0))
            if match:
                columns[element] = match.start() + 1
                cursors[line] = match.end()
        self._columns = columns
