"""The reader's rules, one fixture case per phenomenon (tests/fixtures/rules/*.txt)."""

from __future__ import annotations

import pytest

from tei.read import read_record
from tei.read.model import (
    Block,
    Bracket,
    Closer,
    FieldBlock,
    Inline,
    ItemList,
    NoteCall,
    Paragraph,
    Participants,
    Table,
    Text,
)
from tests.fixture_cases import Case, params
from tests.support import FIXTURES

RULES = FIXTURES / "rules"


def _flat(content: list[Inline]) -> str:
    parts = []
    for item in content:
        if isinstance(item, Text):
            parts.append(item.text)
        elif isinstance(item, Bracket):
            parts.append(_flat(item.content))
    return " ".join(" ".join(parts).split())


def _brackets(content: list[Inline], out: list[str]) -> None:
    for item in content:
        if isinstance(item, Bracket):
            label = f"{item.label} | " if item.label else ""
            text = "" if item.kind in ("omission", "illegible") else _flat(item.content)
            out.append(f"{item.kind}: {label}{text}")
            _brackets(item.content, out)
        elif isinstance(item, NoteCall):
            out.append(f"footnote-call: {item.n}")


def _block_contents(block: Block) -> list[list[Inline]]:
    if isinstance(block, Paragraph):
        return [block.content]
    if isinstance(block, ItemList):
        return [item.content for item in block.items]
    if isinstance(block, FieldBlock):
        return [f.value for f in block.fields]
    if isinstance(block, Participants):
        return [line.text for line in block.lines]
    if isinstance(block, Closer):
        return [line.content for line in block.lines]
    if isinstance(block, Table):
        return [cell for row in block.rows for cell in row]
    return []


@pytest.mark.parametrize("case", params(RULES / "brackets.txt"))
def test_bracket_rules(case: Case) -> None:
    record = read_record(case.input + "\n", "case.txt")
    found: list[str] = []
    for block in record.blocks:
        for content in _block_contents(block):
            _brackets(content, found)
    assert "\n".join(found) == case.expected, case.where


def _describe(block: Block) -> str:
    if isinstance(block, Paragraph):
        return "p"
    if isinstance(block, ItemList):
        return f"list {block.style}: " + " ".join(i.label for i in block.items)
    if isinstance(block, FieldBlock):
        return "fields: " + " ".join(f.label for f in block.fields)
    if isinstance(block, Participants):
        return "participants: " + " ".join("group" if ln.group else "person" for ln in block.lines)
    if isinstance(block, Closer):
        return "closer: " + " ".join(line.kind for line in block.lines)
    if isinstance(block, Table):
        return f"table: {len(block.rows)} rows"
    return type(block).__name__.lower()


@pytest.mark.parametrize("case", params(RULES / "blocks.txt"))
def test_block_rules(case: Case) -> None:
    record = read_record(case.input, "case.txt")
    assert "\n".join(_describe(b) for b in record.blocks) == case.expected, case.where
