"""The text renderer: brackets restored exactly in the diplomatic view, none in reading."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from tei.render import RenderError, render_text
from tei.render._xslt import stylesheet_path
from tei.render.text import layout, wrap
from tei.xmlsafe import parse_file
from tests.render_support import fixture, fixture_path
from tests.support import SEED_REFERENCE

DIPLOMATIC = [
    "Ambassador Kim [Byeong-jik] said that W[illiam] met Popovici [Popovich] in [North] Korea.",
    "[We] spoke Russian [sic] there […] and [...] later.",
    "At Kien An [?] the [illegible] station.[emphasis in the original]",
    "[[TOP SECRET]]",
    "[faded image of a stamp: Ministry of Foreign Affairs,\nReceived: 12 February 1963]",
    "[handwritten: Seen. K.] [handwritten: Noted.]",
    "Signed last June,[1] we agreed.[2]",
    "[signature] /V. ORLOV/\nPyongyang, 20 October 1964",
    "Notes",
    "[1] The agreement of 12 June.",
    "[3] A note whose call is lost.",
]


@pytest.mark.parametrize("expected", DIPLOMATIC)
def test_diplomatic_restores_each_bracket_as_printed(expected: str) -> None:
    assert expected in render_text(fixture("brackets.xml"), view="diplomatic", width=0)


def test_reading_has_no_editorial_marks() -> None:
    text = render_text(fixture("brackets.xml"), view="reading", width=0)
    body = text.split("\nNotes\n")[0]
    for mark in (
        "[sic]",
        "[?]",
        "[illegible]",
        "[signature]",
        "[Byeong",
        "[…]",
        "[...]",
        "emphasis in the original",
        "[handwritten",
        "[faded",
        "[[",
    ):
        assert mark not in body
    # The other romanization is the source's: the reading view names the person once.
    assert "Kim Byeong-jik said that William met Popovici in North Korea." in body
    assert "We spoke Russian there … and … later." in body
    assert "Signed last June,[1] we agreed." in body
    assert "[1] The agreement of 12 June." in text


def test_transcript_keeps_speaker_labels_in_both_views() -> None:
    for view in ("reading", "diplomatic"):
        text = render_text(fixture("transcript.xml"), view=view)
        assert "South: Thank you for coming." in text
        assert "North: We propose the following:" in text
        assert "1. first point;" in text
        assert "Location: Panmunjeom" in text


def test_width_wraps_and_zero_does_not() -> None:
    tree = parse_file(SEED_REFERENCE)
    narrow = render_text(tree, width=40)
    assert max(len(line) for line in narrow.splitlines()) <= 40
    unwrapped = render_text(tree, width=0)
    assert max(len(line) for line in unwrapped.splitlines()) > 200
    assert narrow.split() == unwrapped.split()


def test_wrap_breaks_only_at_plain_spaces() -> None:
    assert wrap("aa bb cc dd", 5) == "aa bb\ncc dd"
    assert wrap("a averyverylongword b", 5) == "a\naveryverylongword\nb"
    assert wrap("Nº\u00a0611 is here", 6) == "Nº\u00a0611\nis\nhere"


def test_layout_collapses_spaces_and_blank_lines() -> None:
    assert layout("  a   b \n\n\n  \n c\nd  ", 0) == "a b\n\nc\nd\n"


def test_unknown_view_and_negative_width_are_errors() -> None:
    tree = fixture("brackets.xml")
    with pytest.raises(RenderError):
        render_text(tree, view="facsimile")
    with pytest.raises(RenderError):
        render_text(tree, width=-1)


@pytest.mark.skipif(shutil.which("xsltproc") is None, reason="xsltproc is not installed")
@pytest.mark.parametrize("view", ["reading", "diplomatic"])
def test_xsltproc_alone_gives_the_same_text(view: str) -> None:
    """The stylesheet is usable without Python: xsltproc prints the same text before layout."""
    proc = subprocess.run(
        [
            "xsltproc",
            "--stringparam",
            "view",
            view,
            str(stylesheet_path("text")),
            str(fixture_path("brackets.xml")),
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    assert layout(proc.stdout, 0) == render_text(fixture("brackets.xml"), view=view, width=0)
