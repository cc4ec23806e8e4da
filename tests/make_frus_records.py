"""Write the layout-E fixtures: ``.venv/bin/python -m tests.make_frus_records``.

The fixtures under ``tests/fixtures/frus_e/`` are committed, so the converter's tests read small
text files instead of parsing a 3 MB volume, and a change to the layout shows up as a diff in
review. ``tests/test_frus_records.py`` fails when the committed files and this generator
disagree; rerun this module and read the diff before committing.

The documents are chosen by hand (``FIXTURES``), each for a feature a reader of layout E must
handle; the reason is written next to it, so a later change can keep the mix.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from tests.frus_records import FrusRecord, make_records
from tests.support import FIXTURES, FRUS_VOLUME

FIXTURE_DIR = FIXTURES / "frus_e"

FIXTURES_CHOSEN: list[tuple[str, str]] = [
    ("d1", "instruction: 7 notes, [Page N] between and inside paragraphs, block quote, closer lb"),
    ("d2", "despatch with an enclosure (frus:attachment) and a page break inside it"),
    ("d3", "telegram, [Page N] in mid-sentence, [Received …] dateline line"),
    ("d5", "very short telegram with a postscript in square brackets"),
    ("d6", "memorandum of a conversation: bracketed dateline [Washington,], one note"),
    ("d7", "memorandum with a page break mid-sentence and no closer"),
    ("d13", "despatch with a second source note '[Extract]' after the head"),
    ("d23", "very short document (20 words)"),
    ("d26", "despatch with a list labelled (1), (2), and a note inside an item"),
    ("d42", "long telegram: note inside the dateline, calls out of numeric order, list 1., 2."),
    ("d46", "long (2,700 words): note on the head, note in the dateline, list over a page"),
    ("d60", "longest telegram (2,800 words) with a nested list"),
    ("d75", "despatch with three enclosures, note numbered 41a"),
    ("d85", "memorandum of conversation with unlabelled lists"),
    ("d120", "telegram whose source note spans two lines in the TEI; [Extract]"),
    ("d185", "document with a postscript"),
    ("d209", "memorandum without a dateline; notes 63, 63a, 63b, one on the head"),
    ("d226", "decree: [Translation] source line, no dateline, unlabelled list, note on head"),
    ("d234", "memorandum of a conversation (title '… of a Conversation With …'), no closer"),
    ("d266", "aide-mémoire: no dateline, centred heading paragraph"),
    ("d292", "shortest document of the volume (14 words)"),
    ("d381", "nested list, note in the dateline, a note number used twice"),
    ("d389", "enclosure with a labelled list whose items hold two paragraphs"),
    ("d438", "two notes numbered 8a"),
    ("d496", "telegram with a list labelled 1., 2. and a note inside an item"),
    ("d502", "memorandum with a nested list and a note right after italics"),
    ("d507", "despatch with two enclosures, each with its own dateline and signature"),
    ("d512", "longest document (3,000 words) with a table inside a paragraph"),
    ("d531", "table of figures (header row, tab-separated cells) and a mid-sentence page"),
    ("d535", "letter: note on the head with superscript text, no dateline, no closer"),
    ("d564", "memorandum with an annex that has a page break"),
    ("d570", "despatch with an enclosed memorandum of conversation, page break inside a list"),
    ("d571", "note numbered '*'"),
    ("d586", "note holding two paragraphs; the same note number used twice"),
]
"""(xml:id, why it is in the set), in volume order. At least 30; issue 2 asks for 20."""


def fixture_stem(index: int, record: FrusRecord) -> str:
    """``NNN_dID``: a sequence number keeps the listing in volume order, the id names the source."""
    return f"{index:03d}_{record.id}"


def render_fixtures(volume: Path = FRUS_VOLUME) -> dict[str, str]:
    """Every fixture file's name and content, made from the volume (nothing is written)."""
    records = make_records(volume, ids=[doc_id for doc_id, _ in FIXTURES_CHOSEN])
    files: dict[str, str] = {}
    for index, record in enumerate(records):
        stem = fixture_stem(index, record)
        files[f"{stem}.txt"] = record.text
        files[f"{stem}.truth.json"] = json.dumps(record.truth, ensure_ascii=False, indent=2) + "\n"
    return files


def fixture_files(directory: Path = FIXTURE_DIR) -> list[Path]:
    """The generated files present in ``directory`` (the README is not one of them)."""
    return sorted([*directory.glob("*.txt"), *directory.glob("*.truth.json")])


def write_fixtures(directory: Path = FIXTURE_DIR) -> list[Path]:
    """Write the fixtures, removing generated files that are no longer in the set.

    Files are written as bytes so line ends stay ``"\\n"`` on every platform.
    """
    directory.mkdir(parents=True, exist_ok=True)
    files = render_fixtures()
    for stale in fixture_files(directory):
        if stale.name not in files:
            stale.unlink()
    written = []
    for name, content in sorted(files.items()):
        path = directory / name
        path.write_bytes(content.encode("utf-8"))
        written.append(path)
    return written


def main() -> int:
    """Write the fixtures and say where they are."""
    written = write_fixtures()
    print(f"wrote {len(written)} files to {FIXTURE_DIR}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
