"""Site build time: an edition of 10,000 records from scratch, then after changing one record.

Run: ``python -m benchmarks.build`` (10,000 records) or with ``--quick`` (1,000). The records
are the benchmark corpus (benchmarks.corpus), converted to TEI once into an edition under
benchmarks/_work/ (not timed: that is the conversion benchmark's job). Then, timed:

1. a clean build into an empty folder (validate, render, index for search: all cores);
2. the same build again with nothing changed (it should write nothing);
3. a build after one record's TEI was changed (its page, the indexes and the search index).

The changed record is put back afterwards, so every run measures the same work.
"""

from __future__ import annotations

import argparse
import shutil
import time
from pathlib import Path

from benchmarks.corpus import WORK, make_records
from tei.files import write_atomic
from tei.pipeline import Conversion, convert_many
from tei.site import BuildReport, build

CONFIG = """title = "Benchmark edition"
publisher = "tei-editions benchmarks"
licence = "CC0"
base_url = "https://example.org/benchmark/"
"""


def edition(count: int) -> Path:
    """An edition of ``count`` converted records, made once and reused."""
    folder = WORK / f"build-edition-{count}"
    marker = folder / ".complete"
    if marker.exists():
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    (folder / "sources").mkdir(parents=True)
    (folder / "edition.toml").write_text(CONFIG)
    records = make_records(count)
    sources = []
    for record in records:
        target = folder / "sources" / record.name
        shutil.copyfile(record, target)
        sources.append(target)
    start = time.perf_counter()
    failed = 0
    for result in convert_many(sources):
        if isinstance(result, Conversion):
            write_atomic(folder / "tei" / f"{Path(result.path).stem}.xml", result.data)
        else:
            failed += 1
    print(f"converted {count - failed} records once in {time.perf_counter() - start:.1f} s", end="")
    print(f" ({failed} failed)" if failed else "")
    marker.write_text(str(count))
    return folder


def timed(label: str, folder: Path, site: Path) -> BuildReport:
    start = time.perf_counter()
    report = build(folder, site, keep_going=True)
    seconds = time.perf_counter() - start
    print(
        f"  {label:34s} {seconds:8.2f} s   {len(report.rendered):6d} pages rendered, "
        f"{len(report.written):6d} files written, search index "
        f"{'rebuilt' if report.search_built else 'kept'}"
    )
    report.seconds = seconds
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="1,000 records instead of 10,000")
    parser.add_argument("--count", type=int, default=0, help="number of records (default 10,000)")
    args = parser.parse_args()
    count = args.count or (1000 if args.quick else 10_000)
    folder = edition(count)
    site = WORK / f"build-site-{count}"
    shutil.rmtree(site, ignore_errors=True)
    print(f"\ntei build: {count:,} records ({folder.relative_to(WORK.parent.parent)})")
    first = timed("clean build", folder, site)
    print(f"  {'':34s} {first.documents / first.seconds:8.1f} documents/s, {first.persons} persons")
    unchanged = timed("again, nothing changed", folder, site)
    tei = sorted((folder / "tei").glob("*.xml"))[count // 2]
    original = tei.read_bytes()
    head, end, tail = original.decode("utf-8").rpartition("</p>")
    tei.write_text(f"{head} A sentence added for the benchmark.{end}{tail}", "utf-8")
    try:
        changed = timed(f"after changing {tei.name}", folder, site)
    finally:
        tei.write_bytes(original)
    print(
        f"  one change: {changed.seconds / first.seconds:.1%} of the clean build; "
        f"nothing changed: {unchanged.seconds / first.seconds:.1%}"
    )


if __name__ == "__main__":
    main()
