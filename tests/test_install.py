"""The package as users install it: a wheel and an sdist, installed into fresh environments.

The commands read schemas, stylesheets and templates at run time; a checkout has them where a
walk up from ``__file__`` finds them, an installed package only where it ships them. So these
tests build the release files from the tracked files alone (what a clean clone holds), install
them (not editable) into new virtual environments, and run every command from a folder outside
the checkout, comparing the outputs byte for byte with the checkout's own run.

They need PyPI (to install the dependencies into the new environments, as ``pip install``
does for a user) and take a minute or two; they run in ``make test`` like the rest.
"""

from __future__ import annotations

import filecmp
import os
import shutil
import subprocess
import sys
import venv
import zipfile
from pathlib import Path
from typing import Any

import pytest

from tests.support import ROOT, SEED_TXT

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("install")]

SAMPLE = ROOT / "editions" / "sample"

RESOURCES = {
    "tei/schemas/tei_edition.xsd",
    "tei/schemas/xml.xsd",
    "tei/xslt/tei-html.xsl",
    "tei/xslt/tei-text.xsl",
    "tei/xslt/tei-common.xsl",
    "tei/docs/encoding.md",
    "tei/py.typed",
}
"""Files the commands read at run time, beside the templates and modules checked below."""


def _run(args: list[str | Path], cwd: Path, **kw: object) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    return subprocess.run(
        [str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True, **kw
    )  # type: ignore[call-overload, no-any-return]


def _tracked_files() -> list[str]:
    out = _run(["git", "ls-files", "-z"], ROOT, check=True).stdout
    return [name for name in out.split("\0") if name]


@pytest.fixture(scope="session")
def release(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """sdist and wheel built from a copy of the tracked files, and a wheel built from the sdist."""
    base = tmp_path_factory.mktemp("release")
    clone = base / "clone"
    for name in _tracked_files():
        target = clone / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, target, follow_symlinks=False)
    dist, direct = base / "dist", base / "direct"
    build = [sys.executable, "-m", "build", "--no-isolation", "--outdir"]
    # The default: an sdist, then the wheel built from that sdist (what pip does with it).
    done = _run([*build, dist, clone], base)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    done = _run([*build, direct, "--wheel", clone], base)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    # A repository of the same files, for README's recipe: pip install git+<repository url>.
    git = ["git", "-c", "user.name=test", "-c", "user.email=test@example.org"]
    for args in (["init", "-q"], ["add", "-A"], ["commit", "-q", "-m", "release test"]):
        done = _run([*git, *args], clone)
        assert done.returncode == 0, done.stderr
    (sdist,) = dist.glob("*.tar.gz")
    (wheel,) = dist.glob("*.whl")
    (direct_wheel,) = direct.glob("*.whl")
    return {
        "sdist": sdist,
        "wheel": wheel,
        "direct": direct_wheel,
        "git": f"git+{clone.as_uri()}",
    }


def _install(target: Path, package: Path | str) -> Path:
    """A fresh virtual environment with ``package`` installed as a user would (not editable)."""
    venv.EnvBuilder(with_pip=True, clear=True).create(target)
    done = _run([target / "bin" / "python", "-m", "pip", "install", "-q", str(package)], target)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    return target / "bin" / "tei"


def test_release_files_pass_twine_check(release: dict[str, Any]) -> None:
    done = _run([sys.executable, "-m", "twine", "check", "--strict", release["sdist"],
                 release["wheel"]], ROOT)  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr


def test_wheel_holds_every_module_and_resource(release: dict[str, Any]) -> None:
    with zipfile.ZipFile(release["wheel"]) as whl:
        names = set(whl.namelist())
    tracked = _tracked_files()
    modules = {n for n in tracked if n.startswith("tei/") and n.endswith(".py")}
    templates = {
        n for n in tracked if n.startswith(("tei/site/templates/", "tei/render/templates/"))
    }
    missing = (modules | templates | RESOURCES) - names
    assert not missing, sorted(missing)
    # The optional mypyc build stays out of the default wheel: it is plain Python everywhere.
    assert not [n for n in names if n.endswith((".so", ".pyd", ".c"))]
    assert not [n for n in names if "/tests/" in n or n.startswith(("tests/", "benchmarks/"))]


def test_sdist_builds_the_same_wheel(release: dict[str, Any]) -> None:
    with zipfile.ZipFile(release["wheel"]) as a, zipfile.ZipFile(release["direct"]) as b:
        assert sorted(a.namelist()) == sorted(b.namelist())
        for name in a.namelist():
            if not name.endswith("RECORD"):
                assert a.read(name) == b.read(name), name


def _commands(tei: Path | str, work: Path) -> dict[str, tuple[int, str]]:
    """Every command on the seed and the sample edition, run in ``work``; exit codes and stdout."""
    shutil.copy2(SEED_TXT, work / "seed.txt")
    shutil.copytree(SAMPLE, work / "edition", ignore=shutil.ignore_patterns(".tei-cache"))
    runs = {
        "convert": [tei, "convert", "seed.txt", "-o", "seed.xml"],
        "validate": [tei, "validate", "seed.xml"],
        "html": [tei, "render", "seed.xml", "--to", "html", "-o", "seed.html"],
        "reading": [tei, "render", "seed.xml", "--to", "text", "--view", "reading"],
        "diplomatic": [tei, "render", "seed.xml", "--to", "text", "--view", "diplomatic"],
        "build": [tei, "build", "edition", "-o", "site", "--jobs", "1"],
    }
    results = {}
    for name, args in runs.items():
        done = _run(args, work, timeout=600)
        results[name] = (done.returncode, done.stdout if name != "build" else "")
        assert done.returncode == 0, (name, done.stdout[-2000:], done.stderr[-2000:])
        assert "Traceback" not in done.stderr, done.stderr
    return results


def _same_tree(a: Path, b: Path) -> list[str]:
    """Paths below ``a`` and ``b`` that differ (missing on one side, or other bytes)."""
    files_a = {p.relative_to(a).as_posix() for p in a.rglob("*") if p.is_file()}
    files_b = {p.relative_to(b).as_posix() for p in b.rglob("*") if p.is_file()}
    differ = sorted(files_a ^ files_b)
    for name in sorted(files_a & files_b):
        if not filecmp.cmp(a / name, b / name, shallow=False):
            differ.append(name)
    return differ


@pytest.fixture(scope="session")
def checkout_run(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[Path, dict[str, tuple[int, str]]]:
    """The same commands run by the checkout's own ``tei`` (the development install)."""
    work = tmp_path_factory.mktemp("checkout-run")
    tei = shutil.which("tei", path=str(Path(sys.executable).parent))
    assert tei, "the development install has no tei command"
    return work, _commands(tei, work)


@pytest.mark.parametrize("kind", ["wheel", "sdist", "git"])
def test_installed_package_runs_every_command_outside_the_checkout(
    kind: str,
    release: dict[str, Any],
    checkout_run: tuple[Path, dict[str, tuple[int, str]]],
    tmp_path: Path,
) -> None:
    checkout, expected = checkout_run
    tei = _install(tmp_path / "venv", release[kind])
    work = tmp_path / "work"
    work.mkdir()
    results = _commands(tei, work)
    assert "<TEI" in (work / "seed.xml").read_text("utf-8")
    assert results["reading"][1].strip() and results["diplomatic"][1].strip()
    assert (work / "site" / "index.html").is_file()
    assert (work / "site" / "pagefind").is_dir()
    assert results == expected
    assert _same_tree(work / "site", checkout / "site") == []
    for name in ("seed.xml", "seed.html"):
        assert (work / name).read_bytes() == (checkout / name).read_bytes(), name
    # The build keeps its state beside the edition, not in the published site.
    assert not [p for p in (work / "site").rglob(".*") if p.is_file()]
    assert list((work / "edition" / ".tei-cache").glob("site-*.json"))
