"""Finding figures in a sentence and the thing each one counts.

A figure is a number in digits ("1,158", "3 800", "4.8"), in words ("two", "twenty-one",
"a dozen"), or the article in "stole a bus"; it becomes a candidate only when the words
after it name an area unit, soldiers, settlements, or a kind of equipment or vehicle.
Numbers that are dates, years, ordinals, times, money, percentages, model names (Mi-8,
M777), compound adjectives (a 250-mile journey) or linear distances are passed over, and so
are numbers in scientific notation (1.5e3): reporting does not write counts that way, and
the mantissa or exponent alone would be a wrong figure.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..numbers import DIGITS, parse_number
from . import guard
from . import lexicon as lx

_UNITS_1_19 = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_SCALE = "hundred|thousand|million"
_WORD = rf"(?:{_UNITS_1_19}|{_TENS}|{_SCALE})"
_WORDS = rf"{_WORD}(?:(?:[\s-]+(?:and\s+)?){_WORD})*"

# Not the exponent of a number in scientific notation ("1.79e+309": never 309).
NUMBER_RE = re.compile(
    rf"(?<![\w.,/-])(?<![eE][+-])(?:(?P<digits>{DIGITS})(?:\s*(?P<scale>thousand|million|billion)\b|(?P<k>[kK]|\s*thsd)\b|(?P<m>m|mn|\s*mln)\b(?!\s*(?:high|long|wide|deep|tall)\b))?|(?P<dozen>(?:a|half\s+a|two|three|four|five|six)\s+dozen)\b"
    rf"|(?P<half>half\s+a\s+(?:million|thousand))\b|(?P<quarter>(?:a|one|three)[\s-]+quarters?\s+of\s+a\s+million)\b"
    rf"|(?:an?\s+(?=(?:hundred|thousand|million)\b))?(?P<words>{_WORDS})\b)",
    re.IGNORECASE,
)
#: "both" counts two, where an article would count one ("destroying 28 drones and both missiles").
#: "another" counts one more ("took control of another village", "destroyed another tank").
_ARTICLE_RE = re.compile(r"\b(?P<art>an?|one|both|another)\s+(?=\S)", re.IGNORECASE)
_SHARED_SCALE = re.compile(r"\s*(?:(thousand|million)\b|(?<=\d)\s(?=000\b)000\b)", re.IGNORECASE)
_SCALES = {"thousand": 1000, "million": 1_000_000}
# A dotted date ("24.02.22") is no figure: ".22" right after the number says so.
_AFTER_SKIP = re.compile(r"^(?:\.\d|[eE][+-]?\d|\s*%|\s+times\b|\s*per\s*cent|\s*percent|[-‑](?!plus\b)[A-Za-z]|(?:st|nd|rd|th)\b|:\d|\s*(?:dollars|euros|pounds|hryvnias?|rubles|roubles|UAH|USD|bn|billion\s+dollars)\b|\s*(?:years?|yrs?)[-\s]old|\s+(?:" + lx.MONTH_NAMES + r")\b\.?(?!\w))", re.IGNORECASE)
_BEFORE_SKIP = re.compile(r"(?:[$€£¥₴]|\bUS\$|\b(?:" + lx.MONTH_NAMES + r")\.?|\bNo\.?|\bnumber|\b(?:aged?|age)|\b(?:Mi|Su|Ka|Tu|Il|An|T|S|D|M|BMP|BTR|Bars|Pz|K|F|MiG)-?|#)\s*$", re.IGNORECASE)
_PAREN_ALT = re.compile(r"^\s*[\(\[]\s*(?:about|around|approximately|some|roughly|nearly|almost|over|more\s+than|just\s+(?:over|under)|or\s+)?\s*(" + DIGITS + "|" + _WORDS + r")\s*(?P<unit>[^\)\]]{0,40})[\)\]]")
#: After an area's unit, the same area in another unit joined by "or" ("477 sq km, or 184 sq miles").
#: A conversion set off by dashes ("100 square kilometers — almost 40 square miles — of"): the same
#: area in another unit (rule dashed_conversion).
_DASH_ALT = re.compile(r"^\s*[-–—]\s*(?:about|around|approximately|some|roughly|nearly|almost|over|more\s+than)?\s*(" + DIGITS + r")\s*(?P<unit>[^\s,;.\)\]–—-]+(?:\s+[^\s,;.\)\]–—-]+)?)\s*[-–—]", re.IGNORECASE)
_OR_ALT = re.compile(r"^\s*,?\s*or\s+(?:about|around|approximately|some|roughly|nearly|almost)?\s*(" + DIGITS + r")\s*(?P<unit>[^\s,;.\)\]]+(?:\s+[^\s,;.\)\]]+)?)", re.IGNORECASE)
_RANGE = re.compile(r"^\s*(?:-|–|—|to|and|or)\s*(" + DIGITS + r")\b")


def _range_after(after: str, value: float) -> re.Match | None:
    """The upper end of a range starting at ``value`` ("240,000-290,000", "50-70 000"); a smaller
    number after the dash restates the figure ("nearly 5,000 - 4,900 to be precise") and ends none."""
    rng = _RANGE.match(after)
    if rng and _AND_RESPECTIVELY.match(after):
        return None  # "20 and 30 tanks in June and July, respectively": two figures (rule respectively)
    return rng if rng and parse_number(rng.group(1)) >= value else None


#: "X and Y ..., respectively": two figures, each its own, not a range.
_AND_RESPECTIVELY = re.compile(r"^\s*(?:and|,)\s*[\d][^.;]*?\brespectively\b", re.IGNORECASE)

#: Words that may stand between a figure and the noun it counts ("20 Tiger armored cars",
#: "30 mostly intact armoured vehicles", "two US-made AN / TPQ-37 counter-battery radars").
_MODIFIER = re.compile(
    r"^(?:[\"“”'‘’(]?(?:" + lx.RUSSIAN + "|" + lx.UKRAINIAN + r"|enemy|hostile|other|more|additional|new|modern|heavy|light|"
    r"former|volunteer|mobili[sz]ed|conscripted|drafted|contract|regular|professional|mostly|largely|almost|fully|completely|intact|undamaged|damaged|destroyed|lost|abandoned|captured|stolen|looted|burned-out|disabled|sunk|sunken|downed|wrecked|burnt|burned|"
    r"distinct|confirmed|documented|verified|recorded|reported|permanent|irretrievable|irrecoverable|irreparable|irreversible|battlefield|total|"
    r"daily|weekly|monthly|"  # "an average of 870 daily casualties in May"
    r"\d+(?:\.\d+)?-?mm|"  # a calibre: "a 152-mm howitzer", "2 122-mm howitzers"
    r"military|army|civilian|combat|main|battle|modern|Western|Western-made|Soviet-era|US-made|U\.S\.-made|foreign|"
    r"of|the|their|its|his|her|our|those|these|such|different|various|Russia-made|self-propelled|towed|mobile|units?\s+of|"
    r"eastern|western|southern|northern|nearby|frontline|front-line|border|key|strategic|small|large|more|further|"  # "12 eastern Ukraine villages"
    r"ballistic|cruise|guided|tactical|"  # "three ballistic missiles", "two tactical drones" (not "operational": "3,000 operational tanks" are a side's stock)
    r"incoming|inbound|attacking|"  # "shot down 14 incoming missiles"
    r"[a-z]+(?:-[a-z]+)+|"  # "operational-tactical", "long-range"
    r"[A-Z][A-Za-z]*(?:[-/][A-Za-z0-9]+)*|[A-Z]+\d+[A-Za-z0-9]*|[A-Z0-9]+(?:[-/][A-Z0-9]+)+|[A-Z]{1,4}|/|-|–)[\"“”'‘’),]?)$"
)
#: A fighting side, then its verb of loss, right before a count of people ("the aggressor lost at
#: least 60 people", "the Russians suffered 300 dead"): the people are its soldiers.
_FIGHTING_SIDE_LOST_BEFORE = re.compile(rf"\b(?:the\s+)?(?:aggressors?|adversar(?:y|ies)|Russians|Ukrainians|(?:Russian|Ukrainian)\s+(?:army|forces|troops|side))\s+"
                                        rf"(?:(?:has|have|had)\s+)?(?:(?:\w+ly|also|already)\s+)?(?:lost|suffered)\s+{lx.QUALIFIER_WORDS}$", re.IGNORECASE)
#: A country right before, as the one that suffered the figure ("Russia suffered |2,200 losses").
_COUNTRY_SUFFERED_BEFORE = re.compile(rf"\b(?:Russia|Ukraine|Moscow|Kyiv|Kiev)\s+(?:(?:has|have|had)\s+)?(?:(?:\w+ly|also|already)\s+)?(?:lost|suffered|sustained|incurred)\s+{lx.QUALIFIER_WORDS}$", re.IGNORECASE)
#: After a number, a unit of time ("the past 24 hours"): a span, not a count.
_TIME_UNIT_AFTER = re.compile(r"\s*(?:hours?|days?|weeks?|months?|years?|minutes?|hrs?)\b", re.IGNORECASE)
#: Before a bare scale word, a word that leaves the number unsaid ("several thousand soldiers").
_VAGUE_MULTIPLE_BEFORE = re.compile(r"\b(?:several|a\s+few|few|many|multiple|numerous)\s+$", re.IGNORECASE)
_SCALE_ONLY = re.compile(r"(?:hundreds?|thousands?|millions?)", re.IGNORECASE)
#: Before a figure, a part of the items ("debris from one downed drone", "wreckage of two missiles"):
#: the items are counted where they were lost, not again here.
_PIECES_OF_BEFORE = re.compile(r"\b(?:debris|wreckage|fragments|remnants|remains|parts)\s+(?:from|of)\s+(?:the\s+)?(?:at\s+least\s+)?$", re.IGNORECASE)
#: A ratio of losses ("one killed for 6-8 wounded", "die for every 2-3 wounded").
_RATIO_AFTER = re.compile(r"\s+(?:for|per|to)\s+(?:every\s+|each\s+)?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten)\b)", re.IGNORECASE)
_RATIO_BEFORE = re.compile(r"\b(?:killed|dead|die[ds]?|death)\s+(?:for|per|to)\s+(?:every|each)?\s*$", re.IGNORECASE)
#: A ratio of wounded to killed said with a verb ("three to four Russian soldiers are wounded |for every|
#: one killed", "wounded for each one killed"): neither number is a count (rule loss_ratio, with a verb).
_RATIO_AFTER_A_VERB = re.compile(r"\s+(?:are|were|is|was|get|got|being)\s+(?:\w+ly\s+)?(?:wounded|injured)\s+(?:for|per)\s+(?:every|each)\b", re.IGNORECASE)
_RATIO_BEFORE_A_VERB = re.compile(r"\b(?:wounded|injured)\s+(?:for|per)\s+(?:every|each)\s*$", re.IGNORECASE)
#: After items, units of an army made of them ("119 tank battalions", "12 artillery brigades").
_FORMATION_AFTER = re.compile(r"\s+(?:battalions?|brigades?|regiments?|companies|divisions?|platoons?|formations?|crews?)\b", re.IGNORECASE)
#: After "personnel", places where people and things are ("26 personnel and equipment hubs").
_PLACES_OF_PEOPLE_AFTER = re.compile(r"\s+(?:and|&)\s+(?:(?:military|combat)\s+)?(?:equipment|hardware|materiel|weapons?)\s+(?:hubs?|concentrations?|clusters?|accumulations?|sites?|areas?|locations?|points?|positions?|depots?|facilit(?:y|ies))\b", re.IGNORECASE)
#: Before a figure, words that make it both sides' total ("the two sides have lost a combined 500,000"):
#: no side's claim.
_COMBINED_BEFORE = re.compile(r"\b(?:a\s+)?combined(?:\s+total\s+of)?\s+(?:" + lx.QUALIFIER_WORDS + r")?$", re.IGNORECASE)
#: Counted people who may be civilians: soldiers only where the sentence is about forces.
_PEOPLE_WORD = re.compile(r"\b(?:people|persons)\b", re.IGNORECASE)
#: Words that make people counted civilians, or victims of a strike rather than soldiers lost in battle.
_CIVILIAN_WORDS = re.compile(r"\b(?:civilians?|residents?|children|child|women|inhabitants|locals|villagers|refugees|evacuat\w*|strikes?|struck|shell\w*|missiles?|bomb\w*|drones?|"
                             r"attacks?\s+on|hospitals?|apartments?|buildings?|houses?|homes?|city|cities|town|rubble|rescuers?|governor|mayor|UN|United\s+Nations|famine|disease|flood\w*|blast|explosion)\b", re.IGNORECASE)
_SIDE_SAYS = re.compile(rf"\baccording\s+to\s+(?:the\s+)?(?:{lx.RUSSIAN}|{lx.UKRAINIAN})\b|\b(?:{lx.RUSSIAN}|{lx.UKRAINIAN})\s+(?:(?:sources|media|officials|authorities)\s+)?(?:\w+ly\s+)?(?:says|said|say|claims|claimed|claim|reported|report|estimates|estimated|estimate)\b", re.IGNORECASE)
#: ("Russian sources typically reported about 250 deaths each week" after soldiers counted: a side's sources say, as the side does.)
_BARE_LOSSES = re.compile(r"\blosses\b", re.IGNORECASE)
_CIVILIANS_NAMED = re.compile(r"\bcivilians?\b", re.IGNORECASE)
_LOSSES_OF_PEOPLE = re.compile(r"\b(?:casualt(?:y|ies)|deadliest|death\s+toll|killed|irreparable|irretrievable|irrecoverable)\b", re.IGNORECASE)
_AVERAGE_OF_BEFORE = re.compile(rf"\b(?:an\s+)?average\s+of\s+{lx.QUALIFIER_WORDS}$", re.IGNORECASE)
#: "Russia suffered 160,000 of those losses": losses referred back to, whose the side that suffered says.
_OF_THOSE = re.compile(r"\bof\s+(?:those|these|its|their)\b", re.IGNORECASE)
_SIDE_WORD = re.compile(rf"\b(?:{lx.RUSSIAN}|{lx.UKRAINIAN})\b", re.IGNORECASE)
_UNSPECIFIC_PEOPLE = re.compile(r"\b(?:people|killed|dead|deaths|wounded|injured|injuries|captured|missing|prisoner)\b", re.IGNORECASE)
#: Victims where the sentence tells of homes, rubble or residents, and of no forces, are civilians.
_VICTIMS = re.compile(r"\bvictims\b", re.IGNORECASE)
_VICTIMS_CIVIL = re.compile(r"\b(?:rubble|apartments?|(?:apartment|residential)\s+(?:block|building)s?|buildings?|houses?|homes?|residents?|hospitals?|children|civilians?|women)\b", re.IGNORECASE)
#: A death toll, with words of strikes or civilians and none of forces, counts civilians as "people"
#: does ("the death toll of 9 after the strikes"; rule people_total_civil).
_DEATH_TOLL = re.compile(r"death\s+toll", re.IGNORECASE)
#: Between a number and the total it is part of ("41 of 56 drones", "two out of its 14 tanks").
_PART_OF = re.compile(rf"\s+(?:out\s+)?of\s+(?:(?:the|its|their)\s+)?(?:{DIGITS}|{_WORDS})\s+(?=\S)", re.IGNORECASE)
#: After a counted noun, a comparison: the figure is a difference between two others.
_COMPARISON_AFTER = re.compile(r"^\s+(?:more|less|fewer|greater|larger|smaller)\s+than\b", re.IGNORECASE)
#: After a figure, a sign that it is a lower bound ("1,000+ soldiers", "4,000-plus tanks").
_PLUS = re.compile(r"\+|[-‑]plus\b", re.IGNORECASE)
#: "forces" counts soldiers only right after a side's word ("17,500 Russian forces"): "the two
#: forces" and "the armed forces" count none.
_FORCES = re.compile(r"forces\b", re.IGNORECASE)
#: Before a bare year, a word of time ("In 2023 Russian troops lost ..."): the year counts nothing.
_YEAR_BEFORE = re.compile(r"\b(?:in|since|by|until|till|through|throughout|during|before|after|early|late|mid-?|spring|summer|autumn|fall|winter)\s*$", re.IGNORECASE)
#: After a counted noun, a rate per area ("102 casualties per square kilometre"): no count.
_PER_AREA_AFTER = re.compile(r"\s+(?:per|a|each|for\s+(?:each|every))\s+(?:square|sq\b|km|hectare|kilomet)", re.IGNORECASE)
#: Before a figure, the area it is a rate of ("each kilometre costing the lives of 27 soldiers").
_PER_AREA_BEFORE = re.compile(r"\b(?:each|every|per)\s+(?:square\s+)?(?:kilomet(?:er|re)|km|mile)\b[^.;\d]{0,50}$", re.IGNORECASE)
#: After counted people, what they had been before ("17,175 men had been prisoners"): a part of a
#: count described, no one taken prisoner.
_HAD_BEEN_AFTER = re.compile(r"\s*[–—-]?\s*(?:had\s+been\s+(?:former\s+)?|were\s+(?:former|ex-)\s*)(?:prisoners|convicts|inmates)\b(?!\s+of\s+war)", re.IGNORECASE)
#: After digits grouped by a space, a calibre ("2 152-mm guns"): the last group is the calibre.
_CALIBRE_AFTER = re.compile(r"[-‑]?\s?mm\b", re.IGNORECASE)
_LINEAR = re.compile(r"^(?:kilomet(?:er|re)s?|km\b|miles?|metres?|meters?|m\b|yards?|feet)", re.IGNORECASE)


@dataclass
class Figure:
    """A number that counts something, with the thing it counts."""

    value: float
    raw: str
    start: int  # offsets within the sentence
    end: int
    kind: str  # "area", "item", "personnel" or "settlement"
    unit_raw: str
    noun_end: int
    area_unit: str | None = None
    item_class: str | None = None
    item_origin: str | None = None
    value_max: float | None = None
    alt_raw: str | None = None
    alt_area_unit: str | None = None
    modifiers: str = ""
    #: Where the phrase that introduces the figure begins, when it comes well before it
    #: ("bringing total losses since the start of the invasion to 199,230"): period phrases
    #: inside it are this figure's, not the one before.
    governs_from: int | None = None
    #: In a tally with daily increments ("tanks – 3,900 (+5)"): "total" for the running total,
    #: "day" for the increment, which counts the last day.
    tally: str | None = None
    #: A whole whose part the sentence goes on to count ("Of the 96 drones, 70 were shot
    #: down"): it names what the part counts, and is no claim itself.
    whole: bool = False
    #: Items listed in a sentence that breaks down items lost just before it, with no verb of its
    #: own ("In particular, 13 tanks, 12 ACV and 1 artillery system."): lost too, unless a verb says otherwise.
    breakdown: bool = False


_DOZENS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def _value(m: re.Match) -> float | None:
    if m.group("dozen"):
        times = m.group("dozen").lower().split()[0]
        return 6.0 if times == "half" else 12.0 * _DOZENS.get(times, 1)  # "a dozen", "two dozen"
    if m.group("half"):
        return 500_000.0 if m.group("half").lower().endswith("million") else 500.0  # "half a million"
    if m.group("k"):
        return parse_number(m.group("digits")) * 1000  # "100K casualties"
    if m.group("m"):
        return parse_number(m.group("digits")) * 1_000_000  # "1.5m casualties"
    if m.group("quarter"):
        return (750_000.0 if m.group("quarter").lower().startswith("three") else 250_000.0)  # "a quarter of a million"
    try:
        return parse_number(m.group("words") if m.group("words") else m.group())
    except ValueError:
        return None


#: Area units, then item nouns, in the lexicon's order, as one pattern: the first that matches
#: at the head of a noun phrase wins, as it would tried one by one, in one call instead of 25.
_HEADS = [("area", {"area_unit": key}) for _, key in lx.AREA_UNITS] + [
    ("item", {"item_class": item_class, "item_origin": origin}) for _, item_class, origin in lx.ITEMS]
_HEAD_RE = re.compile("^(?:" + "|".join(f"({p})" for p, *_ in lx.AREA_UNITS + lx.ITEMS) + ")", re.IGNORECASE)


#: A line's bullet: the noun after one belongs to that line's own figure.
_BULLETS = frozenset("-•*·‣–—")
_TOKEN = re.compile(r"\S+")


def _noun(after: str) -> tuple[str, dict, int, str] | None:
    """Find the counted noun at the start of ``after`` (skipping modifiers)."""
    pos = 0
    skipped = []
    for _ in range(7):
        rest = after[pos:]
        lead = len(rest) - len(rest.lstrip())
        if "\n" in after[pos:pos + lead] and rest.lstrip()[:1] in _BULLETS:
            return None  # "- personnel: 220,000\n- tanks: 3,900": the next line's noun is its own figure's
        rest = rest.lstrip()
        here = pos + lead
        if not rest:
            return None
        if _LINEAR.match(rest):
            return None
        m = _HEAD_RE.match(rest)
        if m:
            return (*_HEADS[m.lastindex - 1], here + m.end(), " ".join(skipped))
        m = lx.PERSONNEL_RE.match(rest)
        if m and not lx.CIVILIANS_AFTER.match(rest[m.end():]) and not lx.UNITS_AFTER_PEOPLE.match(rest[m.end():]):
            return "personnel", {}, here + m.end(), " ".join(skipped)
        m = lx.SETTLEMENTS_RE.match(rest)
        if m:
            return "settlement", {}, here + m.end(), " ".join(skipped)
        m = _FORCES.match(rest)
        if m and skipped and _SIDE_WORD.search(skipped[-1]):
            return "personnel", {}, here + m.end(), " ".join(skipped)  # "16,000 to 17,500 Russian forces"
        token = _TOKEN.match(rest)
        word = token.group()
        # "two Iskander-M or KN-23 ballistic missiles": "or" between two model names.
        alternative = word == "or" and skipped and skipped[-1][:1].isupper() and rest[token.end():].lstrip()[:1].isupper()
        if not (_MODIFIER.match(word) or alternative) or word.endswith((",", ";", ".")):
            return None
        skipped.append(word)
        pos = here + token.end()
    return None


def find_figures(sentence: str, previous: Figure | None = None, following: str = "") -> list[Figure]:
    """Return the figures in a sentence that count an area, people, places or things.

    ``previous`` is the last figure of the sentence before, for a breakdown that opens with a
    reference to it ("Of these, 2,635 were destroyed, 534 were captured"); ``following`` is the
    sentence after, which may say who the people counted were ("Most of them were soldiers").
    """
    soldiers_after = bool(following) and bool(lx.THEY_WERE_SOLDIERS.match(following))
    found: list[Figure] = []
    taken_until = -1
    for m in NUMBER_RE.finditer(sentence):
        if m.start() < taken_until:
            continue
        calibre = _CALIBRE_AFTER.match(sentence, m.end()) if m.group("digits") and " " in m.group("digits") else None
        if calibre:
            # "2 152-mm guns": a count, then a calibre, not the number 2,152 (rule count_then_calibre).
            m = NUMBER_RE.match(sentence, m.start(), m.start() + m.group("digits").rindex(" "))
        before, after = sentence[max(0, m.start() - 12):m.start()], sentence[m.end():]
        if _AFTER_SKIP.match(after) or _BEFORE_SKIP.search(before) or _COMBINED_BEFORE.search(sentence, max(0, m.start() - 40), m.start()):
            continue
        value = _value(m)
        if value is None:
            continue
        if _TIME_UNIT_AFTER.match(sentence, m.end()):
            continue  # "in the past 24 hours", "over 30 days": a span of time, never a count (rule span_of_time)
        if m.group("digits") and _YEAR.fullmatch(m.group()) and _YEAR_BEFORE.search(sentence, max(0, m.start() - 12), m.start()):
            continue  # "In 2023 Russian troops lost ...": a year, whatever noun follows it
        increment = _INCREMENT.match(sentence, m.end()) if m.group("digits") else None
        if increment:
            tally = _tally(sentence, m, value, increment)
            if tally:
                found.extend(tally)
                taken_until = max(increment.end(), tally[0].noun_end)
            continue
        value_max = None
        tail_start = m.end()
        rng = _range_after(after, value)
        if rng and m.group("digits") and not m.group("k"):
            value_max = parse_number(rng.group(1))
            tail_start = m.end() + rng.end()
            shared = _SHARED_SCALE.match(sentence, tail_start)
            if shared and not m.group("scale"):
                # "40-50 thousand troops", "50-70 000": the scale written once belongs to both ends.
                factor = _SCALES[shared.group(1).lower()] if shared.group(1) else 1000
                value, value_max, tail_start = value * factor, value_max * factor, shared.end()
            elif value and value < 1000 <= value_max and value_max / value >= 100 and value * 1000 <= value_max:
                value *= 1000  # "50-70 000": the thousands written once, after the upper end
        plus = _PLUS.match(sentence, tail_start) if m.group("digits") else None
        if plus:
            tail_start = plus.end()  # "1,000+ soldiers", "4,000-plus tanks"
        part = _PART_OF.match(sentence, tail_start)
        if part and _EXAMPLES_BEFORE.search(sentence, max(0, m.start() - 30), m.start()):
            continue  # "These are just two of the 25,000 dead": examples of the whole, which counts
        if part and _noun(sentence[part.end():part.end() + 160]):
            tail_start = part.end()  # "shot down 41 of 56 drones": 41 counts; 56 were launched
        noun = _noun(sentence[tail_start:tail_start + 160])
        if noun is not None and m.group("digits") and _MEASURE_WORD.match(sentence, tail_start):
            # "tanks — 6,912 units;", "MLRS - 980 units": "units" measures the noun before the dash.
            fig = _tally_line(sentence, m, value)
            if fig is not None:
                found.append(fig)
                taken_until = _MEASURE_WORD.match(sentence, tail_start).end()
                continue
        if noun is None and m.group("digits"):
            fig = _tally_line(sentence, m, value)
            if fig is not None:
                found.append(fig)
                taken_until = fig.noun_end
                continue
        if noun is None:
            fig = _forward_gapped(sentence, m, value, tail_start) or _shared_noun(sentence, m, value, tail_start)
            if fig is not None:
                found.append(fig)
                continue
        if noun is None and _OF_WHICH.match(sentence, m.end()):
            fig = _breakdown_total(sentence, m, value)
            if fig is not None:
                found.append(fig)
                continue
        if noun is None and _COMPARISON_AFTER.match(sentence[m.end():m.end() + 30]):
            continue  # "which is 130 more than in the previous period": a difference, no count of its own
        if noun is None:
            fig = _elliptical(sentence, m, value, found or ([previous] if previous is not None and (
                _OF_THESE.match(sentence) or _CARRIES_PREVIOUS.match(sentence, m.end()) and _OPENS_OR_ANOTHER.search(sentence, 0, m.start())) else []))
            if fig is not None:
                found.append(fig)
                taken_until = fig.noun_end
            continue
        kind, info, noun_rel_end, modifiers = noun
        if kind == "personnel" and found and found[-1].kind == "item" and _BARE_CAPTURED.match(after):
            # "20 tanks: 12 destroyed and 8 captured": more of the items counted before, no prisoners.
            fig = _elliptical(sentence, m, value, found)
            if fig is not None:
                found.append(fig)
                taken_until = fig.noun_end
                continue
        noun_end = tail_start + noun_rel_end
        if (kind == "personnel" and _VICTIMS.search(sentence, tail_start, noun_end) and _VICTIMS_CIVIL.search(sentence)
                and not lx.MILITARY_CONTEXT.search(sentence)):
            continue  # "The bodies of six victims were pulled from the rubble": victims of a strike on homes (rule victims_of_a_strike)
        if (kind == "personnel" and _UNSPECIFIC_PEOPLE.search(sentence, tail_start, noun_end)
                and (not lx.MILITARY_CONTEXT.search(sentence) or _PEOPLE_WORD.search(sentence, tail_start, noun_end) and _forces_only_attack(sentence))
                and not lx.SIDE_SUFFERED.search(sentence) and not lx.SIDE_LOSSES_NAMED.search(sentence)
                # "the aggressor lost at least 60 people": a fighting side right before as the one that lost them (rule side_lost_people).
                and not _FIGHTING_SIDE_LOST_BEFORE.search(sentence, max(0, m.start() - 60), m.start())
                # "The Kremlin has admitted 4,300 dead" (not "admitted 40 people died": civilians, maybe).
                and not (lx.SIDE_ADMITTED.search(sentence, max(0, m.start() - 80), m.start()) and not _PEOPLE_WORD.search(sentence, tail_start, noun_end))
                and not any(f.kind == "personnel" for f in found)
                # "The strike killed 63 people. Most of them were soldiers ...": the next sentence says who (rule soldiers_said_after).
                and not soldiers_after
                # "Moscow says 540 Ukrainian servicemen were killed. According to Kyiv, 260 people were
                # killed.": right after soldiers counted, people a side says were killed, with no word of
                # civilians, are soldiers too.
                and not (previous is not None and previous.kind == "personnel" and not previous.tally and _SIDE_SAYS.search(sentence)
                         and not _CIVILIAN_WORDS.search(sentence))):
            # "121,000 people", "20 killed" are civilians unless the sentence is about forces, or
            # they break down soldiers or casualties counted before ("120,000 casualties, including 20,000 killed").
            continue
        if (kind == "personnel" and _BARE_LOSSES.search(sentence, tail_start, noun_end) and not _SIDE_WORD.search(modifiers)
                # "the deadliest month for Russia, with 45,680 losses", "compares to 41,980 losses ... of rising Russian
                # casualties", "16,000 irreparable losses": words of people killed make the losses soldiers (rule losses_of_people).
                and not (_LOSSES_OF_PEOPLE.search(sentence) and _SIDE_WORD.search(sentence) and not _CIVILIANS_NAMED.search(sentence))
                and not (_OF_THOSE.search(modifiers) and lx.SIDE_SUFFERED.search(sentence))
                # "suffered 90,000 casualties in 2025, with an average of 1,255 losses a day": the losses of the people counted before.
                and not (_AVERAGE_OF_BEFORE.search(sentence, max(0, m.start() - 40), m.start()) and any(f.kind == "personnel" for f in found))
                # "Russia has incurred some 870,000 casualties. Around 140,000 of those losses occurred this
                # year.": right after soldiers counted, losses go on counting theirs.
                and not (previous is not None and previous.kind == "personnel" and not previous.tally and not found)
                # "Russian forces suffered 2,200 losses in a single day": the side that suffered them says whose (rule side_lost_people).
                and not _FIGHTING_SIDE_LOST_BEFORE.search(sentence, max(0, m.start() - 60), m.start())
                and not _COUNTRY_SUFFERED_BEFORE.search(sentence, max(0, m.start() - 40), m.start())):
            continue  # "12 losses" says whose only with a side ("1,230 Russian losses")
        if _PER_AREA_BEFORE.search(sentence, max(0, m.start() - 70), m.start()) or _PER_AREA_AFTER.match(sentence, noun_end) or kind == "personnel" and _HAD_BEEN_AFTER.match(sentence, noun_end):
            continue  # "102 casualties per square kilometre", "17,175 men had been prisoners": a rate, a part described
        if _COMPARISON_AFTER.match(sentence[noun_end:]):
            continue  # "2,000 square kilometres more than a year before": a difference, not a claim
        if m.group("words") and _VAGUE_MULTIPLE_BEFORE.search(sentence, max(0, m.start() - 12), m.start()) and _SCALE_ONLY.fullmatch(m.group("words")):
            continue  # "several thousand soldiers": no number said (rule vague_multiple)
        if _PIECES_OF_BEFORE.search(sentence, max(0, m.start() - 30), m.start()):
            continue  # "debris from one downed drone": a part of an item counted elsewhere (rule debris_of)
        if kind == "personnel" and (_RATIO_AFTER.match(sentence, noun_end) and lx.KILLED_ONLY_RE.fullmatch(sentence[tail_start:noun_end].strip())
                                    or _RATIO_BEFORE.search(sentence, max(0, m.start() - 25), m.start())
                                    or _RATIO_AFTER_A_VERB.match(sentence, noun_end) or _RATIO_BEFORE_A_VERB.search(sentence, max(0, m.start() - 25), m.start())):
            continue  # "one killed for 6-8 wounded", "die for every 2-3 wounded": a ratio (rule loss_ratio)
        if kind == "item" and _FORMATION_AFTER.match(sentence, noun_end):
            continue  # "119 tank battalions": units of an army, not items (rule formation_not_items)
        if kind == "personnel" and _PLACES_OF_PEOPLE_AFTER.match(sentence, noun_end):
            continue  # "hit 26 personnel and equipment hubs": places counted, not people (rule places_of_people)
        alt = _PAREN_ALT.match(sentence[noun_end:])
        alt_unit = None
        if alt and kind == "area":
            alt_unit = next((key for pattern, key in lx.AREA_UNIT_RES if pattern.match(alt.group("unit"))), None)
        elif kind == "area" and (alt := _OR_ALT.match(sentence[noun_end:]) or _DASH_ALT.match(sentence[noun_end:])):
            # Only an area in another unit is a conversion ("1,000 km², or 386 sq mi", not "or 60 villages").
            alt_unit = next((key for pattern, key in lx.AREA_UNIT_RES if pattern.match(alt.group("unit"))), None)
            if alt_unit is None or alt_unit == info.get("area_unit"):
                alt, alt_unit = None, None
        fig = Figure(value, m.group().strip(), m.start(), m.end(), kind, sentence[tail_start:noun_end].strip(), noun_end,
                     value_max=value_max, alt_raw=alt.group(1) if alt else None, alt_area_unit=alt_unit, modifiers=modifiers, **info)
        # A conversion in parentheses is the same figure: do not count it again.
        taken_until = noun_end + (alt.end() if alt else 0)
        fig.whole = bool(_OF_THE_WHOLE.match(sentence, 0, m.start()) and _WHOLE_ENDS.match(sentence, noun_end))
        fig.whole = fig.whole or bool(_OF_BARE_WHOLE.match(sentence, 0, m.start()) and _PART_AFTER_WHOLE.match(sentence, noun_end))
        # "out of a total of about 80 units, one-third is destroyed", "the fleet, which was 80 warships
        # before the invasion": a whole or a size described, not a count of anything lost (rule size_described).
        fig.whole = fig.whole or bool(_SIZE_DESCRIBED_BEFORE.search(sentence, max(0, m.start() - 40), m.start()))
        near = sentence[max(0, m.start() - 40):m.start()]
        bringing = _BRINGING_TOTAL.search(sentence, max(0, m.start() - 160), m.start()) if "to " in near or "tal" in near or "lly" in near else None
        if bringing:
            fig.governs_from = bringing.start()  # "..., bringing its gains this year to 2,100 km²": the clause's period is this figure's
        found.append(fig)
        increment = _INCREMENT.match(sentence, noun_end) if m.group("digits") and not alt and value_max is None else None
        if increment:
            # "428,660 personnel (+1,110), 6,694 tanks (+13)": the increment after the noun, as
            # the tally writes it after the figure (rule ``tally_line``).
            fig.tally = "total"
            taken_until = increment.end()
            added = parse_number(increment.group("inc"))
            if added:
                found.append(Figure(added, increment.group("inc"), increment.start("inc"), increment.end("inc"), kind, fig.unit_raw, increment.end(),
                                    modifiers=modifiers, tally="day", **info))
    found.extend(_article_counts(sentence, found))
    found.extend(_another_one(sentence, found))
    found.extend(_named_vessel(sentence, found))
    if not found and previous is not None:
        found.extend(_all_of_previous(sentence, previous) or _part_of_previous(sentence, previous))
    for f in found:
        if f.kind != "area" and _DOT_THOUSANDS.fullmatch(f.raw):
            # "2.500 soldiers", "1.351 servicemen" in translated reporting: a dot that parts the
            # thousands, as no count of people or things has a fraction (rule dot_thousands).
            f.value = float(f.raw.replace(".", ""))
    return sorted((f for f in found if not f.whole and not _of_another_war(sentence, f)), key=lambda f: f.start)


#: Digits with a dot before each group of three ("2.500", "1.351.000"): thousands parted by dots.
_DOT_THOUSANDS = re.compile(r"[1-9]\d{0,2}(?:\.\d{3})+")


#: A sentence that says every one of the items counted last was lost ("Russia launched 36
#: drones overnight. All of them were shot down."; rule ``all_of_the_previous``).
_ALL_WERE_LOST = re.compile(r"^\W*(?P<all>All(?:\s+of\s+(?:them|these|those))?)\s+(?:were|have\s+been|had\s+been)\s+"
                            rf"(?:\w+ly\s+)?(?:{lx.ALL_LOST})\b")


def _forces_only_attack(sentence: str) -> bool:
    """Every word of forces in the sentence names the ones who struck, and no military place was
    struck ("Russian forces attacked a parking area, killing two people"): the people counted are
    civilians, not soldiers (rule people_hit_by_forces)."""
    if lx.MILITARY_TARGETS.search(sentence):
        return False
    attackers = [a.span() for a in lx.FORCES_AS_ATTACKER.finditer(sentence)]
    return bool(attackers) and all(any(lo <= w.start() < hi for lo, hi in attackers) for w in lx.MILITARY_CONTEXT.finditer(sentence))


def _all_of_previous(sentence: str, previous: Figure) -> list[Figure]:
    m = _ALL_WERE_LOST.match(sentence) if previous.kind == "item" else None
    if m is None:
        return []
    return [Figure(previous.value, previous.raw, m.start("all"), m.end("all"), previous.kind, previous.unit_raw, m.end("all"),
                   item_class=previous.item_class, item_origin=previous.item_origin, value_max=previous.value_max, modifiers=previous.modifiers)]


#: "Russia launched 44 drones overnight. Air defence shot down 32 of them." / "Six of them were
#: intercepted": a part of the items counted just before, a verb of loss right before or after (rule part_of_the_previous).
#: So are "240 of these were killed" of people counted before.
_PART_OF_THEM = re.compile(rf"(?:\b(?:{lx.ALL_LOST})\s+(?P<n1>{DIGITS}|{_WORDS})|(?:^|[.;,:]\s+)\W*{lx.QUALIFIER_WORDS}(?P<n2>{DIGITS}|{_WORDS}))\s+of\s+(?:them|these|those)\b(?P<after>\s+(?:were|have\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:(?P<harmed>killed|wounded|injured)|{lx.ALL_LOST})\b)?", re.IGNORECASE)


def _part_of_previous(sentence: str, previous: Figure) -> list[Figure]:
    if previous.kind not in ("item", "personnel") or " of th" not in sentence:
        return []
    out = []
    for m in _PART_OF_THEM.finditer(sentence):
        group = "n1" if m.group("n1") else "n2"
        if group == "n2" and not m.group("after"):
            continue  # "Six of them flew on": no loss said
        if (previous.kind == "personnel") != (group == "n2" and bool(m.group("harmed"))):
            continue  # people counted before are "killed", "wounded"; items "shot down", "destroyed"
        try:
            value = parse_number(m.group(group))
        except ValueError:
            continue
        if not value or value > previous.value:
            continue  # a part is no larger than its whole
        out.append(Figure(value, m.group(group), m.start(group), m.end(group), previous.kind, previous.unit_raw, m.end(group),
                          item_class=previous.item_class, item_origin=previous.item_origin, modifiers=previous.modifiers))
    return out


_CLAUSE_MARK = re.compile(r"[,;:.()–—]")


def _of_another_war(sentence: str, fig: Figure) -> bool:
    """The figure's own clause names another war ("Soviet troops killed in Afghanistan")."""
    if not lx.OTHER_WARS_RE.search(sentence):
        return False
    start = max((m.end() for m in _CLAUSE_MARK.finditer(sentence, 0, fig.start) if not sentence[m.start()].isdigit()), default=0)
    end = next((m.start() for m in _CLAUSE_MARK.finditer(sentence, fig.noun_end) if m.group() != "." or not sentence[m.end():m.end() + 1].isdigit()), len(sentence))
    if lx.OTHER_WARS_RE.search(sentence, start, end):
        return True
    # "During the entire Second Chechen War, Russia suffered 6,000 fatalities": an opening phrase of time sets the clause's war.
    opening = _OPENING_TIME_PHRASE.match(sentence)
    if opening and opening.end() <= fig.start and lx.OTHER_WARS_RE.search(opening.group()):
        return True
    # "... saying that in the battle of Okinawa during World War II, about 9,000 were killed":
    # so does such a phrase right before the figure's clause, later in the sentence.
    before = _TIME_PHRASE_BEFORE.search(sentence, max(0, start - 120), start)
    return bool(before and lx.OTHER_WARS_RE.search(before.group()))


