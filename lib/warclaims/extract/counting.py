"""What a figure counts: the ledger's metric, the kind of count and the item's origin.

A figure's noun says what is counted (soldiers, tanks, square kilometres; see
:mod:`.figures`); the verbs around it say what happened to them (lost, liberated, fled,
stolen). Each verb is a *cue*; the cue that governs a figure is chosen by position
(:func:`governing_cue`), and the cue's kind with the noun's kind gives the metric.
"""
from __future__ import annotations

import bisect
import functools
import re

from ..vocabulary import ITEM_METRICS
from . import guard
from . import lexicon as lx
from .figures import Figure

#: Before a verb in a clause that describes land ("the territory (that) they had seized").
_LAND_CLAUSE_BEFORE = re.compile(r"\b(?:territory|land|area|ground)\s+(?:that\s+|which\s+)?(?:they|it|he|she|we|(?!(?:was|were|is|are|been|be|being|has|have|had)\b)\w+)\s+(?:had\s+|have\s+|has\s+)?$", re.IGNORECASE)
#: After "has", "have": what is had ("Russia has 3,000 tanks"), which makes the verb possession.
_POSSESSED = re.compile(r"\s+(?:about|around|some|over|more\s+than|at\s+least|nearly|almost|up\s+to|\d)", re.IGNORECASE)
_CEDED = re.compile(rf"\b(?:{lx.LAND_LOST})\b", re.IGNORECASE)
_NOT_PERSONNEL_LOSS = re.compile(r"captur|seiz|abandon|trophy|surrender", re.IGNORECASE)
#: What each cue kind means for each kind of figure.
_METRIC_OF_CUE = {
    "settlement": {"gain": "settlements_retaken"},
    "area": {"gain": "territory_gained", "lost": "territory_lost"},
    "personnel": {"fled": "personnel_fled", "loss": "personnel_losses"},
    "item": {"stolen": "vehicles_stolen", "fled": "vehicles_fled", "loss": "equipment_losses"},
}


#: A participle of firing right after a plural noun, then where from ("missiles fired from the sea").
_PLURAL_NOUN_BEFORE = re.compile(r"\b(?!(?:was|has|is|its|this|us)\b)[a-z]{3,}s\s+$")
_DESCRIBING_PARTICIPLE = re.compile(r"(?:fired|launched)\s+(?:from|at|towards?|over|into|against)\b", re.IGNORECASE)
_CLAUSE_END = re.compile(r";")
_LISTED_BEFORE = re.compile(r"(?:,|\band|\bor)\s+$", re.IGNORECASE)
_PEOPLE_AFTER = re.compile(rf"\s+(?:{lx.PERSONNEL})\b", re.IGNORECASE)
#: An auxiliary right before a verb: the verb is a clause's predicate, not a participle describing a noun.
_PREDICATE_BEFORE = re.compile(r"\b(?:were|was|are|is|have|has|had|been|being)\s+(?:(?:\w+ly|also|all|then|later)\s+)?$", re.IGNORECASE)
_PARTICIPLE_BY = re.compile(r"\s+\w+ed\s+by\b", re.IGNORECASE)
#: Before a verb of loss, a negation ("two missiles were not destroyed"): nothing was lost.
_NEGATED_BEFORE = re.compile(r"\b(?:not|never|n['’]t)\s+(?:(?:been|be|yet|all)\s+)?$", re.IGNORECASE)
#: Counted weapons ("20 drones", "two other cruise missiles"), for the two patterns below.
_COUNTED_WEAPONS = r"(?:\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds))\s+(?:[\w-]+\s+){0,2}?(?:drones?|missiles?|rockets?|bombs?|Shaheds?|UAVs?|shells?|munitions)"
#: Before "hit" or "struck", weapons as its subject ("20 drones struck 14 locations"): the weapons
#: did the striking; the verb says nothing was lost.
#: (only weapons counted: in "our drones hit 35 tanks" the tanks hit are the figure, and lost).
#: An active perfect counts too ("two other missiles had struck a school"); a passive does not.
_WEAPONS_STRIKING = re.compile(_COUNTED_WEAPONS + r"\s+(?:(?:had|have|has)\s+(?!been\b))?(?:also\s+|then\s+|later\s+|\w+ly\s+)?$", re.IGNORECASE)
_HIT = re.compile(r"hit|struck", re.IGNORECASE)
#: Weapons, maybe with who sent them ("60 drones launched by Russia"), right before a verb that
#: harms people: the weapons did the harm, they were not lost ("over 60 drones launched by Moscow
#: killed a man"; rule weapons_harming).
_WEAPONS_HARMING = re.compile(_COUNTED_WEAPONS +
                              r"\s+(?:(?:launched|fired|sent)\s+(?:by|from)\s+(?:[\w'’-]+\s+){1,3}?)?(?:(?:overnight|also|then|later|\w+ly)\s+)?$", re.IGNORECASE)
