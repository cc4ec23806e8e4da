"""What the browser tests share: Debian's chromium, how to start it, and the axe-core check.

No `playwright install`: the browser is /usr/bin/chromium (.ci/run installs it). axe-core comes
from the axe-playwright-python package, which ships axe.min.js; it is injected through the
DevTools protocol, which the pages' Content-Security-Policy does not govern.
"""

from __future__ import annotations

import importlib.resources
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
MARKS = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed"),
    pytest.mark.xdist_group("browser"),
]
"""Every browser test module sets ``pytestmark = MARKS``."""


def launch() -> Iterator[Any]:
    """A headless chromium for a module's tests (use as the body of a fixture)."""
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        instance = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield instance
        instance.close()


def assert_no_axe_violations(page: Any) -> None:
    """Run axe-core on the page and fail with its findings."""
    axe = (
        importlib.resources.files("axe_playwright_python").joinpath("axe.min.js").read_text("utf-8")
    )
    page.evaluate(axe)
    result = page.evaluate("async () => await axe.run(document)")
    violations = [
        {"id": v["id"], "help": v["help"], "nodes": [n["html"][:120] for n in v["nodes"][:3]]}
        for v in result["violations"]
    ]
    assert violations == [], json.dumps(violations, indent=1)