#: A phrase of time ending with the comma that opens a figure's clause ("in the battle of X during World War II,").
_TIME_PHRASE_BEFORE = re.compile(r"\b(?:during|in|throughout)\b[^,;:.()]{0,80},\s*$", re.IGNORECASE)


_OPENING_TIME_PHRASE = re.compile(r"\W*(?:During|In|Throughout|Over|Across)\b[^,;]{0,80},", re.IGNORECASE)


#: "Of the 96 drones, 70 were shot down": a sentence that opens on a whole, its noun followed
#: at once by the comma before the part.
_OF_THE_WHOLE = re.compile(rf"\W*(?:of|out\s+of)\s+(?:the|its|their|these|those)\s+(?:{lx.QUALIFIER_WORDS})?$", re.IGNORECASE)
_SIZE_DESCRIBED_BEFORE = re.compile(rf"(?:\b(?:out\s+of|of)\s+(?:a\s+)?total\s+of|,\s*(?:which|that)\s+(?:was|were|had|numbered)|\b(?:which|that)\s+(?:had\s+)?numbered)\s+{lx.QUALIFIER_WORDS}$", re.IGNORECASE)
#: "Of 50 drones, 40 were shot down": the whole with no article, a part after the comma (rule whole_without_article).
_OF_BARE_WHOLE = re.compile(rf"\W*(?:of|out\s+of)\s+(?:{lx.QUALIFIER_WORDS})?$", re.IGNORECASE)
_PART_AFTER_WHOLE = re.compile(rf"\s*(?:\([^)]{{0,40}}\)\s*)?,[^,;.]{{0,60}}?(?:{DIGITS}|{_WORDS})\s+(?:of\s+them\s+|more\s+)?(?:were|was|have\s+been|had\s+been)\b", re.IGNORECASE)
_WHOLE_ENDS = re.compile(r"\s*(?:\([^)]{0,40}\)\s*)?,")


