"""TEI nobody on this project wrote (../shared/corpus/third-party/): same verdict as jing.

Every file is checked with jing and tei_all in the test run (nothing stored) and with
``tei validate --schema tei_all.rng`` through the lxml engine explicitly (the session's compiled
``tei_all``), and through the CLI. On top of the verdict: no message inside an ``egXML``
example that jing does not give too (tei_all admits any non-TEI element there), and no "did you
mean" whose guess is less similar to the name than the documented bound.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from tei import xmlsafe
from tei.cli import main
from tei.errors import XmlInputError
from tei.validate.schema import Schema
from tei.validate.vocabulary import SUGGEST_BOUND
from tests.support import TEI_ALL_RNG
from tests.third_party import FILES, THIRD_PARTY, jing

GUESS = re.compile(r"`<([^>]+)>` is not allowed here; did you mean `<([^>]+)>`\?")

pytestmark = [
    pytest.mark.slow,
    pytest.mark.xdist_group("tei_all"),
    pytest.mark.skipif(shutil.which("jing") is None, reason="jing is not installed"),
]


def _refused(path: str) -> XmlInputError | None:
    """The toolkit's own refusal of a file (external DTD, not well-formed), if any."""
    try:
        xmlsafe.parse_file(path)
    except XmlInputError as exc:
        return exc
    return None


def _egxml_lines(path: Path) -> set[int]:
    """Lines inside an ``egXML`` element (after its start tag's line, up to its end tag)."""
    inside: set[int] = set()
    depth = 0
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if depth:
            inside.add(number)
        depth += len(re.findall(r"<(?:[\w.-]+:)?egXML[\s>]", line))
        depth -= len(re.findall(r"</(?:[\w.-]+:)?egXML>", line))
    return inside


def _levenshtein(a: str, b: str) -> int:
    """Plain edit distance, written here independently of the toolkit's."""
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
    return row[-1]


def test_jing_finds_the_readme_counts() -> None:
    """The corpus README: 31 files valid, 33 not (a guard on the jing helper itself)."""
    verdicts = jing()
    assert len(FILES) == 64
    assert sum(not errors for errors in verdicts.values()) == 31


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_lxml_engine_gives_jings_verdict(path: Path, tei_all: Schema) -> None:
    jing_errors = jing()[str(path)]
    refused = _refused(str(path))
    if refused is not None:
        assert jing_errors, f"jing accepts {path.name}, we refuse it: {refused}"
        return
    tree = xmlsafe.parse_file(path)
    ours = tei_all.validate(tree, path, path.read_bytes())
    assert bool(ours) == bool(jing_errors), (ours[:3], jing_errors[:3])
    inside = _egxml_lines(path)
    jing_inside = {line for line, _ in jing_errors if line in inside}
    ours_inside = [d for d in ours if d.line in inside and d.line not in jing_inside]
    assert not ours_inside, [d.format() for d in ours_inside[:5]]
    for d in ours:
        guess = GUESS.search(d.message)
        if guess:
            name, suggested = guess.group(1).rpartition(":")[2], guess.group(2)
            longest = max(len(name), len(suggested))
            score = 1 - _levenshtein(name.lower(), suggested.lower()) / longest
            assert score >= SUGGEST_BOUND, d.format()


def test_cli_gives_jings_verdict_on_every_file(tei_all: Schema) -> None:
    """``tei validate --schema tei_all.rng DIR`` (in-process: the compiled schema is reused)."""
    result = CliRunner().invoke(
        main, ["validate", "-j", "1", "-f", "json", "--schema", str(TEI_ALL_RNG), str(THIRD_PARTY)]
    )
    assert result.exit_code == 2, result.output  # not well-formed and DTD files: unreadable
    files = {f["path"]: f for f in json.loads(result.stdout)["files"]}
    verdicts = jing()
    agree = sum(files[p]["valid"] == (not errors) for p, errors in verdicts.items())
    print(f"verdict agrees with jing on {agree} of {len(verdicts)} third-party files")
    assert agree == len(verdicts)
    for path, report in files.items():
        inside = _egxml_lines(Path(path))
        jing_lines = {line for line, _ in verdicts[path]}
        stray = [d for d in report["diagnostics"] if d["line"] in inside - jing_lines]
        assert stray == [], (path, stray[:3])
    unreadable = {Path(p).name for p, f in files.items() if f["unreadable"]}
    assert len(unreadable) == 4  # three external DTDs, one not well-formed (README)
    for path in unreadable:
        diagnostic = files[str(THIRD_PARTY / path)]["diagnostics"][0]
        assert diagnostic["code"] == "E120" and diagnostic["line"] > 0


def test_an_error_outside_egxml_puts_no_message_inside_it(tei_all: Schema) -> None:
    """ss-test20.xml: jing reports 5 errors (``@render``); we reported 61, 56 in examples."""
    path = THIRD_PARTY / "ss-test20.xml"
    ours = tei_all.validate(xmlsafe.parse_file(path), path, path.read_bytes())
    assert [d.line for d in ours] == [line for line, _ in jing()[str(path)]]
    assert {d.code for d in ours} == {"S103"}
