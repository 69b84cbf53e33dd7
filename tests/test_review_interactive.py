"""`factcheck review` end to end: the interactive loop in a real terminal, the flags, and reruns."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pexpect
import pytest
import yaml
from click.testing import CliRunner

import factcheck
from factcheck.review import load_review
from factcheck.review_cli import review_command

REPO_RULES = Path(factcheck.__file__).resolve().parents[1] / "rules"
ARTICLE_A = ("---\nsource: Wire A\npublished: 2026-02-09\n---\n"
             "Tokyo, February 9: Trump endorsed Takaichi on Thursday ahead of the election. "
             "The party won 316 seats.\n")
ARTICLE_B = ("---\nsource: Paper B\npublished: 2026-02-09\n---\n"
             "Trump endorsed Takaichi on Sunday ahead of the election. The party won 310 seats.\n")


@pytest.fixture()
def story(tmp_path: Path) -> Path:
    """A two-article story whose articles disagree on a date and a figure, with its own rules."""
    root = tmp_path / "story"
    root.mkdir()
    (root / "a.txt").write_text(ARTICLE_A)
    (root / "b.txt").write_text(ARTICLE_B)
    shutil.copytree(REPO_RULES, tmp_path / "rules")
    return root


def _factcheck(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "FACTCHECK_REVIEWER": "CI Bot"}
    return subprocess.run([sys.executable, "-m", "factcheck.cli", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, check=False)


def _review(story: Path, *args: str) -> tuple[int, str]:
    runner = CliRunner()
    result = runner.invoke(review_command, [str(story), "--rules", str(story.parent / "rules"),
                                            *args], env={"FACTCHECK_REVIEWER": "Flag User"})
    return result.exit_code, result.output


def _listed(output: str) -> dict[str, str]:
    """id -> state from `--list` lines."""
    rows = [line.split() for line in output.splitlines() if len(line.split()) > 3]
    return {row[0]: row[1] for row in rows if len(row[0]) == 12}


def test_flags_accept_dismiss_list_and_rerun(story: Path) -> None:
    code, out = _review(story, "--list")
    assert code == 0
    listed = _listed(out)
    assert len(listed) == 2 and set(listed.values()) == {"new"}, out
    run = _factcheck("run", str(story), "--rules", "rules", "--report", "r.md",
                     cwd=story.parent)
    assert run.returncode == 1, run.stderr
    date_id, figure_id = sorted(listed)
    code, out = _review(story, "--accept", date_id[:5], "--note", "desk confirmed",
                        "--by", "Ann Editor")
    assert code == 0 and f"accepted 1: {date_id}" in out
    code, out = _review(story, "--dismiss", figure_id[:6])
    assert code == 0
    code, out = _review(story, "--list")
    assert _listed(out) == {date_id: "accepted", figure_id: "dismissed"}
    decisions = load_review(story / "factcheck.review.yaml").decisions
    assert decisions[date_id].by == "Ann Editor" and decisions[date_id].note == "desk confirmed"
    assert decisions[figure_id].by == "Flag User"
    # The next run applies them: nothing new fails, the accepted one stays in the report.
    run = _factcheck("run", str(story), "--rules", "rules", "--report", "r.md",
                     cwd=story.parent)
    assert run.returncode == 0, run.stderr
    report = (story.parent / "r.md").read_text()
    assert "**accepted** by Ann Editor on " in report and "desk confirmed" in report
    assert "1 finding dismissed as a false alarm and hidden" in report


def test_changed_number_reopens_and_rewrapping_does_not(story: Path) -> None:
    _, out = _review(story, "--list")
    ids = sorted(_listed(out))
    assert _review(story, "--accept", ",".join(ids))[0] == 0
    # Re-flowed text (other spacing, new paragraphs, so other offsets): the decisions hold.
    # (A line break inside a sentence is not tried: text.py ends a sentence at a line break.)
    (story / "a.txt").write_text(ARTICLE_A.replace("endorsed Takaichi ", "endorsed   Takaichi ")
                                 .replace("---\nTokyo", "---\n\n\nTokyo")
                                 .replace("The party", "\n\n   The party"))
    run = _factcheck("run", str(story), "--rules", "rules", "--report", "r.md",
                     cwd=story.parent)
    assert run.returncode == 0, run.stderr + run.stdout
    _, out = _review(story, "--list")
    assert _listed(out) == dict.fromkeys(ids, "accepted")
    # A changed figure is a new finding; its old decision is stale and can be pruned.
    (story / "b.txt").write_text(ARTICLE_B.replace("310", "312"))
    run = _factcheck("run", str(story), "--rules", "rules", "--report", "r.md",
                     cwd=story.parent)
    assert run.returncode == 1
    _, out = _review(story, "--list")
    states = sorted(_listed(out).values())
    assert states == ["accepted", "new", "stale"], out
    code, out = _review(story, "--prune")
    assert code == 0 and "pruned 1 stale decision" in out
    assert len(load_review(story / "factcheck.review.yaml").decisions) == 1


def test_user_errors_are_one_line_and_exit_2(story: Path) -> None:
    (story / "factcheck.review.yaml").write_text("decisions:\n  abc:\n    status: maybe\n")
    run = _factcheck("review", str(story), "--rules", "rules", "--list", cwd=story.parent)
    assert run.returncode == 2
    assert run.stderr.strip().count("\n") == 0
    assert "factcheck.review.yaml:2: decision abc: status must be" in run.stderr
    (story / "factcheck.review.yaml").unlink()
    code, out = _review(story, "--accept", "zzzz")
    assert code == 2 and "no finding id starts with 'zzzz'" in out
    code, out = _review(story, "--alias", "LDP")
    assert code == 2 and "joined by '='" in out
    code, out = _review(story, "--note", "orphan note")
    assert code == 2 and "--note goes with" in out


def test_alias_flag_teaches_the_vocabulary(story: Path) -> None:
    code, out = _review(story, "--alias", "Jiminto=LDP")
    assert code == 0 and "Liberal Democratic Party = LDP = Jiminto" in out
    code, out = _review(story, "--alias", "Kantei=Prime Minister's Office", "--kind", "place")
    assert code == 0
    from factcheck.rules import load_rules

    vocab = load_rules(story.parent / "rules").vocabulary
    assert vocab.canonical("jiminto") == "Liberal Democratic Party"
    assert vocab.canonical("prime minister's office") == "Kantei"
    entries = yaml.safe_load((story.parent / "rules/vocabulary/aliases.yaml").read_text())
    assert entries[-1]["names"] == ["Kantei", "Prime Minister's Office"]


def _spawn(story: Path, *args: str) -> pexpect.spawn:
    env = {**os.environ, "FACTCHECK_REVIEWER": "Terminal User", "TERM": "xterm-256color",
           "COLUMNS": "120", "LINES": "50"}
    return pexpect.spawn(sys.executable, ["-m", "factcheck.cli", "review", str(story),
                                          "--rules", "rules", *args],
                         cwd=str(story.parent), env=env, encoding="utf-8", timeout=None,
                         dimensions=(50, 120))


def test_interactive_review_in_a_terminal(story: Path) -> None:
    child = _spawn(story)
    child.expect("finding 1 of 2")
    child.expect("different dates for the endorsement")
    child.expect(r"\[a\]")
    child.send("n")
    child.expect("note")
    child.sendline("checked with the desk")
    child.expect("note: checked with the desk")
    child.send("a")
    child.expect("accepted [0-9a-f]{12}")
    child.expect("finding 2 of 2")
    child.expect("different figures")
    child.send("x")
    child.expect("unknown key")
    child.send("d")
    child.expect("dismissed [0-9a-f]{12}")
    child.expect("1 accepted, 1 dismissed, 0 left undecided")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    decisions = load_review(story / "factcheck.review.yaml").decisions
    assert sorted((d.status, d.by, d.note) for d in decisions.values()) == [
        ("accepted", "Terminal User", "checked with the desk"),
        ("dismissed", "Terminal User", "")]
    assert all(d.rule and d.summary for d in decisions.values())
    # A second session has nothing left to ask; --all shows the decided ones again.
    child = _spawn(story)
    child.expect("nothing to review")
    child.expect(pexpect.EOF)
    child = _spawn(story, "--all")
    child.expect("finding 1 of 2")
    child.expect("state: accepted by Terminal User")
    child.send("q")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0


def test_interactive_skip_and_quit_keep_earlier_decisions(story: Path) -> None:
    child = _spawn(story)
    child.expect("finding 1 of 2")
    child.expect(r"\[q\]")
    child.send("s")
    child.expect("skipped")
    child.expect("finding 2 of 2")
    child.expect(r"\[q\]")
    child.send("d")
    child.expect("dismissed")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert [d.status for d in load_review(story / "factcheck.review.yaml").decisions.values()
            ] == ["dismissed"]
    child = _spawn(story)
    child.expect("finding 1 of 1")
    child.send("q")
    child.expect("0 accepted, 0 dismissed, 1 left undecided")
    child.expect(pexpect.EOF)


def test_interactive_alias_key_teaches_the_rules(tmp_path: Path) -> None:
    story = tmp_path / "names"
    story.mkdir()
    shutil.copytree(REPO_RULES, tmp_path / "rules")
    for doc, where in (("a", "the Hotel Okura"), ("b", "the Okura hotel")):
        (story / f"{doc}.txt").write_text(
            f"Prime Minister Sanae Takaichi met Treasury Secretary Scott Bessent at {where} "
            "in Tokyo on Monday.\n")
    (story / "c.txt").write_text(
        "Prime Minister Sanae Takaichi met Treasury Secretary Scott Besent in Tokyo on Monday.\n")
    child = _spawn(story)
    child.expect("Scott Besent")
    child.expect("alias: teach the rules")
    child.send("l")
    child.expect("taught .*aliases.yaml: Scott Bessent = Scott Besent")
    child.send("a")
    child.expect("accepted")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    from factcheck.rules import load_rules

    vocab = load_rules(tmp_path / "rules").vocabulary
    assert vocab.canonical("scott besent") == "Scott Bessent"
    assert vocab.names["scott besent"] == "person"


def test_review_loop_keys_without_a_terminal(tmp_path: Path) -> None:
    import io

    from rich.console import Console

    from factcheck.review import ReviewState
    from factcheck.review_tui import review_loop
    from factcheck.schema import ClaimRef, Finding

    text = "Officials said [red]Bessent[/red] met Besent *today*."
    first, second = text.index("[red]Bessent["), text.index("Besent ")
    claims = (ClaimRef("a", first, first + 13, "[red]Bessent[", "Bessent", "person"),
              ClaimRef("a", second, second + 6, "Besent", "Besent", "person"))
    variant = Finding("names", "variant", "warning", "Two spellings", "88% alike", claims,
                      subject="Bessent")
    other = Finding("figures", "contradiction", "error", "Counts differ", "", claims[:1],
                    subject="x")
    keys = iter(["n", "l", "z", "d", "a"])
    out = io.StringIO()
    session = review_loop([variant, other], ReviewState(), tmp_path / "r.yaml", "Kim",
                          {"a": text}, {"a": "Wire"}, tmp_path / "rules",
                          console=Console(file=out, width=100), getchar=lambda: next(keys),
                          ask=lambda _prompt: "  a   spelling  slip ")
    assert (session.dismissed, session.accepted) == ([variant.id], [other.id])
    assert session.aliases == ["[red]Bessent[ = Besent"]
    shown = out.getvalue()
    assert "[red]Bessent[" in shown  # article text is shown as written, never as markup
    assert "unknown key 'z'" in shown and "note: a spelling slip" in shown
    decisions = load_review(tmp_path / "r.yaml").decisions
    assert decisions[variant.id].note == "a spelling slip"
    assert decisions[other.id].note == ""

    # End of input stops the loop like q.
    def eof() -> str:
        raise EOFError

    session = review_loop([other], ReviewState(), tmp_path / "r.yaml", "Kim", {"a": text}, {},
                          console=Console(file=io.StringIO()), getchar=eof)
    assert session.quit and not session.accepted