#: A tally's daily increment right after its running total: "3,900 (+5)", "310,000 (+1,000)",
#: "3,900 [+5]", "3,900 +5";
#: the personnel line may name its unit first ("about 702,370 people (+1,230)").
# A bracket is taken only with its closing one (a look-ahead, not a conditional group, so the
# pattern keeps its lower-case twin; see .guard).
_INCREMENT = re.compile(rf"\s*(?:(?:persons?|people)\s*)?(?:[(\[]\s*(?=\+\s*(?:{DIGITS})\s*[)\]]))?\+\s*(?P<inc>{DIGITS})(?:\s*[)\]]|(?!\d|[,.]\d))", re.IGNORECASE)
#: The counted noun of a tally line written before its figure ("tanks – 3,900 (+5)",
#: "• artillery systems: 7,500 (+20)", "tanks 9,400 (+7)"), from the start of the line or list item.
_TALLY_NOUN_BEFORE = re.compile(r"(?:^|[\n,;:•])[ \t]*(?:and\s+|[*·‣-][ \t]*)?(?P<noun>[A-Za-z][^\n,;:–—‒\d()]{0,70}?)[ \t]*(?:[–—‒-]+|:)?[ \t]*"
                                rf"(?:{lx.QUALIFIER_WORDS})?$", re.IGNORECASE)


