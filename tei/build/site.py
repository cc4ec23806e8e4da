"""``build()``: an edition folder in, a static site out, doing only the work that changed.

The steps, in order: convert the sources that have no TEI yet; validate every TEI document and
read its facts (cached by content hash); stop if a document is invalid, unless asked to keep
going; render the document pages that changed; write the indexes, the about, search and
sitemap files; index the pages for search if any page changed; remove what the last build
wrote and this one did not; save the state for the next build.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from tei.build import about, indexes, search, sitemap, sources, work
from tei.build.config import Edition, load_edition
from tei.build.documents import DocMeta, read_register
from tei.build.errors import EditionError
from tei.build.outputs import Outputs, sha256
from tei.build.pages import SEARCH_CSP, render, static_files
from tei.build.state import BuildState, DocState, digest, engine_digest, load_state, save_state
from tei.errors import Diagnostic, Level, OutputError
from tei.validate.check import Options, register_ids

Progress = Callable[[str, int, int], None]
"""``progress(stage, done, total)``: called as work is done, for a progress bar."""

SITE_PAGES = ("persons.html", "about.html", "search.html", "sitemap.xml")


@dataclass(slots=True)
class BuildReport:
    """What a build did; the CLI prints it and decides the exit code from it."""

    edition: Path
    out_dir: Path
    documents: int = 0
    """Documents on the site."""
    persons: int = 0
    converted: list[Path] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    """Documents (TEI or source paths) that are invalid, unreadable or could not be converted."""
    unreadable: list[str] = field(default_factory=list)
    completed: bool = False
    """False when the build stopped before writing because documents failed."""
    rendered: list[str] = field(default_factory=list)
    """Stems of the documents whose pages were rendered in this build."""
    written: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    indexes_built: bool = False
    search_built: bool = False
    seconds: float = 0.0

    @property
    def errors(self) -> int:
        return sum(d.level is Level.ERROR for d in self.diagnostics)

    @property
    def warnings(self) -> int:
        return sum(d.level is Level.WARNING for d in self.diagnostics)


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
    they are left out of the site (and listed in the report). Raises
    :class:`~tei.build.errors.EditionError` for an unusable edition folder and
    :class:`~tei.errors.OutputError` for an output folder inside the edition's sources or TEI.
    """
    start = time.perf_counter()
    edition = load_edition(edition_dir)
    out = Path(out_dir)
    _check_output(edition, out)
    report = BuildReport(edition.root, out)
    tick = _ticker(progress)

    todo = sources.pending(edition, update=update)
    converted = sources.convert_sources(
        edition, todo=todo, on_done=tick("Converting", len(todo)), jobs=jobs
    )
    report.converted = converted.written
    report.diagnostics += converted.diagnostics + [e.diagnostic() for e in converted.failed]
    report.failed += [e.path for e in converted.failed]
    report.unreadable += [e.path for e in converted.failed]

    files = edition.tei_files()
    if not files and not report.failed:
        raise EditionError(
            "the edition has no documents",
            path=edition.root,
            hint="put records in sources/ (*.txt) or TEI in tei/ (*.xml)",
        )
    previous = load_state(out)
    state = BuildState(engine=engine_digest())
    _analyse(edition, files, previous, state, jobs, tick)
    for path in files:
        doc = state.documents[path.stem]
        report.diagnostics += doc.diagnostics
        if not doc.valid:
            report.failed.append(str(path))
        if doc.unreadable:
            report.unreadable.append(str(path))
    if report.failed and not keep_going:
        report.seconds = time.perf_counter() - start
        return report

    outputs = Outputs(out, previous.outputs, protect=[*files, *edition.sources.glob("*")])
    metas = sorted(
        (DocMeta.from_json(d.meta) for d in state.documents.values() if d.valid and d.meta),
        key=indexes.SORTS[0].order,
    )
    register = read_register(edition.register)
    _render_pages(edition, out, metas, register, previous, state, outputs, report, jobs, tick)
    metas = [m for m in metas if state.documents[m.stem].page]
    persons = indexes.collect_persons(metas, register)
    report.documents, report.persons = len(metas), len(persons)
    _site_pages(edition, metas, persons, previous, state, outputs, report)
    _search(edition, metas, previous, state, outputs, report, tick)
    outputs.prune()
    state.outputs = outputs.current
    save_state(out, state)
    report.written, report.removed = outputs.written, outputs.removed
    report.completed = True
    report.seconds = time.perf_counter() - start
    return report


def _check_output(edition: Edition, out: Path) -> None:
    target, root = out.resolve(), edition.root.resolve()
    inside = [root, edition.tei.resolve(), edition.sources.resolve()]
    if target in inside or any(p in target.parents for p in inside[1:]) or target in root.parents:
        raise OutputError(
            "the site would be written over the edition's own files",
            path=out,
            hint="choose an output folder outside the edition's tei/ and sources/, e.g. _site",
        )


def _ticker(progress: Progress | None) -> Callable[[str, int], Callable[[], None] | None]:
    def stage(label: str, total: int) -> Callable[[], None] | None:
        if progress is None or total == 0:
            return None
        done = [0]
        progress(label, 0, total)

        def tick() -> None:
            done[0] += 1
            progress(label, done[0], total)

        return tick

    return stage


