"""Stage — dates: the event date, its range and precision, resolved against the publication date.

Date expressions are spaCy DATE/TIME entities (plus ranges and "days after ..." phrases that the
entity recogniser splits), read with dateparser relative to the publication date and never later
than it. Each expression gets a role: a date hanging off a reporting word ("On 25 September,
officials confirmed that ...", "reports from August 17") is when something was said, which only
bounds the event from above; any other date is the event's own. The anchor sentence's own date
wins, then a follow-up sentence's, then the earliest report date (precision 2, "on or before"),
then the publication date.

News forms: 'A day earlier', 'the following day', 'that night' count from the day the article
stated before them (the nearest event's, else the nearest report's, else a recent day of a clause
about people); inside a sentence telling two events ('arrested X on 16 February, and a day later
gunmen ambushed ...') such a phrase dates the event of its own clause; an undated event anchored in
a headline takes the day of the lead paragraph; within a sentence the main clause's date goes
before one of what led to the event ('rioted overnight after a teenager died on Tuesday'); a day
or month over a year before publication is history.

A list of days ('on 19 and 20 February', 'October 8, 9 and 10', '18/02/2014 and 19/02/2014') is one
event per day, as ACLED codes it: the draft is copied for each listed day; 'between 22 and 23
September' is one event over a range.

Precision follows ACLED: 1 = the day is known, 2 = within a week or a stated short range,
3 = a month or vaguer. A range's event_date is its first day (ACLED's "Around D (between D - E)").
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Optional, Sequence

from . import clauses
from .background import NIGHT_OF_WEEKDAYS, paragraph_break
from .document import Article, EventDraft
from .data import read_json

WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name} | \
         {name.lower(): i for i, name in enumerate(calendar.month_abbr) if name}


@lru_cache(maxsize=1)
def load_cues() -> dict:
    cues = read_json("date_cues.json")
    cues["relative"] = {k: v for k, v in cues["relative"].items() if not k.startswith("_")}
    cues["after"] = {k: v for k, v in cues["after_words"].items() if not k.startswith("_")}
    cues["reporting"] = frozenset(cues["reporting_lemmas"]["words"])
    cues["approx"] = sorted(cues["approximate_cues"]["words"], key=len, reverse=True)
    coded = "|".join(re.escape(w) for w in cues["coded_event_day"]["words"])
    cues["coded_event_day_re"] = re.compile(rf"\s*\(\s*(?:{coded})\s*\)", re.I)
    cues["month"] = sorted(cues["month_cues"]["words"], key=len, reverse=True)
    narrative = cues["narrative_relative"]
    cues["narrative"] = narrative["phrases"]
    cues["counted_direction"] = {k: v for k, v in narrative["counted"].items() if not k.startswith("_")}
    cues["prior_words"] = frozenset(cues["prior_clause_words"]["words"])
    cues["fixed"] = {k: tuple(v) for k, v in cues["fixed_days"].items() if not k.startswith("_")}
    cues["movable"] = {name: sorted(date.fromisoformat(d) for d in feast["dates"])
                       for feast in cues["movable_days"]["days"].values() for name in feast["names"]}
    national = cues["national_days"]
    cues["national"] = {name: {country: tuple(day) for country, day in days.items()}
                        for name, days in national["days"].items()}
    cues["country_words"] = {word: country for country, people in national["people"].items() for word in (people,)}
    cues["country_words"].update({country: country for days in cues["national"].values() for country in days})
    cues["retelling"] = frozenset(cues["retelling_verbs"]["words"])
    heads = "|".join(re.escape(w) for w in cues["name_heads"]["words"])
    # case-sensitive: a name is capitalised ('the March 23 Movement'), a sentence going on is not
    cues["name_after"] = re.compile(rf"\s+(?:[A-Z][a-z]+\s+){{0,2}}(?:{heads})\b")
    source = "|".join(re.escape(w) for w in sorted(cues["source_date_cues"]["words"], key=len, reverse=True))
    cues["source_before_re"] = re.compile(rf"\b(?:{source})\s*:?\s*(?:on\s+)?$", re.I)
    cues["source_day_re"] = re.compile(
        rf"\b(?:{source})\s*:?\s*(?:on\s+)?(?:(?P<d>\d{{1,2}})/(?P<m>\d{{1,2}})(?:/(?P<y>(?:19|20)?\d\d))?(?![\d/])"
        rf"|(?P<named>\d{{1,2}}(?:st|nd|rd|th)? {_MONTH_NAME}(?:,? (?:19|20)\d\d)?|{_MONTH_NAME} \d{{1,2}}(?:st|nd|rd|th)?(?:,? (?:19|20)\d\d)?))",
        re.I)
    cues["source_max_days"] = cues["source_date_cues"]["max_days"]
    typos = {k.lower(): v for k, v in cues["month_misspellings"]["words"].items()}
    cues["month_typo_re"] = re.compile(rf"\b({'|'.join(sorted(typos, key=len, reverse=True))})\b", re.I)
    cues["month_typos"] = typos
    ordinals = {k.lower(): v for k, v in cues["ordinal_days"]["days"].items() if not k.startswith("_")}
    cues["ordinal_days"] = ordinals
    words = "|".join(re.escape(w).replace(r"\-", "[- ]") for w in sorted(ordinals, key=len, reverse=True))
    months = "|".join(name for name in calendar.month_name if name)
    year = r"(?:,?\s+(?P<year>(?:19|20)\d\d)\b)?"
    # 'on the fifth of May (2022)'; 'on May fifth' with the month capitalised ('march first' is no date)
    cues["ordinal_day_res"] = [
        re.compile(rf"\b(?:the\s+)?(?P<ord>{words})\s+(?:day\s+)?of\s+(?P<month>{months})\b{year}", re.I),
        re.compile(rf"\b(?P<month>{months})\s+(?:the\s+)?(?P<ord>(?i:{words}))\b{year}"),
    ]
    return cues


@lru_cache(maxsize=64)
def _dateparser(published: date):
    """A dateparser reading relative words against the publication date and preferring past dates."""
    from dateparser.date import DateDataParser

    base = datetime(published.year, published.month, published.day, 12)
    return DateDataParser(languages=["en"], settings={
        "RELATIVE_BASE": base, "PREFER_DATES_FROM": "past", "PREFER_DAY_OF_MONTH": "first",
        "DATE_ORDER": "DMY"})


_FULL_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTH_NAME = r"([A-Za-z]{3,9})"
_PLAIN_FORMS = [  # (pattern, group order), whole expression only
    (re.compile(rf"(\d{{1,2}}) {_MONTH_NAME},? ((?:19|20)\d\d)"), "dmy"),
    (re.compile(rf"{_MONTH_NAME} (\d{{1,2}}),? ((?:19|20)\d\d)"), "mdy"),
    (re.compile(rf"{_MONTH_NAME} ((?:19|20)\d\d)"), "my"),
    (re.compile(r"((?:19|20)\d\d)"), "y"),
    (re.compile(rf"(\d{{1,2}}) {_MONTH_NAME}"), "dm"),
    (re.compile(rf"{_MONTH_NAME} (\d{{1,2}})"), "md"),
]


def _plain_date(text: str, published: date) -> Optional[tuple[date, str]]:
    """What dateparser (with the settings of `_dateparser`) reads in the plainest forms — '15 March
    2022', 'March 15, 2022', 'March 2022', '2022', '15 March', 'March 15' — without calling it: a
    year of its own is kept; without a year, the latest such day on or before the publication date;
    a year alone takes the publication month. None for anything else (impossible days, a month
    alone: dateparser has quirks there), which dateparser then reads. Checked against dateparser for every day and
    month over a range of publication dates (tests/test_pipeline_perf.py)."""
    for rx, form in _PLAIN_FORMS:
        m = rx.fullmatch(text)
        if m is None:
            continue
        g = dict(zip(form, m.groups()))
        if form == "y":
            return date(int(g["y"]), published.month, 1), "year"
        month = _FULL_MONTHS.get(g["m"].lower())
        if month is None:
            return None
        try:
            if "y" in g:
                return (date(int(g["y"]), month, int(g["d"])), "day") if "d" in g else (date(int(g["y"]), month, 1), "month")
            d = date(published.year, month, int(g["d"]))
            return (d if d <= published else date(published.year - 1, month, int(g["d"]))), "day"
        except ValueError:
            return None
    return None


@lru_cache(maxsize=8192)
def _parse_with_dateparser(text: str, published: date) -> tuple[Optional[date], Optional[str]]:
    """(day, period) dateparser reads in a date expression against a publication date. The plainest
    forms are read directly (one dateparser call costs about a millisecond), and articles repeat
    the same few expressions."""
    plain = _plain_date(text, published)
    if plain is not None:
        return plain
    data = _dateparser(published).get_date_data(text)
    if data is None or data.date_obj is None:
        return None, None
    return data.date_obj.date(), data.period


@dataclass
class DateValue:
    event_date: date
    start: date
    end: date
    precision: int
    match: object = None  # the Span behind it
    sentence: object = None
    role: str = "event"  # "event", "report" or "background" (the date of something else: never used)
    rule: str = ""  # how it was read, in words, for the evidence
    listed: tuple = ()  # every day of a list of days ("on 19 and 20 February"): one event each
    kind: str = ""  # which reading it came from (one of the kinds below), for the steps that weigh readings
    read_in_text: bool = False  # a relative word found by scanning the text, not by the entity recogniser


# the kinds of reading the later steps tell apart (DateValue.kind)
STATED_DAY = "stated day"  # a calendar day written out ('on 12 March', '12/03', 'on the 12th')
STATED_YEAR = "stated year"
RANGE_FIRST_DAY = "range: first day"  # 'between 22 and 23 September'
WEEKDAY_FROM_PUBLICATION = "weekday: latest on or before publication"  # 'on Tuesday' alone
WEEKDAY_OF_KNOWN_WEEK = "weekday of a known week"  # 'on Tuesday last week', 'the next day, Thursday'
FROM_PUBLICATION = "counted from publication"  # 'yesterday', 'last month', 'three days ago'
WEEK_BEFORE = "a week before publication"  # 'last week', 'a week ago', 'two weeks ago'
FROM_STATED_DAY = "counted from the day stated before it"  # 'a day earlier', 'the following day'
FROM_NAMED_DAY = "counted from a dated act"  # 'two days after the March 9 attack'
RELATIVE_KINDS = (FROM_PUBLICATION, WEEK_BEFORE, FROM_STATED_DAY, FROM_NAMED_DAY)


_MONTH_RX = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DAY = r"(\d{1,2})(?:st|nd|rd|th)?"
_RANGE = [
    # "between 22 and 23 September (2021)", "22-23 September", "from 4 - 5 October"
    re.compile(rf"\b{_DAY}\s*(?:-|–|and|to|until)\s*{_DAY}\s+(?:of\s+)?({_MONTH_RX})(?:,?\s+(\d{{4}}))?", re.I),
    # "September 22-23(, 2021)", "September 22 and 23"
    re.compile(rf"\b({_MONTH_RX})\s+{_DAY}\s*(?:-|–|and|to|until)\s*{_DAY}(?:,?\s+(\d{{4}}))?", re.I),
    # "between 28 March - 2 April (2022)", "from 27 April to 1 June"
    re.compile(rf"\b{_DAY}\s+({_MONTH_RX})(?:\s+(\d{{4}}))?\s*(?:-|–|and|to|until)\s*{_DAY}\s+({_MONTH_RX})(?:,?\s+(\d{{4}}))?", re.I),
]
# a list of days ("on 19 and 20 February", "October 8, 9 and 10", "18/02/2014 and 19/02/2014"): ACLED
# codes one event per listed day, while "between 22 and 23 September" is one event over a range
_MORE_DAYS = r"((?:\s*,\s*\d{1,2}(?:st|nd|rd|th)?)*)\s*,?\s*(?:and|&)\s*"
_DAY_LISTS = [
    (re.compile(rf"\b{_DAY}{_MORE_DAYS}{_DAY}\s+(?:of\s+)?({_MONTH_RX})(?:,?\s+(\d{{4}}))?(?![a-z])", re.I), "dm"),
    (re.compile(rf"\b({_MONTH_RX})\s+{_DAY}{_MORE_DAYS}{_DAY}(?![\d/])(?:,?\s+(\d{{4}}))?", re.I), "md"),
]
# two days each with its month: "30 January and 1 February", "May 19 and May 20"
_DAY_PAIRS = [
    (re.compile(rf"\b{_DAY}\s+({_MONTH_RX})\s*,?\s*(?:and|&)\s*{_DAY}\s+({_MONTH_RX})(?:,?\s+(\d{{4}}))?(?![a-z])", re.I), "dm"),
    (re.compile(rf"\b({_MONTH_RX})\s+{_DAY}\s*,?\s*(?:and|&)\s*({_MONTH_RX})\s+{_DAY}(?![\d/])(?:,?\s+(\d{{4}}))?", re.I), "md"),
]
_NUMERIC_DAY = r"\d{1,2}/\d{1,2}(?:/(?:19|20)?\d\d)?"
_NUMERIC_LIST = re.compile(rf"(?<![\d/.]){_NUMERIC_DAY}(?:\s*,\s*{_NUMERIC_DAY})*\s*,?\s*(?:and|&)\s*{_NUMERIC_DAY}(?![\d/])")
# words before two days that make them the ends of one range, not a list
_RANGE_OPENER = re.compile(r"\b(?:between|from)\s*$", re.I)
# how the date evidence of an event copied for each listed day begins (its id includes its day)
LISTED_DAY_RULE = "listed day"

# stated days the entity recogniser misses ("Around 9 February 2022", "On 11 May 2021")
_EXPLICIT = [
    re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH_RX}(?:,?\s+\d{{4}})?(?![a-z])", re.I),
    # "Feb.28": an abbreviated month's stop may stand for the space
    re.compile(rf"\b{_MONTH_RX}(?:\s+|(?<=\.)){_DAY}(?![\d:])(?:,?\s+\d{{4}})?", re.I),
]


# weekday names the entity recogniser folds into a place name ("at Duka Moja Thursday morning");
# capitalised only, as English writes them ('Last' too, opening a sentence)
_WEEKDAY = re.compile(r"\b(?:[Ll]ast\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
                      r"(?:\s+(?:morning|afternoon|evening|night))?")
# marks a relative word found in the text though the entity recogniser left it out: a stated day of
# a later sentence goes before it ('... overnight ... A group in the early hours of 15 April also ...')
TEXT_SCAN = " (read in the text)"
# how many opening sentences may hold the lead's date: headline, standfirst, byline, first paragraph
LEAD_SENTENCES = 4
_NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}

# an hour of the day the entity recogniser may label a date: "7-10am", "around 20h", "21h30", "at 9 p.m."
_CLOCK_TIME = re.compile(
    r"(?:(?:around|about|at|from|by|until|before|after)\s+)?\d{1,2}(?:[:.h]\d\d)?\s*"
    r"(?:(?:-|–|to|and|until)\s*\d{1,2}(?:[:.h]\d\d)?\s*)?(?:a\.?m\.?|p\.?m\.?|h|hrs|gmt|utc)", re.I)
# "three days ago", "a week ago", "2 weeks ago": counted back from the publication date
_DAYS_AGO = re.compile(r"(a|an|one|two|three|four|five|six|seven|\d{1,2}) (day|week|fortnight)s? ago", re.I)

# a day of the month alone, as reports write it once the month is plain: "on the 26th", "the night of
# the 11th"; an ordinal before a noun names no day ("the 11th brigade", "the 20th anniversary")
_ORDINAL_DAY = re.compile(r"\b(?:on|of|by|until|till|since)\s+the\s+(\d{1,2})(?:st|nd|rd|th)\b(?!\s+of\b)", re.I)

# what may stand between a weekday and the calendar day that names it: "Sunday evening, December 24",
# "Monday [3 July]", "Saturday, the 30th"
_WEEKDAY_APPOSITION = re.compile(r"(?:\s*(?:morning|afternoon|evening|night))?\s*[,(\[]?\s*(?:the\s+)?", re.I)

# the weekday a date line of a live page may open with ("Tuesday 12 March 2024", "Tue, March 12") and the
# time it may end with ("12 October 2023, 08:15 GMT", "October 11, 2023 at 9:45 p.m. EDT", "09.45 BST")
_WEEKDAY_LINE = re.compile(r"^(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|nesday|sday|urday)?\.?,?\s+")
_TIME_OF_LINE = re.compile(r"(?:,?\s+(?:at|-|–|—|\|))?[,\s]+\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?$")

# a paragraph that is a weekday alone or with a place or date after a dash or colon, heading a section of a
# review told day by day ('MONDAY - Petite-Riviere-de-l'Artibonite', 'Tuesday: Pont-Sonde')
_SECTION_HEADING = re.compile(r"(?:^|\n)[ \t]*((?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday))"
                              r"(?:[ \t]*[-–—:|][ \t]*[^\n.!?]{1,60})?[ \t]*(?=\n|$)")
# an opening that names an event told before as the time of what the sentence tells ('During the exchange, ...',
# 'In the course of the fighting, ...'), and how many sentences back that event's day may be stated
_DURING_TOLD = re.compile(r"\s*(?:during|amid|in the course of)\s+(?:the|that|this)\s+[a-z-]+\s*,", re.I)
_DURING_REACH = 4
# how the rule of a weekday read from the publication date begins
_FROM_PUBLICATION = "weekday: most recent on or before publication"

# "March 10 last year", "in September of last year": the year before publication
_LAST_YEAR_AFTER = re.compile(r",?\s+(?:of\s+)?last\s+year\b", re.I)

# "mid-October", "mid October 2019"
_MID_MONTH = re.compile(rf"\bmid[- ]?({_MONTH_RX})(?![a-z])(?:,?\s+(\d{{4}}))?", re.I)


def _relative_kind(phrase: str) -> str:
    """The kind of a reading counted back from publication: 'last week', 'a week ago' name one calendar
    week (a weekday told with them is that week's)."""
    return WEEK_BEFORE if _WEEK_BEFORE.fullmatch(phrase) else FROM_PUBLICATION


def _without_qualifiers(values: list[DateValue]) -> list[DateValue]:
    """Drop a range that only qualifies the date right before it, in brackets ('Around 3 March
    2022 (between 24 February - 10 March)'): the qualified date carries it."""
    out = []
    for v in values:
        qualifies = False
        if v.match is not None:
            for other in values:
                # "yesterday (24 July)": the bracket names the day a relative word stands for; it is kept
                if other is v or other.match is None or other.match.end > v.match.start or other.kind in RELATIVE_KINDS:
                    continue
                gap = v.match.doc.text[other.match.end_char:v.match.start_char]
                if re.fullmatch(r"\s*[(\[]\s*(?:between|from)?\s*", gap, re.I):
                    qualifies = True
                    break
        if not qualifies:
            out.append(v)
    return out


# numeric day/month as ACLED's notes write them, day first: "on 24/02", "the night of 18/07", "13/02/2014"
_NUMERIC_DM = re.compile(r"(?<![\d/.])(\d{1,2})/(\d{1,2})(?:/((?:19|20)?\d\d))?(?![\d/])")


def _without_named_weekdays(values: list[DateValue]) -> list[DateValue]:
    """Drop a weekday that a calendar day right after it names ('on Sunday evening, December 24',
    'on Monday (3 July) morning'): the day says which Sunday, the weekday alone would say the latest."""
    days = [v for v in values if v.match is not None and v.kind == STATED_DAY]
    out = []
    for v in values:
        if v.match is not None and v.kind in (WEEKDAY_FROM_PUBLICATION, WEEKDAY_OF_KNOWN_WEEK):
            doc = v.match.doc
            if any(0 <= d.match.start_char - v.match.end_char <= 40 and
                   _WEEKDAY_APPOSITION.fullmatch(doc.text[v.match.end_char:d.match.start_char]) for d in days):
                continue
        out.append(v)
    return out


# what may stand between a weekday and the week it falls in: 'last week, on Thursday', 'a week ago, on
# Friday', 'during Friday prayers last week', 'on Sunday evening a week ago'
_WEEK_OF_WEEKDAY_GAP = re.compile(r"\s*,?\s*(?:on\s+)?|\s+(?:[a-z]+\s+){0,2}")
# the week words that name one calendar week before publication
_WEEK_BEFORE = re.compile(r"last week|(?:a|one|two|three|\d) weeks? ago", re.I)


def _weekdays_of_the_week_named(values: list[DateValue], published: date) -> list[DateValue]:
    """A weekday told with the week it fell in ('last week, on Thursday', 'a week ago, on Friday',
    'Friday prayers last week') is that weekday of that calendar week, not the latest such weekday:
    the week's words say which Thursday, and they are dropped as the vaguer date of the same act."""
    weeks = [v for v in values if v.match is not None and v.kind == WEEK_BEFORE]
    dropped = []
    for v in values:
        if v.match is None or v.kind not in (WEEKDAY_FROM_PUBLICATION, WEEKDAY_OF_KNOWN_WEEK):
            continue
        doc = v.match.doc
        for week in weeks:
            first, second = sorted((v.match, week.match), key=lambda span: span.start_char)
            if first.end_char > second.start_char or \
                    not _WEEK_OF_WEEKDAY_GAP.fullmatch(doc.text[first.end_char:second.start_char]):
                continue
            weekday = WEEKDAYS[re.search(r"[A-Za-z]+day", v.match.text).group(0).lower()]
            day = min(week.event_date - timedelta(days=week.event_date.weekday() - weekday), published)
            v.event_date = v.start = v.end = day
            v.rule, v.kind = f"weekday of the week named ({week.match.text})", WEEKDAY_OF_KNOWN_WEEK
            dropped.append(week)
            break
    return [v for v in values if not any(v is w for w in dropped)]


def _without_night_ends(values: list[DateValue]) -> list[DateValue]:
    """Drop the second weekday of a night told by the two days it spans ('the night of Friday to Saturday'): the
    night is dated by its first evening, the morning it ended on is no day of its own."""
    out = []
    for v in values:
        if v.match is not None and v.kind in (WEEKDAY_FROM_PUBLICATION, WEEKDAY_OF_KNOWN_WEEK):
            text = v.match.sent.text
            start = v.match.start_char - v.match.sent.start_char
            if any(m.start(2) == start for m in NIGHT_OF_WEEKDAYS.finditer(text)):
                continue
        out.append(v)
    return out


def _weekday_beside_its_day(values: list[DateValue]) -> list[DateValue]:
    """'The next day, Thursday, ...', 'two days later, on Friday': a weekday set beside a day told otherwise that
    falls on that weekday names that day, not the latest such weekday before publication."""
    out = []
    for v in values:
        if v.match is not None and v.kind == WEEKDAY_FROM_PUBLICATION:
            beside = [w for w in values if w is not v and w.match is not None and w.precision == 1
                      and w.event_date.weekday() == v.event_date.weekday() and w.event_date != v.event_date
                      and _only_punctuation_between(w.match, v.match)]
            if beside:
                day = beside[0].event_date
                v = replace(v, event_date=day, start=day, end=day, rule=f"weekday beside its day ({beside[0].rule})",
                            kind=WEEKDAY_OF_KNOWN_WEEK)
        out.append(v)
    return out


def _only_punctuation_between(a, b) -> bool:
    """Nothing but commas, spaces and 'on' stand between the spans `a` and `b`, in either order."""
    first, second = (a, b) if a.start_char <= b.start_char else (b, a)
    gap = first.doc.text[first.end_char:second.start_char]
    return re.fullmatch(r"[\s,]*(?:on\s+)?", gap) is not None


def _starts_a_side_period(span) -> bool:
    """A month or year after 'since' outside the main clause ('students said three colleagues have
    died since September last year', 'protested over unpaid salaries since May') starts a period
    the sentence only mentions; on the main clause ('Since December 2017, eight people have been
    killed in clan clashes') it starts the reported events, which ACLED dates by that month."""
    if span is None:
        return False
    since = span[0] if span[0].lower_ == "since" else (span.doc[span.start - 1] if span.start > 0 else None)
    if since is None or since.lower_ != "since":
        return False
    return since.head.dep_ != "ROOT"


def _names_no_noun(span) -> bool:
    """Whether an ordinal stands alone ('on the 26th.', 'the 26th in Fada') rather than before the noun
    it counts ('the 26th brigade', 'the 3rd anniversary')."""
    following = span.doc[span.end] if span.end < len(span.doc) else None
    return following is None or following.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM")


def _background(span, event_nouns: frozenset = frozenset(), gathering_verbs: frozenset = frozenset()) -> bool:
    """A date of something the sentence only mentions: a relative clause about a noun ('a murder
    which occurred on 07/02', 'youths who had heckled him on 08/09') or a name ('the August 8
    polls', 'his October 26 election victory'), or the day of an act in the possessive ('Saturday's murder').
    A relative clause on a noun that names the event
    itself (`event_nouns`, `_names_the_event`: 'The attack, which took place on Monday, killed five
    soldiers') tells the event's own day."""
    root = span.root
    before = span.doc[span.start - 1] if span.start > 0 else None
    between = span.doc[span.end:root.head.i]
    if root.dep_ in ("compound", "nmod") and root.head.pos_ == "NOUN" and root.head.i >= span.end and \
            all(t.pos_ in ("NOUN", "PROPN", "ADJ") for t in between) and \
            not (before is not None and before.pos_ == "ADP") and not any(t.lower_ in WEEKDAYS for t in span):
        return True
    if root.dep_ == "poss" and root.head.pos_ == "NOUN" and root.head.lemma_.lower() in event_nouns \
            and root.head.dep_ not in ("nsubj", "nsubjpass") and not _names_the_event(root.head):
        # "in connection with Saturday's triple murder", "near the scene of Monday's knife attack": the day of
        # another act the sentence refers to; not "Monday's attack killed five" nor "killed in Sunday's raid"
        return True
    node = root
    for _ in range(6):
        if node.head.i == node.i:
            return False
        if node.dep_ == "relcl" and node.head.pos_ in ("NOUN", "PROPN"):
            noun = node.head
            if noun.lemma_.lower() in event_nouns and _names_the_event(noun):
                return False
            if any(c.dep_ == "advmod" and c.lower_ == "where" for c in node.children):
                return False  # "... in Zamfara state, where gunmen killed three farmers on Tuesday": what happened there
            if _doers_gathered(node, gathering_verbs):
                return False  # "A crowd that had gathered on Tuesday evening ... threw stones": how the event began
            # "women who were collecting firewood ... on Sunday": what the victims were doing when
            # the event befell them is at its time
            return not (node.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ in ("was", "were") for c in node.children))
        if node.pos_ in ("VERB", "AUX"):
            return False  # reached the clause the date belongs to
        node = node.head
    return False