def _tally(sentence: str, m: re.Match, value: float, increment: re.Match) -> list[Figure]:
    """A running total and its daily increment, as the General Staff's tally writes them:
    "3,900 (+5) tanks" or "tanks – 3,900 (+5)". Two figures: the total, and what the last
    day added (none when it added nothing)."""
    noun = _noun(sentence[increment.end():increment.end() + 160])
    if noun is not None and _MEASURE_WORD.match(sentence, increment.end()):
        noun = None  # "tanks — 6,912 (+4) units;": the noun is before the dash
    if noun is not None:
        kind, info, rel_end, modifiers = noun
        noun_start, noun_end = increment.end(), increment.end() + rel_end
        unit_raw = sentence[noun_start:noun_end].strip()
    else:
        before = _TALLY_NOUN_BEFORE.search(sentence, max(0, m.start() - 90), m.start())
        noun = _noun(before.group("noun") + " ") if before else None
        if noun is None:
            return []
        kind, info, rel_end, modifiers = noun
        unit_raw = before.group("noun")[:rel_end].strip()
        noun_end = increment.end()
    total = Figure(value, m.group().strip(), m.start(), m.end(), kind, unit_raw, noun_end, modifiers=modifiers, tally="total", **info)
    added = parse_number(increment.group("inc"))
    if not added:
        return [total]
    day = Figure(added, increment.group("inc"), increment.start("inc"), increment.end("inc"), kind, unit_raw, noun_end,
                 modifiers=modifiers, tally="day", **info)
    return [total, day]


