"""Loading and running the stylesheets in ``xslt/``, the one place where TEI becomes output.

The stylesheets are compiled once per process and kept: compiling costs more than rendering a
small record. lxml's XSLT objects must not be shared between threads; the CLI renders folders
in processes, so one cache per process is enough.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from lxml import etree

from tei.render.errors import RenderError

XSLT_DIR = Path(__file__).resolve().parents[2] / "xslt"
"""Where the stylesheets live: the repository's ``xslt/`` folder, so editors find them there."""

STYLESHEETS = {"html": "tei-html.xsl", "text": "tei-text.xsl"}


def stylesheet_path(name: str) -> Path:
    """Path of the stylesheet for an output format (``"html"`` or ``"text"``)."""
    return XSLT_DIR / STYLESHEETS[name]


@cache
def stylesheet(name: str) -> etree.XSLT:
    """The compiled stylesheet for an output format; reads no network and writes no files."""
    path = stylesheet_path(name)
    try:
        doc = etree.parse(str(path))
    except OSError as exc:
        raise RenderError(
            f"cannot read the stylesheet: {exc}", path=path, hint="reinstall tei-editions"
        ) from None
    # lxml-stubs lacks these keywords; they are lxml's documented API.
    access = etree.XSLTAccessControl(  # type: ignore[call-arg]
        read_file=True, write_file=False, create_dir=False, read_network=False, write_network=False
    )
    return etree.XSLT(doc, access_control=access)


def transform(
    name: str, tree: etree._ElementTree | etree._Element, **params: str
) -> etree._XSLTResultTree:
    """Run one stylesheet; string parameters are quoted here so callers pass plain values."""
    quoted = {key: etree.XSLT.strparam(value) for key, value in params.items()}
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
