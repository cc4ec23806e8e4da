"""Labelled turns of transcripts: ``KIM: …``, ``South: …``, ``North (RI): …``, ``Q: …``.

A label is a speaker when it names a participant (by surname or full name), a side of the
participants list (the side's first person speaks for it), a side and a surname
(``North (RI)``), or when it recurs often enough to be a label rather than a heading. The
paragraphs, lists and stage directions that follow belong to the turn until the next label.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from tei.people.flat import cut, flat_text
from tei.people.persons import Draft
from tei.people.resolve import Index
from tei.people.shapes import slug
from tei.read.model import (
    Block,
    Closer,
    Inline,
    ItemList,
    PageBreak,
    Paragraph,
    Participants,
    Record,
    Speech,
    Table,
    Text,
)

_NAME_PARTICLE = (
    r"(?:(?:de la|de las|de los|del|de|da|la|las|los|van der|van|von|bin|ibn|al|el) )?(?:al-|el-)?"
)
"""A particle inside a name of a label (``Ambassador del Valle``, ``DG al-Rashidi``)."""
LABEL = re.compile(
    rf"^(?P<label>[A-Z][\w.’'-]*(?: {_NAME_PARTICLE}[A-Z][\w.’'-]*){{0,4}}"
    r"(?: \((?P<inner>[A-Z][\w.’'-]*)\))?):\s"
)
NOT_LABELS = frozenset(
    "To From Date Subject Re Source Note Notes Copies Copy Interpreter Participants Present "
    "Location Time Place Classification Attachment Enclosure Annex Summary Translation "
    # A letter's salutation (``Sir: With reference to …``), not a speaker.
    "Sir Sirs Madam Gentlemen Excellency Mesdames".split()
)
CONVENTIONAL = {"Q": "Questioner", "A": "Respondent"}


@dataclass(slots=True)
class Sides:
    """The sides of a participants list (``South``, ``North``) and their people, in order."""

    members: dict[str, list[str]] = field(default_factory=dict)

    @classmethod
    def of(cls, record: Record, index: Index) -> Sides:
        sides = cls()
        for block in record.blocks:
            if not isinstance(block, Participants):
                continue
            current = ""
            for line in block.lines:
                flat = flat_text(line.text)
                if line.group:
                    current = flat.strip()
                    sides.members.setdefault(current, [])
                elif current:
                    refs = index.refs(flat)
                    if refs:
                        sides.members[current].append(refs[0].person)
        return sides


def _opening(content: list[Inline]) -> str:
    """The text a paragraph opens with: enough to see a label (no need to flatten it all)."""
    first = content[0] if content else None
    return first.text[:80] if isinstance(first, Text) else flat_text(content[:3])


def labels_in(record: Record) -> Counter[str]:
    """How often each label opens a paragraph."""
    counts: Counter[str] = Counter()
    for block in record.blocks:
        if isinstance(block, Paragraph):
            m = LABEL.match(_opening(block.content))
            if m and m.group("label").split(" (")[0] not in NOT_LABELS:
                counts[m.group("label")] += 1
    return counts


def resolve_label(
    label: str, sides: Sides, index: Index, count: int, transcript: bool = False
) -> tuple[str, str]:
    """(person id, certainty) for a label, or ("", "") when it is no speaker label."""
    base, _, inner = label.partition(" (")
    inner = inner.rstrip(")")
    if base in sides.members:
        people = sides.members[base]
        if inner:
            for person in people:
                if index.drafts[person].surname.casefold() == inner.casefold():
                    return person, "high"
        if people:
            return people[0], "high"
    ids = index.forms.get(label.casefold())
    if ids:
        return (ids[0], "high") if len(ids) == 1 else (ids[0], "medium")
    if base in CONVENTIONAL:
        person = interview_role(index, base)
        return (person, "medium") if person else ("", "conventional")
    if count >= 2 or transcript:
        return "", "low"
    return "", ""


_ASKS = re.compile(
    r"correspondent|journalist|reporter|interviewer|editor|questions were (?:put|asked) by"
)


def interview_role(index: Index, label: str) -> str:
    """Who holds the role an interview's ``Q`` or ``A`` names: ``Q`` the participant whose
    office or introduction is to ask (a correspondent; "the questions were put by X"), ``A``
    the first other participant who is no interpreter; "" when the cast does not tell."""
    cast = [d for d in index.drafts.values() if "participant" in d.contexts]
    asking = [d for d in cast if any(_ASKS.search(o.casefold()) for o in d.offices)]
    if not asking:
        text = index.text
        at = [m.end() for m in _ASKS.finditer(text) if m.group().startswith("questions")]
        after = [r for r in index.refs(text[at[0] : at[0] + 80])] if at else []
        asking = [index.drafts[r.person] for r in after[:1]]
    if len(asking) != 1:
        return ""
    if label == "Q":
        return asking[0].id
    answering = [
        d
        for d in cast
        if d is not asking[0] and not any("interpret" in o.casefold() for o in d.offices)
    ]
    return answering[0].id if answering else ""


def apply_labels(
    record: Record, index: Index, drafts: list[Draft], counts: Counter[str]
) -> list[Speech]:
    """Turn labelled paragraphs (and what follows them) into :class:`Speech` blocks
    (``counts``: :func:`labels_in` of the record)."""
    if not counts:
        return []
    sides = Sides.of(record, index)
    who: dict[str, tuple[str, str]] = {}
    transcript = sum(counts.values()) >= 3
    for label, count in counts.items():
        person, cert = resolve_label(label, sides, index, count, transcript)
        if cert in ("low", "conventional"):
            name = CONVENTIONAL.get(label, label.title() if label.isupper() else label)
            draft = Draft([name], "", 10**12, None, [label])
            draft.id = base_id = slug(name)
            n = 1
            while draft.id in index.drafts:  # an id is never given to two people
                n += 1
                draft.id = f"{base_id}-{n}"
            drafts.append(draft)
            index.drafts[draft.id] = draft
            index.add_form(label.casefold(), draft.id)
            person = draft.id
            cert = "high" if cert == "conventional" else cert
        if person:
            who[label] = (person, cert)
    speeches: list[Speech] = []
    blocks: list[Block] = []
    current: Speech | None = None
    for block in record.blocks:
        label = _label_of(block)
        if label in who:
            assert isinstance(block, Paragraph)
            flat = flat_text(block.content)
            end = len(label) + 1
            rest = cut(block.content, [end + (len(flat[end:]) - len(flat[end:].lstrip()))])[1]
            person, cert = who[label]
            current = Speech(person, f"{label}:", [Paragraph(rest, block.loc)], block.loc, cert)
            speeches.append(current)
            blocks.append(current)
        elif current is not None and isinstance(block, (Paragraph, ItemList, Table, PageBreak)):
            current.blocks.append(block)
        else:
            if isinstance(block, (Closer, Participants)):
                current = None
            blocks.append(block)
    record.blocks = blocks
    return speeches


def _label_of(block: Block) -> str:
    if not isinstance(block, Paragraph):
        return ""
    m = LABEL.match(_opening(block.content))
    return m.group("label") if m else ""
