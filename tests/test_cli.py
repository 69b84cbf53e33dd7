"""The command line: exit codes, one-line errors, no work lost on bad input, byte-stable output."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pandas as pd
import pytest

from factcheck.cli import main

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
RULES = ROOT / "rules"


def run_cli(*args: str) -> int:
    with pytest.raises(SystemExit) as done:
        main(list(args))
    code = done.value.code
    return int(code) if code is not None else 0


def one_error_line(err: str) -> str:
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, f"expected one line, got: {err!r}"
    assert "Traceback" not in err
    return lines[0]


@pytest.fixture()
def seeds_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "story"
    folder.mkdir()
    for path in SEEDS.glob("*.txt"):
        shutil.copy(path, folder / path.name)
    return folder


def test_run_on_seeds_writes_report_and_fails_on_the_contradiction(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report, data = tmp_path / "r.md", tmp_path / "r.json"
    code = run_cli(
        "run",
        str(SEEDS),
        "--rules",
        str(RULES),
        "--report",
        str(report),
        "--json",
        str(data),
        "--review-file",
        str(tmp_path / "review.yaml"),
    )
    assert code == 1
    text = report.read_text(encoding="utf-8")
    assert "contradiction" in text.lower()
    payload = json.loads(data.read_text(encoding="utf-8"))
    finding = payload["findings"][0]
    assert {"id", "rule", "verdict", "severity", "message", "claims"} <= set(finding)
    assert {"doc", "start", "end", "text", "value"} <= set(finding["claims"][0])
    assert "->" in capsys.readouterr().err


def test_committed_seed_report_is_current(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """README command 1 (`factcheck run`, defaults) regenerates reports/seeds.md byte for byte."""
    monkeypatch.chdir(ROOT)
    report = tmp_path / "seeds.md"
    run_cli("run", "--report", str(report), "-q")
    committed = ROOT / "reports" / "seeds.md"
    assert report.read_bytes() == committed.read_bytes(), (
        "run `factcheck run` and commit reports/seeds.md"
    )


def test_same_report_whatever_the_file_order(
    tmp_path: Path, seeds_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    outputs = []
    for order, name in ((sorted, "forward"), (lambda p: sorted(p, reverse=True), "backward")):
        story = tmp_path / name / "story"
        story.mkdir(parents=True)
        for path in order(seeds_copy.iterdir()):  # files created in a different order
            shutil.copy(path, story / path.name)
        monkeypatch.chdir(tmp_path / name)
        run_cli("run", "story", "--rules", str(RULES), "--report", "r.md", "--json", "r.json", "-q")
        outputs.append(
            ((tmp_path / name / "r.md").read_bytes(), (tmp_path / name / "r.json").read_bytes())
        )
    assert outputs[0] == outputs[1]


def test_fail_on_never_exits_zero(tmp_path: Path) -> None:
    assert (
        run_cli(
            "run",
            str(SEEDS),
            "--rules",
            str(RULES),
            "--report",
            str(tmp_path / "r.md"),
            "--fail-on",
            "never",
            "-q",
        )
        == 0
    )


def test_missing_corpus_is_one_line_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_cli("run", str(tmp_path / "nope"), "--rules", str(RULES)) == 2
    line = one_error_line(capsys.readouterr().err)
    assert "nope: no such file or folder" in line


def test_broken_front_matter_exit_2_and_the_rest_is_reported(
    tmp_path: Path, seeds_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (seeds_copy / "zz_broken.md").write_text("---\ntitle: [oops\n---\nText.", encoding="utf-8")
    report = tmp_path / "r.md"
    assert run_cli("run", str(seeds_copy), "--rules", str(RULES), "--report", str(report)) == 2
    err = capsys.readouterr().err
    problem = [line for line in err.splitlines() if "error" in line]
    assert len(problem) == 1 and "zz_broken.md:2: front matter" in problem[0]
    text = report.read_text(encoding="utf-8")
    assert "zz_broken" in text  # the bad article is named in the report
    assert "contradiction" in text.lower()  # and the others were still checked


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("run", "--no-such-option"), "--no-such-option"),
        (("run", "--reference-date", "Feb 9"), "is not a date YYYY-MM-DD"),
        (("run", "--fail-on", "fatal"), "'fatal' is not one of"),
        (("frobnicate",), "No such command 'frobnicate'"),
    ],
)
def test_usage_errors_are_one_line_exit_2(
    args: tuple[str, ...], expected: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_cli(*args) == 2
    assert expected in one_error_line(capsys.readouterr().err)


def test_malformed_rule_file_names_file_and_line_and_the_other_rules_run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rules = tmp_path / "rules"
    shutil.copytree(RULES, rules)
    (rules / "bad-rule.yaml").write_text(
        "extends: date-agreement\nlevel: error\nmesage: typo here\n", encoding="utf-8"
    )
    report = tmp_path / "r.md"
    assert run_cli("run", str(SEEDS), "--rules", str(rules), "--report", str(report)) == 2
    err = capsys.readouterr().err
    problem = [line for line in err.splitlines() if "error" in line]
    assert len(problem) == 1 and "Traceback" not in err
    assert "bad-rule.yaml:3" in problem[0] and "mesage" in problem[0]
    text = report.read_text(encoding="utf-8")
    assert "bad-rule.yaml" in text  # named in the report
    assert "contradiction" in text.lower()  # and the other rules still ran


def test_malformed_rule_file_stops_factcheck_rules(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "bad.yaml").write_text("extends: [unclosed\n", encoding="utf-8")
    assert run_cli("rules", "--rules", str(rules)) == 2
    assert "bad.yaml:" in one_error_line(capsys.readouterr().err)


@pytest.mark.parametrize("suffix", [".csv", ".json", ".parquet"])
def test_claims_table_by_extension(tmp_path: Path, suffix: str) -> None:
    out = tmp_path / f"claims{suffix}"
    assert run_cli("claims", str(SEEDS), "--rules", str(RULES), "-o", str(out)) == 0
    if suffix == ".csv":
        table = pd.read_csv(out)
    elif suffix == ".json":
        table = pd.read_json(out)
    else:
        table = pd.read_parquet(out)
    assert {"doc", "start", "end", "text", "kind", "value", "unit", "low", "high"} <= set(
        table.columns
    )
    assert len(table) > 20
    assert set(table["doc"]) == {p.stem for p in SEEDS.glob("*.txt")}


def test_claims_unknown_extension(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli("claims", str(SEEDS), "-o", str(tmp_path / "claims.xlsx")) == 2
    assert "use .csv, .parquet or .json" in one_error_line(capsys.readouterr().err)


def test_help_and_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli("--help") == 0
    out = capsys.readouterr().out
    assert "factcheck run" in out and "Exit codes" in out
    assert run_cli("--version") == 0
    assert "factcheck" in capsys.readouterr().out


def test_progress_shows_in_a_terminal_for_long_runs(tmp_path: Path) -> None:
    pexpect = pytest.importorskip("pexpect")
    big = tmp_path / "big"
    big.mkdir()
    for copy in range(5):
        for path in SEEDS.glob("*.txt"):
            shutil.copy(path, big / f"{path.stem}_{copy}.txt")
    command = (f"factcheck run {big} --rules {RULES} --report {tmp_path / 'r.md'} "
               f"--review-file {tmp_path / 'review.yaml'}")
    child = pexpect.spawn(command, encoding="utf-8", timeout=None, dimensions=(24, 100))
    out = child.read()
    child.close()
    assert child.exitstatus == 1
    assert "extracting" in out and "rule " in out  # the articles, then the engine's phases
    assert (tmp_path / "r.md").exists()
