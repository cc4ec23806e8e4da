"""Full-text search on a static host: Pagefind indexes the document pages after they are built.

Pagefind (the ``pagefind`` package with its ``extended`` binary, run as ``python -m pagefind``)
writes a compressed, fragmented index that its own script queries from the browser, so no
server-side search is needed. It reads the pages' ``data-pagefind-body`` (the document's
text, not the site's chrome).

Pagefind cannot update an index, only write it anew, so a large edition is split into
bundles of about :data:`BUNDLE_SIZE` documents (a document's bundle follows from a hash of its
name): changing one record re-indexes its bundle only, and the search page merges the
bundles (Pagefind's ``mergeIndex``). Each bundle is written into a temporary folder and copied
through :class:`Outputs`, so unchanged files are not rewritten.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from tei.site.errors import SearchIndexError
from tei.site.outputs import Outputs

FOLDER = "pagefind"
"""The first bundle, with Pagefind's scripts; the others are ``pagefind-1``, ``pagefind-2``…"""
BUNDLE_SIZE = 500
"""Pages per bundle, at most: re-indexing one costs ~4 ms of CPU a page (500 pages: ~2 s), and
the search page merges one index per bundle (10,000 documents: 32)."""
PAGES_GLOB = "documents/*.html"


def bundles(pages: list[str], size: int = 0) -> dict[str, list[str]]:
    """The search bundles (folder -> pages): one up to ``size`` (default :data:`BUNDLE_SIZE`)
    pages, then a power of two.

    Powers of two keep the split stable while an edition grows; pages are spread by a hash of
    their path, so adding a record changes one bundle.
    """
    size = size or BUNDLE_SIZE
    count = 1
    while count * size < len(pages):
        count *= 2
    shards: list[list[str]] = [[] for _ in range(count)]
    for page in pages:
        shards[int(hashlib.sha256(page.encode()).hexdigest()[:8], 16) % count].append(page)
    kept = [shard for shard in shards if shard]
    return {FOLDER if i == 0 else f"{FOLDER}-{i}": shard for i, shard in enumerate(kept)}


def index_bundles(
    site: Path, todo: dict[str, list[str]], outputs: Outputs, language: str, jobs: int = 1
) -> None:
    """Index each bundle (folder -> pages below ``site``) into ``site/folder``.

    Bundles are indexed ``jobs`` at a time (Pagefind runs as a process of its own; threads
    only wait for it); their files are written in bundle order, so the output does not
    depend on which finished first.
    """
    if importlib.util.find_spec("pagefind") is None:
        raise SearchIndexError(
            "Pagefind is not installed",
            path=site,
            hint="pip install 'pagefind[extended]' (tei-editions depends on it)",
        )
    with ThreadPoolExecutor(max(1, min(jobs, len(todo)))) as pool:
        results = pool.map(lambda pages: _pagefind(site, pages, language), todo.values())
        for folder, files in zip(todo, results, strict=True):
            for rel, data in files.items():
                outputs.put(f"{folder}/{rel}", data)


def _pagefind(site: Path, pages: list[str], language: str) -> dict[str, bytes]:
    """Pagefind's bundle for ``pages``, as relative path -> bytes."""
    with tempfile.TemporaryDirectory(prefix="tei-build-pagefind-") as tmp:
        source, target = Path(tmp) / "site", Path(tmp) / "bundle"
        for page in pages:
            _link(site / page, source / page)
        command = [sys.executable, "-m", "pagefind", "--site", str(source)]
        command += ["--output-path", str(target), "--glob", PAGES_GLOB]
        command += ["--force-language", language, "--silent"]
        proc = subprocess.run(command, capture_output=True, text=True, check=False)
        if proc.returncode != 0:
            detail = (proc.stderr or proc.stdout).strip().splitlines()
            raise SearchIndexError(
                f"Pagefind failed: {detail[-1] if detail else f'exit code {proc.returncode}'}",
                path=site,
                hint="run the build again; if it persists, reinstall pagefind[extended]",
            )
        files = sorted(p for p in target.rglob("*") if p.is_file())
        return {p.relative_to(target).as_posix(): p.read_bytes() for p in files}


def _link(source: Path, target: Path) -> None:
    """A hard link where the file system allows one (no copy of the page), else a copy."""
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.link(source, target)
    except OSError:
        shutil.copyfile(source, target)
