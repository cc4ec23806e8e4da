"""Schemas, compiled once per process: the project XSD by default, any XSD or RELAX NG by path.

Compiling is the expensive part (the project XSD: ~20 ms; tei_all.rng: ~15 s in libxml2), so
:func:`load_schema` caches each compiled schema by resolved path for the life of the process and
worker processes each compile once. Validation runs in libxml2 (lxml) for both kinds: it checks
a small record in about a millisecond, where xmlschema needs ~8 s per MB; xmlschema is used only
to word messages (see :mod:`tei.validate.vocabulary`).
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol, cast

from lxml import etree

from tei import resources, xmlsafe
from tei.errors import Diagnostic, InputError, Level
from tei.ns import local_name
from tei.validate import messages
from tei.validate.locate import Locator
from tei.validate.vocabulary import Vocabulary

PROJECT_SCHEMA = resources.path("schemas", "tei_edition.xsd")
TEI_ALL = "tei_all"
"""The name that stands for the TEI Consortium's tei_all schema, wherever a schema is asked for."""
TEI_ALL_ENV = "TEI_ALL_RNG"
"""The environment variable that names another tei_all.rng than the one shipped."""


def tei_all_schema() -> Path:
    """tei_all: the file ``TEI_ALL_RNG`` names, else the release shipped in the package.

    Shipped (schemas/tei_all.rng, 1.1 MB) so that TEI from other projects can be checked and
    published with no download; the variable lets an edition pin another release.
    """
    found = os.environ.get(TEI_ALL_ENV, "")
    return Path(found) if found else resources.path("schemas", "tei_all.rng")


"""The project schema: the TEI subset that docs/encoding.md describes."""


class SchemaError(InputError):
    """A schema file cannot be read or compiled (a usage error: exit code 2)."""

    code = "E130"


class Schema(Protocol):
    """A compiled schema that reports located, worded diagnostics."""

    path: Path
    vocabulary: Vocabulary

    def validate(
        self, tree: etree._ElementTree, path: str | Path, source: bytes | None = None
    ) -> list[Diagnostic]:
        """Validate ``tree`` (read from ``path``); an empty list means valid.

        ``source`` (the file's bytes) lets messages give columns; without it columns are 0.
        """
        ...


class _CompiledSchema:
    """Shared part of XSD and RELAX NG: run libxml2, then reword its error log."""

    kind = ""

    def __init__(self, path: Path, validator: etree._Validator) -> None:
        self.path = path
        self._validator = validator
        self.vocabulary = Vocabulary(path)

    def validate(
        self, tree: etree._ElementTree, path: str | Path, source: bytes | None = None
    ) -> list[Diagnostic]:
        if self._validator.validate(tree):
            return []
        locator = Locator(tree, source or b"")
        found: list[Diagnostic] = []
        seen: set[tuple[int, str, str]] = set()
        entries: list[Any] = list(cast(Any, self._validator.error_log))
        for entry in entries:
            node = _node_at(tree, entry.path)
            element = _prefixed(node) if node is not None else ""
            parent = node.getparent() if node is not None else None
            parent_name = local_name(parent.tag) if parent is not None else ""
            finding = self._reword(entry.message, element, parent_name, _namespaces(node))
            if finding is None:
                continue
            if finding.code == "S101" and node is not None and parent is None:
                finding = messages.wrong_root(element)
            diagnostic = messages.located(finding, node, entry.line, str(path), locator)
            key = (diagnostic.line, entry.path or "", finding.code)
            if key not in seen:
                seen.add(key)
                found.append(diagnostic)
        found += self._undeclared(tree, str(path), locator, {d.line for d in found})
        found.sort(key=lambda d: (d.line, d.column))
        if not found:  # only engine noise was logged: still invalid, say so
            last = entries[-1] if entries else None
            line = last.line if last is not None else 0
            message = last.message if last is not None else "document is not valid"
            found.append(Diagnostic(Level.ERROR, "S100", message, str(path), line))
        return found

    def _reword(
        self, text: str, element: str, parent: str, spaces: dict[str, str]
    ) -> messages.Finding | None:
        raise NotImplementedError

    def _undeclared(
        self, tree: etree._ElementTree, path: str, locator: Locator, reported: set[int]
    ) -> list[Diagnostic]:
        """Every element the schema declares nowhere (e.g. ``frus:attachment`` for tei_all).

        libxml2 stops checking a parent's content at its first error, so the second foreign
        element in a ``div`` goes unreported; an editor needs each one. Only the outermost of
        nested undeclared elements is reported.
        """
        found: list[Diagnostic] = []
        for element in tree.iter():
            if not isinstance(element.tag, str) or self.vocabulary.declares(element.tag):
                continue
            parent = element.getparent()
            if parent is not None and not self.vocabulary.declares(parent.tag):
                continue
            if self.vocabulary.inside_wildcard(element):
                continue  # an example in ``egXML``: any element is allowed there
            line, column = locator.element(element)
            if line not in reported:
                name = _prefixed(element)
                if parent is None:
                    finding = messages.wrong_root(name)
                    found.append(messages.located(finding, element, line, path, locator))
                    continue
                message = f"`<{name}>` is not declared by the schema"
                hint = f"{self.path.name} has no element {element.tag}"
                found.append(Diagnostic(Level.ERROR, "S101", message, path, line, column, hint))
        return found


