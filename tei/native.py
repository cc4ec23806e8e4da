"""Whether the converter's stages run compiled (mypyc, see setup.py), and whether that build is
older than its sources.

A compiled module is imported in place of its ``.py`` file, so an edit to the source does
nothing until the build is made again; the test run and the benchmarks check here so that
they never measure or test old code.
"""

from __future__ import annotations

from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
NATIVE_PACKAGES = ("read", "people", "encode")


def compiled_modules() -> list[Path]:
    """The compiled modules of the converter's stages (none in a plain Python install)."""
    found = [p for name in NATIVE_PACKAGES for p in (PACKAGE / name).glob("*.so")]
    return sorted(found + list(PACKAGE.glob("*__mypyc*.so")))


def stale_modules() -> list[Path]:
    """Sources changed since the compiled build: the build must be made again (``make``)."""
    built = compiled_modules()
    if not built:
        return []
    when = min(p.stat().st_mtime for p in built)
    return sorted(
        p
        for name in NATIVE_PACKAGES
        for p in (PACKAGE / name).glob("*.py")
        if p.stat().st_mtime > when
    )


def describe() -> str:
    """One line for reports: how the converter runs here."""
    if not compiled_modules():
        return "plain Python"
    stale = stale_modules()
    return "compiled with mypyc" + (f" (STALE: {len(stale)} sources changed)" if stale else "")
