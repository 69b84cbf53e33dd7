"""The systems compared: factcheck and its peers, each mapped into the common `Span` form.

Every adapter takes (text, reference date) and returns spans of the scored kinds; the raw
call (what throughput measures) is kept apart from the mapping (what scoring needs).
"""

from __future__ import annotations

import json
import os
import re
import select
import subprocess
import sys
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from benchmarks.scoring import PARTS_OF_DAY, SCORED_KINDS, Span, finite, interval_of
from factcheck.units import dimension

HERE = Path(__file__).resolve().parent
# (FACTCHECK_RT_PYTHON: the venv of another tree, e.g. when .ci/compiled runs a worktree)
RT_PYTHON = Path(os.environ.get("FACTCHECK_RT_PYTHON", HERE / ".venv-rt" / "bin" / "python"))
DEFAULT_REF = date(2026, 2, 9)

TEMPORAL = ("date", "time")
NUMERIC = ("number", "percent", "money", "quantity", "age", "duration")

_TIME_RE = re.compile(
    r"\d{1,2}:\d{2}|\b\d{1,2}\s*(?:a\.?m\.?|p\.?m\.?)(?![a-z])|\bnoon\b|\bmidnight\b|o'clock",
    re.IGNORECASE,
)
_CLOCK_RE = re.compile(r"(?:(\d{4}-\d{2}-\d{2})[T ])?T?(\d{1,2}):(\d{2})")


@dataclass
class System:
    """A system under test: what it can produce and how to run it."""

    name: str
    kinds: tuple[str, ...]
    raw: Callable[[str, date], Any]  # the library call alone, timed for throughput
    convert: Callable[[str, date, Any], list[Span]]

    def spans(self, text: str, ref: date) -> list[Span]:
        return self.convert(text, ref, self.raw(text, ref))


def resolve_overlaps(spans: list[Span], priority: dict[str, int] | None = None) -> list[Span]:
    """Keep non-overlapping spans: longest first, then by kind priority (peers only)."""
    priority = priority or {}
    ordered = sorted(spans, key=lambda s: (-(s.end - s.start), priority.get(s.kind, 50), s.start))
    kept: list[Span] = []
    for s in ordered:
        if s.end > s.start and not any(s.start < k.end and k.start < s.end for k in kept):
            kept.append(s)
    return sorted(kept, key=lambda s: (s.start, s.end))


# --- factcheck ------------------------------------------------------------------------------


def _factcheck_raw(text: str, ref: date) -> Any:
    from factcheck import extract_claims

    return extract_claims(text, ref)


def _time_parts(value: Any) -> tuple[str | None, str | None]:
    m = _CLOCK_RE.search(str(value or ""))
    if not m:
        return None, None
    day, hh, mm = m.group(1), int(m.group(2)), m.group(3)
    return day, f"{hh:02d}:{mm}"


def _str(x: Any) -> str | None:
    if x is None:
        return None
    try:
        if x != x:  # NaN / pd.NA-safe check
            return None
    except TypeError:
        return None
    s = str(x)
    return s if s and s not in ("<NA>", "nan", "None") else None


def _factcheck_convert(text: str, ref: date, frame: Any) -> list[Span]:
    out: list[Span] = []
    for row in frame.to_dict("records"):
        kind = str(row["kind"])
        if kind not in SCORED_KINDS:
            continue
        span = Span(int(row["start"]), int(row["end"]), kind, text=str(row["text"]))
        low, high = _str(row.get("low")), _str(row.get("high"))
        if kind == "date":
            if low and high:
                span.low, span.high = low[:10], high[:10]
            else:
                iv = interval_of(_str(row.get("value")))
                if iv:
                    span.low, span.high = iv
        elif kind == "time":
            day, span.hhmm = _time_parts(row.get("value"))
            part = str(row.get("value") or "")[-3:]
            if span.hhmm is None and part in PARTS_OF_DAY:
                span.hhmm = part  # "Sunday morning": 2026-02-08TMO
            if day:
                span.low = span.high = day
            elif low and high and low[:10] == high[:10]:
                span.low = span.high = low[:10]
        else:
            span.value = finite(row.get("value"))
            span.unit = _str(row.get("unit"))
            span.measure = kind == "quantity" and dimension(span.unit) is not None
        out.append(span)
    return out


