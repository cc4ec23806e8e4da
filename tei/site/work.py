"""The per-document work, spread over processes: analyse (validate + read facts), then render.

Two passes because a page links to its neighbours, and the order of the documents is known
only once every document's date and title are: the first pass reads them (and validates);
the second renders the pages that need it and writes their files from the worker, so that
the parent never holds ten thousand pages in memory. Both return plain data.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from tei.errors import Diagnostic, TeiError
from tei.files import Inputs, write_atomic
from tei.render import render_text
from tei.render.html import html_parts
from tei.site.config import EditionConfig
from tei.site.documents import DocMeta, extract
from tei.site.outputs import sha256
from tei.site.pages import document_page
from tei.validate.check import Options, validate_bytes
from tei.xmlsafe import parse_bytes

T = TypeVar("T")
R = TypeVar("R")

_SHARED: dict[str, Any] = {}


@dataclass(slots=True)
class Analysis:
    """A document's validation result and, when it could be parsed, its facts."""

    stem: str
    valid: bool
    unreadable: bool
    diagnostics: list[Diagnostic]
    meta: dict[str, Any] | None


@dataclass(frozen=True, slots=True)
class PageJob:
    """Render one document's files; ``previous`` holds the hashes the last build wrote."""

    source: Path
    out_dir: Path
    config: EditionConfig
    meta: dict[str, Any]
    neighbours: tuple[tuple[str, str] | None, tuple[str, str] | None]
    persons: tuple[tuple[str, str], ...]
    previous: dict[str, str] = field(default_factory=dict)


@dataclass(slots=True)
class PageResult:
    """The files of one document: path -> hash, and which of them were written."""

    stem: str
    hashes: dict[str, str]
    written: list[str]
    error: TeiError | None = None


def document_files(stem: str) -> tuple[str, ...]:
    """The site's files for one document, relative to the site's root."""
    base = f"documents/{stem}"
    return (f"{base}.html", f"{base}.xml", f"{base}.reading.txt", f"{base}.diplomatic.txt")


def init_analysis(register: frozenset[str], options: Options) -> None:
    """Per-process set-up: the register's ids and the compiled schema."""
    _SHARED["register"] = register
    _SHARED["options"] = options
    options.load()


def analyse(path: Path) -> Analysis:
    """Validate one TEI file (the edition's schema; rules with the project schema) and read
    its facts."""
    options: Options = _SHARED["options"]
    try:
        data = path.read_bytes()
    except OSError as exc:
        error = TeiError(f"cannot read the file: {exc.strerror}", path=path, hint="check it")
        return Analysis(path.stem, False, True, [error.diagnostic()], None)
    report = validate_bytes(data, path, options, _SHARED["register"])
    meta = None
    if not report.unreadable:
        meta = extract(parse_bytes(data, path), path.stem).to_json()
    return Analysis(path.stem, report.valid, report.unreadable, report.diagnostics, meta)


def render_page(job: PageJob) -> PageResult:
    """Render and write one document's page, texts and TEI copy (only files that changed)."""
    meta = DocMeta.from_json(job.meta)
    try:
        data = job.source.read_bytes()
        tree = parse_bytes(data, job.source)
        previous, following = job.neighbours
        files = dict(
            zip(
                document_files(meta.stem),
                (
                    document_page(
                        job.config,
                        meta,
                        html_parts(tree),
                        previous=previous,
                        following=following,
                        persons=list(job.persons),
                    ),
                    data,
                    render_text(tree, view="reading").encode("utf-8"),
                    render_text(tree, view="diplomatic").encode("utf-8"),
                ),
                strict=True,
            )
        )
        hashes, written = {}, []
        source = Inputs([job.source])  # resolved once for the page's four files
        for rel, content in files.items():
            hashes[rel] = digest = sha256(content)
            target = job.out_dir / rel
            if job.previous.get(rel) != digest or not target.is_file():
                write_atomic(target, content, inputs=source, sync=False)
                written.append(rel)
        return PageResult(meta.stem, hashes, written)
    except TeiError as exc:
        return PageResult(meta.stem, {}, [], exc.at(job.source))


def workers() -> int:
    """All cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def run(
    func: Callable[[T], R],
    items: list[T],
    *,
    jobs: int = 0,
    initializer: Callable[..., None] | None = None,
    initargs: tuple[Any, ...] = (),
    on_done: Callable[[], None] | None = None,
) -> Iterator[R]:
    """``map(func, items)`` over processes (in order); in this process for a few items.

    Forked workers inherit what the parent compiled (the schema, the stylesheets), so each
    worker pays for its set-up once, and a build of a handful of documents pays nothing.
    """
    count = min(jobs or workers(), len(items))
    if count <= 1 or len(items) < 8:
        if initializer is not None:
            initializer(*initargs)
        results: Iterable[R] = map(func, items)
    else:
        methods = multiprocessing.get_all_start_methods()
        context = multiprocessing.get_context("fork" if "fork" in methods else None)
        pool = ProcessPoolExecutor(
            count, mp_context=context, initializer=initializer, initargs=initargs
        )
        chunk = max(1, min(100, len(items) // (count * 8)))
        results = _closing(pool, pool.map(func, items, chunksize=chunk))
    for result in results:
        if on_done is not None:
            on_done()
        yield result


def _closing(pool: ProcessPoolExecutor, results: Iterator[R]) -> Iterator[R]:
    with pool:
        yield from results
