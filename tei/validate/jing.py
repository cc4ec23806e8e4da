"""RELAX NG through jing, the engine the TEI world validates with, when it is installed.

libxml2 spends ~13 s compiling tei_all.rng before it checks a single file; jing (Debian's
``jing``) compiles it and checks the 14 MB FRUS volume in under 2 s. So a ``.rng`` schema is
checked by jing when ``jing`` is on the PATH (``TEI_VALIDATOR=lxml`` forces libxml2), and by
lxml otherwise. Jing runs once per batch of files, not per file (a JVM starts in ~0.7 s):
:meth:`JingSchema.precheck` runs it over every file of a run before the per-file checks,
which then read its findings from memory. Its lines (``file:line:col: error: message``) are
reworded by :mod:`tei.validate.jing_schema` into the project's own diagnostics (S101…).

Files that declare a DOCTYPE are never handed to jing: its Java parser would fetch external
DTDs and expand entities that :mod:`tei.xmlsafe` refuses. They are checked by lxml instead.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

ENGINE_ENV = "TEI_VALIDATOR"
"""``lxml`` makes RELAX NG use libxml2 even where jing is installed."""

_LINE = re.compile(r"^(?P<path>.*?):(?P<line>\d+):(?P<col>\d+): (?P<level>error|fatal|warning): ")
_ARGS_PER_CALL = 60_000
"""Characters of file names per jing call: well under Linux's argument limit."""


def jing_command() -> str | None:
    """The jing executable to use, or None (not installed, or lxml was asked for)."""
    if os.environ.get(ENGINE_ENV, "").strip().lower() == "lxml":
        return None
    return shutil.which("jing")


@dataclass(frozen=True, slots=True)
class Finding:
    """One line of jing's output for a file, before it is located and reworded."""

    line: int
    column: int
    fatal: bool
    text: str


class JingError(Exception):
    """Jing could not use the schema (the message is jing's, about the schema file)."""


def run_jing(jing: str, schema: Path, files: list[str], jobs: int = 1) -> dict[str, list[Finding]]:
    """Jing's findings for each of ``files`` (every file gets an entry, empty when valid).

    Files are passed to jing by absolute path, in batches run ``jobs`` at a time. Lines about
    other files (the schema and its includes), or a failed run that reported nothing (no Java,
    a broken install), raise :class:`JingError`: silence must never pass for "valid".
    """
    absolute: dict[str, list[str]] = {}
    for name in files:
        absolute.setdefault(str(Path(name).resolve()), []).append(name)
    batches: list[list[str]] = [[]]
    size = 0
    for name in absolute:
        if size + len(name) > _ARGS_PER_CALL and batches[-1]:
            batches.append([])
            size = 0
        batches[-1].append(name)
        size += len(name) + 1
    found: dict[str, list[Finding]] = {f: [] for f in files}

    def call(batch: list[str]) -> list[subprocess.CompletedProcess[str]]:
        """Jing over a batch; jing stops at a file's fatal error (markup it cannot read, an
        XInclude that fails), so the files after that one are run again, never passed over."""
        done = []
        while batch:
            command = [jing, str(schema), *batch]
            proc = subprocess.run(command, capture_output=True, text=True, check=False)
            done.append(proc)
            stopped = _fatal_file(proc.stdout, batch)
            batch = batch[batch.index(stopped) + 1 :] if stopped else []
        return done

    with ThreadPoolExecutor(max(1, min(jobs, len(batches)))) as pool:
        runs = [p for ps in pool.map(call, [b for b in batches if b]) for p in ps]
    for proc in runs:
        if proc.returncode != 0 and not proc.stdout.strip():
            detail = [x for x in proc.stderr.splitlines() if x.strip() and "[warning]" not in x]
            raise JingError(detail[-1] if detail else f"jing exited with code {proc.returncode}")
        for raw in proc.stdout.splitlines():
            match = _LINE.match(raw)
            given = absolute.get(match.group("path"), []) if match else []
            if match is None or not given:
                if raw.strip():
                    raise JingError(raw.strip())
                continue
            if match.group("level") == "warning":
                continue  # jing's notes on the way (an XInclude it tries), not findings
            text = raw[match.end() :]
            fatal = match.group("level") == "fatal"
            for name in given:
                found[name].append(Finding(int(match["line"]), int(match["col"]), fatal, text))
    return found


def _fatal_file(output: str, batch: list[str]) -> str | None:
    """The file of the batch at whose fatal error jing stopped (None if it went through)."""
    for raw in output.splitlines():
        match = _LINE.match(raw)
        if match and match.group("level") == "fatal" and match.group("path") in batch:
            return match.group("path")
    return None