_HARMED_PEOPLE = re.compile(r"killed|kill|kills|wounded|wounding|injured|injuring", re.IGNORECASE)
#: A clause of time after the figure ("33 howitzers since Moscow deployed its troops"): its verb
#: says when, not what happened to the figure's items.
_TIME_CLAUSE_BEFORE = re.compile(r"\b(?:since|after|before|when|until|as)\s+(?:the\s+)?(?:[A-Z][\w'’-]*|it|they|he|she|we|troops|forces)\s+(?:(?:had|has|have|first|also|were|was)\s+)?$")
_RELATIVE_LAUNCHED = re.compile(r"\s+(?:that|which)\s+(?:[\w'’-]+\s+){1,3}?(?=(?:had\s+|have\s+|has\s+)?(?:launched|fired|sent|used|deployed)\b)", re.IGNORECASE)


def _without_other(cues: list[tuple[int, str]], lo: int, hi: int) -> list[tuple[int, str]]:
    """The cues less those of kind "other" from ``lo`` to ``hi`` (both included): verbs that
    describe the items there rather than say what happened to them."""
    return [c for c in cues if not (c[1] == "other" and lo <= c[0] <= hi)]


def _loss_after(fig: Figure, starts: list[int], later_cues) -> bool:
    """A loss cue after the figure, before the next figure."""
    after = bisect.bisect_right(starts, fig.start)
    following = starts[after] if after < len(starts) else float("inf")
    return any(kind == "loss" and pos < following for pos, kind in later_cues)


