"""The text sets: seed articles with hand-made gold, the Recognizers-Text suite, the news corpus."""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from fractions import Fraction
from pathlib import Path
from typing import Any

import yaml

from benchmarks.scoring import Span, finite, interval_of, month_end
from benchmarks.systems import (
    DEFAULT_REF,
    NUMERIC,
    fill_date,
    rt_money_unit,
    rt_value_span,
)

HERE = Path(__file__).resolve().parent

def _shared() -> Path:
    """shared/ sits beside the repository (CI clones it there); FACTCHECK_SHARED overrides."""
    if os.environ.get("FACTCHECK_SHARED"):
        return Path(os.environ["FACTCHECK_SHARED"])
    beside = HERE.parent.parent / "shared"
    return beside if beside.exists() else Path("/work/shared")


SHARED = _shared()
SEEDS_DIR = SHARED / "seeds"
CONFORMANCE = SHARED / "conformance" / "recognizers_text.jsonl"
GOLD_SEEDS = HERE / "gold" / "seeds.yaml"
NEWS_DIR = HERE / "data" / "news"


@dataclass
class Doc:
    """One text with its reference date, gold spans and ignored regions."""

    id: str
    text: str
    ref: date
    gold: list[Span] = field(default_factory=list)
    ignore: list[tuple[int, int]] = field(default_factory=list)
    story: str = ""
    # Conformance only: which system kinds count here and what they are scored as.
    considered: tuple[str, ...] | None = None
    relabel: str | None = None
    spec: str = ""
    level: str = ""
    rt_kind: str = ""


# --- seeds with hand-made gold ---------------------------------------------------------------


def _bounded(text: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])" + re.escape(text) + r"(?![\w-])")


def gold_span(kind: str, start: int, end: int, surface: str, value: Any,
              unit: str | None = None, tol: float | None = None) -> Span:
    """A gold span from the YAML's plain value: ISO string for dates, 'YYYY-MM-DDTHH:MM'
    or 'HH:MM' for times, a number or fraction ('2/3') for the numeric kinds."""
    span = Span(start, end, kind, unit=unit, text=surface, tol=tol)
    if value is None:
        return span
    if kind == "date":
        iv = interval_of(str(value))
        if iv is None:
            raise ValueError(f"gold date {value!r} for {surface!r} is not a canonical date")
        span.low, span.high = iv
    elif kind == "time":
        m = re.fullmatch(r"(?:(\d{4}-\d{2}-\d{2})T)?(\d{2}:\d{2})", str(value))
        if not m:
            raise ValueError(f"gold time {value!r} for {surface!r} is not [YYYY-MM-DDT]HH:MM")
        span.hhmm = m.group(2)
        if m.group(1):
            span.low = span.high = m.group(1)
    else:
        span.value = float(Fraction(str(value))) if "/" in str(value) else float(value)
    return span


def load_seeds(gold_path: Path = GOLD_SEEDS, seeds_dir: Path = SEEDS_DIR) -> list[Doc]:
    """The seed articles with their gold; every gold text must be found where it says."""
    spec = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
    ref = date.fromisoformat(str(spec["reference_date"]))
    everywhere = [re.compile(r"(?<![\w-])" + re.escape(w) + r"(?![\w-])", re.IGNORECASE)
                  for w in spec.get("ignore_everywhere", [])]
    docs = []
    for doc_id, entry in spec["docs"].items():
        text = (seeds_dir / f"{doc_id}.txt").read_text(encoding="utf-8")
        own = entry.get("reference_date")
        doc = Doc(doc_id, text, date.fromisoformat(str(own)) if own else ref,
                  story=str(spec.get("story", "seeds")))
        for pattern in everywhere:
            doc.ignore.extend(m.span() for m in pattern.finditer(text))
        for item in entry.get("ignore") or []:
            doc.ignore.extend(m.span() for m in re.finditer(re.escape(str(item)), text))
        used: dict[str, int] = {}
        for claim in entry.get("claims") or []:
            surface = str(claim["text"])
            found = [m.span() for m in _bounded(surface).finditer(text)]
            n = int(claim.get("n") or used.get(surface, 0) + 1)
            used[surface] = n
            if n > len(found):
                raise ValueError(f"{doc_id}: {surface!r} occurrence {n} not found "
                                 f"({len(found)} in the text)")
            start, end = found[n - 1]
            doc.gold.append(gold_span(str(claim["kind"]), start, end, surface,
                                      claim.get("value"), claim.get("unit"), claim.get("tol")))
        docs.append(doc)
    return docs


# --- Recognizers-Text conformance suite ------------------------------------------------------

