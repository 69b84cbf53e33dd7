"""Frames: which event a claim belongs to, its role, its clause."""

from __future__ import annotations

import pandas as pd
import pytest

from factcheck import extract_claims
from factcheck.frames import add_frames, canonical_word, clauses, stem

EVENTS = {"endorsement": ("endorse", "truth social post", "warm words")}


def framed(text: str, events: dict[str, tuple[str, ...]] | None = None) -> pd.DataFrame:
    claims = extract_claims(text, "2026-02-09")
    return add_frames(claims, {"": text}, events=events)


def row(frame: pd.DataFrame, surface: str) -> pd.Series:
    hits = frame[frame["text"] == surface]
    assert len(hits) == 1, frame[["text", "kind"]].to_dict("records")
    return hits.iloc[0]


def test_date_attaches_to_the_nearest_event_in_its_clause() -> None:
    text = ("In a post, he publicly endorsed her as Japan went to the polls for a crucial "
            "legislative election on February 8.")
    assert row(framed(text, EVENTS), "February 8")["event"] == "election"


def test_losing_contact_is_an_event() -> None:
    text = ("The flight lost contact with air traffic control at 01:20 MYT. It last made voice "
            "contact with the tower at 01:19 MYT.")
    frame = framed(text)
    assert row(frame, "01:20 MYT")["event"] == row(frame, "01:19 MYT")["event"] == "contact"


def test_an_audience_is_counted_by_its_event() -> None:
    text = "The men were winched to the surface as an estimated 5.3 million people watched."
    assert row(framed(text), "5.3 million people")["event"] == "watch"


def test_date_before_the_verb_belongs_to_the_verb() -> None:
    text = "US President Donald Trump on Sunday endorsed Japanese Prime Minister Sanae Takaichi."
    frame = framed(text, EVENTS)
    assert row(frame, "Sunday")["event"] == "endorsement"
    assert row(frame, "Sunday")["event_source"] == "vocabulary"


def test_vocabulary_phrase_beats_a_general_word() -> None:
    text = "The US president wrote in a Truth Social post on Thursday."
    assert row(framed(text, EVENTS), "Thursday")["event"] == "endorsement"
    assert row(framed(text), "Thursday")["event"] == "post"


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [
        ("Trump had threatened a 25% tariff initially.", "25%", "threat"),
        ("In exchange, Washington lowered import levies to 15%.", "15%", "actual"),
        ("Japan pays 15% now, down from the 25% tariff.", "25%", "previous"),
        ("Japan pays a 15% tariff, not the 25% tariff Trump threatened.", "25%", "threat"),
        ("Trump's planned April visit to China follows.", "April", "plan"),
        ("She called for a last month's election to seek a mandate.", "last month", "call"),
        ("The LDP won 310 seats.", "310 seats", "actual"),
        ("Revenue was $94.9 billion, up 6% from a year earlier.", "6%", "change"),
        ("Shares closed down 3.2% on Friday.", "3.2%", "change"),
    ],
)
def test_roles(text: str, surface: str, role: str) -> None:
    assert row(framed(text), surface)["role"] == role


def test_heads_of_figures() -> None:
    frame = framed("Trump had threatened a 25% tariff. The LDP won a two-thirds majority.")
    assert row(frame, "25%")["head"] == "tariff"
    assert row(frame, "two-thirds")["head"] == "majority"
    assert row(framed("Washington lowered import levies to 15%."), "15%")["head"] == "tariff"


def test_a_date_over_a_comma_takes_the_event_of_the_clause_after_it() -> None:
    frame = framed("On April 20, 2010, an explosion occurred on the rig.")
    assert row(frame, "April 20, 2010")["event"] == "explosion"


def test_a_figure_named_right_before_it_takes_that_name_as_head() -> None:
    assert row(framed("A magnitude 7.0 earthquake struck."), "7.0")["head"] == "magnitud"
    assert row(framed("It had a magnitude of 7.0 on Tuesday."), "7.0")["head"] == "magnitud"


