"""``tei build``: an edition folder (sources, master TEI, config, persons register) to a site.

The modules follow the build: :mod:`~tei.site.config` reads the edition,
:mod:`~tei.site.sources` converts new records, :mod:`~tei.site.work` validates, reads and
renders each document (:mod:`~tei.site.documents` holds what is read), :mod:`~tei.site.pages`,
:mod:`~tei.site.indexes`, :mod:`~tei.site.about` and :mod:`~tei.site.sitemap` make the
pages, :mod:`~tei.site.search` runs Pagefind, and :mod:`~tei.site.state` with
:mod:`~tei.site.outputs` make it incremental. :func:`build` in :mod:`~tei.site.site` runs
them in order.
"""

from __future__ import annotations

from tei.site.config import Edition, EditionConfig, load_edition
from tei.site.errors import EditionError, SearchIndexError
from tei.site.report import BuildReport, Progress
from tei.site.site import build

__all__ = [
    "BuildReport",
    "Edition",
    "EditionConfig",
    "EditionError",
    "Progress",
    "SearchIndexError",
    "build",
    "load_edition",
]
