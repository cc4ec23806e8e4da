"""The errors of ``tei build``, in the toolkit's hierarchy (:mod:`tei.errors`).

An unusable edition folder is unreadable input (exit code 2, like any other); a failing search
indexer is reported with what to try, since it is a program of its own.
"""

from __future__ import annotations

from tei.errors import InputError, TeiError


class EditionError(InputError):
    """The edition folder cannot be built: no ``edition.toml``, bad TOML, a missing field."""

    code = "E500"


class SearchIndexError(TeiError):
    """Pagefind could not index the site (missing binary, crash)."""

    code = "E510"