def test_irregular_past_forms_name_their_event() -> None:
    frame = framed("Leaders met on Friday; the party won on Sunday; broadcasts began on Monday.")
    meeting = row(framed("The meeting on Friday."), "Friday")["event"]
    start = row(framed("It will start on Monday."), "Monday")["event"]
    assert row(frame, "Friday")["event"] == meeting
    assert row(frame, "Sunday")["event"] == "win"
    assert row(frame, "Monday")["event"] == start


def test_an_introductory_date_reaches_past_a_subordinate_clause() -> None:
    frame = framed("On 20 April 2010, while drilling at the well, an explosion killed 11 men.")
    assert row(frame, "20 April 2010")["event"] == "explosion"


def test_a_date_opening_its_sentence_without_a_comma_reaches_on() -> None:
    frame = framed("On 13 October 2010 the men were winched to the surface one at a time, in a "
                   "specially built capsule, as an estimated 1 billion people watched.")
    assert row(frame, "13 October 2010")["event"] == "watch"


def test_heads_of_measures() -> None:
    frame = framed("The focus was 130 kilometres off the coast at a depth of about 24.4 "
                   "kilometers (15.2 mi); a wave 10 m high hit.")
    assert row(frame, "130 kilometres")["head"] == "distance"  # km and miles: a distance
    assert row(frame, "24.4 kilometers")["head"] == "depth"  # named before "of"
    assert row(frame, "15.2 mi")["head"] == "depth"  # a conversion in brackets: the same
    assert row(frame, "10 m")["head"] == "length"  # metres and feet: a size


def test_dateline_dates_no_event() -> None:
    text = "Tokyo, February 9: Takaichi on Sunday expressed appreciation for the message."
    claims = extract_claims(text, "2026-02-09")
    frame = add_frames(claims, {"": text}, datelines={"": (0, 17)})
    assert row(frame, "February 9")["role"] == "dateline"
    assert row(frame, "February 9")["event"] == ""
    assert row(frame, "Sunday")["event"] != ""


def test_frames_without_texts_use_the_claim_alone() -> None:
    claims = extract_claims("The vote is on Sunday.", "2026-02-09")
    frame = add_frames(claims)
    assert len(frame) == len(claims)
    assert {"event", "role", "head", "context", "sentence"} <= set(frame.columns)


def test_clauses_split_at_conjunctions_and_mark_hard_breaks() -> None:
    text = "He endorsed her as Japan voted: a big day, said aides."
    spans = clauses(text, 0, len(text))
    pieces = [text[a:b].strip() for a, b, _ in spans]
    assert pieces[0] == "He endorsed her"
    assert pieces[1].startswith("as Japan voted")
    hard = [h for _, _, h in spans]
    assert hard[2] is True  # after the colon


def test_clock_times_and_digit_groups_do_not_split_clauses() -> None:
    text = "The quake struck at 14:46 and killed 15,000 people, officials said."
    pieces = [text[a:b].strip() for a, b, _ in clauses(text, 0, len(text))]
    assert pieces[0] == "The quake struck at 14:46 and killed 15,000 people"


def test_a_date_reaches_its_event_across_a_bracketed_aside() -> None:
    text = ("It was a megathrust earthquake at 05:46 UTC (14:46 local time) on 11 March 2011, "
            "and the tsunami came later.")
    frame = framed(text)
    assert row(frame, "11 March 2011")["event"] == row(frame, "05:46 UTC")["event"] != ""
    assert row(frame, "14:46 local time")["event"] == row(frame, "05:46 UTC")["event"]


def test_a_second_figure_after_and_takes_its_own_event() -> None:
    frame = framed("At least 107 people were killed and 238 were injured.")
    assert row(frame, "107 people")["event"] == "death"
    assert row(frame, "238")["event"] == "injury"
    assert row(frame, "238")["head"] == "person"  # a bare casualty figure counts people


