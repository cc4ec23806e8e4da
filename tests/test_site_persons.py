"""The persons index: A–Z by surname or sort key, and links that say what is there.

Regression tests named after what broke: the index sorted by the first word of the name
("Andrei Gromyko" under A), had no A–Z, and listed turns as "Speaks: 1 2 3 4".
"""

from __future__ import annotations

import pytest
from lxml import etree, html

from tei.site.config import EditionConfig
from tei.site.documents import DocMeta, extract, sort_key
from tei.site.indexes import collect_persons, letter, person_pages, persons_index

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


CONFIG = EditionConfig("Ed", "P", "L", "https://e.org/")


def _page(metas: list[DocMeta]) -> html.HtmlElement:
    return html.fromstring(persons_index(CONFIG, collect_persons(metas, {})))


def test_speaks_links_say_what_is_said_not_bare_numbers() -> None:
    persons = '<person xml:id="a"><persName>Andrei Gromyko</persName></person>'
    body = (
        '<div><said who="#a"><p>We support the positions of the government.</p></said>'
        '<said who="#a"><p>Agreed.</p></said><p>Later <persName ref="#a">Gromyko</persName>'
        " left the room in a hurry after the talks.</p></div>"
    )
    pages = person_pages(CONFIG, collect_persons([extract(_doc(body, persons), "talks")], {}))
    page = html.fromstring(pages["persons/a.html"])
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
    assert [a.text for a in page.xpath("//ul[@class='person-list']/li/a")] == [
        "Ada Lovelace",
        "Bo",
        "Émile Zola",
        "Zhang Wei",
    ]


def test_no_person_page_holds_another_persons_turns() -> None:
    """One page per person (issue 15: no page grows with the edition but the index's lines)."""
    persons = "".join(
        f'<person xml:id="p{i}"><persName>Name{i} X</persName></person>' for i in range(3)
    )
    body = "".join(f'<said who="#p{i}"><p>Turn of person {i}.</p></said>' for i in range(3))
    found = collect_persons([extract(_doc(body, persons), "talks")], {})
    pages = person_pages(CONFIG, found)
    assert sorted(pages) == ["persons/p0.html", "persons/p1.html", "persons/p2.html"]
    for i in range(3):
        text = html.fromstring(pages[f"persons/p{i}.html"]).text_content()
        assert f"Turn of person {i}." in text
        assert all(f"Turn of person {j}." not in text for j in range(3) if j != i)
