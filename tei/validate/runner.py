"""Validate many files: find them, compile the schema once, spread the files over processes.

The schema is compiled in the parent before the pool starts; with the ``fork`` start method the
workers inherit it, so even tei_all (15 s to compile) is compiled once per run, not per worker.
Files go to workers in chunks so that 10,000 small records cost few round trips. Reports come
back in the order the files were given.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from tei.errors import InputError
from tei.validate.check import FileReport, Options, register_ids, validate_file
from tei.validate.jing_schema import JingSchema

_STATE: dict[str, object] = {}


def find_files(paths: Iterable[str | Path]) -> list[Path]:
    """Files named directly, plus every ``*.xml`` below named directories, sorted per directory.

    Raises :class:`InputError` when nothing is left to check.
    """
    found: list[Path] = []
    for given in paths:
        path = Path(given)
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*.xml") if p.is_file()))
        else:
            found.append(path)
    if not found:
        raise InputError(
            "no .xml files found", path=", ".join(map(str, paths)), hint="name files or folders"
        )
    return found


def default_jobs() -> int:
    """All cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _init(options: Options, register: frozenset[str]) -> None:
    _STATE["options"] = options
    _STATE["register"] = register
    options.load()


def _run(paths: list[str]) -> list[FileReport]:
    options = _STATE["options"]
    register = _STATE["register"]
    assert isinstance(options, Options) and isinstance(register, frozenset)
    return [validate_file(path, options, register) for path in paths]


def prepare(options: Options, files: list[str], jobs: int) -> None:
    """Compile the schema before the files are checked (errors surface once, and forked
    workers inherit it) and, when jing checks them, run jing once over them all: the
    workers then read its findings instead of starting a JVM per file."""
    schema = options.load()
    if isinstance(schema, JingSchema):
        schema.precheck(files, jobs)


def validate_paths(
    paths: Iterable[str | Path], options: Options | None = None, jobs: int | None = None
) -> list[FileReport]:
    """Validate every file under ``paths`` with ``jobs`` processes (default: all cores).

    Raises :class:`tei.validate.schema.SchemaError` for an unusable schema and
    :class:`InputError` when there is nothing to validate, before any file is read.
    """
    options = options or Options()
    files = [str(p) for p in find_files(paths)]
    register = register_ids(options.register)
    jobs = min(jobs or default_jobs(), len(files))
    prepare(options, files, jobs)
    if jobs <= 1:
        return [validate_file(path, options, register) for path in files]
    size = max(1, min(200, len(files) // (jobs * 4)))
    chunks = [files[i : i + size] for i in range(0, len(files), size)]
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    with ProcessPoolExecutor(
        jobs, mp_context=context, initializer=_init, initargs=(options, register)
    ) as pool:
        return [report for chunk in pool.map(_run, chunks) for report in chunk]
