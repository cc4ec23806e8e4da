"""pytest configuration: the golden-file accept flag, and shared fixtures."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from tei.validate.schema import Schema


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--accept-golden",
        action="store_true",
        default=False,
        help="rewrite golden files with the current output (read the diff before committing)",
    )


@pytest.fixture(scope="session")
def tei_all() -> Schema:
    """tei_all compiled by libxml2 (lxml), once per test session: it takes ~15 s.

    Tests that use it carry ``pytest.mark.xdist_group("tei_all")`` so that ``make test``
    (``--dist loadgroup``) sends them to one worker, which compiles it once.
    """
    from tei.validate.schema import RelaxNgSchema, lxml_relaxng
    from tests.support import TEI_ALL_RNG

    schema = lxml_relaxng(TEI_ALL_RNG.resolve())
    assert isinstance(schema, RelaxNgSchema)  # the lxml engine, whatever else is installed
    return schema


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


_FIGURES: list[str] = []
_TALLIES: dict[str, list[int]] = {}


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    """Collect the figures tests measured: ``record_property("figure", text)`` for a line,
    ``record_property("tally", (what, good, total))`` for counts summed over tests. With xdist
    the properties travel with each report to the controller."""
    if report.when != "call":
        return
    for key, value in report.user_properties:
        if key == "figure":
            _FIGURES.append(str(value))
        elif key == "tally" and isinstance(value, (tuple, list)) and len(value) == 3:
            counts = _TALLIES.setdefault(str(value[0]), [0, 0])
            counts[0] += int(value[1])
            counts[1] += int(value[2])


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Print the measured figures after the run, so `make test` shows them."""
    if not (_FIGURES or _TALLIES):
        return
    terminalreporter.section("figures measured")
    for what, (good, total) in sorted(_TALLIES.items()):
        share = good / total if total else 1.0
        terminalreporter.write_line(f"{what}: {good}/{total} = {share:.1%}")
    for line in sorted(_FIGURES):
        terminalreporter.write_line(line)
