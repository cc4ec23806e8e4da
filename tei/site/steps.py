"""The steps of a build after conversion, each skipping what the last build already did.

Each step compares a key over its inputs with the key the last build recorded (see
:mod:`tei.site.state`) and, when they match and its files are still there, carries its
files over instead of making them again.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from pathlib import Path

from tei.site import about, indexes, search, sitemap, work
from tei.site.config import Edition
from tei.site.documents import DocMeta
from tei.site.outputs import Outputs, sha256
from tei.site.pages import SEARCH_CSP, render, static_files
from tei.site.report import BuildReport, Stage
from tei.site.state import BuildState, DocState, digest
from tei.validate.check import Options, register_ids
from tei.validate.runner import default_jobs, prepare

SITE_PAGES = ("persons.html", "about.html", "search.html", "sitemap.xml")


@dataclass(slots=True)
class Run:
    """One build's inputs and results, shared by the steps."""

    edition: Edition
    previous: BuildState
    state: BuildState
    report: BuildReport
    outputs: Outputs
    stage: Stage
    jobs: int = 0


def analyse(run: Run, files: list[Path]) -> None:
    """Validate and read every document whose content (or the register or schema) changed.

    The edition's schema decides (``schema`` in edition.toml); the project's rules run with
    the project schema only, so TEI from elsewhere is published as it is when it is valid.
    """
    register = run.edition.register
    register_digest = sha256(register.read_bytes()) if register is not None else ""
    schema = run.edition.schema
    schema_digest = sha256(schema.read_bytes()) if schema is not None else ""
    todo: list[Path] = []
    keys: dict[str, str] = {}
    for path in files:
        data = path.read_bytes()
        keys[path.stem] = key = digest(run.state.engine, register_digest, schema_digest, data)
        cached = run.previous.documents.get(path.stem)
        if cached is not None and cached.key == key:
            # The findings name the file as this build was given it, not as the last one was.
            found = [replace(d, path=str(path)) for d in cached.diagnostics]
            run.state.documents[path.stem] = DocState(
                key, cached.valid, cached.unreadable, found, cached.meta, cached.page
            )
        else:
            todo.append(path)
    if not todo:
        return
    options = Options(schema=schema, register=register)
    # Compiled here, once (tei_all: ~15 s), and jing run once when it checks the documents.
    prepare(options, [str(p) for p in todo], run.jobs or default_jobs())
    args = (register_ids(register), options)
    results = work.run(
        work.analyse,
        todo,
        jobs=run.jobs,
        initializer=work.init_analysis,
        initargs=args,
        on_done=run.stage("Checking", len(todo)),
    )
    for result in results:
        run.state.documents[result.stem] = DocState(
            keys[result.stem], result.valid, result.unreadable, result.diagnostics, result.meta
        )


def render_pages(run: Run, metas: list[DocMeta], register: dict[str, str]) -> None:
    """Render the pages whose document, neighbours, persons or config changed."""
    config = run.edition.config
    jobs: list[work.PageJob] = []
    page_keys: dict[str, str] = {}
    for index, meta in enumerate(metas):
        before = metas[index - 1] if index > 0 else None
        after = metas[index + 1] if index + 1 < len(metas) else None
        neighbours = (
            (before.stem, before.title) if before else None,
            (after.stem, after.title) if after else None,
        )
        persons = tuple((p.id, register.get(p.id, p.name)) for p in meta.persons)
        doc = run.state.documents[meta.stem]
        page_keys[meta.stem] = key = digest(
            doc.key, config.digest, json.dumps([neighbours, persons])
        )
        files = work.document_files(meta.stem)
        old = run.previous.documents.get(meta.stem)
        if old is not None and old.page == key and run.outputs.intact(files):
            run.outputs.keep(files)
            doc.page = key
            continue
        previous = {rel: run.outputs.previous[rel] for rel in files if rel in run.outputs.previous}
        source = run.edition.tei / f"{meta.stem}.xml"
        out = run.outputs.root
        meta_json = doc.meta or meta.to_json()  # the state's dict, not a copy per page
        jobs.append(work.PageJob(source, out, config, meta_json, neighbours, persons, previous))
    on_done = run.stage("Rendering", len(jobs))
    for result in work.run(work.render_page, jobs, jobs=run.jobs, on_done=on_done):
        doc = run.state.documents[result.stem]
        if result.error is not None:
            run.report.diagnostics.append(result.error.diagnostic())
            run.report.failed.append(result.error.path)
            doc.page = ""
            continue
        for rel, hash_ in result.hashes.items():
            run.outputs.record(rel, hash_, rel in result.written)
        doc.page = page_keys[result.stem]
        run.report.rendered.append(result.stem)


