"""Tense of a date's clause: past, future, present, or none, read from the nearest cue word.

Past is ``-ed``, an irregular past or a perfect (a date after "since" is past whatever the
verb); future is will, 'll, going to, or a word
governing the noun phrase after it (ahead of, upcoming, planned, looking forward to). A future
after a past verb ("said he will") is seen from a past speech act; after a present perfect
("has endorsed her ahead of Sunday's vote") it is still to come."""

from __future__ import annotations

import re

from factcheck.extract._calendar.words import _set

_IRREGULAR_PAST = _set(
    "was were had did said went won became struck took held met told wrote made gave came got "
    "saw left began ran found thought brought bought sought fought taught caught lost paid sent "
    "spent built kept felt meant led fell rose chose spoke broke stood understood beat sold grew "
    "drew threw knew flew hit ago yesterday earlier previously recently former has have been "
    "oversaw swore sat sank shot blew drove rode froze hid slid stole shook woke wore tore "
    "spun hung dug slept swept dealt lent knelt arose withdrew overthrew overtook undertook "
    "forgave shone sprang shrank drank ate laid upheld withheld overran forbade foresaw "
    # participles after "has"/"have" ("prices have risen since May")
    "risen fallen grown taken shown gone done written spoken chosen broken driven begun flown "
    "thrown drawn sworn beaten stolen undergone withdrawn overtaken arisen sunk shrunk"
)
_NOT_PAST_ED = _set(
    "need needed speed indeed hundred bed seed feed proceed succeed exceed red shed wed bred breed "
    "greed deed heed weed steed kindred sacred naked wicked rugged beloved embed united "
    "expected scheduled planned slated"
)
# Words that put the noun phrase right after them in the future ("ahead of", "upcoming",
# "looking forward to"), whatever the tense of the main verb.
_GOVERNING = _set("ahead upcoming forthcoming coming planned scheduled slated expected due "
                  "forward")
_FUTURE = _set("will shall going plans plan planning aims intends must should expects expect "
               "expecting forecasts predicts")
# Modals of obligation: a future ("must be signed by April"), but a past before "have" and a
# participle ("must have left on Monday").
_OBLIGATION = _set("must should")
# A modal of the present: its clause has no tense of its own to lend a date ("people can
# deposit old notes until Dec. 30", said last week: the nearest Dec. 30, not last year's).
_PRESENT_MODALS = _set("can cannot")
_FIP = _set("would")
# Modals of possibility look ahead as "will" does ("the bank may raise rates in December"),
# but a past before "have" and a participle ("may have met in June"); "could not" is as often a
# past ("could not attend the funeral on Friday"): no cue. Lower case only ("in May").
_POSSIBLE_MODALS = _set("may might could")
# Verbs of a timetable in the present look ahead ("the contract expires on June 30", "the law
# takes effect on July 1", "talks resume on Monday"); "takes", "comes", "goes" and "enters"
# only before "effect" or "into" ("the move comes after protests on Sunday" is no timetable),
# "kicks" before "off".
_SCHEDULED = _set("begins starts opens reopens closes ends expires resumes resume reopen")
_SCHEDULED_IF = _set("takes comes goes enters kicks")
_TIMETABLE_NEXT = (["effect"], ["into"], ["off"], ["to"])  # ("takes effect", "is to visit")
_ABBREVIATIONS = _set("mr mrs ms dr st jr gen gov sen rep no vs jan feb mar apr jun jul aug sep "
                      "sept oct nov dec")
_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’]*|[,;!?\n]|[.:](?!\d)")
_BOUNDARY = frozenset(";:!?\n")


_CUE_MEMO: dict[str, str] = {}


def _cue(token: str) -> str:
    cue = _CUE_MEMO.get(token)
    return _new_cue(token) if cue is None else cue


