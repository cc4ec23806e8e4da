"""Reported turns: the sentence that attributes speech to a person starts a turn.

A sentence attributes speech when its subject (a name, a surname, a description such as
"the Ambassador", "He" or, in a first-person document, "I") is followed within a few words by a
verb of saying. A turn runs to the next turn of another speaker in the same paragraph; a new
paragraph that opens with an attribution starts a new turn.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from tei.people.flat import ROMAN_CLOSE, ROMAN_OPEN, cut, flat_text
from tei.people.resolve import Index, Ref
from tei.people.scan import find_all, not_word, search
from tei.people.shapes import TITLE_WORD as _TITLE_WORD
from tei.people.shapes import one_of
from tei.read.model import Inline, Said
from tei.read.source import Loc

VERBS = (
    r"said|says|stated|replied|asked|answered|added|remarked|thanked|thanking|told|informed|"
    r"promised|explained|noted|emphasi[sz]ed|stressed|pointed out|declared|raised|presented|"
    r"expressed|proposed|suggested|requested|conveyed|responded|confirmed|welcomed|complained|"
    r"protested|warned|admitted|assured|mentioned|repeated|recalled|set out|objected|insisted|"
    r"argued|claimed|announced|inquired|enquired|urged|apologi[sz]ed|congratulated|described|"
    r"clarified|commented|observed|acknowledged|denied|demanded|summed up|discussed|introduced|"
    r"revealed|reminded|advised|reported|agreed to|began by"
)
VERB = one_of(VERBS)
"""The verbs of saying as one alternation, grouped by first letter (``shapes.one_of``)."""
_VERB = re.compile(rf"{VERB}\b")
_GAP = re.compile(r"^(?:\s+[\w’'-]+){0,4}?\s+$|^\s+$")
_SENTENCE_END = re.compile(r"[.!?][”’\"')\]]*\s+(?=[“\"(‹\[]?[A-Z])")
"""A sentence's end and the space after it; it opens with the stop itself (not a look-behind
on it) so that the regex engine skips from stop to stop (see ``tei.people.scan``)."""
_ABBREV = re.compile(
    r"(?:\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|Cde|No|Nos|St|Gen|Col|Lt|Capt|Prof|Jr|Sr|Ing|Amb|Mme|Rev|Hon|"
    r"vol|pp|p|ff|cf|a\.i|i\.e|e\.g|U\.S|Nº))\.$"
)
_PRONOUN = re.compile(r"(?P<p>He|She|I)(?=\s)")
"""``He``, ``She``, ``I`` after a space, a comma, an opening quote or parenthesis, or at the
start (:func:`_pronoun_may_follow`); it opens with its letters, which the engine skips to."""


def _pronoun_may_follow(before: str) -> bool:
    return not before or before.isspace() or before in ',“"('


_QUOTED_BY = re.compile(r"^[“\"]")


@lru_cache(maxsize=64)
def sentences(flat: str) -> tuple[int, ...]:
    """Start offsets of the sentences of a flat text (kept for a while: a paragraph is cut
    into sentences to find its parties and again to find its turns)."""
    starts = [0]
    for m in _SENTENCE_END.finditer(flat):
        stop = m.start() + 1  # after the stop, where the look-behind would have matched
        if not _ABBREV.search(flat, max(0, stop - 12), stop):
            starts.append(m.end())
    return tuple(starts)


@dataclass(slots=True)
class Speaker:
    person: str
    cert: str
    reason: str

    # Written out: mypyc compiles it; the @dataclass-made __init__ runs interpreted.
    def __init__(self, person: str, cert: str, reason: str) -> None:
        self.person = person
        self.cert = cert
        self.reason = reason


_ROMAN = re.compile(rf"{ROMAN_OPEN}[^{ROMAN_CLOSE}]*{ROMAN_CLOSE}")
_SUBORDINATE = re.compile(
    r"^[“\"(]?(?:As|If|Although|Though|When|While|Since|Because|Unless|Whether)\b"
)


_RELATIVE = re.compile(r",\s+(?:who|whose)\b[^,;.]{0,120},")


def says(flat: str, end: int, stop: int) -> bool:
    """A verb of saying follows ``end`` within four words, with no comma in between."""
    relative = _RELATIVE.match(flat, end, stop) if flat.startswith(",", end) else None
    if relative:  # "Wang Jiande, who had translated …, then asked"
        end = relative.end()
    m = _VERB.search(flat, end, min(stop, end + 80))
    if not m:
        return False
    gap = _ROMAN.sub(" ", flat[end : m.start()])
    return bool(_GAP.match(gap)) and "," not in gap


def speaker_of(
    flat: str, start: int, stop: int, refs: list[Ref], index: Index, author: str
) -> Speaker | None:
    """The speaker a sentence ``[start, stop)`` attributes speech to, if any."""
    sentence = flat[start:stop]
    inside = [r for r in refs if start <= r.start < stop]
    if not inside and "He" not in sentence and "She" not in sentence and "I" not in sentence:
        return None  # nobody named and no pronoun: most sentences, answered without a search
    quoted = bool(_QUOTED_BY.match(sentence))
    if _SUBORDINATE.match(sentence):
        return None  # "As Comrade Ambassador has said, …": an echo, not an attribution
    first_words = sentence.split(maxsplit=14)[:14]
    horizon = start + len(" ".join(first_words)) + 1
    pronoun = search(_PRONOUN, flat, _pronoun_may_follow, start, horizon)
    candidates: list[tuple[int, int, Speaker]] = []
    for ref in inside:
        if ref.start < horizon or quoted:
            candidates.append((ref.start, ref.end, Speaker(ref.person, ref.cert, ref.kind)))
    if pronoun:
        who = pronoun.group("p")
        person = author if who == "I" else index.most_recent(exclude=author)
        if who != "I" and index.addressee and _REPLY.match(flat, pronoun.end()):
            person = index.addressee  # "I asked X whether …" – "He replied that …" is X's
        if person:
            cert = "high" if who == "I" else "medium"
            candidates.append(
                (pronoun.start(), pronoun.end(), Speaker(person, cert, f"pronoun {who}"))
            )
    candidates.sort(key=lambda c: c[0])
    for _start, e, speaker in candidates:
        if says(flat, e, stop):
            return speaker
        if not quoted:
            return None  # the first person named is not speaking: narration
    return None


_REPLY = re.compile(r"\s+(?:then\s+)?(?:replied|answered|responded|retorted)\b")
_ASKING = re.compile(r"(?:asked|told|questioned|reminded|informed)\s+(?P<whom>him|her)?")
_ASKING_WORDS = frozenset(b"asked told questioned reminded informed".split())


def note_addressee(flat: str, start: int, stop: int, refs: list[Ref], index: Index) -> None:
    """Remember whom a sentence asks or tells (``I asked the Chargé whether …``): a reply
    by ``He`` or ``She`` that follows is that person's, not the last person named."""
    if _ASKING_WORDS.isdisjoint(lower_runs(flat)):
        return  # most texts ask nobody: no scan
    for m in find_all(_ASKING, flat, not_word, start, stop):
        if m.group("whom"):
            # "asked him": the one asked before, or who spoke last
            index.addressee = index.addressee or index.interlocutor
            continue
        near = [r for r in refs if m.end() <= r.start <= m.end() + 24]
        if near and not flat[m.end() : near[0].start].strip(" ").count(" ") > 2:
            index.addressee = near[0].person
            return


