"""Hostile XML is refused before anything is expanded, read or fetched.

Each attack is tried twice: as a fixture (UTF-8, stopped by the prolog scan before libxml2 sees
it) and re-encoded as UTF-16 (the byte scan cannot read it, so the parser's own settings and the
post-parse check must hold). "Nothing fetched" is proved with a local HTTP server that counts
requests; "nothing read" with a FIFO, which blocks whoever opens it for reading.
"""

from __future__ import annotations

import http.server
import os
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from tei import xmlsafe
from tei.errors import XmlInputError
from tei.validate.check import validate_file
from tests.support import FIXTURES

HOSTILE = FIXTURES / "hostile"
CANARY = (HOSTILE / "secret.txt").read_text().strip()
ATTACKS = sorted(HOSTILE.glob("*.xml"))


@pytest.fixture
def server() -> Iterator[tuple[str, list[str]]]:
    """A local HTTP server; yields its base URL and the list of paths requested from it."""
    requests: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            requests.append(self.path)
            body = b'<!ENTITY leak "fetched">'
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    httpd = http.server.HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}", requests
    finally:
        httpd.shutdown()
        httpd.server_close()


@pytest.mark.parametrize("path", ATTACKS, ids=[p.stem for p in ATTACKS])
def test_fixture_is_refused(path: Path) -> None:
    report = validate_file(path)
    assert report.unreadable
    [diagnostic] = report.diagnostics
    assert diagnostic.code == "E120"
    assert "refused, nothing was read or fetched" in diagnostic.message
    assert diagnostic.line >= 1 and diagnostic.hint
    assert CANARY not in diagnostic.format()


@pytest.mark.parametrize("path", ATTACKS, ids=[p.stem for p in ATTACKS])
def test_utf16_is_refused(path: Path) -> None:
    text = path.read_text().replace(
        '<?xml version="1.0"?>', '<?xml version="1.0" encoding="UTF-16"?>'
    )
    with pytest.raises(XmlInputError, match="refused, nothing was read") as caught:
        xmlsafe.parse_bytes(text.encode("utf-16"), path)
    assert CANARY not in str(caught.value)


@pytest.mark.parametrize("path", ATTACKS, ids=[p.stem for p in ATTACKS])
def test_parser_layer_alone_refuses(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Defence in depth: without the prolog scan, the parser settings still refuse or stop."""
    monkeypatch.setattr(xmlsafe, "_scan_prolog", lambda data, path: None)
    with pytest.raises(XmlInputError) as caught:
        xmlsafe.parse_bytes(path.read_bytes(), path)
    assert CANARY not in str(caught.value)


def _documents(url: str) -> dict[str, str]:
    body = '<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><div><p>&x;</p></div></body></text></TEI>'
    return {
        "external dtd": f'<!DOCTYPE TEI SYSTEM "{url}/tei.dtd"><TEI xmlns="http://www.tei-c.org/ns/1.0"/>',
        "external entity": f'<!DOCTYPE TEI [<!ENTITY x SYSTEM "{url}/x">]>{body}',
        "parameter entity": f'<!DOCTYPE TEI [<!ENTITY % p SYSTEM "{url}/p.dtd"> %p;]>{body}',
    }


@pytest.mark.parametrize("scan", [True, False], ids=["scan", "parser-only"])
@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])
def test_nothing_is_fetched(
    server: tuple[str, list[str]], encoding: str, scan: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    url, requests = server
    if not scan:
        monkeypatch.setattr(xmlsafe, "_scan_prolog", lambda data, path: None)
    header = f'<?xml version="1.0" encoding="{encoding.upper()}"?>\n'
    for name, document in _documents(url).items():
        with pytest.raises(XmlInputError):
            xmlsafe.parse_bytes((header + document).encode(encoding), name)
    assert requests == []


@pytest.mark.parametrize("scan", [True, False], ids=["scan", "parser-only"])
@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])
def test_no_local_file_is_opened(
    tmp_path: Path, encoding: str, scan: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The entity names a FIFO: opening it would block, so finishing in time proves no open."""
    if not scan:
        monkeypatch.setattr(xmlsafe, "_scan_prolog", lambda data, path: None)
    fifo = tmp_path / "secret.fifo"
    os.mkfifo(fifo)
    document = (
        f'<?xml version="1.0" encoding="{encoding.upper()}"?>\n'
        f'<!DOCTYPE TEI [<!ENTITY x SYSTEM "{fifo.as_uri()}">]>'
        '<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><div><p>&x;</p></div></body></text></TEI>'
    ).encode(encoding)
    outcome: list[BaseException] = []

    def parse() -> None:
        try:
            xmlsafe.parse_bytes(document, tmp_path / "doc.xml")
        except XmlInputError as exc:
            outcome.append(exc)

    thread = threading.Thread(target=parse, daemon=True)
    thread.start()
    thread.join(timeout=10)
    if thread.is_alive():  # unblock the reader so the test process can end, then fail
        with open(fifo, "w"):
            pass
        pytest.fail("the parser opened the local file named by the entity")
    assert outcome, "the document was accepted"


def test_duplicate_ids_are_parsed_not_refused() -> None:
    """libxml2 fails a parse on duplicate xml:ids unless told not to; that is rule R001's job."""
    tree = xmlsafe.parse_bytes(
        b'<TEI xmlns="http://www.tei-c.org/ns/1.0"><p xml:id="a"/><p xml:id="a"/></TEI>'
    )
    assert len(tree.getroot()) == 2
