"""The pages that list the whole edition: the documents index and the persons index.

The documents index is written once per sort order (date, title, archive id) so that sorting
works on a static host without JavaScript: each column heading links to the copy sorted by
that column. Persons are gathered across documents by ``xml:id``.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import groupby

from tei.site.config import EditionConfig
from tei.site.documents import DocMeta, Link
from tei.site.pages import render


@dataclass(frozen=True, slots=True)
class Sort:
    """One order of the documents index and the file it is written to."""

    key: str
    label: str
    file: str
    order: Callable[[DocMeta], tuple[str, ...]]


def by_date(meta: DocMeta) -> tuple[str, ...]:
    """Undated documents last; the stem decides between equals, so the order is total."""
    return (meta.date or "9999", meta.title.casefold(), meta.stem)


SORTS = (
    Sort("date", "date", "index.html", by_date),
    Sort("title", "title", "index-by-title.html", lambda m: (m.title.casefold(), *by_date(m))),
    Sort(
        "archive",
        "archive id",
        "index-by-archive-id.html",
        lambda m: (m.archive_id.casefold() or "\uffff", *by_date(m)),
    ),
)
"""The documents index's orders; the first is the site's front page and the reading order."""

COLUMNS = (
    ("date", "Date"),
    ("title", "Title"),
    ("participants", "Participants"),
    ("archive", "Archive id"),
)


def documents_index(config: EditionConfig, metas: list[DocMeta]) -> dict[str, bytes]:
    """Every sort order of the documents index, by file name."""
    files = {sort.key: sort.file for sort in SORTS}
    columns = [{"key": k, "label": label, "href": files.get(k, "")} for k, label in COLUMNS]
    return {
        sort.file: render(
            "index.html.j2",
            config,
            current="index",
            page_title=config.title if sort is SORTS[0] else f"{config.title}: by {sort.label}",
            documents=sorted(metas, key=sort.order),
            columns=columns,
            sort=sort,
        )
        for sort in SORTS
    }


@dataclass(slots=True)
class Entry:
    """One document of one person: their role there, their turns and the places they are named."""

    meta: DocMeta
    role: str = ""
    turns: list[Link] = field(default_factory=list)
    mentions: list[Link] = field(default_factory=list)


@dataclass(slots=True)
class Person:
    """A person of the edition with every document in which they appear."""

    id: str
    name: str
    entries: list[Entry] = field(default_factory=list)
    sort: str = ""
    """The key the name files under (:func:`tei.site.documents.sort_key`); "" for the name."""

    @property
    def order(self) -> tuple[str, str, str]:
        key = self.sort or self.name
        return (letter(key), key.casefold(), self.id)


def letter(key: str) -> str:
    """The A–Z section of a sort key: its first letter without accents, "#" if none."""
    for char in unicodedata.normalize("NFKD", key):
        if char.isalpha():
            return char.upper()
        if char.isdigit():
            return "#"
    return "#"


def collect_persons(
    metas: list[DocMeta], register: dict[str, str], sorts: dict[str, str] | None = None
) -> list[Person]:
    """Persons by id across documents (in the given order), sorted A–Z by sort key.

    The register's name (and sort key, ``sorts``) wins; otherwise the first document's. Turns
    and mentions count when they point to a person the document or the register declares
    (not, say, to a group of translators).
    """
    sorts = sorts or {}
    persons = {
        ident: Person(ident, name, sort=sorts.get(ident, "")) for ident, name in register.items()
    }
    for meta in metas:
        entries: dict[str, Entry] = {}
        for ref in meta.persons:
            _entry(persons, entries, meta, ref.id, ref.name).role = _role_label(ref.role)
            if not persons[ref.id].sort:
                persons[ref.id].sort = ref.sort
        known = {ref.id for ref in meta.persons} | register.keys()
        for link in meta.turns:
            if link.person in known:
                _entry(persons, entries, meta, link.person).turns.append(link)
        for link in meta.mentions:
            if link.person in known:
                _entry(persons, entries, meta, link.person).mentions.append(link)
    return sorted(persons.values(), key=lambda p: p.order)


def _entry(
    persons: dict[str, Person], entries: dict[str, Entry], meta: DocMeta, ident: str, name: str = ""
) -> Entry:
    """The person's entry for this document, made on first use."""
    if ident not in entries:
        entries[ident] = Entry(meta)
        persons.setdefault(ident, Person(ident, name or ident)).entries.append(entries[ident])
    return entries[ident]


def _role_label(role: str) -> str:
    return {
        "participants": "participant",
        "participant": "participant",
        "mentioned": "mentioned",
        "reported-speakers": "reported speaker",
    }.get(role, role)


def person_file(ident: str) -> str:
    """A person's page, relative to the site's root."""
    return f"persons/{ident}.html"


def person_pages(config: EditionConfig, persons: list[Person]) -> dict[str, bytes]:
    """One page per person, by file name: a page holds one person's documents and turns, so
    no page grows with the edition but the A–Z index's one line per person."""
    return {
        person_file(p.id): render(
            "person.html.j2",
            config,
            current="persons",
            page_title=f"{p.name} · Persons · {config.title}",
            root="../",
            person=p,
            key=p.order[0],
        )
        for p in persons
    }


def persons_index(config: EditionConfig, persons: list[Person]) -> bytes:
    """The A–Z persons index: names under their letter, a bar of the letters in use."""
    groups = [(key, list(group)) for key, group in groupby(persons, key=lambda p: p.order[0])]
    return render(
        "persons.html.j2",
        config,
        current="persons",
        page_title=f"Persons · {config.title}",
        persons=persons,
        groups=groups,
    )
