"""Issue 3, "Done when" 1 and 2, and issue 14, "Done when" 1: speakers and participants
against the truth files of all shared records.

Turns are scored by speaker and starting words; participants by id and role; persons by
precision (declared persons that are real persons of the record), recall (the record's persons
that are declared) and one id per person (a real person carries one id, not several: every
declared person whose names are forms of a truth person counts for that person). The figures
are printed. Every pointer of every output (``@who``, ``@ref``, ``@resp``, ``@hand``) resolves.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from lxml import etree

from tei.ns import NS, TEI_NS, XML_ID
from tei.pipeline import convert_file
from tests.support import FIXTURES, SEED_REFERENCE, SEED_TXT, record_paths

TURN_BAR = 0.98
PERSON_BAR = 1.0


def _words(text: str, n: int = 6) -> str:
    return " ".join(text.replace("[", "").replace("]", "").split()[:n])


def turns_of(root: etree._Element) -> list[tuple[str, str, str]]:
    """(speaker id, first six words, whole text) of every turn of the conversation."""
    found = []
    for el in root.iter(f"{{{TEI_NS}}}said", f"{{{TEI_NS}}}sp"):
        if el.xpath("ancestor::t:said or ancestor::t:sp", namespaces=NS):
            continue
        speaker = el.find(f"{{{TEI_NS}}}speaker")
        if speaker is not None:
            rest = "".join(t for c in el if c is not speaker for t in c.itertext())
            text = f"{speaker.text} {rest}"
        else:
            text = "".join(el.itertext())
        found.append((el.get("who", "").lstrip("#"), _words(text), " ".join(text.split())))
    return found


@pytest.fixture(scope="module")
def outputs() -> dict[str, etree._Element]:
    return {p.name: etree.fromstring(convert_file(p).data) for p in [SEED_TXT, *record_paths()]}


def test_turns_and_participants_against_truth(
    outputs: dict[str, etree._Element], record_property: Any
) -> None:
    right = total = 0
    person_hits = person_total = person_found = role_hits = one_id = with_id = 0
    for source in record_paths():
        truth = json.loads(source.with_suffix("").with_suffix(".truth.json").read_text("utf-8"))
        root = outputs[source.name]
        turns = turns_of(root)
        k = 0
        for want in truth["turns"]:
            total += 1
            start = _words(want["starts"])
            j = next((j for j in range(k, len(turns)) if turns[j][1] == start), None)
            if j is not None and turns[j][0] == want["who"]:
                right += 1
                k = j + 1
            else:
                print(f"  {source.name[:2]} turn not found: {want['who']}: {start!r}")
        persons = {
            p.get(XML_ID): p.get("role") for p in root.iterfind(".//t:particDesc//t:person", NS)
        }
        owners = _owners(root, truth)
        one_id += sum(1 for ids in owners.values() if len(ids) == 1)
        with_id += len(owners)
        for real, ids in owners.items():
            if len(ids) > 1:
                print(f"  {source.name[:2]} {real} has {len(ids)} ids: {sorted(ids)}")
        expected = {p["id"]: p["role"] for p in truth["participants"]}
        person_total += len(expected)
        person_found += len(persons)
        person_hits += len(expected.keys() & persons.keys())
        role_hits += sum(1 for i, role in expected.items() if persons.get(i) == role)
        for i in sorted(expected.keys() - persons.keys()):
            print(f"  {source.name[:2]} person not declared: {i}")
        for i in sorted(persons.keys() - expected.keys()):
            print(f"  {source.name[:2]} declared person not in the record: {i}")
    turn_score = right / total
    recall = person_hits / person_total
    precision = person_hits / person_found
    roles = role_hits / person_total
    print(f"turns attributed to the right person: {right}/{total} = {turn_score:.1%}")
    ones = one_id / with_id
    print(f"participants: recall {recall:.1%}, precision {precision:.1%}, roles right {roles:.1%}")
    print(f"persons found that carry one id only: {one_id}/{with_id} = {ones:.1%}")
    shared = "shared records (people)"
    record_property("tally", (f"{shared}: turns attributed to the right person", right, total))
    record_property("tally", (f"{shared}: persons declared that are in the truth", person_hits,
                              person_found))  # fmt: skip
    record_property("tally", (f"{shared}: persons of the truth declared", person_hits,
                              person_total))  # fmt: skip
    record_property("tally", (f"{shared}: persons found that carry one id", one_id, with_id))
    assert turn_score >= TURN_BAR
    assert recall >= PERSON_BAR and precision >= PERSON_BAR and ones >= PERSON_BAR
    assert roles >= 0.95


def _owners(root: etree._Element, truth: dict[str, object]) -> dict[str, set[str]]:
    """For each person of the truth that we declared, every id of ours that names them: our
    id is theirs, or one of our person's names is one of their forms."""
    forms: dict[str, str] = {}
    people = truth["participants"]
    assert isinstance(people, list)
    for p in people:
        for form in (p["name"], *p["variants"]):
            forms.setdefault(" ".join(form.replace("[", "").replace("]", "").split()), p["id"])
    owners: dict[str, set[str]] = {}
    for person in root.iterfind(".//t:particDesc//t:person", NS):
        pid = str(person.get(XML_ID))
        names = [" ".join("".join(n.itertext()).split()) for n in person.iterfind("t:persName", NS)]
        real = {p["id"] for p in people if p["id"] == pid} | {forms[n] for n in names if n in forms}
        for r in real:
            owners.setdefault(r, set()).add(pid)
    return owners


def test_every_seed_turn_is_attributed(outputs: dict[str, etree._Element]) -> None:
    """Each turn of the expert's encoding starts inside a turn of ours by the same speaker."""
    mine = turns_of(outputs[SEED_TXT.name])
    reference = turns_of(etree.parse(str(SEED_REFERENCE)).getroot())
    assert all(who for who, _, _ in mine)
    for who, start, _ in reference:
        assert any(w == who and start in text for w, _, text in mine), (who, start)
    print(f"seed: {len(reference)} reference turns, all inside {len(mine)} turns of ours")


def _pointer_targets(root: etree._Element) -> tuple[set[str], list[str]]:
    ids = {str(i) for i in root.xpath("//@xml:id")}
    pointers = [
        token[1:]
        for attr in ("who", "ref", "resp", "hand")
        for value in root.xpath(f"//@{attr}")
        for token in str(value).split()
        if token.startswith("#")
    ]
    return ids, pointers


def test_every_pointer_resolves(outputs: dict[str, etree._Element]) -> None:
    roots = dict(outputs)
    for path in sorted((FIXTURES / "frus_e").glob("*.txt")):
        roots[path.name] = etree.fromstring(convert_file(path).data)
    checked = 0
    for name, root in roots.items():
        ids, pointers = _pointer_targets(root)
        missing = sorted(set(pointers) - ids)
        assert not missing, f"{name}: {missing}"
        checked += len(pointers)
    print(f"{checked} pointers in {len(roots)} documents, all resolved")


def test_speakers_are_declared_people(outputs: dict[str, etree._Element]) -> None:
    for name, root in outputs.items():
        people = {str(i) for i in root.xpath("//t:particDesc//t:person/@xml:id", namespaces=NS)}
        for who, _, _ in turns_of(root):
            assert who in people, (name, who)
