"""`tei build` is incremental and deterministic.

A second build with nothing changed writes nothing (not even the state file) and takes a
fraction of the first; changing one record rebuilds its page and the indexes only; two clean
builds are byte-identical, Pagefind's index included.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from tei.site import build
from tei.site.documents import PersonRef
from tests.build_support import (
    FIXTURE_EDITION,
    SAMPLE_EDITION,
    copy_edition,
    mtimes,
    sample_with_persons,
    site_files,
)


def extract_persons(tei: Path) -> list[PersonRef]:
    from tei import xmlsafe
    from tei.site.documents import extract

    return extract(xmlsafe.parse_file(tei), tei.stem).persons


INDEX_FILES = {
    "index.html",
    "index-by-title.html",
    "index-by-archive-id.html",
    "persons.html",
    "about.html",
    "sitemap.xml",
}


def test_second_build_writes_nothing_and_is_much_faster(tmp_path: Path) -> None:
    site = tmp_path / "site"
    start = time.perf_counter()
    first = build(SAMPLE_EDITION, site, jobs=1)
    first_time = time.perf_counter() - start
    assert first.completed and first.documents == 13 and first.search_built
    before = mtimes(site)
    files = site_files(site)
    start = time.perf_counter()
    second = build(SAMPLE_EDITION, site, jobs=1)
    second_time = time.perf_counter() - start
    assert second.completed and second.documents == 13
    assert second.written == [] and second.removed == [] and second.rendered == []
    assert not second.indexes_built and not second.search_built
    assert mtimes(site) == before
    assert site_files(site) == files
    assert second_time < first_time / 5, (first_time, second_time)


def test_changing_one_records_text_rebuilds_its_page_and_search_bundle_only(tmp_path: Path) -> None:
    edition = copy_edition(SAMPLE_EDITION, tmp_path / "edition")
    site = tmp_path / "site"
    build(edition, site, jobs=1)
    before = mtimes(site)
    stem = "07_cable-chinese-embassy-acrobatic-troupe"
    tei = edition / "tei" / f"{stem}.xml"
    head, p_end, tail = tei.read_text("utf-8").rpartition("</p>")
    tei.write_text(f"{head} An editor added this sentence.{p_end}{tail}", "utf-8")

    report = build(edition, site, jobs=1)

    assert report.rendered == [stem]
    # the indexes are made from the documents' facts, which a sentence does not change
    assert not report.indexes_built and report.search_built
    own = {f"documents/{stem}.{ext}" for ext in ("html", "xml", "reading.txt", "diplomatic.txt")}
    written = set(report.written)
    assert own <= written
    others = written - own - INDEX_FILES
    # pagefind's index, and the pages of the persons of that document (their links' words)
    people = {f"persons/{p.id}.html" for p in extract_persons(tei)}
    assert all(rel.startswith("pagefind/") or rel in people for rel in others), sorted(others)
    after = mtimes(site)
    untouched = [rel for rel in before if rel.startswith("documents/") and rel not in own]
    assert len(untouched) == 12 * 4
    assert all(after[rel] == before[rel] for rel in untouched)
    assert "An editor added this sentence." in (site / "documents" / f"{stem}.html").read_text()


def test_two_clean_builds_are_byte_identical(tmp_path: Path) -> None:
    edition = sample_with_persons(tmp_path / "edition")
    first = build(edition, tmp_path / "a")
    second = build(edition, tmp_path / "b", jobs=1)
    assert first.persons == second.persons > 3
    a, b = site_files(tmp_path / "a"), site_files(tmp_path / "b")
    assert sorted(a) == sorted(b)
    assert [rel for rel in a if a[rel] != b[rel]] == []
    assert any(rel.startswith("pagefind/fragment/") for rel in a)


def test_a_new_title_rebuilds_the_neighbours_pages(tmp_path: Path) -> None:
    edition = copy_edition(FIXTURE_EDITION, tmp_path / "edition")
    site = tmp_path / "site"
    build(edition, site)
    tei = edition / "tei" / "talks-1973.xml"
    tei.write_text(tei.read_text("utf-8").replace("Meeting at Panmunjeom", "Talks"), "utf-8")
    report = build(edition, site)
    assert sorted(report.rendered) == ["cable-1965", "talks-1973"]
    assert "Next:</span> Talks" in (site / "documents" / "cable-1965.html").read_text("utf-8")


def test_a_deleted_record_is_removed_and_foreign_files_are_kept(tmp_path: Path) -> None:
    edition = copy_edition(FIXTURE_EDITION, tmp_path / "edition")
    site = tmp_path / "site"
    build(edition, site)
    (site / "CNAME").write_text("example.org\n")
    (edition / "tei" / "cable-1965.xml").unlink()
    report = build(edition, site)
    assert report.documents == 1
    assert "documents/cable-1965.html" in report.removed
    assert not (site / "documents" / "cable-1965.xml").exists()
    assert (site / "CNAME").read_text() == "example.org\n"
    assert "cable-1965" not in (site / "index.html").read_text("utf-8")


def test_a_page_deleted_by_hand_is_written_again(tmp_path: Path) -> None:
    site = tmp_path / "site"
    build(FIXTURE_EDITION, site)
    (site / "documents" / "talks-1973.html").unlink()
    (site / "persons.html").unlink()
    report = build(FIXTURE_EDITION, site)
    assert set(report.written) == {"documents/talks-1973.html", "persons.html"}


def test_sources_are_converted_once_and_again_with_update(tmp_path: Path) -> None:
    edition = copy_edition(FIXTURE_EDITION, tmp_path / "edition")
    (edition / "sources").mkdir()
    source = edition / "sources" / "seed.txt"
    source.write_bytes((SAMPLE_EDITION / "sources" / "000_73b064174e65e1d6.txt").read_bytes())
    site = tmp_path / "site"
    first = build(edition, site)
    tei = edition / "tei" / "seed.xml"
    assert first.converted == [tei] and first.documents == 3
    assert "documents/seed.html" in first.written
    assert build(edition, site).converted == []
    later = tei.stat().st_mtime + 10
    os.utime(source, (later, later))
    assert build(edition, site).converted == []
    assert build(edition, site, update=True).converted == []  # a touch is no change
    source.write_bytes(source.read_bytes().replace(b"March 10, 1965", b"March 11, 1965", 1))
    assert build(edition, site, update=True).converted == [tei]


@pytest.mark.parametrize("inside", [".", "tei", "sources", "tei/site"])
def test_the_site_is_never_written_over_the_edition(tmp_path: Path, inside: str) -> None:
    from tei.errors import OutputError

    edition = copy_edition(FIXTURE_EDITION, tmp_path / "edition")
    (edition / "sources").mkdir()
    with pytest.raises(OutputError, match="edition's own files"):
        build(edition, edition / inside)


def test_search_bundles_split_large_editions_by_a_stable_hash() -> None:
    from tei.site.search import bundles

    pages = [f"documents/r{k:05d}.html" for k in range(50)]
    split = bundles(pages, size=10)
    assert list(split)[:2] == ["pagefind", "pagefind-1"] and len(split) <= 8
    assert sorted(p for members in split.values() for p in members) == pages
    assert bundles(pages, size=10) == split
    assert bundles(pages, size=50) == {"pagefind": pages}
    grown = bundles([*pages, "documents/new.html"], size=10)
    changed = [f for f in split if split[f] != grown[f]]
    assert len(changed) == 1  # a new record changes one bundle


def test_changing_one_record_reindexes_its_search_bundle_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tei.site import search

    monkeypatch.setattr(search, "BUNDLE_SIZE", 4)
    edition = sample_with_persons(tmp_path / "edition")
    site = tmp_path / "site"
    build(edition, site)
    split = search.bundles([f"documents/{p.stem}.html" for p in (edition / "tei").glob("*.xml")])
    assert len(split) >= 2
    merge = " ".join(list(split)[1:])
    assert f'data-merge="{merge}"' in (site / "search.html").read_text("utf-8")
    assert all((site / folder / "pagefind-entry.json").is_file() for folder in split)
    folder = next(f for f, pages in split.items() if "documents/talks-1973.html" in pages)
    tei = edition / "tei" / "talks-1973.xml"
    tei.write_text(tei.read_text("utf-8").replace("hears us first", "hears us"), "utf-8")
    report = build(edition, site)
    bundles_written = {rel.split("/")[0] for rel in report.written if rel.startswith("pagefind")}
    assert bundles_written == {folder}


def test_changing_a_records_title_rebuilds_the_indexes(tmp_path: Path) -> None:
    """The indexes are keyed on the documents' facts: a new title must reach them."""
    edition = copy_edition(SAMPLE_EDITION, tmp_path / "edition")
    site = tmp_path / "site"
    build(edition, site, jobs=1)
    tei = edition / "tei" / "07_cable-chinese-embassy-acrobatic-troupe.xml"
    text = tei.read_text("utf-8")
    start = text.index("<title", text.index("<titleStmt>") + len("<titleStmt>"))
    start = text.index(">", start) + 1
    tei.write_text(f"{text[:start]}Retitled by an editor, {text[start:]}", "utf-8")
    report = build(edition, site, jobs=1)
    assert report.indexes_built
    assert "Retitled by an editor" in (site / "index.html").read_text("utf-8")
