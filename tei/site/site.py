"""``build()``: an edition folder in, a static site out, doing only the work that changed.

The steps, in order: convert the sources that have no TEI yet; validate every TEI document and
read its facts (cached by content hash); stop if a document is invalid, unless asked to keep
going; render the document pages that changed; write the indexes, the about, search and
sitemap files; index the pages for search if any page changed; remove what the last build
wrote and this one did not; save the state for the next build (:mod:`tei.site.steps`).
"""

from __future__ import annotations

import time
from pathlib import Path

from tei.errors import Diagnostic, OutputError
from tei.files import flush
from tei.site import indexes, sources, steps
from tei.site.config import Edition, load_edition
from tei.site.documents import DocMeta, read_register_persons
from tei.site.errors import EditionError
from tei.site.outputs import Outputs
from tei.site.report import BuildReport, Progress, stages
from tei.site.state import BuildState, engine_digest, load_state, save_state, state_file


def build(
    edition_dir: str | Path,
    out_dir: str | Path,
    *,
    keep_going: bool = False,
    update: bool = False,
    progress: Progress | None = None,
    jobs: int = 0,
) -> BuildReport:
    """Build the site of the edition in ``edition_dir`` into ``out_dir``.

    Invalid documents stop the build before anything is written, unless ``keep_going``: then
    they are left out of the site (and listed in the report). ``jobs`` is the number of
    processes (0: all cores). Raises :class:`~tei.site.errors.EditionError` for an unusable
    edition folder, :class:`~tei.errors.XmlInputError` for an unreadable persons register and
    :class:`~tei.errors.OutputError` for an output folder over the edition's own files.
    """
    start = time.perf_counter()
    edition = load_edition(edition_dir)
    out = Path(out_dir)
    _check_output(edition, out)
    report = BuildReport(edition.root, out)
    stage = stages(progress)
    schema = edition.schema  # a missing schema file is an error before any work is done

    todo = sources.pending(edition, update=update)
    on_done = stage("Converting", len(todo))
    converted = sources.convert_sources(edition, todo=todo, on_done=on_done, jobs=jobs)
    report.converted = converted.written
    report.beside = converted.beside
    report.diagnostics += converted.diagnostics + [e.diagnostic() for e in converted.failed]
    report.failed += [e.path for e in converted.failed]
    report.unreadable += [e.path for e in converted.failed]
    mark = report.timed("convert", start)

    files = edition.tei_files()
    if not files and not report.failed:
        raise EditionError(
            "the edition has no documents",
            path=edition.root,
            hint="put records in sources/ (*.txt) or TEI in tei/ (*.xml)",
        )
    state_path = state_file(edition.cache, out)
    previous = load_state(state_path)
    protect = [edition.tei, edition.sources]
    run = steps.Run(
        edition,
        previous,
        BuildState(engine=engine_digest()),
        report,
        Outputs(out, previous.outputs, protect=protect),
        stage,
        jobs,
    )
    mark = report.timed("state", mark)
    steps.analyse(run, files)
    mark = report.timed("check", mark)
    for path in files:
        doc = run.state.documents[path.stem]
        report.diagnostics += doc.diagnostics
        if not doc.valid:
            report.failed.append(str(path))
        if doc.unreadable:
            report.unreadable.append(str(path))
    if report.failed and not keep_going:
        report.seconds = time.perf_counter() - start
        return report

    valid = [DocMeta.from_json(d.meta) for d in run.state.documents.values() if d.valid and d.meta]
    metas = sorted(valid, key=indexes.SORTS[0].order)
    known = read_register_persons(edition.register)
    register = {ident: name for ident, (name, _) in known.items()}
    if metas:
        steps.render_pages(run, metas, register)
        mark = report.timed("render", mark)
        metas = [m for m in metas if run.state.documents[m.stem].page]
    if not metas:  # an empty site is no site: say so, and exit non-zero even with keep_going
        report.diagnostics.append(_nothing_to_publish(edition, schema, len(files)))
        report.seconds = time.perf_counter() - start
        return report
    persons = indexes.collect_persons(metas, register, {k: s for k, (_, s) in known.items()})
    report.documents, report.persons = len(metas), len(persons)
    steps.site_pages(run, metas, persons)
    mark = report.timed("pages", mark)
    steps.search_index(run, metas)
    mark = report.timed("search", mark)
    run.outputs.prune()
    run.state.outputs = run.outputs.current
    if run.outputs.written or run.outputs.removed:
        flush()  # the site's files are durable before the state records them
    save_state(state_path, run.state)
    report.timed("state", mark)
    report.written, report.removed = run.outputs.written, run.outputs.removed
    report.completed = True
    report.seconds = time.perf_counter() - start
    return report


def _nothing_to_publish(edition: Edition, schema: Path | None, count: int) -> Diagnostic:
    against = schema.name if schema is not None else "the project schema"
    error = EditionError(
        f"no document can be published: all {count} failed (checked against {against})",
        path=edition.root,
        hint="fix the documents listed above, or give the edition's schema in edition.toml "
        '(schema = "tei_all" or a path; see docs/editions.md)',
    )
    return error.diagnostic()


def _check_output(edition: Edition, out: Path) -> None:
    """Refuse an output folder that is the edition, holds it, or lies in its tei/ or sources/."""
    target, root = out.resolve(), edition.root.resolve()
    own = [edition.tei.resolve(), edition.sources.resolve()]
    if (
        target == root
        or target in root.parents
        or any(p == target or p in target.parents for p in own)
    ):
        raise OutputError(
            "the site would be written over the edition's own files",
            path=out,
            hint="choose an output folder outside the edition's tei/ and sources/, e.g. _site",
        )
