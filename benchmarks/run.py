"""Run factcheck and its peers over the same texts: accuracy per kind, then throughput.

    python -m benchmarks extract [--quick] [--peers dateparser,quantulum3] [--no-rt]

Prints Markdown tables and writes benchmarks/results/extract.json (extract-quick.json with
--quick).
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import json
import os
import platform
import subprocess
import sys
import time
import traceback
from collections import Counter, defaultdict
from collections.abc import Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from benchmarks.conventions import set_aside
from benchmarks.datasets import (
    CASE_KIND,
    MEASURE_SPECS,
    Doc,
    load_conformance,
    load_news,
    load_seeds,
)
from benchmarks.scoring import SCORED_KINDS, KindScore, Span, score_document, total, value_matches
from benchmarks.systems import PEER_NAMES, RTWorker, System, build_systems, rt_available
from factcheck import build

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
RESULTS = HERE / "results"


# --- accuracy --------------------------------------------------------------------------------


def scope(system: System, doc: Doc, spans: list[Span]) -> tuple[list[Span], tuple[str, ...]]:
    """The system spans and kinds that count for this document (conformance specs narrow it)."""
    if doc.considered is None:
        return spans, system.kinds
    kept = [s for s in spans if s.kind in doc.considered and s.kind in system.kinds
            and (s.measure or doc.spec not in MEASURE_SPECS)]
    if doc.relabel:
        for s in kept:
            s.kind = doc.relabel
        kinds: tuple[str, ...] = (doc.relabel,) if set(doc.considered) & set(system.kinds) else ()
    else:
        kinds = tuple(k for k in doc.considered if k in system.kinds)
    return kept, kinds


def case_agrees(gold: list[Span], spans: list[Span], kinds: Sequence[str],
                ignore: list[tuple[int, int]]) -> bool:
    """A conformance case agrees when every gold item is found with its value, nothing extra."""
    sc = score_document(gold, spans, kinds, ignore)
    t = total([sc])["all"]
    return t.recalled == t.gold and t.precise == t.system and t.value_ok == t.valued


def evaluate(system: System, docs: list[Doc], errors: Counter[str],
             misses: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    per_doc = []
    per_spec: dict[str, list[dict[str, KindScore]]] = defaultdict(list)
    cases: dict[str, Counter[str]] = defaultdict(Counter)
    for doc in docs:
        try:
            spans = system.spans(doc.text, doc.ref)
        except Exception:  # noqa: BLE001  one bad text must not end the benchmark
            errors[system.name] += 1
            if errors[system.name] <= 3:
                traceback.print_exc(limit=2, file=sys.stderr)
            spans = []
        spans, kinds = scope(system, doc, spans)
        if not kinds:
            continue
        sc = score_document(doc.gold, spans, kinds, doc.ignore)
        per_doc.append(sc)
        if doc.spec:
            per_spec[doc.spec].append(sc)
        if CASE_KIND.get(doc.rt_kind) in kinds or (doc.relabel and doc.relabel in kinds):
            cases[doc.rt_kind]["cases"] += 1
            cases[doc.rt_kind]["agree"] += case_agrees(doc.gold, spans, kinds, doc.ignore)
        if misses is not None:
            for miss in _misses(doc, spans, kinds):
                misses.append({**miss, "text_of_case": doc.text[:200]} if doc.spec else miss)
    totals = total(per_doc)
    return {"kinds": {k: v.as_dict() for k, v in totals.items()},
            "cases": {k: dict(v) for k, v in sorted(cases.items())}, "docs": len(per_doc),
            "by_spec": {spec: total(scores)["all"].as_dict()
                        for spec, scores in sorted(per_spec.items())}}


def remembering(system: System) -> System:
    """The system with its library call run once per text (scored twice: in full and with the
    conventions set aside)."""
    seen: dict[tuple[str, date], Any] = {}

    def raw(text: str, ref: date) -> Any:
        key = (text, ref)
        if key not in seen:
            seen[key] = system.raw(text, ref)
        return seen[key]

    return dataclasses.replace(system, raw=raw)


def sample_per_spec(misses: list[dict[str, Any]], limit: int) -> list[dict[str, Any]]:
    """The first ``limit`` misses of each spec: enough to read what goes wrong, a small file."""
    seen: Counter[str] = Counter()
    kept = []
    for miss in misses:
        spec = str(miss["doc"]).rsplit(":", 1)[0]
        seen[spec] += 1
        if seen[spec] <= limit:
            kept.append(miss)
    return kept


def _misses(doc: Doc, spans: list[Span], kinds: Sequence[str]) -> list[dict[str, Any]]:
    """Gold items missed or misvalued, for reading what went wrong (written to the JSON)."""
    from benchmarks.scoring import FAMILY, overlaps

    out = []
    for g in doc.gold:
        if g.kind not in kinds:
            continue
        fam = [s for s in spans if FAMILY.get(s.kind) == FAMILY[g.kind] and overlaps(s, g)]
        if not fam:
            out.append({"doc": doc.id, "text": g.text, "kind": g.kind, "problem": "missed"})
        elif g.has_value and not any(value_matches(g, s) for s in fam):
            s = fam[0]
            out.append({"doc": doc.id, "text": g.text, "kind": g.kind, "problem": "value",
                        "expected": _show(g), "got": _show(s), "got_text": s.text})
    for s in spans:
        if s.kind in kinds and not any(overlaps(s, r) for r in doc.ignore) and not any(
                FAMILY.get(g.kind) == FAMILY[s.kind] and overlaps(s, g) for g in doc.gold):
            out.append({"doc": doc.id, "text": s.text, "kind": s.kind, "problem": "extra",
                        "got": _show(s)})
    return out


def _show(s: Span) -> str:
    if s.kind == "date":
        return f"{s.low}..{s.high}"
    if s.kind == "time":
        return f"{s.low or ''} {s.hhmm}".strip()
    return f"{s.value} {s.unit or ''}".strip()


# --- throughput ------------------------------------------------------------------------------


def throughput(systems: list[System], docs: list[Doc], repeat: int,
               rt: RTWorker | None) -> dict[str, dict[str, Any]]:
    """Seconds per pass over ``docs`` for each system, best of ``repeat`` rounds.

    The in-process systems are timed in turns, one pass each per round, so that every round
    times them all under the same load (the machine is shared): a ratio taken within a round
    is not skewed by a busy spell that fell on one system only. Recognizers-Text runs in its
    own process, timed apart.
    """
    texts = [d.text for d in docs]
    size = sum(len(t.encode("utf-8")) for t in texts)
    local = [s for s in systems if not (s.name == "recognizers-text" and rt is not None)]
    for system in local:
        for doc in docs[:3]:  # warm-up: imports, models, caches
            _safe(system, doc)
    rounds: dict[str, list[float]] = {s.name: [] for s in local}
    failed: dict[str, str] = {}
    for _ in range(repeat):
        for system in local:
            if system.name in failed:
                continue
            try:
                rounds[system.name].append(_one_pass(system, docs))
            except Exception as exc:  # noqa: BLE001  one system's failure must not end the run
                failed[system.name] = f"{type(exc).__name__}: {exc}"
    out: dict[str, dict[str, Any]] = {}
    for system in systems:
        name = system.name
        try:
            if name in failed:
                raise RuntimeError(failed[name])
            if name in rounds:
                seconds, best = rounds[name], min(rounds[name])
            else:
                assert rt is not None
                seconds, best = [], rt.best_seconds(texts, docs[0].ref, repeat)
        except Exception as exc:  # noqa: BLE001
            out[name] = {"error": failed.get(name) or f"{type(exc).__name__}: {exc}"}
            continue
        out[name] = {"bytes": size, "texts": len(texts), "best_seconds": best,
                     "kb_per_s": size / 1024 / best if best > 0 else None,
                     "round_seconds": seconds}
    return out


def _one_pass(system: System, docs: list[Doc]) -> float:
    if system.name.startswith("factcheck"):
        clear_caches()  # time the work, not the memo of the previous repeat
    t0 = time.perf_counter()
    if system.name == CORPUS_SYSTEM:
        _corpus_claims(docs)
    else:
        for doc in docs:
            _safe(system, doc)
    return time.perf_counter() - t0


def round_ratios(speed: dict[str, dict[str, Any]], mine: str, theirs: str) -> list[float]:
    """``theirs`` seconds over ``mine`` seconds in each round that timed both."""
    a = speed.get(mine, {}).get("round_seconds") or []
    b = speed.get(theirs, {}).get("round_seconds") or []
    return sorted(y / x for x, y in zip(a, b, strict=False) if x > 0)


def extractors_only() -> System:
    """factcheck's extract_list: the same extraction, no claims DataFrame (timing only)."""
    from factcheck.extract import extract_list
    from factcheck.extract.base import Context

    return System("factcheck (extract_list, no table)", (),
                  lambda text, ref: extract_list(text, Context(reference_date=ref)),
                  lambda text, ref, raw: [])