# --- dateparser, datefinder ------------------------------------------------------------------


def _dt_span(start: int, end: int, surface: str, when: datetime) -> Span:
    if _TIME_RE.search(surface):
        d = when.date().isoformat()
        return Span(start, end, "time", low=d, high=d, hhmm=when.strftime("%H:%M"), text=surface)
    d = when.date().isoformat()
    return Span(start, end, "date", low=d, high=d, text=surface)


def _dateparser_raw(text: str, ref: date) -> Any:
    from dateparser.search import search_dates

    settings = {"RELATIVE_BASE": datetime.combine(ref, datetime.min.time()),
                "PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}
    return search_dates(text, languages=["en"], settings=settings) or []


def _dateparser_convert(text: str, ref: date, found: Any) -> list[Span]:
    # search_dates gives no offsets: find each substring in order, falling back to the start.
    out, cursor = [], 0
    for surface, when in found:
        i = text.find(surface, cursor)
        if i < 0:
            i = text.find(surface)
        if i < 0:
            continue
        cursor = i + len(surface)
        out.append(_dt_span(i, i + len(surface), surface, when))
    return resolve_overlaps(out)


def _datefinder_raw(text: str, ref: date) -> Any:
    import datefinder

    try:
        return list(datefinder.find_dates(text, source=True, index=True,
                                          base_date=datetime.combine(ref, datetime.min.time())))
    except Exception:  # noqa: BLE001  datefinder raises on some inputs; count as nothing found
        return []


def _datefinder_convert(text: str, ref: date, found: Any) -> list[Span]:
    out = []
    for when, surface, (start, end) in found:
        if start is None or end is None or end <= start:
            continue
        out.append(_dt_span(start, end, text[start:end] or surface, when))
    return resolve_overlaps(out)


# --- quantulum3 ------------------------------------------------------------------------------

#: quantulum3 unit names -> (ISO code, factor to the main unit).
_QUANTULUM_CURRENCY = {
    "dollar": ("USD", 1.0), "united states dollar": ("USD", 1.0), "us dollar": ("USD", 1.0),
    "pound sterling": ("GBP", 1.0), "pound": ("GBP", 1.0), "euro": ("EUR", 1.0),
    "yen": ("JPY", 1.0), "japanese yen": ("JPY", 1.0), "yuan": ("CNY", 1.0),
    "renminbi": ("CNY", 1.0), "cent": ("USD", 0.01), "penny": ("GBP", 0.01),
    "pence": ("GBP", 0.01), "rupee": ("INR", 1.0), "indian rupee": ("INR", 1.0),
    "canadian dollar": ("CAD", 1.0), "australian dollar": ("AUD", 1.0),
    "swiss franc": ("CHF", 1.0), "won": ("KRW", 1.0), "south korean won": ("KRW", 1.0),
}

_CURRENCY_LONGEST_FIRST = sorted(_QUANTULUM_CURRENCY.items(), key=lambda kv: -len(kv[0]))


def _quantulum_raw(text: str, ref: date) -> Any:
    with warnings.catch_warnings():
        # Its import warns that the optional classifier is missing; that is the setup we test.
        warnings.simplefilter("ignore")
        from quantulum3 import parser

        return parser.parse(text)


def _quantulum_convert(text: str, ref: date, found: Any) -> list[Span]:
    out = []
    for q in found:
        start, end = q.span
        name = (q.unit.name or "").lower()
        entity = (q.unit.entity.name or "").lower()
        value = finite(q.value)
        currency = next((v for k, v in _CURRENCY_LONGEST_FIRST
                         if name == k or name.startswith(k + " ")), None)
        if entity == "currency" or currency:
            code, factor = currency or (None, 1.0)
            span = Span(start, end, "money", value=None if value is None else value * factor,
                        unit=code)
        elif name == "percentage":
            span = Span(start, end, "percent", value=value, unit="%")
        elif name == "dimensionless":
            span = Span(start, end, "number", value=value)
        elif entity == "time":
            span = Span(start, end, "duration", value=value, unit=name)
        else:
            span = Span(start, end, "quantity", value=value, unit=name)
        span.text = text[start:end]
        out.append(span)
    return resolve_overlaps(out)


# --- Recognizers-Text (subprocess in its own venv) -------------------------------------------

_RT_PRIORITY = {"money": 10, "percent": 20, "age": 25, "duration": 30, "date": 35, "time": 35,
                "quantity": 40, "number": 90}
#: RT currency unit names without an isoCurrency -> (ISO code, factor to the main unit).
RT_CURRENCY = {
    "dollar": ("USD", 1.0), "united states dollar": ("USD", 1.0), "pound": ("GBP", 1.0),
    "british pound": ("GBP", 1.0), "euro": ("EUR", 1.0), "cent": ("USD", 0.01),
    "pence": ("GBP", 0.01), "penny": ("GBP", 0.01), "japanese yen": ("JPY", 1.0),
    "chinese yuan": ("CNY", 1.0),
}


class RTWorker:
    """A long-lived Recognizers-Text process: one JSON line per text, in and out."""

    #: One text that takes longer than this is given up (the worker is restarted).
    TIMEOUT_S = 120.0

    def __init__(self, python: Path = RT_PYTHON) -> None:
        self.python = python
        self._i = 0
        self._start()

    def _start(self) -> None:
        self.proc = subprocess.Popen(
            [str(self.python), str(HERE / "rt_worker.py")], stdin=subprocess.PIPE,
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, bufsize=1,
            env={**os.environ, "PYTHONWARNINGS": "ignore"},
        )

    def _ask(self, request: dict[str, Any], timeout: float | None = None) -> dict[str, Any]:
        assert self.proc.stdin and self.proc.stdout
        self.proc.stdin.write(json.dumps(request) + "\n")
        self.proc.stdin.flush()
        ready, _, _ = select.select([self.proc.stdout], [], [], timeout or self.TIMEOUT_S)
        line = self.proc.stdout.readline() if ready else ""
        if not line:
            # Hung or dead on this text: start afresh so the next texts are still answered.
            self.proc.kill()
            self.proc.wait()
            self._start()
            raise RuntimeError("Recognizers-Text worker gave no answer")
        return json.loads(line)

    def recognize(self, text: str, ref: date) -> list[dict[str, Any]]:
        self._i += 1
        return self._ask({"i": self._i, "text": text, "ref": ref.isoformat()})["spans"]

    def best_seconds(self, texts: Sequence[str], ref: date, repeat: int) -> float:
        request = {"bench": list(texts), "ref": ref.isoformat(), "repeat": repeat}
        return float(self._ask(request, timeout=3600.0)["best_seconds"])

    def close(self) -> None:
        if self.proc.stdin:
            self.proc.stdin.close()
        self.proc.wait(timeout=30)


def rt_available(python: Path = RT_PYTHON) -> str | None:
    """None when the RT venv answers, else the reason it cannot be used."""
    if not python.exists():
        return f"no Recognizers-Text venv at {python.parent.parent}"
    probe = subprocess.run([str(python), "-c", "import recognizers_suite"],
                           capture_output=True, text=True, timeout=120)
    if probe.returncode != 0:
        return "recognizers-text-suite does not import: " + probe.stderr.strip()[-200:]
    return None


def pick_reading(values: list[dict[str, Any]], ref: date) -> dict[str, Any] | None:
    """News wants the past: the latest reading not after the reference day, else the first."""
    if not values:
        return None

    def day(v: dict[str, Any]) -> str:
        return str(v.get("value") or v.get("start") or v.get("end") or "")[:10]

    dated = [v for v in values if re.match(r"\d{4}-\d{2}-\d{2}", day(v))]
    if len(dated) < 2:
        return values[0]
    past = [v for v in dated if day(v) <= ref.isoformat()]
    return max(past, key=day) if past else min(dated, key=day)


def rt_value_span(span: Span, rtype: str, values: list[dict[str, Any]], ref: date,
                  alternatives: bool = False) -> Span | None:
    """Fill ``span`` from RT datetime resolution values; None for kinds we do not score."""
    base = rtype.split(".")[-1]
    if base in ("set", "timezone"):
        return None
    chosen = pick_reading(values, ref)
    if base == "datetimealt" and chosen:
        base = str(chosen.get("type") or "datetime")
    if base == "duration":
        span.kind, span.unit = "duration", "second"
        span.value = finite((chosen or {}).get("value"))
        return span
    if base in ("date", "daterange"):
        span.kind = "date"
        if chosen:
            fill_date(span, chosen)
        if alternatives and len(values) > 1:
            # RT gives an ambiguous date its past and its future reading; a system that
            # picks one by tense ("I'll go back on Friday") is right either way.
            for v in values:
                alt = Span(span.start, span.end, "date")
                fill_date(alt, v)
                if alt.low and alt.high:
                    span.alternatives.append(alt)
        return span
    span.kind = "time"
    if alternatives and len(values) > 1:
        for v in values:
            alt = Span(span.start, span.end, "time")
            fill_time(alt, v)
            if alt.hhmm:
                span.alternatives.append(alt)
    if chosen:
        fill_time(span, chosen)
    return span


def fill_date(span: Span, v: dict[str, Any]) -> None:
    value, start, end = v.get("value"), v.get("start"), v.get("end")
    if v.get("Mod") in ("before", "after", "since", "until", "since-end", "until-end"):
        return  # open-ended: no interval to compare
    if value and value != "not resolved" and re.match(r"\d{4}-\d{2}-\d{2}", str(value)):
        span.low = span.high = str(value)[:10]
    elif start and end:
        span.low = str(start)[:10]
        # RT ranges end exclusive.
        span.high = (date.fromisoformat(str(end)[:10]) - timedelta(days=1)).isoformat()
    else:
        iv = interval_of(str(v.get("timex") or ""))
        if iv:
            span.low, span.high = iv


def fill_time(span: Span, v: dict[str, Any]) -> None:
    point = v.get("value") if v.get("value") not in (None, "not resolved") else v.get("start")
    day, hhmm = _time_parts(point)
    span.hhmm = hhmm
    if day:
        span.low = span.high = day


def rt_money_unit(resolution: dict[str, Any]) -> tuple[str | None, float]:
    iso = resolution.get("isoCurrency")
    if iso:
        return str(iso), 1.0
    name = str(resolution.get("unit") or "").lower()
    return RT_CURRENCY.get(name, (name or None, 1.0))


def rt_convert(text: str, ref: date, raw: list[dict[str, Any]]) -> list[Span]:
    out = []
    for r in raw:
        span = Span(int(r["start"]), int(r["end"]), "number", text=str(r["text"]))
        rtype, res = str(r["type"]), r.get("resolution") or {}
        if rtype.startswith("datetimeV2"):
            filled = rt_value_span(span, rtype, res.get("values") or [], ref)
            if filled is None:
                continue
        elif rtype == "number":
            span.value = finite(res.get("value"))
        elif rtype == "percentage":
            span.kind, span.unit = "percent", "%"
            span.value = finite(str(res.get("value", "")).rstrip("%").strip())
        elif rtype == "currency":
            code, factor = rt_money_unit(res)
            v = finite(res.get("value"))
            span.kind, span.unit = "money", code
            span.value = None if v is None else v * factor
        elif rtype == "age":
            span.kind, span.unit = "age", str(res.get("unit") or "").lower()
            span.value = finite(res.get("value")) if span.unit in ("year", "") else None
        elif rtype in ("dimension", "temperature"):
            span.kind, span.unit = "quantity", str(res.get("unit") or "")
            span.value = finite(res.get("value"))
        else:
            continue
        out.append(span)
    return resolve_overlaps(out, _RT_PRIORITY)


# --- registry --------------------------------------------------------------------------------

PEER_NAMES = ("dateparser", "datefinder", "quantulum3", "recognizers-text")


def build_systems(names: Sequence[str], rt: RTWorker | None) -> list[System]:
    """factcheck first, then the requested peers that can run here."""
    systems = [System("factcheck", SCORED_KINDS, _factcheck_raw, _factcheck_convert)]
    table = {
        "dateparser": System("dateparser", TEMPORAL, _dateparser_raw, _dateparser_convert),
        "datefinder": System("datefinder", TEMPORAL, _datefinder_raw, _datefinder_convert),
        "quantulum3": System("quantulum3", NUMERIC, _quantulum_raw, _quantulum_convert),
    }
    for name in names:
        if name in table:
            systems.append(table[name])
        elif name == "recognizers-text" and rt is not None:
            systems.append(System("recognizers-text", SCORED_KINDS,
                                  lambda text, ref: rt.recognize(text, ref), rt_convert))
        elif name != "recognizers-text":
            print(f"unknown peer {name!r}; peers are {', '.join(PEER_NAMES)}", file=sys.stderr)
    return systems