FIRST_PERSON_START = re.compile(r"^[“\"(]?(?:We|I|Our|My|Us)\b")
"""A paragraph that goes on in the speaker's own voice continues the turn before it."""


def first_speaker(flat: str, index: Index, author: str) -> set[str]:
    """The parties a paragraph shows: who its first sentence has speak, and who is spoken to
    anywhere in it (``asked Deputy Director Gu``, ``mentioned this to Bang Chang-ok``)."""
    refs = index.refs(flat)
    starts = sentences(flat)
    stop = starts[1] if len(starts) > 1 else len(flat)
    speaker = speaker_of(flat, 0, stop, refs, index, author)
    parties = {speaker.person} if speaker else set()
    for ref in refs:
        if _addressed(flat[max(0, ref.start - 60) : ref.start].split()):
            parties.add(ref.person)
    return parties


_VERB_WORDS = frozenset(v for v in VERBS.replace("\\b", "").split("|") if v.isalpha())
_VERB_HINTS = (
    _VERB_WORDS
    | {v.split()[0] for v in VERBS.split("|") if v.split()[0].isalpha()}  # "pointed out" …
    | {"emphasized", "emphasised", "apologized", "apologised"}  # the [sz] alternatives
)
_HINT_BYTES = frozenset(hint.encode("ascii") for hint in _VERB_HINTS)
_LOWER_ONLY = bytes(c if 0x61 <= c <= 0x7A else 0x20 for c in range(256))
"""A byte table that keeps ``a``-``z`` and makes every other byte a space."""