def governing_cue(fig: Figure, starts: list[int], cues: list[tuple[int, str]], mates: frozenset = frozenset(), sentence: str = "") -> tuple[str | None, str]:
    """The cue that says what happened to the figure's items, and the rule that chose it.

    ``starts`` are the sorted starts of the sentence's figures, ``mates`` those listed with
    this one. A cue inside the figure's own phrase, or not separated from it by another
    figure, wins ("19 stolen cars", "20 vehicles stolen from locals"; rules ``cue_in_phrase``,
    ``cue_unseparated``); otherwise the nearest cue before the figure (a list governed by one
    verb; ``cue_before``), else the nearest after it (``cue_after``).

    Cues and figures are looked up by position (bisect), not scanned for every figure, so a
    sentence of many figures costs in proportion to its length, not its square.
    """
    cues = sorted(cues)
    if sentence:
        # "one of its ships had destroyed two naval drones": a figure right before an active verb of
        # destroying, with the verb's object after it, is who destroyed, not what was lost (rule
        # agent_of_the_verb); the object after the verb keeps the cue.
        cues = [c for c in cues if not (c[0] >= fig.noun_end and c[1] == "loss" and _agent_of(fig, c[0], sentence))]
    positions = [pos for pos, _ in cues]
    # "shot down ... three cruise missiles launched by Russia": a participle right after the
    # noun describes the items; the verb before says what happened to them.
    # So does one with its agent before a verb after the figure ("45 of 60 drones launched by
    # Russia had been destroyed"), when no other figure stands between.
    if positions and (positions[0] < fig.start or _PARTICIPLE_BY.match(sentence, fig.noun_end)):
        lo, hi = bisect.bisect_left(positions, fig.noun_end), bisect.bisect_right(positions, fig.noun_end + 2)
        if any(kind == "other" for _, kind in cues[lo:hi]) and (positions[0] < fig.start or _loss_after(fig, starts, cues[hi:])):
            cues = _without_other(cues, cues[lo][0], cues[hi - 1][0])
    # "shot down ... 15 drones that Russia launched overnight": a relative clause right after the
    # noun describes the items too; the verb before says what happened to them.
    relative = _RELATIVE_LAUNCHED.match(sentence, fig.noun_end) if positions and positions[0] < fig.start else None
    if relative:
        cues = _without_other(cues, fig.noun_end, relative.end())
    # "5,406 mobilized soldiers", "12 newly delivered tanks": a verb of making or sending inside the
    # figure's own phrase describes the items; a verb outside it says what happened to them.
    cues = _without_other(cues, fig.end, fig.noun_end - 1)
    positions = [pos for pos, _ in cues]
    inside = cues[bisect.bisect_left(positions, fig.start):bisect.bisect_left(positions, fig.noun_end)]
    if inside:
        return inside[0][1], "cue_in_phrase"
    # A cue is not separated from the figure when no other figure starts strictly between
    # them; the items of a list before this one do not separate it from the verb that
    # governs the list ("launched 33 drones and 2 missiles, ... destroying 22").
    at = bisect.bisect_left(starts, fig.start)
    previous = -1
    for other in reversed(starts[:at]):
        if other not in mates:
            previous = other
            break
    # Nor do the items of a list after it separate it from a verb that follows the whole list as
    # its predicate ("of which 747 drones and four missiles were shot down"); a participle after
    # a later item describes that item alone ("20 cars and 20 vehicles stolen from locals").
    rest = starts[bisect.bisect_right(starts, fig.start):]
    later = [other for other in rest if other in mates]
    following = next((other for other in rest if other not in mates), float("inf"))
    # A verb usually precedes its object ("stolen a bus and abandoned it"): a cue after the
    # figure counts as a little further away unless it is attached ("vehicles stolen from").
    reach = cues[bisect.bisect_left(positions, previous):bisect.bisect_right(positions, following)]
    if later:
        reach = [c for c in reach if c[0] < later[0] or _PREDICATE_BEFORE.search(sentence, max(0, c[0] - 30), c[0])]
    # A cue across a semicolon after the figure governs its own clause ("launched 120 drones and
    # 6 missiles; air defences destroyed 95"): any cue in the figure's clause is nearer.
    own = [(fig.start - pos if pos < fig.start else (pos - fig.noun_end if pos - fig.noun_end <= 2 else pos - fig.noun_end + 10)
            + (1000 if pos > fig.noun_end and _CLAUSE_END.search(sentence, fig.noun_end, pos) else 0), kind)
           for pos, kind in reach]
    if own:
        return min(own)[1], "cue_unseparated"
    at = bisect.bisect_left(positions, fig.start)
    if 0 < at < len(cues) and _CLAUSE_END.search(sentence, positions[at - 1], fig.start):
        # "launched 400 drones overnight; 380 drones and 35 missiles were shot down": a verb
        # across a semicolon governs its own clause, so the one after the figure does.
        return cues[at][1], "cue_after_clause"
    if at > 0:
        nearest, first = positions[at - 1], bisect.bisect_left(positions, positions[at - 1])
        return min((fig.start - nearest, kind) for _, kind in cues[first:at])[1], "cue_before"
    if at < len(cues) and following < cues[at][0] and _ATTACKED_BETWEEN.search(sentence, fig.noun_end, int(following)):
        # "three drones attacked two villages, where a house burned down": a cue after another
        # figure, with none nearer, is that figure's clause's, not this one's (rule cue_after_another_figure).
        return None, "cue_after_another_figure"
    return (cues[at][1], "cue_after") if at < len(cues) else (None, "no_cue")


#: An active verb of destroying others ("had destroyed", "shot down", "sank"), only an auxiliary of the
#: perfect between it and the figure's noun before, and an object right after it (rule agent_of_the_verb).
_AGENT_GAP = re.compile(r"\s*(?:(?:had|has|have)\s+)?(?:(?:also|reportedly|successfully|then|later)\s+)?", re.IGNORECASE)
_AGENTIVE_VERB = re.compile(r"(?:destroyed|shot\s+down|downed|sank|sunk|killed|eliminated|neutrali[sz]ed|wiped\s+out|intercepted)\b", re.IGNORECASE)
_OBJECT_AFTER = re.compile(r"\s+(?:a|an|the|its|their|\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|dozens|scores|up\s+to|more\s+than|over|about)\b", re.IGNORECASE)


