"""value-agreement: tolerance, approximations, currencies, roles, symmetry."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.rules import Vocabulary
from tests.checks.conftest import run


def v(doc: str, text: str, value: float, kind: str = "quantity", unit: str = "seat",
      head: str = "seat", **more: Any) -> dict[str, Any]:
    return {"doc": doc, "kind": kind, "text": text, "value": value, "unit": unit, "head": head,
            "qualifier": "exact", "start": 0, "end": len(text), **more}


def test_different_figures_contradict_and_name_the_sides() -> None:
    findings = run("value-agreement", [v("a", "310 seats", 310), v("b", "310 seats", 310),
                                       v("c", "316 seats", 316)])
    assert [f.verdict for f in findings] == ["contradiction"]
    assert findings[0].extra["sides"] == [["a", "b"], ["c"]]
    assert set(findings[0].compared) == {"310 seat", "316 seat"}


def test_figures_of_one_article_contradict_only_where_they_can_be_one_thing() -> None:
    # "45 km north of Copiapó ... 5 km from the mine's entrance": two distances
    apart = [v("a", "45 km", 45, unit="kilometre", head="distance", origin="copiapó"),
             v("a", "5 km", 5, unit="kilometre", head="distance", origin="entrance|mine"),
             v("b", "45 km", 45, unit="kilometre", head="distance", origin="copiapó")]
    assert "contradiction" not in [f.verdict for f in run("value-agreement", apart)]
    # a sentence repeated with another figure still is one
    repeated = [v("a", "310 seats", 310), v("a", "316 seats", 316), v("b", "310 seats", 310)]
    assert [f.verdict for f in run("value-agreement", repeated)][0] == "contradiction"


def test_a_figure_of_another_order_beside_an_agreed_one_is_another_fact() -> None:
    # "firing 36 shells ... Six shells of them hit": both articles give 36
    shells = [v("a", "36 shells", 36, head="shell"), v("a", "Six shells", 6, head="shell"),
              v("b", "36 shells", 36, head="shell")]
    assert "contradiction" not in [f.verdict for f in run("value-agreement", shells)]
    # "227 passengers ... Two passengers were named on the manifest"
    passengers = [v("a", "227 passengers", 227, head="passenger"),
                  v("a", "Two passengers", 2, head="passenger"),
                  v("b", "227 passengers", 227, head="passenger")]
    assert "contradiction" not in [f.verdict for f in run("value-agreement", passengers)]
    # a figure near the agreed one may misstate it: compared
    near = [v("a", "36 shells", 36, head="shell"), v("a", "38 shells", 38, head="shell"),
            v("b", "36 shells", 36, head="shell")]
    assert "contradiction" in [f.verdict for f in run("value-agreement", near)]
    # with no figure in common, figures far apart are still a disagreement
    apart = [v("a", "36 shells", 36, head="shell"), v("b", "Six shells", 6, head="shell")]
    assert "contradiction" in [f.verdict for f in run("value-agreement", apart)]


def test_tolerance_turns_a_contradiction_into_consistent() -> None:
    rows = [v("a", "310 seats", 310), v("b", "316 seats", 316)]
    assert [f.verdict for f in run("value-agreement", rows, rel_tolerance=0.05)] == ["consistent"]
    assert run("value-agreement", rows, abs_tolerance=10.0, report_consistent=False) == []


def test_approximation_covers_the_exact_figure() -> None:
    rows = [v("a", "about 300 seats", 300, qualifier="about"), v("b", "310 seats", 310)]
    assert [f.verdict for f in run("value-agreement", rows)] == ["consistent"]
    ranged = [v("a", "300 to 320 seats", 310, qualifier="range", value_low=300, value_high=320),
              v("b", "316 seats", 316)]
    assert [f.verdict for f in run("value-agreement", ranged)] == ["consistent"]
    floor = [v("a", "more than 300 seats", 300, qualifier="more than"), v("b", "450 seats", 450)]
    assert [f.verdict for f in run("value-agreement", floor)] == ["consistent"]


def test_measures_convert_between_units_of_one_dimension() -> None:
    same = [v("a", "10 km", 10, unit="kilometre", head="stretch"),
            v("b", "10 km", 10, unit="kilometre", head="stretch"),
            v("c", "6.2 miles", 6.2, unit="mile", head="stretch")]
    found = run("value-agreement", same)
    assert [f.verdict for f in found] == ["consistent"]
    assert "6.2 mile = 9.978 kilometre" in found[0].reasoning
    apart = [v("a", "10 km", 10, unit="kilometre", head="stretch"),
             v("b", "8 miles", 8, unit="mile", head="stretch")]
    assert [f.verdict for f in run("value-agreement", apart)] == ["contradiction"]
    heat = [v("a", "40°C", 40, unit="degree Celsius", head="temperature"),
            v("b", "104°F", 104, unit="degree Fahrenheit", head="temperature")]
    assert "contradiction" not in [f.verdict for f in run("value-agreement", heat)]
    hotter = [heat[0], v("b", "113°F", 113, unit="degree Fahrenheit", head="temperature")]
    assert [f.verdict for f in run("value-agreement", hotter)] == ["contradiction"]


def test_a_round_figure_in_another_unit_may_be_a_rounded_conversion() -> None:
    rows = [v("a", "700 meters", 700, unit="metre", head="length"),
            v("b", "700 meters", 700, unit="metre", head="length"),
            v("c", "2,300 ft", 2300, unit="foot", head="length")]
    assert [f.verdict for f in run("value-agreement", rows)] == ["consistent"]
    off = [rows[0], v("c", "2,600 ft", 2600, unit="foot", head="length")]
    assert [f.verdict for f in run("value-agreement", off)] == ["contradiction"]


def test_currencies_convert_with_the_vocabulary_rates() -> None:
    vocab = Vocabulary(rates={"USD": 1.0, "GBP": 1.36})
    rows = [v("a", "$550bn", 550e9, kind="money", unit="USD", head="invest"),
            v("b", "£407bn", 407e9, kind="money", unit="GBP", head="invest")]
    found = run("value-agreement", rows, vocabulary=vocab)
    assert [f.verdict for f in found] == ["consistent"]
    assert "GBP" in found[0].reasoning
    far = [rows[0], v("b", "£300bn", 300e9, kind="money", unit="GBP", head="invest")]
    assert [f.verdict for f in run("value-agreement", far, vocabulary=vocab)] == ["contradiction"]
    # without a rate nothing is claimed
    assert run("value-agreement", rows, vocabulary=Vocabulary()) == []


def test_rates_convert_between_calendar_periods() -> None:
    # an agreement that only looks like a conflict: $600 a month is $7,200 a year
    rows = [v("a", "$600", 600, kind="money", unit="USD", head="earn", per="month"),
            v("b", "$7,200", 7200, kind="money", unit="USD", head="earn", per="year")]
    found = run("value-agreement", rows)
    assert [f.verdict for f in found] == ["consistent"]
    assert "600 USD a month = 7,200 USD a year" in found[0].reasoning
    more = [rows[0], v("b", "$9,000", 9000, kind="money", unit="USD", head="earn", per="year")]
    assert [f.verdict for f in run("value-agreement", more)] == ["contradiction"]


def test_a_figure_per_no_period_is_read_per_the_one_that_makes_it_agree() -> None:
    # "$7,200" beside "$600 a month": a year's pay with its period left out, no conflict
    month = v("a", "$600", 600, kind="money", unit="USD", head="earn", per="month")
    rows = [month, v("b", "$7,200", 7200, kind="money", unit="USD", head="earn")]
    found = run("value-agreement", rows)
    assert [f.verdict for f in found] == ["consistent"]
    assert "“$7,200” gives no period, read as a year's: 7,200 USD a year = 600 USD a month" \
        in found[0].reasoning
    quarter = [month, v("b", "$1,800", 1800, kind="money", unit="USD", head="earn")]
    assert "read as a quarter's" in run("value-agreement", quarter)[0].reasoning
    # no period makes it agree: compared as written, as before
    off = [month, v("b", "$650", 650, kind="money", unit="USD", head="earn")]
    found = run("value-agreement", off)
    assert [f.verdict for f in found] == ["contradiction"]
    assert "no period" not in found[0].reasoning
    # every bare figure must agree under one reading, or none is re-read
    two = [*rows, v("c", "$600", 600, kind="money", unit="USD", head="earn")]
    assert "contradiction" in [f.verdict for f in run("value-agreement", two)]


def test_a_floor_and_a_ceiling_that_meet_say_which_figures_both_allow() -> None:
    def dead(doc: str, text: str, value: float, qualifier: str = "") -> dict[str, Any]:
        return v(doc, text, value, unit="person", head="person", event="death",
                 qualifier=qualifier)

    found = run("value-agreement", [dead("a", "40 people", 40, "at least"),
                                    dead("b", "50 people", 50, "at most")])
    assert [f.verdict for f in found] == ["consistent"]
    assert found[0].reasoning.endswith("can both be true: both hold for any figure between 40 "
                                       "and 50 person.")
    exact = run("value-agreement", [dead("a", "40 people", 40, "at least"),
                                    dead("b", "45 people", 45)])
    assert exact[0].reasoning.endswith("both hold for 45 person.")


def test_money_written_to_the_cent_is_exact() -> None:
    def paid(doc: str, text: str, value: float) -> dict[str, Any]:
        return v(doc, text, value, kind="money", unit="USD", head="share", per="share")

    # "$2" may round $2.49 but not a price written "$2.50"
    found = run("value-agreement", [paid("a", "$2", 2), paid("b", "$2.50", 2.5)])
    assert [f.verdict for f in found] == ["contradiction"]
    # a round figure may still stand for a price to the cent, and a scale rounds
    assert [f.verdict for f in run("value-agreement", [paid("a", "$13", 13),
                                                      paid("b", "$12.99", 12.99)])] == [
        "consistent"]
    assert [f.verdict for f in run("value-agreement", [paid("a", "$2.50bn", 2.5e9),
                                                      paid("b", "$2.504bn", 2.504e9)])] == [
        "consistent"]


def test_rates_per_different_things_are_not_compared() -> None:
    # a working day is no fixed part of a year, nor an hour of a day: never converted
    wage = [v("a", "$15", 15, kind="money", unit="USD", head="earn", per="hour"),
            v("b", "$120", 120, kind="money", unit="USD", head="earn", per="day")]
    assert run("value-agreement", wage) == []
    oil = [v("a", "5,000 barrels", 5000, unit="barrel", head="barrel", per="day"),
           v("b", "2 million barrels", 2e6, unit="barrel", head="barrel", per="year")]
    assert run("value-agreement", oil) == []
    raise_ = [wage[0], v("b", "$20", 20, kind="money", unit="USD", head="earn", per="hour")]
    assert [f.verdict for f in run("value-agreement", raise_)] == ["contradiction"]


def test_bounds_setting_different_limits_are_a_variant() -> None:
    def dead(doc: str, text: str, value: float, qualifier: str = "at least") -> dict[str, Any]:
        return v(doc, text, value, unit="person", head="person", event="death",
                 qualifier=qualifier)

    rows = [dead("a", "at least 107 people", 107), dead("b", "at least 144 people", 144)]
    found = run("value-agreement", rows)
    assert [f.verdict for f in found] == ["variant"]
    assert "different minimums" in found[0].reasoning
    assert run("value-agreement", [rows[0], dead("b", "at least 107 people", 107)]) == []
    exact = [rows[0], dead("b", "144 people", 144, qualifier="exact")]
    assert [f.verdict for f in run("value-agreement", exact)] == ["consistent"]
    # two ceilings of one estimate likewise, and never "consistent"
    ceilings = [dead("a", "up to 50 people", 50, "at most"),
                dead("b", "up to 80 people", 80, "at most")]
    found = run("value-agreement", ceilings)
    assert [f.verdict for f in found] == ["variant"]
    assert "different maximums" in found[0].reasoning
    # an exact toll beside two minimums fits both: the minimums still differ
    toll = [*rows, dead("b", "15,898 deaths", 15898, qualifier="exact")]
    found = run("value-agreement", toll)
    assert [f.verdict for f in found] == ["variant"]
    assert "15,898" not in found[0].reasoning


def test_threatened_and_agreed_tariffs_are_not_compared() -> None:
    rows = [v("a", "25%", 25, kind="percent", unit="%", head="tariff", role="threat"),
            v("b", "15%", 15, kind="percent", unit="%", head="tariff", role="actual")]
    assert run("value-agreement", rows) == []


def test_different_heads_or_units_are_not_compared() -> None:
    rows = [v("a", "310 seats", 310), v("b", "465 members", 465, unit="member", head="member")]
    assert run("value-agreement", rows) == []


@settings(deadline=None, max_examples=60)
@given(st.floats(1, 1e6), st.floats(1, 1e6), st.floats(0, 0.2))
def test_symmetric(x: float, y: float, tol: float) -> None:
    a, b = v("a", "x", x), v("b", "y", y)
    one = sorted((f.verdict, f.id) for f in run("value-agreement", [a, b], rel_tolerance=tol))
    two = sorted((f.verdict, f.id) for f in run("value-agreement", [b, a], rel_tolerance=tol))
    assert one == two
