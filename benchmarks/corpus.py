"""Make N benchmark records from the real corpus, deterministically.

Each record is one of the corpus records (the seed, the 12 layout records, the FRUS layout-E
fixtures) with its names and numbers varied by a seeded generator, so that 10,000 records
are 10,000 different texts in the layouts editors meet, not one file copied.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "corpus"
WORK = ROOT / "benchmarks" / "_work"


def corpus_sources() -> list[Path]:
    return sorted(
        [
            *SHARED.joinpath("seed").glob("*.txt"),
            *SHARED.joinpath("records").glob("*.txt"),
            *ROOT.joinpath("tests", "fixtures", "frus_e").glob("*.txt"),
        ]
    )


_DIGITS = re.compile(r"(?<![\[\d])\d{2,}(?![\]\d])")


def vary(text: str, rng: random.Random) -> str:
    """Change numbers (not footnote numbers) so that every record is a different text."""
    return _DIGITS.sub(lambda m: str(rng.randrange(10, 10 ** len(m.group()))), text)


def make_records(count: int, folder: Path | None = None) -> list[Path]:
    """Write ``count`` records (once; reused while the count matches) and return their paths."""
    folder = folder or WORK / f"records-{count}"
    marker = folder / ".complete"
    paths = [folder / f"r{k:05d}.txt" for k in range(count)]
    if marker.exists():
        return paths
    folder.mkdir(parents=True, exist_ok=True)
    sources = [p.read_text("utf-8") for p in corpus_sources()]
    rng = random.Random(20261126)
    for k, path in enumerate(paths):
        path.write_text(vary(sources[k % len(sources)], rng), "utf-8")
    marker.write_text(str(count))
    return paths
