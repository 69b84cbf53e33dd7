"""Dates and times: one scanner for both, with tense cues and interval resolution.

The package's modules, each building on those before it: `words` (vocabularies and pattern
pieces), `tense`, `arithmetic` (intervals and the occurrences of cycles), `clocks`, `days`,
`periods`, `holidays`, `anchors` (where a date may start) and `scanner` (`scan`, which the date
and time extractors call).

Conventions (dates.py and times.py yield what this package finds):

* ``value`` is the reading relative to the reference date: days ``2026-02-05``, months
  ``2026-02``, years ``2025``, seasons ``2025-SU`` (SP/SU/FA/WI, northern meteorological;
  winter is labelled by its December: ``2025-WI`` = 2025-12-01..2026-02-28), ISO weeks
  ``2026-W06``, weekends ``2026-W06-WE``, quarters ``2026-Q1``, decades ``199X``, times
  ``2026-02-09T00:30`` (seconds only when written). Without a reference date a relative
  expression keeps what the text pins: ``value`` equals ``timex`` (``XXXX-WXX-4``,
  ``XXXX-02-08``) and ``low``/``high`` are None; absolute ones keep their interval.
* ``timex`` is what the text pins, X for the unknown parts (``XXXX-WXX-4``, ``XXXX-XX-05``,
  ``XXXX-07``). A period the text names relative to the reference ("last summer", "last
  month", "yesterday") gets its resolved value when every admissible reading agrees. A
  weekday next to a month and day ("Thursday, March 19") pins the year.
* ``low``/``high`` is the inclusive hull of every admissible reading over every admissible
  reference day: the reference itself, or the 7 days up to it when ``reference_certain`` is
  False. For yearly and monthly cycles ("February 8", "the 5th", "July") a reading a whole
  cycle away from the estimate's is dropped: it only means the text's date falls inside
  that week. Under an estimate, a future's ``value`` is its reading nearest the estimate.
  Early/mid/late and "the end of" narrow a month, year, decade or relative
  period to its thirds; "around" widens a time near midnight to the day before or after.
* ``reading``: ``absolute``; ``past``/``future``/``present`` when tense or the words decide;
  ``ambiguous`` when they do not (a weekday then spans its past and future occurrence, a
  month and day takes the nearest occurrence).
* Tense comes from the nearest cue word in the clause: past (``-ed``, irregular past,
  perfect), future (will, 'll, going to), or a word governing the noun phrase after it
  (ahead of, upcoming, planned, looking forward to; not "than expected", "as planned").
  "May", "might" and "could" look ahead as "will" does ("could not", "could see" and a
  modal before "have" and a participle do not), and so do "is to", "is likely to" and verbs
  of a timetable in the present ("expires", "takes effect", "resume", "kicks off"); an
  irregular verb after "to" is no past ("expected to hit"), a verb after "and" heads the
  next predicate. A future after a past verb ("said he
  will", "wished ... ahead of") is seen from a past speech act, so it is resolved from
  reference days up to a week earlier; after a present perfect ("has endorsed her ahead
  of Sunday's vote") it is still to come. A weekday may be the reference day itself (news
  names today's weekday: "Trump said on Monday" in Monday's paper); "last"/"next" weekday
  keep both the nearest and the previous/next week's occurrence; British "Thursday week" is
  a week after the coming Thursday.
* A weekday with a day of month ("Monday 21st", "Fri 14th") is the nearest month whose day
  falls on that weekday (or the past/future one by tense). Holidays: fixed ones by their day
  (Independence Day is the US one; International Workers' Day is 1 May), movable ones
  computed (Easter, Thanksgiving, Labor Day, Memorial Day, Martin Luther King Day).
  Centuries: "the 21st century" is ``20XX``, 2001-2100; "the 1800s" ``18XX``, 1800-1899
  ("the late 1800s" 1867-1899; "the 1990s" and "the 2000s" are decades). "The end of the
  month/week/year" is the current one's last third; "the year" of "the end of the year" or
  "the fourth quarter of the year" is the reference's unless the tense puts that part on the
  other side ("sales fell at the end of the year" in March: last year's; "will open in the first
  quarter of the year" in November: next year's). Spelled forms are read too: "the
  twenty-second of June", "June the first", "half past three", "a quarter to eleven", "seven
  p.m.", "7 in the evening".
* "The first week of May" is the Monday-week whose Thursday falls in May (ISO weeks for a
  year); "the week of April 10" the week holding it. Quarters and halves: ``2026-Q3``,
  ``2026-H1``; a bare "Q3" only after a preposition. "3 days from now" mirrors "3 days ago";
  "three weeks from tomorrow", "two days before yesterday" move the base day; "2 days
  hence" and "four weeks in the future" count as "from now" does. "The second Sunday of
  March", "the last Friday in May 2027" are that day of the year (the nearest or the tense's
  when no year is written); "the first Thursday of each month" recurs and is no date, as
  "every (other) Tuesday" is; "the Monday before the match" counts from an event (no date).
* "Fiscal (year) 2025" and "FY25" are the span fiscal years named 2025 cover between them
  (July 2024 to March 2026: countries and companies start them in different months); "FY
  2025-26" runs from April 2025 to June 2026. "1Q16", "3Q 2016", "1H17" are quarters and
  halves; "the June quarter" is the calendar quarter ending in June; "by year-end", "at month
  end" the end of the current year or month.
* A full month name that is hardly a name (not April, May, June, March) is a date alone as a
  clause's subject or owner ("September was the wettest month", "October's figures"); a month
  listed after another is one ("in January, February and March"). "2018 or 2019" is one date
  holding both years (qualifier ``range``). Years in words also follow a quarter, half, week
  or season ("the third quarter of two thousand and twenty"), "the year" and "since", "by",
  "until"; "a century ago" counts back a hundred years.
* Stretches counted from the reference are one date whose value is the interval
  (``2026-01-26/2026-02-08``): "the past two weeks", "the last 3 months", "over the past week"
  (the days before it), "the next 3 days" (the days after), "within 9 months" (from it); a vague
  count, "the past few weeks", "the next several days", or none, "in recent weeks", "over the
  coming months", holds every reading (up to 6 or 9 units) and is marked "about". Without
  last/next, "in 2 weeks" (a day, as "2 weeks from now") and "within a year" count from the
  reference only under a future verb ("in two weeks' time" under any): "the first time in 10
  years" and "died within a year of the crash" stay durations. "Will be held" and "will have"
  are future: a participle or "have" after a modal takes the modal's tense. Hours and minutes
  reach the days they touch, the reference day included ("in the past 24 hours", "3 hours ago":
  the day before and the day itself); "by the end of the day" and "EOD" are the reference day (a
  day after them names it instead: "by the end of the day Saturday"; "at the end of the day,
  ..." is the idiom "ultimately").
* Parts of day are times valued with the TIMEX code (``TMO``, ``TAF``, ``TEV``, ``TNI``):
  "Sunday morning" is ``2026-02-08TMO``; alone only after a preposition, a weekday or
  early/late ("in the morning", "late afternoon", "at night"), never as a noun ("the evening
  news"). "This morning", "last night", "tonight" are parts of the day they name. A night runs
  into the next day (``high``). Meals after a time preposition are parts of day too ("at
  lunch", "after dinnertime tomorrow": ``TBF`` breakfast 06-10, ``TLU`` lunch 11-14, ``TDI``
  dinner or supper 17-21; "at dawn", "before daybreak" the morning, "until dusk", "at
  nightfall" the evening), "midmorning" and "midafternoon" as "mid-morning" are, and so are
  "in the daytime" (``TDT``, 06-18), "in the night-time"
  (``TNI``) and "in the mornings". A clock next to a part of day keeps its own time and takes
  the part's day ("3 a.m. on Sunday morning", "11 p.m. last night", "tonight at 10"), also
  without "in the" ("half past seven afternoon", "1 o'clock lunchtime", "afternoon at 7").
  A day after a clock's aside in another zone is the clock's ("9:40pm (2040 GMT) on Friday":
  both clocks on Friday when they are within 12 hours of each other).
  "The early/small hours (of Sunday)" are the morning (``TMO``), and so is "early (on)
  Sunday"; "late (on) Sunday" is its night (``TNI``). A part of a day the story
  named ("that night", "the next morning") is read only after a clock ("at 10 that night":
  22:00, no day).
* A range of dates is one claim: "from March 3 to 5", "18-19 June", "between 2014 and 2018",
  "Sept.-Nov. 2025" have the ISO interval of their ends as written for value
  (``2026-03-03/2026-03-05``, ``2014/2018``), ``low``/``high`` from the first end's first day to the
  last end's last, and qualifier ``range``. Ends are read first on their own: in "5-6 pm" the first
  takes the second's meridiem, in "Sept.-Nov. 2025" its year, in "March 3 to 5" and "18-19 June" its
  month; a second end without a year comes after the first. Not ranges: a date moved ("postponed
  from March 3 to March 5": two dates), ends that stay ambiguous (weekdays without tense), clock
  times (each end is a time). Lists of days take their month the same way ("22, 23 and 24 March",
  "July 17th, 18th or 19th") when the days rise; "March 3 and 4" without "between" only at the
  clause's end ("March 3 and 4 Democrats" is a count). Bare month abbreviations count only as ends
  of a range ("from Sep to Nov"). A month and day with a slash and no year ("on 11/20", "dated
  22/04") needs a preposition and an order the numbers decide (a day above 12): 3/4, 9/11 and 24/7
  are not dates. With a year, "8/2/2026" stays unread (either order) but "8.11.2016" is day first
  (dots are no US style; not after "version"). A year first is a date with single digits too
  ("2015.5.13", "2015-5-13") when the year is 1900-2099; "Jan-1" is a month and day (not after a
  hyphen: "2019-Sep-1"). "Labor Day weekend" is the long weekend holding the holiday (Sat-Mon;
  Thanksgiving Thu-Sun, Easter Fri-Mon). "Tues." and "Thurs." are weekdays alone ("Wed", "Sat",
  "Sun" only before a date). A spelled day of 21-31 is a day of the month after a date preposition
  at its phrase's end ("resume on the twenty-second."), not a rank.
* Times also: "12 noon", "mid-day", "mid night", noon or midnight before a day or zone
  ("midnight Friday") or after "to" before a pause ("from 6am to midnight"), British
  "at 6.45" (after "at", not after a price verb, before a day, zone or the clause's end) and
  "1140 a.m." (only with a dotted lower-case meridiem: "1140 AM" is a radio station), wire-style
  "0730 GMT", "at 1930 hours", "between 0930-0730" (four digits are a clock with a zone, with
  "hours" after a preposition, or with a leading zero after one: 1930 alone is a year), and
  hours with minutes in words ("at seven twenty-seven", "march eighteenth nine thirty", "from
  three thirty to four thirty"). Minutes to the hour in words: "twenty to nine", "ten to
  nine p.m.", "three minutes to eight" (a bare "ten to nine" is not read: "to" is too common a
  word to look behind, and "three to four in the afternoon" is a range). "It was 8 in the
  morning", "11 in the night" (Indian English), "7 p. m.", "14:00 hrs", "1:21 a.m. Malaysian
  time" (any capitalised place before "time"). The bare first end of a range of clock times
  is a time in the second end's half of the day and on its day ("between 5 and 6 in the
  afternoon": 17:00; "between 3 and 4 a.m. on Sunday"), also without "between"/"from" when
  the second end names its part of day ("5 to seven in the morning"); a first end after 6
  before a morning second end is the evening before ("from 10 till 2 in the morning"). Noon
  and midnight also open a clause ("Noon came and went"), follow a be-verb or a day before a
  pause ("the deadline is Friday midnight."), take minutes ("ten to midnight": 23:50) and a
  zone ("midnight GMT"); "Midnight Oil", "midnight blue" are none. The second end of a range
  of clock times before its first end is on the day after the first's ("from 10 p.m. Friday
  to 6 a.m.": Saturday 06:00), and a weekday there after the first's day ("between 10pm
  Friday and 5am Monday"). Not clocks: a chapter and
  verse ("John 3:16"), a length before its noun ("a 3:12 video"), a race time ("won in
  2:03:59").
* A month and day without a year under a past verb, after a day with its year in the same
  clause, takes that year or the next ("spilled on April 20, 2010, and was capped on July
  15": 2010-07-15); in a clause naming an event by its year, in that year ("The 2020 Olympics
  open on July 24", "the 2018 World Cup ... from 14 June to 15 July"; an earlier year only
  under a past verb). A participle after "will remain/stay" is future ("will remain closed").
* A month and day with no year, no tense cue and no weekday takes the nearest occurrence; a
  tense cue after a comma ("on March 19, he said") only counts when the span's own clause has
  none ("will welcome her on March 19, he said" stays future).
* Dates counted from a named date move it: "two weeks before Christmas", "three days after 12
  January", "the day after Christmas", "the year before 2015" (a day by days, weeks, months or
  years; a month or year by its own unit), "the week before Easter" (the seven days). Compound
  offsets back: "two years and three months ago". Parts of a period: "the first six months of
  2025", "the last 3 weeks of this year", "the ninth month of 2024". Weekdays listed beside a
  named week fall in it ("next week on Tuesday or Thursday", "Monday, Wednesday or Friday next
  week"). "The 10 previous weeks", the next/previous N business days; past and next quarters
  are calendar quarters; "this/last/next fiscal year" spans the common fiscal calendars' years
  holding the reference; decades ("last decade", "the early nineties", "the 70s", "the
  nineteen seventies", "the twenty-tens", "the noughties"; "the past decade" is ten years
  back); centuries in words ("the twenty-first century"; not BC); years in words after a
  month or "in" ("13 Sept nineteen seventy two", "in two thousand and fifteen", parsed by
  ``_year_words``); "the week after next", "(the) year to date", the rest of the
  week/month/year, "over the weekend" (by tense; also after "through", "by", "until",
  "before", "after"; "this weekend" under a past verb is the one just gone),
  "Dec-2018", "12/2015", "2016-11" (not "the 2011-12 season"), "the month of March", month
  abbreviations after a date preposition ("in Aug", "this Sept"), Mother's and Father's Day.
* Not read on purpose: "the 27" without a suffix ("the 27 member states" is a count; news
  writes "the 27th"), "week 10" (a season's or an epidemic's week, with no year), "November
  between 19 and 20" (news writes "November 19-20").
* Not resolved here on purpose: event-relative expressions ("one week after she took office",
  "the next Tuesday" and "the previous Sunday": _anaphora counts them from the text's last
  date, "two days later"; "for the next 30 hours" after a past verb stays a length), ranges
  of clock times (each end is a time), parts of the day as clock hours ("this morning" is
  TMO, not 08:00), times counted from now ("in 5 minutes": the reference is a day, not a
  moment). Phrases pointing back to an earlier date
  of the text ("the next day", "that year") and weekdays another mention pins are resolved
  after the scan, in ``_anaphora``.
"""

from factcheck.extract._calendar.scanner import scan

__all__ = ["scan"]