# The cue of each listed word, read once (the first list holding a word wins). Punctuation
# has one too, for tense_at: "," a comma, "." a full stop, ";" any other end of a clause.
# Words that open another clause after a span: past one, the verbs are not the span's own
# ("takes effect on 1 April, two weeks after it was signed"); a relative clause is skipped to
# its closing comma ("the vote on Sunday, which was held early, ended").
_SUBORDINATORS = _set("after before since when whenever while because although though "
                      "whereas unless until")
_RELATIVES = _set("which who whom whose where")
_COORDINATORS = _set("and but or")
# Verbs of intent: before "to" a future ("hopes to return by October"; "vowed to", a future
# seen from the past; "is likely to" as well); "set" after "is" too ("the vote is set for
# Sunday"). See _intent.
_INTENT = _set("hope hopes hoping want wants wanting seek seeks seeking vow vows vowing pledge "
               "pledges promise promises agree agrees decide decides intend aim prepare "
               "prepares threaten threatens vowed pledged promised agreed decided intended "
               "aimed hoped wanted sought threatened prepared set likely")
_CUE_WORDS = {**{w: "sub" for w in _SUBORDINATORS}, **{w: "rel" for w in _RELATIVES},
              **{w: "fut" for w in _SCHEDULED}, **{w: "sch" for w in _SCHEDULED_IF},
              "is": "sch", "are": "sch",  # ("is to visit": see _TIMETABLE_NEXT)
              **{w: "past" for w in _IRREGULAR_PAST}, **{w: "int" for w in _INTENT},
              **{w: "fip" for w in _FIP}, **{w: "pres" for w in _PRESENT_MODALS},
              **{w: "fut" for w in _FUTURE}, **{w: "gov" for w in _GOVERNING},
              ",": ",", ".": ".", **{c: ";" for c in _BOUNDARY}}


def _new_cue(token: str) -> str:
    """The cue of a token not in the memo yet, memoized."""
    low = token.lower()
    cue = _CUE_WORDS.get(low)
    if cue is None:
        last = low[-1:]  # (most words end otherwise: two suffix tests saved)
        if last == "l" and low.endswith(("'ll", "’ll")):
            cue = "fut"
        elif low in _POSSIBLE_MODALS and token[0].islower():
            cue = "mod"
        elif (last == "d" and len(low) > 3 and low.endswith("ed") and token[0].islower()
              and low not in _NOT_PAST_ED):
            cue = "past"
        else:
            cue = ""
    if len(_CUE_MEMO) > 50000:
        _CUE_MEMO.clear()
    _CUE_MEMO[token] = cue
    return cue


# (and linking verbs: "will remain closed on November 12", "will stay shut until Monday")
_AUXILIARY = _set("be been have get not also still then soon remain stay")


_PRESENT_BE = _set("is are am")


def _modal_before(tokens: list[str], k: int) -> str:
    """'fut' or 'fip' when a participle or "have" at ``k`` hangs on a modal ("will be held",
    "will have a meeting", "would have been"), 'now' when it hangs on a present "is" ("is
    located", "are expected": a present passive), else ''."""
    j = k - 1
    while j >= 0 and j >= k - 3 and tokens[j].lower() in _AUXILIARY:
        j -= 1
    if j < 0 or j == k - 4:
        return ""
    if tokens[j].lower() in _PRESENT_BE or tokens[j].lower() in _PRESENT_MODALS:
        return "now"  # ("can be held": the modal speaks)
    if tokens[j].lower() == "to" and j:
        return _bound_to(tokens, j - 1)
    if tokens[j].lower() in _OBLIGATION and any(t.lower() == "have" for t in tokens[j + 1:k]):
        return ""  # "must have left": a past
    cue = _cue(tokens[j])
    if cue == "mod":
        return _possible(tokens, j)
    return cue if cue in ("fut", "fip") else ""


