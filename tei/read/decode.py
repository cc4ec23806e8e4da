"""Bytes to text: decode what can be decoded, say what was done, refuse what is not text.

Editors copy pages from browsers and word processors; files arrive in UTF-8, UTF-16 with a BOM,
or Windows-1252. We decode all of these and report the guess, so that nothing is silently
mangled, and refuse binary data with a location instead of producing TEI full of garbage.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from tei.errors import Diagnostic, InputError, Level

BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
"""Byte-order marks and their encodings, longest first (UTF-32 LE opens like UTF-16 LE)."""
# Characters XML 1.0 cannot hold (and DEL): tab, LF and CR are the only controls allowed.
# (The surrogates are written as escapes in the pattern, not the string: mypyc compiles this
# module and cannot hold lone surrogates in a string literal.)
_BAD_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")
_BINARY_SHARE = 0.01
# The same controls as bytes (UTF-8, cp1252 and latin-1 all write them as these single bytes),
# as a translate() table that maps them to 0 and every other byte to 1.
_CONTROL_BYTES = frozenset([*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F])
_CONTROLS_TO_ZERO = bytes(0 if b in _CONTROL_BYTES else 1 for b in range(256))


def _position(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def decode(data: bytes) -> tuple[str, list[Diagnostic]]:
    """Decode a record file; return the text (``\\n`` line ends) and what was noticed.

    Raises :class:`InputError` for an empty file or binary data.
    """
    notes: list[Diagnostic] = []
    if not data or data.isspace():  # as ``not data.strip()``, without copying the file
        raise InputError(
            "the file is empty", line=1, column=1, hint="copy the record's page text into it"
        )
    text = ""
    clean = False
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(encoding)
            except UnicodeDecodeError as exc:
                raise InputError(
                    f"the file starts with a {encoding} byte-order mark but is not {encoding}",
                    line=1,
                    column=exc.start + 1,
                    hint="save the file as UTF-8",
                ) from None
            if encoding != "utf-8":
                notes.append(
                    Diagnostic(Level.INFO, "I101", f"decoded as {encoding} (byte-order mark)")
                )
            else:
                clean = _clean_bytes(data[len(bom) :], utf8=True)
            break
    else:
        text = _decode_without_bom(data, notes)
        clean = _clean_bytes(data, utf8=not notes)  # a note says it was not UTF-8
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if clean:  # nothing for the two scans below to find
        return unicodedata.normalize("NFC", text), notes
    _refuse_binary(text)
    stray = _BAD_CONTROL.search(text)
    if stray is not None:
        line, column = _position(text, stray.start())
        notes.append(
            Diagnostic(
                Level.WARNING,
                "W102",
                "removed control characters that XML cannot hold (first one here)",
                line=line,
                column=column,
                hint="check the record at this place for damage",
            )
        )
        text = _BAD_CONTROL.sub("", text)
    text = unicodedata.normalize("NFC", text)
    return text, notes


def _clean_bytes(raw: bytes, utf8: bool) -> bool:
    """Whether text decoded from ``raw`` (UTF-8, or cp1252 / latin-1) is free of the characters
    :data:`_BAD_CONTROL` finds; a byte-table pass and a memchr are ~10x faster than that regex.

    Those codecs map the controls to themselves; strict UTF-8 refuses surrogates, and U+FFFE
    and U+FFFF have one UTF-8 form each, which starts with the rare byte 0xEF.
    """
    if b"\x00" in raw.translate(_CONTROLS_TO_ZERO):
        return False
    if not utf8 or b"\xef" not in raw:
        return True
    return b"\xef\xbf\xbe" not in raw and b"\xef\xbf\xbf" not in raw


def _decode_without_bom(data: bytes, notes: list[Diagnostic]) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    if b"\x00" in data[:4096]:
        raise _binary_error(data.decode("latin-1"), data.index(b"\x00"))
    prefix = data[:first_bad].decode("utf-8", errors="replace")
    line, column = _position(prefix, len(prefix))
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = data.decode("latin-1")
        used = "latin-1"
    else:
        used = "cp1252"
    notes.append(
        Diagnostic(
            Level.WARNING,
            "W101",
            f"the file is not UTF-8 (first invalid byte here); decoded it as {used}",
            line=line,
            column=column,
            hint="check accented letters and quotes in the output, or save the file as UTF-8",
        )
    )
    return text


def _binary_error(text: str, offset: int) -> InputError:
    line, column = _position(text, offset)
    return InputError(
        "this looks like a binary file, not a text record",
        line=line,
        column=column,
        hint="convert the document to plain text first (copy the page text into a .txt file)",
    )


def _refuse_binary(text: str) -> None:
    bad = _BAD_CONTROL.search(text)
    if bad is None:
        return
    count = len(_BAD_CONTROL.findall(text, 0, min(len(text), 65536)))
    if "\x00" in text or count > max(2, _BINARY_SHARE * min(len(text), 65536)):
        raise _binary_error(text, bad.start())
