"""Dates and periods in a sentence, resolved against the publication date.

"As of Sunday" in a report published on Sunday 11 September 2022 is 2022-09-11; "between
Thursday and Saturday" is 8 to 10 September; "since Sept. 6" starts on 6 September of the
publication year; "over the past 24 hours" is the day of the statement.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from . import guard
from . import lexicon as lx

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = {m: i + 1 for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"])}
INVASION = date(2022, 2, 24)

_WD = r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MON = rf"(?:{lx.MONTH_NAMES})\.?"
_DAY_MONTH = rf"(?:(?P<m1>{_MON})\s+(?P<d1>\d{{1,2}})(?!\d)(?:st|nd|rd|th)?|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{_MON}))(?:,?\s+(?P<y>20\d\d))?"


@dataclass
class When:
    """What a sentence says about the time a figure covers."""

    period_start: date | None = None
    period_end: date | None = None
    as_of: date | None = None
    cumulative: bool = False
    text: str | None = None


def _weekday_on_or_before(name: str, ref: date) -> date:
    back = (ref.weekday() - WEEKDAYS.index(name.lower())) % 7
    return ref - timedelta(days=back)


def _calendar(m: re.Match, ref: date | None, prefix: str = "") -> date | None:
    g = lambda k: m.group(prefix + k) if (prefix + k) in m.re.groupindex else None  # noqa: E731
    month = g("m1") or g("m2")
    day = g("d1") or g("d2")
    if not month or not day:
        return None
    year = int(g("y")) if g("y") else (ref.year if ref else None)
    if year is None:
        return None
    try:
        d = date(year, MONTHS[month[:3].lower()], int(day))
    except ValueError:
        return None
    if ref and not g("y") and d > ref + timedelta(days=1):
        d = d.replace(year=d.year - 1)  # "since Dec. 20" in a January report
    return d


_PATTERNS = [
    ("between_days", re.compile(r"\bbetween\s+(?P<a>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+and\s+(?P<b>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", re.I)),
    ("between_dates", re.compile(rf"\b(?:between|from)\s+(?P<a>{_DAY_MONTH.replace('(?P<', '(?P<a_')})\s+(?:and|to|until|through)\s+(?P<b>{_DAY_MONTH.replace('(?P<', '(?P<b_')})", re.I)),
    # "between August 14 and 20", "from 14 to 20 August": two days of one month.
    ("between_month_days", re.compile(rf"\b(?:between|from)\s+(?:(?P<mon>{_MON})\s+(?P<a>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:and|to|until|through|[-–])\s+(?P<b>\d{{1,2}})(?!\d)(?:st|nd|rd|th)?(?!\s*(?:{_MON}))"
                                      rf"|(?P<a2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:and|to|until|through|[-–])\s+(?P<b2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon2>{_MON}))(?:,?\s+(?P<y>20\d\d))?(?![\w,]*\s*\d)", re.I)),
    ("war_to_date", re.compile(rf"\bfrom\s+the\s+(?:start|beginning|outset)\s+of\s+the\s+(?:full[-\s]scale\s+)?(?:war|invasion|special\s+military\s+operation)\s+(?:to|until|till|through|up\s+to)\s+{_DAY_MONTH}", re.I)),
    ("up_to_date", re.compile(rf"\b(?:up\s+to|until|till|through)\s+{_DAY_MONTH}", re.I)),
    ("as_of_day", re.compile(rf"\bas\s+of\s+(?:this\s+|last\s+)?{_WD}(?:\s+(?:morning|evening|night))?\b", re.I)),
    ("as_of_month_end", re.compile(rf"\bas\s+of\s+the\s+end\s+of\s+(?P<mon>{_MON})(?![a-z])(?:\s+(?P<y>20\d\d))?", re.I)),
    ("as_of_date", re.compile(rf"\bas\s+of\s+{_DAY_MONTH}", re.I)),
    ("since_invasion", re.compile(r"\bsince\s+(?:(?:hostilities|the\s+war|the\s+fighting|the\s+invasion|the\s+full[-\s]scale\s+invasion)\s+(?:began|started)(?:\s+(?:on|in)\s+[^;]{0,25}?\d{4})?|(?:the\s+day\s+of\s+)?\w+['’]s\s+(?:full[-\s]scale\s+)?(?:invasion|attack)|the\s+(?:start|beginning)\s+of\s+the\s+(?:full[-\s]scale\s+)?(?:war|invasion|special\s+military\s+operation|aggression|conflict)|the\s+(?:full[-\s]scale\s+)?invasion|(?:Putin|Russia|Moscow|it|the\s+Kremlin)\s+(?:invaded|attacked)|24(?:th)?\s+February(?:\s+2022)?|Feb(?:ruary)?\.?\s+24(?:,?\s+2022)?)|\bin\s+the\s+war\b|\bsince\s+the\s+war\s+began|\bsince\s+\w+(?:\s+\w+)?[’']s\s+war\s+began", re.I)),
    ("since_date", re.compile(rf"\bsince\s+{_DAY_MONTH}", re.I)),
    # "since the start of its counteroffensive on June 4", "since the incursion began on 6 August":
    # an operation's own start, not the war's.
    ("since_event", re.compile(rf"\bsince\s+(?:the\s+|its\s+|their\s+|\w+['’]s\s+)?(?:(?:start|beginning|launch)\s+of\s+(?:the\s+|its\s+|their\s+|\w+['’]s\s+)?)?"
                               rf"(?:[\w-]+\s+){{0,2}}?(?:counter-?offensive|offensive|incursion|operation|assault|push|attack)\b"
                               rf"(?:\s+(?:which|that)\s+(?:began|started))?(?:\s+(?:began|started|was\s+launched))?,?\s+(?:on|in)\s+{_DAY_MONTH}", re.I)),
    # "since the end of January", "since mid-March": the month's end or middle.
    ("since_month_part", re.compile(rf"\bsince\s+(?:the\s+)?(?P<part>end|middle|mid)(?:\s+of|-)\s*(?P<mon>{_MON})(?![a-z])(?:\s+(?P<y>20\d\d))?", re.I)),
    ("since_month", re.compile(rf"\bsince\s+(?:the\s+(?:start|beginning)\s+of\s+)?(?P<mon>{_MON})(?![a-z])(?:\s+(?P<y>20\d\d)|(?!\s*\d))", re.I)),
    ("this_month", re.compile(r"\b(?:so\s+far\s+this\s+month|since\s+the\s+(?:start|beginning)\s+of\s+(?:this|the)\s+month|earlier\s+this\s+month|(?<!said\s)(?<!says\s)(?<!reported\s)(?<!announced\s)this\s+month(?:\s+alone)?)\b", re.I)),
    # "over the weekend": the Saturday and Sunday on or before the statement.
    ("weekend", re.compile(r"\b(?:over|during|at|on)\s+the\s+(?:past\s+|last\s+)?weekend\b|\bthis\s+(?:past\s+)?weekend\b", re.I)),
    ("since_jan1", re.compile(r"\bsince\s+(?:January\s+1(?:st)?(?!\d)|1\s+January|the\s+(?:start|beginning)\s+of\s+(?:(?:this|the)\s+year|(?P<y>20\d\d)))", re.I)),
    ("past_days", re.compile(r"\b(?:over|in|during|for)\s+the\s+(?:past|last|previous)\s+(?P<n>two|three|four|five|six|seven|eight|nine|ten|[2-9]|[1-9]\d)\s+days\b", re.I)),
    # "downed 30 drones last night"; "said last night" dates the statement, not the figure.
    ("past_night", re.compile(r"\b(?:over|during|in)\s+the\s+(?:past|last|previous)\s+night\b|\bovernight\b|"
                              r"(?<!said\s)(?<!says\s)(?<!told\s)(?<!reported\s)(?<!announced\s)\blast\s+night\b", re.I)),
    # Headlines drop the article ("lost 1,100 troops over past day").
    ("past_day", re.compile(r"\b(?:over|in|during)\s+(?:the\s+)?(?:past|last|previous)\s+(?:24\s+hours|day)\b|\bin\s+the\s+previous\s+day\b|\bover\s+the\s+past\s+twenty-four\s+hours\b|\bin\s+(?:a|one|a\s+single)\s+day\b|\b(?:during|over)\s+the\s+day\b(?!\s+(?:of|before|after)\b)", re.I)),
    ("yesterday", re.compile(r"\byesterday\b|\bthe\s+last\s+day\b|\bthe\s+previous\s+day\b", re.I)),
    ("past_week", re.compile(r"\b(?:over|in|during)\s+(?:the\s+)?(?:past|last)\s+(?:week|seven\s+days|7\s+days)\b|\bthis\s+week(?:\s+alone)?\b|\bin\s+a\s+week\b|\b(?:over|during)\s+the\s+week\b(?!\s+(?:of|before|after|ending|to)\b)", re.I)),
    # "Russia lost 2,000 soldiers last week"; "said last week" dates the statement, not the figure.
    ("last_week", re.compile(r"(?<!said\s)(?<!says\s)(?<!told\s)(?<!stated\s)(?<!reported\s)(?<!announced\s)\blast\s+week\b", re.I)),
    ("past_year", re.compile(r"\b(?:over|in|during)\s+the\s+(?:past|last)\s+(?:year|12\s+months|twelve\s+months)\b", re.I)),
    ("past_two_weeks", re.compile(r"\b(?:over|in|during)\s+(?:the\s+)?(?:past|last)\s+(?:two|2)\s+weeks\b|\bin\s+two\s+weeks\b", re.I)),
    ("in_month", re.compile(rf"\b(?:in|during|over|throughout)\s+(?:the\s+month\s+of\s+)?(?P<mon>{_MON})(?![a-z])(?:\s+(?P<y>20\d\d))?(?!\s*\d)", re.I)),
    ("half_month", re.compile(rf"\b(?:in|during|over)\s+the\s+(?P<half>first|second)\s+half\s+of\s+(?P<mon>{_MON})(?![a-z])(?:\s+(?P<y>20\d\d))?", re.I)),
    # "in 2024", "during 2025 alone", "over the course of 2023": the year, up to the statement when it is the current one.
    ("in_year", re.compile(r"\b(?:in|during|throughout|over|for)\s+(?:the\s+(?:whole\s+|entire\s+)?(?:(?:year|course|entirety)\s+)?(?:of\s+)?)?(?P<y>20[1-3]\d)\b(?!\s*[-–]|\s*,?\s*\d)", re.I)),
    ("half_year", re.compile(r"\b(?:in|during|over)\s+the\s+(?P<half>first|second)\s+half\s+of\s+(?:(?:the|this)\s+year|(?P<y>20\d\d))\b", re.I)),
    ("last_month", re.compile(r"\b(?:last|the\s+previous|the\s+past)\s+month\b|\bin\s+the\s+past\s+month\b", re.I)),
    # "Russia gained 5,600 km² last year"; "said last year" dates the statement, not the figure.
    ("last_year", re.compile(r"(?<!said\s)(?<!says\s)(?<!told\s)(?<!stated\s)(?<!reported\s)(?<!announced\s)\b(?:last|the\s+previous)\s+year\b", re.I)),
    ("this_year", re.compile(r"\b(?:this\s+year(?:\s+alone)?|so\s+far\s+this\s+year|since\s+the\s+start\s+of\s+(?:the\s+|this\s+)?year)\b", re.I)),
    ("on_day", re.compile(rf"\b(?:on|late\s+on|last|this|overnight\s+on|said|says|reported|announced|stated)\s+{_WD}\b", re.I)),
    ("on_date", re.compile(rf"\bon\s+{_DAY_MONTH}", re.I)),
]


#: Phrases that date the statement itself rather than one figure.
_STATEMENT_LEVEL = {"on_day", "on_date"}
#: Phrases that, right after "since ..." or "between ...", say when that period began.
_STARTING_DATES = {"on_day", "on_date", "in_month", "in_year"}
#: What may stand between such a phrase and its "since ...": nothing, or a few words ("of Ukraine").
_CONTINUES = re.compile(r"[^,;.]{0,15}$")
#: Before "since ...", words that make it a comparison ("the largest monthly gain since March").
_SUPERLATIVE_BEFORE = re.compile(r"\b(?:largest|biggest|greatest|highest|fastest|lowest|smallest|worst|best|first|most)\b[^,;.\d]{0,60}$", re.IGNORECASE)
#: Before a phrase that dates when something began ("a counteroffensive that began late
#: last month"): the figure's period starts then and runs to the statement.
_BEGAN_BEFORE = re.compile(r"\b(?:began|begun|started|launched|kicked\s+off)\s+(?:(?:late|early|in|on|at\s+the\s+(?:start|end)\s+of)\s+)?$", re.IGNORECASE)


#: Where a running total's clause begins ("bringing the total to", "raising its losses to", "for a
#: total of", "the total now stands at"; the
#: figure is found by figures._BRINGING_TOTAL, which sets where it is governed from).
_BRINGING_OPENS = re.compile(r"(?:bringing|brings|brought|raising|raises|taking|takes|pushing|putting|for\s+a\s+(?:total|tally)|(?:the\s+)?(?:overall\s+|running\s+)?(?:total|tally))\b", re.IGNORECASE)


#: Right before a figure, the words that make it a part of the figure before ("including 1,210").
_PART_BEFORE = re.compile(r"\b(?:including|of\s+which|of\s+them|among\s+them)\s+(?:about\s+|around\s+|some\s+|nearly\s+|over\s+|more\s+than\s+|up\s+to\s+)?$", re.IGNORECASE)


def scan(sentence: str) -> list[tuple[str, re.Match]]:
    """Every date or period phrase in a sentence, found once for all its figures."""
    low = guard.lowered(sentence)
    # Which of the words the patterns need the sentence holds, tested once for all patterns.
    present = None if low is None else {word for word in _NEEDED_WORDS if word in low}
    return [(name, m) for (name, pattern), words in zip(_PATTERNS, _NEEDED)
            if words is None or present is None or not present.isdisjoint(words) for m in pattern.finditer(sentence)]


def resolve(sentence: str, published: date | None, figure: int | None = None, others: tuple[int, ...] = (),
            phrases: list[tuple[str, re.Match]] | None = None) -> When:
    """Resolve the dates that govern a figure against ``published``; unknown parts stay None.

    Parameters
    ----------
    sentence : str
    published : date or None
    figure : int, optional
        Where the figure starts. A period phrase separated from it by another figure
        ("over 725 km² ... up from 610 km² in October") belongs to that other figure.
    others : tuple of int
        Where the sentence's other figures start.
    phrases : list, optional
        The sentence's phrases from :func:`scan`, when already found.
    """
    statement_day = published
    found = {}
    phrases = scan(sentence) if phrases is None else phrases
    # "lost 890 soldiers over the past day, bringing the total to 702,370": a figure governed
    # from "bringing the total to" is a running total; the period before that clause is the
    # increment's, not the total's (rule ``bringing_total``).
    bringing = figure is not None and bool(_BRINGING_OPENS.match(sentence, figure))
    if bringing:
        phrases = [(name, m) for name, m in phrases if m.start() >= figure]
    # "losses since February 2022 reached 1,062,750, including 1,210 over the past day": a part
    # of the figure before, with a period of its own, is not governed by that figure's period
    # (rule part_with_own_period); without one ("including 5,000 killed") it shares it.
    part = _PART_BEFORE.search(sentence, max(0, figure - 20), figure) if figure is not None else None
    if part and any(m.start() >= figure for _, m in phrases):
        phrases = [(name, m) for name, m in phrases if m.start() >= part.start()]
    phrases = _own_after(sentence, phrases, figure, others)
    spans = [(m.start(), m.end()) for name, m in phrases if name.startswith(("since", "between"))]
    for name, m in phrases:
        if name in _STARTING_DATES and any(a <= m.start() < b or (m.start() >= b and _CONTINUES.match(sentence, b, m.start())) for a, b in spans):
            continue  # "since hostilities began on Feb. 24", "since the start of the conflict in February 2022"
        if name.startswith("since") and _SUPERLATIVE_BEFORE.search(sentence, max(0, m.start() - 80), m.start()):
            continue  # "its largest gain since March 2022": a comparison, not the figure's period
        # A phrase before every figure ("During the day, 200 soldiers were killed and 14
        # tanks destroyed") governs them all; elsewhere, one separated from the figure by
        # another figure belongs to that one.
        if figure is not None and name not in _STATEMENT_LEVEL and not m.end() <= min(others + (figure,)):
            lo, hi = sorted((m.start(), figure))
            if any(lo < o < hi for o in others):
                continue
        if name in found and figure is not None and abs(m.start() - figure) < abs(found[name].start() - figure):
            found[name] = m  # "48,670 in December, up from 45,680 in November": the nearer month is the figure's
        else:
            found.setdefault(name, m)
    if published and "on_day" in found:
        statement_day = _weekday_on_or_before(found["on_day"].group("wd"), published)
    elif "on_date" in found:
        statement_day = _calendar(found["on_date"], published) or statement_day
    when, used = _period(found, published, statement_day)
    if used and when.period_start and statement_day and _BEGAN_BEFORE.search(sentence, max(0, found[used].start() - 60), found[used].start()):
        # "a counteroffensive that began late last month": from then up to the statement.
        when.period_end = max(when.period_end or statement_day, statement_day)
    if bringing and when.period_start is None:
        when.cumulative = True
    if when.cumulative and when.period_start is not None:
        # A running total is a figure as of a day (the ledger's convention), not a period.
        when = When(None, None, when.period_end or statement_day, True, when.text)
    return when


#: From a figure to a period phrase that is its own: the figure, its noun and a few words, nothing
#: that closes its phrase ("815 km² in April", not "3,100 km²) and 0.7% in 2021").
_OWN_GAP = re.compile(r"[\d.,]+\s+(?:(?!(?:and|or|but|while|whereas|compared|up|down|from)\b)[\w²'’-]+\s+){0,4}", re.IGNORECASE)


def _own_after(sentence: str, phrases: list, figure: int | None, others: tuple[int, ...]) -> list:
    """Less the phrases that stand between the figure before and this one, where this one has a
    period of its own after it ("took 530 km² in March and 815 km² in April", "1,310 km² since the
    start of the year, well above the 470 km² seized over the entirety of 2022"): those are the
    figure before's (rule own_period_after)."""
    if figure is None:
        return phrases
    prev = max((o for o in others if o < figure), default=None)
    if prev is None:
        return phrases
    following = min((o for o in others if o > figure), default=len(sentence))
    if not any(name not in _STATEMENT_LEVEL and figure < m.start() < following and _OWN_GAP.fullmatch(sentence, figure, m.start()) for name, m in phrases):
        return phrases
    return [(name, m) for name, m in phrases if name in _STATEMENT_LEVEL or not prev < m.start() < figure]


_SMALL_NUMBERS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]


