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


def pytest_configure(config: pytest.Config) -> None:
    """Refuse to test an old compiled build: it would be imported instead of the sources."""
    from tei.native import stale_modules

    stale = stale_modules()
    if stale:
        names = ", ".join(str(p.relative_to(p.parents[2])) for p in stale[:3])
        pytest.exit(
            f"the compiled converter is older than {names}: run `make native` "
            "(or `make pure` to test plain Python)",
            returncode=2,
        )
