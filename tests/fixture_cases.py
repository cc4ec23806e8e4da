"""Fixture files of cases, markdown-it style: title, ``.``, input, ``.``, expected, ``.``.

A failing case names its file and line, so a fixture file reads as the rules' documentation.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest


@dataclass(frozen=True)
class Case:
    title: str
    input: str
    expected: str
    where: str


def read_cases(path: Path) -> list[Case]:
    lines = path.read_text("utf-8").split("\n")
    cases: list[Case] = []
    i = 0
    while i < len(lines):
        if not lines[i].strip() or lines[i].startswith("#"):
            i += 1
            continue
        title, start = lines[i], i + 1
        assert lines[i + 1] == ".", f"{path.name}:{i + 2}: expected '.' after the title"
        parts: list[list[str]] = [[], []]
        j = i + 2
        for part in parts:
            while lines[j] != ".":
                part.append(lines[j])
                j += 1
            j += 1
        cases.append(Case(title, "\n".join(parts[0]), "\n".join(parts[1]), f"{path.name}:{start}"))
        i = j
    return cases


def params(path: Path) -> list[object]:
    return [pytest.param(case, id=f"{case.where} {case.title}") for case in read_cases(path)]
