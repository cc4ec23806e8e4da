"""The real FRUS volume renders to HTML and text; unknown elements show their text."""

from __future__ import annotations

from collections import Counter

import lxml.html
import pytest

from tei.render import render_html, render_text, unknown_elements
from tei.xmlsafe import parse_file
from tests.support import FRUS_VOLUME


@pytest.fixture(scope="module")
def frus():  # type: ignore[no-untyped-def]
    return parse_file(FRUS_VOLUME)


def test_frus_html(frus) -> None:  # type: ignore[no-untyped-def]
    doc = lxml.html.document_fromstring(render_html(frus))
    assert doc.find(".//h1").text_content().startswith("Foreign Relations of the United States")
    ids = Counter(el.get("id") for el in doc.iter() if el.get("id"))
    assert not [i for i, n in ids.items() if n > 1]
    assert len(doc.find_class("footnote")) == 677
    d6 = doc.get_element_by_id("d6")
    assert "The Egyptian Minister" in d6.text_content()
    call = doc.get_element_by_id("d6fn1-ref")
    assert call.get("href") == "#d6fn1"
    # frus:attachment has no rule, but its text is there
    assert "In the name of Heaven, do help us!" in doc.text_content()


@pytest.mark.parametrize("view", ["reading", "diplomatic"])
def test_frus_text(frus, view: str) -> None:  # type: ignore[no-untyped-def]
    text = render_text(frus, view=view)
    assert "In the name of Heaven, do help us!" in text
    assert "Mohamed Amine Youssef." in text
    assert max(len(line) for line in text.splitlines() if " " in line) <= 78


def test_frus_unknown_elements(frus) -> None:  # type: ignore[no-untyped-def]
    assert unknown_elements(frus) == Counter({"frus:attachment": 21})