class XsdSchema(_CompiledSchema):
    """A W3C XML Schema compiled by libxml2."""

    kind = "xsd"

    def _reword(
        self, text: str, element: str, parent: str, spaces: dict[str, str]
    ) -> messages.Finding | None:
        return messages.from_xsd(text, element, parent, self.vocabulary, spaces.get(element))


class RelaxNgSchema(_CompiledSchema):
    """A RELAX NG schema (XML syntax) compiled by libxml2."""

    kind = "rng"

    def _reword(
        self, text: str, element: str, parent: str, spaces: dict[str, str]
    ) -> messages.Finding | None:
        return messages.from_rng(text, element, parent, self.vocabulary, spaces)


def _namespaces(node: etree._Element | None) -> dict[str, str]:
    """Namespace of ``node`` and of each of its children, by the names messages use."""
    if node is None:
        return {}
    found: dict[str, str] = {}
    for element in (*node, node):
        if isinstance(element.tag, str):
            found[_prefixed(element)] = etree.QName(element).namespace or ""
    return found


def _prefixed(element: etree._Element) -> str:
    qname = etree.QName(element)
    prefix = element.prefix
    return f"{prefix}:{qname.localname}" if prefix else qname.localname


def _node_at(tree: etree._ElementTree, path: str | None) -> etree._Element | None:
    """The node at a libxml2 error path such as ``/*/*[2]/frus:attachment``."""
    if not path:
        return None
    root = tree.getroot()
    namespaces = {k: v for k, v in root.nsmap.items() if k}
    try:
        result = tree.xpath(path, namespaces=namespaces)
    except etree.XPathError:
        for element in root.iter():  # a prefix declared below the root
            namespaces.update({k: v for k, v in element.nsmap.items() if k})
        try:
            result = tree.xpath(path, namespaces=namespaces)
        except etree.XPathError:
            return None
    if isinstance(result, list) and result and isinstance(result[0], etree._Element):
        return result[0]
    return None


@lru_cache(maxsize=8)
def _load(path: Path) -> Schema:
    if path.suffix.lower() == ".rng":
        from tei.validate.jing import jing_command
        from tei.validate.jing_schema import JingSchema

        jing = jing_command()
        if jing is not None and path.is_file():
            return JingSchema(path, jing)
    return _compile(path)


def lxml_relaxng(path: Path) -> Schema:
    """The RELAX NG schema compiled by libxml2 (what jing's schema falls back to)."""
    return _compile(path)


@lru_cache(maxsize=8)
def _compile(path: Path) -> Schema:
    tree = xmlsafe.parse_file(path)
    try:
        if path.suffix.lower() == ".rng":
            return RelaxNgSchema(path, etree.RelaxNG(tree))
        if path.suffix.lower() == ".xsd":
            return XsdSchema(path, etree.XMLSchema(tree))
    except etree.XMLSchemaParseError as exc:
        raise SchemaError(
            f"cannot compile the schema: {exc}", path=path, hint="check the schema file"
        ) from None
    except etree.RelaxNGParseError as exc:
        raise SchemaError(
            f"cannot compile the schema: {exc}", path=path, hint="check the schema file"
        ) from None
    raise SchemaError(
        f"unknown schema type {path.suffix!r}",
        path=path,
        hint="give an XSD (.xsd) or a RELAX NG schema in XML syntax (.rng)",
    )


def load_schema(path: str | Path) -> Schema:
    """The compiled schema at ``path`` (.xsd or .rng), compiled once per process.

    A RELAX NG schema is checked by jing when it is installed (:mod:`tei.validate.jing`).

    Raises :class:`SchemaError` if it cannot be read or compiled.
    """
    return _load(Path(path).resolve())


@lru_cache(maxsize=1)
def _project_path() -> Path:
    return PROJECT_SCHEMA.resolve()


def project_schema() -> Schema:
    """The project schema ``schemas/tei_edition.xsd``, compiled once per process.

    The converter asks for it once per record: its path is resolved once (resolving it took
    a third of the time of validating a record).
    """
    return _load(_project_path())