def test_the_missing_are_counted_apart_from_the_dead() -> None:
    frame = framed("More than 503 people have died and 784 are missing in six prefectures.")
    assert row(frame, "784")["event"] == "miss"
    assert row(frame, "784")["head"] == "person"
    listed = framed("Police confirm 15,898 deaths, 6,157 injured, and 2,531 people missing.")
    assert row(listed, "2,531 people")["event"] == "miss"  # not the injured before it
    # "15,898 deaths" are people dead, as "killed 15,898 people" are
    assert (row(listed, "15,898 deaths")["event"], row(listed, "15,898 deaths")["head"]) == (
        "death", "person")


def test_a_length_before_an_event_is_counted_from_it() -> None:
    # "accident" stands nearer "ten days" than "beginning", but the length is counted from
    # what comes after "before"
    frame = framed("The crane accident comes just ten days before the beginning of the Hajj. "
                   "The collapse came ten days before the start of the pilgrimage.")
    durations = frame[frame["kind"] == "duration"]
    assert list(durations["event"]) == ["start", "start"]
    assert row(framed("The talks ran for ten days in March."), "ten days")["event"] == "meet"


def test_people_trapped_or_affected_are_counted_by_that_event() -> None:
    frame = framed("Thirty-three men were trapped underground. An estimated three million "
                   "people were affected by the quake.")
    assert row(frame, "Thirty-three men")["event"] == "trap"
    assert row(frame, "three million people")["event"] == "affect"


def test_a_rig_that_exploded_is_an_explosion() -> None:
    frame = framed("On April 20, 2010, the Deepwater Horizon, a drilling rig owned by "
                   "Transocean, exploded.")
    assert row(frame, "April 20, 2010")["event"] == "explosion"


def test_a_qualified_figure_takes_the_event_before_it() -> None:
    # "injuring" is fewer letters from "126 people" than "killing", but "at least" is the
    # figure's: the verb before it governs it
    frame = framed("A quake struck Tibet, killing at least 126 people and injuring 188.")
    assert (row(frame, "126 people")["event"], row(frame, "188")["event"]) == ("death", "injury")
    assert row(frame, "188")["head"] == "person"


def test_a_death_toll_counts_the_dead() -> None:
    frame = framed("The death toll from Tuesday's earthquake in Tibet has risen to 126.")
    assert (row(frame, "126")["event"], row(frame, "126")["head"]) == ("death", "person")
    # a toll of another kind is no count of the dead
    assert row(framed("The bridge toll has risen to 12."), "12")["head"] != "person"


def test_a_figure_converted_in_brackets_takes_the_head_after_the_bracket() -> None:
    frame = framed("Nippon Steel closed its ¥2.1 trillion ($14.1bn) purchase of US Steel.")
    assert row(frame, "¥2.1 trillion")["head"] == row(frame, "$14.1bn")["head"] == "acquisition"


def test_words_of_a_takeover_are_one_event() -> None:
    frame = framed("It completed a $14.9bn acquisition after an 18-month battle. The purchase "
                   "ended a 20-month takeover saga.")
    assert {row(frame, t)["event"] for t in ("$14.9bn", "18-month", "20-month")} == {
        "acquisition"}


def test_a_pledge_is_a_plan_and_a_qualifier_no_head() -> None:
    frame = framed("It has pledged to invest about $11bn. It will invest roughly $11bn by 2028.")
    rows = frame[frame["text"] == "$11bn"]
    assert list(rows["role"]) == ["plan", "plan"]
    assert list(rows["head"]) == ["invest", "invest"]


def test_a_figure_after_an_apposition_takes_the_event_before_it() -> None:
    text = ("A court on Thursday sentenced Adebayo Okonkwo, a 56-year-old former aide, to 10 "
            "years in jail.")
    assert row(framed(text), "10 years")["event"] == row(framed(text), "Thursday")["event"]
    assert row(framed(text), "10 years")["event"] != ""


