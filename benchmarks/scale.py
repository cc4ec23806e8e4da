"""A scale run: ``tei build`` of a new N-record edition, as a user runs it.

    python -m benchmarks.scale --count 10000
    python -m benchmarks.scale --count 100000

The edition (benchmarks/_work/scale-N/) holds N sources made from the shared records (the
seed, the records of /work/shared/corpus/records and the FRUS layout-E fixtures) with their
numbers varied by a seeded generator, so no two are the same text. Each build is the ``tei
build`` command in a subprocess; the figures are wall time, the steps' times (``--timings``),
the CPU time of all its processes (on a busy machine, CPU / cores is what an idle one would
take at best), the peak memory of the largest process (RSS, the build or one of its workers)
and the site's size. Three builds: a new edition (sources only: convert, check, render,
index), again with nothing changed, and after one record's TEI was changed.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from benchmarks.corpus import WORK, corpus_sources, vary

CONFIG = """title = "Scale edition"
publisher = "tei-editions benchmarks"
licence = "CC0"
base_url = "https://example.org/scale/"
"""
TEI = [sys.executable, "-c", "from tei.cli import main; main()"]
_PEAK = (
    "import resource, subprocess, sys\n"
    "code = subprocess.run(sys.argv[1:]).returncode\n"
    "use = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
    "print(f'peak-rss-kb {use.ru_maxrss} cpu-s {use.ru_utime + use.ru_stime}', file=sys.stderr)\n"
    "sys.exit(code)\n"
)


@dataclass(slots=True)
class Timed:
    """One command's wall time, CPU time (all its processes), peak RSS (largest process, MB),
    steps and summary line."""

    seconds: float
    cpu: float
    peak_mb: float
    steps: str
    summary: str
    code: int


def timed(command: list[str], cwd: Path | None = None) -> Timed:
    """Run ``command`` in a fresh process that reports its descendants' peak RSS."""
    start = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-c", _PEAK, *command],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
    )
    seconds = time.perf_counter() - start
    lines = proc.stderr.splitlines()
    usage = next((x.split() for x in lines if x.startswith("peak-rss-kb ")), ["", "0", "", "0"])
    peak, cpu = int(usage[1]), float(usage[3])
    steps = next((x.removeprefix("timings: ") for x in lines if x.startswith("timings:")), "")
    summary = next((x for x in lines if " documents, " in x and " persons, " in x), "")
    if proc.returncode != 0:
        print("\n".join(lines[-20:]), file=sys.stderr)
    return Timed(seconds, cpu, peak / 1024, steps, summary, proc.returncode)


def make_edition(count: int, folder: Path) -> Path:
    """An edition of ``count`` varied sources (made once per count); its tei/ starts empty."""
    sources = folder / "sources"
    marker = folder / ".complete"
    if not marker.exists():
        shutil.rmtree(folder, ignore_errors=True)
        sources.mkdir(parents=True)
        (folder / "edition.toml").write_text(CONFIG)
        texts = [p.read_text("utf-8") for p in corpus_sources()]
        rng = random.Random(20261203)
        for k in range(count):
            text = vary(texts[k % len(texts)], rng)
            (sources / f"r{k:06d}.txt").write_text(text, "utf-8")
        marker.write_text(str(count))
    shutil.rmtree(folder / "tei", ignore_errors=True)
    shutil.rmtree(folder / ".tei-cache", ignore_errors=True)
    return folder


def size_mb(folder: Path) -> tuple[float, int]:
    """Bytes (MB) and number of files below ``folder``."""
    total = files = 0
    for root, _, names in os.walk(folder):
        for name in names:
            total += os.stat(os.path.join(root, name)).st_size
            files += 1
    return total / 1e6, files


def run(count: int, jobs: int) -> dict[str, Timed]:
    folder = make_edition(count, WORK / f"scale-{count}")
    site = WORK / f"scale-site-{count}"
    shutil.rmtree(site, ignore_errors=True)
    build = [*TEI, "build", str(folder), "-o", str(site), "--keep-going", "--timings"]
    build += ["--jobs", str(jobs)] if jobs else []
    results: dict[str, Timed] = {}
    results["new edition (sources only)"] = timed(build)
    results["nothing changed"] = timed(build)
    tei = sorted((folder / "tei").glob("*.xml"))[count // 2]
    head, end, tail = tei.read_text("utf-8").rpartition("</p>")
    tei.write_text(f"{head} A sentence added for the scale run.{end}{tail}", "utf-8")
    results[f"one record changed ({tei.name})"] = timed(build)
    return results


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10_000, help="records (default 10,000)")
    parser.add_argument("--jobs", type=int, default=0, help="processes (default: all cores)")
    args = parser.parse_args(argv)
    print(
        f"tei build, {args.count:,} records; {os.cpu_count()} cores, "
        f"load average {os.getloadavg()[0]:.1f} at the start",
        flush=True,
    )
    results = run(args.count, args.jobs)
    site = WORK / f"scale-site-{args.count}"
    mb, files = size_mb(site)
    print(f"{'build':40s} {'seconds':>8s} {'CPU s':>7s} {'peak RSS MB':>12s}  steps (s)")
    for label, r in results.items():
        status = "" if r.code == 0 else f"  EXIT {r.code}"
        print(f"{label:40s} {r.seconds:8.1f} {r.cpu:7.1f} {r.peak_mb:12.0f}  {r.steps}{status}")
    first = next(iter(results.values()))
    print(f"site: {mb:,.0f} MB in {files:,} files; {first.summary}")
    print(f"load average {os.getloadavg()[0]:.1f} at the end")


if __name__ == "__main__":
    main()
