"""Recognizers-Text worker: run inside its own venv, JSON lines in (texts), JSON lines out (spans).

Input lines: {"i": 0, "text": "...", "ref": "2026-02-09" | null}
Output lines: {"i": 0, "spans": [{"start", "end" (exclusive), "type", "text", "resolution"}],
"seconds": time spent in the recognizers}. A "timing" request ({"bench": [texts], "repeat": n})
answers {"best_seconds": ...} so throughput is measured inside the worker, without pipe costs.
"""

from __future__ import annotations

import contextlib
import json
import sys
import time
from datetime import datetime

from recognizers_date_time import DateTimeRecognizer
from recognizers_number import NumberRecognizer
from recognizers_number_with_unit import NumberWithUnitRecognizer
from recognizers_text import Culture

CULTURE = Culture.English
_number = NumberRecognizer(CULTURE)
_unit = NumberWithUnitRecognizer(CULTURE)
MODELS = [
    ("number", _number.get_number_model()),
    ("percentage", _number.get_percentage_model()),
    ("currency", _unit.get_currency_model()),
    ("age", _unit.get_age_model()),
    ("dimension", _unit.get_dimension_model()),
    ("temperature", _unit.get_temperature_model()),
]
DATETIME = DateTimeRecognizer(CULTURE).get_datetime_model()


def _plain(value: object) -> object:
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    return str(value)


def recognize(text: str, ref: str | None) -> list[dict]:
    reference = datetime.fromisoformat(ref) if ref else datetime(2026, 2, 9)
    spans = []
    results = [(r, r.type_name) for r in DATETIME.parse(text, reference)]
    for _name, model in MODELS:
        results.extend((r, r.type_name) for r in model.parse(text))
    for r, type_name in results:
        # Recognizers-Text Python reports an inclusive end offset.
        spans.append({"start": r.start, "end": r.end + 1, "type": type_name,
                      "text": text[r.start:r.end + 1], "resolution": _plain(r.resolution)})
    return spans


def main() -> None:
    for line in sys.stdin:
        if not line.strip():
            continue
        req = json.loads(line)
        if "bench" in req:
            best = float("inf")
            for _ in range(int(req.get("repeat", 3))):
                t0 = time.perf_counter()
                for text in req["bench"]:
                    # A crash on one text must not stop the timing.
                    with contextlib.suppress(Exception):
                        recognize(text, req.get("ref"))
                best = min(best, time.perf_counter() - t0)
            print(json.dumps({"best_seconds": best}), flush=True)
            continue
        t0 = time.perf_counter()
        try:
            spans = recognize(req["text"], req.get("ref"))
            error = None
        except Exception as exc:  # noqa: BLE001  report, keep going
            spans, error = [], f"{type(exc).__name__}: {exc}"
        print(json.dumps({"i": req["i"], "spans": spans, "error": error,
                          "seconds": time.perf_counter() - t0}), flush=True)


if __name__ == "__main__":
    main()
