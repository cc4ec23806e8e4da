"""An edition folder and its ``edition.toml``.

The folder layout is a convention (docs/editions.md) rather than options, so that every edition
builds with the same one command: ``sources/*.txt`` are the records as copied from the archive,
``tei/*.xml`` the master TEI (same stem as its source), ``persons.xml`` the optional register.
"""

from __future__ import annotations

import hashlib
import tomllib
from dataclasses import dataclass
from pathlib import Path

from tei.site.errors import EditionError
from tei.validate.schema import TEI_ALL, tei_all_schema

CONFIG_NAME = "edition.toml"
CACHE_NAME = ".tei-cache"
REGISTER_NAME = "persons.xml"
REQUIRED = ("title", "publisher", "licence", "base_url")
PROJECT = "project"


@dataclass(frozen=True, slots=True)
class EditionConfig:
    """What ``edition.toml`` says about the edition; every field is printed on the site."""

    title: str
    publisher: str
    licence: str
    base_url: str
    """Where the site will be published, ending in ``/``; the sitemap's URLs start with it."""
    language: str = "en"
    schema: str = PROJECT
    """The schema the documents are checked against, as written in ``edition.toml``:
    ``project`` (the default), ``tei_all``, or a path relative to the edition folder."""
    digest: str = ""
    """A hash of the file's bytes: pages that print the config are rebuilt when it changes."""


@dataclass(frozen=True, slots=True)
class Edition:
    """An edition folder: where its parts are, and its config."""

    root: Path
    config: EditionConfig

    @property
    def sources(self) -> Path:
        return self.root / "sources"

    @property
    def tei(self) -> Path:
        return self.root / "tei"

    @property
    def register(self) -> Path | None:
        """The persons register, if the edition has one."""
        path = self.root / REGISTER_NAME
        return path if path.is_file() else None

    @property
    def cache(self) -> Path:
        """The build's own records (``.tei-cache/``): kept with the edition, not published.

        A static host serves every file of the site folder, dotfiles included, so what the
        next build needs to know is kept here instead; the folder holds a ``.gitignore`` of
        ``*``, so an edition repository does not track it.
        """
        return self.root / CACHE_NAME

    @property
    def schema(self) -> Path | None:
        """The schema file the documents must be valid against; None: the project schema.

        ``tei_all`` is the release shipped with the toolkit (``schemas/tei_all.rng``), or the
        one the ``TEI_ALL_RNG`` environment variable names; any other value is a path,
        relative to the edition folder. Raises :class:`EditionError` if the file is not there.
        """
        name = self.config.schema
        if name == PROJECT:
            return None
        config = self.root / CONFIG_NAME
        path = tei_all_schema() if name == TEI_ALL else self.root / name
        if not path.is_file():
            raise EditionError(
                f"the edition's schema {path} does not exist",
                path=config,
                hint='give a .rng or .xsd file relative to the edition, "tei_all" or "project"',
            )
        return path

    def tei_files(self) -> list[Path]:
        """The master TEI files, in name order (the order does not depend on the file system)."""
        if not self.tei.is_dir():
            return []
        return sorted(p for p in self.tei.glob("*.xml") if p.is_file())


def load_edition(folder: str | Path) -> Edition:
    """Read an edition folder's config; raise :class:`EditionError` saying what to fix."""
    root = Path(folder)
    if not root.is_dir():
        raise EditionError("not an edition folder", path=root, hint="give a folder")
    return Edition(root, load_config(root / CONFIG_NAME))


def load_config(path: Path) -> EditionConfig:
    """Parse ``edition.toml``; every required field must be a non-empty string."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise EditionError(
            f"cannot read the edition config: {exc.strerror}",
            path=path,
            hint=f"create {CONFIG_NAME} with {', '.join(REQUIRED)} (see docs/editions.md)",
        ) from None
    try:
        values = tomllib.loads(data.decode("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise EditionError(
            f"the edition config is not valid TOML: {exc}",
            path=path,
            hint='write each field as key = "value"',
        ) from None
    for key in REQUIRED:
        value = values.get(key)
        if not isinstance(value, str) or not value.strip():
            raise EditionError(
                f"the edition config has no {key}",
                path=path,
                hint=f'add {key} = "…" (see docs/editions.md)',
            )
    language = values.get("language", "en")
    schema = values.get("schema", PROJECT)
    if not isinstance(schema, str) or not schema.strip():
        raise EditionError(
            "the edition config's schema is not a name or a path",
            path=path,
            hint=f'write schema = "{PROJECT}", "{TEI_ALL}" or a path to a .rng or .xsd',
        )
    base_url = values["base_url"].strip()
    return EditionConfig(
        title=values["title"].strip(),
        publisher=values["publisher"].strip(),
        licence=values["licence"].strip(),
        base_url=base_url if base_url.endswith("/") else base_url + "/",
        language=language if isinstance(language, str) and language else "en",
        schema=schema.strip(),
        digest=hashlib.sha256(data).hexdigest(),
    )
