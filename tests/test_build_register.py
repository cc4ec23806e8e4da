"""``tei build`` converts new records with the edition's persons register (issue 3)."""

from __future__ import annotations

import shutil
from pathlib import Path

from lxml import etree

from tei.ns import NS
from tei.site import build
from tests.support import FIXTURES

REGISTER = FIXTURES / "register"


def test_new_records_take_the_ids_of_the_register(tmp_path: Path) -> None:
    edition = tmp_path / "edition"
    (edition / "sources").mkdir(parents=True)
    (edition / "edition.toml").write_text(
        'title = "Register test"\npublisher = "tests"\nlicence = "CC0"\n'
        'base_url = "https://example.org/"\n'
    )
    shutil.copy(REGISTER / "persons.xml", edition / "persons.xml")
    for name in ("record-a.txt", "record-b.txt"):
        shutil.copy(REGISTER / name, edition / "sources" / name)
    build(edition, tmp_path / "site")
    speakers = {
        name: etree.parse(str(edition / "tei" / f"{name}.xml")).xpath(
            "//t:said/@who", namespaces=NS
        )
        for name in ("record-a", "record-b")
    }
    assert speakers == {
        "record-a": ["#kim-byeong-jik", "#pan-zili"],
        "record-b": ["#kim-byeong-jik", "#wen-dezhao"],
    }
