"""Atomic writes keep the permissions a plain write would give."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest

from factcheck.fsutil import atomic_write_text


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_a_new_file_gets_the_umask_permissions(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        atomic_write_text(tmp_path / "report.md", "# Report\n")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "report.md").stat().st_mode) == 0o644
    assert (tmp_path / "report.md").read_text() == "# Report\n"
    assert [p.name for p in tmp_path.iterdir()] == ["report.md"]  # no temporary file left


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_an_existing_file_keeps_its_permissions(tmp_path: Path) -> None:
    target = tmp_path / "review.json"
    target.write_text("{}")
    target.chmod(0o600)
    atomic_write_text(target, "{\"decisions\": []}")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert target.read_text() == "{\"decisions\": []}"
