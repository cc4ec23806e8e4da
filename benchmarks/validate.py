"""Benchmark ``tei validate`` against jing + tei_all on the same files, in the same run.

    python -m benchmarks.validate            # 10,000 records + the FRUS volume
    python -m benchmarks.validate --quick    # 1,000 records

Records are the corpus records converted by ``tei.pipeline`` (and the seed's reference
encoding), copied with a new ``xml:id`` and title each, under benchmarks/_work/validate/
(git-ignored). Each contender validates the same files; wall-clock time includes start-up and
schema compilation, since that is what an editor or a CI job waits for.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from lxml import etree

from tei.ns import XML_ID, tei
from tei.pipeline import convert_file, find_records
from tei.validate.check import Options
from tei.validate.runner import default_jobs, validate_paths
from tei.validate.schema import project_schema

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
TEI_ALL = CORPUS / "tei_all" / "tei_all.rng"
FRUS_VOLUME = CORPUS / "frus" / "frus1936v03.xml"
FRUS_RNG = CORPUS / "frus" / "frus.rng"
WORK = ROOT / "benchmarks" / "_work" / "validate"
"""Only this benchmark's files: other benchmarks keep theirs next to it."""
TEI_CLI = [sys.executable, "-c", "from tei.cli import main; main()", "validate"]


def make_records(count: int) -> list[Path]:
    """``count`` valid TEI records, variations of the converted corpus."""
    folder = WORK / f"records-{count}"
    existing = sorted(folder.glob("rec-*.xml"))
    if len(existing) == count:
        return existing
    for stale in existing:
        stale.unlink()
    folder.mkdir(parents=True, exist_ok=True)
    sources = [*find_records(CORPUS / "records"), *find_records(CORPUS / "seed")]
    templates = [etree.fromstring(convert_file(p).data) for p in sources]
    templates.append(
        etree.parse(str(CORPUS / "seed" / "000_73b064174e65e1d6.reference.xml")).getroot()
    )
    paths = []
    for i in range(count):
        root = templates[i % len(templates)]
        root.set(XML_ID, f"bench-{i:05d}")
        title = root.find(f".//{tei('title')}")
        if title is not None:
            title.text = f"{(title.text or '').split(' #')[0]} #{i}"
        path = folder / f"rec-{i:05d}.xml"
        path.write_bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8"))
        paths.append(path)
    return paths


def timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def run(command: list[str], cwd: Path, expect: set[int]) -> None:
    proc = subprocess.run(command, cwd=cwd, capture_output=True, text=True, check=False)
    if proc.returncode not in expect:
        raise SystemExit(f"{command[:4]}… exited {proc.returncode}:\n{proc.stderr[-2000:]}")


def in_process(paths: list[Path], options: Options, jobs: int) -> Callable[[], object]:
    return lambda: validate_paths(paths, options, jobs=jobs)


def measure(label: str, paths: list[Path], cwd: Path, expect: set[int]) -> list[tuple[str, float]]:
    names = [str(p.relative_to(cwd)) for p in paths]
    jobs = default_jobs()
    contenders: list[tuple[str, Callable[[], object]]] = [
        ("tei validate, API, 1 process", in_process(paths, Options(), 1)),
        (f"tei validate, API, {jobs} processes", in_process(paths, Options(), jobs)),
        ("tei validate (CLI)", lambda: run([*TEI_CLI, *names], cwd, expect)),
        (
            "tei validate --schema tei_all.rng (CLI)",
            lambda: run([*TEI_CLI, "--schema", str(TEI_ALL), *names], cwd, expect | {1}),
        ),
        ("jing tei_all.rng", lambda: run(["jing", str(TEI_ALL), *names], cwd, {0, 1})),
    ]
    results = [(name, timed(action)) for name, action in contenders]
    size = sum(p.stat().st_size for p in paths) / 1e6
    jing = results[-1][1]
    print(f"\n{label}: {len(paths)} files, {size:.1f} MB")
    print(f"{'contender':44} {'seconds':>8} {'files/s':>9} {'MB/s':>7} {'vs jing':>8}")
    for name, seconds in results:
        print(
            f"{name:44} {seconds:8.2f} {len(paths) / seconds:9.1f} {size / seconds:7.2f} "
            f"{jing / seconds:7.2f}x"
        )
    return results


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="1,000 records instead of 10,000")
    parser.add_argument("--records", type=int, help="number of records (overrides --quick)")
    args = parser.parse_args(argv)
    count = args.records or (1_000 if args.quick else 10_000)
    if shutil.which("jing") is None:
        raise SystemExit("jing is not installed (apt-get install jing)")
    print(f"generating {count} records under {WORK.relative_to(ROOT)}/ …", flush=True)
    records = make_records(count)
    warm = project_schema()  # what a long-running process has: schema and vocabulary loaded
    warm.vocabulary.children("p")
    measure("Records (project schema + rules; every file valid)", records, WORK, {0})
    volume = WORK / FRUS_VOLUME.name
    shutil.copy(FRUS_VOLUME, volume)
    measure(
        "FRUS volume (not in the project's subset: the project schema reports it)",
        [volume],
        WORK,
        {1},
    )
    print(
        f"\nFRUS volume with --schema frus.rng (CLI): "
        f"{timed(lambda: run([*TEI_CLI, '--schema', str(FRUS_RNG), volume.name], WORK, {0})):.2f} s"
    )


if __name__ == "__main__":
    main()