def _tally_line(sentence: str, m: re.Match, value: float) -> Figure | None:
    """A tally line without the day's increment, its noun before the figure ("tanks - 3,900,",
    "- personnel: 220,000", "Killed: 25,200"): the running total of what the noun counts."""
    if not _TALLY_END.match(sentence, m.end()) or not _DASH_OR_COLON_BEFORE.search(sentence, max(0, m.start() - 30), m.start()):
        return None  # most numbers without a noun are no tally line: the long pattern is not tried
    before = _TALLY_NOUN_BEFORE.search(sentence, max(0, m.start() - 90), m.start())
    noun = _noun(before.group("noun") + " ") if before else None
    if noun is None or noun[0] not in ("item", "personnel") or _PART_LABEL.search(sentence, max(0, m.start() - 20), m.start()):
        return None  # "..., of which destroyed: 15,051, captured: 3,011": parts of the total before, not people captured
    kind, info, rel_end, modifiers = noun
    return Figure(value, m.group().strip(), m.start(), m.end(), kind, before.group("noun")[:rel_end].strip(), m.end(),
                  modifiers=modifiers, tally="total", **info)


_DASH_OR_COLON_BEFORE = re.compile(rf"(?:[–—‒-]|:)[ \t]*(?:{lx.QUALIFIER_WORDS})?$", re.IGNORECASE)
#: After a tally line's figure: the end of the item ("tanks - 3,900,", "aircraft - 314.").
#: A measure word alone after a tally line's figure ("6,912 units;"), not the counted noun.
_MEASURE_WORD = re.compile(r"\s*(?:units?|pcs\.?)(?=\s*(?:[,;.]|\n|$))", re.IGNORECASE)
_TALLY_END = re.compile(r"\s*(?:persons?|people|units?|pcs\.?)?\s*(?:[,;.]|\n|$)", re.IGNORECASE)
_ELLIPSIS_BEFORE = re.compile(rf"\b(?:another|including|plus|and\s+another|while|with|(?:with|and)\s+a\s+total\s+of\s+{lx.QUALIFIER_WORDS}|(?:destroyed|damaged|abandoned|captured)\s*:|of\s+(?:which|whom|them)\s+{lx.QUALIFIER_WORDS})\s*$", re.IGNORECASE)
#: "killed 100 Russian soldiers, injuring 87 more": more of the people counted before.
_HARMING_BEFORE = re.compile(r"\b(?:injuring|wounding|killing)\s+$", re.IGNORECASE)
_MORE_AFTER = re.compile(r"\s+(?:more|others?)\b", re.IGNORECASE)
#: "killed 50 soldiers and injured 120 (others)": a second verb of harm, its number the same people's.
_AND_HARMED_BEFORE = re.compile(rf"\band\s+(?:injured|wounded|killed|captured|took\s+prisoner)\s+{lx.QUALIFIER_WORDS}$", re.IGNORECASE)
#: "lost 15 tanks on Monday and 20 on Tuesday", "300 in the east and 200 in the south", "5 tanks
#: yesterday, 7 the day before": a number after "and" or a comma whose own day or place follows
#: it counts what the one before counted, when that one has a day or place of its own too (in
#: "41 drones, 28 over Crimea and 12 over Moscow" the numbers are parts of a total, no claims).
_AND_BEFORE = re.compile(rf"(?:,\s*(?:and\s+)?|\sand\s+){lx.QUALIFIER_WORDS}$", re.IGNORECASE)
_OWN_WHEN_OR_WHERE = re.compile(r"\s+(?:(?:on|in|during|over|near|around|at|outside|across|since)\s+(?:the\s+)?[\w-]|so\s+far\b|"
                                r"the\s+(?:day|week|month)\s+before\b|the\s+previous\s+(?:day|week|month)\b|a\s+(?:day|week|month)\s+(?:earlier|before)\b|"
                                r"yesterday\b|overnight\b|today\b|last\s+(?:week|month|year|night)\b)", re.IGNORECASE)
_YEAR = re.compile(r"(?:19|20)\d\d")
#: After a bare number, the named place its items were downed over ("four over the Voronezh region",
#: "two more in the Kursk region", "one above Crimea", "three over the waters of the Black Sea").
_OVER_NAMED_PLACE = re.compile(r"(?:\s+(?:(?:more|others?)\s*(?:[–—-]\s*)?)?|\s*[–—-]\s*)(?:over|above|in|near)\s+(?:the\s+)?(?:(?:territory|skies|waters?)\s+(?:of|over)\s+(?:the\s+)?)?[A-Z][\w'’-]+(?!\s+\d)")
#: "... and Ukraine 400,000": a side, then a number with nothing of its own after it (a gapped verb and noun).
#: So does "...; Ukraine has lost about 900": a side and its own verb of loss, the noun gapped.
#: After a bare number, a named place of its own ("and two in the Sumy region", "and four in neighbouring Kherson").
_IN_NAMED_PLACE = re.compile(r"\s+(?:in|near|around|outside)\s+(?:the\s+)?(?:(?:neighbou?ring|nearby|adjacent|northern|southern|eastern|western)\s+)?[A-Z][\w'’-]+(?!\s+\d)")
_AND_SIDE_BEFORE = re.compile(rf"(?:\band|\bwhile|\bwhereas|\bbut|;)\s+(?:the\s+)?(?P<side>{lx.RUSSIAN}|{lx.UKRAINIAN})"
                              rf"(?:\s+(?:(?:has|have|had)\s+)?(?:\w+ly\s+)?(?:also\s+)?(?:lost|suffered|sustained))?\s+{lx.QUALIFIER_WORDS}$", re.IGNORECASE)
#: "the Vostok group killed 410 soldiers, the Dnepr group more than 95 and the Sever group
#: 130": a named grouping of forces, then a number with nothing of its own after it (the verb
#: and the noun gapped, as the Russian ministry's round-ups write them).
_AND_GROUPING_BEFORE = re.compile(rf"(?:,\s*(?:and\s+|while\s+)?|\s(?:and|while|whereas)\s+|;\s*)(?:the\s+)?(?:[A-Z][\w'’-]*\s+){{1,3}}"
                                  rf"(?:[Bb]attle\s?[Gg]roup|[Gg]roup(?:ing)?(?:\s+of\s+(?:[Ff]orces|[Tt]roops))?)\s+{lx.QUALIFIER_WORDS}$")
_NEXT_GROUPING = re.compile(r"\s+(?:and|while|whereas)\s+(?:the\s+)?[A-Z]")
_GAP_ENDS = re.compile(r"\s*(?:[,.;)]|$)|\s+(?:since|in|during|over|on|at|near|around)\s", re.IGNORECASE)
#: "More than 1,500 have been injured": a number whose verb alone says it counts people.
_PEOPLE_DONE = re.compile(r"\s+(?:more\s+|others?\s+)?(?:were|was|have\s+been|had\s+been)\s+(?:\w+ly\s+)?(?P<verb>killed|wounded|injured|killed\s+or\s+wounded|killed\s+and\s+wounded|taken\s+(?:as\s+)?(?:prisoners?|captive))\b", re.IGNORECASE)


#: "killing 12 and wounding 30 Russian soldiers": a number after a verb of harm whose noun is
#: written once, after the next verb's number.
_HARM_VERB = r"(?:kill|wound|injur|captur)(?:ed|ing)"
_HARMED_BEFORE = re.compile(rf"\b{_HARM_VERB}\s+{lx.QUALIFIER_WORDS}$", re.IGNORECASE)
_AND_HARMED_NEXT = re.compile(rf"\s+(?:and|or)\s+{_HARM_VERB}\s+{lx.QUALIFIER_WORDS}(?=\S)", re.IGNORECASE)


#: "25 destroyed and 15 damaged ships": a number with a participle of loss and no noun, then
#: another number whose noun both count.
_DONE = r"destroyed|damaged|captured|abandoned|seized|sunk|downed|disabled"
_DONE_THEN_NEXT = re.compile(r"\s+(?:" + _DONE + r"|shot\s+down)\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)"
                             rf"{lx.QUALIFIER_WORDS}(?=\S)", re.IGNORECASE)


_DONE_WORDS = re.compile(r"^(?:(?:" + _DONE + r")\s+)+", re.IGNORECASE)


def _items_gapped(sentence: str, m: re.Match, value: float, tail_start: int) -> Figure | None:
    noun = None
    for _ in range(4):  # "40 destroyed, 12 damaged and 8 captured helicopters": along the list to its noun
        nxt = _DONE_THEN_NEXT.match(sentence, tail_start)
        second = NUMBER_RE.match(sentence, nxt.end()) if nxt else None
        if second is None:
            return None
        noun = _noun(sentence[second.end():second.end() + 160])
        if noun is not None:
            break
        tail_start = second.end()
    if noun is None or noun[0] != "item":
        return None
    _, info, rel_end, modifiers = noun
    unit = _DONE_WORDS.sub("", sentence[second.end():second.end() + rel_end].strip())
    return Figure(value, m.group().strip(), m.start(), m.end(), "item", unit, m.end(), modifiers=modifiers, **info)


def _forward_gapped(sentence: str, m: re.Match, value: float, tail_start: int) -> Figure | None:
    items = _items_gapped(sentence, m, value, tail_start)
    if items is not None:
        return items
    nxt = _AND_HARMED_NEXT.match(sentence, tail_start)
    if not nxt or not _HARMED_BEFORE.search(sentence, max(0, m.start() - 40), m.start()):
        return None
    second = NUMBER_RE.match(sentence, nxt.end())
    noun = _noun(sentence[second.end():second.end() + 160]) if second else None
    if noun is None or noun[0] != "personnel":
        return None
    _, _, rel_end, modifiers = noun
    unit = sentence[second.end():second.end() + rel_end].strip()
    if _UNSPECIFIC_PEOPLE.search(unit) and not lx.MILITARY_CONTEXT.search(sentence):
        return None  # "killing 3 and wounding 12 people": civilians, as for people counted anywhere
    return Figure(value, m.group().strip(), m.start(), m.end(), "personnel", unit, m.end(), modifiers=modifiers)


#: "lost 180 and more than 260 soldiers", "320 or 290 tanks": a second figure, not a range's upper end
#: (a qualifier before it, or it is the smaller), after "and"/"or"; its noun is written once, after it.
_SHARED_NEXT = re.compile(rf"\s+(?:and|or)\s+(?P<q>(?:{'|'.join(p for p, _ in lx.QUALIFIERS)})\s+)?(?=\d)", re.IGNORECASE)


