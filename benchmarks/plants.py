"""Planted contradictions: change a date or number that two articles share; does check() see it?"""

from __future__ import annotations

import argparse
import json
import random
import re
import subprocess
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pandas as pd
import yaml

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # `python benchmarks/plants.py` as well as `python -m`
    sys.path.insert(0, str(ROOT))

from factcheck.corpus import Corpus, load_corpus  # noqa: E402
from factcheck.rules import RuleSet, Vocabulary, load_rules  # noqa: E402
from factcheck.schema import Finding, normalized  # noqa: E402

STORIES_DIR = ROOT / "benchmarks" / "stories"
SEEDS_DIR = ROOT / "seeds"
RULES_DIR = ROOT / "rules"
RESULTS_DIR = ROOT / "benchmarks" / "results"

#: Claim kinds a plant may change: the dates and numbers an editor would check.
PLANTABLE_KINDS = ("date", "time", "number", "percent", "money", "quantity", "age", "duration")
_FAMILY = {"date": "temporal", "time": "temporal"}

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december")
_MONTH_ABBR = {m[:3]: i for i, m in enumerate(MONTHS)} | {"sept": 8}
SEASONS = ("spring", "summer", "autumn", "winter")
_WORD_UNITS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
               "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
               "seventeen", "eighteen", "nineteen")
_WORD_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
              "eighty": 80, "ninety": 90}
FRACTIONS = ("half", "a third", "two-thirds", "a quarter", "three-quarters")

_WEEKDAY_RE = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b", re.IGNORECASE)
_MONTH_RE = re.compile(
    r"\b(" + "|".join(MONTHS) + r"|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\b\.?",
    re.IGNORECASE)
_SEASON_RE = re.compile(r"\b(" + "|".join(SEASONS) + r"|fall)\b", re.IGNORECASE)
_YEAR_RE = re.compile(r"(?<![\d:,.])(1[89]\d\d|20\d\d)(?![\d:])")
_TIME_RE = re.compile(r"(?<![\d:])(\d{1,2}):(\d{2})(?![\d])")
_DAY_RE = re.compile(r"(?<![\d:,.$£€])(\d{1,2})(st|nd|rd|th)?(?![\d:%])")
_NUMBER_RE = re.compile(r"(?<![\d.])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d])"
                        r"|(?<![\d.,])\d+(?:\.\d+)?(?![\d])")
_WORD_NUMBER_RE = re.compile(
    r"\b(?:(" + "|".join(_WORD_TENS) + r")(?:-(one|two|three|four|five|six|seven|eight|nine))?"
    r"|(" + "|".join(_WORD_UNITS[1:]) + r"))\b", re.IGNORECASE)
_FRACTION_RE = re.compile(r"\b(" + "|".join(re.escape(f) for f in FRACTIONS)
                          + r"|one-third|one-quarter)\b", re.IGNORECASE)


# --- changing a surface ----------------------------------------------------------------------


