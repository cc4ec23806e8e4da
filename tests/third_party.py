"""The third-party TEI corpus (../shared/corpus/third-party/) and jing's verdict on each file.

jing runs in the test session (its verdict is not stored): the point of the corpus is that the
toolkit agrees with jing, whatever jing says on the machine that runs the tests.
"""

from __future__ import annotations

import re
import subprocess
from functools import cache
from pathlib import Path

from tests.support import SHARED, TEI_ALL_RNG

THIRD_PARTY = SHARED / "third-party"
FILES = sorted(THIRD_PARTY.glob("*.xml"))


@cache
def jing() -> dict[str, list[tuple[int, str]]]:
    """jing's errors per file: (line, text); line 0 when jing could not read the file.

    jing stops at the first fatal error: at markup that is not well-formed (it names the file;
    the files after it are run again) and at an external DTD it cannot find (it names only the
    DTD, so a file with a DOCTYPE is run on its own).
    """
    found: dict[str, list[tuple[int, str]]] = {str(p): [] for p in FILES}
    alone = [str(p) for p in FILES if _DOCTYPE.search(p.read_text(encoding="utf-8")[:4000])]
    for path in alone:
        proc = subprocess.run(
            ["jing", str(TEI_ALL_RNG), path], capture_output=True, text=True, check=False
        )
        if proc.returncode:
            found[path] = [(0, proc.stdout.strip() or proc.stderr.strip())]
    todo = [p for p in found if p not in alone]
    while todo:
        proc = subprocess.run(
            ["jing", str(TEI_ALL_RNG), *todo], capture_output=True, text=True, check=False
        )
        stopped = None
        for line in proc.stdout.splitlines():
            m = re.match(r"(.+?):(\d+):(\d+): (error|fatal): ", line)
            if m and m.group(1) in found:
                found[m.group(1)].append((int(m.group(2)), line))
                stopped = m.group(1) if m.group(4) == "fatal" else stopped
        todo = todo[todo.index(stopped) + 1 :] if stopped else []
    return found


_DOCTYPE = re.compile(r"<!DOCTYPE[^>\[]*(SYSTEM|PUBLIC)")


def jing_valid() -> list[Path]:
    """The files jing finds valid against tei_all."""
    return [p for p in FILES if not jing()[str(p)]]
