"""Loading and running the stylesheets in ``xslt/``, the one place where TEI becomes output.

The stylesheets are compiled once per process and kept: compiling costs more than rendering a
small record. lxml's XSLT objects must not be shared between threads; the CLI renders folders
in processes, so one cache per process is enough.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from pathlib import Path

from lxml import etree

from tei import resources
from tei.ns import TEI_NS
from tei.render.errors import RenderError

XSLT_DIR = resources.folder("xslt")
"""Where the stylesheets live: the repository's ``xslt/`` folder, shipped in the package as
``tei.xslt`` (see :mod:`tei.resources`), so editors find them there and the package reads them."""

STYLESHEETS = {"html": "tei-html.xsl", "text": "tei-text.xsl"}
"""The stylesheets an editor runs (xsltproc) for each output format."""

LINE_MARK = "\ufdd0"
"""What the marked text stylesheet prints for a line break of its own, instead of ``\\n``.

A Unicode noncharacter: legal in XML but meaning nothing in a text, so real documents do not
hold it; one that does is rendered with the plain stylesheet.
"""
BLOCK_MARK = "\ufdd1"
"""What the marked text stylesheet prints between blocks, instead of a blank line (``\\n\\n``).

Python splits the text into blocks at this one character, with no regular expression.
"""

JOIN_MARK = "\ufdd2"
"""What the marked stylesheets print for a break inside a word (``lb break="no"``); Python
removes it and the white space around it (:func:`joined`)."""

_JOIN = re.compile("\\s*\ufdd2\\s*")


def joined(text: str) -> str:
    """The output of a marked stylesheet with each break inside a word closed up."""
    return _JOIN.sub("", text) if JOIN_MARK in text else text


def holds_join_mark(tree: etree._ElementTree | etree._Element) -> bool:
    """Whether the document's own text or attributes hold :data:`JOIN_MARK` (never in practice).

    Asked only when the output holds the mark, so a document without breaks inside words pays
    nothing; one that holds it is rendered with the plain stylesheet.
    """
    found = tree.xpath(
        f"boolean(//text()[contains(., '{JOIN_MARK}')] | //@*[contains(., '{JOIN_MARK}')])"
    )
    return bool(found)


_IN_WORD = "[@break = 'no' or @type = 'hyphenInWord']"
"""A break inside a word, as the stylesheets' ``joined-text`` rule knows it (tei-common.xsl)."""
_JOIN_TEXT = f"<xsl:text>&#x{ord(JOIN_MARK):X};</xsl:text>"

_TEXT_MARKED = f"""<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="{TEI_NS}">
  <xsl:import href="{STYLESHEETS["text"]}"/>
  <xsl:variable name="line" select="'&#x{ord(LINE_MARK):X};'"/>
  <xsl:variable name="block" select="'&#x{ord(BLOCK_MARK):X};'"/>
  <xsl:template match="text()"><xsl:copy/></xsl:template>
  <xsl:template match="tei:lb{_IN_WORD} | tei:pb{_IN_WORD} | tei:cb{_IN_WORD}" priority="2">
    {_JOIN_TEXT}
  </xsl:template>
  <xsl:template match="/">
    <xsl:variable name="all" select="string(/)"/>
    <xsl:if test="not(contains($all, $line) or contains($all, $block))">
      <xsl:apply-imports/>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
"""
"""``tei-text.xsl`` as ``tei render`` runs it: the same rules, with its own line breaks marked.

The plain stylesheet turns the source's line breaks and tabs into spaces with ``translate()``
on every text node that holds one, and libxml2's ``translate()`` is slow (two thirds of the
stylesheet's time on the FRUS volume). Here text is copied as it is, the stylesheet's own
breaks print as :data:`LINE_MARK` and :data:`BLOCK_MARK`; Python turns the source's into spaces
with ``str.replace`` and splits at its own, which gives the same text. A document that holds a
mark itself prints nothing here, and is then run through the plain stylesheet (the document's
string value is built once for that test, not once per mark: it is a tenth of the run). A break
inside a word prints :data:`JOIN_MARK`, and Python removes it with the white space around it
(:func:`joined`), which is what the stylesheet's ``joined-text`` rule does beside such a break;
that rule's pattern, tested on every text node, made the reading text 80% slower. Kept here
rather than in ``xslt/``: it is a detail of running the stylesheet from Python, not a
stylesheet an editor would use.
"""

