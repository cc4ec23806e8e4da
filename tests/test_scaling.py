"""Commands stay linear in the number of files: work counted, not timed, at small N and 4N.

``tei convert DIR`` resolved every input path for every output (``write_atomic(inputs=…)``):
560 records made 314,165 ``resolve()`` calls, 1,120 records 2.9x the time of 560. Counting
the calls is exact where timing a small folder is noise.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from tei.cli import main
from tei.errors import OutputError
from tei.files import Inputs, write_atomic
from tests.support import record_paths


def _folder(tmp_path: Path, count: int) -> Path:
    folder = tmp_path / f"records-{count}"
    folder.mkdir()
    records = record_paths()
    for k in range(count):
        shutil.copy(records[k % len(records)], folder / f"r{k:04d}.txt")
    return folder


def _resolve_calls(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, count: int) -> int:
    folder = _folder(tmp_path, count)
    calls = 0
    original = Path.resolve

    def counting(self: Path, strict: bool = False) -> Path:
        nonlocal calls
        calls += 1
        return original(self, strict)

    with monkeypatch.context() as patch:
        patch.setattr(Path, "resolve", counting)
        result = CliRunner().invoke(
            main, ["convert", str(folder), "-d", str(tmp_path / f"out-{count}"), "--jobs", "1"]
        )
    assert result.exit_code == 0, result.stderr
    return calls


def test_convert_folder_is_not_quadratic_in_resolve_calls(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    small = _resolve_calls(monkeypatch, tmp_path, 6)
    large = _resolve_calls(monkeypatch, tmp_path, 24)
    print(f"resolve() calls: 6 records {small}, 24 records {large} ({large / small:.2f}x)")
    # Linear: 4x the files, at most ~4x the calls (before the fix: 16x, N² + N).
    assert large <= 4.4 * small
    assert large <= 3 * 24 + 20


def test_inputs_set_still_refuses_an_output_over_an_input(tmp_path: Path) -> None:
    source = tmp_path / "record.txt"
    source.write_text("original")
    link = tmp_path / "out" / "record.xml"
    link.parent.mkdir()
    link.symlink_to(source)
    guard = Inputs([tmp_path / "other.txt", source])
    with pytest.raises(OutputError, match="refusing to write over the input file"):
        write_atomic(link, b"new", inputs=guard)
    assert source.read_text() == "original"
    write_atomic(tmp_path / "out" / "fine.xml", b"new", inputs=guard)
    assert (tmp_path / "out" / "fine.xml").read_bytes() == b"new"


def test_convert_folder_refuses_an_output_linked_to_an_input(tmp_path: Path) -> None:
    folder = _folder(tmp_path, 3)
    out = tmp_path / "out"
    out.mkdir()
    victim = folder / "r0001.txt"
    before = victim.read_bytes()
    (out / "r0001.xml").symlink_to(victim)
    result = CliRunner().invoke(main, ["convert", str(folder), "-d", str(out), "--jobs", "1"])
    assert result.exit_code == 2
    assert "refusing to write over the input file" in result.stderr
    assert victim.read_bytes() == before
    assert (out / "r0000.xml").is_file() and (out / "r0002.xml").is_file()


def test_doc_meta_to_json_is_asdict() -> None:
    """DocMeta.to_json is written out for speed; it must stay what asdict gives, field for field."""
    from dataclasses import asdict, fields

    from tei.site.documents import DocMeta, Link, PersonRef

    meta = DocMeta(
        "r1",
        "A title",
        "1950-06-25",
        "25 June 1950",
        "A-1",
        "ko",
        "Summary",
        [PersonRef("p1", "Kim", "participants")],
        [Link("p1", "t1")],
        [Link("p1", "m1")],
        ["note"],
    )
    assert meta.to_json() == asdict(meta)
    assert set(meta.to_json()) == {f.name for f in fields(DocMeta)}
    assert DocMeta.from_json(meta.to_json()) == meta


def test_build_timings_name_each_step(tmp_path: Path) -> None:
    """``tei build --timings``: the scale run reads the time of each step from this line."""
    from tests.build_support import SAMPLE_EDITION, copy_edition

    edition = copy_edition(SAMPLE_EDITION, tmp_path / "edition")
    result = CliRunner().invoke(
        main, ["build", str(edition), "-o", str(tmp_path / "site"), "--timings", "-j", "1"]
    )
    assert result.exit_code == 0, result.stderr
    (line,) = [x for x in result.stderr.splitlines() if x.startswith("timings: ")]
    steps = [part.split()[0] for part in line.removeprefix("timings: ").split(", ")]
    assert steps == ["convert", "state", "check", "render", "pages", "search"]


def test_a_sitemap_over_the_limit_becomes_an_index_of_parts() -> None:
    """sitemaps.org allows 50,000 URLs a file; 100,000 documents need an index."""
    from lxml import etree

    from tei.site.sitemap import sitemap_files, sitemaps

    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    assert sitemap_files(50_000) == ["sitemap.xml"]
    assert sitemap_files(100_003) == [
        "sitemap.xml",
        "sitemap-1.xml",
        "sitemap-2.xml",
        "sitemap-3.xml",
    ]
    pages = [f"documents/d{k}.html" for k in range(7)]
    files = sitemaps("https://e.org/", pages, limit=3)
    assert list(files) == ["sitemap.xml", "sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml"]
    index = etree.fromstring(files["sitemap.xml"])
    assert index.xpath("//s:loc/text()", namespaces=ns) == [
        f"https://e.org/sitemap-{k}.xml" for k in (1, 2, 3)
    ]
    urls = [
        u
        for name in list(files)[1:]
        for u in etree.fromstring(files[name]).xpath("//s:loc/text()", namespaces=ns)
    ]
    assert urls == [f"https://e.org/{p}" for p in pages]
    assert sitemaps("https://e.org/", pages)["sitemap.xml"].count(b"<url>") == 7