def test_a_verdict_of_guilty_is_a_conviction() -> None:
    frame = framed("He was convicted in July. Okonkwo was found guilty on 14 charges in June.")
    assert row(frame, "July")["event"] == row(frame, "June")["event"] == "conviction"


def test_from_is_a_previous_figure_only_beside_a_change() -> None:
    frame = framed("He received the payments from three construction firms. Tariffs fell to 15% "
                   "from 25%. The levy was cut from 30% to 20%.")
    assert row(frame, "three construction firms")["role"] == "actual"
    assert row(frame, "25%")["role"] == row(frame, "30%")["role"] == "previous"
    games = framed("They have lost once in 28 league matches and won 21 of 29 league games.")
    assert row(games, "28 league matches")["head"] == row(games, "29 league games")["head"]
    companies = framed("They were paid by four building companies.")
    assert row(frame, "three construction firms")["head"] == row(
        companies, "four building companies")["head"]


def test_a_confidence_vote_is_no_election() -> None:
    frame = framed("The election was called after he lost a confidence vote in March.")
    assert row(frame, "March")["event"] == "confidence vote"


def test_a_share_of_the_vote_and_a_share_of_the_count() -> None:
    frame = framed("The alliance won 32.7% of the vote. With 98% of votes counted, it led.")
    assert row(frame, "32.7%")["head"] == "election"  # "vote" is one of its words
    assert row(frame, "98%")["head"] == "count"


def test_falling_short_is_no_change() -> None:
    frame = framed("It fell short of a majority in the 230-seat parliament.")
    assert row(frame, "230-seat")["role"] == "actual"


def test_a_modifier_that_makes_another_measure_stays_in_the_head() -> None:
    frame = framed("Consumer price inflation dropped to 2.3%. Core inflation fell to 3.9%.")
    assert row(frame, "2.3%")["head"] == "inflation"
    assert row(frame, "3.9%")["head"] == "core inflation"


def test_a_state_of_emergency_and_a_fire_breaking_out() -> None:
    frame = framed("A wildfire broke out on Tuesday. The governor declared a state of emergency "
                   "on Monday. The blaze, which started yesterday, spread.")
    assert row(frame, "Tuesday")["event"] == row(frame, "yesterday")["event"] == "start"
    assert row(frame, "Monday")["event"] == "emergency"


def test_a_short_clause_is_read_with_the_clause_before() -> None:
    frame = framed("As the Palisades Fire, which started yesterday, grew, people fled.")
    assert row(frame, "yesterday")["context"].startswith("as the palisades fire")


def test_a_word_inside_a_name_is_not_an_event() -> None:
    text = "On Sunday, the State Department said it welcomed the result."
    assert row(framed(text), "Sunday")["trigger"] == "welcomed"  # not "Department" (depart)


def test_a_statement_is_reported_speech_not_an_event() -> None:
    text = "The ministry issued a statement on Sunday."
    assert row(framed(text), "Sunday")["event_source"] == "reporting"


@pytest.mark.parametrize(
    ("words", "same"),
    [
        (("endorsed", "endorsement", "endorses", "endorse"), True),
        (("planned", "plans", "planning"), True),
        (("election", "elections"), True),
        (("visit", "tariff"), False),
    ],
)
def test_stem(words: tuple[str, ...], same: bool) -> None:
    assert (len({stem(w) for w in words}) == 1) is same


def test_figures_carry_their_target_and_date() -> None:
    frame = framed("Washington set a 25% tariff on Japanese cars on Monday.")
    assert row(frame, "25%")["target"] == canonical_word("cars")
    assert row(frame, "25%")["when"].startswith("2026-02-09")
    assert row(framed("Shares rose 2%."), "2%")["when"] == ""


