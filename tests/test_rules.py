"""Rule files and vocabularies: validation with file:line, plugins, and the rule case files."""

from __future__ import annotations

import sys
import textwrap
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

from factcheck import checks
from factcheck.corpus import Corpus, assign_reference_dates, make_article
from factcheck.engine import check
from factcheck.errors import RuleFileError
from factcheck.rules import load_rule_file, load_rules, load_vocabulary
from factcheck.schema import claims_frame

ROOT = Path(__file__).resolve().parent.parent
RULES = ROOT / "rules"
CASES = Path(__file__).parent / "rules_cases"


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")
    return path


# --- shipped rules --------------------------------------------------------------------------


def test_shipped_rules_load_sorted_with_vocabulary() -> None:
    ruleset = load_rules(RULES)
    ids = [r.id for r in ruleset.rules]
    assert ids == sorted(ids)
    assert {"event-date-agreement", "figure-agreement", "names"} <= set(ids)
    for rule in ruleset.rules:
        assert rule.check in checks.names()
        assert rule.level in ("error", "warning", "info")
        assert rule.description, f"{rule.id} has no description"
        assert Path(rule.path).stem == rule.id
    vocab = ruleset.vocabulary
    assert vocab.names["yeongbingwan"] == "place"
    assert vocab.canonical("Akasaka  Palace") == vocab.canonical("yeongbingwan") is not None
    assert vocab.rates["USD"] == 1.0 and vocab.rates["GBP"] > 1


def test_every_builtin_check_declares_typed_options() -> None:
    for name in ("date-agreement", "value-agreement", "naming", "arithmetic",
                 "quote-consistency", "weekday-of-date"):
        spec = checks.get(name)
        assert spec is not None
        for option in spec.options:
            assert option.accepts(option.default), (name, option.name)


# --- validation errors ----------------------------------------------------------------------


def test_unknown_key_names_file_line_and_valid_keys(tmp_path: Path) -> None:
    path = write(tmp_path, "dates.yaml", """
        extends: date-agreement
        level: error
        tolerence_days: 2
        """)
    with pytest.raises(RuleFileError) as err:
        load_rules(tmp_path)
    assert err.value.path == str(path)
    assert err.value.line == 3
    text = str(err.value)
    assert text.startswith(f"{path}:3: ")
    assert "tolerence_days" in text and "tolerance_days" in text and "extends" in text
    assert "\n" not in text


def test_bad_yaml_gives_the_yaml_error_line(tmp_path: Path) -> None:
    path = write(tmp_path, "broken.yaml", """
        extends: value-agreement
        level: error
        message: "unclosed
        select: {kind: [money]}
        """)
    with pytest.raises(RuleFileError) as err:
        load_rule_file(path)
    assert err.value.path == str(path)
    assert err.value.line is not None and 3 <= err.value.line <= 5
    assert "invalid YAML" in str(err.value)


def test_missing_rules_folder(tmp_path: Path) -> None:
    with pytest.raises(RuleFileError) as err:
        load_rules(tmp_path / "nope")
    assert "nope" in str(err.value)


@pytest.mark.parametrize(
    ("body", "line", "words"),
    [
        ("level: error\n", 1, "missing 'extends:'"),
        ("extends: date-agrement\n", 1, "unknown check"),
        ("extends: date-agreement\nlevel: fatal\n", 2, "level"),
        ("extends: date-agreement\ntolerance_days: two\n", 2, "int"),
        ("extends: value-agreement\nselect:\n  kinds: [money]\n", 3, "valid keys: kind"),
        ("extends: value-agreement\nselect: {kind: [cash]}\n", 2, "unknown kind"),
        ("extends: naming\nlevel: info\nlevel: error\n", 3, "twice"),
        ("- extends: naming\n", 1, "mapping"),
        ("extends: naming\nenabled: maybe\n", 2, "bool"),
        ("extends: naming\nlevel: info\nmessage: '{source} differ'\n", 3, "{sources}"),
        ("extends: naming\nmessage: '{sources differ'\n", 2, "template"),
    ],
)
def test_invalid_rule_files(tmp_path: Path, body: str, line: int, words: str) -> None:
    path = write(tmp_path, "r.yaml", body)
    with pytest.raises(RuleFileError) as err:
        load_rule_file(path)
    assert err.value.line == line
    assert words in str(err.value)


def test_defaults_filled_and_options_kept(tmp_path: Path) -> None:
    write(tmp_path, "loose-dates.yaml", """
        extends: date-agreement
        tolerance_days: 1
        """)
    rule = load_rules(tmp_path).rule("loose-dates")
    assert rule.level == "error"
    assert rule.option("tolerance_days") == 1
    assert rule.option("report_consistent") is True
    assert rule.select["kind"] == ("date", "time")


# --- vocabulary -----------------------------------------------------------------------------


def test_vocabulary_files(tmp_path: Path) -> None:
    vocab_dir = tmp_path / "vocabulary"
    write(vocab_dir, "aliases.yaml", """
        - kind: person
          names: [Lee Jae-myung, Lee Jae Myung, 이재명]
        """)
    write(vocab_dir, "events.yaml", """
        ceasefire:
          triggers: [ceasefire, truce, halt to the fighting]
        """)
    write(vocab_dir, "rates.yaml", """
        base: EUR
        rates: {USD: 0.9}
        """)
    vocab = load_vocabulary(vocab_dir)
    assert vocab.canonical("lee jae myung") == "Lee Jae-myung"
    assert vocab.names["이재명"] == "person"
    assert vocab.events["ceasefire"] == ("ceasefire", "truce", "halt to the fighting")
    assert vocab.rates == {"USD": 0.9, "EUR": 1.0} and vocab.rates_base == "EUR"


