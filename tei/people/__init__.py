"""Stage 1b of the pipeline: who takes part, who speaks, who is named.

``attribute(record)`` works on the parsed record (after ``tei.read``, before ``tei.encode``):
it finds the persons (``record.persons``), wraps every turn in ``Said`` or ``Speech`` with the
speaker's id, wraps mentions in ``Name``, and adds review notes (code ``V4xx``) for every
decision an editor should check.
"""

from __future__ import annotations

import re
from collections import Counter

from tei.errors import Diagnostic, Level
from tei.people.candidates import candidates_in, lower_titles_in
from tei.people.evidence import party_line
from tei.people.flat import case_restored, flat_text, wrap_all
from tei.people.labels import CONVENTIONAL, NOT_LABELS, apply_labels, labels_in
from tei.people.lexicon import Lexicon
from tei.people.names import TITLE_ONLY, Candidate, clean_words
from tei.people.persons import Draft, build_persons
from tei.people.register import Register
from tei.people.resolve import Index, Ref
from tei.people.scan import not_word, search
from tei.people.shapes import one_of, strong_name
from tei.people.turns import FIRST_PERSON_START, VERB, first_speaker, may_report, split_turns
from tei.people.walk import Stretch, stretches
from tei.read.model import Bracket, Inline, Name, Participants, Person, Record, Said, Speech

__all__ = ["Register", "attribute"]

_FIRST_PERSON = re.compile(rf"I (?:then |also |again |further )?{VERB}\b")
"""``I said``, ``I told him`` …, not glued to a word or apostrophe before it (:func:`_alone`);
it opens with a literal, which the regex engine finds by skipping (``tei.people.scan``)."""
_TOLD = ("told", "asked", "informed", "assured", "promised", "replied to")
_TOLD_ME = re.compile(rf"(?:{'|'.join(_TOLD)}) me\b")
"""Speech to the writer (``The Foreign Secretary told me that …``): a first-person record."""
_ME = re.compile(r" me\b")
"""Where :data:`_TOLD_ME` can end: it opens with a literal, which the engine skips to, where
the verbs' alternation is tried at every letter they open with (:func:`_told_me`)."""


def _told_me(text: str) -> bool:
    """Whether :data:`_TOLD_ME` matches somewhere in ``text``: a `` me`` whose text before it
    ends in one of the verbs (``tests/test_people_fast_paths.py`` holds the two together)."""
    return any(text.endswith(_TOLD, 0, m.start()) for m in _ME.finditer(text))


_MEETINGS = "talks|conversations?|discussions?|meeting|interview".split("|")
_PRESENCE = re.compile(
    one_of(
        "present|accompanied|took part|participated|Interpreter|interpreter|visited|received|"
        "met with|talked with|recorded by|"
        + "|".join(rf"{meeting}\b[^.;]{{0,60}}?\bwith" for meeting in _MEETINGS)
    )
    + r"\b"
)
"""Words that put someone at the conversation, at a word's start (``scan.not_word``); every
branch opens with a letter, so that the regex engine skips to those letters."""
_PRESENCE_WORDS = (
    "present|accompanied|took part|participated|nterpreter|visited|received|met with|"
    "talked with|recorded by|" + "|".join(meeting.rstrip("s?") for meeting in _MEETINGS)
).split("|")
"""A piece of every branch of :data:`_PRESENCE` (``nterpreter`` of both cases, ``talk`` of
``talks``): a text without any of them has no presence, which a few ``in`` tests say faster
than the scan, which stops at every a, c, d, i, m, p, r, t and v."""


def _has_presence(flat: str) -> bool:
    """Whether :data:`_PRESENCE` matches in ``flat`` (at a word's start)."""
    if not any(word in flat for word in _PRESENCE_WORDS):
        return False
    return search(_PRESENCE, flat, not_word) is not None


_TURN_CONTEXTS = ("p", "item")
_HONORIFIC = re.compile(r"^(?:Comrade|Cde\.|Mr\.|Mrs\.|Dr\.)\s*")
"""Not part of an office (``Comrade Ambassador`` holds the office ``Ambassador``)."""
_OF = re.compile(r"\bof (?:the )?$")
"""Before a name: someone else's (``on the instructions of the Deputy Minister``), who need
not be present."""


