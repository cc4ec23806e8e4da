"""Regression tests for the wording of validation messages, each named after what it broke."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tei import xmlsafe
from tei.errors import Diagnostic, XmlInputError
from tei.validate.check import validate_bytes
from tei.validate.schema import Schema
from tei.validate.vocabulary import SUGGEST_BOUND, edit_distance, nearest, similarity

HEADER = (
    "<teiHeader><fileDesc><titleStmt><title>t</title></titleStmt>"
    "<publicationStmt><p>p</p></publicationStmt><sourceDesc><p>s</p></sourceDesc>"
    "</fileDesc></teiHeader>"
)


def _tei(body: str) -> bytes:
    return (
        f'<TEI xmlns="http://www.tei-c.org/ns/1.0">{HEADER}<text><body>{body}</body></text></TEI>'
    ).encode()


def _check(schema: Schema, data: bytes) -> list[Diagnostic]:
    return schema.validate(xmlsafe.parse_bytes(data, "t.xml"), "t.xml", data)


@pytest.mark.parametrize("name", ["Icon", "Menu"])
@pytest.mark.slow
@pytest.mark.xdist_group("tei_all")
def test_no_guess_without_kinship(name: str, tei_all: Schema) -> None:
    """``<Icon>`` got "did you mean `<bicond>`?" (two edits in six letters)."""
    found = _check(tei_all, _tei(f"<p>a <{name}>b</{name}></p>"))
    assert found and "did you mean" not in found[0].message


@pytest.mark.slow
@pytest.mark.xdist_group("tei_all")
def test_foreign_namespace_gets_no_tei_guess(tei_all: Schema) -> None:
    """MathML ``<math>`` got "did you mean `<path>`?": a foreign element is not a slip."""
    math = '<math xmlns="http://www.w3.org/1998/Math/MathML"><mi>x</mi></math>'
    found = _check(tei_all, _tei(f"<p>{math}</p>"))
    assert found and all("did you mean" not in d.message for d in found)


@pytest.mark.slow
@pytest.mark.xdist_group("tei_all")
def test_misspelling_still_gets_its_guess(tei_all: Schema) -> None:
    found = _check(tei_all, _tei("<p>a <suplied>b</suplied></p>"))
    assert "did you mean `<supplied>`?" in found[0].message


@pytest.mark.slow
@pytest.mark.xdist_group("tei_all")
def test_wrong_root_is_s107_not_s101(tei_all: Schema) -> None:
    data = b'<listPerson xmlns="http://www.tei-c.org/ns/1.0"><person/></listPerson>'
    found = _check(tei_all, data)
    assert [(d.code, d.line, d.column) for d in found] == [("S107", 1, 1)]
    assert "`<listPerson>` cannot be the root element" in found[0].message


def test_wrong_root_is_s107_with_the_project_schema() -> None:
    data = b'<document xmlns="http://www.tei-c.org/ns/1.0"><p>x</p></document>'
    report = validate_bytes(data, "t.xml")
    assert [(d.code, d.line, d.column) for d in report.errors] == [("S107", 1, 1)]


@pytest.mark.slow
@pytest.mark.xdist_group("tei_all")
def test_s102_does_not_say_an_element_in_brackets(tei_all: Schema) -> None:
    """``<lg/>`` gave "`<lg>` is incomplete: `<an element>` missing"."""
    found = _check(tei_all, _tei("<div><lg/></div>"))
    assert [d.code for d in found] == ["S102"]
    assert "`<an element>`" not in found[0].message
    assert found[0].message == "`<lg>` is incomplete: a required child element is missing"


def test_not_well_formed_column_is_the_one_libxml2_names(tmp_path: Path) -> None:
    """The location said one column more than the libxml2 message after it."""
    data = b'<TEI xmlns="http://www.tei-c.org/ns/1.0"><a>\n  <b></a></TEI>'
    with pytest.raises(XmlInputError) as caught:
        xmlsafe.parse_bytes(data, "t.xml")
    said = re.search(r"column (\d+)", caught.value.message)
    assert said and caught.value.column == int(said.group(1))


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyzAB", min_size=1, max_size=12), st.data())
def test_guess_is_never_below_the_bound(name: str, data: st.DataObject) -> None:
    names = data.draw(st.sets(st.text(alphabet="abcdefgxyzB", min_size=1, max_size=12)))
    guess = nearest(name, names)
    if guess is not None:
        assert similarity(name, guess) >= SUGGEST_BOUND
    else:
        assert name in names or all(similarity(name, n) < SUGGEST_BOUND for n in names)


def test_edit_distance_counts_a_swap_once() -> None:
    assert edit_distance("suplied", "supplied") == 1
    assert edit_distance("tilte", "title") == 1
    assert edit_distance("icon", "bicond") == 2
