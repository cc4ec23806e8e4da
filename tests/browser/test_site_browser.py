"""The built site in a real browser: Debian's chromium driven by Playwright, over HTTP.

The site is the sample edition plus the build fixtures' records with persons, built once and
served by a local http.server on 127.0.0.1 in a thread (Pagefind's search needs HTTP, not
file://). axe-core comes from axe-playwright-python and is injected through the DevTools
protocol, which the pages' Content-Security-Policy does not govern.
"""

from __future__ import annotations

import contextlib
import functools
import http.server
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tei.site import build
from tests.browser.support import MARKS, assert_no_axe_violations, launch
from tests.build_support import FIXTURE_EDITION, sample_with_persons

pytestmark = MARKS


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture(scope="module")
def edition(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return sample_with_persons(tmp_path_factory.mktemp("edition") / "sample")


@contextlib.contextmanager
def serve(site: Path) -> Iterator[str]:
    """Serve a folder on 127.0.0.1 (a free port) in a thread; yield its URL."""
    handler = functools.partial(_Quiet, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def base_url(edition: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    site = tmp_path_factory.mktemp("site")
    report = build(edition, site)
    assert report.completed and report.documents == 15
    with serve(site) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    yield from launch()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1100, "height": 1000}, accept_downloads=True)
    tab = context.new_page()
    tab.set_default_timeout(10_000)
    tab.errors = []
    tab.on("pageerror", lambda e: tab.errors.append(str(e)))
    tab.on("console", lambda m: tab.errors.append(m.text) if m.type == "error" else None)
    yield tab
    context.close()


def test_index_to_document_to_person_and_back(page: Any, base_url: str) -> None:
    page.goto(base_url + "index.html")
    page.get_by_role("link", name="Meeting at Panmunjeom").click()
    assert page.url == base_url + "documents/talks-1973.html"
    assert page.locator("h1").inner_text() == "Meeting at Panmunjeom"
    page.locator("p.site-persons").get_by_role("link", name="Pak Dong-hwan").click()
    assert page.url == base_url + "persons/pak.html"
    person = page.locator("main")
    assert person.is_visible() and "Meeting at Panmunjeom" in person.inner_text()
    turn = person.locator("div.links a").first  # says what is said there, not "1"
    assert "quinquereme" in turn.inner_text()
    turn.click()  # to the turn in the document
    assert page.url == base_url + "documents/talks-1973.html#body.1.2"
    assert "quinquereme" in page.locator("#body\\.1\\.2").inner_text()
    page.go_back()
    assert page.url == base_url + "persons/pak.html"
    page.get_by_role("link", name="Persons: P").click()  # up to the A–Z index, at P
    assert page.url == base_url + "persons.html#letter-P"
    assert page.locator("#person-pak").is_visible()
    page.go_back()
    page.go_back()
    assert page.url == base_url + "documents/talks-1973.html"
    page.go_back()
    assert page.url == base_url + "index.html"
    assert page.errors == []


def test_previous_and_next_follow_the_index_order(page: Any, base_url: str) -> None:
    page.goto(base_url + "index.html")
    links = page.locator("table.documents tbody td:nth-child(2) a")
    first, second = links.nth(0).get_attribute("href"), links.nth(1).get_attribute("href")
    page.goto(base_url + first)
    page.locator("a[rel=next]").click()
    assert page.url == base_url + second
    page.locator("a[rel=prev]").click()
    assert page.url == base_url + first


@pytest.mark.parametrize("word,stem", [("quinquereme", "talks-1973"), ("zeppelin", "cable-1965")])
def test_search_finds_a_word_of_one_record_and_links_to_it(
    page: Any, base_url: str, edition: Path, word: str, stem: str
) -> None:
    holders = [p.stem for p in (edition / "tei").glob("*.xml") if word in p.read_text("utf-8")]
    assert holders == [stem]  # the word occurs in this record only
    page.goto(base_url + "search.html")
    page.locator(".pagefind-ui__search-input").fill(word)
    result = page.locator(".pagefind-ui__result-link")
    result.first.wait_for(timeout=10_000)
    assert result.count() == 1
    assert result.first.get_attribute("href").endswith(f"documents/{stem}.html")
    result.first.click()
    page.wait_for_url(base_url + f"documents/{stem}.html")
    assert word in page.locator("section.edition").inner_text()
    assert page.errors == []


def test_search_covers_every_bundle_of_a_large_edition(
    page: Any, edition: Path, tmp_path: Path
) -> None:
    from tei.site import search

    size, search.BUNDLE_SIZE = search.BUNDLE_SIZE, 4  # 15 documents: four bundles
    try:
        build(edition, tmp_path / "site")
    finally:
        search.BUNDLE_SIZE = size
    assert (tmp_path / "site" / "pagefind-1" / "pagefind-entry.json").is_file()
    with serve(tmp_path / "site") as url:
        for word, stem in [("quinquereme", "talks-1973"), ("zeppelin", "cable-1965")]:
            page.goto(url + "search.html?q=" + word)
            result = page.locator(".pagefind-ui__result-link")
            result.first.wait_for()
            assert result.count() == 1
            assert result.first.get_attribute("href") == f"/documents/{stem}.html"
    assert page.errors == []


def test_tei_download_is_the_file_of_the_edition(page: Any, base_url: str, edition: Path) -> None:
    page.goto(base_url + "documents/cable-1965.html")
    with page.expect_download() as info:
        page.get_by_role("link", name="TEI P5 (XML)").click()
    download = info.value
    assert download.suggested_filename == "cable-1965.xml"
    assert Path(download.path()).read_bytes() == (edition / "tei" / "cable-1965.xml").read_bytes()
    assert (
        Path(download.path()).read_bytes()
        == (FIXTURE_EDITION / "tei" / "cable-1965.xml").read_bytes()
    )


@pytest.mark.parametrize(
    "path",
    [
        "index.html",
        "documents/talks-1973.html",
        "documents/000_73b064174e65e1d6.html",
        "persons.html",
        "persons/pak.html",
        "about.html",
        "search.html",
    ],
)
def test_axe_reports_no_violations(page: Any, base_url: str, path: str) -> None:
    page.goto(base_url + path)
    if path == "search.html":
        page.locator(".pagefind-ui__search-input").fill("Panmunjeom")
        page.locator(".pagefind-ui__result-link").first.wait_for(timeout=10_000)
    assert_no_axe_violations(page)
    assert page.errors == []


@pytest.mark.parametrize(
    "path", ["index.html", "index-by-title.html", "persons.html", "persons/pak.html"]
)
def test_index_is_not_cut_on_a_390px_screen(browser: Any, base_url: str, path: str) -> None:
    """On a 390 px phone the documents table ran off the screen (its last columns hidden)."""
    context = browser.new_context(viewport={"width": 390, "height": 844})
    try:
        page = context.new_page()
        page.goto(base_url + path)
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 390, f"the page is {width} px wide"
        cut = page.evaluate(
            """() => [...document.querySelectorAll('main td, main th, main a, main h3')]
                .map(e => [e.textContent.trim().slice(0, 30), e.getBoundingClientRect()])
                .filter(([t, r]) => r.width > 0 && (r.left < 0 || r.right > 390.5))
                .map(([t, r]) => `${t}: ${Math.round(r.left)}..${Math.round(r.right)}`)"""
        )
        assert cut == []
        if path == "index.html":  # every column is still there, labelled
            archive = page.locator("table.documents tbody td[data-label='Archive id']").first
            assert archive.is_visible()
        assert_no_axe_violations(page)
    finally:
        context.close()
