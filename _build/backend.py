"""The PEP 517 build backend: setuptools', with mypy (for mypyc) as a build requirement
when FACTCHECK_COMPILE=1 asks for a compiled build (see setup.py)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from setuptools import build_meta as _setuptools
from setuptools.build_meta import *  # noqa: F403  (the backend's other hooks, unchanged)

# The mypy release the compiled build is checked with (`bash .ci/compiled`).
MYPYC = "mypy==2.4.1"
_FLAG = "FACTCHECK_COMPILE"


def _compiling() -> bool:
    return os.environ.get(_FLAG, "") == "1"


@contextmanager
def _as_pure_build() -> Iterator[None]:
    # setuptools runs setup.py to list its requirements, before they are installed: there
    # it must not reach for mypyc yet.
    flag = os.environ.pop(_FLAG)
    try:
        yield
    finally:
        os.environ[_FLAG] = flag


def get_requires_for_build_wheel(config_settings: dict[str, Any] | None = None) -> list[str]:
    if not _compiling():
        return _setuptools.get_requires_for_build_wheel(config_settings)
    with _as_pure_build():
        return [*_setuptools.get_requires_for_build_wheel(config_settings), MYPYC]


def get_requires_for_build_editable(config_settings: dict[str, Any] | None = None) -> list[str]:
    if _compiling():
        # An editable install would put the compiled modules beside the sources, where they
        # would shadow every later edit of them.
        raise SystemExit(f"factcheck: {_FLAG}=1 builds a wheel, not an editable install; "
                         "install with `pip install .` (without -e)")
    return _setuptools.get_requires_for_build_editable(config_settings)
