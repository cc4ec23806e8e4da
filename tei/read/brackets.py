"""What a bracketed insertion is: rules over its content and the words around it.

The classes are those of docs/encoding.md. The rules are general (shape of the content, the
word before, the word after), not lists of the names in our corpus, because the converter
meets records it has never seen. They are tried in the order of :data:`RULES`; the first that
answers wins, and a bracket no rule claims is ``unclassified`` (encoded, and reported).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from tei.read.similar import similar

MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
PRONOUNS = frozenset(["i", "we", "you", "he", "she", "it", "they", "us", "them", "me", "him"])
CLAUSE_OPENERS = frozenset(
    "and but or nor since because as if which that so while although though when where "
    "whereas".split()
)
FUNCTION_WORDS = frozenset(
    "a an the and or but is are was were be been being am to that which if because as so than "
    "then also not will would could should shall can may might must has have had do does did "
    "of in on at by for with from".split()
)
VERBISH = re.compile(
    r"^(?:\w+ed|said|says|say|told|is|are|was|were|will|would|should|could|can|must|has|have|"
    r"had|do|does|did|be|like|wish|want|need|instruct|report|hope|agree)$"
)
GIVEN_NAME = re.compile(r"^[A-Z][a-z’']+(?:-[a-z]+)?(?: [A-Z][a-z’']+(?:-[a-z]+)?)?$")
NAME_WORD = re.compile(r"^(?:[A-Z][\w’'.-]*)$")
FOOTNOTE = re.compile(r"^\d{1,3}$")
STAMP_WORDS = re.compile(r"(?:faded |blurred )?(?:image of (?:a |the )?)?(?:stamp|seal)\b")
HANDWRITTEN = re.compile(r"(?:handwritten|handwriting|hand-written|manuscript)\b")
IN_THE_ORIGINAL = re.compile(r"\bin the original\b")
EMPHASIS = re.compile(r"(?:emphasis|underlin|translator|ed\.)")
ENDS_WITH_DIGIT = re.compile(r"\d\s*$")


@dataclass(frozen=True, slots=True)
class Context:
    """A bracket's content and surroundings, as printed."""

    inner: str
    """The text between the brackets (for ``[[X]]``, ``[X]``)."""
    before: str
    """The text of the same paragraph before the opening bracket."""
    after: str
    """The text of the same paragraph after the closing bracket."""
    notes: frozenset[str]
    """The footnote numbers the page has texts for."""
    bracket_calls: bool = True
    """Whether this layout prints footnote calls in brackets (all but E, which glues them)."""

    # Written out: mypyc compiles it; the @dataclass-made one runs interpreted (15x slower).
    def __init__(
        self, inner: str, before: str, after: str, notes: frozenset[str], bracket_calls: bool = True
    ) -> None:
        object.__setattr__(self, "inner", inner)  # mypyc sets the slot directly
        object.__setattr__(self, "before", before)
        object.__setattr__(self, "after", after)
        object.__setattr__(self, "notes", notes)
        object.__setattr__(self, "bracket_calls", bracket_calls)

    @property
    def words(self) -> list[str]:
        return self.inner.split()

    @property
    def low(self) -> str:
        return " ".join(self.inner.lower().split())


Rule = Callable[[Context], str | None]


def _strip_brackets(text: str) -> str:
    return text.replace("[", " ").replace("]", " ")


def _words_before(ctx: Context, count: int) -> list[str]:
    """The last ``count`` words before the bracket (fewer if there are fewer).

    rsplit with a limit cuts only those off the end, where split() would cut every word of
    the context (up to 240 characters) for the rules to look at one to three of them.
    """
    return _strip_brackets(ctx.before).rsplit(None, count)[-count:]


def stamp(ctx: Context) -> str | None:
    if ctx.inner.startswith("[") and ctx.inner.endswith("]") and "[" not in ctx.inner[1:-1]:
        return "stamp"
    if STAMP_WORDS.match(ctx.low):
        return "stamp"
    return None


def fixed_forms(ctx: Context) -> str | None:
    if ctx.low in {"…", "...", ". . .", "....", "--", "—"}:
        return "omission"
    low = ctx.low.rstrip(".!")
    if low == "sic":
        return "sic"
    if low == "?":
        return "uncertain"
    if low in {"illegible", "illegible word", "illegible words", "unreadable", "indecipherable"}:
        return "illegible"
    if low in {"signature", "signed", "illegible signature", "signature illegible"}:
        return "signature"
    if HANDWRITTEN.match(low):
        return "handwritten"
    if IN_THE_ORIGINAL.search(low) or EMPHASIS.match(low):
        return "emphasis-note"
    return None


