"""Conversion throughput: records per second, one process and all cores.

Run: ``python -m benchmarks.convert`` (``--count N``, default 10,000).
The baseline in the same run is the floor any converter pays: reading each file, decoding it
and letting lxml parse and serialize a TEI document of the same size.
"""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

from lxml import etree

from benchmarks.corpus import make_records
from tei.native import describe
from tei.pipeline import convert_bytes, convert_many


def _floor(paths: list[Path], tei: list[bytes]) -> float:
    start = time.perf_counter()
    for path, data in zip(paths, tei, strict=True):
        path.read_bytes().decode("utf-8")
        etree.tostring(etree.fromstring(data))
    return time.perf_counter() - start


def run(count: int) -> dict[str, float]:
    paths = make_records(count)
    start = time.perf_counter()
    outputs = [convert_bytes(p.read_bytes(), str(p)).data for p in paths]
    single = time.perf_counter() - start
    start = time.perf_counter()
    results = list(convert_many(paths, jobs=0))
    parallel = time.perf_counter() - start
    assert all(not isinstance(r, Exception) for r in results)
    floor = _floor(paths, outputs)
    mb = sum(p.stat().st_size for p in paths) / 1e6
    return {
        "records": count,
        "input_mb": mb,
        "single_s": single,
        "single_rps": count / single,
        "cores": os.cpu_count() or 1,
        "parallel_s": parallel,
        "parallel_rps": count / parallel,
        "floor_rps": count / floor,
        "ratio_to_floor": single / floor,
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="1,000 records instead of 10,000")
    parser.add_argument("--count", type=int, default=0, help="number of records (default 10,000)")
    args = parser.parse_args(argv)
    r = run(args.count or (1_000 if args.quick else 10_000))
    print(
        f"convert: {r['records']:.0f} records, {r['input_mb']:.1f} MB of text"
        f" (converter: {describe()})"
    )
    print(f"  one process   {r['single_s']:7.1f} s  {r['single_rps']:8.0f} records/s")
    cores = f"{r['cores']:.0f} cores"
    print(f"  {cores:<13} {r['parallel_s']:7.1f} s  {r['parallel_rps']:8.0f} records/s")
    print(
        f"  floor (read + lxml parse/serialize of the TEI): {r['floor_rps']:.0f} records/s;"
        f" conversion costs {r['ratio_to_floor']:.1f}x the floor"
    )


if __name__ == "__main__":
    main()
