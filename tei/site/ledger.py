"""What the converter last wrote for each document, so that a hand correction is never lost.

Editors correct the TEI by hand; the build must tell such a file from one the converter wrote.
A file time cannot (``touch``, a copy, a checkout all change it), so the ledger keeps content
hashes instead, in the edition's ``.tei-cache/conversions.json``: per document stem, the hash of
the source it was converted from and the hash of the TEI the converter wrote. A TEI file whose
bytes hash to something else was edited by hand.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from tei.site.outputs import sha256
from tei.site.state import write_cached

LEDGER_NAME = "conversions.json"


@dataclass(frozen=True, slots=True)
class Entry:
    """One conversion: the hashes of the source read and of the TEI written."""

    source: str
    tei: str


class Ledger:
    """The conversions of one edition, read from and saved to its cache folder."""

    def __init__(self, cache: Path) -> None:
        self.path = cache / LEDGER_NAME
        self.entries: dict[str, Entry] = {}
        try:
            data = json.loads(self.path.read_bytes())
            for stem, entry in data.get("documents", {}).items():
                self.entries[stem] = Entry(str(entry["source"]), str(entry["tei"]))
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            pass  # no ledger yet (or a damaged one): every existing TEI counts as hand-made

    def get(self, stem: str) -> Entry | None:
        return self.entries.get(stem)

    def record(self, stem: str, source: bytes, tei: bytes) -> None:
        self.entries[stem] = Entry(sha256(source), sha256(tei))

    def save(self) -> None:
        """Write the ledger (with the cache folder's ``.gitignore`` on first use)."""
        documents = {s: {"source": e.source, "tei": e.tei} for s, e in sorted(self.entries.items())}
        data = json.dumps({"format": 1, "documents": documents}, indent=1, sort_keys=True)
        write_cached(self.path, data.encode())