def _bound_to(tokens: list[str], k: int) -> str:
    """The cue of the word at ``k`` before "to be" and a participle: 'fut' for "is to be held"
    or "is set to be signed", 'fip' for "was to be held" or "vowed to be", else ''."""
    word = tokens[k].lower()
    if word in _PRESENT_BE:
        return "fut"
    if word in ("was", "were"):
        return "fip"
    cue = _cue(tokens[k])
    if cue == "int":
        cue = _intent(tokens, k)
    return cue if cue in ("fut", "fip") else ""


# "Has" and "have" are past cues only as a perfect's auxiliary, before a participle ("has
# met", "have already said", "has been"); before anything else they are a present ("they have
# a meeting on Friday").
_HAVE = frozenset(("has", "have", "Has", "Have"))
_PERFECT_ADVERBS = _set("already also just now not never since still recently long")


def _participle_after(tokens: list[str], k: int) -> bool:
    """Whether a past form (the participle) follows the "has"/"have" at ``k`` (an adverb
    between allowed)."""
    j = k + 1
    if j < len(tokens) and tokens[j].lower() in _PERFECT_ADVERBS:
        j += 1
    return j < len(tokens) and _cue(tokens[j]) == "past"


def _intent(tokens: list[str], k: int) -> str:
    """The cue of a verb of intent at ``k``: 'fut' before "to" ("hopes to"), 'fip' for its past
    ("vowed to"), else 'past' for a past form ("vowed revenge") or '' for a present one;
    "is set" and "set to/for" are 'fut', "was set" 'fip', another "set" '' ("set up")."""
    word = tokens[k].lower()
    past = word.endswith("ed") or word == "sought"
    if word == "set":  # "is set for Sunday", "the meeting set to take place on May 16"
        before = tokens[k - 1].lower() if k else ""
        after = tokens[k + 1].lower() if k + 1 < len(tokens) else ""
        if before in ("was", "were"):
            return "fip"
        return "fut" if before in _PRESENT_BE or after in ("to", "for") else ""
    if k + 1 < len(tokens) and tokens[k + 1].lower() == "to":
        return "fip" if past else "fut"
    return "past" if past else ""


def _infinitive(tokens: list[str], k: int) -> bool:
    """Whether the past form at ``k`` is an infinitive after "to" ("expected to hit", "vowed to
    cut": an irregular verb's base form reads as its past)."""
    return k > 0 and tokens[k - 1] == "to" and not tokens[k].endswith("ed")


def _possible(tokens: list[str], k: int) -> str:
    """The cue of "may", "might" or "could" at ``k``: 'past' before "have" and a participle
    ("may have met"), '' for "could not" and "could see", else 'fut'."""
    nxt = tokens[k + 1].lower() if k + 1 < len(tokens) else ""
    if nxt == "have":
        return "past" if _participle_after(tokens, k + 1) else "fut"
    if tokens[k] == "could" and (nxt == "not" or nxt in _SENSES or nxt == "be" and k + 2 < len(
            tokens) and tokens[k + 2].lower() in _SENSED):
        return ""  # "could not attend", "could see flames", "could be heard": often a past
    return "fut"


_SENSES = _set("see hear feel smell")
_SENSED = _set("seen heard felt smelled")


def _perfect_at(tokens: list[str], k: int) -> bool:
    """Whether the past cue at ``k`` is a present perfect ("has endorsed", "have already
    said", "has been called", or the "has" itself): it speaks from now, so a future after it
    ("has endorsed her ahead of Sunday's vote") is still to come, not seen from the past."""
    if tokens[k] in _HAVE:
        return True
    j = k - 1
    while j >= 0 and j >= k - 2 and (tokens[j].lower() in _PERFECT_ADVERBS
                                     or tokens[j] == "been"):
        j -= 1
    return j >= 0 and tokens[j] in _HAVE


