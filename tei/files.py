"""Writing output files: atomically, and never over an input.

Only the CLI and the site builder write files; they all go through :func:`write_atomic`, so an
interrupted run never leaves a half-written file and an output path that names an input is
refused before anything is written.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from tei.errors import OutputError

_UMASK = os.umask(0o022)
os.umask(_UMASK)


def write_atomic(path: str | Path, data: bytes, *, inputs: Iterable[str | Path] = ()) -> None:
    """Write ``data`` to ``path`` through a temporary file and a rename.

    Raises :class:`OutputError` if ``path`` is one of ``inputs`` (compared after resolving links).
    """
    target = Path(path)
    resolved = target.resolve()
    for source in inputs:
        if Path(source).resolve() == resolved:
            raise OutputError(
                "refusing to write over the input file",
                path=target,
                hint="choose another output path with -o or -d",
            )
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        # mkstemp makes the file private (0600); outputs are ordinary files for web servers.
        os.chmod(tmp, 0o666 & ~_UMASK)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
