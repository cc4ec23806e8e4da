"""Safe XML parsing for every XML input of the toolkit.

TEI files come from editors, from CI checkouts and from the web; none of them may make us read
local files, fetch URLs or expand entity bombs. Every parse in the package goes through here.
"""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from tei.errors import XmlInputError

_FORBIDDEN_DTD_HINT = "remove the DOCTYPE declaration; TEI needs no DTD"


def _parser() -> etree.XMLParser:
    # No entity resolution, no DTD loading, no network; line numbers kept for messages.
    return etree.XMLParser(
        resolve_entities=False,
        load_dtd=False,
        no_network=True,
        dtd_validation=False,
        huge_tree=False,
        remove_blank_text=False,
    )


def parse_bytes(data: bytes, path: str | Path = "<input>") -> etree._ElementTree:
    """Parse XML bytes safely; raise :class:`XmlInputError` with the location on any problem."""
    try:
        root = etree.fromstring(data, _parser(), base_url=str(path))
    except etree.XMLSyntaxError as exc:
        line, column = exc.position if exc.position else (0, 0)
        raise XmlInputError(
            f"not well-formed XML: {exc.msg}",
            path=path,
            line=line,
            column=column + 1 if column else 0,
            hint="fix the markup at this position",
        ) from None
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
    """Refuse documents that declare entities or point to an external DTD."""
    info = tree.docinfo
    dtd = info.internalDTD
    if dtd is not None and any(True for _ in dtd.iterentities()):
        raise XmlInputError(
            "the document declares entities (possible entity-expansion attack); refused",
            path=path,
            line=1,
            column=1,
            hint=_FORBIDDEN_DTD_HINT,
        )
    if info.system_url or info.public_id:
        raise XmlInputError(
            f"the document refers to an external DTD ({info.system_url or info.public_id}); "
            "refused, nothing was fetched",
            path=path,
            line=1,
            column=1,
            hint=_FORBIDDEN_DTD_HINT,
        )
