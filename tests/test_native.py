"""The compiled converter (mypyc, ``make native``) gives the same bytes as plain Python.

Skipped where the converter is not compiled. The plain sources are copied without the
compiled modules and run in a second interpreter, on the seed, every corpus record and the
FRUS layout; both must write the same TEI, byte for byte, with the same diagnostics.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tei.native import compiled_modules, describe, stale_modules
from tei.pipeline import convert_file
from tests.support import ROOT, SEED_TXT, record_paths

pytestmark = pytest.mark.skipif(not compiled_modules(), reason="the converter is not compiled")

_PLAIN = """
import json, sys
import tei.people
from tei.pipeline import convert_file
out = {"module": tei.people.__file__}
for path in sys.argv[1:]:
    result = convert_file(path)
    out[path] = [result.data.decode("utf-8"), [d.format() for d in result.diagnostics]]
print(json.dumps(out))
"""


def _sources() -> list[Path]:
    frus = sorted((ROOT / "tests" / "fixtures" / "frus_e").glob("*.txt"))
    return [SEED_TXT, *record_paths(), *frus[:8]]


def test_compiled_build_is_current() -> None:
    assert not stale_modules()
    assert describe() == "compiled with mypyc"
    import tei.people

    assert tei.people.__file__ is not None and tei.people.__file__.endswith(".so")


def test_compiled_and_plain_python_write_the_same_tei(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "tei", tmp_path / "tei", ignore=shutil.ignore_patterns("*.so"))
    shutil.copytree(ROOT / "schemas", tmp_path / "schemas")
    shutil.copytree(ROOT / "xslt", tmp_path / "xslt")
    sources = [str(p) for p in _sources()]
    run = subprocess.run(
        [sys.executable, "-c", _PLAIN, *sources],
        cwd=tmp_path,
        env={"PYTHONPATH": str(tmp_path), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=True,
    )
    plain = json.loads(run.stdout)
    assert plain["module"] == str(tmp_path / "tei" / "people" / "__init__.py")
    for path in sources:
        result = convert_file(path)
        assert result.data.decode("utf-8") == plain[path][0], path
        assert [d.format() for d in result.diagnostics] == plain[path][1], path
