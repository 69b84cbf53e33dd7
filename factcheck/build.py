"""Which build of factcheck is running: extractors compiled with mypyc, or pure Python.

A compiled build (``FACTCHECK_COMPILE=1 pip install .``, see setup.py) gives the same claims
about a quarter faster; `factcheck --version` and the benchmarks say which one ran.
"""

from __future__ import annotations

import importlib
import pkgutil
from importlib.machinery import EXTENSION_SUFFIXES


def compiled() -> bool:
    """Whether the extractors were imported from compiled extension modules."""
    from factcheck.extract import base

    return (base.__file__ or "").endswith(tuple(EXTENSION_SUFFIXES))


def describe() -> str:
    """The build in a few words, for `--version` and benchmark reports."""
    return "extractors compiled with mypyc" if compiled() else "pure Python"


def interpreted() -> list[str]:
    """Modules of the compiled set (setup.py: `factcheck.text` and every module under
    `factcheck.extract`) that were imported from Python source: none in a compiled build."""
    import factcheck.extract

    names = ["factcheck.text", "factcheck.extract"] + [
        m.name for m in pkgutil.walk_packages(factcheck.extract.__path__, "factcheck.extract.")]
    return sorted(n for n in names
                  if not (importlib.import_module(n).__file__ or "").endswith(
                      tuple(EXTENSION_SUFFIXES)))
