"""Rules about content: R003 supplied/@reason, R004 brackets, R005 ISO dates, R006 nested
notes, R007 empty paragraphs."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from lxml import etree

from tei.ns import TEI_NS, local_name, tei
from tei.validate.rules.base import Hit, RuleContext, attributes, texts

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


_BRACKETED_TEXT = etree.XPath(
    "//t:body//text()[contains(., '[') or contains(., ']')]", namespaces={"t": TEI_NS}
)


def bracket_in_text(ctx: RuleContext) -> Iterator[Hit]:
    """R004: a ``[`` or ``]`` left in the text of the body (the header may quote them)."""
    for at, own, value in texts(ctx.tree, _BRACKETED_TEXT):
        owner = at if own else at.getparent()
        where = min(i for i in (value.find("["), value.find("]")) if i >= 0)
        snippet = " ".join(value[max(0, where - 20) : where + 20].split())
        name = local_name(owner.tag) if owner is not None else "?"
        yield Hit(at, f'bracket `{value[where]}` left in the text of `<{name}>`: "{snippet}"')


_DATES = etree.XPath(
    "//t:*/@when | //t:*/@notBefore | //t:*/@notAfter"
    " | //t:date/@from | //t:date/@to | //t:change/@from | //t:change/@to",
    namespaces={"t": TEI_NS},
)


def invalid_date(ctx: RuleContext) -> Iterator[Hit]:
    """R005: ISO 8601 dates that exist (no month 13, no 30 February)."""
    for element, name, value in attributes(ctx.tree, _DATES):
        if not _is_iso_date(value.strip()):
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
