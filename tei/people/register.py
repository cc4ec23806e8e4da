"""An edition's persons register: the same person gets the same id in every record.

The register is a TEI file (``persons.xml``) with ``listPerson/person[@xml:id]`` and its
``persName`` forms. A person of a record takes the register's id when one of its forms, or its
surname with fitting given names, matches; people the register lacks are proposed for it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from tei.errors import Diagnostic, Level
from tei.ns import NS, XML_ID
from tei.people.persons import Draft, _same
from tei.people.shapes import normal_case
from tei.read.model import Record
from tei.xmlsafe import parse_file


@dataclass(slots=True)
class Entry:
    id: str
    forms: list[str]


@dataclass(slots=True)
class Register:
    path: str
    entries: list[Entry] = field(default_factory=list)

    @classmethod
    def load(cls, path: str | Path) -> Register:
        tree = parse_file(path)
        register = cls(str(path))
        for person in tree.getroot().iterfind(".//t:person", NS):
            ident = person.get(XML_ID)
            if ident:
                forms = [
                    " ".join("".join(str(t) for t in n.itertext()).split())
                    for n in person.iterfind("t:persName", NS)
                ]
                register.entries.append(Entry(ident, [f for f in forms if f]))
        return register

    def ids(self) -> set[str]:
        return {e.id for e in self.entries}

    def match(self, draft: Draft) -> Entry | None:
        mine = {f.casefold() for f in (*draft.forms, draft.name)}
        for entry in self.entries:
            if mine & {f.casefold() for f in entry.forms}:
                return entry
        for entry in self.entries:
            for form in entry.forms:
                words = form.split()
                if len(words) > 1 and len(draft.words) > 1 and _same(draft, words, draft.shape):
                    return entry
        return None

    def apply(self, drafts: list[Draft], record: Record) -> None:
        """Give drafts their register ids; propose the others (review notes V410)."""
        for draft in drafts:
            entry = self.match(draft)
            if entry is not None:
                draft.id = entry.id
                draft.from_register = True
                for form in entry.forms:
                    if form not in draft.forms:
                        draft.forms.append(form)
                continue
            names = dict.fromkeys([draft.name, *draft.forms])
            forms = "".join(f"<persName>{f}</persName>" for f in names)
            proposal = f'<person xml:id="{draft.id}">{forms}</person>'
            line, column = (draft.loc.line, draft.loc.column) if draft.loc else (0, 0)
            record.diagnostics.append(
                Diagnostic(
                    Level.INFO,
                    "V410",
                    f"new person, not in the register: {proposal}",
                    record.path,
                    line,
                    column,
                    f"add it to {self.path} if this is right",
                )
            )


__all__ = ["Entry", "Register", "normal_case"]
