"""Rules about identifiers: R001 unique ``xml:id``s, R002 pointers that resolve."""

from __future__ import annotations

from collections.abc import Iterator

from lxml import etree

from tei.ns import XML_ID, local_name
from tei.validate.locate import source_line
from tei.validate.rules.base import Hit, RuleContext, attributes

POINTER_ATTRIBUTES = ("who", "ref", "corresp", "target", "resp", "next", "prev", "hand")
"""Attributes whose values are (space-separated) pointers that must resolve."""

_EXTERNAL_SCHEMES = ("http:", "https:", "mailto:", "urn:", "doi:", "ftp:", "file:")


_XML_IDS = etree.XPath("//@xml:id")
_POINTERS = etree.XPath("|".join(f"//@{name}" for name in POINTER_ATTRIBUTES))


def duplicate_id(ctx: RuleContext) -> Iterator[Hit]:
    """R001: an ``xml:id`` used a second time (reported where it is repeated)."""
    found = attributes(ctx.tree, _XML_IDS)
    if len({value for _, _, value in found}) == len(found):
        return  # the common case
    first = ctx.ids
    for element, _, value in found:
        if first[value] is not element:
            line = source_line(first[value])
            yield Hit(
                element,
                f'`xml:id="{value}"` is already used by `<{local_name(first[value].tag)}>` '
                f"on line {line}",
                XML_ID,
            )


def unresolved_pointer(ctx: RuleContext) -> Iterator[Hit]:
    """R002: ``#id`` not declared here (or in the register), or ``file.xml#id`` not in that file."""
    for element, attribute, value in attributes(ctx.tree, _POINTERS):
        for pointer in value.split():
            problem = _problem(ctx, pointer)
            if problem:
                yield Hit(
                    element,
                    f'`@{attribute}="{pointer}"` on `<{local_name(element.tag)}>` {problem}',
                    attribute,
                )


def _problem(ctx: RuleContext, pointer: str) -> str:
    if pointer.lower().startswith(_EXTERNAL_SCHEMES) or "#" not in pointer:
        return ""  # a web address or a whole file: not ours to check
    document, _, fragment = pointer.partition("#")
    if not document:
        if fragment in ctx.ids or fragment in ctx.register:
            return ""
        return f'points to no `xml:id="{fragment}"` in this document'
    ids = ctx.ids_in(document)
    if ids is None:
        return f"points into `{document}`, which cannot be read"
    if fragment and fragment not in ids:
        return f'points to no `xml:id="{fragment}"` in `{document}`'
    return ""
