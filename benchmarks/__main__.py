"""``python -m benchmarks [--quick] [--count N]``: the commands as users run them, one table.

Every command (convert, validate, render, build clean / nothing changed / one record changed)
runs in a subprocess at N and 4N records; the table gives the growth exponent beside
records/s, MB/s, peak RSS and the floor (:mod:`benchmarks.commands`). The library-level
benchmarks still run on their own (``python -m benchmarks.convert``, ``.validate``,
``.render``, ``.build``, ``.compare``), as does the scale run (``python -m benchmarks.scale
--count 10000``); ``--all`` runs the library-level ones after the table.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from benchmarks import build, commands, convert, render, validate

LIBRARY: dict[str, Callable[[], None]] = {
    "convert": convert.main,
    "validate": validate.main,
    "render": render.main,
    "build": build.main,
}


def main(argv: list[str]) -> None:
    commands.main([a for a in argv if a != "--all"])
    if "--all" not in argv:
        return
    quick = ["--quick"] if "--quick" in argv else []
    for name, run in LIBRARY.items():
        print(f"\n== {name} (library, one process)", flush=True)
        sys.argv = [f"benchmarks.{name}", *quick]  # each benchmark reads its own options
        run()


if __name__ == "__main__":
    main(sys.argv[1:])