def _agent_of(fig: Figure, pos: int, sentence: str) -> bool:
    gap = _AGENT_GAP.match(sentence, fig.noun_end)
    if not gap or gap.end() != pos:
        return False
    verb = _AGENTIVE_VERB.match(sentence, pos)
    return bool(verb and _OBJECT_AFTER.match(sentence, verb.end()))


#: A verb of attack between a figure and the next ("three drones |attacked| two villages"): the
#: figure is that verb's subject, and a cue after the next figure is not its (rule cue_after_another_figure).
_ATTACKED_BETWEEN = re.compile(r"\b(?:attack(?:ed|s|ing)?|struck|strikes?|striking|hit|hits|hitting|target(?:ed|s|ing)?|shelled|bombed|raided|stormed|assaulted)\b", re.IGNORECASE)


@functools.lru_cache(maxsize=32)
def sentence_cues(sentence: str) -> dict[str, tuple]:
    """Every cue of a sentence by the kind of figure it can govern, found once per sentence."""
    # "lost 40 percent of the territory they seized": a verb in a clause describing the
    # land says how it was got, not what this figure did.
    gain = tuple((m.start(), "gain") for m in lx.LIBERATED_RE.finditer(sentence)
                 if not _LAND_CLAUSE_BEFORE.search(sentence, max(0, m.start() - 40), m.start())
                 and not lx.LOST_BEFORE_GAIN.search(sentence, max(0, m.start() - 30), m.start()))
    ceded = tuple((m.start(), "lost") for m in _CEDED.finditer(sentence))
    # "has" and "have" mean possession only right before what is had ("Russia has 3,000
    # tanks"); as auxiliaries ("has lost", "have increased") they say nothing.
    # "Western-supplied equipment": a verb inside a compound adjective describes the items.
    # "shot down 10 missiles fired from the Caspian Sea, 23 drones ...": "fired" right after the
    # missiles describes them, and says nothing of the drones listed after.
    others = tuple((m.start(), "other") for m in lx.NOT_A_LOSS_RE.finditer(sentence)
                   if (m.group().lower() not in ("has", "have", "had") or _POSSESSED.match(sentence, m.end())) and sentence[m.start() - 1:m.start()] != "-"
                   and not (_PLURAL_NOUN_BEFORE.search(sentence, max(0, m.start() - 30), m.start()) and _DESCRIBING_PARTICIPLE.match(sentence, m.start())
                        and lx.LOSS_RE.search(sentence, 0, m.start()))
                   # "90,000 soldiers, volunteers, mobilised men and convicts have been killed":
                   # a participle in a list, right before the people it describes, is no verb.
                   and not (_LISTED_BEFORE.search(sentence, max(0, m.start() - 8), m.start()) and _PEOPLE_AFTER.match(sentence, m.end())))
    # "since Moscow deployed its troops": a verb of sending in a clause of time says when.
    others = tuple(c for c in others if not _TIME_CLAUSE_BEFORE.search(sentence, max(0, c[0] - 40), c[0]))
    fled = tuple((m.start(), "fled") for m in lx.FLED_RE.finditer(sentence))
    losses = list(lx.LOSS_RE.finditer(sentence))
    # "two missiles were not destroyed", "20 drones struck 14 locations": a verb of loss negated,
    # or weapons striking, says nothing was lost (a cue of kind "other").
    not_lost = [m for m in losses if _NEGATED_BEFORE.search(sentence, max(0, m.start() - 25), m.start())
                or _HIT.fullmatch(m.group()) and _WEAPONS_STRIKING.search(sentence, max(0, m.start() - 45), m.start())]
    if not_lost:
        others += tuple((m.start(), "other") for m in not_lost)
        losses = [m for m in losses if m not in not_lost]
    # "35 drones launched by Russia killed a woman": for the weapons, a verb harming people after
    # them says they struck, not that they were lost; the people they killed are still lost (rule weapons_harming).
    harming = [m for m in losses if _HARMED_PEOPLE.fullmatch(m.group()) and _WEAPONS_HARMING.search(sentence, max(0, m.start() - 60), m.start())]
    loss = tuple((m.start(), "other" if m in harming else "loss") for m in losses)
    personnel_loss = tuple((m.start(), "loss") for m in losses if not _NOT_PERSONNEL_LOSS.match(m.group()))
    # "983 Russians were taken prisoner", "41 soldiers surrendered": soldiers lost as prisoners.
    personnel_loss += tuple((m.start(), "loss") for m in lx.CAPTIVE_RE.finditer(sentence))
    # "600 troops would have fallen over the past day": fallen soldiers died (rule fallen).
    personnel_loss += tuple((m.start(), "loss") for m in lx.FALLEN_RE.finditer(sentence))
    stolen = tuple((m.start(), "stolen") for m in lx.STOLEN_RE.finditer(sentence))
    land = gain + ceded
    return {"area": land, "settlement": land, "personnel": others + fled + personnel_loss, "item": others + stolen + fled + loss}


