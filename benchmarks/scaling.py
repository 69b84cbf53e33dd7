"""Alignment cost: time check() on corpora grown from the seeds to 1x..100x the claims."""

from __future__ import annotations

import argparse
import json
import math
import random
import re
import sys
import time
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # `python benchmarks/scaling.py` as well as `python -m`
    sys.path.insert(0, str(ROOT))

from benchmarks.plants import (  # noqa: E402
    RESULTS_DIR,
    RULES_DIR,
    SEEDS_DIR,
    WEEKDAYS,
    command_line,
    generic_ruleset,
    git_commit,
    perturb_value,
    story_paths,
)
from factcheck.corpus import Article, Corpus, assign_reference_dates, load_corpus  # noqa: E402
from factcheck.rules import RuleSet  # noqa: E402
from factcheck.schema import NAME_KINDS  # noqa: E402

DEFAULT_SIZES = (1, 2, 5, 10, 20, 50, 100)
#: Share of numbers, weekdays and names each replica changes, so no two copies are identical.
NUMBER_SHARE = 0.3
WEEKDAY_SHARE = 0.2
NAME_SHARE = 0.3
_NUMBER = re.compile(r"(?<![\d.,:])\d{1,3}(?:,\d{3})+(?![\d,])|(?<![\d.,:])\d+(?![\d:,.])")
_WEEKDAY = re.compile(r"\b(" + "|".join(w.capitalize() for w in WEEKDAYS) + r")\b")
_SYLLABLES = ("ka", "to", "mi", "ren", "sa", "lo", "vi", "dan", "ne", "ho", "ri", "gel", "ma",
              "su", "ber", "ta", "no", "lin")


def _synthetic_name(rng: random.Random, words: int) -> str:
    return " ".join("".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()
                    for _ in range(words))


def replicate(article: Article, copy: int, names: Sequence[str], seed: int) -> Article:
    """A copy of ``article`` under a new id, with some numbers, weekdays and names changed."""
    rng = random.Random(f"{seed}:{article.id}:{copy}")
    text = article.text

    def number(m: re.Match[str]) -> str:
        if rng.random() >= NUMBER_SHARE:
            return m.group(0)
        raw = m.group(0)
        if len(raw.replace(",", "")) == 4 and raw.startswith(("19", "20")):
            return raw  # a year: moving it would move every date, not perturb a figure
        value = perturb_value(float(raw.replace(",", "")), rng)
        return f"{value:,.0f}" if "," in raw else f"{value:.0f}"

    def weekday(m: re.Match[str]) -> str:
        if rng.random() >= WEEKDAY_SHARE:
            return m.group(0)
        return rng.choice(WEEKDAYS).capitalize()

    text = _NUMBER.sub(number, text)
    text = _WEEKDAY.sub(weekday, text)
    swaps = {n: _synthetic_name(rng, len(n.split())) for n in names if rng.random() < NAME_SHARE}
    if swaps:
        pattern = re.compile(r"\b(" + "|".join(re.escape(n) for n in
                                               sorted(swaps, key=len, reverse=True)) + r")\b")
        text = pattern.sub(lambda m: swaps[m.group(0)], text)
    return replace(article, id=f"{article.id}~{copy:03d}", text=text,
                   path=f"{article.path}~{copy:03d}")


def grown_corpus(base: Corpus, size: int, names: Sequence[str], seed: int) -> Corpus:
    """``size`` copies of every article of ``base``; copy 0 is the original."""
    articles = list(base.articles)
    for copy in range(1, size):
        articles.extend(replicate(a, copy, names, seed) for a in base.articles)
    articles = assign_reference_dates(articles)
    articles.sort(key=lambda a: a.id)
    return replace(base, name=f"{base.name}x{size}", articles=tuple(articles))


def all_stories() -> Corpus:
    """Every story of the plant benchmark in one corpus (ids prefixed with the story name)."""
    articles: list[Article] = []
    for name, path in story_paths().items():
        corpus = load_corpus(path)
        articles.extend(replace(a, id=f"{name}/{a.id}") for a in corpus.articles)
    articles.sort(key=lambda a: a.id)
    return Corpus(name="stories", articles=tuple(articles))


def measure(corpus: Corpus, ruleset: RuleSet, repeat: int = 1) -> dict[str, Any]:
    """Extraction time, then check() time (framing, alignment, rules) on the extracted claims.

    Each is the fastest of ``repeat`` runs: the machine is shared, the minimum is the least
    disturbed.
    """
    from factcheck.engine import check
    from factcheck.extract import corpus_claims

    extract_times, check_times = [], []
    for _ in range(max(1, repeat)):
        t0 = time.perf_counter()
        claims = corpus_claims(corpus.articles, names=ruleset.vocabulary.names or None)
        t1 = time.perf_counter()
        result = check(corpus, ruleset, claims=claims)
        t2 = time.perf_counter()
        extract_times.append(t1 - t0)
        check_times.append(t2 - t1)
    return {
        "articles": len(corpus.articles),
        "claims": len(claims),
        "extract_seconds": round(min(extract_times), 3),
        "check_seconds": round(min(check_times), 3),
        "repeat": max(1, repeat),
        "findings": len(result.findings),
        "contradictions": sum(f.verdict == "contradiction" for f in result.findings),
    }


