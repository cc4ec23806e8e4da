"""Regression cases for the TEI writer, each named after what it broke."""

from __future__ import annotations

from tei.pipeline import convert_bytes

RECORD = (
    "Comrade Dr. Reimann thanked the Ambassador for the information and said that the "
    "requests would be examined.\n\nReimann\n\nCopies: 1 - Comrade Grünberg, 2 - File\n"
)


def test_closer_line_after_a_signature_is_a_line_of_its_own() -> None:
    """``Reimann`` then ``Copies: …`` ran together as "ReimannCopies" in the TEI text."""
    tei = convert_bytes(RECORD.encode(), "closer.txt").data.decode()
    assert "</signed><lb/>Copies: 1 - Comrade" in tei
