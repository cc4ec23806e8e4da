"""The files the commands read at run time (schemas, stylesheets, the encoding conventions).

They ship inside the installed package as ``tei.schemas``, ``tei.xslt`` and ``tei.docs``;
pyproject.toml maps the repository's top-level ``schemas/``, ``xslt/`` and ``docs/`` folders
there at build time, so the files editors open and run on their own (``xsltproc
xslt/tei-html.xsl record.xml``) are the very files the package reads, with no second copy.
They are found through :mod:`importlib.resources`, never by walking up from ``__file__``,
which works only inside a checkout.

libxml2 reads schemas and stylesheets by path (``xs:import`` and ``xsl:import`` are resolved
beside the file), so :func:`folder` gives a real folder: the package's own when it is
installed as files (a wheel, an editable checkout), or, when the package is imported from a
zip, a private temporary copy made once per process.
"""

from __future__ import annotations

import atexit
import importlib.resources
import shutil
import tempfile
from functools import cache
from importlib.resources.abc import Traversable
from pathlib import Path

FOLDERS = {"schemas": "tei.schemas", "xslt": "tei.xslt", "docs": "tei.docs"}
"""Each resource folder by the package it ships as."""


@cache
def folder(kind: str) -> Path:
    """The resource folder ``kind`` (a key of :data:`FOLDERS`) as a real folder on disk."""
    found = importlib.resources.files(FOLDERS[kind])
    if isinstance(found, Path):
        return found
    copy = Path(tempfile.mkdtemp(prefix=f"tei-{kind}-"))
    atexit.register(shutil.rmtree, copy, True)
    _copy_tree(found, copy)
    return copy


def path(kind: str, name: str) -> Path:
    """A resource file as a path libxml2 can read (and resolve its imports beside)."""
    return folder(kind) / name


def _copy_tree(source: Traversable, target: Path) -> None:
    for entry in source.iterdir():
        if entry.is_dir():
            (target / entry.name).mkdir()
            _copy_tree(entry, target / entry.name)
        elif entry.is_file() and not entry.name.endswith((".py", ".pyc")):
            (target / entry.name).write_bytes(entry.read_bytes())
