"""Which person a stretch of text refers to: names, surnames, descriptions, pronouns.

References are found in reading order over the flat text of every stretch, so that a lone
surname shared by two people, a description (``the Ambassador``) and a pronoun (``He``) can
go to the person named most recently.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from tei.people.forms import LOWER_WORD, Roots, find_forms, particle_name, roots
from tei.people.persons import Draft
from tei.people.scan import find_all, not_word
from tei.people.shapes import PARTICLE_WORDS, is_name_word

DESCRIPTION = re.compile(
    r"(?P<det>The|the|Comrade)\s+(?P<title>(?:(?:Vice|Deputy|First|Second|vice|deputy) )?"
    r"(?:Ambassador|ambassador|Minister|minister|Chargé d’Affaires|chargé d’affaires|Chargé|"
    r"Counselor|counselor|Director|director|Consul|Premier|President|Chairman|Secretary))\b"
    r"(?!\s+(?:of\b|[A-Z]))"
)
"""A description of one person (``the Ambassador``, ``Comrade Minister``), at a word's start
(``scan.not_word``)."""
_DESCRIPTION_WORDS = (
    "mbassador", "inister", "hargé", "ounselor", "irector", "Consul", "Premier", "President",
    "Chairman", "Secretary",
)  # fmt: skip
"""One of these is in every match of ``DESCRIPTION``: texts without any are not searched."""


@dataclass(slots=True)
class Ref:
    """A reference to a person in one stretch's flat text."""

    start: int
    end: int
    person: str
    kind: str
    """``name``, ``surname``, ``description``."""
    cert: str = "high"
    ids: tuple[str, ...] = ()
    """Everyone the form could name (a surname two people share)."""

    # Written out: mypyc compiles it; the @dataclass-made __init__ runs interpreted.
    def __init__(
        self,
        start: int,
        end: int,
        person: str,
        kind: str,
        cert: str = "high",
        ids: tuple[str, ...] = (),
    ) -> None:
        self.start = start
        self.end = end
        self.person = person
        self.kind = kind
        self.cert = cert
        self.ids = ids


def _core(title: str) -> str:
    """``Comrade Ambassador`` → ``ambassador``; ``Minister of Light Industry`` → ``minister``."""
    words = title.split(" of ")[0].replace("Comrade", "").replace("Cde.", "").split()
    return " ".join(words).casefold()


_GUESSES = frozenset(["subject", "listed", "met", "apposed"])