@pytest.mark.parametrize(
    ("name", "body", "line", "words"),
    [
        ("aliases.yaml", "- kind: city\n  names: [A, B]\n", 1, "kind"),
        ("aliases.yaml", "- kind: place\n  names: [Only]\n", 1, "two or more"),
        ("aliases.yaml", "- kind: place\n  name: [A, B]\n", 2, "unknown key 'name'"),
        ("events.yaml", "vote:\n  trigers: [vote]\n", 1, "trigger"),
        ("rates.yaml", "base: USD\nrates:\n  GBP: -1\n", 3, "positive"),
        ("rates.yaml", "bsae: USD\n", 1, "unknown key 'bsae'"),
    ],
)
def test_invalid_vocabulary(tmp_path: Path, name: str, body: str, line: int, words: str) -> None:
    write(tmp_path / "vocabulary", name, body)
    with pytest.raises(RuleFileError) as err:
        load_rules(tmp_path)
    assert err.value.line == line
    assert words in str(err.value)
    assert str(err.value.path).endswith(name)


def test_unknown_vocabulary_file_is_an_error(tmp_path: Path) -> None:
    write(tmp_path / "vocabulary", "places.yaml", "- a\n")
    with pytest.raises(RuleFileError, match="unknown vocabulary file"):
        load_rules(tmp_path)


# --- custom checks --------------------------------------------------------------------------


def test_custom_check_from_pyproject(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path, "pyproject.toml", """
        [tool.factcheck]
        checks = ["my_fc_checks"]
        """)
    write(tmp_path, "my_fc_checks.py", """
        from factcheck.checks import Option, register

        @register("always-quiet", options=[Option("volume", "int", 0)])
        def always_quiet(ctx, rule):
            return []
        """)
    write(tmp_path / "rules", "quiet.yaml", """
        extends: always-quiet
        volume: 3
        """)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(sys, "path", list(sys.path))
    try:
        ruleset = load_rules(tmp_path / "rules")
        assert ruleset.rule("quiet").check == "always-quiet"
        assert ruleset.rule("quiet").option("volume") == 3
        write(tmp_path / "rules", "loud.yaml", "extends: always-quiet\nvolume: loud\n")
        with pytest.raises(RuleFileError, match="int"):
            load_rules(tmp_path / "rules")
    finally:
        checks.REGISTRY.pop("always-quiet", None)
        sys.modules.pop("my_fc_checks", None)


def test_missing_plugin_module_is_a_rule_file_error(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path, "pyproject.toml", '[tool.factcheck]\nchecks = ["no_such_module_xyz"]\n')
    (tmp_path / "rules").mkdir()
    monkeypatch.chdir(tmp_path)
    with pytest.raises(RuleFileError, match="no_such_module_xyz"):
        load_rules(tmp_path / "rules")


# --- rule case files (semgrep style: articles in, expected findings out) --------------------


def _cases() -> list[Any]:
    params = []
    for path in sorted(CASES.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for i, case in enumerate(data["cases"]):
            params.append(pytest.param(data["rule"], case, id=f"{path.stem}:{i}:{case['name']}"))
    return params


def _corpus(articles: dict[str, Any]) -> Corpus:
    """Articles of a case: text (and a published date); with `claims:` the text may be empty."""
    built = []
    for doc, spec in articles.items():
        spec = {"text": spec} if isinstance(spec, str) else spec
        meta = {"published": date.fromisoformat(str(spec["published"]))} \
            if spec.get("published") else {}
        built.append(make_article(doc, spec.get("text") or " ", f"{doc}.txt", meta, 1))
    return Corpus("case", tuple(sorted(assign_reference_dates(built), key=lambda a: a.id)))


def _claims(rows: list[dict[str, Any]]) -> Any:
    """A claims table from a case's rows; frame columns (event, role, head) are kept."""
    table = claims_frame(rows)
    for column in ("event", "role", "head", "places"):
        if any(column in r for r in rows):
            table[column] = [r.get(column, "") for r in rows]
    return table


@pytest.mark.parametrize(("rule_id", "case"), _cases())
def test_rule_case(rule_id: str, case: dict[str, Any]) -> None:
    ruleset = load_rules(RULES)
    only = type(ruleset)(rules=(ruleset.rule(rule_id),), vocabulary=ruleset.vocabulary)
    claims = _claims(case["claims"]) if "claims" in case else None
    result = check(_corpus(case["articles"]), only, claims=claims)
    found = sorted((f.verdict, tuple(f.docs)) for f in result.findings)
    expected = sorted((e["verdict"], tuple(sorted(e["docs"]))) for e in case["expect"])
    assert found == expected, [f"{f.verdict}: {f.message} | {f.reasoning}"
                               for f in result.findings]


def test_custom_check_from_an_entry_point(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib.metadata

    from factcheck import rules as rules_module

    loaded: list[str] = []

    class FakeEntry:
        value = "fake_plugin:checks"

        def load(self) -> None:
            loaded.append(self.value)

            @checks.register("from-entry-point")
            def _quiet(ctx: Any, rule: Any) -> list[Any]:
                return []

    def entry_points(group: str) -> list[FakeEntry]:
        return [FakeEntry()] if group == "factcheck.checks" else []

    monkeypatch.setattr(importlib.metadata, "entry_points", entry_points)
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "rules", "ep.yaml", "extends: from-entry-point\n")
    try:
        assert load_rules(tmp_path / "rules").rule("ep").check == "from-entry-point"
        assert loaded == ["fake_plugin:checks"]
        assert rules_module.ENTRY_POINT_GROUP == "factcheck.checks"
    finally:
        checks.REGISTRY.pop("from-entry-point", None)
