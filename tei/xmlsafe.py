"""Safe XML parsing for every XML input of the toolkit.

TEI files come from editors, from CI checkouts and from the web; none of them may make us read
local files, fetch URLs or expand entity bombs. Every parse in the package goes through here.

Two layers, so that one mistake is not enough:

1. Before parsing, the prolog is scanned: a DOCTYPE that declares entities (billion laughs,
   quadratic blow-up, XXE) or names an external DTD is refused, and libxml2 never sees it.
2. The parser itself resolves no entities, loads no DTD, has no network access and keeps its
   size limits (``huge_tree=False``); after parsing, the DTD is checked again (for encodings the
   byte scan cannot read, such as UTF-16).

``collect_ids=False``: libxml2 would otherwise fail the whole parse on a duplicate ``xml:id``;
duplicates are a validation finding (rule R001), not unreadable input.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from lxml import etree

from tei.errors import XmlInputError

_FORBIDDEN_DTD_HINT = "remove the DOCTYPE declaration; TEI needs no DTD"
_PROLOG_LIMIT = 64 * 1024
_DOCTYPE = re.compile(rb"<!DOCTYPE\s+[^\s\[>]+(?P<external>\s+(?:SYSTEM|PUBLIC)\b)?", re.I)
_ENTITY = re.compile(rb"<!ENTITY\b")
_SUBSET_END = re.compile(rb"\]\s*>")


def _parser() -> etree.XMLParser:
    # No entity resolution, no DTD loading, no network; line numbers kept for messages.
    return etree.XMLParser(
        resolve_entities=False,
        load_dtd=False,
        no_network=True,
        dtd_validation=False,
        huge_tree=False,
        remove_blank_text=False,
        collect_ids=False,
    )


def _refused(reason: str, path: str | Path, line: int = 1, column: int = 1) -> XmlInputError:
    return XmlInputError(
        f"{reason}; refused, nothing was read or fetched",
        path=path,
        line=line,
        column=column,
        hint=_FORBIDDEN_DTD_HINT,
    )


_UTF16 = {
    b"\xff\xfe": "utf-16",
    b"\xfe\xff": "utf-16",
    b"<\x00": "utf-16-le",
    b"\x00<": "utf-16-be",
}


def _readable_head(data: bytes) -> bytes:
    """The first part of the document as UTF-8 bytes, so the scan also reads UTF-16 files."""
    head = data[:_PROLOG_LIMIT]
    encoding = _UTF16.get(head[:2])
    if encoding is None:
        return head
    return head[: len(head) // 2 * 2].decode(encoding, errors="ignore").encode("utf-8")


def _scan_prolog(data: bytes, path: str | Path) -> None:
    """Refuse a DOCTYPE with entity declarations or an external DTD before libxml2 sees it."""
    head = _readable_head(data)
    doctype = _DOCTYPE.search(head)
    if doctype is None:
        return
    line = head.count(b"\n", 0, doctype.start()) + 1
    column = doctype.start() - (head.rfind(b"\n", 0, doctype.start()) + 1) + 1
    if doctype.group("external"):
        raise _refused("the document refers to an external DTD", path, line, column)
    subset_end = _SUBSET_END.search(head, doctype.end())
    entity = _ENTITY.search(head, doctype.end(), subset_end.end() if subset_end else len(head))
    if entity is not None:
        at = entity.start()
        raise _refused(
            "the document declares entities (possible entity-expansion or external-entity attack)",
            path,
            head.count(b"\n", 0, at) + 1,
            at - (head.rfind(b"\n", 0, at) + 1) + 1,
        )


def parse_bytes(data: bytes, path: str | Path = "<input>") -> etree._ElementTree:
    """Parse XML bytes safely; raise :class:`XmlInputError` with the location on any problem."""
    _scan_prolog(data, path)
    try:
        root = etree.fromstring(data, _parser(), base_url=str(path))
    except etree.XMLSyntaxError as exc:
        # libxml2's column is 1-based already, and its message repeats it ("line 3, column 10"):
        # the location must say the same number as the words after it.
        line, column = exc.position if exc.position else (0, 0)
        raise XmlInputError(
            f"not well-formed XML: {exc.msg}",
            path=path,
            line=line,
            column=column,
            hint="fix the markup at this position",
        ) from None
    if root is None:
        raise XmlInputError("the file holds no XML element", path=path, hint="check the file")
    tree = root.getroottree()
    _refuse_entities(tree, path)
    return tree


def parse_file(path: str | Path) -> etree._ElementTree:
    """Read and parse a file safely."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise XmlInputError(
            f"cannot read file: {exc.strerror}", path=path, hint="check the path"
        ) from None
    return parse_bytes(data, path)


def _refuse_entities(tree: etree._ElementTree, path: str | Path) -> None:
    """Refuse documents that declare entities or point to an external DTD (second layer)."""
    info: Any = tree.docinfo
    dtd: Any = info.internalDTD
    if dtd is not None and any(True for _ in dtd.iterentities()):
        raise _refused("the document declares entities (possible entity-expansion attack)", path)
    if info.system_url or info.public_id:
        raise _refused(
            f"the document refers to an external DTD ({info.system_url or info.public_id})", path
        )
