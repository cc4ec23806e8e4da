"""Conversion speed of two or more source trees, paired: ``python -m benchmarks.compare A B …``.

Each argument is a checkout of this project (a ``git worktree`` of another revision, or a copy
built with ``make native``); the first is the baseline. One worker process per tree imports
that tree's ``tei`` and converts the same records, held in memory; the trees take turns on
each batch (in alternating order), so a noisy machine slows them alike, and each batch gives a
throughput ratio against the baseline. The figure is the median of those ratios.

    git worktree add /tmp/before <revision>
    python -m benchmarks.compare /tmp/before .
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

_HERE = Path(__file__).resolve()


def _worker(root: str, folder: str) -> None:
    """Convert the batches the parent asks for (``start end`` per line); answer seconds."""
    sys.path.insert(0, root)
    from tei.pipeline import convert_bytes

    try:
        from tei.native import describe

        mode = describe()
    except ImportError:  # a revision from before the compiled build
        mode = "plain Python"

    paths = sorted(Path(folder).glob("*.txt"))
    data = [(p.read_bytes(), str(p)) for p in paths]
    for item, name in data[:50]:  # warm up: schema compiled, caches filled
        convert_bytes(item, name)
    print(mode, flush=True)
    for line in sys.stdin:
        start, end = map(int, line.split())
        began = time.perf_counter()
        for item, name in data[start:end]:
            convert_bytes(item, name)
        print(time.perf_counter() - began, flush=True)


def run(roots: list[str], batches: int, size: int) -> dict[str, list[float]]:
    """Seconds per record of each tree, batch by batch."""
    from benchmarks.corpus import make_records

    paths = make_records(batches * size)
    folder = str(paths[0].parent)
    workers = {
        root: subprocess.Popen(
            [sys.executable, str(_HERE), "--worker", root, folder],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        for root in roots
    }
    for root, proc in workers.items():
        assert proc.stdout is not None
        print(f"  {root}: converter {proc.stdout.readline().strip()}", flush=True)
    times: dict[str, list[float]] = {root: [] for root in roots}
    for k in range(batches):
        for root in roots if k % 2 == 0 else roots[::-1]:
            proc = workers[root]
            assert proc.stdin is not None and proc.stdout is not None
            proc.stdin.write(f"{k * size} {(k + 1) * size}\n")
            proc.stdin.flush()
            times[root].append(float(proc.stdout.readline()) / size)
    for proc in workers.values():
        assert proc.stdin is not None
        proc.stdin.close()
        proc.wait()
    return times


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("roots", nargs="+", help="source trees; the first is the baseline")
    parser.add_argument("--batches", type=int, default=20)
    parser.add_argument("--size", type=int, default=150, help="records per batch")
    args = parser.parse_args(argv)
    roots = [str(Path(r).resolve()) for r in args.roots]
    if len(set(roots)) < len(roots):
        parser.error("give each tree once (copy it to compare a tree with itself)")
    times = run(roots, args.batches, args.size)
    base = times[roots[0]]
    print(f"compare: {args.batches} batches of {args.size} records, baseline {roots[0]}")
    for root in roots:
        ratios = [b / t for b, t in zip(base, times[root], strict=True)]
        print(
            f"  {root}: {min(times[root]) * 1e3:.2f} ms/record (best batch),"
            f" median {statistics.median(times[root]) * 1e3:.2f};"
            f" throughput {statistics.median(ratios):.2f}x the baseline"
        )


if __name__ == "__main__":
    if sys.argv[1:2] == ["--worker"]:
        _worker(sys.argv[2], sys.argv[3])
    else:
        main()