def _doers_gathered(relcl, gathering_verbs: frozenset) -> bool:
    """A relative clause telling the subject of the sentence's verb coming together ('A crowd that had gathered
    on Tuesday evening near the scene threw stones at police', 'Protesters who assembled outside the governor's
    office on Monday blocked the road'): the doers' gathering is the start of what they went on to do, so its
    day is the event's, not that of something the sentence only mentions."""
    noun = relcl.head
    return relcl.lemma_.lower() in gathering_verbs and noun.dep_ == "nsubj" and noun.head.pos_ in ("VERB", "AUX") \
        and any(c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP") for c in relcl.children)


def _names_the_event(noun) -> bool:
    """Whether a noun for an act names the sentence's own event: its subject set off by a comma ('The
    attack, which took place on Monday, killed five') or what its verb was done in ('killed 12
    militants in an operation that began on Wednesday')."""
    doc = noun.doc
    if noun.dep_ in ("nsubj", "nsubjpass"):
        return noun.i + 1 < len(doc) and doc[noun.i + 1].text == ","
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ in ("in", "during") and prep.head.pos_ == "VERB"


def _last_precise_day(values: list[DateValue], roles: tuple) -> Optional[DateValue]:
    """The last day (precision 1, or 2 as ACLED's 'Around 15 February') stated among `values`."""
    days = [v for v in values if v.precision <= 2 and v.kind != RANGE_FIRST_DAY and v.role in roles
            and v.match is not None]
    return max(days, key=lambda v: v.match.start) if days else None


def _verb_a_counted_day_governs(span) -> Optional[int]:
    """The index of the verb whose clause a counted day dates: a phrase opening a clause after 'and'
    or a comma ('..., and a day after, youths rioted') dates the first verb after it, wherever the
    parser hangs it; any other the verb it hangs from."""
    doc = span.doc
    if span.start > span.sent.start and doc[span.start - 1].lower_ in ("and", ",", "but", "then", ";"):
        following = next((t for t in doc[span.end:span.sent.end] if t.pos_ == "VERB"), None)
        if following is not None:
            return following.i
    governing = clauses.verb_of(span.root)
    return governing.i if governing is not None else None


def _own_clause_days(mentions: list[DateValue], sent, trigger, other_triggers) -> list[DateValue]:
    """'Gunmen killed 12 civilians in Seytenga on Sunday and attacked a gendarmerie post in Dori on
    Monday': in a sentence telling two events, the days stated in the trigger's own clause; all the
    sentence's when that clause states none (the day is shared: 'on Sunday ... and attacked ...')."""
    clause = clauses.trigger_clause(sent, trigger, other_triggers)
    if clause is None:
        return mentions

    def outside(m):
        return m.role == "event" and m.match is not None and m.match.root.i not in clause
    if not any(m.role == "event" and m.match is not None and not outside(m) for m in mentions):
        return mentions
    return [m for m in mentions if not outside(m)]


def _counted_day_of_trigger(mentions: list[DateValue], trigger) -> Optional[DateValue]:
    """'Soldiers arrested a cartel leader on 16 February, and a day later gunmen ambushed a patrol':
    one sentence telling two events, the second dated by a day counted from the first's. The counted
    day ('a day later', 'the same day') is the date of the event whose clause it sits in, not the
    day stated first in the sentence; None when the sentence has no such counted day for it."""
    if trigger is None:
        return None
    head = clauses.head_word(trigger)
    verb = clauses.verb_of(head)
    for value in mentions:
        if value.role != "event" or value.match is None or value.kind != FROM_STATED_DAY:
            continue
        stated_before = [other.event_date for other in mentions
                         if other is not value and other.match is not None and other.match.end <= value.match.start]
        # only a day counted forward: one counted back in the sentence ('clashed on July 25 over the
        # destruction of property the day before') is of what led to the event
        if stated_before and value.event_date > max(stated_before) and verb is not None and \
                verb.i == _verb_a_counted_day_governs(value.match):
            return value
    return None


def _counts_to_the_trigger(value: DateValue, trigger) -> bool:
    """'The unrest came a day after a separate outbreak of mob violence in Ivory Park ... on Sunday
    night': a day counted from what 'after' or 'before' names dates the main clause, not the event
    named there (the trigger under the phrase), which keeps its own day."""
    span = value.match
    if span is None or value.kind not in RELATIVE_KINDS or span[-1].lower_ not in ("after", "before"):
        return False
    at = clauses.token_of(trigger)
    if at is None or at < span.end:
        return False
    return any(node.i == span[-1].i for node in trigger.doc[at].ancestors)


def _in_prior_clause(span, prior_words) -> bool:
    """Whether a date sits in a clause or phrase about what came before the event ('after a
    teenager died on Tuesday', 'following the death of a man on Sunday')."""
    # the word must stand before the date: 'overnight after a teenager died' is parsed with
    # 'overnight' under 'after', yet dates the main clause
    for node in span.root.ancestors:
        if node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in prior_words and c.i < span.start
                                        for c in node.children):
            return True
        if node.dep_ in ("prep", "mark") and node.lower_ in prior_words and node.i < span.start:
            return True
    return False