def footnote_call(ctx: Context) -> str | None:
    if not ctx.bracket_calls or not FOOTNOTE.match(ctx.inner):
        return None
    glued = bool(ctx.before) and not ctx.before[-1].isspace()
    return "footnote-call" if glued or ctx.inner in ctx.notes else None


def in_word(ctx: Context) -> str | None:
    """``W[illiam]``, ``F[oreign] M[inistry]``: letters glued before the bracket."""
    if ctx.before and ctx.before[-1].isalpha() and ctx.inner[:1].isalpha():
        return "name-completion"
    return None


def _letters(text: str) -> str:
    return "".join(ch for ch in text.lower() if ch.isalpha())


def romanization(ctx: Context) -> str | None:
    """``Popovici [Popovich]``: another spelling of the name just before."""
    words = ctx.words
    if not words or not all(NAME_WORD.match(w) for w in words):
        return None
    before = _words_before(ctx, len(words) + 1)
    target = _letters(ctx.inner)
    for size in {len(words), len(words) - 1, len(words) + 1} - {0}:
        tail = before[-size:] if size <= len(before) else []
        if not tail or not all(NAME_WORD.match(w) for w in tail):
            continue
        if similar(_letters(" ".join(tail)), target):
            return "romanization"
    return None


def name_completion(ctx: Context) -> str | None:
    """``Kim [Byeong-jik]``, ``Mr. Hwang [Bo-yeon]``: a given name after a surname."""
    before = _words_before(ctx, 1)
    if not before or not GIVEN_NAME.match(ctx.inner) or ctx.inner in MONTHS:
        return None
    last = before[-1]
    if last.lower() in FUNCTION_WORDS:
        return None
    if NAME_WORD.match(last) and last[-1].isalpha() and ctx.before.rstrip()[-1:] not in "(:":
        return "name-completion"
    return None


def month_after_day(ctx: Context) -> str | None:
    """``15 [October]``: the month of a day number."""
    if ctx.inner in MONTHS and ENDS_WITH_DIGIT.search(ctx.before):
        return "clarification"
    return None


def implied_or_clarification(ctx: Context) -> str | None:
    """Words the original leaves unsaid (implied) vs. a reference made explicit (clarification).

    A clarification sits after the word it explains (``the line [the Northern Limit Line]``,
    ``foreign [American] troops``) or qualifies the capitalised word after it (``[North]
    Korea``). Implied words open a clause: a pronoun, a conjunction, a verb, or a subject at
    the start of a sentence (``([Choe] nodded)``).
    """
    words = ctx.words
    if not words or not any(ch.isalpha() for ch in ctx.inner):
        return None
    first = words[0].lower()
    next_word = ctx.after.lstrip()[:1]
    before_words = _words_before(ctx, 1)
    prev = before_words[-1] if before_words else ""
    at_clause_start = not prev or prev[-1] in '.;:!?(“"' or ctx.before.rstrip()[-1:] in '(“"'
    if words[0][:1].isupper() and next_word.isupper() and first not in PRONOUNS:
        return "clarification"
    if first in PRONOUNS or first in CLAUSE_OPENERS:
        return "implied"
    if len(words) > 1 and any(VERBISH.match(w) for w in words[1:]):
        return "implied"
    if at_clause_start or prev[-1:] in ",—" or prev.lower() in FUNCTION_WORDS:
        return "implied"
    return "clarification"


RULES: list[tuple[str, Rule]] = [
    ("stamp", stamp),
    ("fixed-forms", fixed_forms),
    ("footnote-call", footnote_call),
    ("in-word", in_word),
    ("romanization", romanization),
    ("name-completion", name_completion),
    ("month-after-day", month_after_day),
    ("implied-or-clarification", implied_or_clarification),
]
"""The rules, in the order they are tried."""


def classify(ctx: Context) -> str:
    """The kind of a bracketed insertion, or ``unclassified``."""
    for _name, rule in RULES:
        kind = rule(ctx)
        if kind is not None:
            return kind
    return "unclassified"