def metric_of(fig: Figure, starts: list[int], sentence: str, mates: frozenset = frozenset()) -> tuple[str | None, str]:
    """The ledger metric of a figure (None: it counts nothing the ledger holds) and the rule that gave it."""
    if _FORECAST_BEFORE.search(sentence, max(0, fig.start - 70), fig.start):
        return None, "forecast"  # "casualties are expected to continue averaging over 1,000 per day": a forecast, no claim
    if fig.kind == "personnel" and lx.LOSS_NOUNS.match(fig.unit_raw.split()[-1] if fig.unit_raw else ""):
        return "personnel_losses", "loss_noun"  # "824 victims", "36 bodies"
    if fig.tally:
        return _METRIC_OF_CUE[fig.kind].get("loss"), "tally_line"  # "tanks – 3,900 (+5)": a tally of losses
    if fig.kind == "item" and _ALL_OF_WHICH.match(sentence, fig.noun_end):
        return "equipment_losses", "all_of_which"  # "launched 20 Shaheds overnight, all of which were shot down"
    if fig.kind == "item" and _NOT_LOST_AFTER.match(sentence, fig.noun_end):
        return None, "not_lost"  # "the two missiles that were not destroyed": nothing was lost
    if (fig.kind == "item" and fig.item_class in lx.CIVILIAN_CLASSES and _HOMES_HIT.search(sentence)
            and not lx.MILITARY_CONTEXT.search(sentence) and not lx.MILITARY_MAKES_RE.search(fig.unit_raw)):
        return None, "civilian_property"  # "windows were shattered in nine flats, and a car was damaged": a strike's harm to homes, no loss
    if fig.kind == "item" and _FAILED_TO_STOP_BEFORE.search(sentence, max(0, fig.start - 50), fig.start):
        return None, "got_through"  # "air defences failed to stop only four drones": those got through, not lost
    if fig.kind == "item" and _DID_NOT_REACH_AFTER.match(sentence, fig.noun_end):
        return None, "did_not_reach"  # "39 others did not reach their targets": missed, not lost
    if fig.kind == "item" and _REACHED_TARGET_AFTER.match(sentence, fig.noun_end):
        return None, "reached_target"  # "while 27 reached their targets": they struck, not said to be lost
    if fig.kind == "item" and _WENT_AWAY_AFTER.match(sentence, fig.noun_end):
        return None, "went_away"  # "one drone returned to Russian territory", "two flew off toward Belarus": not lost
    if fig.kind == "item" and _KEPT_AFTER.match(sentence, fig.noun_end) and _WHERE_BEFORE.search(sentence, max(0, fig.start - 30), fig.start):
        return None, "kept_there"  # "where 400 drones were stored": where they were, not a loss
    if fig.kind == "item" and _ATTACKED_WITH.search(sentence, max(0, min(mates | {fig.start}) - 80), min(mates | {fig.start})):
        return None, "attacked_with"  # "struck Kyiv with 40 drones and 6 missiles": the weapons used, not lost
    if fig.kind == "area" and _EXTENT_BEFORE.search(sentence, max(0, fig.start - 60), fig.start):
        return None, "extent_of_a_place"  # "the Bryansk region, which covers some 34,900 km²": a size, not land taken
    if fig.kind == "area" and _SIZE_OF_A_PLACE_BEFORE.search(sentence, max(0, fig.start - 60), fig.start):
        return None, "size_of_a_place"  # "a country of 230,000 sq mi", "the region that covers 29,900 km²": a size, not land taken
    if fig.kind == "personnel" and _FORCE_STRENGTH_BEFORE.search(sentence, max(0, fig.start - 60), fig.start):
        return None, "strength_of_a_force"  # "the armed forces numbered about 200,000 people": a force's size, not a loss
    kind, rule = governing_cue(fig, starts, list(sentence_cues(sentence)[fig.kind]), mates, sentence)
    if kind is None and fig.breakdown:
        return "equipment_losses", "breakdown_of_losses"  # "28 units were destroyed. In particular, 13 tanks, ...": the parts lost
    if fig.kind == "item" and fig.item_origin == "civilian" and kind in (None, "loss", "other") and lx.TAKEN_AWAY_RE.search(sentence):
        return "vehicles_stolen", "civilian_machinery_taken"  # "the seizure of two combines, a tractor and a seed drill"
    if fig.kind == "item" and kind == "fled" and fig.item_class not in lx.VEHICLE_CLASSES:
        kind = "loss"  # aircraft, drones, artillery do not flee: they are left behind
    return _METRIC_OF_CUE[fig.kind].get(kind), rule


