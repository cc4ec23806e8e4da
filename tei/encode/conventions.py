"""``encodingDesc``: the bracket conventions a record uses, stated for its readers.

Only the conventions of the kinds that occur in the record are written, so the declaration
says what this file does rather than everything the converter could do.
"""

from __future__ import annotations

from tei.encode.tree import XML_ID, Node

CONVENTIONS: dict[str, str] = {
    "name-completion": "the rest of a name that the record gives only in part (Kim [Byeong-jik], "
    "W[illiam]) is supplied with reason name-completion",
    "romanization": "another romanization of the name just given (Popovici [Popovich]) is "
    "supplied with reason romanization",
    "clarification": "a reference made explicit ([North] Korea, 15 [October]) is supplied with "
    "reason clarification",
    "implied": "words the original leaves unsaid ([We], [it], [and instruct …]) are supplied with "
    "reason implied",
    "unclassified": "brackets the converter could not classify are supplied with reason "
    "unclassified and should be checked by an editor",
    "sic": "a word flagged [sic] is encoded as sic around the word; the flag is not transcribed",
    "omission": "an omission […] or [...] is a gap with reason omitted; rend keeps the printed "
    "form (ellipsis or dots)",
    "illegible": "[illegible] is an empty unclear with reason illegible",
    "uncertain": "a doubtful reading followed by [?] is unclear with reason uncertain and cert low",
    "emphasis-note": "remarks such as [emphasis in the original] are notes of type editorial",
    "stamp": "stamps ([[TOP SECRET]], [faded image of a stamp: …]) are stamp elements; a faded "
    "image has type faded-image",
    "handwritten": "handwritten annotations ([handwritten: …]) are add elements in the hand "
    "#hand-annotation",
    "signature": "[signature] is a gap with reason signature",
    "footnote-call": "footnotes are note elements (place foot) at their call; a call whose text "
    "the page lost has type missing",
}
"""One sentence per bracket kind, in the order they are declared."""

RENDITIONS = (
    ("r-supplied-before", "supplied", "before", 'content: "[";'),
    ("r-supplied-after", "supplied", "after", 'content: "]";'),
    ("r-sic-after", "sic", "after", 'content: " [sic]";'),
)


def editorial_decl(kinds: set[str], translators: bool) -> Node:
    """``encodingDesc`` with ``editorialDecl`` (prose) and ``tagsDecl`` (CSS renditions)."""
    encoding = Node("encodingDesc")
    decl = encoding.sub("editorialDecl")
    who = "the translators'" if translators else "editorial"
    decl.sub(
        "p",
        f"Square brackets in the record are {who} insertions. The brackets are not transcribed; "
        "each bracketed string is encoded as what it is, and renderers restore the brackets.",
    )
    used = [text for kind, text in CONVENTIONS.items() if kind in kinds]
    if used:
        decl.sub("p", "In this record: " + "; ".join(used) + ".")
    decl.sub(
        "p",
        "Round brackets belong to the record and are kept as text. Printed list labels are kept "
        "as label elements. Spelling and punctuation are kept as printed.",
    )
    tags = encoding.sub("tagsDecl")
    for ident, selector, scope, css in RENDITIONS:
        rendition = tags.sub("rendition", css, scheme="css", selector=selector, scope=scope)
        rendition.set(XML_ID, ident)
    return encoding