def tense_at(text: str, start: int, end: int) -> str:
    """'past', 'future', 'fip' (future seen from a past act) or '' from cues near a span.

    The nearest cue word in the clause decides (distance in words); a governing word
    ("ahead of", "upcoming", "planned") up to a dozen words before the span, with no comma
    between, wins; a future after a past verb ("said he will") is a future seen from the past,
    unless every past verb is a present perfect ("has said he will"). After the span, a word
    opening another clause ("after", "when") ends the reading and a relative clause ("which
    was held") is skipped.
    """
    low = max(0, start - 160)
    # A line break ends the clause (a token of _BOUNDARY): the words before it are not read.
    low = max(low, text.rfind("\n", low, start) + 1)
    before = _TOKEN.findall(text, low, start)
    kind_before, dist_before = "", 10**6
    governing = ""
    comma = False
    past_at: list[int] = []  # (whether one is a present perfect is asked only if it matters)
    n = len(before)
    closing = n
    memo = _CUE_MEMO.get  # (inlined _cue: most words have a memoized empty cue)
    for k in range(n - 1, -1, -1):
        tok = before[k]
        cue = memo(tok)
        if cue is None:
            cue = _new_cue(tok)
        if not cue:
            continue
        if cue == ";" or (cue == "." and k > 0 and len(before[k - 1]) > 1
                          and before[k - 1].lower() not in _ABBREVIATIONS):
            break
        if cue == ",":
            comma = True
            closing = k  # (the comma nearest after each word seen next)
            continue
        if cue == "rel" and comma and k and before[k - 1] == "," and kind_before:
            # ", who took office in January, is due to visit ...": the verbs of a relative
            # clause between commas are not the span's
            past_at = [p for p in past_at if not k < p < closing]
            if k < n - dist_before < closing:
                kind_before, dist_before = "", 10**6
            continue
        if cue == "." or cue == "sub" or cue == "rel":  # ".": after "Mr.", "J."
            continue
        if cue in _WORD_BOUND:
            cue = _bound_cue(cue, before, k)
            if not cue:
                continue
        if cue == "gov":
            if k and before[k - 1].lower() in ("than", "as") or (
                    tok.lower() == "ahead" and before[k + 1:k + 2] != ["of"]):
                continue  # "grew faster than expected in the third quarter", "went ahead"
            if not governing and not comma and n - k <= 12:
                governing = "future"
            continue
        if cue == "past":
            if tok in _HAVE and not _participle_after(before, k) or _infinitive(before, k):
                continue  # "they have a meeting on Friday": a present, no cue
            cue = _modal_before(before, k) or cue
            if cue == "now":
                continue
        if cue == "past":
            past_at.append(k)
        if not kind_before:
            kind_before, dist_before = cue, n - k
    if governing:
        return "fip" if any(not _perfect_at(before, k) for k in past_at) else "future"
    kind_after, dist_after = "", 10**6
    after_comma = False
    # Only a cue nearer than the one before can win (a comma in between hands the span to the
    # one before anyway): the words after are looked at up to that distance. (They are listed
    # first: "have" needs the word after it.)
    reach = dist_before - 1 if kind_before else 10**6
    # They are listed up to a space some 30 characters on first (no word is cut there; most
    # spans are decided within a few words), the rest of the 90 only when the words looked at
    # come near it.
    stop = end + 90
    cut = text.find(" ", end + 30, stop)
    if cut < 0:
        cut = stop
    after = _TOKEN.findall(text, end, cut)
    if not after and cut < stop:
        after, cut = _TOKEN.findall(text, cut, stop), stop
    relative = False
    for k, tok in enumerate(after):
        if k >= reach:
            break
        if k + 3 > len(after) and cut < stop:  # (a cue may look two words on)
            after += _TOKEN.findall(text, cut, stop)
            cut = stop
        cue = memo(tok)
        if cue is None:
            cue = _new_cue(tok)
        if not cue:
            continue
        if cue == ";" or cue == "." or cue == "sub":
            break
        if cue == ",":
            after_comma = True
            relative = False
            continue
        if cue == "rel" or relative:
            relative = True
            continue
        if cue in _WORD_BOUND:
            cue = _bound_cue(cue, after, k)
            if not cue:
                continue
        if cue == "past" and (tok in _HAVE and not _participle_after(after, k)
                              or _infinitive(after, k)):
            continue
        if cue != "gov":
            if k and after[k - 1].lower() in _COORDINATORS and kind_before:
                break  # "picked up in March and may fade by June": the next predicate's verb
            kind_after, dist_after = cue, k + 1
            break
    if after_comma and kind_before:
        # "will welcome her on March 19, he said": a verb past the comma is another clause
        # (often the speech act), the span's own clause has already spoken.
        dist_after = 10**6
    kind = kind_before if dist_before <= dist_after else kind_after
    if kind == "fut":
        return "fip" if any(not _perfect_at(before, k) for k in past_at) else "future"
    return "" if kind == "pres" else kind


