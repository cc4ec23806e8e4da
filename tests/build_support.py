"""Shared helpers for the `tei build` tests: editions copied to a temporary folder, site files."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

from tests.support import ROOT

FIXTURE_EDITION = ROOT / "tests" / "fixtures" / "build" / "edition"
INVALID_TEI = ROOT / "tests" / "fixtures" / "build" / "invalid.xml"
SAMPLE_EDITION = ROOT / "editions" / "sample"


def copy_edition(source: Path, target: Path) -> Path:
    """A copy of an edition (keeping mtimes), so that tests may change it."""
    shutil.copytree(source, target, ignore=shutil.ignore_patterns(".tei-cache"))
    return target


def sample_with_persons(target: Path) -> Path:
    """The sample edition plus the fixture's records with persons and its register."""
    edition = copy_edition(SAMPLE_EDITION, target)
    for tei in (FIXTURE_EDITION / "tei").glob("*.xml"):
        shutil.copy2(tei, edition / "tei" / tei.name)
    shutil.copy2(FIXTURE_EDITION / "persons.xml", edition / "persons.xml")
    return edition


def site_files(site: Path) -> dict[str, bytes]:
    """Every file of a site by relative path."""
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*") if p.is_file()}


def mtimes(site: Path) -> dict[str, int]:
    return {p.relative_to(site).as_posix(): p.stat().st_mtime_ns for p in site.rglob("*")}


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
