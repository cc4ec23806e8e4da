"""The commands as users run them, at N and 4N records: one table (``python -m benchmarks``).

Each figure is a ``tei`` command in a subprocess (start-up, schema compilation, process pool
and file writes included), timed at two sizes so that the growth exponent shows whether a
command stays linear: time(4N)/time(N) = 4 is linear (exponent 1.00), 16 quadratic (2.00).
Throughput (records/s, MB/s of input) and the peak RSS of the largest process are those of
the 4N run; CPU 4N/N is the growth of the CPU time of all the command's processes, which a
busy machine does not stretch as it does the wall time. The floor, where one applies, is
measured in this process on the same files:

- convert: the library converting the same records in one process per core
  (``tei.pipeline.convert_many``), the best the command can do; the command's share of it is
  printed below the table;
- validate: lxml parsing each file and validating it with the project XSD;
- render: lxml parsing each file and serializing it (what any Python renderer pays).

    python -m benchmarks            # N = 500 (and 2,000)
    python -m benchmarks --quick    # N = 100 (and 400)
    python -m benchmarks --count 2500
"""

from __future__ import annotations

import argparse
import math
import os
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from lxml import etree

from benchmarks.corpus import WORK, make_records
from benchmarks.render import tei_documents
from benchmarks.scale import TEI, Timed, timed
from tei.native import describe
from tei.pipeline import convert_many
from tei.validate.schema import project_schema
from tei.xmlsafe import parse_bytes

HERE = WORK / "commands"
CONFIG = 'title = "Benchmark edition"\npublisher = "benchmarks"\nlicence = "CC0"\n'
CONFIG += 'base_url = "https://example.org/b/"\n'


@dataclass(slots=True)
class Row:
    """One command at N and 4N."""

    name: str
    small: Timed
    large: Timed
    count: int
    megabytes: float
    floor: float | None = None
    """Records per second of the floor (4N), or None where none applies."""

    @property
    def exponent(self) -> float:
        ratio = self.large.seconds / max(self.small.seconds, 1e-9)
        return math.log(ratio) / math.log(4)


def _folder(name: str, files: list[Path]) -> Path:
    """A folder holding copies of ``files`` (made once per name)."""
    folder = HERE / name
    if not (folder / ".complete").exists():
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        for path in files:
            shutil.copyfile(path, folder / path.name)
        (folder / ".complete").write_text(str(len(files)))
    return folder


def _tei_files(count: int) -> list[Path]:
    tei_documents(count)  # converted once, cached
    return sorted((WORK / f"render-tei-{count}").glob("r*.xml"))


def _per_second(func: Callable[[], object], count: int) -> float:
    start = time.perf_counter()
    func()
    return count / (time.perf_counter() - start)


def convert(n: int) -> Row:
    runs, floor = [], 0.0
    for count in (n, 4 * n):
        records = make_records(count)
        source = records[0].parent
        out = HERE / f"convert-out-{count}"
        shutil.rmtree(out, ignore_errors=True)
        runs.append(timed([*TEI, "convert", str(source), "-d", str(out), "-q"]))
        if count == 4 * n:
            floor = _per_second(lambda r=records: list(convert_many(r, jobs=0)), count)
    mb = sum(p.stat().st_size for p in make_records(4 * n)) / 1e6
    return Row("tei convert DIR -d OUT", *runs, 4 * n, mb, floor)


def validate(n: int) -> Row:
    runs = []
    files = _tei_files(4 * n)
    for count in (n, 4 * n):
        folder = _folder(f"tei-{count}", files[:count])
        runs.append(timed([*TEI, "validate", str(folder), "-f", "json", "-o", os.devnull]))
    schema = project_schema()

    def floor_run() -> None:
        for path in files:
            data = path.read_bytes()
            schema.validate(parse_bytes(data, path), path, data)

    mb = sum(p.stat().st_size for p in files) / 1e6
    return Row("tei validate DIR", *runs, 4 * n, mb, _per_second(floor_run, len(files)))


