"""What `tei build` puts on the site: index, document pages, persons, about, sitemap."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from lxml import etree, html

from tei.render import render_text
from tei.site import EditionError, build
from tei.xmlsafe import parse_file
from tests.build_support import FIXTURE_EDITION, SAMPLE_EDITION, copy_edition


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("site")
    report = build(FIXTURE_EDITION, out)
    assert report.completed and report.documents == 2 and report.persons == 3
    return out


def page(site: Path, rel: str) -> html.HtmlElement:
    return html.fromstring((site / rel).read_bytes())


def test_index_lists_documents_by_date_with_participants_and_archive_ids(site: Path) -> None:
    rows = page(site, "index.html").xpath("//table[@class='documents']/tbody/tr")
    cells = [[c.text_content().strip() for c in row.xpath("td")] for row in rows]
    assert cells == [
        ["1965-03-10", "Cable on the Moscow talks", "Choe Yong-gil", "FIX 1965-07"],
        ["1973-09-04", "Meeting at Panmunjeom", "PAK Dong-hwan, CHOE Yong-gil", "FIX 1973-01"],
    ]
    assert rows[0].xpath("td/a/@href") == ["documents/cable-1965.html"]


def test_each_sort_order_is_a_static_page_linked_from_its_column(site: Path) -> None:
    index = page(site, "index.html")
    assert index.xpath("//th[@aria-sort='ascending']")[0].text_content().startswith("Date")
    assert index.xpath("//th/a/@href") == ["index-by-title.html", "index-by-archive-id.html"]
    by_title = page(site, "index-by-title.html")
    titles = [a.text for a in by_title.xpath("//tbody/tr/td[2]/a")]
    assert titles == ["Cable on the Moscow talks", "Meeting at Panmunjeom"]
    for name in ("index.html", "index-by-title.html", "persons.html", "about.html"):
        assert b"<script" not in (site / name).read_bytes()


def test_document_page_has_citation_metadata_navigation_and_downloads(site: Path) -> None:
    doc = page(site, "documents/cable-1965.html")
    meta = {m.get("name"): m.get("content") for m in doc.xpath("//meta[@name]")}
    assert meta["citation_title"] == "Cable on the Moscow talks"
    assert meta["citation_publication_date"] == "1965/03/10"
    assert meta["citation_publisher"] == "tei-editions tests"
    assert meta["citation_fulltext_html_url"] == (
        "https://example.org/fixture/documents/cable-1965.html"
    )
    assert doc.xpath("//a[@rel='next']/@href") == ["talks-1973.html"]
    assert doc.xpath("//a[@rel='prev']") == []
    assert page(site, "documents/talks-1973.html").xpath("//a[@rel='prev']/@href") == [
        "cable-1965.html"
    ]
    downloads = doc.xpath("//section[@class='downloads']//a/@href")
    assert downloads == ["cable-1965.xml", "cable-1965.reading.txt", "cable-1965.diplomatic.txt"]
    assert doc.xpath("//main/@data-pagefind-body") == [""]
    assert b"<script" not in (site / "documents/cable-1965.html").read_bytes()


def test_downloads_are_the_edition_tei_and_its_two_texts(site: Path) -> None:
    for stem in ("cable-1965", "talks-1973"):
        source = FIXTURE_EDITION / "tei" / f"{stem}.xml"
        assert (site / "documents" / f"{stem}.xml").read_bytes() == source.read_bytes()
        tree = parse_file(source)
        for view in ("reading", "diplomatic"):
            text = (site / "documents" / f"{stem}.{view}.txt").read_text("utf-8")
            assert text == render_text(tree, view=view)


def test_persons_index_lists_every_document_and_turn(site: Path) -> None:
    persons = page(site, "persons.html")
    names = [a.text for a in persons.xpath("//ul[@class='person-list']/li/a")]
    # register names win; A–Z by surname: the cable calls Andrei Gromyko "Gromyko"
    assert names == ["Choe Yong-gil", "Andrei Gromyko", "Pak Dong-hwan"]
    assert persons.xpath("//nav[@class='az']//a/text()") == ["C", "G", "P"]
    assert persons.xpath("//li[@id='person-choe']/a/@href") == ["persons/choe.html"]
    choe = page(site, "persons/choe.html")
    assert choe.xpath("//h1/text()") == ["Choe Yong-gil"]
    links = choe.xpath("//div[@class='links']//a/@href")
    assert links == [
        "../documents/cable-1965.html#body.1.2.1",
        "../documents/talks-1973.html#body.1.3",
    ]
    pak = page(site, "persons/pak.html").text_content()
    assert "Speaks (1 turn):" in pak and "Named (1×):" in pak
    for person in ("choe", "pak", "gromyko"):
        for link in page(site, f"persons/{person}.html").xpath("//div[@class='links']//a/@href"):
            rel, _, anchor = link.partition("#")
            assert page(site, rel.removeprefix("../")).xpath(f"//*[@id='{anchor}']"), link


def test_document_links_its_persons_to_the_persons_index(site: Path) -> None:
    doc = page(site, "documents/talks-1973.html")
    assert doc.xpath("//p[@class='site-persons']/a/@href") == [
        "../persons/pak.html",
        "../persons/choe.html",
    ]
    assert [a.text for a in doc.xpath("//p[@class='site-persons']/a")] == [
        "Pak Dong-hwan",
        "Choe Yong-gil",
    ]


def test_about_page_gives_the_editorial_conventions(site: Path) -> None:
    about = page(site, "about.html").text_content()
    assert "Square brackets in the record are editorial insertions." in about
    assert "(1 of 2 documents)" in about
    cells = page(site, "about.html").xpath("//table[@class='brackets']//code/text()")
    assert '<supplied reason="name-completion">Byeong-jik</supplied>' in cells


def test_sitemap_lists_every_page_under_the_base_url(site: Path) -> None:
    root = etree.fromstring((site / "sitemap.xml").read_bytes())
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    assert root.xpath("//s:loc/text()", namespaces=ns) == [
        "https://example.org/fixture/",
        "https://example.org/fixture/about.html",
        "https://example.org/fixture/persons.html",
        "https://example.org/fixture/persons/choe.html",
        "https://example.org/fixture/persons/gromyko.html",
        "https://example.org/fixture/persons/pak.html",
        "https://example.org/fixture/documents/cable-1965.html",
        "https://example.org/fixture/documents/talks-1973.html",
    ]


def test_search_page_loads_pagefind_and_the_index_is_built(site: Path) -> None:
    search = (site / "search.html").read_text("utf-8")
    assert 'src="pagefind/pagefind-ui.js"' in search and "wasm-unsafe-eval" in search
    assert (site / "pagefind" / "pagefind-entry.json").is_file()
    assert list((site / "pagefind" / "fragment").iterdir())


def test_sample_edition_builds_without_warnings_or_errors(tmp_path: Path) -> None:
    report = build(SAMPLE_EDITION, tmp_path / "site")
    assert report.completed and report.documents == 13
    assert (report.errors, report.failed) == (0, [])
    titles = page(tmp_path / "site", "index.html").xpath("//tbody/tr/td[2]/a/text()")
    assert len(titles) == 13 and all(t.strip() for t in titles)


@pytest.mark.parametrize(
    "content,message",
    [
        (None, "cannot read the edition config"),
        ("title = ", "not valid TOML"),
        ('title = "T"\npublisher = "P"\nlicence = "L"\n', "has no base_url"),
    ],
)
def test_a_bad_config_is_a_located_error(tmp_path: Path, content: str | None, message: str) -> None:
    edition = copy_edition(FIXTURE_EDITION, tmp_path / "edition")
    config = edition / "edition.toml"
    if content is None:
        config.unlink()
    else:
        config.write_text(content)
    with pytest.raises(EditionError, match=re.escape(message)) as info:
        build(edition, tmp_path / "site")
    assert info.value.path == str(config)
    assert not (tmp_path / "site").exists()


def test_build_state_is_kept_with_the_edition_not_published(tmp_path: Path) -> None:
    """Regression: the state file was a dotfile in the site folder, which hosts serve."""
    edition = copy_edition(FIXTURE_EDITION, tmp_path / "edition")
    site = tmp_path / "site"
    assert build(edition, site, jobs=1).completed
    assert [p.name for p in site.rglob(".*")] == []
    cache = edition / ".tei-cache"
    (state,) = cache.glob("site-*.json")
    assert b'"documents"' in state.read_bytes()
    assert (cache / ".gitignore").read_text("utf-8").splitlines()[-1] == "*"
    # Another output folder gets its own state; the first one's is left as it was.
    before = state.read_bytes()
    assert build(edition, tmp_path / "other", jobs=1).completed
    assert len(list(cache.glob("site-*.json"))) == 2
    assert state.read_bytes() == before