_DATETIME_KINDS = ("date", "time", "duration")
#: spec -> (system kinds considered, kind they are scored as). RT's number model tags the
#: number inside any amount, so every numeric claim counts there as a number.
SPEC_SCOPE: dict[str, tuple[tuple[str, ...], str | None]] = {
    "Number/English/NumberModel": (NUMERIC, "number"),
    "Number/English/PercentModel": (("percent",), None),
    "NumberWithUnit/English/CurrencyModel": (("money",), None),
    "NumberWithUnit/English/AgeModel": (("age",), None),
    "NumberWithUnit/English/DimensionModel": (("quantity",), None),
    "NumberWithUnit/English/TemperatureModel": (("quantity",), None),
}
#: Specs whose quantities are measurements: a counted noun ("14 people") is not scored there.
MEASURE_SPECS = frozenset(("NumberWithUnit/English/DimensionModel",
                           "NumberWithUnit/English/TemperatureModel"))


def spec_scope(spec: str, level: str) -> tuple[tuple[str, ...], str | None]:
    """Which system kinds a case is scored on. Extractor and parser specs annotate one type
    each (a DateExtractor text may hold an unannotated duration), so they narrow further."""
    if spec in SPEC_SCOPE:
        return SPEC_SCOPE[spec]
    name = spec.rsplit("/", 1)[-1]
    if level == "model" or name.startswith("Merged"):
        return _DATETIME_KINDS, None
    for prefix, kinds in (("DateTime", ("date", "time")), ("Duration", ("duration",)),
                          ("Set", ()), ("Time", ("time",)), ("Date", ("date",)),
                          ("Holiday", ("date",))):
        if name.startswith(prefix):
            return kinds, None
    return _DATETIME_KINDS, None


#: RT case kind -> the factcheck kind a full agreement is counted under.
CASE_KIND = {"date": "date", "datetime": "time", "time": "time", "duration": "duration",
             "number": "number", "percent": "percent", "money": "money", "age": "age",
             "dimension": "quantity", "temperature": "quantity"}


def _parser_values(item: dict[str, Any]) -> list[dict[str, Any]]:
    """Parser-level records keep RT's raw Past/Future resolutions: turn them into 'values',
    the past reading first and the future one after it when it differs (convention 1: a
    system that picks a reading by tense is right either way, as at the model level)."""
    raw = item.get("raw_value") or {}
    if raw.get("values"):
        return list(raw["values"])
    out: list[dict[str, Any]] = []
    for key in ("PastResolution", "FutureResolution"):
        value = _resolution_value(raw.get(key) or {}, raw.get("Timex"))
        if value is not None and value not in out:
            out.append(value)
    return out


def _resolution_value(res: dict[str, Any], timex: Any) -> dict[str, Any] | None:
    """One of RT's raw resolutions (``PastResolution``, ``FutureResolution``) as a value."""
    out: dict[str, Any] = {"timex": timex}
    if "date" in res:
        out.update(type="date", value=res["date"])
    elif "startDate" in res:
        out.update(type="daterange", start=res["startDate"], end=res.get("endDate"))
    elif "dateTime" in res:
        out.update(type="datetime", value=res["dateTime"])
    elif "time" in res:
        out.update(type="time", value=res["time"])
    elif "startDateTime" in res:
        out.update(type="datetimerange", start=res["startDateTime"])
    elif "startTime" in res:
        out.update(type="timerange", start=res["startTime"])
    elif "duration" in res:
        out.update(type="duration", value=res["duration"])
    else:
        return None
    return out


_RANGE_WORD = re.compile(r"\b(?:to|through|thru|until|till|and)\b|[-–—~]", re.IGNORECASE)


def _add_inclusive_reading(span: Span, values: list[dict[str, Any]]) -> None:
    """RT ranges end before their last named unit ("from March to May" is (XXXX-03,XXXX-05,P2M):
    Mar 1 - Apr 30). A reader includes May: accept that inclusive reading of every RT
    reading (past and future) as well."""
    if not _RANGE_WORD.search(span.text):
        return  # "next 3 days", "the 1990s": a length, not two named ends
    readings = span.alternatives or [Span(span.start, span.end, "date", low=span.low,
                                          high=span.high)]
    extra: list[Span] = []
    for value in values:
        timex = str(value.get("timex") or "")
        start, end = value.get("start"), value.get("end")
        m = re.fullmatch(r"\((.+?),(.+?),P\d*(?:\.\d+)?([YMWD])\)", timex)
        if not m or not start or not end or not re.match(r"\d{4}-\d{2}-\d{2}", str(end)):
            continue
        last = date.fromisoformat(str(end)[:10])
        # The duration's unit says what the named end is: a year, a month, a week or a day.
        inclusive = {"Y": date(last.year, 12, 31), "M": month_end(last.year, last.month),
                     "W": last + timedelta(days=6), "D": last}[m.group(3)]
        low, high = str(start)[:10], inclusive.isoformat()
        if all((r.low, r.high) != (low, high) for r in readings + extra):
            extra.append(Span(span.start, span.end, "date", low=low, high=high))
    if extra:
        span.alternatives = readings + extra


