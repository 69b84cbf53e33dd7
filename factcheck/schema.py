"""The claims table and the findings: their columns, types and meaning, defined once."""

from __future__ import annotations

import hashlib
import json
import math
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import numpy as np
import pandas as pd
import pandera.pandas as pa

#: Claim kinds the extractors produce. Numeric kinds carry a float ``value`` in full units;
#: temporal kinds a canonical string; name and quote kinds the normalized surface.
NUMERIC_KINDS = ("number", "percent", "money", "quantity", "age", "duration")
TEMPORAL_KINDS = ("date", "time")
NAME_KINDS = ("place", "person", "org")
KINDS = TEMPORAL_KINDS + NUMERIC_KINDS + NAME_KINDS + ("quote",)

VERDICTS = ("contradiction", "consistent", "alias", "variant")
SEVERITIES = ("error", "warning", "info")

#: Column name -> (dtype, meaning). The order here is the order of the table.
CLAIM_COLUMNS: dict[str, tuple[str, str]] = {
    "doc": ("str", "article id (the file stem); empty for bare text"),
    "start": ("int64", "offset of the first character in the article body"),
    "end": ("int64", "offset one past the last character; text == body[start:end]"),
    "text": ("str", "the surface form as written"),
    "kind": ("str", "one of KINDS"),
    "value": (
        "object",
        "float in full units (numeric kinds); canonical string (date/time: "
        "2026-02-08, 2026-02, 2025, 2025-SU, 2026-02-09T00:30; a part of day with its TIMEX "
        "code, 2026-02-08TMO (TMO, TAF, TEV, TNI; factcheck's own TBF, TLU, TDI, TDT for "
        "breakfast, lunch, dinner, daytime); a range or a stretch as an ISO interval, "
        "2014/2018, 2026-01-26/2026-02-08); normalized name or quote",
    ),
    "unit": (
        "str",
        "ISO 4217 code (money), '%' (percent), counted noun or unit of measurement "
        "(quantity: 'seat', 'kilometre'), "
        "unit (duration: year, week, ...), 'year' (age), the zone a time is written in "
        "(time: 'JST', 'GMT'; 'UTC+09:00' for 'GMT+9' or an ISO offset)",
    ),
    "low": ("str", "date/time: first ISO date the expression can mean (inclusive)"),
    "high": ("str", "date/time: last ISO date the expression can mean (inclusive)"),
    "timex": (
        "str",
        "date/time: what the text pins, TIMEX-style with X for unknown parts "
        "(XXXX-WXX-4 = a Thursday, XXXX-XX-05 = a 5th, XXXX-02-08, 2025-SU)",
    ),
    "granularity": (
        "str",
        "date/time: day, week, month, season, quarter, year, decade, century, minute, hour, "
        "daypart",
    ),
    "reading": (
        "str",
        "how a relative expression was resolved: absolute, past, future, present, ambiguous",
    ),
    "qualifier": (
        "str",
        "numeric: exact, about, more than, at least, less than, at most, range, vague; "
        "date: range for a range of dates ('from March 3 to 5')",
    ),
    "value_low": ("float64", "numeric: lowest value the expression allows (NaN if none)"),
    "value_high": ("float64", "numeric: highest value the expression allows (NaN if none)"),
    "link": ("str", "claims that state one fact twice (an amount in two currencies) share it"),
    "speaker": ("str", "quote: who the sentence says is speaking"),
    "sent_start": ("int64", "offset of the sentence holding the claim"),
    "sent_end": ("int64", "offset one past that sentence"),
}


def _is_text(series: pd.Series) -> bool:
    """True when every cell is a str or missing (None, NaN, NA)."""
    return bool(
        series.map(
            lambda v: (
                isinstance(v, str)
                or v is None
                or v is pd.NA
                or (isinstance(v, float) and math.isnan(v))
            )
        ).all()
    )


def _schema() -> pa.DataFrameSchema:
    columns: dict[str, pa.Column] = {}
    for name, (dtype, _) in CLAIM_COLUMNS.items():
        if dtype == "int64":
            columns[name] = pa.Column(int, pa.Check.ge(0))
        elif dtype == "float64":
            columns[name] = pa.Column(float, nullable=True)
        elif dtype == "object":
            columns[name] = pa.Column(nullable=True)
        else:
            # Text columns hold Python str or missing values. Their dtype is whatever pandas
            # infers (object, or pandas 3's str); converting each article's small table to
            # one string dtype cost more than all the extractors together.
            checks = [pa.Check(_is_text, error="holds something that is not text")]
            if name == "kind":
                checks.append(pa.Check.isin(list(KINDS)))
            columns[name] = pa.Column(checks=checks, nullable=name not in ("doc", "text", "kind"))
    # strict=False: later stages (frames) add columns of their own.
    return pa.DataFrameSchema(columns, strict=False, ordered=False, name="claims")


#: pandera schema of the claims table; `validate_claims` applies it.
CLAIMS_SCHEMA = _schema()


def claims_frame(rows: list[dict[str, Any]]) -> pd.DataFrame:
    """Build a claims table with every contract column, in order and with its dtype.

    Missing keys become nulls (None in text columns, NaN in float columns, 0 in offsets).
    This is the one place a claims DataFrame is constructed.
    """
    return columns_frame({name: [row.get(name) for row in rows] for name in CLAIM_COLUMNS})


