"""pytest configuration: the golden-file accept flag, and shared fixtures."""

from __future__ import annotations

import pytest


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--accept-golden",
        action="store_true",
        default=False,
        help="rewrite golden files with the current output (read the diff before committing)",
    )


@pytest.fixture(scope="session")
def accept_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--accept-golden"))
