"""Build script: the package is pure Python unless FACTCHECK_COMPILE=1 asks for the
extractors compiled with mypyc (about a quarter faster; see README, "A faster build").

Everything else about the package is declared in pyproject.toml.
"""

from __future__ import annotations

import os

from setuptools import setup

# The extraction pass (`factcheck.extract` and the text helpers it calls): the time of a
# `factcheck run` is spent there. The rest gains little and stays interpreted.
COMPILED = ["factcheck/text.py", "factcheck/extract/"]


def _ext_modules() -> list:
    if os.environ.get("FACTCHECK_COMPILE", "") != "1":
        return []
    from mypyc.build import mypycify  # a build requirement only when compiling

    return mypycify(COMPILED, opt_level="3")


setup(ext_modules=_ext_modules())
