"""Group name candidates into persons, with one id, a normal name and every form.

Full names are grouped first (same words, or the same surname with compatible given names and
initials: ``V. ORLOV`` and ``V. P. ORLOV``); then a lone surname after a title (``Ambassador
Pan``) joins the person with that surname, or becomes a person of its own (``Comrade
Kárpáti``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from tei.people.names import Candidate
from tei.people.shapes import normal_case, slug, surname_first
from tei.read.source import Loc


@dataclass(slots=True)
class Draft:
    """A person being assembled from candidates."""

    words: list[str]
    shape: str
    first_order: int
    loc: Loc | None
    forms: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    offices: list[str] = field(default_factory=list)
    contexts: set[str] = field(default_factory=set)
    id: str = ""
    from_register: bool = False
    made: int = 0
    """When the draft was made, among the drafts of its record (their first order)."""
    indexed: list[str] | None = None
    """The words the draft is looked up by (:func:`build_persons`)."""

    # Written out: mypyc compiles it; the @dataclass-made __init__ runs interpreted.
    def __init__(
        self,
        words: list[str],
        shape: str,
        first_order: int,
        loc: Loc | None,
        forms: list[str] | None = None,
        titles: list[str] | None = None,
        offices: list[str] | None = None,
        contexts: set[str] | None = None,
        id: str = "",
        from_register: bool = False,
        made: int = 0,
    ) -> None:
        self.words = words
        self.shape = shape
        self.first_order = first_order
        self.loc = loc
        self.forms = [] if forms is None else forms
        self.titles = [] if titles is None else titles
        self.offices = [] if offices is None else offices
        self.contexts = set() if contexts is None else contexts
        self.id = id
        self.from_register = from_register
        self.made = made
        self.indexed = None

    @property
    def surname(self) -> str:
        return _surname_of(self.words, self.shape)

    @property
    def given(self) -> list[str]:
        return _given_of(self.words, self.shape)

    @property
    def name(self) -> str:
        return " ".join(normal_case(w) for w in self.words)

    def add(self, cand: Candidate, form: str) -> None:
        for text in (form, *cand.variants):
            if text and text not in self.forms:
                self.forms.append(text)
        if cand.title and cand.title not in self.titles:
            self.titles.append(cand.title)
        if cand.office and cand.office not in self.offices:
            self.offices.append(cand.office)
        self.contexts.add(cand.context)


def _surname_of(words: list[str], shape: str) -> str:
    if len(words) == 1:
        return words[0]
    return words[0] if surname_first(shape) else words[-1]


def _given_of(words: list[str], shape: str) -> list[str]:
    if len(words) == 1:
        return []
    return words[1:] if surname_first(shape) else words[:-1]


def _key(word: str) -> str:
    return word.casefold().rstrip(".")


def _initials_fit(a: list[str], b: list[str]) -> bool:
    """``V.`` fits ``V. P.``; ``William`` fits ``W.``; an empty list fits anything."""
    for x, y in zip(a, b, strict=False):
        if x.endswith(".") or y.endswith("."):
            if _key(x)[:1] != _key(y)[:1]:
                return False
        elif _key(x) != _key(y):
            return False
    return True


def _split_initials(words: list[str]) -> list[str]:
    out: list[str] = []
    for w in words:
        out.extend(p + "." for p in w.split(".") if p) if w.count(".") > 1 else out.append(w)
    return out


def _same(d: Draft, words: list[str], shape: str) -> bool:
    """Whether ``words`` (of ``shape``, else ``d``'s) name the person ``d``: the same surname,
    given names or initials that fit."""
    theirs, their_shape = _split_initials(words), shape or d.shape
    mine = _split_initials(d.words)
    # The shape of a name only guesses which word is the family name (``Dinh Phuc Truong``
    # may be written in either order): the order as written is tried as well.
    for a_shape, b_shape in {(their_shape, d.shape), ("", "")}:
        if _key(_surname_of(theirs, a_shape)) != _key(_surname_of(mine, b_shape)):
            continue
        a, b = _given_of(theirs, a_shape), _given_of(mine, b_shape)
        if _initials_fit(a, b) or _initials_fit(b, a):
            return True
    return False


def build_persons(cands: list[Candidate]) -> list[Draft]:
    """Group candidates (in reading order) into drafts of persons."""
    drafts: list[Draft] = []
    # Each rule below matches a draft only if it shares a word with the candidate: the drafts
    # are looked up by word, not all tried (a record has many candidates and drafts).
    by_key: dict[str, list[Draft]] = {}
    ordered = sorted(cands, key=lambda c: (len(c.words) < 2, c.order))
    for cand in ordered:
        form = " ".join(cand.words)
        near = _sharing(by_key, _keys(cand.words))
        if len(cand.words) >= 2:
            match = next(
                (d for d in near if len(d.words) > 1 and _same(d, cand.words, cand.shape)), None
            )
            if match is None:
                match = _containing(near, cand.words)
                if match is _SHARED:
                    continue  # a family name of several words that two people share
            if match is None:
                keys = {_key(w) for w in cand.words}
                match = next(
                    (d for d in near if len(d.words) == 1 and _key(d.words[0]) in keys), None
                )
                if match is not None:
                    match.words, match.shape = cand.words, cand.shape
        else:
            match = _by_surname(near, cand.words[0])
            if match is _SHARED:
                continue  # a surname two people share is a form of neither (resolved in context)
        if match is None:
            match = Draft(list(cand.words), cand.shape, cand.order, cand.loc)
            match.made = len(drafts)
            drafts.append(match)
        if len(cand.words) > len(match.words):
            match.words = list(cand.words)
        match.first_order = min(match.first_order, cand.order)
        match.add(cand, form)
        if match.indexed is not match.words:  # new, or its words changed
            match.indexed = match.words
            for key in _keys(match.words):
                held = by_key.setdefault(key, [])
                if not any(d is match for d in held):
                    held.append(match)
    drafts.sort(key=lambda d: d.first_order)
    _assign_ids(drafts)
    return drafts


def _keys(words: list[str]) -> set[str]:
    """The keys a name is looked up by: its words and the letters of its initials."""
    keys = {_key(w) for w in words}
    for w in words:
        if w.count(".") > 1:
            keys.update(_key(p) for p in w.split(".") if p)
    return keys


def _sharing(by_key: dict[str, list[Draft]], keys: set[str]) -> list[Draft]:
    """The drafts that share a key with a name, in the order they were made."""
    found: dict[int, Draft] = {}
    for key in keys:
        for d in by_key.get(key, ()):
            found[d.made] = d
    return [found[k] for k in sorted(found)]


_SHARED = Draft([], "", 0, None)
"""What :func:`_by_surname` gives for a word that two people's names hold."""


def _containing(drafts: list[Draft], words: list[str]) -> Draft | None:
    """The one person whose name holds these words in a row (``de la Peña`` in ``José Ramón
    de la Peña Arencibia``) or the same words in another order (``Bognár Lajos`` and the
    author field's ``Bognár, Lajos``); None when none does, :data:`_SHARED` when several do."""
    keys = [_key(w) for w in _split_initials(words)]
    fitting = []
    for d in drafts:
        mine = [_key(w) for w in _split_initials(d.words)]
        if (
            sorted(mine) == sorted(keys)
            or _within(keys, mine)
            or _within(mine, keys)
            or _initialled(keys, mine)
        ):
            fitting.append(d)
    if len(fitting) > 1:
        return _SHARED
    return fitting[0] if fitting else None


def _within(part: list[str], whole: list[str]) -> bool:
    """Whether ``part`` (two words or more) stands in ``whole`` in a row; an initial stands
    for a word with its letter (``I. Iturralde`` in ``Inés Iturralde Beltrán``), but one
    full word at least must be the same."""
    size = len(part)
    return size > 1 and any(
        all(_fits(a, b) for a, b in zip(part, whole[k : k + size], strict=True))
        and any(a == b and len(a) > 1 for a, b in zip(part, whole[k : k + size], strict=True))
        for k in range(len(whole) - size + 1)
    )


def _initialled(part: list[str], whole: list[str]) -> bool:
    """``L. Cifuentes de León`` in ``Luz Marina Cifuentes de León``: initials that fit the
    first given names, then the family name in a row."""
    n = 0
    while n < len(part) and len(part[n]) == 1:
        n += 1
    rest = part[n:]
    if not n or not rest or len(whole) < n + len(rest):
        return False
    if any(whole[i][:1] != part[i] for i in range(n)):
        return False
    size = len(rest)
    return any(whole[k : k + size] == rest for k in range(n, len(whole) - size + 1))


def _fits(a: str, b: str) -> bool:
    return a == b or ((len(a) == 1 or len(b) == 1) and a[:1] == b[:1])


def _by_surname(drafts: list[Draft], word: str) -> Draft | None:
    """The person a lone surname names: the one whose name holds it, or :data:`_SHARED`
    when several do (which of them a mention means is decided where it stands)."""
    fitting = [
        d
        for d in drafts
        if _key(d.surname) == _key(word) or (len(d.words) > 1 and _key(word) in map(_key, d.words))
    ]
    if not fitting:
        return None
    return fitting[0] if len(fitting) == 1 else _SHARED


def _assign_ids(drafts: list[Draft]) -> None:
    seen: dict[str, int] = {}
    for d in drafts:
        base = slug(d.name)
        seen[base] = seen.get(base, 0) + 1
        d.id = base if seen[base] == 1 else f"{base}-{seen[base]}"