def _shared_noun(sentence: str, m: re.Match, value: float, tail_start: int) -> Figure | None:
    """A figure in digits that shares the noun of the next one (rule ``shared_noun``)."""
    nxt = _SHARED_NEXT.match(sentence, tail_start) if m.group("digits") and not _YEAR.fullmatch(m.group()) else None
    second = NUMBER_RE.match(sentence, nxt.end()) if nxt else None
    if not second or not second.group("digits") or _YEAR.fullmatch(second.group()) or not (nxt.group("q") or _value(second) is not None and _value(second) < value
                                                                                                   or _AND_RESPECTIVELY.match(sentence[tail_start:])):
        return None
    noun = _noun(sentence[second.end():second.end() + 160])
    if noun is None:
        return None
    kind, info, rel_end, modifiers = noun
    unit = sentence[second.end():second.end() + rel_end].strip()
    if kind == "personnel" and _UNSPECIFIC_PEOPLE.search(unit) and not lx.MILITARY_CONTEXT.search(sentence):
        return None  # "3 and more than 12 people": civilians, as for people counted anywhere
    return Figure(value, m.group().strip(), m.start(), m.end(), kind, unit, m.end(), modifiers=modifiers, **info)


def _people_harmed(sentence: str, m: re.Match, value: float) -> Figure | None:
    """A number that a verb of harm after it makes a count of people, where the sentence is
    about forces (civilians otherwise, as for "people" counted)."""
    done = _PEOPLE_DONE.match(sentence, m.end())
    if not done or not (lx.MILITARY_CONTEXT.search(sentence) or lx.SIDE_LOSSES_NAMED.search(sentence)):
        return None
    if not lx.SIDE_LOSSES_NAMED.search(sentence) and _forces_only_attack(sentence):
        return None  # "Three civilians were killed and 11 more were injured as Russian forces shelled ...": civilians (rule people_hit_by_forces)
    return Figure(value, m.group().strip(), m.start(), m.end(), "personnel", done.group("verb"), done.end())
#: "48,670 casualties during the month, up from 45,680 in November": the earlier figure, with its
#: own period, counts what the one before it counts.
#: "versus", "against" right before a bare number, then "for" a side after it.
_VERSUS_BEFORE = re.compile(r"\b(?:versus|vs\.?|against)\s*$", re.IGNORECASE)
_FOR_SIDE_AFTER = re.compile(rf"\s+(?:for|by)\s+(?:the\s+)?(?:{lx.RUSSIAN}|{lx.UKRAINIAN})\b", re.IGNORECASE)
_UP_FROM = re.compile(r"\b(?:(?:up|down|rising|falling)\s+from|compared\s+(?:to|with)|against|versus|vs\.?)\s*$", re.IGNORECASE)
_ITS_PERIOD_AFTER = re.compile(r"\s+(?:in|during|on)\s+(?:the\s+previous\s+|last\s+)?[A-Z0-9]|\s+(?:the\s+(?:previous|prior)|a)\s+(?:day|week|month|year)\b", re.IGNORECASE)
#: A total broken down after it, as Oryx lists losses: "Tanks (3,704, of which destroyed:
#: 2,635, damaged: 155, ...)", "Russia - 20,027, of which: destroyed: 15,051, ...".
_PART_LABEL = re.compile(r"\b(?:destroyed|damaged|abandoned|captured)\s*:\s*$", re.IGNORECASE)
_OF_WHICH = re.compile(r",?\s*of\s+which\b:?", re.IGNORECASE)
_BREAKDOWN_NOUN_BEFORE = re.compile(r"(?:^|[\n.;:])\s*(?P<noun>[A-Z][^\n.;:()\d]{1,70}?)\s*(?:\(|[-–—]\s*)$")


def _breakdown_total(sentence: str, m: re.Match, value: float) -> Figure | None:
    """The total of an Oryx-style breakdown, counted by the noun before it; a side named there
    alone ("Russia - 20,027, of which ...") counts units of equipment."""
    before = _BREAKDOWN_NOUN_BEFORE.search(sentence, max(0, m.start() - 80), m.start())
    if not before:
        return None
    words = before.group("noun").strip()
    noun = _noun(words + " ")
    if noun is not None and noun[0] == "item":
        kind, info, rel_end, modifiers = noun
        return Figure(value, m.group().strip(), m.start(), m.end(), kind, words[:rel_end].strip(), m.end(), modifiers=modifiers, **info)
    if lx.RUSSIAN_RE.fullmatch(words) or lx.UKRAINIAN_RE.fullmatch(words):
        return Figure(value, m.group().strip(), m.start(), m.end(), "item", "units of equipment", m.end(), modifiers=words,
                      item_class="other_equipment", item_origin="military")
    return None


_ELLIPSIS_AFTER = re.compile(r"^\s*(?:of\s+which|of\s+them)\b", re.IGNORECASE)
#: "15,000 Russians had died and about 45,000 were injured", "2,635 were destroyed, 534 were
#: captured": a number whose verb says what happened to more of the thing counted before.
_WERE_DONE = re.compile(r"^\s*(?:more\s+|others?\s+)?(?:were|was|are|have\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:reported\s+(?:as\s+)?)?"
                        r"(?P<verb>destroyed|captured|damaged|abandoned|injured|wounded|killed|shot\s+down|taken\s+(?:as\s+)?prisoners?|taken\s+captive|lost|seized|downed|intercepted|"
                        r"neutrali[sz]ed|eliminated|liquidated|suppressed)\b", re.IGNORECASE)


#: Before "N of the M ...": the N are examples the text gives, not a count ("These are just two of the 25,000").
_EXAMPLES_BEFORE = re.compile(r"\b(?:these|those|they|he|she|this)\s+(?:are|were|is|was)\s+(?:just\s+|only\s+|but\s+)?$", re.IGNORECASE)
#: After a number, a plural noun of its own that counts nothing the ledger holds ("22 locations").
_OWN_NOUN_AFTER = re.compile(r"\s+(?!(?:more|others?|were|was|are|is|has|have|had|of|in|on|over|near|at|during|from|since|and|or|to|by|per|as|this|its|units?|pieces?|times|items|alone|respectively|apiece|kilomet\w*|km)\b)[a-z]{3,}s\b(?!\s*(?:[-–—:]|were\b|was\b))")
_DESCRIBED_AFTER = re.compile(r"\s+(?:holding|having|bearing|serving|aged)\b", re.IGNORECASE)
_ARE_LOSS_NOUN = re.compile(r"^\s+(?:are|were|is|was)\s+(?P<noun>deaths|injuries|fatalities)\b", re.IGNORECASE)
#: "of these, 22,200 were irretrievable and 31,800 were medical casualties": the kinds of losses a
#: total of people is broken into (rule kinds_of_losses).
_ARE_LOSS_KIND = re.compile(r"^\s+(?:are|were|is|was)\s+(?P<noun>(?:(?:medical|sanitary|irretrievable|irrecoverable|irreversible|combat|non-combat)\s+)?(?:casualties|losses)|irretrievable|irrecoverable|irreversible)\b", re.IGNORECASE)
#: "544 tanks had been captured, 79 damaged and 65 abandoned": in a list after counted items, a
#: number with a bare participle of loss and no noun of its own counts more of the same items.
_BARE_DONE = re.compile(r"^\s+(?P<verb>destroyed|damaged|abandoned|captured|seized|shot\s+down|downed|intercepted|sunk)\b(?!\s+(?:an?|the|by)\b)\s*(?:[,.;]|and\b|or\b|$)", re.IGNORECASE)


#: A sentence that goes on counting the last figure of the one before ("Russia launched 160
#: drones. 147 were shot down."; "Kyiv lost another 20 on Tuesday"): the number opens it, or
#: "another" stands before it, and a verb or a preposition, not a noun of its own, follows it.
_OPENS_OR_ANOTHER = re.compile(rf"^\W*(?:{lx.QUALIFIER_WORDS})?$|\banother\s+$", re.IGNORECASE)
_CARRIES_PREVIOUS = re.compile(r"\s*(?:(?:more\s+|others?\s+)?(?:were|was|have|had)\b|(?:on|in|over|during|near|at)\s|[,.;]|$)", re.IGNORECASE)
_OF_THESE = re.compile(r"^\W*(?:of\s+(?:these|them|those|which)|of\s+(?:this|that|the)\s+(?:figure|number|total|toll)|among\s+(?:them|these)|(?:these|they)\s+include)\b", re.IGNORECASE)


#: "captured" counted bare after items ("20 tanks, 12 destroyed and 8 captured"): the items' part.
_BARE_CAPTURED = re.compile(r"^\s+captured\b\s*(?:[,.;]|and\b|or\b|$)", re.IGNORECASE)
_COLON_BEFORE = re.compile(r":\s*$")
#: A colon or a dash that opens a list of parts ("two jets — one over X and one over Y").
_LIST_OPENS_BEFORE = re.compile(r"(?::|\s[—–])\s*$")


