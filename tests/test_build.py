"""The two builds: which one runs is told, and the build backend asks for mypy only when
FACTCHECK_COMPILE=1 asks for a compiled wheel (never for an editable install)."""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from factcheck import build
from factcheck.cli import main

ROOT = Path(__file__).resolve().parents[1]


def _backend() -> ModuleType:
    spec = importlib.util.spec_from_file_location("factcheck_build_backend",
                                                  ROOT / "_build" / "backend.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_describe_names_the_build_that_runs() -> None:
    expected = "extractors compiled with mypyc" if build.compiled() else "pure Python"
    assert build.describe() == expected


def test_a_build_is_compiled_in_full_or_not_at_all() -> None:
    # every module setup.py compiles, the calendar package's included, or none of them
    interpreted = build.interpreted()
    if build.compiled():
        assert interpreted == []
    else:
        assert "factcheck.extract._calendar.scanner" in interpreted
        assert "factcheck.text" in interpreted


def test_version_names_the_build(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code in (0, None)
    assert f"({build.describe()})" in capsys.readouterr().out


def test_compiled_wheel_requires_mypy_and_lists_setuptools_needs_as_pure(
        monkeypatch: pytest.MonkeyPatch) -> None:
    backend = _backend()
    seen: list[str | None] = []

    def setuptools_requires(config_settings: Any = None) -> list[str]:
        seen.append(os.environ.get("FACTCHECK_COMPILE"))  # setup.py must not reach for mypyc
        return ["wheel"]

    monkeypatch.setattr(backend._setuptools, "get_requires_for_build_wheel", setuptools_requires)
    monkeypatch.setenv("FACTCHECK_COMPILE", "1")
    assert backend.get_requires_for_build_wheel() == ["wheel", backend.MYPYC]
    assert seen == [None]
    assert os.environ["FACTCHECK_COMPILE"] == "1"  # put back for the build itself

    monkeypatch.delenv("FACTCHECK_COMPILE")
    assert backend.get_requires_for_build_wheel() == ["wheel"]


def test_compiled_editable_install_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FACTCHECK_COMPILE", "1")
    with pytest.raises(SystemExit, match="not an editable install"):
        _backend().get_requires_for_build_editable()
