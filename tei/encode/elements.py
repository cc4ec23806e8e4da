"""The one place that knows how each inline thing of a record is encoded in TEI.

:data:`BRACKETS` maps every bracket kind of docs/encoding.md to the element that encodes it;
:class:`Writer` appends inline content to a TEI element (a :class:`~tei.encode.tree.Node`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from tei.encode.tree import XML_ID, Node
from tei.read.model import Bracket, Inline, LineBreak, Name, NoteCall, PageBreak, Said, Text

Attrs = dict[str, str]

SUPPLIED_REASONS = ("name-completion", "romanization", "clarification", "implied", "unclassified")
GAP_RENDS = {"…": "ellipsis", "...": "dots", ". . .": "spaced-dots", "....": "four-dots"}


@dataclass(frozen=True, slots=True)
class Encoding:
    """How one bracket kind is written: element name, fixed attributes, content kept or not."""

    tag: str
    attrs: Attrs
    keeps_content: bool = True
    translators_resp: bool = True
    """Whether ``@resp`` points to the translators (an insertion of theirs)."""


BRACKETS: dict[str, Encoding] = {
    **{r: Encoding("supplied", {"reason": r}) for r in SUPPLIED_REASONS},
    "sic": Encoding("sic", {}),
    "omission": Encoding("gap", {"reason": "omitted"}, keeps_content=False),
    "illegible": Encoding("unclear", {"reason": "illegible"}, keeps_content=False),
    "uncertain": Encoding("unclear", {"reason": "uncertain", "cert": "low"}),
    "emphasis-note": Encoding("note", {"type": "editorial", "place": "inline"}),
    "stamp": Encoding("stamp", {}, translators_resp=False),
    "handwritten": Encoding("add", {"hand": "#hand-annotation"}, translators_resp=False),
    "signature": Encoding("gap", {"reason": "signature"}),
}
"""Every bracket kind and its TEI encoding (docs/encoding.md, "Editorial brackets")."""

HAND_ANNOTATION = "hand-annotation"


@dataclass(slots=True)
class Writer:
    """Appends inline content to TEI elements for one document."""

    translators: bool
    """Whether the page names translators (then insertions get ``@resp="#translators"``)."""
    note_ids: set[str] = field(default_factory=set)
    kinds_used: set[str] = field(default_factory=set)

    def add(self, parent: Node, content: list[Inline]) -> None:
        for item in content:
            if isinstance(item, Text):
                parent.add_text(item.text)
            elif isinstance(item, LineBreak):
                parent.sub("lb")
            elif isinstance(item, Bracket):
                self.bracket(parent, item)
            elif isinstance(item, NoteCall):
                self.note(parent, item)
            elif isinstance(item, PageBreak):
                parent.sub("pb", n=item.n)
            elif isinstance(item, Said):
                el = parent.sub("said", who="#" + item.who, direct="false")
                self.attribution(el, item.cert)
                self.add(el, item.content)
            elif isinstance(item, Name):
                el = parent.sub(item.kind, ref="#" + item.ref)
                if item.kind == "rs":
                    el.set("type", "person")
                self.attribution(el, item.cert)
                self.add(el, item.content)

    @staticmethod
    def attribution(el: Node, cert: str) -> None:
        """An attribution that rests on a guess says so, and says whose guess it is."""
        if cert != "high":
            el.set("cert", cert)
            el.set("resp", "#converter")

    def bracket(self, parent: Node, bracket: Bracket) -> None:
        encoding = BRACKETS[bracket.kind]
        self.kinds_used.add(bracket.kind)
        tag = encoding.tag
        attrs = encoding.attrs
        if tag == "note" and parent.in_note:
            tag = "seg"  # notes do not nest: "[Footnote in the original.]" inside a footnote
            attrs = {k: v for k, v in attrs.items() if k != "place"}
        el = parent.sub(tag, **attrs)
        if bracket.kind == "omission":
            el.set("rend", GAP_RENDS.get(bracket.printed, "ellipsis"))
        if bracket.kind == "stamp" and bracket.raw.lower().startswith("[faded"):
            el.set("type", "faded-image")
        if encoding.translators_resp and self.translators:
            el.set("resp", "#translators")
        if bracket.label:
            label = el.sub("seg" if el.in_note else "note", bracket.label, type="description")
            if self.translators:
                label.set("resp", "#translators")
        if encoding.tag == "gap" and encoding.keeps_content:
            el.sub("desc", bracket.raw[1:-1].strip())
        elif encoding.keeps_content:
            self.add(el, bracket.content)

    def note(self, parent: Node, call: NoteCall) -> None:
        self.kinds_used.add("footnote-call")
        base = f"note-{call.n}" if call.n.isalnum() else "note-x"
        ident, k = base, 1
        while ident in self.note_ids:
            k += 1
            ident = f"{base}-{k}"
        self.note_ids.add(ident)
        el = parent.sub("note", place="foot", n=call.n)
        el.set(XML_ID, ident)
        if call.note is None:
            el.set("type", "missing")
        else:
            self.add(el, call.note)