def _same_case(template: str, word: str) -> str:
    if template.isupper() and len(template) > 1:
        return word.upper()
    if template[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def _splice(text: str, match: re.Match[str], group: int, new: str) -> str:
    return text[:match.start(group)] + new + text[match.end(group):]


def _ordinal(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def _change_weekday(surface: str, rng: random.Random) -> str | None:
    m = _WEEKDAY_RE.search(surface)
    if not m:
        return None
    old = WEEKDAYS.index(m.group(1).lower())
    new = WEEKDAYS[(old + rng.choice((1, 2, 3, 4, 5, 6))) % 7]
    return _splice(surface, m, 1, _same_case(m.group(1), new))


def _change_day(surface: str, rng: random.Random) -> str | None:
    for m in _DAY_RE.finditer(surface):
        day = int(m.group(1))
        if not 1 <= day <= 31 or _YEAR_RE.fullmatch(m.group(0)):
            continue
        shift = rng.choice((-3, -2, -1, 1, 2, 3))
        new = day + shift if 1 <= day + shift <= 28 else day - shift
        if not 1 <= new <= 31 or new == day:
            continue
        text = str(new).zfill(len(m.group(1))) if m.group(1).startswith("0") else str(new)
        suffix = m.group(2)
        if suffix:
            text += _same_case(suffix, _ordinal(new))
        return surface[:m.start()] + text + surface[m.end():]
    return None


def _change_year(surface: str, rng: random.Random) -> str | None:
    m = _YEAR_RE.search(surface)
    if not m:
        return None
    return _splice(surface, m, 1, str(int(m.group(1)) + rng.choice((-3, -2, -1, 1, 2, 3))))


def _change_month(surface: str, rng: random.Random) -> str | None:
    m = _MONTH_RE.search(surface)
    if not m:
        return None
    word = m.group(1)
    low = word.lower()
    index = MONTHS.index(low) if low in MONTHS else _MONTH_ABBR[low]
    new = MONTHS[(index + rng.choice((-2, -1, 1, 2))) % 12]
    if low not in MONTHS:
        new = new[:3]
    return _splice(surface, m, 1, _same_case(word, new))


def _change_season(surface: str, rng: random.Random) -> str | None:
    m = _SEASON_RE.search(surface)
    if not m:
        return None
    old = m.group(1).lower().replace("fall", "autumn")
    new = rng.choice([s for s in SEASONS if s != old])
    return _splice(surface, m, 1, _same_case(m.group(1), new))


def _change_time(surface: str, rng: random.Random) -> str | None:
    m = _TIME_RE.search(surface)
    if not m:
        return None
    hour, minute = int(m.group(1)), int(m.group(2))
    if hour > 23 or minute > 59:
        return None
    total = hour * 60 + minute + rng.choice((-1, 1)) * rng.choice((7, 15, 20, 35, 60, 120, 180))
    total %= 24 * 60
    h, mm = divmod(total, 60)
    if hour <= 12 and re.search(r"[ap]\.?m\b", surface, re.IGNORECASE):
        h = h % 12 or 12
    hh = str(h).zfill(len(m.group(1)))
    return surface[:m.start()] + f"{hh}:{mm:02d}" + surface[m.end():]


def perturb_value(value: float, rng: random.Random, decimals: int = 0) -> float:
    """``value`` changed by 10-50% up or down, rounded as coarsely as the original was written."""
    step = 10.0 ** -decimals
    if decimals == 0 and value >= 10:
        zeros = len(str(int(value))) - len(str(int(value)).rstrip("0"))
        step = 10.0 ** min(zeros, len(str(int(value))) - 2)
    for _ in range(20):
        factor = 1 + rng.choice((-1, 1)) * rng.uniform(0.10, 0.50)
        new = round(value * factor / step) * step
        if new > 0 and abs(new - value) >= step / 2:
            return round(new, decimals)
    return round(value + step, decimals)


def _format_like(original: str, value: float) -> str:
    decimals = len(original.split(".")[1]) if "." in original else 0
    text = f"{value:,.{decimals}f}" if "," in original else f"{value:.{decimals}f}"
    return text


def _change_number(surface: str, rng: random.Random) -> str | None:
    matches = [m for m in _NUMBER_RE.finditer(surface)
               if not _TIME_RE.search(surface[max(0, m.start() - 3):m.end() + 3])]
    if not matches:
        return None
    m = rng.choice(matches)
    raw = m.group(0)
    decimals = len(raw.split(".")[1]) if "." in raw else 0
    value = float(raw.replace(",", ""))
    new = _format_like(raw, perturb_value(value, rng, decimals))
    return surface[:m.start()] + new + surface[m.end():]


def words_to_int(word: str) -> int | None:
    """An English number word ("eleven", "thirty-three") as an int, or None."""
    low = word.lower()
    if low in _WORD_UNITS:
        return _WORD_UNITS.index(low)
    tens, _, unit = low.partition("-")
    if tens in _WORD_TENS and (not unit or unit in _WORD_UNITS[1:10]):
        return _WORD_TENS[tens] + (_WORD_UNITS.index(unit) if unit else 0)
    return None


def int_to_words(n: int) -> str:
    """1..99 as English words; anything else as digits."""
    if 0 <= n < 20:
        return _WORD_UNITS[n]
    if 20 <= n < 100:
        tens = next(w for w, v in _WORD_TENS.items() if v == n - n % 10)
        return tens + (f"-{_WORD_UNITS[n % 10]}" if n % 10 else "")
    return str(n)


def _change_word_number(surface: str, rng: random.Random) -> str | None:
    fraction = _FRACTION_RE.search(surface)
    m = next((m for m in _WORD_NUMBER_RE.finditer(surface)
              if not (fraction and fraction.start() <= m.start() < fraction.end())), None)
    if not m:
        return None
    value = words_to_int(m.group(0))
    if value is None or value <= 1:  # "one week" -> "three week" would not read as English
        return None
    new = int(perturb_value(float(value), rng)) if value >= 4 else value + rng.choice((1, 2))
    return surface[:m.start()] + _same_case(m.group(0), int_to_words(new)) + surface[m.end():]


def _change_fraction(surface: str, rng: random.Random) -> str | None:
    m = _FRACTION_RE.search(surface)
    if not m:
        return None
    old = m.group(1).lower().replace("one-third", "a third").replace("one-quarter", "a quarter")
    new = rng.choice([f for f in FRACTIONS if f != old])
    return _splice(surface, m, 1, _same_case(m.group(1), new))


#: Change kind -> function; which ones apply depends on the claim kind and the surface.
CHANGES: dict[str, Callable[[str, random.Random], str | None]] = {
    "weekday": _change_weekday,
    "day": _change_day,
    "year": _change_year,
    "month": _change_month,
    "season": _change_season,
    "time": _change_time,
    "number": _change_number,
    "word-number": _change_word_number,
    "fraction": _change_fraction,
}


def perturb(surface: str, kind: str, rng: random.Random) -> tuple[str, str] | None:
    """A realistic change of one claim's surface: (new surface, change kind), or None.

    Dates move by a few days, to another weekday, month or season, or another year; times by
    minutes to hours; numbers by 10-50% (rounded as the original was); number words and
    fractions to other ones.
    """
    if kind in ("date", "time"):
        options = ["time"] if kind == "time" else []
        options += ["weekday", "day", "day", "year", "season"]
        if not _DAY_RE.search(surface) and not _WEEKDAY_RE.search(surface):
            options.append("month")
    else:
        options = ["number", "word-number", "fraction"]
    rng.shuffle(options)
    for change in options:
        new = CHANGES[change](surface, rng)
        if new is not None and new != surface:
            return new, change
    return None


# --- plants ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Plant:
    """One planted change: in article ``doc``, ``original`` at [start, end) became ``planted``."""

    story: str
    doc: str
    start: int
    end: int
    original: str
    planted: str
    kind: str
    change: str

    @property
    def new_end(self) -> int:
        return self.start + len(self.planted)


def apply_plant(corpus: Corpus, plant: Plant) -> Corpus:
    """The corpus with the planted change made in one article (reference dates unchanged)."""
    articles = []
    for article in corpus.articles:
        if article.id == plant.doc:
            text = article.text
            if text[plant.start:plant.end] != plant.original:
                raise ValueError(f"{plant.doc}: text at {plant.start} is not {plant.original!r}")
            article = replace(article, text=text[:plant.start] + plant.planted + text[plant.end:])
        articles.append(article)
    return replace(corpus, articles=tuple(articles))


def cites(finding: Finding, doc: str, start: int, end: int) -> bool:
    """Whether a finding cites a claim overlapping [start, end) of article ``doc``."""
    return any(c.doc == doc and c.start < end and start < c.end for c in finding.claims)


def load_disagreements(path: Path = STORIES_DIR / "disagreements.yaml"
                       ) -> dict[str, list[dict[str, Any]]]:
    """The hand-labelled real disagreements of each unmodified story (story -> entries)."""
    if not path.exists():
        return {}
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return {str(k): list(v or []) for k, v in data.items()}


def real_entries(finding: Finding, entries: Sequence[dict[str, Any]]) -> set[int]:
    """The labelled disagreements a finding cites two sides of, in two different articles."""
    found = set()
    for n, entry in enumerate(entries):
        hits: set[tuple[int, str]] = set()
        for i, side in enumerate(entry["sides"]):
            for claim in finding.claims:
                if claim.doc in side["docs"] and any(t in claim.text for t in side["texts"]):
                    hits.add((i, claim.doc))
        if len({i for i, _ in hits}) >= 2 and len({d for _, d in hits}) >= 2:
            found.add(n)
    return found


def contradictions(findings: Sequence[Finding]) -> list[Finding]:
    return [f for f in findings if f.verdict == "contradiction"]


def shared_claims(claims: pd.DataFrame) -> pd.DataFrame:
    """Plantable claims whose value another article of the story states too."""
    table = claims[claims["kind"].isin(PLANTABLE_KINDS)].copy()
    if table.empty:
        return table
    table["_key"] = [f"{_FAMILY.get(k, 'numeric')}|{normalized(v)}"
                     for k, v in zip(table["kind"], table["value"], strict=True)]
    docs_per_key = table.groupby("_key")["doc"].nunique()
    shared = table[table["_key"].map(docs_per_key) >= 2]
    return shared.drop(columns="_key").reset_index(drop=True)


def choose_plants(story: str, corpus: Corpus, claims: pd.DataFrame, count: int,
                  seed: int) -> list[Plant]:
    """``count`` plants on claims stated in two or more articles; the same seed, the same plants."""
    rng = random.Random(f"{seed}:{story}")
    texts = {a.id: a.text for a in corpus.articles}
    rows: list[Any] = list(shared_claims(claims).itertuples(index=False))
    candidates = [r for r in rows if texts.get(r.doc, "")[r.start:r.end] == r.text]
    candidates.sort(key=lambda r: (r.doc, r.start, r.end))
    if not candidates:
        return []
    plants: list[Plant] = []
    seen: set[tuple[str, int, str]] = set()
    order: list[Any] = []
    attempts = 0
    while len(plants) < count and attempts < count * 20:
        attempts += 1
        if not order:
            order = list(candidates)
            rng.shuffle(order)
        row = order.pop()
        changed = perturb(str(row.text), str(row.kind), rng)
        if changed is None or (row.doc, row.start, changed[0]) in seen:
            continue
        seen.add((row.doc, row.start, changed[0]))
        plants.append(Plant(story, str(row.doc), int(row.start), int(row.end), str(row.text),
                            changed[0], str(row.kind), changed[1]))
    return plants


# --- running the engine ----------------------------------------------------------------------


def generic_ruleset(rules_dir: str | Path = RULES_DIR, vocabulary: str = "generic") -> RuleSet:
    """The shipped rules; ``generic`` keeps only the currency rates of the vocabulary.

    Names, aliases and events are story knowledge (events.yaml: "events of the story and the
    words that announce them"), which a story the engine has never seen would not have.
    ``all`` keeps the whole vocabulary, ``none`` drops the rates too.
    """
    ruleset = load_rules(rules_dir)
    vocab = ruleset.vocabulary
    if vocabulary == "generic":
        vocab = replace(vocab, names={}, aliases={}, events={})
    elif vocabulary == "none":
        vocab = Vocabulary()
    elif vocabulary != "all":
        raise ValueError(f"vocabulary must be all, generic or none, not {vocabulary!r}")
    return replace(ruleset, vocabulary=vocab)


def extract(corpus: Corpus, ruleset: RuleSet, docs: set[str] | None = None) -> pd.DataFrame:
    """The claims table of (some articles of) a corpus, as the engine extracts it."""
    from factcheck.extract import corpus_claims

    articles = [a for a in corpus.articles if docs is None or a.id in docs]
    return corpus_claims(articles, names=ruleset.vocabulary.names or None)


def with_fresh_claims(claims: pd.DataFrame, corpus: Corpus, ruleset: RuleSet,
                      doc: str) -> pd.DataFrame:
    """``claims`` with article ``doc``'s rows extracted again from its (changed) text."""
    fresh = extract(corpus, ruleset, {doc})
    kept = claims[claims["doc"] != doc]
    table = pd.concat([kept, fresh], ignore_index=True)
    return table.sort_values(["doc", "start", "end", "kind"], kind="stable").reset_index(drop=True)


def run_check(corpus: Corpus, ruleset: RuleSet, claims: pd.DataFrame | None = None) -> Any:
    from factcheck.engine import check

    return check(corpus, ruleset, claims=claims)


@dataclass
class Outcome:
    """What the engine made of one plant."""

    plant: Plant
    extracted: bool  # the changed article still yields a claim there, with another value
    in_baseline: bool  # the unchanged span was already cited by a contradiction
    detected: bool  # a contradiction cites the changed span
    paired: bool  # ... and, from another article, a claim of the value the span used to have
    false_alarms: int  # new contradictions that do not cite it
    cited_by: list[str]
    new_findings: list[str]
    seconds: float


def evaluate_plant(corpus: Corpus, ruleset: RuleSet, base_claims: pd.DataFrame,
                   baseline: Sequence[Finding], plant: Plant) -> Outcome:
    changed = apply_plant(corpus, plant)
    claims = with_fresh_claims(base_claims, changed, ruleset, plant.doc)
    t0 = time.perf_counter()
    result = run_check(changed, ruleset, claims=claims)
    seconds = time.perf_counter() - t0
    mine = claims[(claims["doc"] == plant.doc) & (claims["start"] < plant.new_end)
                  & (claims["end"] > plant.start)]
    old_value = base_claims[(base_claims["doc"] == plant.doc)
                            & (base_claims["start"] == plant.start)
                            & (base_claims["end"] == plant.end)]["value"]
    old = {normalized(v) for v in old_value}
    extracted = any(normalized(v) not in old for v in mine["value"])
    found = contradictions(result.findings)
    citing = [f for f in found if cites(f, plant.doc, plant.start, plant.new_end)]
    paired = any(c.doc != plant.doc and normalized(c.value) in old
                 for f in citing for c in f.claims)
    baseline_ids = {f.id for f in baseline}
    new = [f for f in found if f.id not in baseline_ids and f not in citing]
    in_baseline = any(cites(f, plant.doc, plant.start, plant.end) for f in baseline)
    return Outcome(plant, extracted, in_baseline, bool(citing), paired, len(new),
                   [f.rule for f in citing],
                   [f"{f.rule}: {f.message}" for f in new], seconds)


def story_paths(names: Sequence[str] | None = None) -> dict[str, Path]:
    """The stories: the bundled seeds, then every folder under benchmarks/stories."""
    found = {"seeds": SEEDS_DIR}
    for folder in sorted(p for p in STORIES_DIR.iterdir() if p.is_dir()):
        if any(f.suffix in (".txt", ".md") for f in folder.iterdir()):
            found[folder.name] = folder
    if names:
        missing = [n for n in names if n not in found]
        if missing:
            raise SystemExit(f"no such story: {', '.join(missing)} (have {', '.join(found)})")
        found = {n: found[n] for n in names}
    return found


def evaluate_story(name: str, path: Path, ruleset: RuleSet, count: int, seed: int,
                   log: Callable[[str], None] = print,
                   labelled: Sequence[dict[str, Any]] = ()) -> dict[str, Any]:
    corpus = load_corpus(path)
    base_claims = extract(corpus, ruleset)
    t0 = time.perf_counter()
    baseline = run_check(corpus, ruleset, claims=base_claims)
    base_seconds = time.perf_counter() - t0
    base_found = contradictions(baseline.findings)
    plants = choose_plants(name, corpus, base_claims, count, seed)
    outcomes = [evaluate_plant(corpus, ruleset, base_claims, base_found, p) for p in plants]
    summary = summarize(outcomes)
    real = [f for f in base_found if real_entries(f, labelled)]
    caught = set().union(*(real_entries(f, labelled) for f in base_found))
    log(f"{name}: {len(corpus.articles)} articles, {len(base_claims)} claims, "
        f"{len(shared_claims(base_claims))} shared; unmodified: {len(base_found)} "
        f"contradictions ({len(real)} real, {len(base_found) - len(real)} false alarms); "
        f"{_line(summary)}")
    return {
        "story": name,
        "articles": len(corpus.articles),
        "claims": len(base_claims),
        "shared_claims": len(shared_claims(base_claims)),
        "labelled_disagreements": len(labelled),
        "labelled_found": len(caught),
        "baseline_real": len(real),
        "baseline_false_alarms": len(base_found) - len(real),
        "baseline_contradictions": [
            {"rule": f.rule, "real": f in real, "message": f.message,
             "claims": [f"{c.doc}: {c.text}" for c in f.claims]} for f in base_found],
        "baseline_check_seconds": round(base_seconds, 3),
        "summary": summary,
        "plants": [_outcome_json(o) for o in outcomes],
    }


def _outcome_json(o: Outcome) -> dict[str, Any]:
    data = asdict(o.plant) | {k: v for k, v in asdict(o).items() if k != "plant"}
    data["seconds"] = round(o.seconds, 3)
    return data


def summarize(outcomes: Sequence[Outcome]) -> dict[str, Any]:
    """Recall (overall and over plants the extractor read) and false alarms, per claim kind."""
    def block(group: Sequence[Outcome]) -> dict[str, Any]:
        read = [o for o in group if o.extracted]
        fresh = [o for o in group if not o.in_baseline]
        return {
            "plants": len(group),
            "detected": sum(o.detected for o in group),
            "recall": _ratio(sum(o.detected for o in group), len(group)),
            "extracted": len(read),
            "recall_extracted": _ratio(sum(o.detected for o in read), len(read)),
            "on_disputed_span": len(group) - len(fresh),
            "recall_undisputed": _ratio(sum(o.detected for o in fresh), len(fresh)),
            "paired": sum(o.paired for o in group),
            "recall_paired": _ratio(sum(o.paired for o in group), len(group)),
            "false_alarms": sum(o.false_alarms for o in group),
            "plants_with_false_alarm": sum(o.false_alarms > 0 for o in group),
        }

    by_kind: dict[str, list[Outcome]] = defaultdict(list)
    by_change: dict[str, list[Outcome]] = defaultdict(list)
    for o in outcomes:
        by_kind[o.plant.kind].append(o)
        by_change[o.plant.change].append(o)
    return {
        "all": block(outcomes),
        "by_kind": {k: block(v) for k, v in sorted(by_kind.items())},
        "by_change": {k: block(v) for k, v in sorted(by_change.items())},
    }


def _ratio(a: int, b: int) -> float | None:
    return round(a / b, 3) if b else None


def _line(summary: dict[str, Any]) -> str:
    a = summary["all"]
    recall = "n/a" if a["recall"] is None else f"{a['recall']:.0%}"
    read = "n/a" if a["recall_extracted"] is None else f"{a['recall_extracted']:.0%}"
    paired = "n/a" if a["recall_paired"] is None else f"{a['recall_paired']:.0%}"
    return (f"recall {a['detected']}/{a['plants']} = {recall} (of plants the extractor read: "
            f"{read}; paired with the old value: {paired}); false alarms {a['false_alarms']} "
            f"in {a['plants_with_false_alarm']} plants")


def table(rows: list[tuple[str, dict[str, Any]]]) -> str:
    """A Markdown table of recall and false alarms."""
    out = ["| | plants | detected | recall | read by extractor | recall (read) "
           "| on an already disputed span | recall (undisputed) | recall (paired with the "
           "old value) | false alarms | plants with a false alarm |",
           "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for label, b in rows:
        def pct(x: float | None) -> str:
            return "–" if x is None else f"{x:.0%}"
        out.append(f"| {label} | {b['plants']} | {b['detected']} | {pct(b['recall'])} | "
                   f"{b['extracted']} | {pct(b['recall_extracted'])} | "
                   f"{b['on_disputed_span']} | {pct(b['recall_undisputed'])} | "
                   f"{pct(b['recall_paired'])} | "
                   f"{b['false_alarms']} | {b['plants_with_false_alarm']} |")
    return "\n".join(out)


def matrix(stories: Sequence[dict[str, Any]], overall: dict[str, Any]) -> str:
    """Story x claim kind: detected/plants in each cell, then the story's false alarms."""
    kinds = sorted(overall["by_kind"])
    out = ["| story | " + " | ".join(kinds) + " | false alarms |",
           "|---|" + "---:|" * (len(kinds) + 1)]
    for label, summary in [*((s["story"], s["summary"]) for s in stories),
                           ("**all**", overall)]:
        cells = []
        for kind in kinds:
            b = summary["by_kind"].get(kind)
            cells.append(f"{b['detected']}/{b['plants']}" if b else "–")
        out.append(f"| {label} | " + " | ".join(cells) + f" | {summary['all']['false_alarms']} |")
    return "\n".join(out)


def git_commit() -> str:
    try:
        return subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, check=True,
                              capture_output=True, text=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def command_line(subcommand: str, argv: Sequence[str] | None) -> str:
    """The command that produced a result file, as a user would type it."""
    args = list(sys.argv[1:] if argv is None else argv)
    return " ".join(["python -m benchmarks", subcommand, *args])


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks plants", description=__doc__)
    parser.add_argument("stories", nargs="*", help="story names (default: all)")
    parser.add_argument("--plants", type=int, default=40, help="plants per story (default 40)")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    parser.add_argument("--rules", default=str(RULES_DIR), help="rules folder (default rules/)")
    parser.add_argument("--vocabulary", choices=("generic", "all", "none"), default="generic",
                        help="vocabulary kept: generic keeps only currency rates (default)")
    parser.add_argument("--json", default=str(RESULTS_DIR / "plants.json"),
                        help="where to write the results (default benchmarks/results/plants.json)")
    args = parser.parse_args(argv)

    ruleset = generic_ruleset(args.rules, args.vocabulary)
    started = time.perf_counter()
    labels = load_disagreements()
    stories = [evaluate_story(name, path, ruleset, args.plants, args.seed,
                              labelled=labels.get(name, ()))
               for name, path in story_paths(args.stories).items()]
    outcomes = [Outcome(Plant(**{k: p[k] for k in Plant.__dataclass_fields__}), p["extracted"],
                        p["in_baseline"], p["detected"], p["paired"], p["false_alarms"],
                        p["cited_by"],
                        p["new_findings"], p["seconds"]) for s in stories for p in s["plants"]]
    overall = summarize(outcomes)
    print()
    rows = [(s["story"], s["summary"]["all"]) for s in stories]
    print(table([*rows, ("**all**", overall["all"])]))
    print()
    print(matrix(stories, overall))
    print()
    print(table([(k, v) for k, v in overall["by_kind"].items()]))
    print()
    print(table([(k, v) for k, v in overall["by_change"].items()]))
    baseline = {s["story"]: {"contradictions": len(s["baseline_contradictions"]),
                             "real": s["baseline_real"],
                             "false_alarms": s["baseline_false_alarms"],
                             "labelled_disagreements": s["labelled_disagreements"],
                             "labelled_found": s["labelled_found"]}
                for s in stories}
    print()
    print("| unmodified story | contradictions | real (labelled) | false alarms "
          "| labelled disagreements | of which reported |")
    print("|---|---:|---:|---:|---:|---:|")
    for story, b in [*baseline.items(), ("**all**", {k: sum(b[k] for b in baseline.values())
                                                      for k in next(iter(baseline.values()))})]:
        print(f"| {story} | {b['contradictions']} | {b['real']} | {b['false_alarms']} | "
              f"{b['labelled_disagreements']} | {b['labelled_found']} |")
    report = {
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "commit": git_commit(),
        "command": command_line("plants", argv),
        "plants_per_story": args.plants,
        "seed": args.seed,
        "vocabulary": args.vocabulary,
        "rules": [r.id for r in ruleset.rules],
        "seconds": round(time.perf_counter() - started, 1),
        "overall": overall,
        "unmodified": baseline,
        "stories": stories,
    }
    out = Path(args.json)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"\nwrote {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
