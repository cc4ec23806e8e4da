"""Shared test helpers: where the real corpus lives, and tei_all validation through jing.

jing checks a file against tei_all in well under a second, where lxml needs ~15 s just to
compile the schema, so the official schema is checked with jing (Debian package, installed by
.ci/run) on many files in one call.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "corpus"
SEED_DIR = SHARED / "seed"
SEED_TXT = SEED_DIR / "000_73b064174e65e1d6.txt"
SEED_REFERENCE = SEED_DIR / "000_73b064174e65e1d6.reference.xml"
RECORDS_DIR = SHARED / "records"
FRUS_DIR = SHARED / "frus"
FRUS_VOLUME = FRUS_DIR / "frus1936v03.xml"
FRUS_RNG = FRUS_DIR / "frus.rng"
TEI_ALL_RNG = SHARED / "tei_all" / "tei_all.rng"
FIXTURES = ROOT / "tests" / "fixtures"
GOLDEN = ROOT / "tests" / "golden"


def record_paths() -> list[Path]:
    """Every record of the shared corpus that has a truth file."""
    return sorted(p for p in RECORDS_DIR.glob("*.txt"))


def convert_all(sources: list[Path], out: Path) -> dict[str, Path]:
    """Convert records into ``out``; map each source's file name to its TEI file."""
    from tei.pipeline import convert_file

    converted: dict[str, Path] = {}
    for source in sources:
        target = out / (source.stem + ".xml")
        target.write_bytes(convert_file(source).data)
        converted[source.name] = target
    return converted


def jing_errors(paths: list[Path], schema: Path = TEI_ALL_RNG) -> dict[str, list[str]]:
    """Validate files with jing; map each file name to its error lines (empty when valid)."""
    jing = shutil.which("jing")
    if jing is None:
        raise RuntimeError("jing is not installed; .ci/run installs it (apt-get install jing)")
    proc = subprocess.run(
        [jing, str(schema), *map(str, paths)], capture_output=True, text=True, check=False
    )
    errors: dict[str, list[str]] = {str(p): [] for p in paths}
    for line in proc.stdout.splitlines():
        m = re.match(r"(.+?):\d+:\d+: ", line)
        if m and m.group(1) in errors:
            errors[m.group(1)].append(line)
        elif line.strip():
            errors.setdefault("?", []).append(line)
    return errors
