"""A hand correction of a converted TEI is never lost, and a ``touch`` converts nothing.

The build keeps the hash of what the converter last wrote for each document (and of the
source it read) in the edition's ``.tei-cache/``; file times play no part.
"""

from __future__ import annotations

import os
from pathlib import Path

from click.testing import CliRunner

from tei.cli import main
from tei.pipeline import convert_file
from tei.site import build
from tests.build_support import FIXTURE_EDITION, SAMPLE_EDITION, copy_edition

SEED = SAMPLE_EDITION / "sources" / "000_73b064174e65e1d6.txt"
WORD = "provocations"


def _edition(tmp_path: Path) -> tuple[Path, Path, Path]:
    edition = copy_edition(FIXTURE_EDITION, tmp_path / "edition")
    (edition / "sources").mkdir()
    source = edition / "sources" / "seed.txt"
    source.write_bytes(SEED.read_bytes())
    return edition, source, edition / "tei" / "seed.xml"


def _touch(path: Path) -> None:
    later = path.stat().st_mtime + 100
    os.utime(path, (later, later))


def _update(edition: Path, site: Path) -> tuple[int, str]:
    result = CliRunner().invoke(
        main, ["build", "-j", "1", "--update", str(edition), "-o", str(site)]
    )
    return result.exit_code, result.output


def test_hand_correction_survives_a_changed_and_touched_source(tmp_path: Path) -> None:
    edition, source, tei = _edition(tmp_path)
    site = tmp_path / "site"
    assert build(edition, site).converted == [tei]
    corrected = tei.read_bytes().replace(WORD.encode(), b"provocation")
    assert corrected != tei.read_bytes()
    tei.write_bytes(corrected)  # the editor's correction
    source.write_bytes(source.read_bytes().replace(b"March 10, 1965", b"March 11, 1965", 1))
    _touch(source)

    code, output = _update(edition, site)

    assert code == 0, output
    assert tei.read_bytes() == corrected  # the correction survives
    beside = tei.with_name("seed.xml.new")
    assert beside.read_bytes() == convert_file(source).data  # the new conversion, beside it
    assert f"{tei} differs from what the converter wrote" in output
    assert str(beside) in output and str(source) in output
    assert not (site / "documents" / "seed.xml.new").exists()
    # Once said, not again: the source is unchanged since the conversion beside was written.
    beside.unlink()
    assert build(edition, site, update=True).beside == []
    assert not beside.exists()


def test_touch_alone_rewrites_nothing(tmp_path: Path) -> None:
    edition, source, tei = _edition(tmp_path)
    site = tmp_path / "site"
    build(edition, site)
    before = (tei.read_bytes(), tei.stat().st_mtime_ns)
    _touch(source)
    report = build(edition, site, update=True)
    assert report.converted == [] and report.beside == []
    assert (tei.read_bytes(), tei.stat().st_mtime_ns) == before
    assert not tei.with_name("seed.xml.new").exists()


def test_touch_alone_rewrites_nothing_even_when_corrected(tmp_path: Path) -> None:
    edition, source, tei = _edition(tmp_path)
    site = tmp_path / "site"
    build(edition, site)
    tei.write_bytes(tei.read_bytes().replace(WORD.encode(), b"provocation"))
    _touch(source)
    report = build(edition, site, update=True)
    assert report.converted == [] and report.beside == []


def test_unedited_tei_is_replaced_by_the_new_conversion(tmp_path: Path) -> None:
    edition, source, tei = _edition(tmp_path)
    site = tmp_path / "site"
    build(edition, site)
    source.write_bytes(source.read_bytes().replace(b"March 10, 1965", b"March 11, 1965", 1))
    code, output = _update(edition, site)
    assert code == 0, output
    assert tei.read_bytes() == convert_file(source).data
    assert f"converted: {tei}" in output
    assert not tei.with_name("seed.xml.new").exists()


def test_tei_of_unknown_origin_counts_as_hand_made(tmp_path: Path) -> None:
    """No record of a conversion (a TEI from before, or copied in): never overwritten."""
    edition, source, tei = _edition(tmp_path)
    tei.write_bytes(convert_file(source).data.replace(WORD.encode(), b"provocation"))
    report = build(edition, tmp_path / "site", update=True)
    assert report.converted == [] and report.beside == [tei.with_name("seed.xml.new")]
    assert WORD.encode() not in tei.read_bytes()  # the file as it was


def test_without_update_a_changed_source_is_left_alone(tmp_path: Path) -> None:
    edition, source, tei = _edition(tmp_path)
    site = tmp_path / "site"
    build(edition, site)
    before = tei.read_bytes()
    source.write_bytes(source.read_bytes().replace(b"March 10, 1965", b"March 11, 1965", 1))
    assert build(edition, site).converted == []
    assert tei.read_bytes() == before