class Index:
    """Known forms of every person, and the order in which they were last named."""

    def __init__(
        self,
        drafts: list[Draft],
        text: str | None = None,
        lower: Callable[[str], bool] | None = None,
    ) -> None:
        """``text``: all the texts that will be searched (joined), where the caller has it; a
        description word it lacks is not looked for in each of them."""
        self._description_words = (
            _DESCRIPTION_WORDS
            if text is None
            else tuple(word for word in _DESCRIPTION_WORDS if word in text)
        )
        self.text = text or ""
        self.drafts = {d.id: d for d in drafts}
        self.guessed = {
            d.id for d in drafts if len(d.words) == 1 and d.contexts and d.contexts <= _GUESSES
        }
        """People known only by one word found by its place (``Lemus replied``): a new person
        on such evidence is a guess, and so is every turn given to them (``@cert``)."""
        self.forms: dict[str, list[str]] = {}
        self._compiled: re.Pattern[str] | None = None
        self._keys: list[str] | None = None
        self._roots: Roots | None = None
        self._names: dict[str, tuple[list[Ref], list[tuple[int, int, str]]]] = {}
        self._pools: dict[str, list[str]] = {}
        for d in drafts:
            keys = {f.casefold() for f in d.forms} | {
                d.name.casefold(),
                " ".join(d.words).casefold(),
            }
            for key in keys:
                self.add_form(key, d.id)
            self.add_form(d.surname.casefold(), d.id)
        # Which word of a name is the family name is not known for every convention
        # (``Tanabe Tadashi``, ``Andrzej Wróbel``): any word of a name can stand alone for it,
        # unless the record writes it in lower case too (an ordinary word).
        if lower is None:
            words = frozenset(LOWER_WORD.findall(self.text)) if drafts else frozenset()
            lower = words.__contains__
        for d in drafts:
            # A name of a known shape (``Kim Byeong-jik``) has its family name known already.
            for word in d.words if len(d.words) > 1 and d.shape in ("", "western") else ():
                key = word.casefold()
                if "." not in word and key not in PARTICLE_WORDS and not lower(key):
                    self.add_form(key, d.id)
        self.last_seen: dict[str, int] = {}
        self.clock = 0
        self.addressee = ""
        self.interlocutor = ""
        """Whom the last question or message of the conversation was put to."""
        self.interlocutor = ""
        """Who spoke last, other than the author."""

    def add_form(self, key: str, person: str) -> None:
        """Know one more form (casefolded) of a person."""
        self._compiled = None
        self._keys = None
        self._names = {}
        self._pools = {}
        ids = self.forms.setdefault(key, [])
        if person not in ids:
            ids.append(person)

    def _pattern(self) -> re.Pattern[str] | None:
        """One alternation of every known form, longest first, matched without case."""
        if self._compiled is None and self.forms:
            keys = sorted(self.forms, key=len, reverse=True)
            alternation = "|".join(re.escape(k).replace("\\ ", " ") for k in keys)
            initials = "".join(sorted({k[0] for k in keys} | {k[0].upper() for k in keys}))
            # The look-ahead on first letters lets the engine skip most positions quickly.
            self._compiled = re.compile(
                rf"(?=[{re.escape(initials)}])(?<![\w’'.-])(?i:{alternation})(?![\w-]|[’'][a-rt-z])"
            )
        return self._compiled

    def refs(self, flat: str) -> list[Ref]:
        """References in one flat text, longest form first (the caller walks them in order).

        The names found in a text do not change between the passes over a record, so they are
        found once per text; shared surnames and descriptions are resolved anew each time.
        """
        cached = self._names.get(flat)
        if cached is None:
            titles = (
                [
                    (m.start(), m.end(), m.group("title"))
                    for m in find_all(DESCRIPTION, flat, not_word)
                ]
                if any(word in flat for word in self._description_words)
                else []
            )
            cached = self._names[flat] = (self._find_names(flat), titles)
        names, titles = cached
        if not names and not titles:
            return []  # most texts name nobody
        found = [Ref(r.start, r.end, r.person, r.kind, r.cert, r.ids) for r in names]
        return self._resolve(found, titles)

    def _find_names(self, flat: str) -> list[Ref]:
        found: list[Ref] = []
        if not self.forms:
            return found
        if self._keys is None:
            self._keys = sorted(self.forms, key=len, reverse=True)
            self._roots = roots(self._keys)
        spans = find_forms(flat, self._keys, self._roots)
        if spans is None:
            pattern = self._pattern()
            assert pattern is not None
            spans = [m.span() for m in pattern.finditer(flat)]
        for start, end in spans:
            text = flat[start:end]
            if not is_name_word(text) and not particle_name(text):
                continue
            ids = self.forms[text.casefold()]
            kind = "name" if " " in text else "surname"
            cert = "medium" if ids[0] in self.guessed else "high"
            found.append(Ref(start, end, ids[0], kind, cert, tuple(ids)))
        return found

    def _resolve(self, found: list[Ref], titles: list[tuple[int, int, str]]) -> list[Ref]:
        for start, end, title in titles:
            person, cert = self._describe(title)
            if person and not any(r.start <= start < r.end for r in found):
                found.append(Ref(start, end, person, "description", cert))
        found.sort(key=lambda r: r.start)
        # A shared surname names whoever of its bearers was named last before it.
        seen = dict(self.last_seen)
        for k, ref in enumerate(found):
            if len(ref.ids) > 1:
                known = [p for p in ref.ids if p in seen]
                ref.person = max(known, key=lambda p: seen[p]) if known else ref.ids[0]
                ref.cert = "medium" if known else "low"
            seen[ref.person] = self.clock + k + 1
        return found

    def restart(self) -> None:
        """Start a new reading of the record: nobody has been named yet."""
        self.last_seen = {}
        self.clock = 0
        self.addressee = ""
        self.interlocutor = ""

    def touch(self, person: str) -> None:
        """Note that the reader has just met ``person`` (for pronouns and shared surnames)."""
        self.clock += 1
        self.last_seen[person] = self.clock

    def _pool(self, core: str) -> list[str]:
        """Everyone a description fits: the people with that title, else with a longer one
        that ends in it (found once per title; only who was named last changes)."""
        pool = self._pools.get(core)
        if pool is None:
            exact, partial = [], []
            for d in self.drafts.values():
                cores = [_core(t) for t in (*d.titles, *d.offices)]
                if core in cores:
                    exact.append(d.id)
                elif any(c.endswith(core) or c.startswith(f"{core} ") for c in cores):
                    partial.append(d.id)
            pool = self._pools[core] = exact or partial
        return pool

    def _describe(self, title: str) -> tuple[str, str]:
        pool = self._pool(_core(title))
        if not pool:
            return "", ""
        cert = "high" if len(pool) == 1 else "medium"
        return max(pool, key=lambda p: self.last_seen.get(p, -1)), cert

    def most_recent(self, exclude: str = "") -> str:
        """The person named last (for ``He``/``She``), leaving out ``exclude`` (the author)."""
        seen = [p for p in self.last_seen if p != exclude]
        return max(seen, key=lambda p: self.last_seen[p]) if seen else ""