def _elliptical(sentence: str, m: re.Match, value: float, found: list[Figure]) -> Figure | None:
    # "six settlements ..., and another six in the X direction", "including six in Luhansk
    # region", "1,000 tanks, 624 of which were destroyed": the noun is the previous figure's.
    if not found:
        return _total_before(sentence, m, value, found) or _people_harmed(sentence, m, value)
    if _DESCRIBED_AFTER.match(sentence, m.end()):
        return None  # "3,700 officers, with 437 holding the rank of colonel": a subset described, no claim
    if _OWN_NOUN_AFTER.match(sentence, m.end()):
        return None  # "..., while 22 locations recorded a direct strike": a noun of its own, not the one before
    before = sentence[max(0, m.start() - 20):m.start()]
    after = sentence[m.end():]
    # "another 106,500 to 110,500 were injured": a range, then what happened to it.
    rng = _range_after(after, value) if m.group("digits") else None
    value_max = parse_number(rng.group(1)) if rng else None
    tail = after[rng.end():] if rng else after
    compared = _UP_FROM.search(before) and _ITS_PERIOD_AFTER.match(tail)
    # "lost 3,000 drones versus 760 for Ukraine": the same count for the other side (rule versus_for_side).
    compared = compared or (_VERSUS_BEFORE.search(before) and _FOR_SIDE_AFTER.match(tail))
    # "killed 100 Russian soldiers, injuring 87 more": more of the people counted before.
    compared = compared or found[-1].kind == "personnel" and (_HARMING_BEFORE.search(before) and _MORE_AFTER.match(after)
                                                              or _AND_HARMED_BEFORE.search(sentence, max(0, m.start() - 40), m.start()))
    compared = compared or (_AND_BEFORE.search(sentence, max(0, m.start() - 40), m.start()) and _OWN_WHEN_OR_WHERE.match(tail)
                            and _OWN_WHEN_OR_WHERE.match(sentence, found[-1].noun_end) and not _YEAR.fullmatch(m.group()))
    # "five villages were captured in region X and two in region Y": more places
    # or land of the count before, in a place of their own (rule places_in_another_region).
    compared = compared or (found[-1].kind in ("settlement", "area") and not _YEAR.fullmatch(m.group())
                            and _AND_BEFORE.search(sentence, max(0, m.start() - 40), m.start()) and _IN_NAMED_PLACE.match(tail))
    # "It said 28 drones were shot down over region X, four over region Y and one over Crimea",
    # "destroyed 75 drones: 28 over region X, 20 over ...": the parts of items counted before,
    # each in a named place of its own (rule items_in_another_place; parts are claims, as a
    # breakdown's are).
    compared = compared or (found[-1].kind == "item" and not _YEAR.fullmatch(m.group()) and _OVER_NAMED_PLACE.match(tail)
                            and (_AND_BEFORE.search(sentence, max(0, m.start() - 40), m.start()) or _LIST_OPENS_BEFORE.search(sentence, max(0, m.start() - 5), m.start())))
    # "300,000 casualties, of which 120,000 are deaths and up to 180,000 are injuries": the noun
    # after the copula names what this part of the people counted before counts.
    named = (_ARE_LOSS_NOUN.match(tail) or _ARE_LOSS_KIND.match(tail)) if found[-1].kind == "personnel" else None
    if named:
        return Figure(value, m.group().strip(), m.start(), m.end(), "personnel", named.group("noun"), m.end() + (rng.end() if rng else 0) + named.end(),
                      value_max=value_max)
    listed = (found[-1].kind == "item" and not rng and _BARE_DONE.match(after) and not _YEAR.fullmatch(m.group())
              and (_AND_BEFORE.search(sentence, max(0, m.start() - 40), m.start()) or _LIST_OPENS_BEFORE.search(sentence, max(0, m.start() - 5), m.start())))
    if not (_ELLIPSIS_BEFORE.search(before) or _ELLIPSIS_AFTER.match(after) or _WERE_DONE.match(tail) or compared or listed
            or _AND_SIDE_BEFORE.search(sentence, max(0, m.start() - 60), m.start()) and _GAP_ENDS.match(tail)
            or _AND_GROUPING_BEFORE.search(sentence, max(0, m.start() - 80), m.start()) and (_GAP_ENDS.match(tail) or _NEXT_GROUPING.match(tail))):
        return _total_before(sentence, m, value, found)
    prev = found[-1]
    gapped = _AND_SIDE_BEFORE.search(sentence, max(0, m.start() - 60), m.start())
    if gapped and _GAP_ENDS.match(tail):
        # "Russia had lost 500,000 soldiers and Ukraine 400,000": the side before the number is its owner.
        return Figure(value, m.group().strip(), m.start(), m.end(), prev.kind, prev.unit_raw, m.end() + (rng.end() if rng else 0),
                      area_unit=prev.area_unit, item_class=prev.item_class, item_origin=prev.item_origin, value_max=value_max,
                      modifiers=gapped.group("side"))
    end = m.end() + (rng.end() if rng else 0) + (_ELLIPSIS_AFTER.match(after).end() if _ELLIPSIS_AFTER.match(after) else 0)
    done = _WERE_DONE.match(tail)
    if done and not _ELLIPSIS_AFTER.match(after):
        # "Of the 75 missiles launched, 60 were intercepted": the verb after is the figure's own,
        # nearer than any verb before it.
        end = m.end() + (rng.end() if rng else 0) + done.start("verb") - 1
    # The parts of a breakdown are of the whole's side ("Russia - 20,027, of which: destroyed: 15,051").
    part = bool(_OF_WHICH.search(sentence, prev.end, m.start()) or _PART_LABEL.search(before))
    return Figure(value, m.group().strip(), m.start(), m.end(), prev.kind, prev.unit_raw, end, area_unit=prev.area_unit,
                  item_class=prev.item_class, item_origin=prev.item_origin, value_max=value_max, modifiers=prev.modifiers if part else "")


_TOTAL_VERB = re.compile(r"\b(?:approach\w*|nearing|averag(?:ed|es|ing)|number(?:ed|ing)|reach\w*|exceed\w*|surpass\w*|top(?:s|ped)?|passed|crossed|stand\w*\s+at|stood\s+at|s[ai]t\s+at|sits\s+at|(?:puts?|putting|placed?|places|estimat\w*|assess\w*)\b[^.\d]{0,60}\bat|peg(?:s|ged|ging)?\b|(?:calculat\w*|estimat\w*|assess\w*|reckon\w*|believ\w*)\b[^.\d]{0,80}\bto\s+be|(?:could|may|might|would)\s+(?:be|reach|exceed|top|number)|rang(?:e|es|ed|ing)\s+from|as\s+high\s+as|(?:rose|risen|climbed|grew|increased|jumped)\s+to|amount\w*\s+to|total\w*|(?:is|are|was|were)\s+(?:now\s+)?(?:at\s+)?)[^.\d]{0,60}$", re.IGNORECASE)
#: "..., bringing total losses since the start of the invasion to 199,230": a running total of
#: what the figure before counted.
_BRINGING_TOTAL = re.compile(rf"\b(?:(?:bringing|brings|brought|raising|raises|taking|takes|pushing|putting)\s+(?:the\s+|its\s+|their\s+|[A-Z][\w-]*(?:'s|’s)\s+)?"
                             r"(?:overall\s+|total\s+|cumulative\s+)?(?:total|tally|toll|losses|number|count|death\s+toll|gains|advances|casualties)\b[^.;]{0,80}?\bto"
                             # "..., for a total of 702,370"; "...; the total now stands at 702,370"
                             r"|for\s+a\s+(?:total|tally)\s+of|(?:the\s+)?(?:overall\s+|running\s+)?(?:total|tally)\s+(?:now\s+)?(?:stands|stood|reached|reaches|has\s+reached|rose\s+to|climbed\s+to)(?:\s+at)?)"
                             rf"\s+{lx.QUALIFIER_WORDS}$", re.IGNORECASE)