CORPUS_SYSTEM = "factcheck (corpus_claims, one table)"


def corpus_system() -> System:
    """factcheck as `factcheck run` extracts: every text into one claims table (timing only)."""
    return System(CORPUS_SYSTEM, (), lambda text, ref: None, lambda text, ref, raw: [])


def _corpus_claims(docs: list[Doc]) -> None:
    from factcheck.corpus import Article
    from factcheck.extract import corpus_claims

    corpus_claims([Article(id=f"{i:05d}", text=d.text, path="", reference_date=d.ref,
                           reference_certain=True) for i, d in enumerate(docs)])


def clear_caches() -> None:
    from factcheck.extract import clear_caches as clear

    clear()


def _safe(system: System, doc: Doc) -> None:
    # Timing goes on past an exception; the accuracy run reports them.
    with contextlib.suppress(Exception):
        system.raw(doc.text, doc.ref)


# --- output ----------------------------------------------------------------------------------


def fmt(x: float | None, pct: bool = True) -> str:
    if x is None:
        return "—"
    return f"{100 * x:.1f}" if pct else f"{x:.1f}"


def accuracy_table(results: dict[str, dict[str, Any]]) -> str:
    """One Markdown table: kind x system with gold/sys counts, P, R, F1, value accuracy."""
    lines = ["| kind | system | gold | found | P % | R % | F1 % | value % |",
             "|---|---|---:|---:|---:|---:|---:|---:|"]
    for kind in (*SCORED_KINDS, "all"):
        for name, res in results.items():
            k = res["kinds"].get(kind)
            if not k or (k["gold"] == 0 and k["system"] == 0):
                continue
            lines.append(f"| {kind} | {name} | {k['gold']} | {k['system']} | "
                         f"{fmt(k['precision'])} | {fmt(k['recall'])} | {fmt(k['f1'])} | "
                         f"{fmt(k['value_accuracy'])} |")
    return "\n".join(lines)


