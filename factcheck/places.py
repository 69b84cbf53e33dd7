"""Places: the country a place name stands for, so that two claims' places can meet.

News names a country by its capital ("Seoul resumed the broadcasts", "Washington said") and
by short forms ("the U.S.", "Britain"). Two claims whose places are "Seoul" and "South
Korea" speak of one country; "Busan" and "Seoul" do not meet (a city is not its country,
unless it is the capital standing for it). The table is general knowledge in
factcheck/data/places.txt.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def _countries() -> dict[str, str]:
    """Every name of the table, lower-cased, -> its country, lower-cased."""
    out: dict[str, str] = {}
    text = resources.files("factcheck").joinpath("data/places.txt").read_text(encoding="utf-8")
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        country, _, names = line.partition("=")
        key = country.strip().lower()
        out[key] = key
        for name in names.split(","):
            if name.strip():
                out[name.strip().lower()] = key
    return out


def country_of(place: str) -> str:
    """The country (lower-cased) a place name stands for, or the name itself lower-cased."""
    name = " ".join(place.lower().split())
    return _countries().get(name, name)


def places_meet(a: Iterable[str], b: Iterable[str]) -> bool:
    """Whether two sets of place names share a place, a country read through its capital or
    another name of it counting as that country."""
    return bool({country_of(p) for p in a} & {country_of(p) for p in b})