def attribute(record: Record, register: Register | None = None) -> None:
    """Find persons, turns and mentions in a record (in place)."""
    found: list[Candidate] = []
    texts = _Texts()
    first = list(stretches(record))
    flats = [texts.of(stretch) for stretch in first]
    # Every text searched from here on is one of these or a part of one (a label cut off), so
    # what this text lacks is in none of them: such words are not looked for in each.
    everything_said = "\n".join(flats)
    lower = lower_titles_in(everything_said)
    lexicon = Lexicon(everything_said)
    for i, (stretch, flat) in enumerate(zip(first, flats, strict=True)):
        found += candidates_in(stretch, i, flat, lower, lexicon)
    labels = labels_in(record)
    found += _label_candidates(record, labels) + _author_candidates(record)
    drafts = build_persons(lexicon.credible(found))
    if register is not None:
        register.apply(drafts, record)
    index = Index(drafts, everything_said, lexicon.written_lower)
    author = _author(record, drafts)
    speeches = apply_labels(record, index, drafts, labels)
    speakers = {s.who for s in speeches}
    index.restart()
    # The blocks are final now (labels made their turns); the content lists are only changed
    # in place from here on, so the stretches are listed once.
    everything = list(stretches(record))
    body = [st for st in everything if st.context != "note"]
    present: set[str] = {author} if author else set()
    for stretch in everything:
        flat = texts.of(stretch)
        refs = index.refs(flat)
        # Presence is only looked for where someone is named (most stretches name nobody).
        listed = stretch.context == "participant" or (stretch.context == "p" and party_line(flat))
        if refs and (listed or _has_presence(flat)):
            present.update(
                r.person
                for r in refs
                if _sentence_has_presence(flat, r.start) and not _OF.search(flat, 0, r.start)
            )
            if listed:
                present.update(r.person for r in refs)
        stretch.content[:] = _wrap_mentions(stretch.content, refs)
    index.restart()
    parties = present | speakers
    speech = [
        st
        for st in body
        if st.context in _TURN_CONTEXTS and not st.in_speech and may_report(texts.of(st))
    ]
    for stretch in speech:
        parties.update(first_speaker(texts.of(stretch), index, author))
    index.restart()
    carried = ""
    with_speech = {id(st.content) for st in speech}
    for stretch in body:
        if stretch.context not in _TURN_CONTEXTS or stretch.in_speech:
            carried = "" if stretch.context.startswith("closer") else carried
            continue
        if id(stretch.content) not in with_speech:
            flat = texts.of(stretch)
            index.refs(flat)
            # A list, or a paragraph in the speaker's own voice, goes on with the turn.
            if stretch.context != "item" and not FIRST_PERSON_START.match(flat):
                carried = ""
            continue
        flat = texts.of(stretch)
        content = split_turns(stretch.content, stretch.loc, index, author, parties, carried, flat)
        stretch.content[:] = content
        turns = [s for s in content if isinstance(s, Said)]
        speakers.update(s.who for s in turns)
        if turns:
            carried = turns[-1].who if content[-1] is turns[-1] else ""
    record.author = author
    taking_part = speakers | present
    record.persons = [_person(d, d.id in taking_part) for d in drafts]
    _review(record, speeches, body)


def _alone(before: str) -> bool:
    """The look-behind of :data:`_FIRST_PERSON`: no word character or apostrophe before."""
    return not before or (not_word(before) and before not in "’'")


_CLAUSE = re.compile(r"\. |; |, and (?=[A-Z])|, but ")


class _Texts:
    """The flat text of each stretch, made once: in this stage names and turns wrap the
    content of a stretch in place, which never changes its flat text. A heading in capitals
    is read in ordinary case (:func:`~tei.people.flat.case_restored`; offsets are kept): a
    page's heads are copied in capitals or not, while a signature or a label in capitals is
    the source's own spelling of a name, kept as it is."""

    def __init__(self) -> None:
        self._known: dict[int, tuple[list[Inline], str]] = {}

    def of(self, stretch: Stretch) -> str:
        content = stretch.content
        entry = self._known.get(id(content))
        if entry is None or entry[0] is not content:  # ids of dropped lists are reused
            flat = flat_text(content)
            if stretch.context == "head":
                flat = case_restored(flat)
            entry = self._known[id(content)] = (content, flat)
        return entry[1]


def _sentence_has_presence(flat: str, at: int) -> bool:
    """Whether the clause that names someone at ``at`` says they were present."""
    starts = [m.end() for m in _CLAUSE.finditer(flat, 0, at)]
    start = starts[-1] if starts else 0
    m = _CLAUSE.search(flat, at)
    end = m.start() if m else len(flat)
    return search(_PRESENCE, flat, not_word, start, end) is not None