def columns_frame(columns: dict[str, list[Any]]) -> pd.DataFrame:
    """`claims_frame` from columns given as equally long lists (a missing column is all null)."""
    size = len(next(iter(columns.values()))) if columns else 0
    data: dict[str, Any] = {}
    text: dict[str, list[Any]] = {}  # text columns of str or None cells, converted together
    for name, (dtype, _) in CLAIM_COLUMNS.items():
        column = columns.get(name)
        if column is None:
            column = [None] * size
        if dtype == "float64":
            data[name] = np.array([math.nan if v is None else v for v in column], dtype=np.float64)
        elif dtype == "int64":
            data[name] = _int_array(column)
        elif dtype == "str" and _plain_text(column):
            data[name] = None  # its place in the column order, filled below
            text[name] = column
        else:
            data[name] = np.array(column, dtype=object)
    _convert_text_together(data, text)
    return pd.DataFrame(data, copy=False)


def _int_array(column: list[Any]) -> np.ndarray:
    """``column`` as int64, a None cell as 0."""
    try:
        # Offsets are never None: fromiter converts them without a list of copies first.
        return np.fromiter(column, dtype=np.int64, count=len(column))
    except (TypeError, ValueError):
        return np.array([0 if v is None else v for v in column], dtype=np.int64)


_STR_OR_NONE = frozenset((str, type(None)))


def _plain_text(column: list[Any]) -> bool:
    """Whether every cell is a str or None, and at least one a str."""
    types = set(map(type, column))
    return str in types and types <= _STR_OR_NONE


def _convert_text_together(data: dict[str, Any], text: dict[str, list[Any]]) -> None:
    """Put the text columns ``text`` (str or None cells) into ``data`` with the dtype pandas
    infers for them.

    pandas 3 stores inferred text in Arrow-backed arrays; converting each column on its own
    cost more than the rest of the table. The columns are converted as one array, and each
    becomes a zero-copy slice of it. Where pandas infers no text dtype (pandas 2), or for a
    single column, they stay object arrays.
    """
    dtype = _inferred_text_dtype()
    if len(text) < 2 or dtype is None:
        for name, column in text.items():
            data[name] = np.array(column, dtype=object)
        return
    values: list[Any] = []
    for column in text.values():
        values += column
    if getattr(dtype, "storage", None) == "pyarrow":
        # The dtype pandas would infer, without its inference: pyarrow converts the str/None
        # cells itself three times faster (straight from the list: no object array between),
        # and pandas wraps its array without a copy.
        import pyarrow

        arrow = pyarrow.array(values, type=pyarrow.large_string())
        joined = pd.array(arrow, dtype=dtype)
    else:
        joined = pd.Series(np.array(values, dtype=object), copy=False).array
    start = 0
    for name, column in text.items():
        end = start + len(column)
        data[name] = joined[start:end]
        start = end


@lru_cache(maxsize=1)
def _inferred_text_dtype() -> Any:
    """The dtype pandas infers for str/None cells, or None when it keeps them as objects."""
    dtype = pd.Series(np.array(["text", None], dtype=object), copy=False).dtype
    return None if isinstance(dtype, np.dtype) else dtype  # numpy's: object


def validate_claims(frame: pd.DataFrame) -> pd.DataFrame:
    """Check a claims table against the schema; raises pandera's SchemaError if it is off."""
    return CLAIMS_SCHEMA.validate(frame)


# --- findings ---------------------------------------------------------------------------


@dataclass(frozen=True)
class ClaimRef:
    """One claim as a finding cites it: where it is, what it says, what it was read as."""

    doc: str
    start: int
    end: int
    text: str
    value: Any
    kind: str = ""
    sentence: str = ""  # the sentence around the claim, for the report
    sent_start: int = 0

    def to_json(self) -> dict[str, Any]:
        return {
            "doc": self.doc,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "value": jsonable(self.value),
        }


@dataclass(frozen=True)
class Finding:
    """One result of a rule over aligned claims. Findings are data, never exceptions."""

    rule: str
    verdict: str
    severity: str
    message: str
    reasoning: str
    claims: tuple[ClaimRef, ...]
    subject: str = ""
    #: Normalized values compared, one per side; these (not offsets) make the fingerprint.
    compared: tuple[str, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    @property
    def id(self) -> str:
        return fingerprint(self.rule, self.subject, self.claims, self.compared)

    @property
    def docs(self) -> tuple[str, ...]:
        return tuple(sorted({c.doc for c in self.claims}))

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "rule": self.rule,
            "verdict": self.verdict,
            "severity": self.severity,
            "message": self.message,
            "reasoning": self.reasoning,
            "subject": self.subject,
            "claims": [c.to_json() for c in self.claims],
        }


def fingerprint(
    rule: str,
    subject: str,
    claims: tuple[ClaimRef, ...] | list[ClaimRef],
    compared: tuple[str, ...] = (),
) -> str:
    """A finding's stable id: from the rule, its subject, the articles and the values compared.

    Never from character offsets, so re-wrapped text keeps its decisions while a changed
    number or date gives a new fingerprint (and reopens the finding).
    """
    values = compared or tuple(sorted(f"{c.doc}={normalized(c.value)}" for c in claims))
    docs = sorted({c.doc for c in claims})
    payload = json.dumps([rule, " ".join(subject.lower().split()), docs, sorted(values)])
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:12]


def normalized(value: Any) -> str:
    """A value as a stable string: floats without float noise, strings without case or spacing."""
    if isinstance(value, float):
        if math.isnan(value):
            return "nan"
        return f"{value:.6g}"
    if isinstance(value, str):
        return " ".join(value.lower().split())
    return str(value)


def jsonable(value: Any) -> Any:
    """A claim value as JSON: floats stay numbers (NaN becomes null), the rest strings."""
    if value is None:
        return None
    if isinstance(value, float):
        return None if math.isnan(value) else value
    if isinstance(value, (int, str, bool)):
        return value
    if hasattr(value, "item"):  # numpy scalars
        return jsonable(value.item())
    return str(value)
