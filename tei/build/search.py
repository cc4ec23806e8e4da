"""Full-text search on a static host: Pagefind indexes the document pages after they are built.

Pagefind (the ``pagefind`` package with its ``extended`` binary, run as ``python -m pagefind``)
writes a compressed, fragmented index that its own script queries from the browser, so no
server-side search is needed. It reads the pages' ``data-pagefind-body`` (the document's
text, not the site's chrome). It writes into a temporary folder and the files are copied
through :class:`Outputs`, so unchanged index files are not rewritten.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import tempfile
from pathlib import Path

from tei.build.errors import SearchIndexError
from tei.build.outputs import Outputs

FOLDER = "pagefind"
PAGES_GLOB = "documents/*.html"


def index_site(site: Path, outputs: Outputs, language: str) -> None:
    """Index the document pages under ``site`` into ``site/pagefind/``."""
    if importlib.util.find_spec("pagefind") is None:
        raise SearchIndexError(
            "Pagefind is not installed",
            path=site,
            hint="pip install 'pagefind[extended]' (tei-editions depends on it)",
        )
    with tempfile.TemporaryDirectory(prefix="tei-build-pagefind-") as tmp:
        command = [
            sys.executable,
            "-m",
            "pagefind",
            "--site",
            str(site),
            "--output-path",
            tmp,
            "--glob",
            PAGES_GLOB,
            "--force-language",
            language,
            "--silent",
        ]
        proc = subprocess.run(command, capture_output=True, text=True, check=False)
        if proc.returncode != 0:
            detail = (proc.stderr or proc.stdout).strip().splitlines()
            raise SearchIndexError(
                f"Pagefind failed: {detail[-1] if detail else f'exit code {proc.returncode}'}",
                path=site,
                hint="run the build again; if it persists, reinstall pagefind[extended]",
            )
        folder = Path(tmp)
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            outputs.put(f"{FOLDER}/{path.relative_to(folder).as_posix()}", path.read_bytes())
