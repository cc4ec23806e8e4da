"""Build hook: pure Python by default; ``TEI_NATIVE=1`` compiles the converter with mypyc.

The converter's three stages (``tei/read``, ``tei/people``, ``tei/encode``) are plain, fully
typed Python (``mypy --strict``), which mypyc turns into C extensions that give the same output
about 1.5x faster (see benchmarks/convert.py). The compiled build is optional: it needs a C
compiler and mypy, and everything works without it. ``make`` builds it in place
(``make native``); ``make pure`` removes it.
"""

import os
from pathlib import Path

from setuptools import setup

NATIVE_PACKAGES = ("read", "people", "encode")

ext_modules = []
if os.environ.get("TEI_NATIVE") == "1":
    from mypyc.build import mypycify

    sources = sorted(
        str(path) for name in NATIVE_PACKAGES for path in Path("tei", name).glob("*.py")
    )
    # One shared library inside the package (not at the top level, where an installed package
    # could not import it).
    ext_modules = mypycify(sources, opt_level="3", group_name="tei._converter")

setup(ext_modules=ext_modules)
