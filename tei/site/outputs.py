"""Writing the site: only files whose bytes change, and removing only files a build wrote.

Every file of the site goes through :class:`Outputs`, which compares the new bytes' hash with
the one the last build recorded and skips the write when they match and the file is still
there. Files the last build wrote and this one does not (a deleted record, a document left
out as invalid) are removed; files the build never wrote are never touched.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from pathlib import Path

from tei.errors import OutputError
from tei.files import write_atomic


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class Outputs:
    """The site's files: what the last build wrote, and what this one writes."""

    def __init__(self, root: Path, previous: dict[str, str], protect: Iterable[Path] = ()) -> None:
        self.root = root
        self.previous = previous
        self.current: dict[str, str] = {}
        self.written: list[str] = []
        self.removed: list[str] = []
        self.protect = {p.resolve() for p in protect}
        """Folders whose files are never written (the edition's tei/ and sources/)."""

    def put(self, rel: str, data: bytes) -> bool:
        """Write ``data`` at ``rel`` unless the file already holds it; return whether written."""
        digest = sha256(data)
        self.current[rel] = digest
        if self.previous.get(rel) == digest and (self.root / rel).is_file():
            return False
        target = self.root / rel
        if target.resolve().parent in self.protect:
            raise OutputError(
                "refusing to write over the edition's own file",
                path=target,
                hint="choose an output folder outside the edition",
            )
        write_atomic(target, data, sync=False)  # the build flushes once (tei.files.flush)
        self.written.append(rel)
        return True

    def record(self, rel: str, digest: str, written: bool) -> None:
        """Note a file that another process wrote (or found unchanged) for this build."""
        self.current[rel] = digest
        if written:
            self.written.append(rel)

    def keep(self, rels: Iterable[str]) -> None:
        """Carry files over unchanged from the last build (their inputs did not change)."""
        for rel in rels:
            self.current[rel] = self.previous[rel]

    def intact(self, rels: Iterable[str]) -> bool:
        """Whether the last build wrote all these files and they are still there."""
        return all(rel in self.previous and (self.root / rel).is_file() for rel in rels)

    def prune(self) -> None:
        """Remove the files the last build wrote that this build did not produce."""
        for rel in sorted(set(self.previous) - set(self.current)):
            path = self.root / rel
            if path.is_file():
                path.unlink()
                self.removed.append(rel)
            _remove_empty_parents(path.parent, self.root)


def _remove_empty_parents(folder: Path, root: Path) -> None:
    while folder != root and folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()
        folder = folder.parent