def _analyse(
    edition: Edition,
    files: list[Path],
    previous: BuildState,
    state: BuildState,
    jobs: int,
    tick: Callable[[str, int], Callable[[], None] | None],
) -> None:
    """Validate and read every document whose content (or the register) changed."""
    register = edition.register
    register_digest = sha256(register.read_bytes()) if register is not None else ""
    todo: list[Path] = []
    keys: dict[str, str] = {}
    for path in files:
        keys[path.stem] = key = digest(state.engine, register_digest, path.read_bytes())
        cached = previous.documents.get(path.stem)
        if cached is not None and cached.key == key:
            state.documents[path.stem] = DocState(
                key, cached.valid, cached.unreadable, cached.diagnostics, cached.meta, cached.page
            )
        else:
            todo.append(path)
    if not todo:
        return
    options = Options(register=register)
    args = (register_ids(register), options)
    on_done = tick("Checking", len(todo))
    for result in work.run(
        work.analyse,
        todo,
        jobs=jobs,
        initializer=work.init_analysis,
        initargs=args,
        on_done=on_done,
    ):
        state.documents[result.stem] = DocState(
            keys[result.stem], result.valid, result.unreadable, result.diagnostics, result.meta
        )


def _render_pages(
    edition: Edition,
    out: Path,
    metas: list[DocMeta],
    register: dict[str, str],
    previous: BuildState,
    state: BuildState,
    outputs: Outputs,
    report: BuildReport,
    jobs: int,
    tick: Callable[[str, int], Callable[[], None] | None],
) -> None:
    """Render the pages whose document, neighbours, persons or config changed."""
    config = edition.config
    jobs_list: list[work.PageJob] = []
    page_keys: dict[str, str] = {}
    for index, meta in enumerate(metas):
        before = metas[index - 1] if index > 0 else None
        after = metas[index + 1] if index + 1 < len(metas) else None
        neighbours = (
            (before.stem, before.title) if before else None,
            (after.stem, after.title) if after else None,
        )
        persons = tuple((p.id, register.get(p.id, p.name)) for p in meta.persons)
        doc = state.documents[meta.stem]
        key = digest(doc.key, config.digest, json.dumps([neighbours, persons]))
        page_keys[meta.stem] = key
        files = work.document_files(meta.stem)
        old = previous.documents.get(meta.stem)
        if old is not None and old.page == key and outputs.intact(files):
            outputs.keep(files)
            doc.page = key
            continue
        jobs_list.append(
            work.PageJob(
                edition.tei / f"{meta.stem}.xml",
                out,
                config,
                meta.to_json(),
                neighbours,
                persons,
                {rel: outputs.previous[rel] for rel in files if rel in outputs.previous},
            )
        )
    on_done = tick("Rendering", len(jobs_list))
    for result in work.run(work.render_page, jobs_list, jobs=jobs, on_done=on_done):
        doc = state.documents[result.stem]
        if result.error is not None:
            report.diagnostics.append(result.error.diagnostic())
            report.failed.append(result.error.path)
            doc.page = ""
            continue
        for rel, hash_ in result.hashes.items():
            outputs.record(rel, hash_, rel in result.written)
        doc.page = page_keys[result.stem]
        report.rendered.append(result.stem)


def _site_pages(
    edition: Edition,
    metas: list[DocMeta],
    persons: list[indexes.Person],
    previous: BuildState,
    state: BuildState,
    outputs: Outputs,
    report: BuildReport,
) -> None:
    """The indexes, about, search and sitemap pages and the static files, if anything changed."""
    config = edition.config
    register = edition.register
    key = digest(
        state.engine,
        config.digest,
        register.read_bytes() if register is not None else b"",
        *(f"{m.stem}:{state.documents[m.stem].key}" for m in metas),
    )
    names = [s.file for s in indexes.SORTS] + list(SITE_PAGES) + list(static_files())
    state.keys["indexes"] = key
    if previous.keys.get("indexes") == key and outputs.intact(names):
        outputs.keep(names)
        return
    report.indexes_built = True
    pages = indexes.documents_index(config, metas)
    pages["persons.html"] = indexes.persons_index(config, persons)
    pages["about.html"] = about.about_page(config, metas)
    pages["search.html"] = render(
        "search.html.j2",
        config,
        current="search",
        page_title=f"Search · {config.title}",
        csp=SEARCH_CSP,
    )
    pages.update(static_files())
    listed = [s.file for s in indexes.SORTS[:1]] + ["about.html", "persons.html"]
    listed += [work.document_files(m.stem)[0] for m in metas]
    pages["sitemap.xml"] = sitemap.sitemap(config.base_url, listed)
    for name in names:
        outputs.put(name, pages[name])


def _search(
    edition: Edition,
    metas: list[DocMeta],
    previous: BuildState,
    state: BuildState,
    outputs: Outputs,
    report: BuildReport,
    tick: Callable[[str, int], Callable[[], None] | None],
) -> None:
    """Re-index for search when any document page changed (Pagefind has no partial update)."""
    pages = [work.document_files(m.stem)[0] for m in metas]
    key = digest(
        state.engine, edition.config.language, *(f"{p}:{outputs.current[p]}" for p in pages)
    )
    state.keys["search"] = key
    kept = [rel for rel in outputs.previous if rel.startswith(f"{search.FOLDER}/")]
    if previous.keys.get("search") == key and kept and outputs.intact(kept):
        outputs.keep(kept)
        return
    report.search_built = True
    on_done = tick("Indexing for search", 1)
    search.index_site(outputs.root, outputs, edition.config.language)
    if on_done is not None:
        on_done()