def site_pages(run: Run, metas: list[DocMeta], persons: list[indexes.Person]) -> None:
    """The indexes, about, search and sitemap pages and the static files, if anything changed."""
    config = run.edition.config
    register = run.edition.register
    # These pages are made from the documents' facts (DocMeta), not from their text: keyed on
    # the facts, an edit to a record's text leaves them alone (10,000 documents: 2.5 s saved).
    key = digest(
        run.state.engine,
        config.digest,
        register.read_bytes() if register is not None else b"",
        json.dumps([run.state.documents[m.stem].meta for m in metas], sort_keys=True),
    )
    names = [s.file for s in indexes.SORTS] + list(SITE_PAGES) + list(static_files())
    names += [indexes.person_file(p.id) for p in persons]
    # listed in the sitemap: the documents, the persons and 3 pages
    names += sitemap.sitemap_files(len(metas) + len(persons) + 3)[1:]
    run.state.keys["indexes"] = key
    if run.previous.keys.get("indexes") == key and run.outputs.intact(names):
        run.outputs.keep(names)
        return
    run.report.indexes_built = True
    pages = indexes.documents_index(config, metas)
    pages["persons.html"] = indexes.persons_index(config, persons)
    pages.update(indexes.person_pages(config, persons))
    pages["about.html"] = about.about_page(config, metas)
    pages["search.html"] = render(
        "search.html.j2",
        config,
        current="search",
        page_title=f"Search · {config.title}",
        csp=SEARCH_CSP,
        merge=list(search.bundles([work.document_files(m.stem)[0] for m in metas]))[1:],
    )
    pages.update(static_files())
    listed = [indexes.SORTS[0].file, "about.html", "persons.html"]
    listed += [indexes.person_file(p.id) for p in persons]
    listed += [work.document_files(m.stem)[0] for m in metas]
    pages.update(sitemap.sitemaps(config.base_url, listed))
    for name in names:
        run.outputs.put(name, pages[name])


def search_index(run: Run, metas: list[DocMeta]) -> None:
    """Re-index each search bundle in which a page changed (Pagefind cannot update one)."""
    pages = [work.document_files(m.stem)[0] for m in metas]
    language = run.edition.config.language
    current = run.outputs.current
    todo: dict[str, list[str]] = {}
    # The last build's files by bundle folder, gathered in one pass: a scan of every output
    # per bundle grew as N²/1,000 (100,000 documents: 128 bundles x 450,000 files).
    previous: dict[str, list[str]] = {}
    for rel in run.outputs.previous:
        folder, slash, _ = rel.partition("/")
        if slash:
            previous.setdefault(folder, []).append(rel)
    for folder, members in search.bundles(pages).items():
        key = digest(run.state.engine, language, *(f"{p}:{current[p]}" for p in members))
        run.state.keys[f"search:{folder}"] = key
        kept = previous.get(folder, [])
        if run.previous.keys.get(f"search:{folder}") == key and kept and run.outputs.intact(kept):
            run.outputs.keep(kept)
        else:
            todo[folder] = members
    if todo:
        on_done = run.stage("Indexing for search", 1)
        jobs = run.jobs or work.workers()
        search.index_bundles(run.outputs.root, todo, run.outputs, language, jobs)
        run.report.search_built = True
        if on_done is not None:
            on_done()
