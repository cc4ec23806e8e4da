"""The HTML page in a real browser: Debian's chromium driven by Playwright.

No `playwright install`: the browser is /usr/bin/chromium (.ci/run installs it). The tests run
whenever that binary exists, and skip with the reason otherwise. axe-core comes from the
axe-playwright-python package, which ships axe.min.js; it is injected into the page by hand
because the page's Content-Security-Policy forbids scripts of its own (injection through the
DevTools protocol is not subject to it).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tei.render import render_html
from tei.xmlsafe import parse_file
from tests.browser.support import MARKS, assert_no_axe_violations, launch
from tests.render_support import fixture_path
from tests.support import ROOT, SEED_REFERENCE, SHARED

ARTIFACTS = ROOT / "tests" / "_artifacts"

pytestmark = MARKS


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    yield from launch()


def open_page(browser: Any, tmp_path: Path, source: Path, view: str = "diplomatic") -> Any:
    html = tmp_path / f"{source.stem}.html"
    html.write_text(render_html(parse_file(source), view=view), encoding="utf-8")
    page = browser.new_page(viewport={"width": 1100, "height": 1400})
    page.messages = []
    page.on("console", lambda m: page.messages.append(f"{m.type}: {m.text}"))
    page.on("pageerror", lambda e: page.messages.append(f"pageerror: {e}"))
    page.goto(html.as_uri())
    return page


def test_loads_without_console_errors_and_saves_a_screenshot(browser: Any, tmp_path: Path) -> None:
    page = open_page(browser, tmp_path, SEED_REFERENCE)
    assert page.title().startswith("Record of Conversation")
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "seed.png"), full_page=True)
    page.screenshot(path=str(ARTIFACTS / "seed-top.png"))
    assert page.messages == []


def test_view_switch_hides_and_shows_brackets(browser: Any, tmp_path: Path) -> None:
    page = open_page(browser, tmp_path, fixture_path("brackets.xml"))
    edition = page.locator("section.edition")
    assert "Kim [Byeong-jik]" in edition.inner_text()
    assert "Russian [sic]" in edition.inner_text()
    page.click("label[for=tei-view-reading]")
    reading = edition.inner_text()
    assert "[" not in reading.replace("[1]", "").replace("[2]", "")
    assert "Kim Byeong-jik" in reading and "[sic]" not in reading
    page.keyboard.press("Shift+Tab")  # the radios work from the keyboard too
    page.click("label[for=tei-view-diplomatic]")
    assert "[…]" in edition.inner_text() and "[illegible]" in edition.inner_text()


def test_footnote_link_goes_to_the_note_and_back(browser: Any, tmp_path: Path) -> None:
    page = open_page(browser, tmp_path, fixture_path("brackets.xml"))
    page.click("a#note-1-ref")
    assert page.evaluate("location.hash") == "#note-1"
    assert page.locator("#note-1").is_visible()
    page.click("#note-1 a.fn-back")
    assert page.evaluate("location.hash") == "#note-1-ref"


@pytest.mark.parametrize(
    "source,view",
    [
        (SEED_REFERENCE, "reading"),
        (SEED_REFERENCE, "diplomatic"),
        (fixture_path("brackets.xml"), "diplomatic"),
        (fixture_path("transcript.xml"), "reading"),
    ],
    ids=["seed-reading", "seed-diplomatic", "brackets", "transcript"],
)
def test_axe_reports_no_violations(browser: Any, tmp_path: Path, source: Path, view: str) -> None:
    page = open_page(browser, tmp_path, source, view)
    assert_no_axe_violations(page)


THIRD_PARTY = SHARED / "third-party"
"""TEI nobody on this project wrote (../shared/corpus/third-party, see its README)."""


@pytest.mark.parametrize(
    "name,kind",
    [("p5-testall.xml", "play"), ("ss-ms.xml", "manuscript"), ("ss-testapp.xml", "apparatus")],
)
@pytest.mark.parametrize("view", ["reading", "diplomatic"])
def test_third_party_pages_are_axe_clean_with_screenshots(
    browser: Any, tmp_path: Path, name: str, kind: str, view: str
) -> None:
    source = THIRD_PARTY / name
    if not source.exists():
        pytest.skip(f"{source} is not here")
    page = open_page(browser, tmp_path, source, view)
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"third-party-{kind}-{view}.png"), full_page=True)
    assert page.messages == []
    assert page.locator("section.edition").inner_text().strip()
    assert_no_axe_violations(page)


def test_manuscript_description_is_a_section_of_its_own(browser: Any, tmp_path: Path) -> None:
    page = open_page(browser, tmp_path, THIRD_PARTY / "ss-ms.xml")
    section = page.locator("section.manuscript")
    assert section.is_visible()
    assert "Manuscript" in section.locator("h2").inner_text()
    assert (
        page.locator("dd.citation").count() == 0
        or "msIdentifier" not in page.content()[: page.content().find('class="manuscript"')]
    )


def test_apparatus_call_goes_to_the_readings(browser: Any, tmp_path: Path) -> None:
    page = open_page(browser, tmp_path, THIRD_PARTY / "ss-testapp.xml", "reading")
    call = page.locator("span.app sup.fn-call a").first
    target = call.get_attribute("href")
    call.click()
    assert page.evaluate("location.hash") == target
    note = page.locator(f"li.footnote.app[id='{target[1:]}']")
    assert note.is_visible() and note.inner_text().strip()


def test_choice_shows_one_alternative_per_view(browser: Any, tmp_path: Path) -> None:
    page = open_page(browser, tmp_path, THIRD_PARTY / "ss-ms.xml", "diplomatic")
    edition = page.locator("section.edition")
    assert "hinuh" not in edition.inner_text()  # orig and abbr printed together (issue 16)
    page.click("label[for=tei-view-reading]")
    assert "Dei gratia" in " ".join(edition.inner_text().split())