#: Before a figure in its clause, a forecast ("is expected to continue averaging", "are likely to reach"); not
#: "is likely to have lost" nor "are expected to number", estimates of what was (rule forecast).
_FORECAST_BEFORE = re.compile(r"\b(?:is|are)\s+(?:expected|projected|forecast|predicted|likely)\s+to\s+(?:continue|reach|rise|grow|climb|exceed|increase|remain|top|surpass|hit)\b[^.;,:\d]{0,50}$", re.IGNORECASE)
#: Homes and their windows harmed in the same sentence: cars and other vehicles there are residents' (rule civilian_property).
_HOMES_HIT = re.compile(r"\b(?:apartments?|windows?|houses?|homes?|residential|private\s+(?:houses?|homes?)|garages?|roofs?)\b", re.IGNORECASE)
#: Right before items, a verb of stopping them negated: the items got through ("failed to stop only
#: four drones", "could not intercept two missiles"; rule got_through).
_FAILED_TO_STOP_BEFORE = re.compile(rf"\b(?:failed\s+to|could\s+not|couldn't|did\s+not|didn't|were\s+unable\s+to|was\s+unable\s+to)\s+(?:stop|intercept|down|shoot\s+down|destroy|neutrali[sz]e)\s+(?:only\s+|just\s+)?(?:{lx.QUALIFIER_WORDS})?$", re.IGNORECASE)


#: A verb of attack, then "with" or "using" right before the figure (or the first of its list):
#: what follows are the weapons the attack was made with ("attacked Ukraine overnight with
#: 96 drones", "struck the city using 3,000 glide bombs"); so are those a place was "hit by".
_ATTACKED_WITH = re.compile(rf"\b(?:attack\w*|struck|strik\w*|hit|targeted|shell\w*|pound\w*|bombard\w*|assault\w*|raid\w*)\b[^.;:]{{0,50}}?"
                            rf"(?<!along\s)(?<!together\s)\b(?:with|using|involving)\s+{lx.QUALIFIER_WORDS}$"
                            rf"|\b(?:hit|struck|attacked|targeted|shelled|bombarded)\s+by\s+{lx.QUALIFIER_WORDS}$", re.IGNORECASE)
