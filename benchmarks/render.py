"""Rendering throughput: documents per second for HTML and text, next to lxml's floor.

Run: ``python -m benchmarks.render`` (10,000 records and the FRUS volume) or with ``--quick``
(1,000 records). The records are the benchmark corpus (benchmarks.corpus)
converted to TEI once by tei.pipeline and kept in benchmarks/_work/; without the converter,
they are the seed's reference encoding with its numbers varied.

The floor, measured in the same run on the same bytes, is what any Python renderer pays:
parsing each document with tei.xmlsafe and serializing it with lxml. One process, so that the
figures compare the work and not the number of cores; the methods take turns batch by batch,
and each figure is the median of five rounds.
"""

from __future__ import annotations

import argparse
import importlib.util
import random
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from lxml import etree

from benchmarks.corpus import SHARED, WORK, make_records, vary
from tei.render import render_html, render_text
from tei.xmlsafe import parse_bytes

FRUS = SHARED / "frus" / "frus1936v03.xml"
SEED_REFERENCE = SHARED / "seed" / "000_73b064174e65e1d6.reference.xml"


def tei_documents(count: int) -> list[bytes]:
    """``count`` TEI documents, converted once and cached under benchmarks/_work/."""
    folder = WORK / f"render-tei-{count}"
    marker = folder / ".complete"
    paths = [folder / f"r{k:05d}.xml" for k in range(count)]
    if not marker.exists():
        folder.mkdir(parents=True, exist_ok=True)
        for path, data in zip(paths, _make(count), strict=True):
            path.write_bytes(data)
        marker.write_text(str(count))
    return [p.read_bytes() for p in paths]


def _make(count: int) -> list[bytes]:
    if importlib.util.find_spec("tei.pipeline") is not None:
        from tei.pipeline import convert_bytes

        return [convert_bytes(p.read_bytes(), str(p)).data for p in make_records(count)]
    seed = SEED_REFERENCE.read_text("utf-8")
    rng = random.Random(20261126)
    return [vary(seed, rng).encode("utf-8") for _ in range(count)]


def measure(docs: list[bytes], rounds: int = 5, batch: int = 50) -> dict[str, list[float]]:
    """Seconds per document for the floor, HTML and both text views, one figure per round.

    The methods take turns on each batch of ``batch`` documents, so a burst of load from other
    processes on the machine slows the floor as much as the renderers instead of skewing the
    ratio; the report takes the median of the rounds.
    """
    work: dict[str, Callable[[bytes], object]] = {
        "lxml parse+serialize": lambda d: etree.tostring(parse_bytes(d)),
        "html": lambda d: render_html(parse_bytes(d)),
        "text reading": lambda d: render_text(parse_bytes(d)),
        "text diplomatic": lambda d: render_text(parse_bytes(d), view="diplomatic"),
    }
    batches = [docs[k : k + batch] for k in range(0, len(docs), batch)]
    per_round: dict[str, list[float]] = {name: [] for name in work}
    for _ in range(rounds):
        spent = dict.fromkeys(work, 0.0)
        for part in batches:
            for name, func in work.items():
                start = time.perf_counter()
                for data in part:
                    func(data)
                spent[name] += time.perf_counter() - start
        for name, seconds in spent.items():
            per_round[name].append(seconds / len(docs))
    return per_round


def report(title: str, docs: list[bytes], per_round: dict[str, list[float]]) -> None:
    """Documents/s (median round) and the median over rounds of each round's ratio to the floor."""
    size = sum(len(d) for d in docs) / len(docs) / 1e3
    floor = per_round["lxml parse+serialize"]
    rounds = len(floor)
    print(f"\n{title}: {len(docs)} document(s), {size:,.1f} kB each on average, {rounds} rounds")
    print(f"  {'':24s} {'docs/s':>10s} {'ms/doc':>9s} {'x floor':>8s}")
    for name, seconds in per_round.items():
        typical = statistics.median(seconds)
        ratio = statistics.median(s / f for s, f in zip(seconds, floor, strict=True))
        print(f"  {name:24s} {1 / typical:10,.1f} {1e3 * typical:9.2f} {ratio:8.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="1,000 records instead of 10,000")
    parser.add_argument("--count", type=int, default=0, help="number of records (default 10,000)")
    parser.add_argument("--rounds", type=int, default=5, help="rounds; the median is reported")
    args = parser.parse_args()
    count = args.count or (1000 if args.quick else 10_000)
    records = tei_documents(count)
    render_html(parse_bytes(records[0]))  # compile the stylesheets before timing
    render_text(parse_bytes(records[0]))
    report("Records", records, measure(records, args.rounds))
    volume = [Path(FRUS).read_bytes()]
    report("FRUS volume (frus1936v03.xml)", volume, measure(volume, args.rounds))


if __name__ == "__main__":
    main()
