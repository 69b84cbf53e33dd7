"""Places: whether the places of two claims can be the same, a country and a place in it
meeting.

News names a country by its capital ("Seoul resumed the broadcasts", "Washington said"), by
short forms ("the U.S.", "Britain") and by a place in it ("killed in Mecca" in one report,
"in Saudi Arabia" in another). Two places meet when they are one place, or when one lies in
the other: "Seoul" meets "South Korea", "Mecca" meets "Saudi Arabia", but "Busan" does not
meet "Seoul" (two places of one country). The table is general knowledge in
factcheck/data/places.txt.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from importlib import resources
from typing import NamedTuple

from factcheck.text import name_key


class _Table(NamedTuple):
    same: dict[str, str]  # another name of a country -> the country (lower-cased)
    inside: dict[str, str]  # a place -> the country it lies in (lower-cased)


@lru_cache(maxsize=1)
def _table() -> _Table:
    same: dict[str, str] = {}
    inside: dict[str, str] = {}
    text = resources.files("factcheck").joinpath("data/places.txt").read_text(encoding="utf-8")
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        sign = "=" if "=" in line else ">"
        country, _, names = line.partition(sign)
        key = name_key(country)
        target = same if sign == "=" else inside
        for name in names.split(","):
            if name.strip():
                target[name_key(name)] = key
    return _Table(same, inside)


def canonical_place(place: str) -> str:
    """A place name lower-cased, a country's other names read as the country ("U.S.")."""
    key = name_key(place)
    return _table().same.get(key, key)


def places_meet(a: Iterable[str], b: Iterable[str]) -> bool:
    """Whether a place of ``a`` and a place of ``b`` are one place or one lies in the other."""
    inside = _table().inside
    pa = {canonical_place(p) for p in a}
    pb = {canonical_place(p) for p in b}
    return bool(pa & pb) or any(inside.get(p) in pb for p in pa) or any(
        inside.get(p) in pa for p in pb)