_CIVILIAN_BEFORE = re.compile(r"\bcivilians?(?:'|’)?\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
#: "average daily casualties of 1,300", "losses of around 45,000", "casualties number somewhere
#: between 150,000 and 200,000": the loss noun, then its figure.
_LOSSES_OF = re.compile(rf"\b(?:casualties|losses|death\s+toll|fatalities|deaths|(?:casualty|loss)\s+rate)\s+(?:of|numbering|totall?ing|(?:now\s+)?number(?:s|ed)?)\s+(?:somewhere\s+)?(?:between\s+)?{lx.QUALIFIER_WORDS}$", re.IGNORECASE)
#: After the figure of "casualties of N": nothing of its own (a unit would be what it counts).
_LOSSES_OF_ENDS = re.compile(r"\s*(?:[,.;:)]|$)|\s+(?:a|per|each|every|in|during|over|on|since|this|last|so|according|near|around|at|for)\b", re.IGNORECASE)
#: Before "losses", the thing lost when it is no person ("tank losses", "artillery losses").
_ITEM_BEFORE_LOSSES = re.compile(r"\b(?P<item>(?!(?:personnel|troop|troops|human|manpower|military|army|combat|total|overall|Russian|Ukrainian|enemy|daily|monthly)\b)[A-Za-z][\w-]*(?:\s+(?!losses)[a-z][\w-]*)?)\s+$")
_TOTAL_NOUN = re.compile(rf"\b(?:casualty\s+(?:counts?|tolls?|figures?|totals?|tally|numbers?|rates?)|casualties|losses|death\s+toll|fatalities|dead|{lx.PERSONNEL})\b", re.IGNORECASE)


#: ("several thousand" is vague: a scale word alone, with no number before it, counts nothing.)
_LARGE_WORDS = re.compile(r"\b(?:thousand|million)\b", re.IGNORECASE)


def _total_before(sentence: str, m: re.Match, value: float, found: list[Figure]) -> Figure | None:
    # "The total casualties ... are now approaching 137,000": the counted noun comes first.
    # In words, only a large round number ("losses nearing one million").
    if not m.group("digits") and not (m.group("words") and _LARGE_WORDS.search(m.group("words")) and not _LARGE_WORDS.match(m.group())):
        return None
    head_start = max(0, m.start() - 160)
    head = sentence[head_start:m.start()]
    bringing = _BRINGING_TOTAL.search(head)
    if bringing and found:
        prev = found[-1]
        end = m.end()
        return Figure(value, m.group().strip(), m.start(), m.end(), prev.kind, prev.unit_raw, end, area_unit=prev.area_unit,
                      item_class=prev.item_class, item_origin=prev.item_origin, modifiers=prev.modifiers,
                      governs_from=head_start + bringing.start())
    if not _TOTAL_VERB.search(head) and not (_LOSSES_OF.search(head) and not _YEAR.fullmatch(m.group()) and not m.group("scale")
                                             and _LOSSES_OF_ENDS.match(sentence, m.end() + ((r := _range_after(sentence[m.end():], value)) and r.end() or 0))
                                             and (lx.MILITARY_CONTEXT.search(sentence) or lx.SIDE_SUFFERED.search(sentence) or lx.SIDE_LOSSES_NAMED.search(sentence))):
        return None  # "losses of 150 billion", "losses of 4.3 million tonnes of grain", "energy losses of 9 gigawatts": no soldiers'

    nouns = list(_TOTAL_NOUN.finditer(head))
    # The noun must come after every figure before (offsets in the sentence: the head may start at 0).
    if not nouns or any(f.noun_end > head_start + nouns[-1].start() for f in found):
        return None
    if _CIVILIAN_BEFORE.search(head, max(0, nouns[-1].start() - 25), nouns[-1].start()):
        return None  # "civilian deaths of 120", "civilian casualties averaged 20 a day": not soldiers
    item = _ITEM_BEFORE_LOSSES.search(head, max(0, nouns[-1].start() - 40), nouns[-1].start()) if nouns[-1].group().lower() == "losses" else None
    if item:
        # "the highest tank losses for Russia, totaling 428": losses of the item named, not of soldiers.
        words = item.group("item")
        noun = _noun(words + " ") or _noun(words.split()[-1] + " ")
        if noun is not None and noun[0] == "item":
            kind, info, rel_end, modifiers = noun
            unit = words if _noun(words + " ") else words.split()[-1]
            return Figure(value, m.group().strip(), m.start(), m.end(), kind, unit[:rel_end].strip(), m.end(), modifiers=modifiers, **info)
    if ((_PEOPLE_WORD.fullmatch(nouns[-1].group()) or _DEATH_TOLL.fullmatch(nouns[-1].group())) and _CIVILIAN_WORDS.search(sentence) and not lx.MILITARY_CONTEXT.search(sentence)
            and not lx.SIDE_SUFFERED.search(sentence) and not lx.SIDE_LOSSES_NAMED.search(sentence)):
        # "After the shelling, three people were killed and 11 were injured": people hurt where a word
        # of civilians or strikes is written, and none of forces, are civilians (rule people_total_civil;
        # not "According to him, 6,662 people were killed and 10,446 were wounded" after soldiers counted).
        return None
    end = m.end()
    # "estimates casualties at between 150,000-190,000": a range, its upper end after the dash.
    rng = _range_after(sentence[end:], value)
    value_max = parse_number(rng.group(1)) if rng else None
    end += rng.end() if rng else 0
    alt = _PAREN_ALT.match(sentence[end:])
    # "The total number of Ukrainian troops captured ... is more than 6,000": the side word right
    # before the noun named first is the figure's own, as in "6,000 Ukrainian troops" (rule total_noun_side).
    side = _SIDE_RIGHT_BEFORE_NOUN.search(head, max(0, nouns[-1].start() - 25), nouns[-1].start())
    if side and len({bool(lx.RUSSIAN_RE.match(w.group())) for w in _SIDE_WORD.finditer(head, max(0, side.start() - 30), side.end())}) > 1:
        side = None  # "the number of Russian and Ukrainian soldiers killed": both sides' total, no one side's
    return Figure(value, m.group().strip(), m.start(), m.end(), "personnel", nouns[-1].group(), end + (alt.end() if alt else 0),
                  alt_raw=alt.group(1) if alt else None, value_max=value_max, modifiers=side.group("side") if side else "")


#: A side word right before a counted noun ("of Ukrainian troops", "the Russian servicemen").
_SIDE_RIGHT_BEFORE_NOUN = re.compile(rf"\b(?P<side>{lx.RUSSIAN}|{lx.UKRAINIAN})\s+$", re.IGNORECASE)


#: A verb of taking right before an article: "captured a village", "took control of a town".
_TAKEN_BEFORE = re.compile(r"\b(?:captured|seized|took|taken|liberated|freed|retook|recaptured|(?:took|taken|gained|established|seized)\s+(?:full\s+)?control\s+(?:of|over))\s+$", re.IGNORECASE)
_COUNTING_VERBS = r"stole|stolen|steal|looted|captured|seized|destroyed|shot\s+down|downed|hit|hitting|abandoned|lost|took|taken|trophy\s+(?:was|is)|downing|destroying|shooting\s+down|damaged|sank|sunk|intercepted|intercepting|eliminated|neutrali[sz]ed"
#: ("Also destroyed were a tank, three pickup trucks ...": the verb, then "were", then the article.)
_COUNTING_VERB = re.compile(rf"(?:\b(?:{_COUNTING_VERBS})\s+(?:(?:were|was)\s+)?)$", re.IGNORECASE)
#: A counting verb right before an article anywhere in a sentence: without one, no article counts.
_COUNTING_ARTICLE = re.compile(rf"(?:{_COUNTING_VERBS}|liberated|freed|retook|recaptured|control\s+(?:of|over))\s+(?:(?:were|was)\s+)?(?:an?|one|both|another)\s", re.IGNORECASE)


#: An article opening a clause whose item a passive verb says was lost ("An unmanned aerial
#: vehicle was shot down over the Belgorod region").
_PASSIVE_ARTICLE = re.compile(r"(?:^|[.;:,]\s+|\band\s+)\W*(?=(?:an?|one|another)\s[^.;]{0,80}?\b(?:was|has\s+been|had\s+been)\s|both\s[^.;]{0,80}?\b(?:were|have\s+been|had\s+been)\s)", re.IGNORECASE)
_WAS_DONE = re.compile(r"(?:\s+(?:was|has\s+been|had\s+been)|(?<=s)\s+(?:were|have\s+been))\s+(?:\w+ly\s+)?(?:shot\s+down|downed|destroyed|intercepted|captured|seized|abandoned|hit|damaged|neutrali[sz]ed|sunk|eliminated)\b", re.IGNORECASE)
_LISTED_ARTICLE = re.compile(r"(?:,|\band|\bas\s+well\s+as)\s+(?:even\s+|also\s+)?(?:an?|both)\s", re.IGNORECASE)
#: A list opening a clause on an article, its passive verb after the whole list ("A tank, an
#: infantry fighting vehicle and two cars were destroyed"): the first item counts one.
_PASSIVE_LIST_ARTICLE = re.compile(r"(?:^|[.;:]\s+)\W*(?=(?:an?|one)\s[^.;]{0,200}?\b(?:were|have\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:destroyed|shot\s+down|downed|intercepted|captured|seized|abandoned|hit|damaged|neutrali[sz]ed)\b)", re.IGNORECASE)
_LIST_GOES_ON = re.compile(r"\s*(?:,|and\b)", re.IGNORECASE)
#: (A model name may follow the item before: "a 152-mm self-propelled gun Akatsiya, a 122-mm howitzer".)
_LIST_BEFORE_ARTICLE = re.compile(r"(?:\s+[A-Z][A-Za-z]*(?:-[A-Z0-9]+)?)?\s*(?:,\s*(?:and\s+|as\s+well\s+as\s+)?|and\s+|as\s+well\s+as\s+)(?:even\s+|also\s+)?")


#: Before an article, uncounted equipment it begins to list ("military equipment, including a ...").
_EQUIPMENT_INCLUDING_BEFORE = re.compile(r"\b(?:equipment|hardware|weapons|weaponry),?\s+including\s+$", re.IGNORECASE)
_EQUIPMENT_INCLUDING_ARTICLE = re.compile(r"\b(?:equipment|hardware|weapons|weaponry),?\s+including\s+an?\s", re.IGNORECASE)


def _article_counts(sentence: str, found: list[Figure]) -> list[Figure]:
    # "stole a bus", "shot down a Ukrainian Mi-8 military helicopter": an article right
    # after a verb of loss or theft counts one item. Elsewhere "a" counts nothing.
    # So does an article that goes on a list of counted items ("three planes and a helicopter").
    out: list[Figure] = []
    # Its verb holds "was" or "been": without either, the pattern need not be tried.
    low = guard.lowered(sentence)
    passive = ({p.end() for p in _PASSIVE_ARTICLE.finditer(sentence)}
               if ("as " in sentence or "een " in sentence or "oth " in sentence) and (low is None or "was" in low or "been" in low or "both" in low) else set())
    listing = ({p.end() for p in _PASSIVE_LIST_ARTICLE.finditer(sentence)}
               if "ere " in sentence and (low is None or "were" in low or "been" in low) else set())
    if (not _COUNTING_ARTICLE.search(sentence) and not (found and _LISTED_ARTICLE.search(sentence)) and not passive and not listing
            and not ("including" in sentence and _EQUIPMENT_INCLUDING_ARTICLE.search(sentence))):
        return out
    for m in _ARTICLE_RE.finditer(sentence):
        if any(f.start <= m.start() < f.noun_end for f in found):
            continue
        before = [f.noun_end for f in found + out if f.noun_end <= m.start()]
        listed = bool(before) and _LIST_BEFORE_ARTICLE.fullmatch(sentence, max(before), m.start())
        counted = listed or _COUNTING_VERB.search(sentence[max(0, m.start() - 30):m.start()]) or _TAKEN_BEFORE.search(sentence, max(0, m.start() - 30), m.start())
        # "destroyed Ukrainian military equipment, including a French-supplied Caesar": the article
        # opens the list of what the uncounted equipment lost was (rule equipment_including).
        counted = counted or bool(_EQUIPMENT_INCLUDING_BEFORE.search(sentence, max(0, m.start() - 40), m.start()) and lx.LOSS_RE.search(sentence, 0, m.start()))
        if not counted and m.start() not in passive and m.start() not in listing:
            continue
        noun = _noun(sentence[m.end():m.end() + 120])
        # "seized a village in the Kharkiv region": a place taken counts one, as an item lost does.
        if noun is None or noun[0] not in ("item", "settlement") or noun[0] == "settlement" and not counted:
            continue
        kind, info, rel_end, modifiers = noun
        end = m.end() + rel_end
        if not counted and not _WAS_DONE.match(sentence, end) and not (m.start() in listing and _LIST_GOES_ON.match(sentence, end)):
            continue  # "An unmanned aerial vehicle was shot down": the verb right after the noun counts it
        both = m.group("art").lower() == "both"
        if both and not (info.get("item_class") and sentence[m.end():end].rstrip().endswith("s")):
            continue  # "both" counts two of a plural item noun only
        out.append(Figure(2.0 if both else 1.0, m.group("art"), m.start(), m.end(), kind, sentence[m.end():end].strip(), end, modifiers=modifiers, **info))
    return out


#: A verb of loss, then "the", a kind of ship and its name: "sank the landing ship Kaluga", "lost the patrol
#: ship 'Vasily Bykov'", "including the submarine Orel". The named ship is one (rule named_vessel).
_VESSEL_NAMED_BEFORE = re.compile(r"\b(?:destroyed|destroying|sank|sinking|sunk|hit|hitting|struck|striking|lost|damaged|damaging|including)\s+the\s+(?=[\w-]+(?:\s+[\w-]+){0,3}\s+[\"“'‘A-Z])")
_VESSEL_NAME_AFTER = re.compile(r"\s+(?:[\"“'‘«]\s*[A-Z]|[A-Z][a-z])")


def _named_vessel(sentence: str, found: list[Figure]) -> list[Figure]:
    if "the " not in sentence:
        return []
    out = []
    for m in _VESSEL_NAMED_BEFORE.finditer(sentence):
        if any(f.start <= m.end() < f.noun_end for f in found):
            continue
        if m.group().startswith("including") and not any(f.kind == "item" and f.noun_end <= m.start() for f in found):
            continue  # "The total is 28, including the submarine X": a part only of items counted in the sentence
        noun = _noun(sentence[m.end():m.end() + 80])
        if noun is None or noun[1].get("item_class") != "ship":
            continue
        end = m.end() + noun[2]
        unit = sentence[m.end():end]
        if unit.endswith("s") or not _VESSEL_NAME_AFTER.match(sentence, end):
            continue  # "the ships", "the vessel was": a name must follow a single ship
        start = m.end() - 4
        out.append(Figure(1.0, "the", start, start + 3, noun[0], unit, end, modifiers=noun[3], **noun[1]))
    return out


#: "23 drones over the Belgorod region and another over the Kursk region": "another" (or "one
#: more") with a place or time of its own and no noun counts one more of what was counted before.
_ANOTHER_ONE = re.compile(r"(?:,\s*(?:and\s+)?|\s(?:and|plus)\s+)(?P<art>another(?:\s+one)?|one\s+more)(?=\s+(?:over|above|in|near|on|at|outside|during)\s)", re.IGNORECASE)


def _another_one(sentence: str, found: list[Figure]) -> list[Figure]:
    if not found or "nother" not in sentence and "one more" not in sentence:
        return []
    out = []
    for m in _ANOTHER_ONE.finditer(sentence):
        before = [f for f in found if f.noun_end <= m.start()]
        if not before or before[-1].kind not in ("item", "personnel") or any(f.start >= m.start() and f.start < m.end() + 40 for f in found):
            continue
        prev = max(before, key=lambda f: f.noun_end)
        out.append(Figure(1.0, m.group("art"), m.start("art"), m.end("art"), prev.kind, prev.unit_raw, m.end("art"),
                          item_class=prev.item_class, item_origin=prev.item_origin))
    return out


def qualifier_before(sentence: str, start: int) -> str:
    """The qualifier written just before a figure ("more than", "about", ...), else "exact".

    Looks back within the figure's clause only, so in "lost about 61,000 personnel, 2,435
    tanks" the "about" belongs to the first figure alone. A parenthetical aside between the
    qualifier and the figure ("approaching – according to X – 137,000") is skipped.
    """
    back = sentence[max(0, start - 80):start]
    back = re.split(r"[,;:()]|\d", back)[-1] if not re.search(r"[–—]\s*$", back) else back
    back = re.sub(r"[–—][^–—]*[–—]\s*$", " ", back)
    for pattern, qualifier in lx.QUALIFIER_RES:
        if pattern.search(back):
            return qualifier
    number = NUMBER_RE.match(sentence, start)
    if number and number.group("digits") and _PLUS.match(sentence, number.end()):
        return "more than"  # "1,000+ soldiers", "4,000-plus tanks"
    return "exact"


# Every pattern above skips, at one character's cost, the places where it cannot start (see .guard).
guard.patterns(globals())
# The long word alternations most sentences are searched with run on the lower-cased text (see .guard).
guard.lower_case(globals(), "NUMBER_RE", "_COUNTING_ARTICLE", "_TOTAL_NOUN")
