"""One hash per record set of what the converter gives: ``python -m benchmarks.fingerprint``.

A speed change must not change output. This converts the generated benchmark records (1,000 by
default), the shared records, the seed and the FRUS layout-E fixtures with ``tei.pipeline`` and
prints, per set, a SHA-256 over every record's TEI bytes and formatted diagnostics (or its
error), so the figures before and after a change can be compared line by line. ``--list``
prints one hash per record instead, to find the record that differs.
"""

from __future__ import annotations

import argparse
import hashlib
from pathlib import Path

from benchmarks.corpus import ROOT, SHARED, make_records


def _sets(count: int) -> dict[str, list[Path]]:
    return {
        f"generated-{count}": make_records(count),
        "shared-records": sorted(SHARED.joinpath("records").glob("*.txt")),
        "seed": sorted(SHARED.joinpath("seed").glob("*.txt")),
        "frus_e": sorted(ROOT.joinpath("tests", "fixtures", "frus_e").glob("*.txt")),
    }


def record_hash(path: Path) -> str:
    """SHA-256 of a record's TEI bytes and diagnostics (or its located error)."""
    from tei.errors import TeiError
    from tei.pipeline import convert_bytes

    digest = hashlib.sha256()
    try:
        result = convert_bytes(path.read_bytes(), path.name)
    except TeiError as exc:
        digest.update(f"error {type(exc).__name__}: {exc}".encode())
    else:
        digest.update(result.data)
        for diagnostic in result.diagnostics:
            digest.update(b"\0" + diagnostic.format().encode())
    return digest.hexdigest()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=1000, help="generated records")
    parser.add_argument("--list", action="store_true", help="one hash per record")
    args = parser.parse_args(argv)
    for name, paths in _sets(args.count).items():
        total = hashlib.sha256()
        for path in paths:
            one = record_hash(path)
            total.update(one.encode())
            if args.list:
                print(f"{name}/{path.name} {one}")
        print(f"{name} ({len(paths)} records): {total.hexdigest()}")


if __name__ == "__main__":
    main()