_HTML_MARKED = f"""<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="{TEI_NS}">
  <xsl:import href="{STYLESHEETS["html"]}"/>
  <xsl:template match="text()"><xsl:copy/></xsl:template>
  <xsl:template match="tei:lb{_IN_WORD} | tei:cb{_IN_WORD}" priority="2">
    {_JOIN_TEXT}
  </xsl:template>
  <xsl:template match="tei:pb{_IN_WORD}" priority="2">
    {_JOIN_TEXT}<xsl:apply-imports/>{_JOIN_TEXT}
  </xsl:template>
</xsl:stylesheet>
"""
"""``tei-html.xsl`` as ``tei render`` runs it: the same rules, with breaks inside a word marked.

The stylesheet's ``joined-text`` rule (white space beside ``lb break="no"`` is no word
boundary) is a pattern with a predicate that libxslt tests on every text node: a quarter of the
transformation of a record, for a rule that few documents need. Here text is copied as it is
(no slower than the built-in rule) and a break inside a word prints :data:`JOIN_MARK`;
:func:`joined` then removes each mark with the white space around it, which gives the page the
same words and spacing.
"""

_SOURCES = {"text-marked": _TEXT_MARKED, "html-marked": _HTML_MARKED}
"""Stylesheets built in the package on top of those in ``xslt/``, by name."""


def stylesheet_path(name: str) -> Path:
    """Path of the stylesheet for an output format (``"html"`` or ``"text"``)."""
    return XSLT_DIR / STYLESHEETS[name]


@cache
def stylesheet(name: str) -> etree.XSLT:
    """The compiled stylesheet by name; reads no network and writes no files."""
    path = XSLT_DIR / STYLESHEETS[name.partition("-")[0]]
    try:
        if name in _SOURCES:
            # The base URL makes xsl:import find the stylesheet in xslt/.
            doc = etree.ElementTree(etree.XML(_SOURCES[name], base_url=XSLT_DIR.as_uri() + "/"))
        else:
            doc = etree.parse(str(path))
    except OSError as exc:
        raise RenderError(
            f"cannot read the stylesheet: {exc}", path=path, hint="reinstall tei-editions"
        ) from None
    # lxml-stubs lacks these keywords; they are lxml's documented API.
    access = etree.XSLTAccessControl(  # type: ignore[call-arg]
        read_file=True, write_file=False, create_dir=False, read_network=False, write_network=False
    )
    try:
        return etree.XSLT(doc, access_control=access)
    except etree.XSLTParseError as exc:
        raise RenderError(
            f"cannot compile the stylesheet: {exc}", path=path, hint="reinstall tei-editions"
        ) from None


def transform(
    name: str, tree: etree._ElementTree | etree._Element, **params: str
) -> etree._XSLTResultTree:
    """Run one stylesheet; string parameters are quoted here so callers pass plain values."""
    quoted = {key: _quoted(value) for key, value in params.items()}
    xslt = stylesheet(name)
    try:
        return xslt(tree, **quoted)  # type: ignore[arg-type]  # stubs: params are str-valued
    except etree.XSLTApplyError as exc:
        log = getattr(xslt, "error_log", None)  # not in lxml-stubs
        entry = log.last_error if log else None
        raise RenderError(
            f"the {name} stylesheet failed: {exc}",
            line=entry.line if entry is not None else 0,
            hint="report this with the input file; the stylesheet should accept any TEI",
        ) from None


@lru_cache(maxsize=64)
def _quoted(value: str) -> object:
    # A parameter takes a handful of values ("reading", "end", ...): quote each once.
    return etree.XSLT.strparam(value)
