"""The persons index: A–Z by surname or sort key, and links that say what is there.

Regression tests named after what broke: the index sorted by the first word of the name
("Andrei Gromyko" under A), had no A–Z, and listed turns as "Speaks: 1 2 3 4".
"""

from __future__ import annotations

import pytest
from lxml import etree, html

from tei.site.config import EditionConfig
from tei.site.documents import DocMeta, extract, sort_key
from tei.site.indexes import collect_persons, letter, persons_index

T = 'xmlns="http://www.tei-c.org/ns/1.0"'


def _person(inner: str, attrs: str = "") -> etree._Element:
    return etree.fromstring(f'<person {T} xml:id="x" {attrs}>{inner}</person>')


@pytest.mark.parametrize(
    ("inner", "attrs", "called", "files_under"),
    [
        ("<persName>Andrei Gromyko</persName>", "", ["Gromyko"], "G"),
        ('<persName>Kim Byeong-jik</persName><persName type="variant">Kim</persName>', "", [], "K"),
        ("<persName><forename>Ada</forename> <surname>Lovelace</surname></persName>", "", [], "L"),
        ("<persName>Ada Lovelace</persName>", 'sortKey="Byron"', [], "B"),
        ('<persName sortKey="Zola">Émile Zola</persName>', "", [], "Z"),
        ("<persName>V. P. Orlov</persName>", "", [], "O"),
        ('<persName>D. A. Shilov</persName><persName type="variant">D.</persName>', "", [], "S"),
        ("<persName>Émile Zola</persName>", "", [], "E"),  # no evidence: as written
        ("<persName>Pan Zili</persName>", "", ["Zili"], "Z"),  # the text calls him Zili
    ],
)
def test_persons_sort_by_surname_or_sort_key_not_first_word(
    inner: str, attrs: str, called: list[str], files_under: str
) -> None:
    assert letter(sort_key(_person(inner, attrs), called)) == files_under


def _doc(body: str, persons: str) -> etree._Element:
    return etree.fromstring(
        f"<TEI {T}><teiHeader><fileDesc><titleStmt><title>Talks</title></titleStmt>"
        f"</fileDesc><profileDesc><particDesc><listPerson type='participants'>{persons}"
        f"</listPerson></particDesc></profileDesc></teiHeader><text><body>{body}</body></text></TEI>"
    )


def _page(metas: list[DocMeta]) -> html.HtmlElement:
    config = EditionConfig("Ed", "P", "L", "https://e.org/")
    return html.fromstring(persons_index(config, collect_persons(metas, {})))


def test_speaks_links_say_what_is_said_not_bare_numbers() -> None:
    persons = '<person xml:id="a"><persName>Andrei Gromyko</persName></person>'
    body = (
        '<div><said who="#a"><p>We support the positions of the government.</p></said>'
        '<said who="#a"><p>Agreed.</p></said><p>Later <persName ref="#a">Gromyko</persName>'
        " left the room in a hurry after the talks.</p></div>"
    )
    page = _page([extract(_doc(body, persons), "talks")])
    links = [" ".join(a.text_content().split()) for a in page.xpath("//div[@class='links']//a")]
    assert links == [
        "We support the positions of the government.",
        "Agreed.",
        "Later Gromyko left the room in …",
    ]
    assert "Speaks (2 turns):" in page.text_content()


def test_persons_index_has_an_a_to_z_bar_linking_each_letter() -> None:
    persons = "".join(
        f'<person xml:id="p{i}"><persName>{n}</persName></person>'
        for i, n in enumerate(["Zhang Wei", "Ada Lovelace", "Émile Zola", "Bo"])
    )
    page = _page([extract(_doc("<p>x</p>", persons), "talks")])
    bar = page.xpath("//nav[@class='az']//a")
    assert [a.text for a in bar] == ["A", "B", "E", "Z"]
    for a in bar:
        assert page.xpath(f"//section[@id='{a.get('href')[1:]}']")
    assert [h.text for h in page.xpath("//section[@class='person']/h3")] == [
        "Ada Lovelace",
        "Bo",
        "Émile Zola",
        "Zhang Wei",
    ]
