"""The repository itself: nothing tracked is also ignored.

A tracked file that ``.gitignore`` matches looks fine until a new file is added beside it:
``git add`` then leaves the new one out without a word (``tei/build/`` was matched by the
``build/`` line, which is why the site builder is ``tei/site`` now).
"""

from __future__ import annotations

import shutil
import subprocess

import pytest

from tests.support import ROOT


@pytest.mark.skipif(not (ROOT / ".git").exists() or not shutil.which("git"), reason="no git")
def test_no_tracked_path_is_ignored() -> None:
    done = subprocess.run(
        ["git", "ls-files", "--cached", "--ignored", "--exclude-standard", "-z"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    ignored = [name for name in done.stdout.split("\0") if name]
    assert ignored == [], f"tracked but matched by .gitignore: {ignored[:10]}"


@pytest.mark.skipif(not (ROOT / ".git").exists() or not shutil.which("git"), reason="no git")
def test_a_new_file_in_every_package_folder_would_be_added() -> None:
    folders = sorted({p.parent for p in (ROOT / "tei").rglob("*.py")})
    probes = [str((f / "new_module.py").relative_to(ROOT)) for f in folders]
    done = subprocess.run(
        ["git", "check-ignore", "--no-index", *probes], cwd=ROOT, capture_output=True, text=True
    )
    assert done.stdout.split() == [], done.stdout