def rt_gold(record: dict[str, Any], item: dict[str, Any], ref: date) -> Span | None:
    """One expected RT item as a gold span; None for kinds factcheck does not score."""
    span = Span(int(item["start"]), int(item["end"]), "number", text=str(item["text"]))
    rtype = str(item.get("type") or "")
    level = record["level"]
    if record["spec"].startswith("DateTime"):
        if level == "extractor":
            if rtype in ("set", "timezone"):
                return None
            span.kind = "duration" if rtype == "duration" else (
                "date" if rtype in ("date", "daterange") else "time")
            return span
        values = list((item.get("values") if level == "model" else _parser_values(item)) or [])
        filled = rt_value_span(span, rtype, values, ref, alternatives=True)
        if filled is not None and filled.kind == "date" and filled.low and filled.high:
            _add_inclusive_reading(filled, values)
        if filled is not None and filled.kind == "date" and not filled.low and level == "parser":
            past = item.get("past")
            if isinstance(past, str) and re.match(r"\d{4}-\d{2}-\d{2}$", past):
                fill_date(filled, {"value": past})
        return filled
    res = item.get("resolution") or item
    if rtype == "number":
        span.value = finite(item.get("value"))
    elif rtype == "percentage":
        span.kind = "percent"
        span.value = finite(str(item.get("value") or "").rstrip("%").strip())
    elif rtype == "currency":
        code, factor = rt_money_unit(res)
        v = finite(item.get("value"))
        span.kind, span.unit = "money", code
        span.value = None if v is None else v * factor
    elif rtype == "age":
        span.kind = "age"
        span.value = finite(item.get("value")) if str(item.get("unit")) == "Year" else None
    elif rtype in ("dimension", "temperature"):
        span.kind, span.unit = "quantity", str(item.get("unit") or "")
        span.value = finite(item.get("value"))
    else:
        return None
    return span


def load_conformance(levels: tuple[str, ...] = ("model",), every: int = 1,
                     path: Path = CONFORMANCE) -> list[Doc]:
    """The suite's cases at the given levels (``every``: keep one case in N, for --quick)."""
    docs = []
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            if every > 1 and n % every:
                continue
            rec = json.loads(line)
            if rec["level"] not in levels:
                continue
            ref = date.fromisoformat(rec["reference_date"]) if rec.get("reference_date") \
                else DEFAULT_REF
            considered, relabel = spec_scope(rec["spec"], rec["level"])
            if not considered:
                continue
            doc = Doc(rec["id"], rec["text"], ref, considered=considered, relabel=relabel,
                      spec=rec["spec"], level=rec["level"], rt_kind=rec["kind"])
            for item in rec["expected"]:
                g = rt_gold(rec, item, ref)
                if g is None:
                    doc.ignore.append((int(item["start"]), int(item["end"])))
                else:
                    doc.gold.append(g)
            docs.append(doc)
    return docs


# --- news corpus -----------------------------------------------------------------------------

_FRONT = re.compile(r"\A---\n(.*?)\n---\n", re.DOTALL)


def load_news(root: Path = NEWS_DIR) -> list[Doc]:
    """Every .txt/.md article under ``root``; the folder is the story, front matter the date."""
    docs = []
    for path in sorted(root.rglob("*")):
        if path.suffix not in (".txt", ".md"):
            continue
        if path.name.upper().startswith(("README", "LICENSE")):
            continue
        raw = path.read_text(encoding="utf-8")
        meta: dict[str, Any] = {}
        m = _FRONT.match(raw)
        if m:
            meta = yaml.safe_load(m.group(1)) or {}
            raw = raw[m.end():]
        published = meta.get("published")
        ref = date.fromisoformat(str(published)) if published else DEFAULT_REF
        story = path.parent.name if path.parent != root else path.stem
        docs.append(Doc(path.stem, raw, ref, story=story))
    return docs


def iter_texts(*sets: list[Doc]) -> Iterator[Doc]:
    for docs in sets:
        yield from docs