def may_report(flat: str) -> bool:
    """Whether a text has any verb of saying at all (a cheap test before the sentence rules).

    The words are the runs of ``a``-``z`` (what ``[a-z]+`` finds), cut with a byte table:
    Latin-1 with ``?`` for every other character, then one ``translate`` and ``split``, about
    twice as fast as the regex on the paragraphs of a record. No hint holds a byte that the
    table or the ``?`` touches, so the answer is the same.
    """
    return not _HINT_BYTES.isdisjoint(lower_runs(flat))


@lru_cache(maxsize=64)
def lower_runs(flat: str) -> frozenset[bytes]:
    """The runs of ``a``-``z`` of a text, as bytes (kept for a while: several rules ask
    whether a text holds one of their words before they scan it)."""
    return frozenset(flat.encode("latin-1", "replace").translate(_LOWER_ONLY).split())


_BETWEEN = frozenset("this that it the question matter to".split())


def _addressed(words: list[str]) -> bool:
    """Whether the words before a name end in a verb of saying (``asked [Deputy Director]``,
    ``mentioned this to``): the person named is spoken to."""
    for word in reversed(words[-7:]):
        if word in _VERB_WORDS:
            return True
        if word not in _BETWEEN and not _TITLE_WORD.fullmatch(word):
            return False
    return False


def split_turns(
    content: list[Inline],
    loc: Loc | None,
    index: Index,
    author: str,
    parties: set[str],
    carried: str = "",
    flat: str | None = None,
) -> list[Inline]:
    """Wrap the turns of one paragraph in :class:`Said` elements.

    ``carried`` is the speaker whose turn the paragraph continues (it opens with no
    attribution after a paragraph or list that ended in that turn). Until the paragraph opens
    a turn of its own, speech it attributes to someone who is not a party to the conversation
    (``Comrade Kosygin explained …`` in the ambassador's account) stays in the carried turn.
    ``flat`` is the content's flat text where the caller has it.
    """
    if flat is None:
        flat = flat_text(content)
    refs = index.refs(flat)
    starts = sentences(flat)
    bounds = [*starts[1:], len(flat)]
    cuts: list[tuple[int, Speaker]] = []
    carried = carried if FIRST_PERSON_START.match(flat) else ""
    current = carried
    k = 0
    for start, stop in zip(starts, bounds, strict=True):
        speaker = speaker_of(flat, start, stop, refs, index, author)
        if speaker is not None:
            note_addressee(flat, start, stop, refs, index)
            if speaker.person != author:
                index.interlocutor = speaker.person
        while k < len(refs) and refs[k].start < stop:
            index.touch(refs[k].person)
            k += 1
        if speaker is None:
            continue
        index.touch(speaker.person)
        if carried and not cuts and speaker.person not in parties:
            continue
        if speaker.person != current or not cuts:
            cuts.append((start, speaker))
            current = speaker.person
            parties.add(current)  # whoever has had a turn is a party from now on
    if not cuts:
        return content
    parts = cut(content, [c[0] for c in cuts])
    out: list[Inline] = list(parts[0])
    for (_, speaker), part in zip(cuts, parts[1:], strict=True):
        if not part:
            continue
        said = Said(speaker.person, part, loc or Loc(0, 0), speaker.cert, reason=speaker.reason)
        out.append(said)
    return out