def per_doubling(rows: Sequence[dict[str, Any]], key: str) -> list[float | None]:
    """Time growth per doubling of the claims between consecutive sizes (2.0 = linear)."""
    out: list[float | None] = [None]
    for a, b in zip(rows, rows[1:], strict=False):
        if a[key] <= 0 or b[key] <= 0 or b["claims"] <= a["claims"]:
            out.append(None)
            continue
        doublings = math.log2(b["claims"] / a["claims"])
        out.append(round((b[key] / a[key]) ** (1 / doublings), 2))
    return out


def overall_exponent(rows: Sequence[dict[str, Any]], key: str) -> float | None:
    """Least-squares slope of log(time) against log(claims): 1.0 is linear, 2.0 quadratic."""
    points = [(math.log(r["claims"]), math.log(r[key])) for r in rows if r[key] > 0]
    if len(points) < 2:
        return None
    mx = sum(x for x, _ in points) / len(points)
    my = sum(y for _, y in points) / len(points)
    sxx = sum((x - mx) ** 2 for x, _ in points)
    return round(sum((x - mx) * (y - my) for x, y in points) / sxx, 2) if sxx else None


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks scaling", description=__doc__)
    parser.add_argument("--sizes", default=",".join(map(str, DEFAULT_SIZES)),
                        help="copies of the seeds to time (default 1,2,5,10,20,50,100)")
    parser.add_argument("--base", choices=("seeds", "stories"), default="seeds",
                        help="grow the seeds (one story) or all plant-benchmark stories together")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--rules", default=str(RULES_DIR))
    parser.add_argument("--vocabulary", choices=("generic", "all", "none"), default="all",
                        help="the seeds' own vocabulary is kept by default")
    parser.add_argument("--repeat", type=int, default=1,
                        help="time each size this many times and keep the fastest (default 1)")
    parser.add_argument("--max-seconds", type=float, default=900.0,
                        help="stop growing once one check() takes longer than this")
    parser.add_argument("--json", default=str(RESULTS_DIR / "scaling.json"))
    args = parser.parse_args(argv)

    ruleset = generic_ruleset(args.rules, args.vocabulary)
    base = load_corpus(SEEDS_DIR) if args.base == "seeds" else all_stories()
    from factcheck.extract import corpus_claims

    base_claims = corpus_claims(base.articles)
    names = sorted({str(t) for t, k in zip(base_claims["text"], base_claims["kind"], strict=True)
                    if k in NAME_KINDS and len(str(t)) > 3})
    rows: list[dict[str, Any]] = []
    for size in (int(s) for s in args.sizes.split(",")):
        corpus = grown_corpus(base, size, names, args.seed)
        row = {"size": size} | measure(corpus, ruleset, args.repeat)
        rows.append(row)
        print(f"x{size:<4} {row['articles']:>5} articles {row['claims']:>7} claims  "
              f"extract {row['extract_seconds']:>8.2f}s  check {row['check_seconds']:>8.2f}s  "
              f"findings {row['findings']:>6} (contradictions {row['contradictions']})",
              flush=True)
        if row["check_seconds"] > args.max_seconds:
            print(f"stopping: check() took over {args.max_seconds:.0f}s")
            break
    for key in ("check_seconds", "extract_seconds"):
        for row, factor in zip(rows, per_doubling(rows, key), strict=True):
            row[key.replace("_seconds", "_per_doubling")] = factor
    summary = {k: overall_exponent(rows, f"{k}_seconds") for k in ("check", "extract")}
    print()
    print("| size | articles | claims | extract s | check s | check x per doubling "
          "| check ms per 1000 claims | findings |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        f = r["check_per_doubling"]
        r["check_ms_per_1000_claims"] = round(1e6 * r["check_seconds"] / r["claims"], 1)
        print(f"| {r['size']}x | {r['articles']} | {r['claims']} | {r['extract_seconds']:.2f} | "
              f"{r['check_seconds']:.2f} | {'–' if f is None else f'{f:.2f}'} | "
              f"{r['check_ms_per_1000_claims']:.0f} | {r['findings']} |")
    if rows[-1]["claims"] > rows[0]["claims"] and rows[0]["check_seconds"] > 0:
        first, last = rows[0], rows[-1]
        doublings = math.log2(last["claims"] / first["claims"])
        mean = (last["check_seconds"] / first["check_seconds"]) ** (1 / doublings)
        summary["check_per_doubling_first_to_last"] = round(mean, 2)
        # Linear work doubles per doubling; the cost per claim is what says near-linear.
        summary["check_cost_per_claim_per_doubling"] = round(mean / 2, 2)
        print(f"\ncheck(): x{mean:.2f} per doubling from {first['claims']} to {last['claims']} "
              f"claims (cost per claim x{mean / 2:.2f} per doubling; log-log slope "
              f"{summary['check']}); extraction slope {summary['extract']}")
    report = {
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "commit": git_commit(),
        "command": command_line("scaling", argv),
        "vocabulary": args.vocabulary,
        "base": args.base,
        "replica_changes": {"numbers": NUMBER_SHARE, "weekdays": WEEKDAY_SHARE,
                            "names": NAME_SHARE},
        "rows": rows,
        "summary": summary,
    }
    out = Path(args.json)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
