"""Run every benchmark, one after the other: ``python -m benchmarks [--quick]``.

Each also runs on its own (``python -m benchmarks.convert`` …); every figure is reported
beside a baseline measured in the same run, since these machines are noisy.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from benchmarks import build, convert, render, validate

BENCHMARKS: dict[str, Callable[[], None]] = {
    "convert": convert.main,
    "validate": validate.main,
    "render": render.main,
    "build": build.main,
}


def main(argv: list[str]) -> None:
    quick = ["--quick"] if "--quick" in argv else []
    for name, run in BENCHMARKS.items():
        print(f"== {name}", flush=True)
        sys.argv = [f"benchmarks.{name}", *quick]  # each benchmark reads its own options
        run()


if __name__ == "__main__":
    main(sys.argv[1:])
