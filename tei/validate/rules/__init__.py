"""The project's rules beyond the schema: a small registry of Python functions.

Why Python and not Schematron: lxml runs only XSLT 1.0 Schematron, in which splitting ``@who``
into pointers, checking a calendar date or resolving ``persons.xml#id`` in another file is
awkward; it also reports no line numbers. A rule here is one short function over the parsed tree
that yields the element (and attribute) it objects to; the runner adds line, column and code. The
whole set runs in a single pass setup over the tree and costs well under a millisecond per record.

To add a rule: write ``def my_rule(ctx: RuleContext) -> Iterator[Hit]`` in a module of this
package, register it in :data:`RULES` with a new code, and document code and fix in
docs/validate.md; add a fixture to tests/fixtures/invalid/.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from tei.errors import Diagnostic, Level
from tei.validate.locate import Locator
from tei.validate.rules.base import Hit, RuleContext
from tei.validate.rules.content import (
    bracket_in_text,
    empty_paragraph,
    invalid_date,
    nested_note,
    supplied_without_reason,
)
from tei.validate.rules.references import duplicate_id, unresolved_pointer


@dataclass(frozen=True, slots=True)
class Rule:
    """A named check with a stable code, a one-line summary and the fix an editor applies."""

    code: str
    name: str
    summary: str
    fix: str
    check: Callable[[RuleContext], Iterator[Hit]]


RULES: list[Rule] = [
    Rule("R001", "unique-ids", "every `xml:id` is unique", "rename one of the two", duplicate_id),
    Rule(
        "R002",
        "pointers-resolve",
        "every `@who`, `@ref`, `@corresp`, `@target`, `@resp`, `@next`, `@prev`, `@hand` "
        "pointer resolves",
        "declare the `xml:id` (e.g. a `person` in `particDesc`) or correct the pointer",
        unresolved_pointer,
    ),
    Rule(
        "R003",
        "supplied-reason",
        "`supplied` has a `@reason`",
        'add reason="name-completion|romanization|clarification|implied|unclassified"',
        supplied_without_reason,
    ),
    Rule(
        "R004",
        "no-brackets",
        "no editorial bracket `[` `]` left in the text",
        "encode the bracketed insertion as `supplied`, `gap`, `unclear`, `sic`, `note`… "
        "(docs/encoding.md)",
        bracket_in_text,
    ),
    Rule(
        "R005",
        "iso-dates",
        "`@when`, `@notBefore`, `@notAfter` (and `date/@from`, `@to`) are valid ISO dates",
        "write YYYY, YYYY-MM or YYYY-MM-DD with a real month and day",
        invalid_date,
    ),
    Rule(
        "R006",
        "no-nested-notes",
        "a `note` is not inside another `note`",
        "move the inner note after the outer one",
        nested_note,
    ),
    Rule(
        "R007",
        "no-empty-paragraphs",
        "no empty `p`",
        "delete the empty paragraph or give it its text",
        empty_paragraph,
    ),
]
"""Every rule, in the order they run and are documented."""

RULES_BY_CODE: dict[str, Rule] = {rule.code: rule for rule in RULES}


def run_rules(
    ctx: RuleContext, locator: Locator, rules: list[Rule] | None = None
) -> list[Diagnostic]:
    """Run ``rules`` (all by default) and return their findings, located, in document order."""
    found: list[Diagnostic] = []
    for rule in RULES if rules is None else rules:
        for hit in rule.check(ctx):
            if hit.attribute:
                line, column = locator.attribute(hit.element, hit.attribute)
            else:
                line, column = locator.element(hit.element)
            found.append(
                Diagnostic(Level.ERROR, rule.code, hit.message, ctx.path, line, column, rule.fix)
            )
    found.sort(key=lambda d: (d.line, d.column, d.code))
    return found
