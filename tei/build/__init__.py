"""``tei build``: an edition folder (sources, master TEI, config, persons register) to a site.

The modules follow the build: :mod:`~tei.build.config` reads the edition,
:mod:`~tei.build.sources` converts new records, :mod:`~tei.build.work` validates, reads and
renders each document (:mod:`~tei.build.documents` holds what is read), :mod:`~tei.build.pages`,
:mod:`~tei.build.indexes`, :mod:`~tei.build.about` and :mod:`~tei.build.sitemap` make the
pages, :mod:`~tei.build.search` runs Pagefind, and :mod:`~tei.build.state` with
:mod:`~tei.build.outputs` make it incremental. :func:`build` in :mod:`~tei.build.site` runs
them in order.
"""

from __future__ import annotations

from tei.build.config import Edition, EditionConfig, load_edition
from tei.build.errors import EditionError, SearchIndexError
from tei.build.report import BuildReport, Progress
from tei.build.site import build

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