@pytest.mark.parametrize(
    ("text", "figure", "holder"),
    [
        ("The far-right Chega party won 58 seats.", "58 seats", "chega"),
        ("Prime Minister Luis Montenegro's alliance took 89 seats.", "89 seats", "montenegro"),
        ("AD had secured 89 of parliament's 230 seats.", "230 seats", "parliament"),
        ("Labour won about 411 seats.", "411 seats", "labour"),
        # no name before the verb, or no holding verb: anyone's figure
        ("The party won 60 seats.", "60 seats", ""),
        ("They won 60 seats.", "60 seats", ""),
        ("Chega's vote rose to 22.8%.", "22.8%", ""),
        ("US Steel, which has about 22,000 employees, was founded in 1901.",
         "22,000 employees", ""),
    ],
)
def test_a_figure_carries_whose_it_is(text: str, figure: str, holder: str) -> None:
    assert row(framed(text), figure)["holder"] == holder


def test_a_holder_is_read_through_an_acronym_and_the_aliases() -> None:
    # "AD" stands for the alliance its article defines it as; a vocabulary alias says so
    # for an article that never spells it out. Either way, the alliance's 89 seats.
    text = "The Democratic Alliance (AD) is led by Luis Montenegro. AD won 89 seats."
    assert row(framed(text), "89 seats")["holder"] == "alliance"
    claims = extract_claims("AD won 89 seats on Sunday.", "2026-02-09")
    aliased = add_frames(claims, {"": "AD won 89 seats on Sunday."},
                         aliases={"ad": "Democratic Alliance"})
    assert row(aliased, "89 seats")["holder"] == "alliance"
    assert row(framed("AD won 89 seats on Sunday."), "89 seats")["holder"] == "ad"


def test_a_distance_carries_the_place_it_is_measured_from() -> None:
    text = ("The mine lies 45 kilometers (28 mi) north of the regional capital of Copiapó, in "
            "northern Chile. The men were trapped 5 kilometers (3 mi) from the mine's entrance. "
            "It sank 40 miles (64 km) away.")
    frame = framed(text)
    assert row(frame, "45 kilometers")["origin"] == "capital|copiapó|regional"
    assert row(frame, "28 mi")["origin"] == "capital|copiapó|regional"
    assert row(frame, "5 kilometers")["origin"] == row(frame, "3 mi")["origin"] == "entrance|mine"
    assert row(frame, "40 miles")["origin"] == ""


def test_a_rate_carries_what_it_is_given_per() -> None:
    frame = framed("Teachers earn $600 a month. Oil hit $80 a barrel a year ago. "
                   "The firm pays $2 per share, up 3% a year earlier.")
    assert row(frame, "$600")["per"] == "month"
    assert row(frame, "$80")["per"] == "barrel"
    assert row(frame, "$2")["per"] == "share"
    assert row(frame, "3%")["per"] == ""


def test_others_are_people_counted_by_their_event() -> None:
    frame = framed("At least 12 people died and 40 others were injured in the blast.")
    assert row(frame, "40")["head"] == row(frame, "12 people")["head"] == "person"
    assert row(frame, "40")["event"] == "injury"


def test_an_age_set_off_after_a_name_the_names_missed_is_that_persons() -> None:
    frame = framed("Kishida, 67, announced his resignation.")
    assert row(frame, "67")["head"] == "kishida"


@pytest.mark.parametrize(
    ("text", "surface", "other", "other_surface"),
    [
        ("The hurricane hit Florida on Saturday with 130 mph winds.", "Saturday",
         "The storm hit on Saturday.", "Saturday"),
        ("The minister stepped down on Wednesday.", "Wednesday",
         "The minister resigned on Tuesday.", "Tuesday"),
        ("The truce began on Saturday.", "Saturday", "The ceasefire began on Friday.", "Friday"),
        ("Officers detained 54 protesters on Sunday.", "Sunday",
         "Police arrested 45 people on Sunday.", "Sunday"),
    ],
)
def test_words_of_one_event(text: str, surface: str, other: str, other_surface: str) -> None:
    event = row(framed(text), surface)["event"]
    assert event and event == row(framed(other), other_surface)["event"]
