"""Tests for the review file: decisions, classification, failing level, locking merge, aliases."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.errors import ConfigError, ReviewFileError, RuleFileError
from factcheck.review import (
    Decision,
    ReviewState,
    add_alias,
    classify,
    decide,
    default_review_path,
    default_reviewer,
    dump_review,
    failing,
    load_review,
    parse_alias,
    parse_review,
    prune,
    resolve_ids,
    save_changes,
    undecide,
)
from factcheck.schema import ClaimRef, Finding


def finding(rule: str = "seat-count", a: float = 316.0, b: float = 310.0,
            severity: str = "error", verdict: str = "contradiction",
            subject: str = "LDP seats") -> Finding:
    return Finding(
        rule=rule, verdict=verdict, severity=severity, message=f"{a} or {b} seats",
        reasoning="the counts differ",
        claims=(ClaimRef("a", 10, 13, str(int(a)), a, "number"),
                ClaimRef("b", 20, 23, str(int(b)), b, "number")),
        subject=subject)


def test_missing_file_is_an_empty_state(tmp_path: Path) -> None:
    state = load_review(tmp_path / "none.yaml")
    assert state.decisions == {}
    assert state.status("abc") == "new"


def test_decide_writes_a_sorted_readable_file_and_loads_back(tmp_path: Path) -> None:
    path = tmp_path / "factcheck.review.yaml"
    f1, f2 = finding(), finding(rule="other", severity="warning")
    decide(path, [f2.id[:6]], "dismissed", "Ann", "misread", findings=[f1, f2])
    decide(path, [f1.id], "accepted", "Bob", "real: the desk confirmed", findings=[f1, f2])
    text = path.read_text()
    assert text.startswith("#")
    ids = list(yaml.safe_load(text)["decisions"])
    assert ids == sorted(ids) == sorted([f1.id, f2.id])
    state = load_review(path)
    one = state.get(f1.id)
    assert one is not None
    assert (one.status, one.by, one.note, one.rule, one.subject) == (
        "accepted", "Bob", "real: the desk confirmed", "seat-count", "LDP seats")
    assert one.at.endswith("Z") and "T" in one.at
    assert "316" in one.summary and "[a, b]" in one.summary
    assert state.status(f2.id) == "dismissed"
    # Saving the same state again gives the same bytes.
    assert dump_review(state.decisions) == text


def test_all_digit_ids_stay_strings(tmp_path: Path) -> None:
    path = tmp_path / "r.yaml"
    save_changes(path, {"012345678901": Decision("accepted", by="x"),
                        "1e3456789012": Decision("dismissed")})
    assert set(load_review(path).decisions) == {"012345678901", "1e3456789012"}


@pytest.mark.parametrize(("text", "line", "words"), [
    ("decisions:\n  abc: [1, 2]\n", 2, "must be a mapping"),
    ("decisions:\n  abc:\n    status: maybe\n", 2, "accepted or dismissed"),
    ("decisions:\n  abc:\n    status: accepted\n    colour: red\n", 4, "unknown key 'colour'"),
    ("decisions:\n  abc: {status: accepted\n", 3, ""),
    ("decision:\n  abc: {}\n", 1, "unknown key 'decision'"),
    ("- a\n- b\n", 1, "mapping"),
])
def test_malformed_review_file_names_file_and_line(tmp_path: Path, text: str, line: int,
                                                   words: str) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(text)
    with pytest.raises(ReviewFileError) as err:
        load_review(path)
    assert str(err.value).startswith(f"{path}:{line}: ")
    assert words in str(err.value)
    assert "\n" not in str(err.value)


def test_classify_and_stale_and_prune(tmp_path: Path) -> None:
    path = tmp_path / "r.yaml"
    f1, f2, f3 = finding(), finding(rule="b"), finding(rule="c")
    decide(path, [f1.id], "accepted", "x", findings=[f1, f2, f3])
    decide(path, [f2.id], "dismissed", "x", findings=[f1, f2, f3])
    gone = finding(rule="gone")
    decide(path, [gone.id], "dismissed", "x", findings=[gone])
    split = classify([f1, f2, f3], load_review(path))
    assert (split.new, split.accepted, split.dismissed) == ([f3], [f1], [f2])
    assert [k for k, _ in split.stale] == [gone.id]
    assert prune(path, [f1, f2, f3]) == [gone.id]
    assert set(load_review(path).decisions) == {f1.id, f2.id}
    assert prune(path, [f1, f2, f3]) == []


def test_only_new_findings_at_or_above_the_level_fail(tmp_path: Path) -> None:
    err, warn, info = (finding(rule=s, severity=s) for s in ("error", "warning", "info"))
    state = ReviewState()
    assert failing([err, warn, info], state, "error") == [err]
    assert failing([err, warn, info], state, "warning") == [err, warn]
    assert failing([err, warn, info], state, "info") == [err, warn, info]
    assert failing([err, warn, info], state, "never") == []
    decided = ReviewState(decisions={err.id: Decision("accepted"), warn.id: Decision("dismissed")})
    assert failing([err, warn, info], decided, "info") == [info]
    with pytest.raises(ConfigError):
        failing([err], state, "fatal")


def test_prefixes_resolve_uniquely() -> None:
    pool = ["abc111", "abc222", "def333"]
    assert resolve_ids(["def", "ABC1"], pool) == ["def333", "abc111"]
    with pytest.raises(ConfigError, match="ambiguous"):
        resolve_ids(["abc"], pool)
    with pytest.raises(ConfigError, match="no finding id starts with"):
        resolve_ids(["zzz"], pool)


def test_decide_without_findings_takes_whole_ids(tmp_path: Path) -> None:
    path = tmp_path / "r.yaml"
    assert decide(path, ["0123456789AB"], "dismissed", "x") == ["0123456789ab"]
    with pytest.raises(ConfigError):
        decide(path, ["ffff"], "accepted", "x")  # a prefix of nothing known
    assert decide(path, ["0123"], "accepted", "x") == ["0123456789ab"]  # a decided one
    assert load_review(path).status("0123456789ab") == "accepted"


def test_undecide_reopens(tmp_path: Path) -> None:
    path = tmp_path / "r.yaml"
    f1 = finding()
    decide(path, [f1.id], "accepted", "x", findings=[f1])
    assert undecide(path, [f1.id[:4]]) == [f1.id]
    assert load_review(path).status(f1.id) == "new"


def test_a_save_keeps_what_another_reviewer_saved_meanwhile(tmp_path: Path) -> None:
    path = tmp_path / "r.yaml"
    save_changes(path, {"aaa": Decision("accepted", by="ann")})
    stale_view = load_review(path)  # reviewer B read the file, then A saved again
    save_changes(path, {"bbb": Decision("dismissed", by="ann")})
    assert stale_view.get("bbb") is None
    save_changes(path, {"ccc": Decision("accepted", by="bob")})
    assert set(load_review(path).decisions) == {"aaa", "bbb", "ccc"}


def _hammer(args: tuple[str, str, int]) -> None:
    path, who, count = args
    for i in range(count):
        save_changes(path, {f"{who}{i:04d}": Decision("accepted", by=who)})


def test_concurrent_savers_lose_nothing(tmp_path: Path) -> None:
    path = str(tmp_path / "r.yaml")
    ctx = multiprocessing.get_context("fork")
    with ctx.Pool(3) as pool:
        pool.map(_hammer, [(path, who, 25) for who in ("ann", "bob", "cat")])
    decisions = load_review(path).decisions
    assert len(decisions) == 75
    assert {d.by for d in decisions.values()} == {"ann", "bob", "cat"}
    assert not [p for p in tmp_path.iterdir() if p.suffix == ".tmp"]


def test_fingerprint_ignores_offsets_but_not_values() -> None:
    moved = Finding(**{**finding().__dict__, "claims": tuple(
        ClaimRef(c.doc, c.start + 40, c.end + 40, c.text, c.value, c.kind)
        for c in finding().claims)})
    assert moved.id == finding().id
    assert finding(a=317.0).id != finding().id


def _number_finding(text_a: str, text_b: str) -> Finding:
    """A finding over the first number each text states, as the engine cites claims."""
    from factcheck.extract import extract_claims

    refs = []
    for doc, text in (("a", text_a), ("b", text_b)):
        claims = extract_claims(text)
        row = claims[claims["kind"].isin(["number", "quantity"])].iloc[0]
        refs.append(ClaimRef(doc, int(row["start"]), int(row["end"]), str(row["text"]),
                             row["value"], str(row["kind"])))
    return Finding(rule="seat-count", verdict="contradiction", severity="error",
                   message="counts differ", reasoning="", claims=tuple(refs), subject="seats")


def test_rewrapping_keeps_a_decision_and_a_changed_number_reopens_it(tmp_path: Path) -> None:
    path = tmp_path / "r.yaml"
    a = "The ruling party won 316 seats in the lower house on Sunday, officials said."
    b = "Officials said the party took 310 seats in the lower house."
    original = _number_finding(a, b)
    decide(path, [original.id], "accepted", "ed", findings=[original])
    rewrapped = _number_finding(a.replace(" won ", " \n    won ").replace("lower ", "lower\n  "),
                                "Earlier today:\n" + b)
    assert rewrapped.claims[0].start != original.claims[0].start
    state = load_review(path)
    assert classify([rewrapped], state).accepted == [rewrapped]
    changed = _number_finding(a.replace("316", "318"), b)
    split = classify([changed], state)
    assert split.new == [changed] and [k for k, _ in split.stale] == [original.id]


def test_default_paths_and_reviewer(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert default_review_path(tmp_path) == tmp_path / "factcheck.review.yaml"
    assert default_review_path(tmp_path / "story.jsonl") == tmp_path / "story.review.yaml"
    assert default_reviewer({"FACTCHECK_REVIEWER": " Jo Ed "}) == "Jo Ed"
    monkeypatch.setenv("PATH", str(tmp_path))  # no git here: fall back to $USER
    assert default_reviewer({"USER": "jo"}) == "jo"


def test_alias_is_added_merged_sorted_and_loadable(tmp_path: Path) -> None:
    from factcheck.rules import load_vocabulary

    rules = tmp_path / "rules"
    with pytest.raises(ConfigError, match="--kind"):
        add_alias(rules, parse_alias("Yeongbingwan=Akasaka Palace"))
    path, group = add_alias(rules, parse_alias("Yeongbingwan=Akasaka Palace"), kind="place")
    assert path == rules / "vocabulary" / "aliases.yaml" and group == [
        "Yeongbingwan", "Akasaka Palace"]
    add_alias(rules, parse_alias("Liberal Democratic Party=LDP"), kind="org")
    _, group = add_alias(rules, parse_alias("akasaka  palace=State Guest House"))
    assert group == ["Yeongbingwan", "Akasaka Palace", "State Guest House"]
    entries = yaml.safe_load(path.read_text())
    assert [e["kind"] for e in entries] == ["place", "org"]  # the editors' order is kept
    vocab = load_vocabulary(rules / "vocabulary")
    assert vocab.canonical("State Guest House") == "Yeongbingwan"
    assert vocab.canonical("LDP") == "Liberal Democratic Party"
    with pytest.raises(ConfigError):
        parse_alias("LDP")
    with pytest.raises(ConfigError):
        parse_alias("LDP = ldp")
    path.write_text("{not a list}\n")
    with pytest.raises(RuleFileError):
        add_alias(rules, ["A", "B"], kind="org")


def one_line(text: str) -> str:
    return " ".join(text.split())


@settings(max_examples=50, deadline=None)
@given(st.dictionaries(
    st.text(alphabet="0123456789abcdef", min_size=12, max_size=12),
    st.builds(Decision, status=st.sampled_from(["accepted", "dismissed"]),
              by=st.text(max_size=20).map(one_line), note=st.text(max_size=60).map(one_line),
              summary=st.text(max_size=60).map(one_line)),
    max_size=5))
def test_dump_then_parse_round_trips(decisions: dict[str, Decision]) -> None:
    assert parse_review(dump_review(decisions)) == decisions


def test_alias_extends_an_entry_in_place_keeping_comments_and_order(tmp_path: Path) -> None:
    vocab = tmp_path / "vocabulary"
    vocab.mkdir()
    original = ("# most frequent first\n- kind: org  # the party\n  names: [LDP, Jiminto]\n"
                "- kind: place\n  names:\n    - State Guest House\n    - Akasaka Palace\n"
                "  note: in Tokyo\n")
    (vocab / "aliases.yaml").write_text(original)
    add_alias(tmp_path, ["akasaka palace", "Yeongbingwan"])
    text = (vocab / "aliases.yaml").read_text()
    assert text.startswith("# most frequent first\n- kind: org  # the party\n"
                           "  names: [LDP, Jiminto]\n")
    assert "[State Guest House, Akasaka Palace, Yeongbingwan]" in text
    assert text.endswith("  note: in Tokyo\n")
    from factcheck.rules import load_vocabulary

    assert load_vocabulary(vocab).canonical("yeongbingwan") == "State Guest House"