#: Cues that say what they say only with the words after them: an intent ("plans to"), a
#: modal ("may"), a timetable verb ("is to", "expires").
_WORD_BOUND = frozenset(("int", "mod", "sch"))


def _bound_cue(cue: str, words: list[str], k: int) -> str:
    """What the intent, modal or timetable cue ``cue`` at ``words[k]`` says there, or ''."""
    if cue == "int":
        return _intent(words, k)
    if cue == "mod":
        return _possible(words, k)
    if words[k + 1:k + 2] not in _TIMETABLE_NEXT or words[k + 2:k + 3] == ["blame"]:
        return ""  # ("officials are to blame")
    return "fut"


def tense_direction(text: str, start: int, end: int, default: str) -> str:
    """Which way a date points from the reference: its clause's tense (`tense_at`), else
    ``default``; a day a past act defers to ("adjourned until December 12") is ahead of it."""
    if text.endswith(("since ", "Since "), 0, start):
        return "past"  # "since May", "since Monday": a day already come, whatever the verb
    tense = tense_at(text, start, end)
    if tense == "past":
        lead = start - 4 if text.endswith(" the ", 0, start) else start
        lead = lead - 6 if text.endswith(" after ", 0, lead) else lead  # "until after the summer"
        if text.endswith(_DEFERRED_TO, 0, lead) and _DEFERRED.search(
                text, max(0, lead - 60), lead):
            return "fip"  # "was adjourned until December 12": a day after the past act
    if not tense and text.endswith(_UNTIL, 0, start):
        return "future"  # "the contract runs until December", "police have until Monday"
    return tense or default


_UNTIL = ("until ", "Until ", "till ", "Till ")


def lean(text: str, start: int, end: int) -> str:
    """"past" or "future" where the clause's tense says which way a period named without
    "this", "last" or "next" ("the end of the year") lies from the reference, else ""."""
    direction = tense_direction(text, start, end, "")
    if direction == "past" and _POSSIBLE.search(text, max(0, start - 40), start):
        return ""  # "said it could cut rates at the end of the year": a possibility ahead
    return "future" if direction == "fip" else direction if direction in ("past", "future") \
        else ""


_POSSIBLE = re.compile(r"\b(?:could|might|may)\b")


# A past verb that moves something to a later day ("the hearing was adjourned until ..."),
# within a few words before "until", "till" or "to" and the date.
# "The bench listed the matter for hearing on November 21" too.
_DEFERRED_TO = (" until ", " till ", " to ", " on ")
_DEFERRED = re.compile(r"\b(?:adjourned|postponed|deferred|delayed|extended|remanded|"
                       r"rescheduled|pushed\s+back|put\s+off|moved)\b(?:\s+\S+){0,6}?\s+"
                       r"(?:until|till|to)\s+$"
                       r"|\b(?:listed|posted|fixed|adjourned|deferred|set)\b(?:\s+\S+){0,4}?\s+for\s+"
                       r"(?:(?:a|further|final|the|next)\s+)*(?:hearing|trial|sentencing|arguments)"
                       r"\s+on\s+$")
