"""Every CLI command is documented: in README.md with an example, and in its own --help."""

from __future__ import annotations

import re

import pytest
from click.testing import CliRunner

from tei.cli import COMMANDS, main
from tests.support import ROOT

README = (ROOT / "README.md").read_text("utf-8")


@pytest.mark.parametrize("name", sorted(c.name or "" for c in COMMANDS))
def test_command_is_in_the_readme(name: str) -> None:
    assert f"### tei {name}" in README, f"README.md has no section for tei {name}"
    section = README.split(f"### tei {name}", 1)[1].split("\n### ", 1)[0]
    assert re.search(rf"^tei {name} ", section, re.M), f"no example of tei {name} in README.md"


@pytest.mark.parametrize("name", sorted(c.name or "" for c in COMMANDS))
def test_command_help_has_an_example(name: str) -> None:
    result = CliRunner().invoke(main, [name, "--help"])
    assert result.exit_code == 0
    assert f"tei {name} " in result.output.split("Options:")[0]


def test_readme_gives_the_two_setup_commands() -> None:
    assert "make demo" in README and "make test" in README