def _embeds_clause(word) -> bool:
    """'confirmed that the group executed ...': the reporting word carries the event as a clause."""
    return any(c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("VERB", "AUX") and c.lemma_ != "be" for c in word.children)


def _month_of(word: str) -> Optional[int]:
    return MONTHS.get(word.lower().rstrip("."))


def _month_bounds(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


class DateResolver:
    """Fills event_date, date_start, date_end and time_precision for every draft."""

    def __init__(self) -> None:
        self.cues = load_cues()
        self._event_nouns = frozenset(self.cues["retelling_nouns"]["words"])
        self._gathering_verbs = frozenset(self.cues["doers_gathering_verbs"]["words"])
        self._after = [(phrase, days, re.compile(rf"\b{re.escape(phrase)}\b"))
                       for phrase, days in self.cues["after"].items()]
        phrases = "|".join(re.escape(p) for p in sorted(self.cues["narrative"], key=len, reverse=True))
        directions = "|".join(self.cues["counted_direction"])
        # "the day before the vote", "two days after the attack" count from what they name, not from
        # the day reported before them: `_mentions` drops a phrase ending in 'before' or 'after' with
        # an object; 'A day later the gunmen struck' has none and counts from the day before it
        self._narrative = re.compile(
            rf"\b(?:(?P<phrase>{phrases})|(?P<count>a|an|one|two|three|four|five|six|seven|\d{{1,2}}) days? "
            rf"(?P<direction>{directions}))\b")
        eves = "|".join(re.escape(p) for p in self.cues["movable_days"]["eve"])
        movable = "|".join(re.escape(p) for p in sorted(self.cues["movable"], key=len, reverse=True))
        self._movable_days = re.compile(rf"\b(?P<eve>(?:{eves})\s+)?(?P<feast>{movable})\b")
        national = "|".join(re.escape(p) for p in sorted(self.cues["national"], key=len, reverse=True))
        self._national_days = re.compile(rf"\b(?P<eve>(?:{eves})\s+)?(?:\w+\s+)?(?P<name>{national})\b")
        self._country_words = re.compile(
            rf"\b(?:{'|'.join(re.escape(w) for w in sorted(self.cues['country_words'], key=len, reverse=True))})s?\b")
        self._fixed_days = re.compile(rf"\b(?:{'|'.join(re.escape(p) for p in sorted(self.cues['fixed'], key=len, reverse=True))})\b")
        # relative words of a day or a week, found in the text as well as among the entities (the
        # vaguer ones, 'recently', 'this year', only as entities)
        exact = sorted((p for p, rel in self.cues["relative"].items() if rel["precision"] <= 2), key=len, reverse=True)
        self._relative_words = re.compile(rf"\b(?:{'|'.join(re.escape(p) for p in exact)})\b")
        # per-article memo while __call__ runs: the drafts of one article share sentences, and every
        # draft may scan all of the article's sentences for related reports
        self._memo: Optional[dict] = None

    def __call__(self, article: Article, drafts: list[EventDraft]) -> list[EventDraft]:
        # relative days count from the day the story was written: its dateline's, else its publication's
        published = article.dateline_day or article.published or date.today()
        # a note that states its source's day ('source dated 13/05') was written that day
        published = self._source_day(article.text, published) or published
        self._memo = {}
        out = []
        try:
            for draft in drafts:
                value = self.fill(draft, published, article, clauses.other_triggers(draft, drafts))
                out.append(draft)
                out += self._listed_day_copies(draft, value)
        finally:
            self._memo = None
        return out

    def _source_day(self, text: str, published: date) -> Optional[date]:
        """The day a coder's note says its source was written ('The protests were conducted "last week",
        source dated 13/05', '(Source dated 16/05)'): of the readings of a day and month without a year,
        the one nearest the given publication date, when within `max_days` of it; None otherwise."""
        m = self.cues["source_day_re"].search(text or "")
        if m is None:
            return None
        days = []
        if m.group("d"):
            day, month, year = int(m.group("d")), int(m.group("m")), m.group("y")
            years = [int(year) + (2000 if len(year) == 2 else 0)] if year else \
                [published.year - 1, published.year, published.year + 1]
            for y in years:
                try:
                    days.append(date(y, month, day))
                except ValueError:
                    pass
        else:
            named = re.sub(r"(?<=\d)(?:st|nd|rd|th)\b", "", m.group("named")).replace(",", "")
            named = " ".join(w.capitalize() if w.isalpha() else w for w in named.split())
            late = published + timedelta(days=self.cues["source_max_days"])
            plain = _plain_date(named, late)
            if plain is not None and plain[1] == "day":
                days.append(plain[0])
        days = [d for d in days if abs((d - published).days) <= self.cues["source_max_days"]]
        return min(days, key=lambda d: abs((d - published).days)) if days else None

    @staticmethod
    def _listed_day_copies(draft: EventDraft, value: DateValue) -> list[EventDraft]:
        """ACLED codes an event told over a list of days ('sit-ins on October 8, 9 and 10') once per
        day: a copy of the event for each listed day after the first, its id told apart by its day
        (`EventRecord.assign_id`). The later stages fill each copy from the same sentences: the
        fatalities stage, which runs after this one, reads a toll stated for the whole list on every
        copy, dividing it only where the text says the deaths are split between the days' events."""
        if len(value.listed) < 2 or value.role != "event":
            return []
        copies = []
        for k, day in enumerate(value.listed[1:], start=2):
            rec = draft.record.model_copy(deep=True)
            rec.event_date = rec.date_start = rec.date_end = day
            rec.add_evidence("event_date", value.sentence, value.match, rule=f"{LISTED_DAY_RULE} {k} of {len(value.listed)}")
            copies.append(replace(draft, record=rec, sentences=list(draft.sentences)))
        return copies

    # ---- choosing the governing date ------------------------------------------------------
    def fill(self, draft: EventDraft, published: date, article: Optional[Article] = None,
             other_triggers: Sequence = ()) -> DateValue:
        """Fills the draft's date; `other_triggers`, those of the article's other events, split a
        sentence telling two of them into the clause of each (clauses.py)."""
        rec = draft.record
        value = self.resolve(draft.sentences, published, article, draft.trigger, other_triggers)
        rec.event_date, rec.date_start, rec.date_end, rec.time_precision = (
            value.event_date, value.start, value.end, value.precision)
        if value.sentence is not None:
            rec.add_evidence("event_date", value.sentence, value.match, rule=value.rule)
        return value

    def resolve(self, sentences, published: date, article: Optional[Article] = None, trigger=None,
                other_triggers: Sequence = ()) -> DateValue:
        header = self._header_date(sentences, published, article)
        if header is not None:
            return header
        value = self._resolve(sentences, published, article, trigger, other_triggers)
        opening = self._opening_date(sentences, published, article)
        if opening is not None and value.event_date < opening.event_date:
            # "On 27 April 2022, workers blocked the terminal ... They went on strike on April 20":
            # an earlier day in a later sentence is what led to the event the text opens with
            return opening
        return value

    def _opening_date(self, sentences, published: date, article: Optional[Article]) -> Optional[DateValue]:
        """The day a text opens with ('On 27 April 2022, ...', 'Around 1 June 2022 (as reported), ...'),
        when the event is anchored in a later sentence and the opening one follows it up; None otherwise."""
        if article is None or article.doc is None or not sentences:
            return None
        first = next(iter(article.doc.sents), None)
        # the opening sentence must be the event's follow-up, not another event's anchor ('On 5 May
        # 2024, gunmen killed three ... On 3 May, militants had attacked ...' reports two events)
        if first is None or sentences[0].start == first.start or not any(s.start == first.start for s in sentences[1:]):
            return None
        for value in self.mentions(first, published):
            if value.match is not None and value.role in ("event", "report") and value.precision <= 2 and \
                    re.search(r"\d{4}", value.match.text) and \
                    re.fullmatch(r"\W*(?:on|around|about|on or about|on or around)?\s*", first.doc[first.start:value.match.start].text, re.I):
                return self._as_event_value(value) if value.role == "report" else value
        return None

    def _resolve(self, sentences, published: date, article: Optional[Article] = None, trigger=None,
                 other_triggers: Sequence = ()) -> DateValue:
        found = [self.mentions(sent, published) for sent in sentences]
        counted = _counted_day_of_trigger(found[0], trigger) if found else None
        if counted is not None:
            return counted
        from_main = self._day_from_main_clause(found[0] if found else [], sentences, published, article, trigger)
        if from_main is not None:
            return from_main
        if found and other_triggers:
            found[0] = _own_clause_days(found[0], sentences[0], trigger, other_triggers)
        if found and trigger is not None:
            found[0] = [m for m in found[0] if not _counts_to_the_trigger(m, trigger)]
        precise_before = self._lead_days(sentences, published, article, sentences_read=1)

        def own_precise(mentions):
            # a report's day in the same sentence ('Reported on 13 December that ... a site declared
            # a heritage site in July') bounds the event as well as one stated before it
            return [m for m in mentions if m.role == "report" and m.precision <= 2]

        for k, mentions in enumerate(found):  # the anchor's own date, then a follow-up sentence's
            own = [m for m in mentions if m.role == "event"]
            if own:
                # the main clause's date goes before one of what led to the event ('rioted overnight
                # after a teenager died on Tuesday'); within them a stated calendar date beats a
                # relative word in the same sentence ("Overnight between 22 and 23 March")
                main = [m for m in own if m.match is None or not _in_prior_clause(m.match, self.cues["prior_words"])]
                stated = [m for m in main or own if m.kind not in RELATIVE_KINDS]
                chosen = (stated or main or own)[0]
                if chosen.read_in_text:
                    later = [m for ms in found[k + 1:] for m in ms
                             if m.role == "event" and m.precision == 1 and m.kind not in RELATIVE_KINDS]
                    if later:
                        return later[0]
                if chosen.precision == 2 and chosen.kind in (FROM_PUBLICATION, WEEK_BEFORE) and chosen.match is not None:
                    # 'Protests spread across the province this week. They began on Thursday in Shadegan': a day
                    # a follow-up sentence of the same event states, in or just before the week the lead names,
                    # is the day it began; 'this week' loosely means the last seven days
                    later = [m for ms in found[k + 1:] for m in ms
                             if m.role == "event" and m.precision == 1 and m.kind not in RELATIVE_KINDS
                             and chosen.start - timedelta(days=7) <= m.event_date <= chosen.end]
                    if later:
                        return later[0]
                # only a month or year read as such, not a day that ACLED's qualifiers widened
                # ('Around 15 May (between 27 April - 1 June)', '15 November (month of)')
                if chosen.precision == 3 and chosen.kind != STATED_DAY:
                    earlier = [m for m in precise_before + own_precise(mentions) if chosen.start <= m.event_date]
                    if earlier:
                        return self._as_event_value(earlier[0])
                    # "... clashes since December. The attack occurred on or before 20/02": a day a
                    # follow-up sentence states within or after the vague period dates the event
                    later = [m for ms in found[k + 1:] for m in ms
                             if m.role == "event" and m.precision <= 2 and chosen.start <= m.event_date]
                    if later:
                        return later[0]
                return chosen
            precise_before += [m for m in mentions if m.role in ("event", "report") and m.precision <= 2]
        retold = self._retold_day(sentences, published, article) or \
            self._day_told_again(sentences, found, published, article, other_triggers)
        if retold is not None:
            return retold
        section = self._section_day(sentences[0], published) if sentences else None
        if section is not None:
            return section
        during = self._day_of_the_time_named(sentences[0], published) if sentences else None
        if during is not None:
            return during
        reports = [m for mentions in found for m in mentions if m.role == "report"]
        if article is not None and article.doc is not None and sentences:
            reports += [m for m in self._related_reports(sentences, published, article)]
        if reports:
            return self._as_event_value(min(reports, key=lambda m: m.event_date))
        scene = self._day_of_the_sentence_before(sentences[0], published, other_triggers) if sentences else None
        if scene is not None:
            return scene
        lead = self._lead_days(sentences, published, article)
        if lead:  # an undated follow-up of a report whose opening sentence is dated
            return self._as_event_value(lead[0])
        anchor = sentences[0] if sentences else None
        return DateValue(published, published - timedelta(days=6), published, 2, None, anchor, "event",
                         "no date stated: publication date, within the week before it")

    def _retold_day(self, sentences, published: date, article: Optional[Article]) -> Optional[DateValue]:
        """'The army on Wednesday confirmed that ... fighters ambushed a convoy near Damboa. The convoy
        was attacked on Sunday night, a military source said': an event whose own sentences give only
        when it was said takes the day of a later sentence that tells the act again, on the same thing
        named with 'the' (the object of the anchor's verbs, under one of `retelling_verbs`)."""
        if article is None or article.doc is None or not sentences:
            return None
        anchor = sentences[0]
        acts = {t.lemma_.lower() for t in anchor if t.pos_ == "VERB"} - self.cues["reporting"]
        acts |= self.cues["retelling"]
        targets = {t.lemma_.lower() for t in anchor if t.dep_ in ("dobj", "nsubjpass") and t.pos_ == "NOUN"
                   and t.head.lemma_.lower() in acts}
        if not targets:
            return None
        for sent, _, _ in self._sentence_table(article.doc):
            if sent.start <= anchor.start:
                continue
            if any(t.lemma_.lower() in targets and t.dep_ in ("dobj", "nsubjpass") and
                   t.head.lemma_.lower() in self.cues["retelling"] and
                   any(d.dep_ == "det" and d.lower_ == "the" for d in t.children) for t in sent):
                days = [m for m in self.mentions(sent, published) if m.role == "event" and m.precision == 1]
                if days:
                    return days[0]
        return None

    def _day_told_again(self, sentences, found, published: date, article: Optional[Article],
                        other_triggers: Sequence = ()) -> Optional[DateValue]:
        """'Police said on Thursday that gunmen had shot dead a village chief. The killings happened on
        Monday evening': an event whose own sentences give only when it was said takes the day of one
        of the next few sentences (`retelling_nouns` window) that tells the act again, as a subject
        naming it with 'the' or a victim's fate in the passive ('He was attacked on Sunday night'), on
        or before the day it was said. Another event's sentence ends the search."""
        if article is None or article.doc is None or not sentences:
            return None
        cues = self.cues["retelling_nouns"]
        said = [m.event_date for ms in found for m in ms if m.role == "report"]
        others = {t.i for trigger in other_triggers for t in (trigger if hasattr(trigger, "__iter__") else [trigger])}
        own = {s.start for s in sentences}
        anchor = sentences[0]
        following = [s for s, _, _ in self._sentence_table(article.doc) if s.start > anchor.start]
        for sent in following[:cues["window"]]:
            if any(t.i in others for t in sent):
                return None
            if sent.start in own:
                continue
            for verb in self._told_verbs(sent.root):
                if not self._retells(verb):
                    continue
                inside = {t.i for t in verb.subtree}
                days = [m for m in self.mentions(sent, published) if m.role == "event" and m.precision == 1
                        and m.match is not None and m.match.root.i in inside and (not said or m.event_date <= min(said))]
                if days:  # the mentions are shared with other callers: a copy carries the rule
                    return replace(days[0], rule=days[0].rule + " (the act told again in a later sentence)")
        return None

    def _told_verbs(self, root) -> list:
        """The sentence's main verb, and the clause it reports when it is a reporting verb ('The party
        said its representative was attacked on Sunday night')."""
        verbs = [root]
        if root.lemma_.lower() in self.cues["reporting"]:
            verbs += [c for c in root.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")]
        return verbs

    def _retells(self, verb) -> bool:
        """A subject naming the act with 'the' ('The killings happened'), or a victim's fate in the
        passive ('He was attacked', 'the chief was shot')."""
        cues = self.cues["retelling_nouns"]
        for c in verb.children:
            if c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in cues["words"] and \
                    any(d.dep_ == "det" and d.lower_ in ("the", "this", "that", "these") for d in c.children):
                return True
            if c.dep_ == "nsubjpass" and (verb.lemma_.lower() in cues["death_verbs"] or
                                          verb.lemma_.lower() in self.cues["retelling"]):
                return True
        return False

    def _lead_days(self, sentences, published: date, article: Optional[Article],
                   sentences_read: int = LEAD_SENTENCES) -> list[DateValue]:
        """Days (precision 1 or 2) stated in the article's lead: its first sentence with such a day
        among the first `sentences_read` (a news article opens with a headline, a standfirst or a
        byline before its dated first paragraph; an undated event of it takes that day).
        A month or a year in a later sentence that begins before a day of the opening sentence
        is background ("On 4 March, citizens gathered ... They are accused of blocking a road
        during a protest in October 2019"; "... killed ... since August"); the opening day governs."""
        if article is None or article.doc is None or not sentences:
            return []
        for k, lead in enumerate(article.doc.sents):
            if k >= sentences_read:
                break
            days = [m for m in self.mentions(lead, published) if m.role in ("event", "report") and m.precision <= 2]
            if days:
                return days
        return []

    @staticmethod
    def _as_event_value(value: DateValue) -> DateValue:
        """A precise day chosen over a vaguer one; a report date stands for the event on or before it."""
        if value.role != "report":
            return value
        return DateValue(value.event_date, value.event_date - timedelta(days=6), value.event_date, 2, value.match,
                         value.sentence, "report", "event on or before the date it was reported")

    def _header_date(self, sentences, published: date, article: Optional[Article]) -> Optional[DateValue]:
        """A text that opens with a bare date ("25 February." or "07 September:") dates its report."""
        if article is None or article.doc is None or not sentences:
            return None
        first = next(iter(article.doc.sents), None)
        if first is None or first.start > sentences[0].start:
            return None
        head = re.match(r"\s*([^.:;\n]{3,30}?)\s*[.:;-]", first.text)
        if head is None or not re.search(r"\d", head.group(1)):
            return None
        for value in self.mentions(first, published):
            if value.match is not None and value.precision == 1 and \
                    value.match.start_char - first.start_char <= head.start(1) + 1 and \
                    value.match.end_char - first.start_char >= head.end(1) - 1:
                value.rule = "the date heading the report"
                return value
        return None

    def _related_reports(self, sentences, published: date, article: Article):
        """Other sentences of the article about the same people or act (same named person or trigger lemma)."""
        anchor = sentences[0]
        names = {e.text for e in anchor.ents if e.label_ in ("PERSON",)}
        names |= {t.text for t in anchor if t.pos_ == "PROPN" and t.ent_type_ == "PERSON"}
        verbs = {t.lemma_.lower() for t in anchor if t.pos_ == "VERB" and t.lemma_.lower() not in self.cues["reporting"]}
        own = {s.start for s in sentences}
        out = []
        for sent, text, sent_verbs in self._sentence_table(article.doc):
            if sent.start in own:
                continue
            shares_name = any(n in text for n in names) or any(n.split()[-1] in text for n in names if n.split())
            if shares_name and not verbs.isdisjoint(sent_verbs):
                out += [m for m in self.mentions(sent, published)]
        return out

    def _sentence_table(self, doc) -> list:
        """(sentence, its text, lemmas of its verbs) for every sentence of the article (memoised per article)."""
        memo = self._memo if self._memo is not None else {}
        table = memo.get("sentences")
        if table is None:
            table = [(sent, sent.text, {t.lemma_.lower() for t in sent if t.pos_ == "VERB"}) for sent in doc.sents]
            memo["sentences"] = table
        return table

    # ---- date mentions in one sentence -----------------------------------------------------
    def mentions(self, sent, published: date) -> list[DateValue]:
        published = self._day_of_entry(sent, published)
        if self._memo is None:
            return self._mentions(sent, published)
        key = ("mentions", sent.start, sent.end, published)
        found = self._memo.get(key)
        if found is None:
            found = self._memo[key] = self._mentions(sent, published)
        # the values are read, never changed, by the callers; the list is theirs
        return list(found)

    def _day_of_the_time_named(self, sent, published: date) -> Optional[DateValue]:
        """'During the exchange, mortar shells ... landed in Chaman': an undated sentence that opens by naming
        an event told before as its time takes the day of the nearest sentence before it that states one."""
        if not _DURING_TOLD.match(sent.text):
            return None
        doc = sent.doc
        earlier = [s for s in doc.sents if s.end <= sent.start][-_DURING_REACH:]
        for prev in reversed(earlier):
            days = [m for m in self.mentions(prev, published) if m.role == "event" and m.precision == 1]
            if days:
                value = replace(days[0], rule=f"the day of the time its sentence names ({days[0].rule})")
                return value
        return None

    def _day_of_the_sentence_before(self, sent, published: date, other_triggers: Sequence = ()) -> Optional[DateValue]:
        """'A day later, on Thursday, the unrest spread north. In Makeni, police fired on marchers ...': an
        undated sentence takes the day of the sentence just before it in its paragraph, when that one tells
        no event of the article's own (it sets the scene of what follows); None otherwise. Undated sentences
        of other events between them go on with that scene ('On 26 April, troops surrounded a house. Gunmen
        inside opened fire ... Three other men then blew themselves up')."""
        doc = sent.doc
        others = {t.i for trigger in other_triggers for t in (trigger if hasattr(trigger, "__iter__") else [trigger])}
        while sent.start > 0:
            prev = doc[sent.start - 1].sent
            if paragraph_break([prev, sent], 1):
                return None  # the paragraph starts with the sentence
            days = [m for m in self.mentions(prev, published) if m.role == "event" and m.precision == 1]
            if not any(t.i in others for t in prev):
                if not days:
                    return None
                return replace(days[0], rule=f"the day the sentence before it in its paragraph states ({days[0].rule})")
            if days:
                return None  # another event's own day
            sent = prev
        return None

    def _section_day(self, sent, published: date) -> Optional[DateValue]:
        """The day of the section an undated sentence stands in, when a review told day by day heads each
        section with a weekday alone or with a place ('MONDAY - Petite-Riviere', 'Tuesday: Pont-Sonde'):
        that weekday, the most recent on or before publication. None without such a heading above it."""
        memo = self._memo if self._memo is not None else {}
        headings = memo.get("section days")
        if headings is None:
            headings = []
            for m in _SECTION_HEADING.finditer(sent.doc.text):
                back = (published.weekday() - WEEKDAYS[m.group(1).lower()]) % 7
                headings.append((m.end(), m.start(1), published - timedelta(days=back)))
            memo["section days"] = headings
        before = [(end, start, day) for end, start, day in headings if end <= sent.start_char]
        if not before:
            return None
        _end, start, day = before[-1]
        match = sent.doc.char_span(start, _end, alignment_mode="expand")
        return DateValue(day, day, day, 1, match, match.sent if match is not None else sent, "event",
                         "the weekday heading its section")

    def _day_of_entry(self, sent, published: date) -> date:
        """The day a live page's entry was written: the day of the last paragraph before `sent` that
        is a date alone ('Tuesday 12 March 2024', 'March 12'), when it is at most `entry_days`
        before publication; else the publication date. 'Last night', 'this morning' and weekdays
        of the entry count from it."""
        memo = self._memo if self._memo is not None else {}
        headings = memo.get("entry days")
        if headings is None:
            headings = []
            text = sent.doc.text
            for m in re.finditer(r"(?:^|\n)[ \t]*([^\n]{4,50}?)[ \t]*(?=\n|$)", text):
                line = _TIME_OF_LINE.sub("", _WEEKDAY_LINE.sub("", m.group(1))).strip(" .,:")
                # 'Oct' for 'October': the plain forms name whole months
                line = re.sub(r"\b([A-Z][a-z]{2})\b\.?", lambda a: calendar.month_name[MONTHS[a.group(1).lower()]]
                              if a.group(1).lower() in MONTHS else a.group(0), line)
                plain = _plain_date(line, published)
                if plain is not None and plain[1] == "day" and \
                        0 <= (published - plain[0]).days <= self.cues["entry_days"]:
                    headings.append((m.end(1), plain[0]))
            memo["entry days"] = headings
        before = [day for end, day in headings if end <= sent.start_char]
        return before[-1] if before else published

    def _mentions(self, sent, published: date) -> list[DateValue]:
        """The date mentions of a sentence. Words counted from the day they were written ('overnight',
        'yesterday', a weekday) in a sentence that states when it was said ('killed 12 overnight,
        police said on Tuesday') count from that day: the speaker's 'overnight' is the night before
        Tuesday, whenever the article came out."""
        out = _weekday_beside_its_day(self._read_mentions(sent, published))
        said = [v for v in out if v.role == "report" and v.precision == 1 and v.event_date < published]
        spoken = [k for k, v in enumerate(out) if v.role == "event" and v.match is not None and
                  v.kind in (WEEKDAY_FROM_PUBLICATION, FROM_PUBLICATION, WEEK_BEFORE)]
        if not said or not spoken:
            return out
        recounted = {v.match.start: v for v in self._read_mentions(sent, said[0].event_date) if v.match is not None}
        for k in spoken:
            again = recounted.get(out[k].match.start)
            if again is not None and again.match.end == out[k].match.end and again.role == "event":
                told = f"the day it was said ({said[0].event_date.isoformat()})"
                again.rule = again.rule.replace("the publication date", told).replace("publication", told)
                out[k] = again
        return out

    def _read_mentions(self, sent, published: date) -> list[DateValue]:
        out: list[DateValue] = []
        covered: set[int] = set()
        text = sent.text
        lower = text.lower()
        # "days after the 15 August takeover": a few days after a dated event
        for phrase, days, rx_after in self._after:
            if phrase not in lower:
                continue
            for m in rx_after.finditer(lower):
                span = sent.char_span(m.start(), m.end(), alignment_mode="expand")
                base = self._base_after(sent, m.end(), published) if span is not None else None
                if base is None or covered & set(range(span.start, base.match.end)):
                    continue
                start = base.event_date
                counted = re.search(r"\b(a|an|one|two|three|four|five|six|seven|\d{1,2})\s+$", lower[:m.start()]) \
                    if phrase.startswith("days") else None
                if counted:
                    # "two days after the March 9 attack": that very day
                    number = counted.group(1)
                    day = min(start + timedelta(days=int(number) if number.isdigit() else _NUMBER_WORDS[number]), published)
                    span = sent.char_span(counted.start(1), m.end(), alignment_mode="expand") or span
                    value = DateValue(day, day, day, 1, sent[span.start - sent.start:base.match.end - sent.start], sent,
                                      self._role(span), f"'{counted.group(1)} {phrase}' a dated event",
                                      kind=FROM_NAMED_DAY)
                    covered |= set(range(span.start, base.match.end))
                    out.append(value)
                    continue
                end = min(start + timedelta(days=days), published)
                value = DateValue(end, start, end, 2, sent[span.start - sent.start:base.match.end - sent.start], sent,
                                  self._role(span), f"'{phrase}' a dated event: its last possible day",
                                  kind=FROM_NAMED_DAY)
                covered |= set(range(span.start, base.match.end))
                out.append(value)
        # "A day earlier", "that night": counted from the day reported before them (read at the end)
        narrative = []
        for m in self._narrative.finditer(lower):
            span = sent.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is None or covered & set(range(span.start, span.end)):
                continue
            following = sent.doc[span.end] if span.end < len(sent.doc) else None
            named = None
            if m.group(0).endswith(("before", "after")) and following is not None and \
                    following.pos_ not in ("PUNCT", "ADP", "CCONJ", "SCONJ", "ADV"):
                # 'hours after the raid': from the day of the raid the article told before; 'the night
                # before returning to barracks', 'the day before the vote': before what follows, not a day
                named = self._day_of_named_act(sent, span, published)
                if named is None and not self._names_a_day(sent, span, published):
                    continue
            narrative.append((m, span, named))
            covered |= set(range(span.start, span.end))
        for value in self._listed_days(sent, published):
            span = value.match
            if covered & set(range(span.start, span.end)):
                continue
            value.precision = self._qualify(lower, span.start_char - sent.start_char, value.precision, value)
            value.role = self._role(span)
            out.append(value)
            covered |= set(range(span.start, span.end))
        # stated ranges and days that the entity recogniser splits or misses
        readers = [(rx, self._range_value) for rx in _RANGE] + [(rx, None) for rx in _EXPLICIT]
        for rx, reader in readers:
            for m in rx.finditer(text):
                span = sent.char_span(m.start(), m.end(), alignment_mode="expand")
                if span is None or covered & set(range(span.start, span.end)):
                    continue
                # the matched text, not the span's: a token may run on past it ("2019,police")
                read_against = published
                last_year = _LAST_YEAR_AFTER.match(text, m.end())
                if last_year and not re.search(r"\d{4}", m.group(0)):
                    # "on March 10 last year": the day in the year before publication
                    read_against = date(published.year - 1, 12, 31)
                    span = sent.char_span(m.start(), last_year.end(), alignment_mode="expand") or span
                value = reader(m, read_against) if reader else self._entity_value(span, read_against, m.group(0))
                if value is None or (reader is None and value.precision != 1):
                    continue
                value.match, value.sentence = span, sent
                value.precision = self._qualify(lower, m.start(), value.precision, value)
                value.role = self._role(span)
                out.append(value)
                covered |= set(range(span.start, span.end))
        for m in _NUMERIC_DM.finditer(text):
            span = sent.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is None or covered & set(range(span.start, span.end)):
                continue
            year = m.group(3)
            if year and len(year) == 2:
                year = "20" + year
            day = self._place_year(int(year) if year else None, int(m.group(2)), int(m.group(1)), published) \
                if 1 <= int(m.group(2)) <= 12 else None
            if day is None or day > published:
                continue
            self._add_stated_day(out, covered, day, span, sent, lower, m.start(), "stated day (day/month)")
        for rx in self.cues["ordinal_day_res"]:
            # 'on the fifth of May', 'on May fifth': a day of the month written as an ordinal word
            for m in rx.finditer(text):
                span = sent.char_span(m.start(), m.end(), alignment_mode="expand")
                if span is None or covered & set(range(span.start, span.end)):
                    continue
                number = self.cues["ordinal_days"][re.sub(r"[- ]+", "-", m.group("ord").lower())]
                year = int(m.group("year")) if m.group("year") else None
                day = self._place_year(year, MONTHS[m.group("month").lower()], number, published)
                if day is None or day > published:
                    continue
                self._add_stated_day(out, covered, day, span, sent, lower, m.start(), "stated day (ordinal word)")
        # before the entities: spaCy tags only the weekday of "Good Friday", which would date it the latest Friday
        for m in self._movable_days.finditer(lower):
            span = sent.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is None or covered & set(range(span.start, span.end)):
                continue
            day = self._movable_day(m.group("feast"), bool(m.group("eve")), published)
            if day is None:
                continue
            out.append(DateValue(day, day, day, 1, span, sent, self._role(span), f"movable feast: {m.group(0)}"))
            covered |= set(range(span.start, span.end))
        for ent in sent.ents:
            if ent.label_ not in ("DATE", "TIME") or covered & set(range(ent.start, ent.end)):
                continue
            value = self._entity_value(ent, published)
            if value is None:
                continue
            value.match, value.sentence = ent, sent
            value.precision = self._qualify(lower, ent.start_char - sent.start_char, value.precision, value)
            value.role = self._role(ent)
            if value.kind == STATED_YEAR and value.end.year < published.year:
                # a report names an earlier year only for history ("over the 1998 murder of ...",
                # "involved in the 2015 coup"); a new event gets at least its month
                value.role = "background"
            covered |= set(range(ent.start, ent.end))
            out.append(value)
        for m in _ORDINAL_DAY.finditer(text):
            span = sent.char_span(m.start(1), m.end(), alignment_mode="expand")
            if span is None or covered & set(range(span.start, span.end)) or not _names_no_noun(span):
                continue
            day = self._day_of_month(int(m.group(1)), published)
            if day is None:
                continue
            value = DateValue(day, day, day, 1, span, sent, self._role(span), "stated day of the month", kind=STATED_DAY)
            covered |= set(range(span.start, span.end))
            out.append(value)
        for m in _MID_MONTH.finditer(text):
            span = sent.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is None or covered & set(range(span.start, span.end)):
                continue
            value = self._mid_month_value(m, published)
            if value is None:
                continue
            value.match, value.sentence, value.role = span, sent, self._role(span)
            covered |= set(range(span.start, span.end))
            out = [v for v in out if v.match is None or not (span.start <= v.match.start < span.end)]
            out.append(value)
        for m in self._fixed_days.finditer(lower):
            # "on Christmas Eve", "on International Women's Day": the latest such day on or before publication
            span = sent.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is None or covered & set(range(span.start, span.end)):
                continue
            month, day_of_month = self.cues["fixed"][m.group(0)]
            day = self._place_year(None, month, day_of_month, published)
            if day is None or day > published:
                continue
            out.append(DateValue(day, day, day, 1, span, sent, self._role(span), f"fixed day: {m.group(0)}"))
            covered |= set(range(span.start, span.end))
        for m in self._national_days.finditer(lower):
            # "on the eve of Independence Day": the day of the article's country
            span = sent.char_span(m.start(), m.end(), alignment_mode="expand")
            kept = self.cues["national"][m.group("name")].get(self._country_of(sent.doc))
            if span is None or kept is None or covered & set(range(span.start, span.end)):
                continue
            day = self._place_year(None, *kept, published)
            day = day - timedelta(days=1) if day is not None and m.group("eve") else day
            if day is None or day > published:
                continue
            out.append(DateValue(day, day, day, 1, span, sent, self._role(span), f"national day: {m.group(0)}"))
            covered |= set(range(span.start, span.end))
        for m in _DAYS_AGO.finditer(text):
            span = sent.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is None or covered & set(range(span.start, span.end)):
                continue
            value = self._ago_value(m, published)
            value.match, value.sentence, value.role = span, sent, self._role(span)
            covered |= set(range(span.start, span.end))
            out.append(value)
        for m in _WEEKDAY.finditer(text):
            span = sent.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is None or covered & set(range(span.start, span.end)):
                continue
            value = self._entity_value(span, published, m.group(0))
            if value is None:
                continue
            value.match, value.sentence, value.role = span, sent, self._role(span)
            covered |= set(range(span.start, span.end))
            out.append(value)
        for m in self._relative_words.finditer(lower):
            # 'overnight', 'yesterday' the entity recogniser leaves out ('in Vaulx-en-Velin overnight')
            span = sent.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is None or covered & set(range(span.start, span.end)):
                continue
            phrase = m.group(0)
            value = self._relative_value(self.cues["relative"][phrase], published, phrase)
            value.rule += TEXT_SCAN
            value.read_in_text = True
            value.match, value.sentence, value.role = span, sent, self._role(span)
            covered |= set(range(span.start, span.end))
            out.append(value)
        # 'the March 23 Movement', 'the April 6 Youth Movement': a date in a name is no date at all
        out = [v for v in out if not self._in_a_name(v.match)]
        for m, span, named in narrative:
            out.append(self._narrative_value(m, span, sent, out, published, named))
        for value in out:
            # a day or month over a year before the report is history ('victims of the uprising of
            # 30 October 2014' in a report of 2016), never when a reported event happened
            if value.role == "event" and (published - value.end).days > self.cues["history_days"]:
                value.role = "background"
            if value.role == "event" and value.precision == 3 and _starts_a_side_period(value.match):
                value.role = "background"
        out = _weekdays_of_the_week_named(_without_qualifiers(_without_named_weekdays(_without_night_ends(out))),
                                          published)
        out.sort(key=lambda v: v.match.start if v.match is not None else 0)
        return out

    def _in_a_name(self, span) -> bool:
        """Whether a date is part of a name ('the March 23 Movement', 'the 26 July Movement'): the
        name's word follows it in the same sentence, with no stop between ('31 January. The Union of
        teachers ...' is a date)."""
        if span is None or not span.text[-1:].isalnum():
            return False
        named = self.cues["name_after"].match(span.doc.text, span.end_char)
        return named is not None and named.end() <= span.sent.end_char

    def _listed_days(self, sent, published: date) -> list[DateValue]:
        """Lists of days ('on 19 and 20 February', 'October 8, 9 and 10', '18/02/2014 and 19/02/2014'):
        dated on the first day, with every listed day in `listed`. Not the two ends of a range
        ('between 22 and 23 September'), nor a day and a count ('on March 5 and 20 people ...')."""
        text = sent.text
        out = []
        for rx, form in _DAY_LISTS:
            for m in rx.finditer(text):
                if _RANGE_OPENER.search(text[:m.start()]):
                    continue
                if form == "dm":
                    numbers = [m.group(1), *re.findall(r"\d{1,2}", m.group(2)), m.group(3)]
                    month, year = _month_of(m.group(4)), m.group(5)
                else:
                    month, numbers, year = _month_of(m.group(1)), [m.group(2), *re.findall(r"\d{1,2}", m.group(3)), m.group(4)], m.group(5)
                    span = sent.char_span(m.start(), m.end(), alignment_mode="expand")
                    following = sent.doc[span.end] if span is not None and span.end < sent.end else None
                    if not year and following is not None and following.pos_ in ("NOUN", "ADJ", "NUM"):
                        continue  # 'on March 5 and 20 people were hurt': a count, not a day
                last = self._place_year(int(year) if year else None, month, int(numbers[-1]), published) if month else None
                days = self._days_of(last, [int(n) for n in numbers])
                if days and days[-1] <= published:
                    out.append(self._listed_value(sent, m, days))
        for rx, form in _DAY_PAIRS:
            for m in rx.finditer(text):
                if _RANGE_OPENER.search(text[:m.start()]):
                    continue
                d1, m1, d2, m2 = (m.group(1), m.group(2), m.group(3), m.group(4)) if form == "dm" else \
                    (m.group(2), m.group(1), m.group(4), m.group(3))
                month1, month2, year = _month_of(m1), _month_of(m2), m.group(5)
                last = self._place_year(int(year) if year else None, month2, int(d2), published) if month1 and month2 else None
                try:
                    first = date(last.year - (month1 > month2), month1, int(d1)) if last else None
                except ValueError:
                    first = None
                if first and first < last <= published and (last - first).days <= 31:
                    out.append(self._listed_value(sent, m, [first, last]))
        for m in _NUMERIC_LIST.finditer(text):
            if _RANGE_OPENER.search(text[:m.start()]):
                continue
            days = []
            for dm in _NUMERIC_DM.finditer(m.group(0)):
                year = dm.group(3)
                year = int("20" + year if len(year) == 2 else year) if year else None
                days.append(self._place_year(year, int(dm.group(2)), int(dm.group(1)), published)
                            if 1 <= int(dm.group(2)) <= 12 else None)
            if all(days) and days == sorted(set(days)) and days[-1] <= published and (days[-1] - days[0]).days <= 31:
                out.append(self._listed_value(sent, m, days))
        return [v for v in out if v is not None]

    @staticmethod
    def _days_of(last: Optional[date], numbers: list[int]) -> list[date]:
        """The days of a month-long list whose last day is `last`; none unless they run forward."""
        if last is None or numbers != sorted(set(numbers)):
            return []
        try:
            days = [last.replace(day=n) for n in numbers]
        except ValueError:
            return []
        return days

    @staticmethod
    def _listed_value(sent, m: re.Match, days: list[date]) -> Optional[DateValue]:
        span = sent.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None:
            return None
        return DateValue(days[0], days[0], days[0], 1, span, sent, rule=f"{LISTED_DAY_RULE} 1 of {len(days)}",
                         listed=tuple(days))

    def _names_a_day(self, sent, span, published: date) -> bool:
        """Whether what follows 'a day after' states a day of its own ('a day after Saturday's attack',
        'a day after jihadists attacked a camp on Saturday'); `_narrative_value` counts from it."""
        word = span[-1]
        named_part = word.head if word.dep_ == "mark" else word
        inside = {t.i for t in named_part.subtree if t.i >= span.end}
        return any(t.i in inside and t.text[:1].isupper() and (t.lower_ in WEEKDAYS or t.lower_ in MONTHS) for t in sent)

    def _day_from_main_clause(self, mentions: list[DateValue], sentences, published: date,
                              article: Optional[Article], trigger) -> Optional[DateValue]:
        """'The attack came two days after herders killed five farmers in Bokkos', '..., hours after a
        car bomb killed three in Baidoa': an event told in a time clause of its own, counted from the
        main clause's event, is dated so many days from that event's day (which the sentence, or the
        text before it, gives). None when the trigger is not in such a clause, or the clause states a
        day of its own."""
        head = clauses.clause_head(trigger)
        if head is None or head.dep_ not in ("advcl", "ccomp"):
            return None
        units, directions = self.cues["time_clause_units"]["units"], self.cues["time_clause_units"]["directions"]
        mark = next((c for c in head.children if c.dep_ == "mark" and c.lower_ in directions), None)
        if mark is None:
            return None
        counted = next((c for c in (*head.children, *mark.children) if c.dep_ == "npadvmod" and c.i < mark.i
                        and c.lemma_.lower() in units), None)
        if counted is None:
            return None
        inside = {t.i for t in head.subtree}
        if any(m.role == "event" and m.match is not None and m.match.root.i in inside for m in mentions):
            return None  # '... after herders killed five farmers on Saturday': its own day
        number = next((c for c in counted.children if c.dep_ == "nummod"), None)
        if number is not None:
            amount = int(number.text) if number.text.isdigit() else _NUMBER_WORDS.get(number.lower_)
        else:
            amount = 1  # 'a day after', 'hours after'
        if amount is None:
            return None
        main = self._resolve(sentences, published, article)
        day = min(main.event_date + timedelta(days=amount * units[counted.lemma_.lower()] * directions[mark.lower_]),
                  published)
        phrase = trigger.doc[counted.left_edge.i:mark.i + 1]
        return DateValue(day, day, day, main.precision, phrase,
                         phrase.sent, "event", f"'{phrase.text}' the event of the main clause ({main.event_date})",
                         kind=FROM_NAMED_DAY)

    def _day_of_named_act(self, sent, span, published: date) -> Optional[DateValue]:
        """The day of the act a phrase like 'hours after the raid', 'two days after the attack' names:
        the event day of the nearest earlier sentence that tells that act, as a noun or its verb
        ('Police raided a hideout on Monday'); None when no earlier sentence tells it with a day."""
        doc = sent.doc
        act = next((t for t in doc[span.end:min(span.end + 4, sent.end)] if t.pos_ == "NOUN"), None)
        if act is None or any(t.pos_ not in ("DET", "PRON", "ADJ") for t in doc[span.end:act.i]):
            return None
        lemma = act.lemma_.lower()
        for s in reversed([s for s in doc.sents if s.end <= sent.start]):
            if any(t.lemma_.lower() == lemma and t.pos_ in ("NOUN", "VERB") for t in s):
                return _last_precise_day(self.mentions(s, published), ("event",))
        return None

    def _narrative_value(self, m: re.Match, span, sent, own: list[DateValue], published: date,
                         named: Optional[DateValue] = None) -> DateValue:
        """'A day earlier', 'the following day', 'two days later', 'that night': so many days from
        the day the text stated last before the phrase (in its own sentence, else in the sentences
        before it: the day of an event before the day of a report); from the publication date when
        no day was stated before. A phrase naming an act ('hours after the raid') counts from
        `named`, the day of that act."""
        if m.group("phrase"):
            offset = self.cues["narrative"][m.group("phrase")]
        else:
            count = m.group("count")
            offset = (int(count) if count.isdigit() else _NUMBER_WORDS[count]) * \
                self.cues["counted_direction"][m.group("direction")]
        before = [v for v in own if v.match is not None and v.match.end <= span.start]
        # 'a chief who went missing on Tuesday was found dead the following day': the day stated before
        # the phrase in its own sentence is its reference, even one of a clause about someone
        if named is None and m.group(0).endswith(("before", "after")):
            # 'a day after Saturday's attack', 'a day after jihadists attacked a camp on Saturday': from
            # the day stated in what the phrase names
            word = span[-1]
            named_part = word.head if word.dep_ == "mark" else word
            inside = {t.i for t in named_part.subtree}
            named = next((v for v in own if v.match is not None and v.match.start >= span.end and
                          v.match.root.i in inside and v.precision <= 2), None)
        reference = named or _last_precise_day(before, ("event",)) or _last_precise_day(before, ("report",)) or \
            _last_precise_day(before, ("background",))
        if reference is None:
            reference = self._earlier_day(sent, published)
        # after a list of days ('sit-ins on 8 and 9 October. The following day ...'), from its last day
        base = (reference.listed[-1] if reference.listed else reference.event_date) if reference is not None else published
        day = min(base + timedelta(days=offset), published)
        origin, kind = ("the day stated before it", FROM_STATED_DAY) if reference is not None else \
            ("the publication date", _relative_kind(m.group(0)))
        return DateValue(day, day, day, 1, span, sent, self._role(span), f"'{m.group(0)}' from {origin}", kind=kind)

    def _earlier_day(self, sent, published: date) -> Optional[DateValue]:
        """The last day stated in the sentences before `sent`: the nearest event's day, else the
        nearest report's, else the nearest day of a clause about people ('protesters who marched
        through Nairobi on Tuesday ... On the same day, traders in Nakuru ...': the day the people
        acted is the day counted from), though not history (`history_days`)."""
        doc = sent.doc
        earlier = [s for s in doc.sents if s.end <= sent.start]
        report = described = said = None
        for s in reversed(earlier):
            found = self.mentions(s, published)
            acts = [v for v in found if v.role != "event" or v.match is None or not self._said_on(v.match)]
            day = _last_precise_day(acts, ("event",))
            if day is not None:
                return day
            # 'The group claimed the raid on Sunday ... A day later, a bomb killed two': counted from
            # the last act told, not from when it was claimed or announced, unless no act has a day
            said = said or _last_precise_day(found, ("event",))
            report = report or _last_precise_day(found, ("report",))
            recent = [v for v in found if (published - v.end).days <= self.cues["history_days"]]
            described = described or _last_precise_day(recent, ("background",))
        return said or report or described

    def _said_on(self, span) -> bool:
        """A day on when something was said with no clause of its own for the event: 'claimed the raid
        on Sunday', 'a statement read on state television on Sunday night', 'issued a statement on
        Sunday'; not a day the speaker's words follow ('attacked the post on Saturday, the army said')."""
        verb = clauses.verb_of(span.root)
        if verb is None:
            return False
        reporting = self.cues["reporting"]
        if verb.lemma_.lower() in reporting:
            return verb.i < span.start
        if verb.dep_ in ("acl", "relcl") and verb.head.lemma_.lower() in reporting:
            return True
        return any(c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.pos_ == "NOUN" and c.lemma_.lower() in reporting
                   for c in verb.children)

    def _mid_month_value(self, m: re.Match, published: date) -> Optional[DateValue]:
        """'In mid-October (2019)': ACLED codes the middle of the month as a day within a week."""
        month = _month_of(m.group(1))
        if month is None:
            return None
        mid = self.cues["mid_month"]
        year = int(m.group(2)) if m.group(2) else None
        day = self._place_year(year, month, mid["day"], published)
        if day is None or day > published:
            return None
        return DateValue(day, day - timedelta(days=4), min(day + timedelta(days=4), published), mid["precision"],
                         rule="middle of a stated month")

    def _qualify(self, lower: str, offset: int, precision: int, value: DateValue) -> int:
        """ACLED's qualifiers before or just after a date: 'Around 2 May 2022 (as reported)', '(month of)'."""
        before = lower[max(0, offset - 25):offset]
        after = lower[offset:offset + 80]
        paren = re.search(r"\(([^)]*)\)", after[:80])
        context_after = paren.group(1) if paren else ""
        if any(re.search(rf"\b{re.escape(w)}\s*$", before) or w == context_after.strip() for w in self.cues["month"]):
            y, mth = value.event_date.year, value.event_date.month
            value.start, value.end = _month_bounds(y, mth)
            return 3
        if paren:
            for rx in _RANGE:
                m = rx.search(context_after)
                if m:
                    rng = self._range_value(m, value.event_date + timedelta(days=40))
                    if rng is not None and rng.start <= value.event_date <= rng.end:
                        value.start, value.end = rng.start, rng.end
                        return 2 if (rng.end - rng.start).days <= 7 else 3
        if precision == 1 and any(re.search(rf"\b{re.escape(w)}\s*$", before) for w in self.cues["approx"]):
            return 2
        if precision == 1 and any(w == context_after.strip() or context_after.strip().startswith(w)
                                  for w in self.cues["approx"]):
            return 2
        return precision

    def _add_stated_day(self, out: list, covered: set, day, span, sent, lower: str, start: int, rule: str) -> None:
        """A day the text states outright: kept as a day-precise date, its tokens covered so no later reading
        of the same words dates it again."""
        value = DateValue(day, day, day, 1, span, sent, rule=rule, kind=STATED_DAY)
        value.precision = self._qualify(lower, start, 1, value)
        value.role = self._role(span)
        out.append(value)
        covered.update(range(span.start, span.end))

    def _role(self, span) -> str:
        """'report' when the date hangs off a reporting word whose clause embeds the event;
        'background' when it dates something else the sentence mentions (see `_background`)."""
        if _background(span, self._event_nouns, self._gathering_verbs):
            return "background"
        if self.cues["source_before_re"].search(span.doc.text, max(0, span.start_char - 40), span.start_char):
            return "report"  # 'source dated 13/05': the day the source was written
        if self.cues["coded_event_day_re"].match(span.doc.text, span.end_char):
            return "event"  # 'Around 9 May 2022 (as reported), three men claimed ...': the coder's event day
        if self._right_after_reporting_verb(span):
            return "report"
        root = span.root
        node = root
        steps = 0
        while node.head.i != node.i and steps < 6:
            node = node.head
            steps += 1
            lemma = node.lemma_.lower()
            if node.pos_ in ("VERB", "AUX"):
                if lemma in self.cues["reporting"] and _embeds_clause(node):
                    return "report"
                return "event"
            if node.pos_ == "NOUN" and lemma in self.cues["reporting"] and \
                    (_embeds_clause(node) or (node.dep_ in ("nsubj", "nsubjpass") and _embeds_clause(node.head))):
                return "report"
        return "event"

    def _right_after_reporting_verb(self, span) -> bool:
        """'said on Monday it had taken the town', 'announced Tuesday that ...': a date written right
        after a reporting verb is when it was said, wherever the parser hangs it; 'said Monday's
        attack ...' dates the attack."""
        doc = span.doc
        i = span.start - 1
        if i >= 0 and doc[i].lower_ == "on":
            i -= 1
        if i < 0 or span.root.dep_ == "poss" or (span.end < len(doc) and doc[span.end].tag_ == "POS"):
            return False
        verb = doc[i]
        return verb.pos_ == "VERB" and verb.lemma_.lower() in self.cues["reporting"]

    # ---- turning one expression into dates ---------------------------------------------------
    def _range_value(self, m: re.Match, published: date) -> Optional[DateValue]:
        g = m.groups()
        try:
            if len(g) == 4 and g[0].isdigit():  # d1 - d2 Month [year]
                d1, d2, mon, year = int(g[0]), int(g[1]), _month_of(g[2]), g[3]
                m1 = m2 = mon
            elif len(g) == 4:  # Month d1 - d2 [year]
                mon, d1, d2, year = _month_of(g[0]), int(g[1]), int(g[2]), g[3]
                m1 = m2 = mon
            else:  # d1 Month1 [y1] - d2 Month2 [y2]
                d1, m1, y1, d2, m2, year = int(g[0]), _month_of(g[1]), g[2], int(g[3]), _month_of(g[4]), g[5] or g[2]
            if not m1 or not m2 or d1 > 31 or d2 > 31:
                return None
            if year:
                end = date(int(year), m2, d2)
                start = date(end.year - 1 if m1 > m2 else end.year, m1, d1)
            else:
                # without a year the range's first day is the latest on or before publication: a
                # range still running when the report came out ("between 9-13 Aug") has begun
                start = self._place_year(None, m1, d1, published)
                if start is None:
                    return None
                end = date(start.year + 1 if m2 < m1 else start.year, m2, d2)
                end = min(end, published)
        except ValueError:
            return None
        if start > end:
            return None
        precision = 2 if (end - start).days <= 7 else 3
        return DateValue(start, start, end, precision, rule="stated range: first day", kind=RANGE_FIRST_DAY)

    @staticmethod
    def _day_of_month(day: int, published: date) -> Optional[date]:
        """The latest such day of a month on or before publication ('on the 26th')."""
        year, month = published.year, published.month
        for _ in range(3):  # the 31st may be two months back
            try:
                d = date(year, month, day)
                if d <= published:
                    return d
            except ValueError:
                pass
            year, month = (year, month - 1) if month > 1 else (year - 1, 12)
        return None

    def _country_of(self, doc) -> Optional[str]:
        """The country of the national-day table the article names most often, by its name or its people's
        ('Pakistan', 'Pakistani'); None when it names none (memoised per article)."""
        memo = self._memo if self._memo is not None else {}
        if "country" not in memo:
            counts: dict[str, int] = {}
            for m in self._country_words.finditer(doc.text.lower()):
                word = m.group(0) if m.group(0) in self.cues["country_words"] else m.group(0)[:-1]
                country = self.cues["country_words"][word]
                counts[country] = counts.get(country, 0) + 1
            memo["country"] = max(counts, key=counts.get) if counts else None
        return memo["country"]

    def _movable_day(self, feast: str, eve: bool, published: date) -> Optional[date]:
        """The latest day of a movable feast (or of its eve) on or before publication, within the year
        before it; None when the table has no such day (a year it does not reach)."""
        shift = timedelta(days=1 if eve else 0)
        days = [d - shift for d in self.cues["movable"][feast] if d - shift <= published]
        return days[-1] if days and (published - days[-1]).days <= 366 else None

    def _place_year(self, year: Optional[int], month: int, day: int, published: date) -> Optional[date]:
        """The date with its year; without one, the latest such day on or before publication, unless
        the day is just ahead (see `_upcoming`): then that day, after publication."""
        try:
            if year:
                return date(year, month, day)
            upcoming = self._upcoming(month, day, published)
            if upcoming is not None:
                return upcoming
            d = date(published.year, month, day)
            return d if d <= published else date(published.year - 1, month, day)
        except ValueError:
            return None

    def _upcoming(self, month: int, day: int, published: date) -> Optional[date]:
        """The next such day after publication when it is only days ahead ('rescued on June 18' in a
        report of 17 June; 'the vote on 3 January' in one of 28 December): a day written without
        its year so close ahead is that coming day, not the same day almost a year before."""
        for year in (published.year, published.year + 1):
            try:
                d = date(year, month, day)
            except ValueError:
                continue
            if d > published:
                return d if (d - published).days <= self.cues["upcoming_days"] else None
        return None

    def _entity_value(self, ent, published: date, text: Optional[str] = None) -> Optional[DateValue]:
        text = (ent.text if text is None else text).strip()
        text = re.sub(r"(?<=[A-Za-z])\.(?=\d)", ". ", text)  # "Feb.28"
        # "Octobr 5": a misspelt month is the month it stands for
        text = self.cues["month_typo_re"].sub(lambda m: calendar.month_name[self.cues["month_typos"][m.group(1).lower()]], text)
        if _CLOCK_TIME.fullmatch(text) or re.fullmatch(r"\d{1,2}", text):
            # "7-10am", "around 20h": an hour of the day; "Rahim, 22," or "aged 22": an age or a count,
            # whatever the entity label
            return None
        ago = _DAYS_AGO.fullmatch(text)
        if ago:
            return self._ago_value(ago, published)
        last_year = re.fullmatch(rf"(.*\S){_LAST_YEAR_AFTER.pattern}", text, re.I)
        if last_year and re.search(_MONTH_RX, last_year.group(1), re.I) and not re.search(r"\d{4}", text):
            # "March 10 last year", "in September last year": read in the year before publication
            return self._entity_value(ent, date(published.year - 1, 12, 31), last_year.group(1))
        # "(during) the month of October 2019", "the end of February": the month the words name (not
        # 'the end of the march')
        text = re.sub(r"^(?:during |in |over )?the (?=(?:month|end|beginning|start) of (?-i:[A-Z\d]))", "", text, flags=re.I)
        for cue in self.cues["approx"] + self.cues["month"]:  # "Around 15 March 2022": the qualifier is read by _qualify
            if text.lower().startswith(cue + " "):
                # the qualified words must be a date ('early February'), not 'early morning'
                if text[len(cue) + 1:][:1].isupper() or text[len(cue) + 1:][:1].isdigit():
                    text = text[len(cue) + 1:]
                break
        low = re.sub(r"^(?:on|in|at|during|since|from|by|the)\s+", "", text.lower()).strip(" ,.")
        # relative expressions from the data file
        rel = self.cues["relative"].get(low) or self.cues["relative"].get(re.sub(r"^(?:early|late)\s+", "", low))
        if rel is not None:
            return self._relative_value(rel, published, low)
        # weekdays: the most recent such day on or before publication
        # "on Sunday and Monday": the first day named, as a range's first day
        named = sorted((m.start(), wd) for name, wd in WEEKDAYS.items() for m in re.finditer(rf"\b{name}\b", low))
        if named:
            if re.search(r"\b(?:last|previous) week\b", low):  # "on Tuesday last week": that day of the week before
                d = published - timedelta(days=published.weekday() + 7 - named[0][1])
                return DateValue(d, d, d, 1, rule="weekday of the week before publication", kind=WEEKDAY_OF_KNOWN_WEEK)
            back = (published.weekday() - named[0][1]) % 7
            if "last" in low.split() and back == 0:
                back = 7
            d = published - timedelta(days=back)
            return DateValue(d, d, d, 1, rule=_FROM_PUBLICATION, kind=WEEKDAY_FROM_PUBLICATION)
        if re.fullmatch(r"(?:a |one |two |three |several |\d+ )?(?:days?|weeks?|months?|years?|hours?|night|morning|evening|afternoon|decades?)", low):
            return None  # durations ("three days") name no date
        if getattr(ent, "label_", "") == "TIME" and not re.search(_MONTH_RX, low):
            return None  # a clock time or a duration ("9 p.m.", "a 12 minutes clash") names no day
        if not re.search(r"\d|" + _MONTH_RX, low):
            return None  # no calendar word: "the evening hours", "early morning" name no day
        parsed, period = _parse_with_dateparser(text, published)
        if parsed is None:
            return None
        period = period or "day"
        has_year = bool(re.search(r"\b\d{4}\b", text))
        if period == "day":
            if not has_year and self._upcoming(parsed.month, parsed.day, published) is not None:
                return None  # a day just ahead names no event that has happened
            if not has_year and parsed > published:
                parsed = self._place_year(None, parsed.month, parsed.day, published) or parsed
            elif has_year and parsed > published:
                parsed = self._year_slip(parsed, published)
            if parsed > published:
                return None
            if not has_year:
                slipped = self._order_slip(parsed, published)
                if slipped != parsed:
                    return DateValue(slipped, slipped, slipped, 1, rule="stated day (day and month swapped)",
                                     kind=STATED_DAY)
            return DateValue(parsed, parsed, parsed, 1, rule="stated day", kind=STATED_DAY)
        if period == "month":
            year = parsed.year if has_year or parsed <= published else parsed.year - 1
            if not has_year and date(year, parsed.month, 1) > published:
                year -= 1
            start, end = _month_bounds(year, parsed.month)
            if start > published:
                return None  # a month still to come ("elections in April 2019") is not when the event happened
            end = min(end, published)
            mid = min(date(year, parsed.month, self.cues["month_fallback_day"]), end)
            return DateValue(mid, start, end, 3, rule="stated month")
        if period == "year":
            if not re.search(r"\b(19|20)\d{2}\b", text):
                return None
            start, end = date(parsed.year, 1, 1), min(date(parsed.year, 12, 31), published)
            return DateValue(start + (end - start) // 2, start, end, 3, rule="stated year", kind=STATED_YEAR)
        if period == "week":
            start = parsed
            end = min(parsed + timedelta(days=6), published)
            return DateValue(start, start, end, 2, rule="stated week")
        return None

    @staticmethod
    def _ago_value(m: re.Match, published: date) -> DateValue:
        """'three days ago' is that day; 'a week ago' the day a week back, within that week."""
        count = int(m.group(1)) if m.group(1).isdigit() else _NUMBER_WORDS[m.group(1).lower()]
        if m.group(2).lower() == "fortnight":
            count *= 2
        elif m.group(2).lower() == "day":
            d = published - timedelta(days=count)
            return DateValue(d, d, d, 1, rule=f"'{m.group(0)}' from the publication date", kind=_relative_kind(m.group(0)))
        d = published - timedelta(weeks=count)
        return DateValue(d, d - timedelta(days=3), min(d + timedelta(days=3), published), 2,
                         rule=f"'{m.group(0)}' from the publication date", kind=_relative_kind(m.group(0)))

    @staticmethod
    def _year_slip(stated: date, published: date) -> date:
        """A day stated one year after publication whose same day a year earlier fell in the month
        before publication ("On 24 November 2020" in a report of 27 November 2019) is that recent
        day with its year mistyped; any other future day stays as stated (and is no event date)."""
        try:
            earlier = stated.replace(year=stated.year - 1)
        except ValueError:  # 29 February
            return stated
        return earlier if stated.year == published.year + 1 and 0 <= (published - earlier).days <= 31 else stated

    def _order_slip(self, stated: date, published: date) -> date:
        """A day and month without a year read far back ('On May 4' in a report of 8 April, over
        eleven months before) whose numbers, swapped, make a day of the last week (5 April) is that
        day: the writer swapped day and month (see date_cues.json order_slip). Any other day stays."""
        slip = self.cues["order_slip"]
        if stated.day > 12 or stated.day == stated.month or (published - stated).days <= slip["stated_days_back"]:
            return stated
        for year in (published.year, published.year - 1):
            swapped = date(year, stated.day, stated.month)
            if swapped <= published:
                return swapped if (published - swapped).days <= slip["recent_days"] else stated
        return stated

    def _relative_value(self, rel: dict, published: date, phrase: str) -> DateValue:
        unit, offset, precision = rel["unit"], rel["offset"], rel["precision"]
        rule, kind = f"'{phrase}' from the publication date", _relative_kind(phrase)
        # "earlier this month": before the day of publication
        last_day = published - timedelta(days=1) if rel.get("before_publication") else published
        if unit == "day":
            d = published + timedelta(days=offset)
            return DateValue(d, d, d, precision, rule=rule, kind=kind)
        if unit in ("week", "weekend"):
            monday = published - timedelta(days=published.weekday()) + timedelta(weeks=offset)
            start = monday + timedelta(days=5) if unit == "weekend" else monday
            if start > published:  # "this weekend" published on a weekday: the one just past
                start -= timedelta(weeks=1)
            end = max(start, min(start + timedelta(days=1 if unit == "weekend" else 6), last_day))
            # ACLED dates a week known only as such on its Wednesday ('Around 9 March 2022 (week of)'),
            # also one said early or late in the week ('early this week' in a note coded on the
            # Wednesday); a weekend on its Saturday
            index = rel.get("day_index", self.cues["week_day_index"])
            day = start if unit == "weekend" else min(start + timedelta(days=index), end)
            return DateValue(day, start, end, precision, rule=rule, kind=kind)
        if unit == "month":
            y, mth = published.year, published.month + offset
            while mth < 1:
                y, mth = y - 1, mth + 12
            start, end = _month_bounds(y, mth)
            end = max(start, min(end, last_day))
            mid = min(date(y, mth, self.cues["month_fallback_day"]), end)
            return DateValue(mid, start, end, precision, rule=rule, kind=kind)
        y = published.year + offset
        start, end = date(y, 1, 1), min(date(y, 12, 31), published)
        return DateValue(start + (end - start) // 2, start, end, precision, rule=rule, kind=kind)

    def _base_after(self, sent, offset: int, published: date) -> Optional[DateValue]:
        """The dated thing 'days after' refers to: a stated day right after the phrase ('the 15 August takeover')."""
        rest = sent.text[offset:]
        lead = re.match(r"\s*(?:(?:the|their|its|his|her)\s+)?", rest, re.I).end()
        for rx in _EXPLICIT:
            m = rx.match(rest, lead)
            if m:
                span = sent.char_span(offset + m.start(), offset + m.end(), alignment_mode="expand")
                value = self._entity_value(span, published) if span is not None else None
                if value is not None:
                    value.match = span
                    return value
        return None
