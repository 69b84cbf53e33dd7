"""One shared scan for every numeric claim kind: number parsing, context reading, and its cache.

The package's modules, each building on those before it: `words` (number words and values),
`context` (what the words around a number say), `hits` (finding numbers and ranges),
`classify` (what each number is), `passes` (over a whole text's claims) and `scanner` (`scan`
and `claims_of`, which the numeric extractors call).

The numeric extractors (number, percent, money, quantity, age, duration) all read the same
numbers, so the text is scanned once: a compiled regex finds each number (digits with
separators, number words, fractions, "a dozen"), adjacent numbers are merged into ranges,
and cheap anchored regexes look at the few characters around each number to decide its kind
(a currency before it, "%" after it, a counted noun after it...). Each extractor module then
yields the claims of its own kind from the cached result.

Conventions (documented here once, relied on by tests):

* ``value`` is a float in full units; a range ("20-25", "between 3 and 4") has qualifier
  ``range`` and value = midpoint, ``value_low``/``value_high`` = its ends; "between five and 10
  years" (a word below ten, digits above, as wire style spells them) is one. "from 3 to 5" is a
  change, not a range: two claims, the start taking the end's unit and scale ("from 3 to 5
  percent": 3 %; "range from 10 to 15 years" is a range). A ratio ("one in five", "3 out of 10")
  is a number with unit ``ratio`` and value 0.2. Minor units become major ones ("50 cents" = 0.5
  USD).
* The span is the numeric expression itself; qualifier words ("about", "more than",
  "between") stay outside it and are read into ``qualifier`` and the interval.
* A bare "3m"/"2b" is a count in millions/billions only when a counted noun follows
  ("1.2m ballots"), metres before a dimension word ("1.8m tall") or where the sentence
  measures a length ("the outreach is 48m", "1m is equal to 10 dm"); alone it is as likely
  metres or a label, so it is dropped. A capital M or B ("10M"), "b" after a decimal ("1.2b")
  and "MM" are scales even alone; a bare "t" is tonnes only where a weight is measured.
* Measures: a unit of measurement after the number, glued or not ("10km", "120 km/h",
  "240 square metres", "40°C"), is a quantity whose unit is the canonical unit name
  (`factcheck.units`); a length per hour is a speed ("50 km an hour" as "50 km/h"), barrels a
  day and "bpd" are "barrel per day"; a C is a temperature after a sign or a decimal ("-3C")
  or a weather word; "5 feet 2 inches" is 5.17 feet; "pounds" weigh only after "weigh"
  or a load word, before "of <noun>", as "a 500-pound bomb" or next to another unit of mass
  ("a metric ton is equal to 2,204.62 pounds"), else they are money.
* Qualifiers: ``about`` (about, around, some, nearly...: value ±10 %, "nearly" only below),
  ``more than``/``at least`` (open upper bound: value_high NaN), ``less than``/``at most``
  (open lower bound), ``vague`` ("thousands of": value NaN, bounds 2x..100x the unit).
  Said after the number, outside its span: "107 or more" is at least, "two years or less"
  at most, "a hundred or so" about.
* Not claims: URLs, handles, hashtags, dotted versions and IP addresses, phone numbers and
  ISBN-like digit groups, ids (ten digits or more with no group separator and no sign), times
  (12:30, 5 pm), digit ordinals ("the 5th") and spelled ones ("finished twenty-second", "the
  twenty-first day"; "a twenty-second clip" is a length), numbers glued to letters other than a
  unit (G7, 5G), labels after a capitalised word (Marine One, Windows 10), bare four-digit years
  1000-2199 and day numbers next to a month name (the dates extractor owns those), a bare "one" (a
  pronoun far more often than a count), "a few", "several", "a" and "an" (except "a dozen", "a
  third of", "a million", "a decade", a fraction ending a clause: "fell by a third."; "a fifth
  term" is a rank), scores' second halves as counts ("3-1 win"), "a year" right after an amount (a
  rate: "800,000 a year").
* Spoken and written forms: "five point five" = 5.5, "three and a fifth" = 3.2, "two million
  and three fifths" = 2,600,000, "twenty-three fifths" = 4.6, "three dozens" = 36, 1e6 and
  1.3e-2, "10 bln", "4 thousand 3 hundred and 21", "40 000" (digits grouped by spaces: one
  plain-space group only after a currency, before a unit or opening with a zero; else two
  numbers, "ordered 20 787 Dreamliners"), "two thirds of a million", "fourfold" (unit
  ``fold``). A slash fraction is a number as "3/4 of", in "2 1/4", signed, or over a fraction
  denominator (2, 3, 4, 5, 8, 10, 16...) with no date word before ("on 3/4", "9/11"
  stay dates). "One over three" is read only ending a clause ("2 over par" is not); powers
  ("1.1^23") are maths notation, not news: not read. Basis points are percentage points
  divided by 100 ("25bp" = 0.25, unit ``pp``).
* Durations: "over three years" is exact (as often "during" as "more than"); "a decade"
  is 10 years; "two hours and 30 minutes" is 2.5 hours; "all day", "all-day", "a full week",
  "another month" and "another business day" are one unit, "half year" half of one, "a couple
  of days" about 2, "several weeks", "a few days" and "for some days" vague (2-9).
  An offset from now or from a calendar day ("3 days from now", "2 weeks before May 13") and
  clock minutes ("20 minutes past eight") name a moment: no duration. Offsets from an event
  ("two days after the vote", "three weeks later") and "in/within/next 3 days" stay lengths.
* Ordinals are claims only in "the first/second/... <noun> in|to|since|ever|of ..." (a
  ranking: "the first party in postwar Japan to ..."), value = rank, unit ``ordinal``;
  "first term", "her first since ..." are not.
"""

from factcheck.extract._numscan.context import singular
from factcheck.extract._numscan.scanner import claims_of, scan
from factcheck.extract._numscan.words import parse_number, parse_words

__all__ = ["claims_of", "parse_number", "parse_words", "scan", "singular"]
