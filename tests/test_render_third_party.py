"""Rendering TEI nobody on this project wrote: every file of ../shared/corpus/third-party/.

For each file and each text view: the view keeps at least 99% of the words of the TEI's text
(tests/view_words.py says which words a view must keep: one alternative of a choice, by view),
no word that ``lb break="no"`` breaks is printed split, and ``--report`` lists every element
whose own words are all missing from the output. A file that cannot be read (an external DTD,
not well-formed) is refused with a located error, never a traceback. The figures are printed
(``pytest -s``).
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree

from tei.cli.render import render
from tei.errors import TeiError
from tei.ns import TEI_NS, local_name
from tei.render import dropped_elements, render_html, render_text
from tei.render._texts import texts
from tei.render._xslt import stylesheet_path
from tei.render.html import html_parts
from tei.render.text import layout
from tei.xmlsafe import parse_file
from tests.support import SHARED
from tests.tei_text import recall, words
from tests.view_words import joined_words, view_text

THIRD_PARTY = SHARED / "third-party"
FILES = sorted(THIRD_PARTY.glob("*.xml"))
BAR = 0.99

pytestmark = pytest.mark.skipif(not FILES, reason="../shared/corpus/third-party is not here")


def _tree(path: Path) -> etree._ElementTree | None:
    try:
        return parse_file(path)
    except TeiError:
        return None


@pytest.mark.parametrize("view", ["reading", "diplomatic"])
def test_each_view_keeps_the_words_of_every_file(view: str) -> None:
    figures: list[tuple[float, str]] = []
    split: dict[str, list[str]] = {}
    for path in FILES:
        tree = _tree(path)
        if tree is None:
            continue
        printed = render_text(tree, view=view, width=0)
        figures.append((recall(words(view_text(tree.getroot(), view)), words(printed)), path.name))
        low = printed.casefold()
        broken = [word for word in joined_words(tree.getroot(), view) if word not in low]
        if broken:
            split[path.name] = broken[:5]
    figures.sort()
    median = figures[len(figures) // 2][0]
    print(
        f"\n{view}: {len(figures)} files, word recall min {figures[0][0]:.4f} "
        f"({figures[0][1]}), median {median:.4f}"
    )
    assert len(figures) >= 55
    assert [f for f in figures if f[0] < BAR] == []
    assert split == {}


def test_unreadable_files_are_refused_with_a_located_error() -> None:
    unreadable = [path for path in FILES if _tree(path) is None]
    assert 1 <= len(unreadable) <= 8  # the README: three external DTDs, one not well-formed
    for path in unreadable:
        result = CliRunner().invoke(render, [str(path), "--to", "text"])
        assert result.exit_code == 2, path.name
        assert f"{path}:" in result.output and "error" in result.output, result.output
        assert result.exception is None or isinstance(result.exception, SystemExit)


def _own_words(element: etree._Element) -> list[str]:
    pieces = [element.text or ""] + [child.tail or "" for child in element]
    return words(" ".join(pieces))


@pytest.mark.parametrize(
    "to,view", [("text", "reading"), ("text", "diplomatic"), ("html", "reading")]
)
def test_report_lists_every_element_whose_words_are_missing(to: str, view: str) -> None:
    """Checked from the words, not from the report's own method: an element none of whose own
    words is anywhere in the output must be in the report (lost, or only in the other view)."""
    for path in FILES:
        tree = _tree(path)
        if tree is None or path.stat().st_size > 200_000:  # the big prose file: the views test
            continue
        if to == "html":
            printed = etree.tostring(etree.HTML(render_html(tree)), method="text", encoding=str)
            # Titles (every alternative of a choice) are in the page, on demand.
            printed += " ".join(etree.HTML(render_html(tree)).xpath("//@title"))
        else:
            printed = render_text(tree, view=view, width=0)
        low = printed.casefold()
        dropped = dropped_elements(tree, to, view)
        listed = set(dropped.lost) | set(dropped.other_view)
        for text in texts(tree.getroot()):
            for element in text.iter(etree.Element):
                own = _own_words(element)
                # A word may be part of a longer one (<hi>un</hi>known): looked for as a substring.
                if own and not any(w in low for w in own):
                    name = local_name(element.tag)
                    if etree.QName(element).namespace != TEI_NS:
                        name = (
                            element.prefix + ":" + name
                            if element.prefix
                            else etree.QName(element).text
                        )
                    assert name in listed, (path.name, name, own[:5])


@pytest.mark.skipif(shutil.which("xsltproc") is None, reason="xsltproc is not installed")
def test_xsltproc_alone_gives_the_same_text_and_page_text() -> None:
    """The stylesheets are usable without Python: on every file, xsltproc prints the same text
    before layout, and the same words in the page's text (``tei render`` closes up breaks
    inside words from a mark, xsltproc with the stylesheets' own rule)."""
    for path in FILES:
        tree = _tree(path)
        if tree is None:
            continue
        for view in ("reading", "diplomatic"):
            proc = _xsltproc("text", path, "--stringparam", "view", view)
            assert layout(proc, 0) == render_text(tree, view=view, width=0), (path.name, view)
        parts = etree.HTML(_xsltproc("html", path))
        ours = etree.HTML(html_parts(tree)["text"] or "<div></div>")
        theirs = parts.xpath("//div[@data-part='text']")[0]
        assert " ".join(etree.tostring(theirs, method="text", encoding=str).split()) == " ".join(
            etree.tostring(ours, method="text", encoding=str).split()
        ), path.name


def _xsltproc(name: str, path: Path, *params: str) -> str:
    return subprocess.run(
        ["xsltproc", *params, str(stylesheet_path(name)), str(path)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
