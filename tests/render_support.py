"""Helpers shared by the renderer tests: fixture paths and parsing through tei.xmlsafe."""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from tei.xmlsafe import parse_file
from tests.support import FIXTURES

RENDER_FIXTURES = FIXTURES / "render"


def fixture(name: str) -> etree._ElementTree:
    """A hand-made TEI fixture of tests/fixtures/render/, parsed safely."""
    return parse_file(RENDER_FIXTURES / name)


def fixture_path(name: str) -> Path:
    return RENDER_FIXTURES / name