def cases_table(results: dict[str, dict[str, Any]]) -> str:
    kinds = sorted({k for r in results.values() for k in r["cases"]})
    names = list(results)
    lines = ["| RT kind | " + " | ".join(names) + " |", "|---|" + "---:|" * len(names)]
    for kind in kinds:
        cells = []
        for name in names:
            c = results[name]["cases"].get(kind)
            cells.append(f"{c['agree']}/{c['cases']} ({100 * c['agree'] / c['cases']:.0f}%)"
                         if c else "—")
        lines.append(f"| {kind} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def speed_table(speed: dict[str, dict[str, Any]]) -> str:
    """Throughput per system, and each peer's speed as a ratio of factcheck's, both ways of
    calling it: per text (`extract_claims`) and per corpus (`corpus_claims`, as `run` does)."""
    fc = speed.get("factcheck", {}).get("kb_per_s")
    fc_corpus = speed.get(CORPUS_SYSTEM, {}).get("kb_per_s")
    lines = ["| system | texts | KB | best s | KB/s | extract_claims / system "
             "| corpus_claims / system |",
             "|---|---:|---:|---:|---:|---:|---:|"]

    def ratio(mine: float | None, theirs: float | None) -> str:
        return f"{mine / theirs:.1f}x" if mine and theirs else "—"

    for name, s in speed.items():
        if "error" in s:
            lines.append(f"| {name} | — | — | — | — | {s['error']} | |")
            continue
        own = name.startswith("factcheck")
        lines.append(f"| {name} | {s['texts']} | {s['bytes'] / 1024:.1f} | "
                     f"{s['best_seconds']:.3f} | {s['kb_per_s']:.1f} | "
                     f"{'—' if own else ratio(fc, s['kb_per_s'])} | "
                     f"{'—' if own else ratio(fc_corpus, s['kb_per_s'])} |")
    return "\n".join(lines)


def machine() -> dict[str, Any]:
    def git(*args: str) -> str:
        try:
            return subprocess.run(["git", *args], cwd=REPO, capture_output=True, text=True,
                                  timeout=30).stdout.strip()
        except OSError:
            return ""

    versions: dict[str, str | None] = {}
    for mod in ("dateparser", "datefinder", "quantulum3", "pandas"):
        try:
            from importlib.metadata import version

            versions[mod] = version(mod)
        except Exception:  # noqa: BLE001
            versions[mod] = None
    return {
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "commit": git("rev-parse", "--short", "HEAD"),
        "dirty": bool(git("status", "--porcelain", "--", "factcheck")),
        "nproc": os.cpu_count(), "python": platform.python_version(),
        # Other processes share the 2 cores here; the load shows how quiet the machine was.
        "loadavg_at_start": [round(x, 2) for x in os.getloadavg()],
        "platform": platform.platform(), "versions": versions,
        "build": build.describe(),  # pure Python, or the extractors compiled (setup.py)
    }


# --- main ------------------------------------------------------------------------------------


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("command", nargs="?", default="extract", choices=["extract"])
    p.add_argument("--quick", action="store_true",
                   help="a fast smoke run: 1 case in 10 of the suite, one timing repeat")
    p.add_argument("--peers", default=",".join(PEER_NAMES),
                   help=f"comma-separated peers (default all: {','.join(PEER_NAMES)}; '' none)")
    p.add_argument("--no-rt", action="store_true", help="skip Recognizers-Text")
    p.add_argument("--sets", default="seeds,conformance,news",
                   help="text sets to score (news is timed only; it has no gold)")
    p.add_argument("--levels", default="model,extractor,parser",
                   help="conformance levels: model (end to end), extractor (spans), parser")
    p.add_argument("--repeat", type=int, default=None,
                   help="timing rounds, each timing every system once in turn (best of N)")
    p.add_argument("--no-speed", action="store_true", help="skip the throughput measurement")
    p.add_argument("--out", type=Path, default=None, help="JSON results file")
    return p.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    peers = [p.strip() for p in args.peers.split(",") if p.strip()]
    if args.no_rt and "recognizers-text" in peers:
        peers.remove("recognizers-text")
    sets = {s.strip() for s in args.sets.split(",")}
    repeat = args.repeat or (1 if args.quick else 5)
    notes: list[str] = []

    rt = None
    if "recognizers-text" in peers:
        reason = rt_available()
        if reason:
            notes.append(f"Recognizers-Text skipped: {reason}")
        else:
            rt = RTWorker()
    systems = build_systems(peers, rt)
    meta = machine()
    sections: list[str] = []

    def show(text: str) -> None:
        print(text, flush=True)
        sections.append(text)

    show(f"# factcheck extraction benchmark — {meta['date']}, commit {meta['commit']}"
          f"{' (factcheck/ modified)' if meta['dirty'] else ''}, {meta['nproc']} cores, "
          f"Python {meta['python']}, factcheck {meta['build']}, "
          f"load average {meta['loadavg_at_start'][0]} at start\n")

    seeds = load_seeds()
    news = load_news()
    report: dict[str, Any] = {"meta": meta, "quick": args.quick, "sets": {}, "notes": notes}
    errors: Counter[str] = Counter()
    try:
        if "seeds" in sets:
            res, misses = {}, {}
            for system in systems:
                miss: list[dict[str, Any]] = []
                res[system.name] = evaluate(system, seeds, errors, miss)
                misses[system.name] = miss
            report["sets"]["seeds"] = {"results": res, "misses": misses}
            n_gold = sum(len(d.gold) for d in seeds)
            show(f"## Seeds: {len(seeds)} articles, {n_gold} gold items (benchmarks/gold/"
                  f"seeds.yaml)\n\n{accuracy_table(res)}\n")
        if "conformance" in sets:
            levels = tuple(x.strip() for x in args.levels.split(","))
            every = 10 if args.quick else 1
            for level in levels:
                docs = load_conformance((level,), every=every)
                t0 = time.perf_counter()
                res, misses, aside = {}, {}, {}
                # Only the model level is scored a second time, with the conventions set aside.
                twice = level == "model"
                aside_docs, set_apart = set_aside(docs) if twice else ([], Counter())
                for system in systems:
                    found: list[dict[str, Any]] = []
                    once = remembering(system) if twice else system
                    res[system.name] = evaluate(once, docs, errors, found)
                    misses[system.name] = sample_per_spec(found, 40)
                    if twice:
                        aside[system.name] = evaluate(once, aside_docs, Counter())
                entry: dict[str, Any] = {"results": res, "cases": len(docs),
                                         "misses (40 per spec)": misses}
                show(f"## Recognizers-Text suite, level {level}: {len(docs)} cases"
                      f"{' (1 in 10)' if every > 1 else ''} [{time.perf_counter() - t0:.0f}s]"
                      f"\n\n{accuracy_table(res)}\n\nCases agreeing in full:\n\n"
                      f"{cases_table(res)}\n")
                if aside:
                    entry["conventions set aside"] = {"gold set aside": dict(set_apart),
                                                      "results": aside}
                    listed = "; ".join(f"convention {key.replace(' ', ', ')}: {n}"
                                       for key, n in sorted(set_apart.items()))
                    show(f"### Level {level} with conventions 8, 10, 12 and 14 set aside\n\n"
                          f"Gold items set aside ({listed}) and the glued measures of RT's "
                          "number model are ignored regions: system spans over them are neither "
                          f"right nor wrong.\n\n{accuracy_table(aside)}\n")
                report["sets"][f"conformance-{level}"] = entry
        if not args.no_speed:
            corpus = (news if "news" in sets else []) + seeds
            # The extractors alone, without building the claims DataFrame: shows how much of
            # extract_claims' time is the table (diagnosis only; ratios use extract_claims).
            timed = [systems[0], corpus_system(), extractors_only(), *systems[1:]]
            speed = throughput(timed, corpus, repeat, rt)
            report["speed"] = speed
            size = sum(len(d.text.encode()) for d in corpus) / 1024
            per_round = round_ratios(speed, CORPUS_SYSTEM, "dateparser")
            spread = (f"\n\ncorpus_claims / dateparser within each round (both timed in "
                      f"it): {', '.join(f'{r:.1f}x' for r in per_round)}"
                      if per_round else "")
            show(f"## Throughput: {len(corpus)} news texts, {size:.0f} KB, best of {repeat} "
                  f"rounds (in-process systems timed in turns), one process\n\n"
                  f"{speed_table(speed)}{spread}\n")
    finally:
        if rt is not None:
            rt.close()
    if errors:
        notes.append("exceptions (texts scored as empty): " +
                     ", ".join(f"{k}: {v}" for k, v in errors.items()))
    for note in notes:
        show(f"note: {note}")
    out = args.out or RESULTS / ("extract-quick.json" if args.quick else "extract.json")
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_suffix(".tmp")
    tmp.write_text(json.dumps(report, indent=1, default=str) + "\n", encoding="utf-8")
    tmp.replace(out)
    out.with_suffix(".md").write_text("\n".join(sections) + "\n", encoding="utf-8")
    shown = out.relative_to(REPO) if out.is_relative_to(REPO) else out
    print(f"\nresults written to {shown} and {shown.with_suffix('.md')}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