#: A relative clause that gives a place's size right before the figure (see lexicon.EXTENT).
_EXTENT_BEFORE = re.compile(rf",\s+(?:which|that)\s+(?:(?:\w+ly|now|still|also)\s+)?(?:{lx.EXTENT})\s+{lx.QUALIFIER_WORDS}$", re.IGNORECASE)
#: A place named by its kind, then its size ("a country of 230,000 sq mi", "the region that covers
#: 29,900 km²", no comma needed where the noun is a kind of place).
_SIZE_OF_A_PLACE_BEFORE = re.compile(rf"\b(?:an?|the|whole|entire)\s+(?:country|nation|state|region|oblast|province|district|peninsula|island)\s+"
                                     rf"(?:of|(?:which|that)\s+(?:(?:\w+ly|now|still|also)\s+)?(?:{lx.EXTENT}))\s+{lx.QUALIFIER_WORDS}$", re.IGNORECASE)
#: A force as the subject of "numbered" right before the figure ("the armed forces numbered about
#: 200,000 people", "a grouping numbering 50,000 troops"): its strength, not people lost.
_FORCE_STRENGTH_BEFORE = re.compile(rf"\b(?:{lx.FORCE_NOUNS})\s+(?:(?:\w+ly|then|now|still|once|had|has|have)\s+)?(?:numbered|numbering|numbers)\s+{lx.QUALIFIER_WORDS}$", re.IGNORECASE)
#: After the counted items, a verb of loss negated ("two missiles (that) were not shot down").
_NOT_LOST_AFTER = re.compile(rf"\s+(?:that\s+|which\s+)?(?:were|was|have|has|had)\s+(?:\w+ly\s+)?(?:not|never|n['’]t)\s+(?:been\s+)?(?:\w+ly\s+)?(?:{lx.ALL_LOST}|lost|hit)\b", re.IGNORECASE)
#: After counted weapons, a verb that says they did not reach a target ("39 others did not reach
#: their targets", "five drones failed to reach Kyiv"): missed, not said to be lost (rule did_not_reach).
_DID_NOT_REACH_AFTER = re.compile(r"\s+(?:(?:others?|more)\s+)?(?:(?:that|which)\s+)?(?:did\s+not|didn['’]t|failed\s+to|could\s+not|couldn['’]t|never)\s+(?:\w+ly\s+)?reach", re.IGNORECASE)
#: After counted weapons, a verb that says they reached or hit their targets ("while 27 reached
#: their targets", "12 drones hit their targets"): they struck, not said to be lost (rule reached_target).
_REACHED_TARGET_AFTER = re.compile(r"\s+(?:(?:others?|more)\s+)?(?:(?:that|which)\s+)?(?:(?:have|has|had)\s+)?(?:\w+ly\s+)?(?:reached|hit|struck)\s+(?:their|its|the)\s+(?:intended\s+)?targets?\b", re.IGNORECASE)
#: After counted items, a verb of keeping ("a base where 400 drones were reportedly stored"): where
#: they were, not that they were lost (rule kept_there).
_KEPT_AFTER = re.compile(r"\s+(?:(?:that|which)\s+)?(?:were|was|are|is|had\s+been|have\s+been)\s+(?:\w+ly\s+)?(?:being\s+)?(?:stored|kept|housed|parked|stationed|based|located|hidden)\b", re.IGNORECASE)
_WHERE_BEFORE = re.compile(r"\b(?:where|in\s+which|at\s+which)\s+(?:up\s+to\s+|about\s+|around\s+|some\s+|over\s+|more\s+than\s+|nearly\s+)?$", re.IGNORECASE)
#: After counted weapons, a verb that says they went elsewhere ("one drone returned to Russian
#: territory", "two flew towards Belarus", "22 drones disappeared"): not said to be lost (rule went_away).
_WENT_AWAY_AFTER = re.compile(r"\s+(?:(?:that|which)\s+)?(?:(?:have|has|had)\s+)?(?:\w+ly\s+)?(?:returned\s+(?:to|back|home)|flew\s+(?:back|off|away|out|into|in\s+the\s+direction|to(?:wards?)?)|veered|headed\s+(?:back|to|towards?|for)|"
                             r"left\s+(?:(?:the\s+)?(?:Ukrainian|Russian)\s+)?(?:airspace|the\s+airspace|for|towards?)|went\s+(?:back|towards?|into|missing)|disappeared|vanished)\b", re.IGNORECASE)
