"""What a build did, as plain data: the CLI prints it and decides the exit code from it."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from tei.errors import Diagnostic, Level

Progress = Callable[[str, int, int], None]
"""``progress(stage, done, total)``: called as work is done, for a progress bar."""

Stage = Callable[[str, int], Callable[[], None] | None]
"""``stage(label, total)`` gives the callback to call once per item done (None: no progress)."""


@dataclass(slots=True)
class BuildReport:
    """What a build did."""

    edition: Path
    out_dir: Path
    documents: int = 0
    """Documents on the site."""
    persons: int = 0
    converted: list[Path] = field(default_factory=list)
    beside: list[Path] = field(default_factory=list)
    """New conversions written beside TEI corrected by hand (``NAME.xml.new``), not over it."""
    diagnostics: list[Diagnostic] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    """Documents (TEI or source paths) that are invalid, unreadable or could not be converted."""
    unreadable: list[str] = field(default_factory=list)
    completed: bool = False
    """False when the build stopped before writing because documents failed."""
    rendered: list[str] = field(default_factory=list)
    """Stems of the documents whose pages were rendered in this build."""
    written: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    indexes_built: bool = False
    search_built: bool = False
    seconds: float = 0.0
    timings: dict[str, float] = field(default_factory=dict)
    """Seconds per step (convert, check, render, pages, search, state), in order."""

    def timed(self, step: str, since: float) -> float:
        """Record the time of ``step`` (started at ``since``); return now, for the next one."""
        now = time.perf_counter()
        self.timings[step] = self.timings.get(step, 0.0) + now - since
        return now

    @property
    def errors(self) -> int:
        return sum(d.level is Level.ERROR for d in self.diagnostics)

    @property
    def warnings(self) -> int:
        return sum(d.level is Level.WARNING for d in self.diagnostics)


def stages(progress: Progress | None) -> Stage:
    """Adapt a ``progress(stage, done, total)`` callback to per-stage tick functions."""

    def stage(label: str, total: int) -> Callable[[], None] | None:
        if progress is None or total == 0:
            return None
        done = [0]
        progress(label, 0, total)

        def tick() -> None:
            done[0] += 1
            progress(label, done[0], total)

        return tick

    return stage