def _month_start(m: re.Match, statement_day: date) -> date:
    """The first day of the month a phrase names, in its year or the latest one not after the statement."""
    month = MONTHS[m.group("mon")[:3].lower()]
    year = int(m.group("y")) if m.group("y") else (statement_day.year if month <= statement_day.month else statement_day.year - 1)
    return date(year, month, 1)


def _month_end(first: date) -> date:
    return date(first.year + (first.month == 12), first.month % 12 + 1, 1) - timedelta(days=1)


def _period(found: dict, published: date | None, statement_day: date | None) -> tuple[When, str | None]:
    """The period the first applicable phrase gives, and that phrase's name."""
    if "between_days" in found and published:
        m = found["between_days"]
        end = _weekday_on_or_before(m.group("b"), published)
        start = _weekday_on_or_before(m.group("a"), end)
        return When(start, end, None, False, m.group()), "between_days"
    if "between_dates" in found:
        m = found["between_dates"]
        a, b = _calendar(m, published, "a_"), _calendar(m, published, "b_")
        if a and b:
            return When(a, b, None, a <= INVASION, m.group()), "between_dates"
    if "between_month_days" in found and statement_day:
        m = found["between_month_days"]
        mon = m.group("mon") or m.group("mon2")
        month = MONTHS[mon[:3].lower()]
        year = int(m.group("y")) if m.group("y") else (statement_day.year if month <= statement_day.month else statement_day.year - 1)
        try:
            a, b = date(year, month, int(m.group("a") or m.group("a2"))), date(year, month, int(m.group("b") or m.group("b2")))
        except ValueError:
            a = b = None
        if a and b and a <= b:
            return When(a, b, None, False, m.group()), "between_month_days"
    if "war_to_date" in found:
        end = _calendar(found["war_to_date"], published)
        if end:
            return When(INVASION, end, None, True, found["war_to_date"].group()), "war_to_date"
    if "since_invasion" in found:
        # "Since the war began, Russia had taken 68,050 km2 as of November 30": up to that day.
        end = _calendar(found["as_of_date"], published) if "as_of_date" in found else None
        if end is None and "as_of_day" in found and published:
            end = _weekday_on_or_before(found["as_of_day"].group("wd"), published)
        return When(INVASION, end or statement_day, None, True, found["since_invasion"].group()), "since_invasion"
    if "as_of_day" in found and published:
        return When(None, None, _weekday_on_or_before(found["as_of_day"].group("wd"), published), False, found["as_of_day"].group()), "as_of_day"
    if "as_of_month_end" in found and statement_day:
        m = found["as_of_month_end"]
        return When(None, None, _month_end(_month_start(m, statement_day)), False, m.group()), "as_of_month_end"
    if "as_of_date" in found:
        return When(None, None, _calendar(found["as_of_date"], published), False, found["as_of_date"].group()), "as_of_date"
    if "up_to_date" in found:
        end = _calendar(found["up_to_date"], published)
        if end:
            return When(None, None, end, False, found["up_to_date"].group()), "up_to_date"
    if "since_date" in found:
        start = _calendar(found["since_date"], published)
        return When(start, statement_day if start else None, None, start is not None and start <= INVASION, found["since_date"].group()), "since_date"
    if "since_event" in found:
        start = _calendar(found["since_event"], published)
        if start and (statement_day is None or start <= statement_day):
            return When(start, statement_day, None, False, found["since_event"].group()), "since_event"
    if "since_month_part" in found and statement_day:
        m = found["since_month_part"]
        first = _month_start(m, statement_day)
        start = _month_end(first) if m.group("part").lower() == "end" else first.replace(day=15)
        return When(start, statement_day, None, False, m.group()), "since_month_part"
    if "since_jan1" in found and statement_day:
        year = int(found["since_jan1"].group("y") or statement_day.year)
        return When(date(year, 1, 1), statement_day, None, False, found["since_jan1"].group()), "since_jan1"
    if "since_month" in found and statement_day:
        m = found["since_month"]
        month = MONTHS[m.group("mon")[:3].lower()]
        year = int(m.group("y")) if m.group("y") else (statement_day.year if month <= statement_day.month else statement_day.year - 1)
        start = date(year, month, 1)
        return When(start, statement_day, None, start <= INVASION, m.group()), "since_month"
    if "in_month" in found and statement_day:
        m = found["in_month"]
        first = _month_start(m, statement_day)
        return When(first, min(_month_end(first), statement_day), None, False, m.group()), "in_month"
    if "half_month" in found and statement_day:
        m = found["half_month"]
        first = _month_start(m, statement_day)
        start, end = (first, first.replace(day=15)) if m.group("half").lower() == "first" else (first.replace(day=16), _month_end(first))
        return When(start, min(end, statement_day), None, False, m.group()), "half_month"
    if "half_year" in found and statement_day:
        m = found["half_year"]
        year = int(m.group("y") or statement_day.year)
        first, last = (date(year, 1, 1), date(year, 6, 30)) if m.group("half").lower() == "first" else (date(year, 7, 1), date(year, 12, 31))
        return When(first, min(last, statement_day), None, False, m.group()), "half_year"
    if "last_month" in found and statement_day:
        end = statement_day.replace(day=1) - timedelta(days=1)
        return When(end.replace(day=1), end, None, False, found["last_month"].group()), "last_month"
    if "in_year" in found and statement_day and int(found["in_year"].group("y")) <= statement_day.year:
        year = int(found["in_year"].group("y"))
        return When(date(year, 1, 1), min(date(year, 12, 31), statement_day), None, False, found["in_year"].group()), "in_year"
    if "last_year" in found and "past_year" not in found and statement_day:
        year = statement_day.year - 1
        return When(date(year, 1, 1), date(year, 12, 31), None, False, found["last_year"].group()), "last_year"
    if "this_year" in found and statement_day:
        return When(date(statement_day.year, 1, 1), statement_day, None, False, found["this_year"].group()), "this_year"
    if "this_month" in found and statement_day:
        return When(statement_day.replace(day=1), statement_day, None, False, found["this_month"].group()), "this_month"
    if "weekend" in found and statement_day:
        sunday = _weekday_on_or_before("sunday", statement_day)
        return When(sunday - timedelta(days=1), sunday, None, False, found["weekend"].group()), "weekend"
    if "yesterday" in found and "past_day" not in found and statement_day:
        day = statement_day - timedelta(days=1)
        return When(day, day, None, False, found["yesterday"].group()), "yesterday"
    # "Over the past 24 hours" ends at the statement and began the day before; "the past seven
    # days" ending on the 27th began on the 20th.
    if "past_days" in found and statement_day:
        word = found["past_days"].group("n").lower()
        days = int(word) if word.isdigit() else _SMALL_NUMBERS.index(word) + 2
        return When(statement_day - timedelta(days=days), statement_day, None, False, found["past_days"].group()), "past_days"
    if "last_week" in found and statement_day:
        # The calendar week before the statement's, Monday to Sunday.
        start = statement_day - timedelta(days=statement_day.weekday() + 7)
        return When(start, start + timedelta(days=6), None, False, found["last_week"].group()), "last_week"
    if "past_year" in found and statement_day:
        start = statement_day.replace(year=statement_day.year - 1) if (statement_day.month, statement_day.day) != (2, 29) else statement_day - timedelta(days=365)
        return When(start, statement_day, None, False, found["past_year"].group()), "past_year"
    for name, days in (("past_day", 1), ("past_night", 1), ("past_week", 7), ("past_two_weeks", 14)):
        if name in found and statement_day:
            return When(statement_day - timedelta(days=days), statement_day, None, False, found[name].group()), name
    text = found["on_day"].group() if "on_day" in found else (found["on_date"].group() if "on_date" in found else None)
    return When(None, None, statement_day, False, text), None


# Every pattern above skips, at one character's cost, the places where it cannot start (see .guard).
guard.patterns(globals())
# Most sentences hold none of the words a period phrase needs ('since', 'past', 'as of'): skip those patterns.
_NEEDED = [guard.needed_words(pattern) for _, pattern in _PATTERNS]
_NEEDED_WORDS = sorted({word for words in _NEEDED if words for word in words})
