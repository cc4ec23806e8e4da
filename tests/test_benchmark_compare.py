"""The paired speed comparison runs each tree in its own worker and reports ratios."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from benchmarks.compare import main

ROOT = Path(__file__).resolve().parent.parent


def test_compare_reports_each_tree_against_the_baseline(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    copy = tmp_path / "copy"
    shutil.copytree(ROOT / "tei", copy / "tei", ignore=shutil.ignore_patterns("__pycache__"))
    (copy / "schemas").symlink_to(ROOT / "schemas")
    main([str(ROOT), str(copy), "--batches", "2", "--size", "3"])
    out = capsys.readouterr().out
    assert "compare: 2 batches of 3 records" in out
    lines = [line for line in out.splitlines() if "x the baseline" in line]
    assert [str(ROOT) in lines[0], str(copy) in lines[1]] == [True, True]
    assert "throughput 1.00x the baseline" in lines[0]


def test_compare_refuses_a_tree_given_twice() -> None:
    with pytest.raises(SystemExit):
        main([str(ROOT), str(ROOT)])