_UP_TO_A_NUMBER = re.compile(r"[^\d,;]*")
_INCLUDING_ASIDE = re.compile(r",\s+(?:including|among\s+them)\s+[^,.;\d]{1,40},", re.IGNORECASE)
#: The count kinds as verbs written right before the figure, a qualifier between ("killed more than 50").
_KIND_VERB_BEFORE = [(re.compile(rf"\b(?:{p})\s+{lx.QUALIFIER_WORDS}$", re.IGNORECASE), kind, rule) for p, kind, rule in lx.COUNT_KINDS]
#: Items launched, "all of which were shot down": every one of them is lost.
_ALL_OF_WHICH = re.compile(rf"[^.;\d]{{0,40}}?(?:,\s*|\s+and\s+(?:that\s+)?)all\s+of\s+(?:which|them)\s+(?:were|was|have\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:{lx.ALL_LOST})\b", re.IGNORECASE)


_INCLUDES_WOUNDED = re.compile(r"\s*[,(]\s*(?:including|incl\.|among\s+them)\s+(?:the\s+)?(?:soldiers\s+|troops\s+)?(?:wounded|injured)\b", re.IGNORECASE)


def count_kind(fig: Figure, sentence: str) -> tuple[str, str]:
    """What a count of people lost counts, and the rule that said so.

    Looked for in the counted noun and the words right after it ("490 servicemen killed and
    wounded", "45,000 were injured"), then in the few words before the figure ("irretrievable
    losses amounted to"); "casualties" where nothing narrower is said.
    """
    # "a total of 15,000, including the wounded and missing": a total that holds the wounded counts casualties.
    if _INCLUDES_WOUNDED.match(sentence, fig.noun_end):
        return "casualties", "total_includes_wounded"
    # A verb right before the figure is its own ("killed 50 soldiers and injured 120 others": 50 killed).
    for pattern, kind, rule in _KIND_VERB_BEFORE:
        if pattern.search(sentence, max(0, fig.start - 60), fig.start):
            return kind, rule
    # The words after the figure, up to the next number or clause ("killed 12 soldiers and 30 others were injured").
    # "265 soldiers, including several dozen wounded, surrendered": the aside is a part; the verb after it is the figure's.
    aside = _INCLUDING_ASIDE.match(sentence, fig.noun_end)
    after = aside.end() if aside else fig.noun_end
    windows = [fig.unit_raw + " " + _UP_TO_A_NUMBER.match(sentence, after, after + 40).group(), sentence[max(0, fig.start - 50):fig.start]]
    for text in windows:
        # The nearest word wins within a window: "losses ... killed" after the figure is read in order.
        hits = [(m.start(), m.end(), kind, rule) for pattern, kind, rule in lx.COUNT_KIND_RES for m in [pattern.search(text)] if m]
        if hits:
            # The phrase nearest the figure wins, the longer of two that meet it at one point
            # ("killed or wounded 1,300": casualties, not the "wounded" inside it).
            best = min(hits, key=lambda h: (h[0], -h[1])) if text is windows[0] else max(hits, key=lambda h: (h[1], -h[0]))
            return best[2], best[3]
    return "casualties", "losses_not_narrowed"


def item_origin(fig: Figure, metric: str, sentence: str) -> tuple[str, str]:
    """The item class a figure counts (for item metrics) and whether the items are military or civilian."""
    item_class = fig.item_class if metric in ITEM_METRICS else None
    if not item_class:
        return "", ""
    origin = fig.item_origin
    if lx.MILITARY_MAKES_RE.search(fig.unit_raw) or item_class not in lx.CIVILIAN_CLASSES:
        origin = "military"
    if metric == "vehicles_stolen" or lx.CIVILIAN_MARKS_RE.search(fig.unit_raw + " " + sentence[fig.noun_end:fig.noun_end + 20]):
        origin = "civilian" if item_class in lx.CIVILIAN_CLASSES else origin
    return item_class, origin or ""


# Every pattern above skips, at one character's cost, the places where it cannot start (see .guard).
guard.patterns(globals())
# The word alternations each sentence with figures is searched with run on the lower-cased text (see .guard).
guard.lower_case(globals(), "_CEDED", "_LAND_CLAUSE_BEFORE")
