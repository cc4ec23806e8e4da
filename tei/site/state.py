"""Incremental builds: content hashes of what went in and what came out.

The state is kept in the edition's ``.tei-cache/`` folder, one file per output folder (named
by a hash of the output folder's absolute path), never in the published site: a static host
serves every file of the site folder.

The state file records, per document, a key over everything its results depend on (its TEI
bytes, the register, the toolkit's code and templates) with the facts read from it and its
validation result; per output file, the hash of the bytes written. A build compares and
writes only files whose bytes change, so a build with nothing changed writes nothing, and a
document whose key is unchanged is not parsed again. The file holds no time and no absolute
path, so two clean builds of the same edition are byte-identical, state file included.
"""

from __future__ import annotations

import hashlib
import importlib.resources
import json
from dataclasses import dataclass, field
from functools import cache
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

from tei import __version__
from tei.errors import Diagnostic, Level
from tei.files import write_atomic

FORMAT = 1

_ENGINE_PACKAGES = ("tei.site", "tei.render", "tei.xslt", "tei.docs")
"""The packages whose files shape the site: code, templates, stylesheets, conventions."""


def digest(*parts: str | bytes) -> str:
    """SHA-256 over the parts, each length-prefixed so that ("ab", "c") != ("a", "bc")."""
    h = hashlib.sha256()
    for part in parts:
        data = part.encode("utf-8") if isinstance(part, str) else part
        h.update(len(data).to_bytes(8, "big"))
        h.update(data)
    return h.hexdigest()


@cache
def engine_digest() -> str:
    """A hash of the code, stylesheets and templates that shape the output.

    A new version of the toolkit (or an edited template) invalidates every cached result, so
    an edition is never left half in the old look. Files are named by their place in the
    package, so a checkout and an installed wheel of the same version agree.
    """
    files: list[tuple[str, bytes]] = []
    for package in _ENGINE_PACKAGES:
        _collect(importlib.resources.files(package), package.replace(".", "/"), files)
    files.sort()
    return digest(__version__, *(name for name, _ in files), *(data for _, data in files))


def _collect(folder: Traversable, prefix: str, into: list[tuple[str, bytes]]) -> None:
    for entry in folder.iterdir():
        name = f"{prefix}/{entry.name}"
        if entry.is_dir():
            if entry.name != "__pycache__":
                _collect(entry, name, into)
        elif entry.is_file() and not entry.name.endswith((".pyc", ".so")):
            into.append((name, entry.read_bytes()))


def state_file(cache: Path, out_dir: Path) -> Path:
    """Where the state of the site built into ``out_dir`` is kept, in the edition's cache."""
    return cache / f"site-{digest(str(out_dir.resolve()))[:16]}.json"


@dataclass(slots=True)
class DocState:
    """What a previous build learnt from one TEI document."""

    key: str
    valid: bool
    unreadable: bool
    diagnostics: list[Diagnostic]
    meta: dict[str, Any] | None
    page: str = ""
    """The key the document's page was last rendered with ("" if it was not rendered)."""


@dataclass(slots=True)
class BuildState:
    """Everything a build leaves for the next one."""

    engine: str = ""
    documents: dict[str, DocState] = field(default_factory=dict)
    outputs: dict[str, str] = field(default_factory=dict)
    """Output path (relative, POSIX) -> SHA-256 of its bytes."""
    keys: dict[str, str] = field(default_factory=dict)
    """Keys of the whole-site steps (indexes, search) as last built."""

    def to_bytes(self) -> bytes:
        data = {
            "format": FORMAT,
            "engine": self.engine,
            "documents": {
                stem: {
                    "key": d.key,
                    "valid": d.valid,
                    "unreadable": d.unreadable,
                    "diagnostics": [_diag_json(x) for x in d.diagnostics],
                    "meta": d.meta,
                    "page": d.page,
                }
                for stem, d in sorted(self.documents.items())
            },
            "outputs": dict(sorted(self.outputs.items())),
            "keys": dict(sorted(self.keys.items())),
        }
        # No indent: only then does json use its C encoder (10,000 documents: 0.3 s, not 3 s).
        text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        return text.encode("utf-8")


def _diag_json(d: Diagnostic) -> dict[str, Any]:
    return {
        "level": d.level.value,
        "code": d.code,
        "message": d.message,
        "path": d.path,
        "line": d.line,
        "column": d.column,
        "hint": d.hint,
    }


def _diag(data: dict[str, Any]) -> Diagnostic:
    return Diagnostic(
        Level(data["level"]),
        data["code"],
        data["message"],
        data["path"],
        data["line"],
        data["column"],
        data["hint"],
    )


def load_state(path: Path) -> BuildState:
    """The previous build's state; an empty one if there is none, or it is from another engine.

    A damaged state file is not an error: the build simply starts from scratch.
    """
    try:
        data = json.loads(path.read_bytes())
        if data.get("format") != FORMAT or data.get("engine") != engine_digest():
            return BuildState(outputs=data.get("outputs", {}) if isinstance(data, dict) else {})
        documents = {
            stem: DocState(
                d["key"],
                d["valid"],
                d["unreadable"],
                [_diag(x) for x in d["diagnostics"]],
                d["meta"],
                d["page"],
            )
            for stem, d in data["documents"].items()
        }
        return BuildState(data["engine"], documents, dict(data["outputs"]), dict(data["keys"]))
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return BuildState()


def save_state(path: Path, state: BuildState) -> bool:
    """Write the state file if its bytes changed; return whether it was written.

    An edition folder that cannot be written to (a read-only checkout) keeps no state: the
    site is complete all the same, and the next build starts from scratch.
    """
    try:
        return write_cached(path, state.to_bytes())
    except OSError:
        return False


def write_cached(path: Path, data: bytes) -> bool:
    """Write a file of the edition's cache folder if its bytes changed; return whether it was.

    The folder is made on first use with a ``.gitignore`` that ignores it all, so an edition
    repository never tracks it. Raises ``OSError`` if it cannot be written.
    """
    try:
        if path.read_bytes() == data:
            return False
    except OSError:
        pass
    if not path.parent.is_dir():
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path.parent / ".gitignore", _CACHE_IGNORE)
    write_atomic(path, data)
    return True


_CACHE_IGNORE = b"# tei build's cache, not part of the edition: ignore it all\n*\n"