def _person(draft: Draft, participant: bool) -> Person:
    offices: list[str] = []
    for title in (*draft.offices, *draft.titles):
        title = _HONORIFIC.sub("", title)
        if title and not any(o.startswith(title) for o in offices):
            offices.append(title)
    return Person(
        draft.id,
        draft.name,
        list(draft.forms),
        "participant" if participant else "mentioned",
        offices,
        draft.loc,
        from_register=draft.from_register,
    )


def _wrap_mentions(content: list[Inline], refs: list[Ref]) -> list[Inline]:
    spans = [
        (
            r.start,
            r.end,
            {
                "ref": r.person,
                "kind": "rs" if r.kind == "description" else "persName",
                "cert": r.cert,
            },
        )
        for r in refs
    ]
    return wrap_all(content, spans)


def _label_candidates(record: Record, counts: Counter[str]) -> list[Candidate]:
    """Speaker labels that name someone: full names, repeated surnames, ``Q``/``A``
    (``counts``: :func:`labels_in` of the record)."""
    transcript = sum(counts.values()) >= 3
    found = []
    for label, count in counts.items():
        base = label.split(" (")[0]
        if base in NOT_LABELS or _is_side(record, label):
            continue
        if base in CONVENTIONAL:
            continue  # ``Q``/``A`` name a role: :func:`apply_labels` finds who holds it
        title, words = _titled(base.split())
        shape = strong_name(words)
        if words and (shape or title or ((count >= 2 or transcript) and len(words) <= 5)):
            cand = Candidate(words, shape, 10**11, None, "label", title)
            cand.variants.append(label)
            found.append(cand)
    return found


def _titled(words: list[str]) -> tuple[str, list[str]]:
    """A label's title and its name (``DG Hatano`` → ``DG``, ``Hatano``): the name is what
    the cast knows the person by, the title only one more form of it."""
    for k in range(len(words) - 1, 0, -1):
        if TITLE_ONLY.match(" ".join(words[:k])):
            return " ".join(words[:k]), clean_words(words[k:])
    return "", words


def _is_side(record: Record, label: str) -> bool:
    """Whether a label names a side of the participants list (``South``), not a person."""
    base = label.split(" (")[0]
    for block in record.blocks:
        if isinstance(block, Participants):
            for line in block.lines:
                if line.group and flat_text(line.text).strip() == base:
                    return True
    return False


def _author_candidates(record: Record) -> list[Candidate]:
    found = []
    for value in record.authors:
        surname, _, given = value.text.partition(",")
        words = [*surname.split(), *given.split()]
        if words:
            found.append(Candidate(words, "listed", 10**12, value.loc, "author"))
    return found


def _author(record: Record, drafts: list[Draft]) -> str:
    """The writer of a first-person record: the listed author, the signer, or the title's name."""
    body = record.body_text
    if search(_FIRST_PERSON, body, _alone) is None and not _told_me(body):
        return ""  # no "I said", "I told him", "he told me" …
    for context in ("author", "field:From", "signed"):
        fitting = [d for d in drafts if any(c.startswith(context) for c in d.contexts)]
        if fitting:
            return fitting[-1].id
    title = record.title.text if record.title else ""
    for d in drafts:
        if d.surname and re.search(rf"\b{re.escape(d.surname)}\b", title, re.I):
            return d.id
    return ""


def _review(record: Record, speeches: list[Speech], body: list[Stretch]) -> None:
    """Notes for the editor: attributions that rest on a guess, labels that name nobody."""
    for speech in speeches:
        if speech.cert != "high":
            record.diagnostics.append(
                Diagnostic(
                    Level.INFO, "V401",
                    f"speaker label {speech.label!r} names no known participant; "
                    f"attributed to new person #{speech.who}",
                    record.path, speech.loc.line, speech.loc.column,
                    "add the person to the participants or the persons register",
                )
            )  # fmt: skip
    for stretch in body:  # the stretches outside notes; their contents are final
        _review_said(record, stretch)


def _review_said(record: Record, stretch: Stretch) -> None:
    for item in stretch.content:
        if isinstance(item, Said) and item.cert != "high":
            loc = stretch.loc
            record.diagnostics.append(
                Diagnostic(
                    Level.INFO, "V402",
                    f"turn attributed to #{item.who} from {item.reason!r} ({item.cert} certainty)",
                    record.path, loc.line if loc else 0, loc.column if loc else 0,
                    "check the speaker (said/@who)",
                )
            )  # fmt: skip
        elif isinstance(item, (Bracket, Name)):
            continue
