"""Rules about content: R003 supplied/@reason, R004 brackets, R005 ISO dates, R006 nested
notes, R007 empty paragraphs."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from lxml import etree

from tei.ns import TEI_NS, local_name, tei
from tei.validate.rules.base import Hit, RuleContext

_DATE_ATTRIBUTES = ("when", "notBefore", "notAfter")
_RANGE_ELEMENTS = frozenset({tei("date"), tei("change")})
_ISO = re.compile(
    r"-?(?P<y>\d{4,})(?:-(?P<m>\d{2})(?:-(?P<d>\d{2})"
    r"(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?)?)?"
)
_OTHER_W3C = re.compile(r"--\d{2}(-\d{2})?|---\d{2}|\d{2}:\d{2}:\d{2}(\.\d+)?")
"""gMonth, gMonthDay, gDay and time: valid TEI, nothing to check further."""


def supplied_without_reason(ctx: RuleContext) -> Iterator[Hit]:
    """R003: every ``supplied`` says why it was supplied."""
    for element in ctx.tree.iter(tei("supplied")):
        if not (element.get("reason") or "").strip():
            yield Hit(element, "`<supplied>` has no `@reason`")


def bracket_in_text(ctx: RuleContext) -> Iterator[Hit]:
    """R004: a ``[`` or ``]`` left in the text of the body (the header may quote them)."""
    for body in ctx.tree.iter(tei("body")):
        for element in body.iter():
            if not isinstance(element.tag, str):
                continue
            hit = _bracket(element.text, element, element)
            if hit:
                yield hit
            parent = element.getparent()
            if element is not body and parent is not None:
                hit = _bracket(element.tail, parent, element)
                if hit:
                    yield hit


def _bracket(text: str | None, owner: etree._Element, at: etree._Element) -> Hit | None:
    if not text:
        return None
    found = [i for i in (text.find("["), text.find("]")) if i >= 0]
    if not found:
        return None
    where = min(found)
    snippet = " ".join(text[max(0, where - 20) : where + 20].split())
    return Hit(
        at, f'bracket `{text[where]}` left in the text of `<{local_name(owner.tag)}>`: "{snippet}"'
    )


def invalid_date(ctx: RuleContext) -> Iterator[Hit]:
    """R005: ISO 8601 dates that exist (no month 13, no 30 February)."""
    for element in ctx.elements:
        if not element.tag.startswith(f"{{{TEI_NS}}}"):
            continue
        names = _DATE_ATTRIBUTES + (("from", "to") if element.tag in _RANGE_ELEMENTS else ())
        for name in names:
            value = element.get(name)
            if value is not None and not _is_iso_date(value.strip()):
                yield Hit(
                    element,
                    f'`@{name}="{value}"` on `<{local_name(element.tag)}>` is not a valid ISO date',
                    name,
                )


def _is_iso_date(value: str) -> bool:
    match = _ISO.fullmatch(value)
    if match is None:
        return _OTHER_W3C.fullmatch(value) is not None
    year, month, day = match.group("y"), match.group("m"), match.group("d")
    try:
        date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        return False
    return True


def nested_note(ctx: RuleContext) -> Iterator[Hit]:
    """R006: a note inside a note (renderers number and place notes one level deep)."""
    for element in ctx.tree.iter(tei("note")):
        outer = next(element.iterancestors(tei("note")), None)
        if outer is not None:
            yield Hit(element, f"`<note>` inside another `<note>` (line {outer.sourceline})")


def empty_paragraph(ctx: RuleContext) -> Iterator[Hit]:
    """R007: a ``p`` with neither text nor elements."""
    for element in ctx.tree.iter(tei("p")):
        if len(element) == 0 and not (element.text or "").strip():
            yield Hit(element, "empty `<p>`")
