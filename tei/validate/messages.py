"""Schema-engine errors rewritten as messages an editor can act on.

libxml2 says "Element '{http://www.tei-c.org/ns/1.0}suplied': This element is not expected.
Expected is one of ( ...10 names... )."; an editor needs "`<suplied>` is not allowed here; did you
mean `<supplied>`?" with the line and column of the tag. Each kind of schema error gets a stable
code (S101...), listed in :data:`SCHEMA_CODES` and documented in docs/validate.md.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree

from tei.errors import Diagnostic, Level
from tei.validate.locate import Locator
from tei.validate.vocabulary import Vocabulary, nearest

SCHEMA_CODES: dict[str, str] = {
    "S100": "other schema error (the engine's own words)",
    "S101": "element not allowed here",
    "S102": "required element missing",
    "S103": "attribute not allowed on this element",
    "S104": "attribute or text value not valid for its type",
    "S105": "required attribute missing",
    "S106": "text not allowed in this element",
    "S107": "root element not declared by the schema",
}

_CLARK = re.compile(r"\{[^}]*\}")
_XSD_HEAD = re.compile(
    r"^Element '(?P<el>[^']+)'(?:, attribute '(?P<attr>[^']+)')?: (?P<rest>.*)$", re.S
)


@dataclass(frozen=True, slots=True)
class Finding:
    """One schema error, before it is located: code, element, attribute, message, hint."""

    code: str
    message: str
    hint: str = ""
    attribute: str = ""


def _bare(name: str) -> str:
    return _CLARK.sub("", name).replace("{http://www.w3.org/XML/1998/namespace}", "xml:")


def _expected(rest: str) -> list[str]:
    match = re.search(r"Expected is (?:one of )?\( (.*?) \)", rest)
    return [_bare(n.strip()) for n in match.group(1).split(",")] if match else []


def _names(names: list[str], limit: int = 12) -> str:
    shown = ", ".join(f"`<{n}>`" for n in names[:limit])
    return shown + (f" and {len(names) - limit} more" if len(names) > limit else "")


def not_allowed(
    name: str, parent: str, allowed: list[str], vocab: Vocabulary, namespace: str | None = None
) -> Finding:
    """S101 with the nearest allowed name, or the known names when nothing allowed is close.

    A guess comes from the element's own namespace (``namespace``; None: any): a MathML
    ``<math>`` is foreign, not a misspelt TEI ``<path>``. And it must be similar enough
    (:data:`tei.validate.vocabulary.SUGGEST_BOUND`), or no guess is offered.
    """
    known = vocab.elements() if namespace is None else vocab.elements_in(namespace)
    local = name.rpartition(":")[2]
    if namespace is not None and not known:
        guess = None  # nothing of that namespace is declared: a foreign element, not a slip
    elif local in known or name in vocab.elements():
        guess = None
    else:
        guess = nearest(local, allowed) or nearest(local, known)
    where = f"in `<{parent}>`" if parent else "here"
    if guess:
        message = f"`<{name}>` is not allowed here; did you mean `<{guess}>`?"
    else:
        message = f"`<{name}>` is not allowed {where}"
    hint = f"allowed in `<{parent}>`: {_names(allowed)}" if allowed and parent else ""
    return Finding("S101", message, hint)


def wrong_root(element: str) -> Finding:
    """S107: the document starts with an element the schema does not take as a root."""
    return Finding(
        "S107",
        f"`<{element}>` cannot be the root element",
        'a TEI file starts with `<TEI xmlns="http://www.tei-c.org/ns/1.0">`',
    )


def incomplete(element: str, expected: list[str]) -> Finding:
    """S102 naming what is missing when the engine said it, and no more than that otherwise."""
    if len(expected) == 1:
        missing = f"`<{expected[0]}>` missing"
    elif expected:
        missing = f"one of {_names(expected, 4)} missing"
    else:  # libxml2's RELAX NG engine does not say which element it expected
        missing = "a required child element is missing"
    return Finding(
        "S102",
        f"`<{element}>` is incomplete: {missing}",
        "add the missing element or check the order of the children",
    )


def text_not_allowed(element: str) -> Finding:
    """S106: text directly in an element whose content is elements only."""
    return Finding(
        "S106", f"text is not allowed directly in `<{element}>`", "wrap it in `<p>` or remove it"
    )


def from_xsd(
    text: str, element: str, parent: str, vocab: Vocabulary, namespace: str | None = None
) -> Finding:
    """Classify one libxml2 XSD message about ``element`` (whose parent is ``parent``)."""
    head = _XSD_HEAD.match(text)
    if not head or "No matching global declaration" in text:
        if "No matching global declaration" in text:
            return wrong_root(element)
        return Finding("S100", _bare(text).rstrip("."))
    attr = _bare(head.group("attr") or "")
    rest = head.group("rest")
    if "This element is not expected" in rest:
        allowed = vocab.children(parent) or _expected(rest)
        return not_allowed(element, parent, allowed, vocab, namespace)
    if "Missing child element" in rest:
        return incomplete(element, _expected(rest))
    if "is not allowed" in rest and attr:
        known = sorted(vocab.attributes(element))
        guess = nearest(attr, known)
        message = f"attribute `@{attr}` is not allowed on `<{element}>`"
        message += f"; did you mean `@{guess}`?" if guess else ""
        return Finding(
            "S103",
            message,
            f"allowed: {', '.join('@' + a for a in known[:15])}" if known else "",
            attr,
        )
    if "is required but missing" in rest:
        missing = re.search(r"attribute '([^']+)'", rest)
        name = _bare(missing.group(1)) if missing else "?"
        return Finding("S105", f"`<{element}>` needs attribute `@{name}`", "", name)
    value = re.search(r"'([^']*)' is not a valid value|The value '([^']*)'", rest)
    if value:
        shown = value.group(1) if value.group(1) is not None else value.group(2)
        target = f"`@{attr}`" if attr else f"the text of `<{element}>`"
        return Finding(
            "S104",
            f'{target} = "{shown}" is not a valid value on `<{element}>`',
            _value_hint(rest),
            attr,
        )
    if "Character content" in rest or "Element content is not allowed" in rest:
        return text_not_allowed(element)
    return Finding("S100", f"`<{element}>`: {_bare(rest).rstrip('.')}", "", attr)


_TYPE_HINTS = {
    "temporal": "write an ISO 8601 date: 1965, 1965-03 or 1965-03-10",
    "pointer": "write one URI or #id without spaces",
    "pointers": "write URIs or #ids separated by spaces",
    "word": "write one word without spaces",
    "words": "write words separated by spaces",
    "certainty": "write high, medium, low, unknown or a number from 0 to 1",
    "xTruth": "write true, false, unknown or inapplicable",
}


def _value_hint(rest: str) -> str:
    enum = re.search(r"set \{([^}]*)\}", rest)
    if enum:
        return f"allowed values: {enum.group(1)}"
    kind = re.search(r"type '([^']+)'", rest)
    if not kind:
        return ""
    name = _bare(kind.group(1))
    return _TYPE_HINTS.get(name, f"expected type {name}")


_RNG_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"Did not expect element (?P<name>\S+) there"), "S101"),
    (re.compile(r"Expecting element (?P<want>\S+), got (?P<name>\S+)"), "S101"),
    (re.compile(r"Element (?P<parent>\S+) has extra content: (?P<name>\S+)"), "S101extra"),
    (re.compile(r"Extra element (?P<name>\S+) in interleave"), "S101"),
    (re.compile(r"Expecting an element (?P<want>\S*), got nothing"), "S102"),
    (re.compile(r"Invalid attribute (?P<attr>\S+) for element (?P<name>\S+)"), "S103"),
    (re.compile(r"Did not expect text in element (?P<name>\S+) content"), "S106"),
    (re.compile(r"(?:Type|Datatype) \S+ doesn't allow value '(?P<value>[^']*)'"), "S104"),
    (re.compile(r"Error validating (?:datatype|value)"), "S104"),
    (re.compile(r"Element \S+ failed to validate (?:content|attributes)"), "noise"),
]


def from_rng(
    text: str,
    element: str,
    parent: str,
    vocab: Vocabulary,
    namespaces: dict[str, str] | None = None,
) -> Finding | None:
    """Classify one libxml2 RELAX NG message; None for the follow-up noise it emits.

    ``namespaces`` maps the names of the element at fault and of its children to their
    namespaces, for suggestions from the right namespace.
    """
    spaces = namespaces or {}
    for pattern, code in _RNG_PATTERNS:
        match = pattern.search(text)
        if not match:
            continue
        found = match.groupdict()
        if code == "noise":
            return None
        if code in ("S101", "S101extra"):
            if code == "S101extra":
                name = found["name"]
                return not_allowed(name, element, [], vocab, spaces.get(name))
            name = element or found["name"]
            return not_allowed(name, parent, [], vocab, spaces.get(name))
        if code == "S102":
            return incomplete(element, [found["want"]] if found.get("want") else [])
        if code == "S103":
            attr = found["attr"]
            return Finding("S103", f"attribute `@{attr}` is not allowed on `<{element}>`", "", attr)
        if code == "S106":
            return text_not_allowed(element)
        if code == "S104":
            value = found.get("value")
            shown = f' "{value}"' if value is not None else ""
            return Finding("S104", f"a value{shown} on `<{element}>` is not valid for its type")
    return Finding("S100", f"`<{element}>`: {text.rstrip('.')}")


def located(
    finding: Finding, node: etree._Element | None, line: int, path: str, locator: Locator
) -> Diagnostic:
    """The finding as a diagnostic at the element's tag (or at its attribute)."""
    column = 0
    if node is not None:
        if finding.attribute:
            line, column = locator.attribute(node, finding.attribute)
        else:
            line, column = locator.element(node)
    return Diagnostic(Level.ERROR, finding.code, finding.message, path, line, column, finding.hint)