def render(n: int) -> Row:
    runs = []
    files = _tei_files(4 * n)
    for count in (n, 4 * n):
        folder = _folder(f"tei-{count}", files[:count])
        out = HERE / f"render-out-{count}"
        shutil.rmtree(out, ignore_errors=True)
        runs.append(timed([*TEI, "render", str(folder), "-d", str(out)]))

    def floor_run() -> None:
        for path in files:
            etree.tostring(parse_bytes(path.read_bytes(), path))

    mb = sum(p.stat().st_size for p in files) / 1e6
    return Row("tei render DIR -d OUT (HTML)", *runs, 4 * n, mb, _per_second(floor_run, len(files)))


def build(n: int) -> list[Row]:
    """Clean, nothing changed, one record changed: an edition of TEI documents."""
    files = _tei_files(4 * n)
    runs: dict[str, list[Timed]] = {"clean": [], "nothing changed": [], "one record changed": []}
    for count in (n, 4 * n):
        edition = HERE / f"edition-{count}"
        shutil.rmtree(edition, ignore_errors=True)
        (edition / "tei").mkdir(parents=True)
        (edition / "edition.toml").write_text(CONFIG)
        for path in files[:count]:
            shutil.copyfile(path, edition / "tei" / path.name)
        site = HERE / f"site-{count}"
        shutil.rmtree(site, ignore_errors=True)
        command = [*TEI, "build", str(edition), "-o", str(site), "--keep-going", "-q"]
        runs["clean"].append(timed(command))
        runs["nothing changed"].append(timed(command))
        changed = edition / "tei" / files[count // 2].name
        head, end, tail = changed.read_text("utf-8").rpartition("</p>")
        changed.write_text(f"{head} One more sentence.{end}{tail}", "utf-8")
        runs["one record changed"].append(timed(command))
    mb = sum(p.stat().st_size for p in files) / 1e6
    return [Row(f"tei build: {k}", *v, 4 * n, mb) for k, v in runs.items()]


def table(rows: list[Row], n: int) -> str:
    head = (
        f"{'command':32s} {'N s':>7s} {'4N s':>7s} {'4N/N':>5s} {'exp':>5s} "
        f"{'rec/s':>7s} {'MB/s':>6s} {'CPU s':>6s} {'CPU 4N/N':>8s} {'RSS MB':>7s} "
        f"{'floor rec/s':>11s}"
    )
    lines = [head, "-" * len(head)]
    for row in rows:
        rate = row.count / row.large.seconds
        floor = f"{row.floor:11.0f}" if row.floor else f"{'-':>11s}"
        failed = "" if row.small.code == row.large.code == 0 else "  (exit code not 0)"
        lines.append(
            f"{row.name:32s} {row.small.seconds:7.2f} {row.large.seconds:7.2f} "
            f"{row.large.seconds / row.small.seconds:5.2f} {row.exponent:5.2f} {rate:7.0f} "
            f"{row.megabytes / row.large.seconds:6.2f} {row.large.cpu:6.1f} "
            f"{row.large.cpu / max(row.small.cpu, 1e-9):8.2f} "
            f"{row.large.peak_mb:7.0f} {floor}{failed}"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="N = 100 instead of 500")
    parser.add_argument("--count", type=int, default=0, help="N (the runs are N and 4N)")
    parser.add_argument(
        "--only", default="", help="comma-separated: convert,validate,render,build (default all)"
    )
    args = parser.parse_args(argv)
    n = args.count or (100 if args.quick else 500)
    load = os.getloadavg()[0]
    when = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    print(f"tei commands at N = {n:,} and 4N = {4 * n:,} records; {when}; converter {describe()}")
    print(f"{os.cpu_count()} cores, load average {load:.1f} at the start", flush=True)
    wanted = set(filter(None, args.only.split(","))) or {"convert", "validate", "render", "build"}
    rows: list[Row] = []
    for name, measure in (("convert", convert), ("validate", validate), ("render", render)):
        if name in wanted:
            rows.append(measure(n))
    if "build" in wanted:
        rows += build(n)
    print(table(rows, n))
    if "convert" in wanted:
        share = rows[0].count / rows[0].large.seconds / (rows[0].floor or 1)
        print(f"tei convert (command) at 4N: {share:.2f}x the in-process conversion (floor)")
    print(f"load average {os.getloadavg()[0]:.1f} at the end")


if __name__ == "__main__":
    main()
