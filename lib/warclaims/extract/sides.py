"""Whose figure it is: the side that loses, gains, flees or steals what a figure counts.

The side is told from the sentence, never guessed from who speaks: a Russian ministry
reporting Ukrainian losses counts Ukrainian losses, and "Kyiv lost 120 troops" counts
Ukraine's. Where the sentence does not say, the side is ``unknown``. The speaker's side
is used only where the text itself points at the speaker or away from it ("enemy losses",
"our troops", "liberated" in the speaker's own words).

Each rule is a named function; :data:`RULES` runs them in order and the first that
answers decides, so a reviewer can see which rule gave the side.
"""
from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, field

from . import guard
from ..places import place_index
from ..vocabulary import LOSS_METRICS
from . import lexicon as lx

#: Loss metrics, and figures whose metric is not yet told (they may be losses).
LOSS_OR_OTHER = LOSS_METRICS | {"other"}

OPPOSITE = {"ukraine": "russia", "russia": "ukraine"}
UNKNOWN = "unknown"

_ASIDE = re.compile(rf"[–—][^–—]{{0,120}}[–—]|\((?!\s*(?:the\s+)?(?:{lx.RUSSIAN}|{lx.UKRAINIAN})(?:\s+(?:forces|troops|army|military))?\s*\))[^()]{{0,120}}\)|{lx.SIDE_NAMED_OUTLETS}"
                    # ("(Russia) have lost ...": a side put in brackets into a quote is its subject, no aside)
                    # A participle clause set off by commas (", while repelling the enemy's attacks,"): its
                    # object is no subject of the verb after it (rule verb_of_loss, participle aside).
                    r"|(?<=,)\s+(?:while|whilst|when|after|before)\s+[a-z]+ing\b[^,;.:]{0,80}(?=,)")
_ENEMY = re.compile(r"^(?:enemy|hostile|adversar|aggressor)", re.IGNORECASE)
_AGGRESSOR = re.compile(r"^aggressor", re.IGNORECASE)
_AGENT_VERBS = re.compile(rf"\b(?:{lx.AGENT_VERBS})\b", re.IGNORECASE)
_PATIENT_VERBS = re.compile(rf"\b(?:{lx.PATIENT_VERBS})\b", re.IGNORECASE)
#: Either kind of verb of loss, found in one pass.
_LOSS_VERBS = re.compile(f"{_AGENT_VERBS.pattern}|{_PATIENT_VERBS.pattern}", re.IGNORECASE)
_SIMPLE_PAST = re.compile(r"(?:stole|took|retook|withdrew|ran|drove|fled|retreated|escaped)\b", re.IGNORECASE)
_PASSIVE = re.compile(r"(?:\b(?:was|were|been|being|is|are|be)\s+(?:also\s+|reportedly\s+|likely\s+|probably\s+)?)$", re.IGNORECASE)
_NOUN_BEFORE = re.compile(rf"(?:{lx.PERSONNEL}|vehicles|tanks|equipment|aircraft|helicopters|drones|units)\s+$", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[;:]|,\s+(?:while|whereas|but|and|which)\b|\b(?:while|whereas|but)\b", re.IGNORECASE)
#: A possessive in the figure's own phrase ("of its troops", "our soldiers").
_POSSESSIVE = re.compile(r"\b(?P<own>our|my)\b|\b(?P<other>its|his|her|their)\b", re.IGNORECASE)
#: After the counted noun, whose they are ("casualties among Ukrainian forces").
_OF_AFTER = re.compile(r"\s*(?:of|among|from|belonging\s+to|on\s+the\s+side\s+of|in\s+the\s+ranks\s+of)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?=\S)", re.IGNORECASE)
#: After the counted noun, a relative clause naming who suffered them ("1,240 casualties (that)
#: Russian forces suffered", "the 300 tanks the Ukrainian army has lost").
_SUFFERED_BY_AFTER = re.compile(rf",?\s+(?:(?:that|which)\s+(?:[\w-]+\s+){{1,3}}?(?:said|says|claimed|claims|estimated|believes)\s+|that\s+|which\s+)?(?:the\s+)?(?P<side>{lx.RUSSIAN}|{lx.UKRAINIAN})\s+(?:[\w-]+\s+){{0,2}}?"
                                rf"(?:(?:has|have|had)\s+)?(?:\w+ly\s+)?(?:{lx.PATIENT_VERBS})\b", re.IGNORECASE)
#: After the counted noun, its verb of loss and the side it happened on ("120 soldiers were killed on the Ukrainian side").
_ON_THE_SIDE_AFTER = re.compile(rf"\s+(?:were|was|have\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:killed|wounded|injured|lost|destroyed|killed\s+(?:and|or)\s+wounded)"
                                rf"\s+on\s+the\s+(?P<side>{lx.RUSSIAN}|{lx.UKRAINIAN})\s+side\b", re.IGNORECASE)
#: A loss noun with its side before the figure ("enemy losses ... were", "put the Ukrainian casualties at";
#: "the losses inflicted by Ukrainian troops on the Russian army": whom they were inflicted on).
_LOSS_NOUN = rf"(?:{lx.LOSSES_NAMED})"
#: A word between a side and the losses it owns: not another side, nor a verb of saying
#: ("Moscow says Ukrainian losses": Ukraine's; "Moscow says losses": nobody's said), nor a verb
#: of doing it to the other side ("Russian troops inflicted 90 casualties": not Russia's).
_OWNER_GAP = rf"(?:(?!(?:{lx.RUSSIAN}|{lx.UKRAINIAN}|says|said|say|claims|claimed|reports|reported|estimates|estimated|believes|announced|stated|insists|told|{lx.AGENT_VERBS})\b)[\w'’-]+\s+)"
_SIDE_LOSSES = re.compile(rf"(?P<side>{lx.RUSSIAN}|{lx.UKRAINIAN})\s+{_OWNER_GAP}{{0,3}}?{_LOSS_NOUN}\b"
                          rf"|\b{_LOSS_NOUN}\s+(?:of|among|for|suffered\s+by|inflicted\s+(?:by\s+(?:the\s+)?(?:[\w'’-]+\s+){{1,3}}?)?on)\s+(?:the\s+)?(?:[\w-]+\s+){{0,3}}?(?P<side2>{lx.RUSSIAN}|{lx.UKRAINIAN})"
                          # "the number of deaths on the Russian side could range from": the side the losses are on.
                          rf"|\b{_LOSS_NOUN}\s+on\s+the\s+(?P<side4>{lx.RUSSIAN}|{lx.UKRAINIAN})\s+side\b(?!\s+of\b)"
                          rf"|\b(?:dead|killed|fallen|slain|wounded|injured)(?:\s+(?:and|or)\s+(?:dead|killed|wounded|injured|missing|captured))?\s+(?P<side3>{lx.RUSSIAN}|{lx.UKRAINIAN})\s+(?:soldiers|troops|servicemen|personnel)",
                          re.IGNORECASE)
#: A side that lost ("the Russian military has reportedly lost"), for the list that follows.
_SIDE_LOST = re.compile(rf"(?P<side>{lx.RUSSIAN}|{lx.UKRAINIAN})\s+(?:(?:military|army|forces|troops|armed\s+forces)\s+)?(?:(?:soldiers|servicemen|formations|units)\s+)?(?:(?:is|was|are|were)\s+(?:said|believed|estimated|thought|reported)\s+to\s+)?(?:(?:has|have|had)\s+)?(?:\w+ly\s+)?(?:also\s+)?(?:lost|loses|suffered|suffers|abandoned|sustained|incurred|endured|"
                        r"(?:had|has|have)(?:\s+seen)?(?=\s+(?:(?:a\s+total\s+of|about|around|some|over|roughly|approximately|almost|an\s+estimated|more\s+than|at\s+least|nearly|close\s+to|up\s+to)\s*)?"
                        r"(?:$|\d[^.;]{0,25}\b(?:casualties|losses|dead|killed|wounded))))\b", re.IGNORECASE)
#: Verbs that mean the speaker's own side took ground, whoever speaks ("liberated", "freed").
_LIBERATION = re.compile(rf"\b(?:{lx.LIBERATION})\b", re.IGNORECASE)
_GAIN_VERBS = re.compile(rf"\b(?:{lx.LIBERATED})", re.IGNORECASE)
_LOST_LAND = re.compile(rf"\b(?:{lx.LAND_LOST})\b", re.IGNORECASE)
_SIDE_RE = re.compile(rf"\b(?:{lx.RUSSIAN}|{lx.UKRAINIAN})\b", re.IGNORECASE)


_SOLDIERS_OF_A_SIDE = re.compile(rf"\b(?P<side>{lx.RUSSIAN}|{lx.UKRAINIAN})\s+(?:soldiers|troops|forces|servicemen|units|army|military)\b", re.IGNORECASE)




@dataclass
class SideContext:
    """What earlier sentences said about whose losses are being listed ("Enemy losses:")."""

    losses_side: str | None = None
    paragraph_losses_side: str | None = None
    #: The side of who named those losses (None when not told): another side's speaker lists its own.
    losses_speaker: str | None = None
    land_side: str | None = None
    #: The side named in the paragraph's last sentence about soldiers ("Russian soldiers occupying
    #: Svatove. The troops fled in four trucks").
    paragraph_movers_side: str | None = None
    #: The side of the article's last loss figure and the side of who gave it, kept across
    #: paragraphs for a list that goes on in the next one ("The ministry also said ...").
    article_losses_side: str | None = None
    article_losses_speaker: str | None = None
    #: Paragraphs begun since that figure: a list goes on only over one paragraph between at most.
    paragraphs_since_losses: int = 0
    #: (start, metric, side) of the figures of the sentence decided so far, in order.
    sentence_sides: list = field(default_factory=list)
    #: The side the sentence before said had a number of items ("Ukraine had some 125 jets").
    previous_owner: str | None = None

    def new_paragraph(self) -> None:
        self.paragraph_losses_side = self.paragraph_movers_side = None
        self.paragraphs_since_losses += 1

    def note_sentence(self, sentence: str, claimant_side: str | None) -> None:
        # "Ukraine had some 125 jets ...": whose items a next "90 of those aircraft" counts.
        owned = _SIDE_HAD_ITEMS.search(sentence) if " had " in sentence or " has " in sentence or " have " in sentence else None
        self.previous_owner = side_of_word(owned.group("side"), claimant_side) if owned else None
        low = guard.lowered(sentence) or sentence.lower()
        if not any(w in low for w in ("soldiers", "troops", "forces", "servicemen", "units", "army", "military")):
            return
        found = [m for m in _SOLDIERS_OF_A_SIDE.finditer(sentence)]
        if found:
            self.paragraph_movers_side = side_of_word(found[-1].group("side"), claimant_side)

    def note_sides(self, decided: list[tuple[str, str]], speakers: list[str | None] | None = None) -> None:
        """Remember the sides the sentence's figures were given: (metric, side), and who gave them."""
        land = set()
        for i, (metric, side) in enumerate(decided):
            if metric in LOSS_METRICS:
                # The article's last loss figure, of a side or not: a list goes on only from it.
                self.article_losses_side = side if side in OPPOSITE else None
                self.article_losses_speaker = speakers[i] if speakers and speakers[i] in OPPOSITE else None
                self.paragraphs_since_losses = 0
            if side not in OPPOSITE:
                continue
            if metric in LOSS_METRICS:
                self.paragraph_losses_side = side
            elif metric in ("territory_gained", "territory_lost", "settlements_retaken"):
                self.land_side = side
                land.add(side)
        if len(land) > 1:
            # "Russian troops took 520 km², while Ukrainian forces regained 60": a sentence about both sides'
            # land leaves no side for the next ("That is a net gain of 460 km²").
            self.land_side = None


def side_of_word(word: str, claimant_side: str | None) -> str | None:
    """The side a word names: Russia's or Ukraine's; "enemy" is the other side from the speaker's."""
    if _ENEMY.match(word):
        if claimant_side == "third_party" and _AGGRESSOR.match(word):
            # "the aggressor country lost 236,000", a third party speaking: it has no enemy of its own,
            # and the aggressor its reports name in this war is Russia (rule aggressor_told_by_a_third_party).
            return "russia"
        return OPPOSITE.get(claimant_side or "")
    if lx.RUSSIAN_RE.fullmatch(word) or lx.RUSSIAN_RE.match(word) or word == "RF":  # "RF" read with the body after it
        return "russia"
    if lx.UKRAINIAN_RE.match(word):
        return "ukraine"
    return None


def _blank_asides(text: str) -> str:
    """Asides ("– according to X –", "(...)") blanked out, offsets kept."""
    return _ASIDE.sub(lambda m: " " * len(m.group()), text)


# Each figure of a sentence asks about the same sentence: its asides, its side words and its
# verbs are found once per sentence, so a sentence of many figures costs its length, not
# its length times its figures.
@functools.lru_cache(maxsize=32)
def _blanked(sentence: str) -> str:
    return _blank_asides(sentence)


@functools.lru_cache(maxsize=32)
def _names_a_side(sentence: str) -> bool:
    return bool(_SIDE_RE.search(_blanked(sentence)))


@functools.lru_cache(maxsize=32)
def _loss_verbs(sentence: str) -> tuple[tuple, list[int], list[int]]:
    """The sentence's verbs of loss, with their ends and starts (both ascending) for bisect."""
    verbs = tuple(_LOSS_VERBS.finditer(sentence))
    return verbs, [m.end() for m in verbs], [m.start() for m in verbs]


_FIRST_PERSON = re.compile(r"\b(?:[Oo]ur|[Ww]e|us|I)\b")  # "US" is a country; "I lost 500 men" is the speaker


def side_mentions(text: str, claimant_side: str | None) -> list[tuple[int, str | None]]:
    """(position, side) of every side word in a text; "enemy" with no speaker's side gives None;
    "our", "we" are the speaker's side when the speaker is one of the two."""
    text = _blank_asides(text)
    found = [(m.start(), side_of_word(m.group(), claimant_side)) for m in _SIDE_RE.finditer(text)]
    if claimant_side in OPPOSITE:
        found += [(m.start(), claimant_side) for m in _FIRST_PERSON.finditer(text)]
    return sorted(found)


def _names_only_the_speakers_side(text: str, claimant_side: str) -> bool:
    """Every side word of ``text`` (asides aside; "our", "we" included) is the speaker's own side, or there is none."""
    return {side for _, side in side_mentions(text, claimant_side)} <= {claimant_side}


def _last_side(text: str, claimant_side: str | None) -> str | None:
    found = side_mentions(text, claimant_side)
    return found[-1][1] if found else None


def _possessor_before(text: str, claimant_side: str | None) -> str | None:
    """The side "its" or "their" points back to: the last side named before, but not one that is
    what a figure counts ("Ukrainian officials said 5,300 Russian troops were killed and 816 APCs
    destroyed by their armed forces": Ukraine's forces; the Russian troops are the ones lost)."""
    counted = {m.start("side") for m in _COUNTED_SIDE.finditer(_blank_asides(text))}
    found = [(pos, side) for pos, side in side_mentions(text, claimant_side) if pos not in counted]
    return found[-1][1] if found else None


#: A side word governed by a preposition ("pushed into Russian lines", "fighting against Ukrainian
#: forces"): an object of the clause, not who did what its verb says.
_AFTER_PREPOSITION = re.compile(r"\b(?:in|into|from|against|toward|towards|near|behind|through|across|along|on|at|with|inside|beyond)\s+(?:the\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE)


#: Land, then "of" before a side word ("3,700 km² of Ukrainian territory", "land of Russia's Bryansk
#: region"): whose land it is, not who took it ("the Armed Forces of Ukraine" still names the subject).
_LAND_OF = re.compile(r"\b(?:territory|territories|land|lands|soil|ground|area|areas|square\s+(?:kilomet(?:er|re)s|miles)|km2|km²|sq\.?\s*(?:km|mi)\w*|hectares|settlements|villages)\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE)


#: A verb in the past right before a side word, which is then its object ("penetrated |Russian
#: lines"); not a verb of saying or thinking ("claimed Ukrainian troops had"), nor an adjective.
_VERB_BEFORE_OBJECT = re.compile(r"(?<![\w-])(?!(?:claimed|reported|announced|stated|estimated|confirmed|added|noted|acknowledged|admitted|warned|alleged|insisted|believed|assessed|argued|"
                                 r"suggested|indicated|showed|revealed|denied|expected|feared|hoped|combined|allied|armed|advanced|trained|based|backed|led|supplied|equipped)\b)[a-z]+ed\s+(?:the\s+)?$")


def _subject_of_clause(clause: str, claimant_side: str | None, first: bool = False) -> str | None:
    """The side of the clause's subject: its last side word that no preposition governs
    ("Ukrainian forces pushed into Russian lines and liberated": Ukraine's), else its last side
    word; with ``first``, its first such word (the main clause's subject)."""
    # A side word right after a figure is in what a verb before counted ("kill 600 Russian troops,
    # destroy 15 tanks"): an object, never the subject of the verb that follows.
    found = [(pos, side) for pos, side in side_mentions(clause, claimant_side)
             if not (_COUNT_BEFORE.search(clause, max(0, pos - 25), pos) and not _YEAR_BEFORE.search(clause, max(0, pos - 30), pos))
             and not _LAND_OF.search(clause, max(0, pos - 40), pos)]
    # "in Ukraine's Sumy border region": a country owning a place after "in" names where, never who.
    found = [(pos, side) for pos, side in found if not (_PLACE_OWNER_AFTER.match(clause, pos) and _IN_BEFORE.search(clause, max(0, pos - 12), pos))]
    # "that in Ukraine 300 settlements have been liberated": a country named after "in" is where (rule country_as_place).
    found = [(pos, side) for pos, side in found if not _in_a_country(clause, pos)]
    # "Southern Ukraine: 187 km² captured": a part of a country named by its compass point is a place.
    found = [(pos, side) for pos, side in found if not _a_country_part(clause, pos)]
    # "the Ukrainian army fighting Russia has lost": the side fought is never the subject (rule side as an object).
    found = [(pos, side) for pos, side in found if not _FOUGHT_BEFORE.search(clause, max(0, pos - 30), pos)]
    free = [(pos, side) for pos, side in found if not _AFTER_PREPOSITION.search(clause, max(0, pos - 30), pos)]
    # "units of the Yug battlegroup repelled ...": a side's grouping of forces opening the clause
    # is its subject (rule battlegroup); "in battles with the Yug battlegroup" is not.
    free = sorted(free + _battlegroup_subjects(clause))
    if len(free) > 1:
        # "Ukrainian troops have penetrated Russian lines and captured": a side word right after a
        # verb of the subject named before is that verb's object (rule land_verb, object of a verb).
        free = [free[0]] + [(pos, side) for pos, side in free[1:]
                            if not (side != free[0][1] and _VERB_BEFORE_OBJECT.search(clause, max(0, pos - 30), pos)
                                    and re.search(r"\band\s", clause[pos:]))]  # not "conceded Ukrainian forces captured"
    if first and free:
        return free[0][1]
    if free and _joined_to_the_other_side(clause, *free[-1], claimant_side):
        return None  # "Both Russia and Ukraine have lost": no one side is the subject
    if not free and _PRONOUN_SUBJECT_ENDS.search(clause):
        # "during their counteroffensive against occupying Russian forces they have liberated": the
        # pronoun is the verb's subject; a side a preposition governs is not (rule pronoun_subject).
        return None
    return free[-1][1] if free else (found[-1][1] if found else None)


def _battlegroups(text: str) -> list[tuple[int, str]]:
    """(position, side) of every grouping of forces a text names ("the Tsentr battlegroup")."""
    return [(m.start(), side) for side, pattern in lx.BATTLEGROUPS.items() for m in pattern.finditer(text)]


#: What may stand between a clause's start and a grouping of forces that is its subject: "units
#: of the", "Russia's", an opening phrase ("Over the past day, the").
_BEFORE_GROUP_SUBJECT = re.compile(r"^\s*(?:the\s+)?(?:(?:units?|troops|forces|formations|servicemen|soldiers|fighters|crews|assault\s+(?:groups|units|detachments))\s+of\s+(?:the\s+)?)?"
                                   r"(?:Russia['’]s\s+|Russian\s+|Ukraine['’]s\s+|Ukrainian\s+)?$", re.IGNORECASE)
#: Where a clause's subject may begin: the sentence's start, a comma, a conjunction.
_SUBJECT_OPENS = re.compile(r"[,;:]|\b(?:and|while|whilst|whereas|but|meanwhile|that|as)\b", re.IGNORECASE)


def _battlegroup_subjects(clause: str) -> list[tuple[int, str]]:
    """Groupings of forces that open a clause of ``clause`` as its subject (rule battlegroup)."""
    if "roup" not in clause:
        return []
    found = []
    for pos, side in _battlegroups(clause):
        opens = [m.end() for m in _SUBJECT_OPENS.finditer(clause, 0, pos)]
        if _BEFORE_GROUP_SUBJECT.match(clause[opens[-1] if opens else 0:pos]):
            found.append((pos, side))
    return found


#: A country's or its capital's bare name ("Ukraine", "Moscow"; not "Ukraine's" or "Ukrainian")
#: and "in" before it: a place, no side ("Russian troops in Ukraine have lost", "the war in Ukraine").
_COUNTRY_NAME = re.compile(rf"(?:{lx.COUNTRIES_AND_CAPITALS})\b(?!['’ʼ])")
_IN_COUNTRY_BEFORE = re.compile(r"\b(?:in|inside|across|throughout|within)\s+(?:the\s+)?$", re.IGNORECASE)


def _in_a_country(text: str, pos: int) -> bool:
    """The side word at ``pos`` is a country's name after "in" ("the conflict in |Ukraine")."""
    return bool(_COUNTRY_NAME.match(text, pos) and _IN_COUNTRY_BEFORE.search(text, max(0, pos - 12), pos))


#: A country's name with a possessive ("Ukraine's"), and "in" or "near" before it: a place.
_PLACE_OWNER_AFTER = re.compile(r"[\w-]+['’]s\s+(?:[A-Z][\w-]+|(?i:(?:(?:north|south)?(?:east|west)ern\s+|northern\s+|southern\s+)?(?:border\s+)?(?:regions?|oblasts?|provinces?|territory|east|west|north|south|border|city|town|village))\b)")
_IN_BEFORE = re.compile(r"\b(?:in|near|inside|across|throughout)\s+$", re.IGNORECASE)
#: A compass point before a country's name ("southern Ukraine", "north-eastern Russia"): a part of
#: the country, a place, not the side that took or lost anything.
_COMPASS_BEFORE = re.compile(r"\b(?:(?:north|south)(?:[\s-]?(?:east|west))?(?:ern)?|east(?:ern)?|west(?:ern)?|central)\s+$", re.IGNORECASE)


def _a_country_part(text: str, pos: int) -> bool:
    """The side word at ``pos`` is a country named as a place: a part of it by its compass point
    ("Southern Ukraine"), or its possession after "in" ("in Ukraine's eastern region") (rule
    land_verb, country part)."""
    if _COUNTRY_NAME.match(text, pos) and _COMPASS_BEFORE.search(text, max(0, pos - 20), pos):
        return True
    return bool(_PLACE_OWNER_AFTER.match(text, pos) and _IN_BEFORE.search(text, max(0, pos - 12), pos))


def _joined_to_the_other_side(text: str, pos: int, side: str | None, claimant_side: str | None) -> bool:
    """The side word at ``pos`` is joined by "and" to a word of the other side ("Russia and |Ukraine")."""
    joined = _BOTH_SIDES_BEFORE.search(text, max(0, pos - 40), pos)
    return bool(joined) and side_of_word(joined.group("side"), claimant_side) not in (side, None)


def _clause_before(sentence: str, pos: int, reach: int = 90) -> tuple[int, str]:
    """The start and text of the clause that ends at ``pos`` (at most ``reach`` characters)."""
    text = _blanked(sentence)[:pos]
    # An aside blanked out ("brigades – including the 110th and 57th – have lost") does not use up the reach.
    reach += sum(len(m.group()) for m in re.finditer(r" {3,}", text[max(0, pos - 2 * reach):pos]))
    lo = max(0, pos - reach)
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(text, lo, pos)]
    lo = breaks[-1] if breaks else lo
    return lo, text[lo:pos]


_OBJECT_AFTER = re.compile(r"\s+(?:\d|(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|"
                           r"hundreds?|thousands|dozens|tens|more|over|about|around|some|nearly|almost|up\s+to|at\s+least|roughly|approximately|"
                           r"as\s+many\s+as|well\s+over|close\s+to|between)\b"
                           # "the occupiers lost the patrol ship": a definite object, not a time ("tanks destroyed the day before")
                           r"|the\s+(?!(?:day|night|morning|evening|week|month|year|previous|past|last|same|next|following|other|weekend|first|second)\b)\w)", re.IGNORECASE)


#: Right after a verb, the next count of a list ("220 killed| and 358 injured"): the verb has no object.
_NEXT_COUNT_AFTER = re.compile(r"\s*(?:,\s*|\s+(?:and|or)\s+)(?:(?:another|some|about|around|over|nearly|almost|up\s+to|more\s+than)\s+)?\d", re.IGNORECASE)
_COUNT_BEFORE = re.compile(r"(?:\d|\b(?:hundred|thousand|million|dozen))\s+(?:others?\s+|more\s+)?$", re.IGNORECASE)
#: A year written as a date or with a word of time before it ("May 9, 2025 Russia had seized",
#: "In 2021 Ukrainian troops took"): no count, so the side word after it is the clause's subject.
_YEAR_BEFORE = re.compile(rf"(?:\b(?:in|since|by|until|till|to|through|throughout|during|before|after|early|late|mid-?|end\s+of|spring|summer|autumn|fall|winter|{lx.MONTH_NAMES})\.?|\d{{1,2}},?)\s+(?:19|20)\d\d\s+$", re.IGNORECASE)


def _is_ing(verb: re.Match) -> bool:
    """A verb in -ing, a phrasal one too ("shooting down", "knocking out"; rule verb_of_loss, phrasal participle)."""
    return verb.group().split()[0].lower().endswith("ing")


def participle(sentence: str, m: re.Match) -> bool:
    """A verb used as a participle or passive ("soldiers killed", "were destroyed"): not an agent's verb."""
    if _SIMPLE_PAST.match(m.group()):
        return False  # "soldiers stole": only a past tense, never a participle
    if _OBJECT_AFTER.match(sentence, m.end()):
        return False  # "troops captured five vehicles": a verb with its object is active
    if _NEXT_COUNT_AFTER.match(sentence, m.end()):
        return True  # "namely 220 in killed and 358 injured": a verb with the next count, not an object, after it describes a count
    before = sentence[max(0, m.start() - 25):m.start()]
    if _COUNT_BEFORE.search(before):
        return True  # "including 20,000 killed and 80,000 wounded": the verb describes the count before it
    # "have been losing", "were destroying": a form of "be" before an -ing verb is the progressive
    # of an active verb, not a passive (rule verb_of_loss, progressive).
    progressive = _is_ing(m)
    return bool(_NOUN_BEFORE.search(before)) or (not progressive and bool(_PASSIVE.search(before)) and not re.match(r"^\w*\s+by\b", sentence[m.start():]))


# --- the rules, in order -------------------------------------------------------------------------


def own_words(f) -> str | None:
    """A side named in the figure's own phrase: "120 Russian soldiers", "15 enemy tanks", "5,000 Russians".

    Not for land gained: "47 Ukrainian villages" says whose country the villages lie in, not
    who took them; the verb's subject does (:func:`land_verb`), else :func:`land_of_the_other_side`.
    """
    if f.metric in _GAINED_LAND:
        return None
    if f.metric in LOSS_METRICS and f.fig.unit_raw and f.fig.unit_raw.lower() not in f.sentence[f.fig.start:f.fig.noun_end + 1].lower():
        # "9,000 Russian soldiers died, while on the Ukrainian side about 3,000 were killed": a
        # figure that borrows the noun of one before it takes the side its own clause opens with,
        # not the side word of the borrowed noun (rule own_words, topic of a borrowed noun).
        topic = _SIDE_TOPIC_RIGHT_BEFORE.search(f.sentence, max(0, f.fig.start - 80), f.fig.start)
        if topic:
            return side_of_word(topic.group("side"), f.claimant_side)
        # "43,000 Russian soldiers were killed, compared with 17,500 on the Ukrainian side": the
        # side named right after the bare figure (rule own_words, side after a borrowed noun).
        after = _SIDE_AFTER_A_BARE_FIGURE.match(f.sentence, f.fig.end) or _DONE_ON_A_SIDE_AFTER.match(f.sentence, f.fig.end)
        if after:
            # ("..., while 20,000 were killed in the ranks of Wagner": what happened to it, then the side.)
            return side_of_word(_side_group(after), f.claimant_side)
    return _last_side(f.fig.modifiers + " " + f.fig.unit_raw, f.claimant_side)


def speakers_word_for_the_enemy(f) -> str | None:
    """Fighters counted by a word a side uses only of its enemy ("up to 50 nationalists were
    destroyed, Konashenkov said", "30 militants"): the other side from the speaker's, as with
    "enemy"; unknown where the speaker's side is not known."""
    if f.metric not in LOSS_OR_OTHER or f.claimant_side not in OPPOSITE:
        return None
    if not lx.WORDS_FOR_THE_ENEMYS_FIGHTERS_RE.fullmatch(f.fig.unit_raw or ""):
        return None
    return OPPOSITE[f.claimant_side]


_GAINED_LAND = ("territory_gained", "settlements_retaken")
_TAKEN = re.compile(r"\b(?:captur\w*|seiz\w*|took|taken|tak(?:es|ing)|occup(?:y|ied|ies|ying)|overr?a[nu]|conquer\w*)\b", re.IGNORECASE)


def land_of_the_other_side(f) -> str | None:
    """Places of one side "captured" or "seized", with no taker named, were taken by the other
    side ("62 Ukrainian villages were captured this year"); "liberated" ones tell nothing, as
    each side calls its own gains liberation."""
    if f.metric not in _GAINED_LAND:
        return None
    side = _last_side(f.fig.modifiers + " " + f.fig.unit_raw, f.claimant_side)
    if side not in OPPOSITE or _LIBERATION.search(f.sentence) or not _TAKEN.search(f.sentence):
        return None
    return OPPOSITE[side]


_AND_LOST_BEFORE = re.compile(r"\band\s+(?:(?:has|have|had)\s+)?(?:also\s+)?(?:lost|suffered)\s+(?:(?:another|a\s+further|an\s+additional|some|about|around|over|nearly|almost|more\s+than|at\s+least)\s+)*$", re.IGNORECASE)
_FIRST_COUNT = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|thousands?)\b", re.IGNORECASE)


def subject_lost_too(f) -> str | None:
    """A figure whose noun is the one before it, after "and lost", is the loss of the clause's
    subject, whoever's the borrowed noun named ("Ukrainian forces captured 117 Russian tanks and
    lost another 74": 74 of their own)."""
    if f.metric not in LOSS_METRICS or f.fig.noun_end > f.fig.end:
        return None
    lost = _AND_LOST_BEFORE.search(f.sentence, max(0, f.fig.start - 60), f.fig.start)
    if not lost:
        return None
    lo, clause = _clause_before(f.sentence, lost.start(), 160)
    first = _FIRST_COUNT.search(clause)
    return _subject_of_clause(clause[:first.start()] if first else clause, f.claimant_side)


#: After a figure whose noun is the one before it, what happened to it and on whose side ("..., while
#: 20,000 were killed in the ranks of Wagner", "and 300 were wounded on the Russian side"; own_words).
_DONE_ON_A_SIDE_AFTER = re.compile(rf"\s+(?:(?:were|was|have\s+been|had\s+been|are|is)\s+)?(?:\w+ly\s+)?(?:killed|wounded|injured|lost|destroyed|captured|taken\s+prisoner|missing|dead)"
                                   rf"(?:\s+(?:and|or)\s+(?:killed|wounded|injured|missing))?\s+(?:on\s+the\s+(?P<side>{lx.RUSSIAN}|{lx.UKRAINIAN})\s+side\b"
                                   rf"|(?:in\s+the\s+ranks\s+of|among|from)\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?(?P<side2>{lx.RUSSIAN}|{lx.UKRAINIAN})\b)", re.IGNORECASE)


def possessive(f) -> str | None:
    """A possessive in the figure's phrase: "our soldiers" are the speaker's, "of its troops" the possessor's."""
    m = _POSSESSIVE.search(f.fig.modifiers)
    if not m:
        return None
    if m.group("own"):
        return f.claimant_side if f.claimant_side in OPPOSITE else None
    return _last_side(f.sentence[:f.fig.start], f.claimant_side) or (f.claimant_side if f.claimant_side in OPPOSITE else None)


def whose_after(f) -> str | None:
    """The side named right after the counted noun: "casualties among Ukrainian forces", "tanks of the enemy"."""
    if f.metric not in LOSS_OR_OTHER:
        return None
    suffered = _SUFFERED_BY_AFTER.match(f.sentence, f.fig.noun_end)
    if suffered:
        return side_of_word(suffered.group("side"), f.claimant_side)  # "1,240 casualties Russian forces suffered"
    on_side = _ON_THE_SIDE_AFTER.match(f.sentence, f.fig.noun_end)
    if on_side:
        return side_of_word(on_side.group("side"), f.claimant_side)  # "120 soldiers were killed on the Ukrainian side"
    killed = _SIDE_AFTER_PARTICIPLE.match(f.sentence, f.fig.noun_end) if _PARTICIPLE_UNIT.match(f.fig.unit_raw) else None
    if killed:
        return side_of_word(killed.group("side"), f.claimant_side)  # "6,000 killed Ukrainian troops"
    abbreviation = _ABBREVIATION_AFTER.match(f.sentence, f.fig.noun_end)
    m = _OF_AFTER.match(f.sentence, abbreviation.end() if abbreviation else f.fig.noun_end)
    if not m:
        return None
    side = _SIDE_RE.match(f.sentence, m.end()) or _FORCES_OF_SIDE.match(f.sentence, m.end())
    if side and side.re is _FORCES_OF_SIDE:
        return side_of_word(side.group("side"), f.claimant_side)  # "of the armed forces of Ukraine"
    return side_of_word(side.group(), f.claimant_side) if side else None


#: After the counted noun, what happened to it, maybe a second figure with what happened to that,
#: then the side it happened on ("120,000 soldiers killed and 170,000 wounded on the Russian side",
#: "170,000 wounded on the Russian side"); not "on the Russian side of the border", a place.
_ON_A_SIDE_AFTER_THE_PAIR = re.compile(rf"(?:(?:\s+(?:(?:were|was|have\s+been|had\s+been)\s+)?(?:\w+ly\s+)?(?:killed|dead|died|wounded|injured|missing|lost)(?:\s+in\s+action)?,?)?"
                                       # (the first participle may be the figure's own noun: "120,000 killed and 180,000 injured on the Russian side")
                                       rf"\s+(?:and|with|plus)\s+(?:another\s+|a\s+further\s+)?(?:(?:between|about|around|some|up\s+to|over|more\s+than|nearly|almost)\s+)?"
                                       rf"\d[\d,. ]*(?:(?:thousand|million)\s+)?(?:(?:to|and|-|–)\s*\d[\d,. ]*(?:(?:thousand|million)\s+)?)?\s*"
                                       rf"(?:(?:were|have\s+been|had\s+been)\s+)?(?:killed|dead|wounded|injured|missing))?"
                                       rf"\s+on\s+the\s+(?P<side>{lx.RUSSIAN}|{lx.UKRAINIAN})\s+side\b(?!\s+of\b)", re.IGNORECASE)


def on_a_side_after_the_pair(f) -> str | None:
    """The side named after a pair of figures of dead and wounded ("120,000 soldiers killed and
    170,000 wounded on the Russian side"): both figures are that side's."""
    if f.metric != "personnel_losses":
        return None
    m = _ON_A_SIDE_AFTER_THE_PAIR.match(f.sentence, f.fig.noun_end)
    return side_of_word(m.group("side"), f.claimant_side) if m else None


#: The noun's abbreviation in brackets right after it ("33 unmanned aerial vehicles (UAVs) of the
#: Armed Forces of Ukraine"): whose they were comes after it (rule whose_after, past an abbreviation).
_ABBREVIATION_AFTER = re.compile(r"\s*\([A-Z][A-Za-z]{1,7}(?:['’]?s)?\)")
#: A figure counted by a participle, then whose soldiers they were ("6,000 killed Ukrainian troops").
_PARTICIPLE_UNIT = re.compile(r"(?:killed|dead|wounded|injured|captured|fallen|slain)$", re.IGNORECASE)
_SIDE_AFTER_PARTICIPLE = re.compile(rf"\s+(?P<side>{lx.RUSSIAN}|{lx.UKRAINIAN})\s+(?:[\w-]+\s+)?(?:{lx.PERSONNEL})\b", re.IGNORECASE)
#: After "of the", a side's armed forces named by their country ("soldier of the armed forces of Ukraine").
_FORCES_OF_SIDE = re.compile(rf"(?:armed\s+forces|army|military|troops|forces|navy)\s+of\s+(?:the\s+)?(?P<side>{lx.RUSSIAN}|{lx.UKRAINIAN})\b", re.IGNORECASE)


def admitted_own(f) -> str | None:
    """A side that admits the figure right before it ("The Kremlin has admitted only 4,300
    dead"): its own losses, as a government admits them."""
    if f.metric not in LOSS_METRICS:
        return None
    m = lx.SIDE_ADMITTED.search(f.sentence, max(0, f.fig.start - 80), f.fig.start)
    return side_of_word(m.group("side"), f.claimant_side) if m else None


def body_admitted_own(f) -> str | None:
    """A side's government or army that admits deaths right before the figure ("the Russian
    authorities admitted to just under 500 deaths", "Russia has acknowledged the deaths of just
    over 6,000 soldiers"): its own soldiers, as in :func:`admitted_own`."""
    if f.metric != "personnel_losses":
        return None
    m = lx.SIDE_BODY_ADMITTED.search(f.sentence, max(0, f.fig.start - 100), f.fig.start)
    return side_of_word(_side_group(m), f.claimant_side) if m else None


_HOLDS = re.compile(r"\b(?:has|have|had)$", re.IGNORECASE)
_PRISONERS = re.compile(r"(?:prisoners|POWs|captives)\b", re.IGNORECASE)


def losses_named_before(f) -> str | None:
    """A side's losses named before the figure: "Enemy losses in the past day were up to 310",
    "put the Ukrainian casualties at 66,000", "the losses of the Russian army amounted to"."""
    if f.metric not in LOSS_METRICS:
        return None
    if (toll := _toll_clause(f)) is not None and len(_sides_lost_before(f, toll) & set(OPPOSITE)) > 1:
        return None  # "Russia lost 24 tanks, while Ukraine lost 30, as the total toll neared 100,000": both sides' toll
    lo, clause = _clause_before(f.sentence, f.fig.start, 200)
    lost = [m for m in _SIDE_LOST.finditer(clause) if not _side_is_an_object(m, clause)]
    found = sorted([m for m in _SIDE_LOSSES.finditer(clause)] + lost, key=lambda m: m.end())
    found = [m for m in found if not _side_is_a_place(m, clause) and not _side_is_a_target(m, clause)]
    if not found and not _verb_in_the_item(f.sentence, lo) and (head := _head_of_a_semicolon_list(f.sentence, lo)) is not None:
        # "the losses of the Armed Forces of Ukraine have exceeded 383,000 personnel; 14,000 tanks ...;
        # 553 planes": items of a list set off by semicolons keep the losses named at its head
        # (rule losses_named_before, semicolon list).
        sides_named = {side_of_word(_side_group(m), f.claimant_side) for m in list(_SIDE_LOSSES.finditer(head)) + list(_SIDE_LOST.finditer(head))
                       if not _side_is_a_place(m, head)}
        return sides_named.pop() if len(sides_named) == 1 else None
    if not found:
        return _possessor_lost(f, lo, clause)
    m = found[-1]
    between = clause[m.end():]
    if _AGENT_VERBS.search(between) or _PATIENT_VERBS.search(between):
        return None  # "Russian losses mounted as Ukrainian forces destroyed 12 tanks": the verb decides
    if _HOLDS.search(m.group()) and _PRISONERS.match(f.fig.unit_raw):
        return None  # "Kyiv has 4,000 prisoners already captured": the side that holds them, not theirs
    if m.group().lower().endswith("seen") and not lx.LOSS_NOUNS.match((f.fig.unit_raw.split() or [""])[-1]):
        return None  # "Russia has seen 712,400 casualties", not "Ukraine has seen 400 drones shot down"
    if _joined_to_the_other_side(clause, m.start(), side_of_word(_side_group(m), f.claimant_side), f.claimant_side):
        return None  # "Both Russia and Ukraine have lost about 1,000 tanks each": neither side alone
    return side_of_word(_side_group(m), f.claimant_side)


#: An item of a list set off by semicolons: its count, what it counts, no verb of its own to speak of.
_SEMICOLON_ITEM = re.compile(rf"\s*{lx.QUALIFIER_WORDS}\d[\d,.]*(?:\s+(?:thousand|million))?\s+[^;:.!?]{{1,90}}", re.IGNORECASE)


def _verb_in_the_item(sentence: str, lo: int) -> bool:
    """The piece from ``lo`` to the next semicolon (or the end) has a verb of loss of its own ("30 drones were downed")."""
    end = sentence.find(";", lo)
    item = sentence[lo:end if end >= 0 else len(sentence)]
    return bool(_AGENT_VERBS.search(item) or _PATIENT_VERBS.search(item))


def _head_of_a_semicolon_list(sentence: str, lo: int) -> str | None:
    """The clause before the first item of a list whose items are set off by semicolons, where the
    figure's clause starts right after one; None where the pieces between are not list items."""
    if lo <= 0 or sentence[lo - 1:lo] != ";" and sentence[max(0, lo - 2):lo].strip() != ";":
        return None
    pieces = sentence[:lo].rstrip().rstrip(";").split(";")
    while len(pieces) > 1 and _SEMICOLON_ITEM.fullmatch(pieces[-1]):
        pieces.pop()
    head = pieces[-1][-200:]
    # The head holds the list's first item ("... have exceeded 383 thousand military personnel killed and wounded").
    return head if re.search(r"\d", head) else None


#: A pronoun's forces that lost, or its losses ("his forces had suffered", "its military casualties").
_POSSESSOR_LOST = re.compile(r"\b(?:its|his|their)\s+(?:own\s+)?(?:(?:forces|force|troops|army|military|armed\s+forces|soldiers|men|fighters|mercenaries|group|unit|units|country|side)\s+(?:(?:has|have|had)\s+)?(?:\w+ly\s+)?(?:also\s+)?(?:lost|suffered|sustained|incurred)\b"
                             r"|(?:(?:military|army|troop)\s+)?(?:casualties|losses|death\s+toll|loss\s+(?:figures|data|numbers|count|tally)))\b", re.IGNORECASE)


def _possessor_lost(f, lo: int, clause: str) -> str | None:
    """ "Putin acknowledged that his forces had suffered losses, including 54 tanks": the side of
    the pronoun's possessor, only where every side word before it names that one side (rule
    losses_named_before, possessor); with two sides named, whose "his" is cannot be told."""
    m = None
    for m in _POSSESSOR_LOST.finditer(clause):
        pass
    if m is None or _loss_verb_between(clause, m.end(), len(clause)) and not re.search(r"\b(?:had|have|has)\s+been\s+killed\b", clause[m.end():]):
        return None
    sides = {side for _, side in side_mentions(f.sentence[:lo + m.start()], f.claimant_side)}
    if not sides and f.claimant_side in OPPOSITE and _SAYS_OF_OWN_BEFORE.search(f.sentence, max(0, lo + m.start() - 40), lo + m.start()):
        # "Prigozhin says his force lost 20,000 fighters": the pronoun right after the speaker's own
        # verb of saying is the speaker, and no side is named before it (rule possessor_is_the_speaker).
        return f.claimant_side
    return sides.pop() if len(sides) == 1 and sides <= set(OPPOSITE) else None


#: A verb of saying right before a possessive ("says his force", "admitted that its troops").
_SAYS_OF_OWN_BEFORE = re.compile(r"\b(?:says|said|say|admits|admitted|acknowledges|acknowledged|concedes|conceded|claims|claimed|states|stated|confirms|confirmed|reveals|revealed)\s+(?:that\s+)?$", re.IGNORECASE)


#: The price of what a clause's subject did, right before the figure ("at a cost of more than
#: |420,000 casualties", "at the heavy price of", "costing them", "paying for it with").
_AT_THE_COST_OF = re.compile(rf"\b(?:at\s+(?:the|a|an)\s+(?:[\w-]+\s+)?(?:cost|price)\s+of|costing\s+(?:it|them|him)?|paying\s+(?:for\s+it\s+)?with)\s+{lx.QUALIFIER_WORDS}$", re.IGNORECASE)


def cost_of_gains(f) -> str | None:
    """Losses that are "the cost" of what the clause's subject did are that subject's own ("Russian
    forces took 4,168 km² in 2024 at the cost of more than 420,000 casualties")."""
    if f.metric not in LOSS_METRICS:
        return None
    cost = _AT_THE_COST_OF.search(f.sentence, max(0, f.fig.start - 60), f.fig.start)
    return _main_clause_subject(f, cost.start()) if cost else None


#: A superlative of cost for a side before its losses ("the most costly month of the war for Russia,
#: with a total of 48,670 casualties", "the bloodiest day for Ukraine's army, with 900 soldiers killed").
#: So does what something cost a side ("the battle also cost Kiev much of its hardware, including 9
#: warplanes").
_COSTLIEST_FOR = re.compile(rf"\b(?:deadliest|bloodiest|costliest|most\s+(?:costly|deadly|lethal)|worst)\s+(?:[\w-]+\s+){{0,5}}?for\s+(?:the\s+)?(?P<side>{lx.RUSSIAN}|{lx.UKRAINIAN})\b"
                            rf"|\bcost(?:s|ing)?\s+(?:the\s+)?(?P<side2>{lx.RUSSIAN}|{lx.UKRAINIAN})\b", re.IGNORECASE)


def costliest_for(f) -> str | None:
    """Losses after "the deadliest month for Russia" are that side's (rule costliest_for), only
    where no other side is named between the phrase and the figure."""
    if f.metric not in LOSS_METRICS or "for" not in f.sentence and "cost" not in f.sentence:
        return None
    found = list(_COSTLIEST_FOR.finditer(f.sentence, max(0, f.fig.start - 160), f.fig.start))
    if not found or _names_a_side(f.sentence[found[-1].end():f.fig.start]) or re.search(r"[.;]", f.sentence[found[-1].end():f.fig.start]):
        return None
    return side_of_word(_side_group(found[-1]), f.claimant_side)


#: A clause of the whole toll that names no side ("as the total alleged casualty figure for the
#: invasion neared 100,000 troops"), after the main clause's side that lost.
_TOLL_OPENERS = r"(?:as|while|with|and|bringing|taking|pushing)"
_TOLL_CLAUSE = re.compile(rf"^\s*{_TOLL_OPENERS}\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){{0,6}}?(?:{lx.LOSSES_NAMED}|casualty\s+figure)\b", re.IGNORECASE)
#: The comma that opens such a clause.
_CLAUSE_COMMA = re.compile(rf",\s+(?={_TOLL_OPENERS}\b)", re.IGNORECASE)


def _toll_clause(f) -> int | None:
    """Where the clause of a whole toll that holds the figure starts, if it is one and names no side."""
    if f.metric != "personnel_losses":
        return None
    opens = [m.end() for m in _CLAUSE_COMMA.finditer(f.sentence, 0, f.fig.start)]
    if not opens:
        return None
    clause = f.sentence[opens[-1]:f.fig.start]
    return opens[-1] if _TOLL_CLAUSE.match(clause) and not _SIDE_RE.search(clause) else None


def _sides_lost_before(f, lo: int) -> set:
    """The sides of the losses the sentence counted before ``lo``, as the rules decided them for its figures."""
    return {side for start, metric, side in f.context.sentence_sides if start < lo and metric in LOSS_METRICS}


def toll_of_the_main_clause(f) -> str | None:
    """The whole toll in a clause after the main one is the toll of the side the main clause says lost
    ("Russian forces lost another 24 tanks, ..., as the total alleged casualty figure for the
    invasion neared 100,000 troops"); only where the sentence names no other side (rule
    toll_of_the_main_clause)."""
    lo = _toll_clause(f)
    if lo is None:
        return None
    lost = _sides_lost_before(f, lo)
    # "..., according to figures from Ukraine's military, as ...": the source's side is who speaks
    named = _sides_not_places(_SOURCE_OF_A_SIDE.sub(_blank, f.sentence[:lo]), f.claimant_side)
    return lost.pop() if len(lost) == 1 and named <= lost else None


#: A side that had a number of items ("Ukraine had some 125 jets", "Russia has about 3,000 tanks").
_SIDE_HAD_ITEMS = re.compile(rf"(?P<side>{lx.RUSSIAN}|{lx.UKRAINIAN})\s+(?:[\w-]+\s+){{0,2}}?(?:had|has|have)\s+(?:(?:some|about|around|roughly|nearly|almost|over|more\s+than|at\s+least)\s+)?\d", re.IGNORECASE)
#: A part of the items counted before ("Around 90 |of those aircraft| have been destroyed").
_OF_THOSE_AFTER = re.compile(r"\s+of\s+(?:those|these|them|its|their)\b", re.IGNORECASE)


def part_of_those_held(f) -> str | None:
    """A part "of those" items that the sentence before said a side had is that side's ("Ukraine had
    some 125 jets ... Around 90 of those aircraft have been destroyed": Ukraine's; rule part_of_those_held)."""
    if f.metric != "equipment_losses" or f.context.previous_owner not in OPPOSITE or _names_a_side(f.sentence):
        return None
    return f.context.previous_owner if _OF_THOSE_AFTER.match(f.sentence, f.fig.end) else None


#: A report named as the source that says whose losses it counts ("according to Ukraine's regular
#: update on Russian losses"): the source's side is who speaks, the side after "on" whose losses.
_REPORT_ON_LOSSES = re.compile(rf"\b(?:update|report|tally|data|figures|count|estimates?|statistics|summary|bulletin|list)\s+(?:on|of)\s+(?:the\s+)?"
                               rf"(?P<side>{lx.RUSSIAN}|{lx.UKRAINIAN})\s+(?:[\w-]+\s+)?(?:losses|casualties)\b", re.IGNORECASE)


def report_on_losses(f) -> str | None:
    """Losses counted by a report "on Russian losses" are Russia's (rule report_on_losses), when the
    sentence names no other side's losses."""
    if f.metric not in LOSS_METRICS or "losses" not in f.sentence and "casualties" not in f.sentence:
        return None
    told = {side_of_word(m.group("side"), f.claimant_side) for m in _REPORT_ON_LOSSES.finditer(f.sentence)}
    return told.pop() if len(told) == 1 else None


#: A speaker of a side reporting its own suffering ("Ukrainian officials reported suffering serious
#: losses, with 150 casualties a day").
_REPORTED_SUFFERING = re.compile(r"\b(?:reported|reports|reporting|acknowledged|acknowledges|admitted|admits|conceded|concedes)\s+(?:that\s+(?:they|it)\s+(?:were|was|are|is)\s+)?suffering\b", re.IGNORECASE)


def reported_own_suffering(f) -> str | None:
    """Losses a side's speaker "reported suffering" are its own (rule reported_own_suffering); the
    words name the speaker as the one who suffers, which is no guess from its side."""
    if f.metric not in LOSS_METRICS or f.claimant_side not in OPPOSITE:
        return None
    m = _REPORTED_SUFFERING.search(f.sentence, 0, f.fig.start)
    if m is None or re.search(r"[.;]", f.sentence[m.end():f.fig.start]):
        return None
    return f.claimant_side if _names_only_the_speakers_side(f.sentence[m.end():f.fig.start], f.claimant_side) else None


#: Ukraine's Defence Forces as a clause's subject, then its verb ("the Defense Forces have already
#: restored control in seven settlements", "the Defence Forces destroyed 12 tanks").
_DEFENCE_FORCES_DID = re.compile(rf"{lx.UKRAINE_DEFENCE_FORCES}\s+(?:(?:have|has|had)\s+)?(?:(?:already|also|reportedly|successfully|now)\s+)?"
                                 rf"(?:(?P<land>{lx.LIBERATION})|(?P<agent>{lx.AGENT_VERBS})|(?P<patient>{lx.PATIENT_VERBS}))\b")


def ukraines_defence_forces(f) -> str | None:
    """What Ukraine's "Defense Forces" did: land they liberated is Ukraine's gain, what they
    destroyed Russia's loss, what they lost Ukraine's ("the Defense Forces restored control in
    seven settlements"). Only the clause's own verb, with no side named between it and the figure."""
    lo = max(0, f.fig.start - 120)
    found = list(_DEFENCE_FORCES_DID.finditer(f.sentence, lo, f.fig.start))
    if not found:
        return None
    m = found[-1]
    between = f.sentence[m.end():f.fig.start]
    if _SIDE_RE.search(between) or re.search(r"[.;:]|\b(?:while|whereas|but|which|who|said|says)\b", between):
        return None
    if m.group("land"):
        return "ukraine" if f.metric in ("territory_gained", "settlements_retaken") else None
    if f.metric not in LOSS_METRICS:
        return None
    return "russia" if m.group("agent") else "ukraine"


#: A side's unit or post that was hit ("a position of a Ukrainian unit", "the Russian base"), for the
#: dead counted after it ("was destroyed, with 7 servicemen killed").
_STRUCK_POST = re.compile(rf"\b(?:(?:positions?|bases?|posts?|command\s+posts?|headquarters|dugouts?|strongholds?|strongpoints?|deployment\s+points?|locations?|concentrations?|camps?|barracks|firing\s+positions?)"
                          rf"\s+of\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){{0,1}}?(?P<side>{lx.RUSSIAN}|{lx.UKRAINIAN})\s+(?:[\w-]+\s+){{0,2}}?(?:units?|brigades?|battalions?|compan(?:y|ies)|regiments?|formations?|forces|troops|army|military|group(?:ing)?s?)"
                          rf"|(?P<side2>{lx.RUSSIAN}|{lx.UKRAINIAN})\s+(?:(?:military|army|artillery)\s+)?(?:positions?|bases?|command\s+posts?|headquarters|dugouts?|strongholds?|strongpoints?|deployment\s+points?|barracks|firing\s+positions?))\b", re.IGNORECASE)
#: What joins the dead to the post's hit: "..., with 7 servicemen killed", "..., and 15 troops were killed".
_DEAD_JOINED = re.compile(r"(?:,\s*|\s+)(?:with|and)\s+(?:(?:about|around|some|up\s+to|at\s+least|over|more\s+than|nearly)\s+)?$", re.IGNORECASE)
#: Verbs that hit a post (not "captured" or "attacked": who died there is then not told).
_STRIKE_VERB = re.compile(r"\b(?:hit|struck|strikes?|destroyed|destroys|shelled|bombed|targeted|eliminated|wiped\s+out|obliterated|defeated)\b", re.IGNORECASE)
_DEAD_AFTER = re.compile(r"\s*(?:(?:were|was|have\s+been|had\s+been)\s+)?(?:\w+ly\s+)?(?:killed|dead|eliminated|wounded|injured)\b", re.IGNORECASE)


def dead_of_a_struck_post(f) -> str | None:
    """The dead counted after one side's position or unit was hit are that side's ("A position
    of a Ukrainian unit was destroyed, with 7 servicemen killed"; "Russian forces struck a base
    of a Ukrainian battalion, and 15 troops were killed"). Only with no side named between."""
    if f.metric != "personnel_losses" or not _DEAD_AFTER.match(f.sentence, f.fig.noun_end):
        return None
    text = _blanked(f.sentence)
    joined = _DEAD_JOINED.search(text, max(0, f.fig.start - 30), f.fig.start)
    if not joined:
        return None
    posts = [m for m in _STRUCK_POST.finditer(text, 0, joined.start()) if not _side_is_a_place(m, text)]
    if not posts:
        return None
    post = posts[-1]
    between = text[post.end():joined.start()]
    if _SIDE_RE.search(between) or re.search(r"[;:]|\b(?:while|whereas|but)\b", between) or not _STRIKE_VERB.search(between + " " + text[max(0, post.start() - 60):post.start()]):
        return None
    return side_of_word(_side_group(post), f.claimant_side)


#: The last item of a list, with its side, then the list's passive verb of loss ("..., as well as
#: dozens of Russian invaders have been destroyed").
_SIDE_ENDS_LIST = re.compile(rf"(?:,|\band\b|\bas\s+well\s+as\b)\s+(?:(?:[\w-]+\s+){{0,2}}?of\s+)?(?:the\s+|an?\s+)?(?P<side>{lx.RUSSIAN}|{lx.UKRAINIAN})\s+(?:[\w-]+\s+){{0,2}}?"
                             r"(?:(?:have|has|had)\s+been|were|was)\s+(?:\w+ly\s+)?(?:also\s+)?(?:destroyed|killed|eliminated|liquidated|disabled|damaged|captured|shot\s+down|downed|hit)\b", re.IGNORECASE)
#: Words that end a list's items: a verb, a clause word, a sentence's break.
_NOT_A_LIST_ITEM = re.compile(r"[.;:]|\b(?:while|whereas|but|which|that|who|said|says|reported|claimed|according)\b", re.IGNORECASE)


def side_ends_the_list(f) -> str | None:
    """Items of a list whose last item names a side, before the list's passive verb of loss,
    are that side's ("five tanks, two guns, as well as dozens of Russian invaders have been
    destroyed"). Only with nothing but list items between: no verb, no clause word, no side."""
    if f.metric not in ("personnel_losses", "equipment_losses"):
        return None
    text = _blanked(f.sentence)
    end = _SIDE_ENDS_LIST.search(text, f.fig.noun_end, f.fig.noun_end + 220)
    if not end:
        return None
    between = text[f.fig.noun_end:end.start("side")]
    if _NOT_A_LIST_ITEM.search(between) or _LOSS_VERBS.search(between) or _SIDE_RE.search(between):
        return None
    return side_of_word(end.group("side"), f.claimant_side)


#: Another side joined to the one that lost ("Both Russia and |Ukraine have lost").
_BOTH_SIDES_BEFORE = re.compile(rf"\b(?P<side>{lx.RUSSIAN}|{lx.UKRAINIAN})\s+(?:(?:forces|troops|army|armies)\s+)?(?:and|as\s+well\s+as|&)\s+(?:the\s+)?$", re.IGNORECASE)


def heading_before_colon(f) -> str | None:
    """A list after a colon whose lead-in names a side's losses: "The enemy's losses, according
    to the General Staff: personnel – about 310,000 (+1,000), tanks – ..."."""
    if f.metric not in LOSS_METRICS:
        return None
    colon = f.sentence.rfind(":", max(0, f.fig.start - 400), f.fig.start)
    if colon < 0 or re.search(r"[.;]", f.sentence[colon:f.fig.start]) or _loss_verb_between(f.sentence, colon, f.fig.start):
        return None
    head = _blanked(f.sentence)[max(0, colon - 150):colon]
    found = [m for m in _SIDE_LOSSES.finditer(head)]
    if not found:
        # "Russia has also lost significant equipment, including: 10,268 tanks, ...": a side that
        # lost, in the lead-in, owns the list (rule heading_before_colon, side that lost).
        found = [m for m in _SIDE_LOST.finditer(head) if not _side_is_a_place(m, head)
                 and not re.search(r"[.;]", head[m.end():]) and _LIST_LEAD_IN.search(head, m.end())]
    if not found or _loss_verb_between(head, found[-1].end(), len(head)):
        return None
    return side_of_word(_side_group(found[-1]), f.claimant_side)


#: The words before a colon that open a list of what was lost ("including:", "as follows:").
_LIST_LEAD_IN = re.compile(r"\b(?:including|include[sd]?|among\s+them|as\s+follows|namely|such\s+as)\s*$", re.IGNORECASE)


def _loss_verb_between(text: str, lo: int, hi: int) -> bool:
    return bool(_AGENT_VERBS.search(text, lo, hi) or _PATIENT_VERBS.search(text, lo, hi))


def _side_is_a_place(m: re.Match, text: str) -> bool:
    """The side word of a match of :data:`_SIDE_LOST` or :data:`_SIDE_LOSSES` is a country after "in"
    (rule losses_named_before, side as a place); "a rise in Russian casualties" still names the loser."""
    group = _side_group_name(m)
    # "its death toll for the war in Ukraine": a later side group after "in" is a place as well.
    return group is not None and _in_a_country(text, m.start(group))


#: A side's ground as the target of an attack ("assaults on Russian positions"), then a new phrase
#: before the loss noun ("despite the loss of"): the losses are the attacker's, not that side's.
_TARGET_BEFORE = re.compile(r"\b(?:on|against|at|into|toward|towards)\s+(?:the\s+)?$", re.IGNORECASE)
_NEW_PHRASE = re.compile(r"\b(?:despite|amid|although|though|while|whereas)\b", re.IGNORECASE)


def _side_is_a_target(m: re.Match, text: str) -> bool:
    """The side word of a match of :data:`_SIDE_LOSSES` is the target of an attack and the loss noun
    comes after "despite" ("attacks on Russian lines despite the loss of 400 tanks": the attacker's
    losses, rule losses_named_before, side as a target)."""
    return bool(m.group("side")) and bool(_TARGET_BEFORE.search(text, 0, m.start("side"))) and bool(_NEW_PHRASE.search(m.group(), m.end("side") - m.start()))


#: A side word as the object of fighting, right before a verb of loss ("the Ukrainian army
#: fighting Russia has lost 17,000"): the one fighting is the subject that lost, not the side fought.
_FOUGHT_BEFORE = re.compile(r"\b(?:(?:fighting|battling)(?:\s+against)?|facing|opposing|invading|at\s+war\s+with)\s+(?:the\s+)?$", re.IGNORECASE)


def _side_is_an_object(m: re.Match, text: str) -> bool:
    """The side word of a match of :data:`_SIDE_LOST` is what its subject fights (rule
    losses_named_before, side as an object)."""
    return bool(_FOUGHT_BEFORE.search(text, 0, m.start("side")))


#: The names the side patterns give their side word, one per alternative.
_SIDE_GROUPS = ("side", "side2", "side3", "side4")


def _side_group_name(m: re.Match) -> str | None:
    return next((g for g in _SIDE_GROUPS if g in m.re.groupindex and m.group(g)), None)


def _side_group(m: re.Match) -> str:
    return m.group(_side_group_name(m))


_REACHED_HIT = re.compile(r"hits?|hitting", re.IGNORECASE)


def verb_of_loss(f) -> str | None:
    """The verb that says what happened: the one who "lost" or "suffered" is the loser; the one
    who "destroyed" or "killed" is the other side; "destroyed by Ukrainian forces" too."""
    if f.metric not in LOSS_METRICS:
        return None
    s, start = f.sentence, f.fig.start
    verbs, ends, starts = _loss_verbs(s)
    # Only the verbs within reach of the figure, found by position.
    near_before = verbs[bisect.bisect_left(ends, start - 80):bisect.bisect_right(ends, start)]
    before = [m for m in near_before if m.end() <= start and not _FULL_STOP.search(s[m.end():start])]
    # "when it hit 250,240 losses": "hit" before a count of losses means reached; it names no one
    # who inflicted them (rule verb_of_loss, a total reached).
    if f.fig.kind == "personnel" and lx.LOSS_NOUNS.match(f.fig.unit_raw or ""):
        before = [m for m in before if not _REACHED_HIT.fullmatch(m.group())]
    after = list(verbs[bisect.bisect_left(starts, f.fig.noun_end):bisect.bisect_right(starts, f.fig.noun_end + 40)])
    for m in reversed(before):
        if participle(s, m):
            continue
        if m.group().lower() == "died" and after and re.search(r"(?:\b(?:after|before|and|that|which|while|whereas|as)\b|,)", s[m.end():start]):
            # "4,100 soldiers had died while 260 tanks were destroyed": "died" takes no object, so a
            # figure after a clause word, with a verb of its own, is not its; that verb tells (rule
            # verb_of_loss, intransitive before).
            break
        if not re.search(r"(?:\b(?:after|before|and|that|which|while|as)\b|,)", s[m.end():start]) or start - m.end() < 25:
            return _by_verb(f, m)
        if _LIST_ITEMS_BETWEEN.fullmatch(s, m.end(), start):
            # "intercepted a US-made HIMARS rocket, four guided bombs, and 55 drones": items of one list
            # after the verb, each counted, are its objects too (rule verb_of_loss, list after the verb).
            return _by_verb(f, m)
        if _ANOTHER_BEFORE.search(s, max(0, start - 20), start) and not _SIDE_RE.search(_blanked(s), m.end(), start):
            # "the occupiers lost the patrol ship X in March alone, and another four vessels were damaged":
            # "another" goes on counting what the same side lost (rule verb_of_loss, another of the same).
            return _by_verb(f, m)
        break
    for m in after:
        return _by_verb(f, m)
    return None


#: A full stop or semicolon between a verb and a figure; an ellipsis ("have lost...over 300") is none.
_FULL_STOP = re.compile(r";|(?<!\.)\.(?!\.)")
#: "..., and another |four vessels": more of what the clause before counted.
_ANOTHER_BEFORE = re.compile(r"(?:,\s*|\band\s+)(?:and\s+)?another\s+$", re.IGNORECASE)
#: Counted items of a list between a verb and a figure ("intercepted| a US-made HIMARS rocket, four
#: guided bombs, and |55 drones"): each item opens with its count and holds no clause punctuation.
_LIST_ITEMS_BETWEEN = re.compile(r"(?:\s*(?:and\s+)?(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d[\d,.]*)\s+[^,;.:()\"“”]{1,50}?(?:,|\s(?=and\s)))+\s*(?:and\s+)?", re.IGNORECASE)


#: A by-phrase right after a verb whose words lead to a side ("damaged by attacks by Ukrainian
#: forces", "destroyed by the army of Ukraine"), no place preposition between.
_BY_AGENT_SIDE = re.compile(rf"\w+(?:\s+(?:down|out|prisoners?|captive))?\s+(?:\w+ly\s+)?by\s+(?:the\s+)?(?:(?!(?:in|near|on|at|over|across|along|inside|into|outside|around|behind|from)\b)[\w-]+\s+){{0,3}}?"
                            rf"(?P<side>(?:{lx.RUSSIAN}|{lx.UKRAINIAN}|its|their|his|her)\b)", re.IGNORECASE)


def _by_verb(f, verb: re.Match) -> str | None:
    s = f.sentence
    # "destroyed by Ukrainian forces": the by-phrase right after the verb names the agent
    # (not "shot down 22 drones launched by Russia", where it describes the drones).
    by = _BY_AGENT_SIDE.match(s, verb.start(), verb.start() + 60) or re.match(r"^\w+(?:\s+(?:down|out|prisoners?|captive))?\s+(?:\w+ly\s+)?by\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?P<side>\S+)", s[verb.start():verb.start() + 60])
    if by and _AGENT_VERBS.match(s, verb.start()):
        side = side_of_word(by.group("side"), f.claimant_side)
        if re.match(r"(?:its|their|his|her)$", by.group("side"), re.IGNORECASE):
            side = _possessor_before(s[:verb.start()], f.claimant_side)  # "destroyed by its armed forces": the possessor's
        elif re.match(r"(?:us|[Oo]ur)\b", by.group("side")) and f.claimant_side in OPPOSITE:
            side = f.claimant_side  # "destroyed by us", "by our units": the speaker's side did it (rule verb_of_loss, by us)
        if side:
            return OPPOSITE.get(side)
    group = _BY_GROUP.match(s, verb.end()) if _AGENT_VERBS.match(s, verb.start()) else None
    if group and _battlegroups(group.group("group")) and _battlegroups(group.group("group"))[0][0] < 12:
        # "were destroyed by units of the Yug battlegroup": the grouping's side did it (rule verb_of_loss, battlegroup).
        return OPPOSITE.get(_battlegroups(group.group("group"))[0][1])
    attack = _IN_ATTACK_BY.match(s, verb.end()) if _AGENT_VERBS.match(verb.group()) or verb.group().lower() == "died" else None
    if attack and (attack.group("side") or attack.group("side2")):
        # "20 soldiers were killed in an attack by armed separatists", "died in a Russian missile
        # strike": the attacker named is the other side from who lost them (rule verb_of_loss, attacker).
        side = side_of_word(attack.group("side2") or attack.group("side"), f.claimant_side)
        if side:
            return OPPOSITE.get(side)
    air = _BY_AIR_DEFENCE.match(s, verb.end())
    if air and _AGENT_VERBS.match(s, verb.start()) and f.claimant_side in OPPOSITE and not _SIDE_RE.search(re.split(r"[,.;]", s[air.end():air.end() + 40])[0]):
        # "11 drones were shot down by air defence", in a side's own statement: that side's air
        # defence, as with :data:`_SPEAKER_AS_AGENT` (rule verb_of_loss, by the speaker's air defence).
        return OPPOSITE[f.claimant_side]
    by = re.match(r"^\w+(?:\s+behind)?\s+by\s+(?:the\s+)?(?:\w+ing\s+|retreating\s+)?(?P<side>\S+)", s[verb.start():verb.start() + 60])
    if by and _PATIENT_VERBS.match(s, verb.start()):
        # "abandoned by fleeing Russian troops": who abandoned them lost them.
        side = side_of_word(by.group("side"), f.claimant_side)
        if side:
            return side
    taken_from = _TAKEN_FROM_SIDE.match(s, verb.start()) if verb.start() >= f.fig.noun_end else None
    if taken_from:
        # "more than 500 tanks have been seized from Russia": who they were taken from lost them
        # (rule verb_of_loss, taken from).
        return side_of_word(taken_from.group("side"), f.claimant_side)
    if verb.start() >= f.fig.noun_end:
        return None  # "120 soldiers were killed": the figure is the subject; its side was not named
    lo, clause = _clause_before(s, verb.start(), 80)
    # "Ukraine killed 300 Russian soldiers and destroyed 4 tanks": a later verb shares the first
    # one's subject, not the side named in the first one's object. (This had been guarded by a
    # pattern of a joined verb that a later definition of the same name shadowed, so it always
    # held; "air defence on duty intercepted and destroyed 37 drones" depends on it holding.)
    first = next((m for m in _AGENT_VERBS.finditer(clause) if not participle(clause, m)), None)
    if first is not None:
        clause = clause[:first.start()]
    right_before = _SIDE_RIGHT_BEFORE.search(clause)
    first_person = _FIRST_PERSON_SUBJECT.search(clause)
    if first_person is not None:
        # '"They say we lost 300 tanks," Peskov said': "we" is the speaker's side, whatever side
        # is named before it; with no speaker of a side, unknown (rule verb_of_loss, first person).
        if f.claimant_side not in OPPOSITE:
            return None
        right_before = None
    if right_before is not None:
        at, side_word = right_before.start("side"), right_before.group("side")
        governed = (_AFTER_PREPOSITION.search(clause, max(0, at - 30), at) and not _WITH_BEFORE.search(clause, max(0, at - 12), at)
                    or _FOUGHT_BEFORE.search(clause, max(0, at - 30), at))  # "the army fighting Russia has lost"
        if governed or _joined_to_the_other_side(clause, at, side_of_word(side_word, f.claimant_side), f.claimant_side):
            right_before = None  # "advancing into Russian lines destroyed", "Both Russia and Ukraine have lost"
        elif _is_ing(verb) and _REPELLED_BEFORE.search(s, max(0, verb.start() - 160), verb.end()):
            # "Russia repelled two Ukrainian attacks inflicting 120 casualties": the side right before the
            # participle names what was repelled, not who inflicted (rule verb_of_loss, repelled then participle).
            right_before = None
    relative = _RELATIVE_SUBJECT.search(s, max(0, verb.start() - 100), verb.start())
    if first_person is not None:
        subject = f.claimant_side
    elif relative is not None:
        # "retook 500 km² from Russian forces, who lost 70 tanks": the relative pronoun's antecedent
        # is the verb's subject, whatever side the clause before names first (rule verb_of_loss, relative subject).
        subject = side_of_word(relative.group("side"), f.claimant_side)
    elif right_before is not None:
        # "..., with Russia losing 1,300 troops": the side right before the verb is its subject,
        # after a preposition too (rule verb_of_loss, subject right before).
        subject = side_of_word(right_before.group("side"), f.claimant_side)
    # "Ukraine repels a Russian assault, killing 80 soldiers": a participle after a comma has the
    # main clause's subject (its first side word), not the side named in that clause's object.
    # So does a second participle joined to it ("..., killing 40 soldiers and destroying 3 tanks").
    elif _is_ing(verb) and _WITH_ABSOLUTE.search(s, max(0, verb.start() - 40), verb.start()):
        # "..., with air defences destroying 28 drones": the words after "with" are the
        # participle's own subject, not the main clause's (rule verb_of_loss, with-clause subject).
        subject = None
    elif _is_ing(verb) and (opening := _PARTICIPLE_OPENS.search(s, max(0, verb.start() - 160), verb.end())) is not None:
        _, main = _clause_before(s, opening.start(), 160)
        # A passive main clause names who suffered, not who did ("Ukrainian positions were shelled, killing 12").
        subject = None if _PASSIVE_CLAUSE.search(main) else _subject_of_clause(main, f.claimant_side, first=True)
    elif _is_ing(verb) and (conj := _CONJUNCTION_BEFORE_ING.search(s, max(0, verb.start() - 30), verb.start())) is not None:
        # "Russian forces gained 2,356 km² while suffering 430,000 casualties": the participle
        # after "while", "after", "despite" has the main clause's subject (rule verb_of_loss, while -ing).
        subject = _main_clause_subject(f, conj.start())
    elif _is_ing(verb) and (repel := _REPELLED_BEFORE.search(s, max(0, verb.start() - 160), verb.end())) is not None:
        # "Russia repelled two Ukrainian attacks inflicting 120 casualties and destroying two
        # trucks": the participles are the repeller's, not the side its object names (rule
        # verb_of_loss, repelled then participle); a passive ("attacks were repelled") names no one.
        main = _clause_before(s, repel.start(), 120)[1]
        subject = None if _PASSIVE_BEFORE_REPEL.search(main) else _subject_of_clause(main, f.claimant_side)
    elif f.claimant_side in OPPOSITE and _AGENT_VERBS.match(s, verb.start()) and _SAID_IT_BEFORE.search(clause[-40:]):
        # '"... of enemy air attack were recorded," the air force said, adding it destroyed eight
        # missiles': "it" after a verb of saying is the speaker, not the side named before (rule
        # verb_of_loss, reported pronoun).
        subject = f.claimant_side
    else:
        subject = _subject_of_clause(clause, f.claimant_side)
    if subject is None and _OPENING_PARTICIPLE.search(clause) and not _names_a_side(clause) and verb.end() <= f.fig.start:
        # "Having lost more than 400,000 soldiers since 2022, Russia managed only to take ...": an
        # opening participle's subject is the main clause's, named right after the comma that
        # closes the phrase (rule verb_of_loss, opening participle).
        comma = s.find(",", f.fig.noun_end)
        main = _MAIN_SUBJECT_AFTER_COMMA.match(s, comma) if comma >= 0 and not re.search(r"[.;:]", s[f.fig.noun_end:comma]) else None
        if main:
            subject = side_of_word(main.group("side"), f.claimant_side)
    if subject is None and _NO_SUBJECT.match(clause):
        # "Ukrainian forces lost 30 tanks, the ministry said, and lost another 74": a verb with no
        # subject of its own shares the one of the verb of loss before it (rule verb_of_loss, shared subject).
        verbs, ends, _ = _loss_verbs(s)
        earlier = [m for m in verbs[:bisect.bisect_right(ends, lo)] if not participle(s, m)]
        if earlier:
            subject = _last_side(_clause_before(s, earlier[-1].start(), 80)[1], f.claimant_side)
    if subject is None and f.claimant_side in OPPOSITE and _AGENT_VERBS.match(s, verb.start()) and _SPEAKER_AS_AGENT.search(clause[-40:]):
        # "the ministry said it shot down 66 drones", "its forces destroyed 12 tanks": the speaker's
        # own side did it, so the items were the other side's (rule verb_of_loss, speaker as agent).
        subject = f.claimant_side
    if (subject is None and f.claimant_side in OPPOSITE and _AGENT_VERBS.match(s, verb.start()) and not participle(s, verb)
            and not _names_a_side(s[:verb.start()]) and _UNIT_OPENS.match(s)):
        # "The Vostok group has repelled eight counterattacks and eliminated up to 210 soldiers, the
        # ministry added": a unit of no side named, in a side's own statement, is that side's
        # (rule verb_of_loss, the speaker's unit).
        subject = f.claimant_side
    if (subject is None and f.claimant_side in OPPOSITE and _PATIENT_VERBS.match(verb.group()) and not _names_a_side(s)
            and _SPEAKER_AS_LOSER.search(clause[-60:])):
        # "He said he had lost 9,000 men", "the ministry said it lost 12 tanks": in a sentence that
        # names no side, the pronoun before a verb of loss is the speaker, who lost them (rule
        # verb_of_loss, speaker as loser).
        subject = f.claimant_side
    if subject is None:
        return None
    if _AGENT_VERBS.match(s, verb.start()) and not participle(s, verb):
        return OPPOSITE.get(subject)
    return subject


#: A by-phrase right after a verb that may name a grouping of forces ("by units of the Tsentr battlegroup").
_BY_GROUP = re.compile(r"(?:\s+down|\s+out)?\s+(?:\w+ly\s+)?by\s+(?:the\s+)?(?:(?:units?|troops|forces|crews|fighters)\s+of\s+(?:the\s+)?)?(?:Russia['’]s\s+|Russian\s+)?(?P<group>[^,;.]{1,50})", re.IGNORECASE)

#: A clause that opens with a participle of the main clause's subject ("Having lost", "After losing").
_OPENING_PARTICIPLE = re.compile(r"(?:^|[,;:]|[\"“])\s*(?:having|after|despite|while|since)\s+(?:(?:already|reportedly|also)\s+)?$", re.IGNORECASE)
#: The main clause's subject right after the comma that closes an opening phrase (", Russia managed").
_MAIN_SUBJECT_AFTER_COMMA = re.compile(rf",\s+(?:the\s+)?(?P<side>{lx.RUSSIAN}|{lx.UKRAINIAN})\b(?!['’]s\s+(?:[\w-]+\s+)?(?:region|oblast|city|town|territory))", re.IGNORECASE)


#: A verb of capture and whom from ("seized from Russian forces", "captured from the enemy").
_TAKEN_FROM_SIDE = re.compile(rf"(?:captur\w*|seiz\w*|took|taken)\s+(?:\w+ly\s+)?from\s+(?:the\s+)?(?:[\w-]+\s+)?(?P<side>{lx.RUSSIAN}|{lx.UKRAINIAN})\b", re.IGNORECASE)
#: A sentence opened by a unit named without a side ("The Vostok group", "Units of the North
#: group of forces", "The 47th brigade").
_UNIT_OPENS = re.compile(r"^\W*(?:units\s+of\s+)?(?:the\s+)?(?:[A-Z0-9][\w'’-]*\s+){1,3}(?:group(?:\s+of\s+(?:forces|troops))?|battlegroup|brigade|battalion|regiment|division|corps)\b", re.IGNORECASE)
#: A conjunction or preposition that opens a participle of the main clause's subject ("while suffering").
_CONJUNCTION_BEFORE_ING = re.compile(r"\b(?:while|whilst|after|before|despite|in\s+spite\s+of|when|since)\s+$", re.IGNORECASE)


def _main_clause_subject(f, pos: int) -> str | None:
    """The subject of the main clause that ends at ``pos``: the subject of its verb of land if it
    has one ("Russia has taken 4,000 km² ..."), else its last side word no preposition governs."""
    s = f.sentence
    lo, main = _clause_before(s, pos, 200)
    gains = [m for m in _GAIN_VERBS.finditer(s, lo, pos)]
    if gains:
        main = _clause_before(s, gains[-1].start(), 100)[1]
    return _subject_of_clause(main, f.claimant_side)


#: A side set before the sentence's first comma as its topic ("On the Ukrainian side, ...", "For the
#: Russian army, ...", "As for Russia, ...", "Among Ukrainian forces, ...").
_SIDE_TOPIC = re.compile(rf"^\W*(?:(?:but|and|meanwhile|however)\s*,?\s+)?(?:on|for|among|as\s+for|in\s+the\s+case\s+of|when\s+it\s+comes\s+to)\s+(?:the\s+)?(?P<side>{lx.RUSSIAN}|{lx.UKRAINIAN})"
                         r"(?:\s+(?:side|army|armed\s+forces|forces|military|troops|soldiers|units))?\s*,", re.IGNORECASE)


_SIDE_TOPIC_RIGHT_BEFORE = re.compile(rf"(?:^|[,;:]|\b(?:while|whereas|and|but))\s*(?:on|among|in\s+the\s+ranks\s+of|as\s+for)\s+(?:the\s+)?(?P<side>{lx.RUSSIAN}|{lx.UKRAINIAN})"
                                      rf"(?:\s+(?:side|army|armed\s+forces|forces|military|troops|units|group))?\s*,?\s+{lx.QUALIFIER_WORDS}$", re.IGNORECASE)


#: A side as the topic of its clause, then its numbers ("whereas for Ukraine the numbers were 20,000
#: killed", "and for the Ukrainian army the figure is 31,000"; rule side_topic, the side's numbers).
_SIDES_NUMBERS_BEFORE = re.compile(rf"(?:^|[,;:]|\b(?:while|whereas|and|but))\s*(?:for|on|among|as\s+for)\s+(?:the\s+)?(?P<side>{lx.RUSSIAN}|{lx.UKRAINIAN})"
                                   rf"(?:\s+(?:side|army|armed\s+forces|forces|military|troops|units))?\s*,?\s+(?:the\s+|its\s+|their\s+)?(?:corresponding\s+|equivalent\s+|comparable\s+)?"
                                   rf"(?:numbers?|figures?|tolls?|estimates?|tally|count)\s+(?:were|was|are|is|stood\s+at|stand\s+at|came\s+to|come\s+to)\s+{lx.QUALIFIER_WORDS}$", re.IGNORECASE)


_SIDE_AFTER_A_BARE_FIGURE = re.compile(rf"\s+(?:on\s+the\s+(?P<side>{lx.RUSSIAN}|{lx.UKRAINIAN})\s+side|for\s+(?:the\s+)?(?P<side2>{lx.RUSSIAN}|{lx.UKRAINIAN})(?!\s+(?:and|or)\b)"
                                       rf"|among\s+(?:the\s+)?(?P<side3>{lx.RUSSIAN}|{lx.UKRAINIAN})\s+(?:forces|troops|army|military|soldiers|units))\b", re.IGNORECASE)


def side_topic(f) -> str | None:
    """Losses in a sentence opened by a side as its topic are that side's, where no other side is
    named before the figure: "On the Ukrainian side, some 70,000 soldiers are believed to have been
    killed", "For the Ukrainian army, estimates speak of 100,000 killed or wounded"."""
    if f.metric not in LOSS_METRICS:
        return None
    m = _SIDE_TOPIC.match(f.sentence)
    if not m or m.end() > f.fig.start or _names_a_side(f.sentence[m.end():f.fig.noun_end]):
        # "..., while in the ranks of Wagner 20,000 were killed": a side as the topic of the
        # figure's own clause, right before it (rule side_topic, clause).
        m = _SIDE_TOPIC_RIGHT_BEFORE.search(f.sentence, max(0, f.fig.start - 80), f.fig.start) or _SIDES_NUMBERS_BEFORE.search(f.sentence, max(0, f.fig.start - 80), f.fig.start)
        if not m or _names_a_side(f.sentence[f.fig.start:f.fig.noun_end]):
            return None
    return side_of_word(m.group("side"), f.claimant_side)


#: After a verb of loss, the attack it happened in and its side ("killed in a Russian missile
#: strike", "in an attack by armed separatists").
_IN_ATTACK_BY = re.compile(rf"\s+(?:in|during|by)\s+(?:an?|the)\s+(?:(?P<side>{lx.RUSSIAN}|{lx.UKRAINIAN})\s+)?(?:[\w-]+\s+){{0,2}}?"
                           r"(?:attack|strike|airstrike|air\s+strike|shelling|ambush|assault|raid|bombardment|barrage|counterattack|counter-attack)s?\b"
                           rf"(?:\s+by\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?(?P<side2>{lx.RUSSIAN}|{lx.UKRAINIAN})\b)?", re.IGNORECASE)
#: "we" or "I" right before a verb of loss: its subject is the speaker ("we have lost").
_SAID_IT_BEFORE = re.compile(r"\b(?:adding|saying|stating|claiming|reporting)\s+(?:that\s+)?it\s+(?:(?:had|has|also|reportedly)\s+)*$", re.IGNORECASE)
_FIRST_PERSON_SUBJECT = re.compile(r"\b(?:[Ww]e|I)\s+(?:(?:have|had|also|already|reportedly|just|only)\s+)*$")
#: A verb of repelling whose clause goes on with participles of its subject ("repelled two attacks
#: inflicting 120 casualties and destroying"): no sentence end or other finite clause between.
_REPELLED_BEFORE = re.compile(r"\b(?:repell?ed|repulsed|thwarted|foiled|(?:beat|beaten|fought|fended)\s+(?:off|back))\b(?=[^.;:]*?\s(?:inflicting|killing|destroying|eliminating|wounding)\b[^.;:]*$)(?![^.;:]*\b(?:while|but|whereas|which|who)\b)", re.IGNORECASE)
_PASSIVE_BEFORE_REPEL = re.compile(r"\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?$", re.IGNORECASE)


#: The speaker named by a pronoun right after its verb of saying, then a verb of loss or of land
#: ("said he had lost", "admitted that it has lost", "said its forces advanced").
_SPEAKER_AS_LOSER = re.compile(r"\b(?:said|says|say|told\s+(?:[\w-]+\s+){1,2}?|added|admitted|acknowledged|conceded|claimed|claims|stated|confirmed|wrote|insisted|complained|estimated)"
                               r"\s+(?:(?:[\w-]+\s+){0,3}?that\s+)?(?:(?:in|over|during|since)\s+(?:[\w-]+\s+){1,3}?)?(?:he|she|it|(?:his|her|its)\s+(?:own\s+)?(?:forces|troops|men|units|army|military|fighters|soldiers))"
                               r"\s+(?:(?:has|had|have|also|reportedly|already|only|been)\s+)*$", re.IGNORECASE)
#: A passive's agent that is air defence (or the air force) of no side named ("were shot down by air defence").
_BY_AIR_DEFENCE = re.compile(r"\s+by\s+(?:the\s+)?(?:its\s+|our\s+)?(?:air[\s-]+defen[cs]es?|anti-aircraft|air\s+force)(?:\s+(?:systems?|units?|forces|crews?|gunners))?\b(?![^.;,]{0,30}\bof\b)", re.IGNORECASE)


#: A side right before its verb, two words at most between, none a conjunction, and not in
#: what a figure counts ("with Russia losing", "Ukrainian forces have"; not "600 Russian troops and").
_SIDE_RIGHT_BEFORE = re.compile(rf"(?<![\d,]\s)\b(?P<side>{lx.RUSSIAN}|{lx.UKRAINIAN})(?:\s+(?!(?:and|or|but|while|as|with|that|which)\b)(?!(?:{lx.RUSSIAN}|{lx.UKRAINIAN})\b)[\w'’-]+){{0,2}}"
                                r"\s+(?:(?:has|have|had|was|were|is|are)\s+)?(?:\w+ly\s+)?(?:also\s+)?$", re.IGNORECASE)
# (no side word among the words between: in "Moscow said Ukraine lost", the side right before the verb is Ukraine's,
# not the speaker's named first; rule verb_of_loss, nearest side before)
_WITH_BEFORE = re.compile(r"\bwith\s+(?:the\s+)?$", re.IGNORECASE)
#: "with" and a noun phrase of its own right before a participle ("with air defences destroying").
_WITH_ABSOLUTE = re.compile(r"\bwith\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){1,3}?(?:(?:also|reportedly)\s+)?$", re.IGNORECASE)
_PASSIVE_CLAUSE = re.compile(r"\b(?:was|were|been|being|is|are|came\s+under)\s+(?:\w+ly\s+)?(?:\w+ed|hit|struck|shot|fire|attack)\b", re.IGNORECASE)
#: The comma that opens a participle clause of the main clause's subject (", killing").
_PARTICIPLE_OPENS = re.compile(r",\s+(?:\w+ly\s+)?[a-z]+ing\b(?![^,;.]*,\s+[a-z]+ing\b)")
#: A clause that is only a conjunction before its verb: the verb has no subject of its own.
_NO_SUBJECT = re.compile(r"^[\s,]*(?:(?:and|but|then|also|later|further)[\s,]+)*$", re.IGNORECASE)
#: The speaker, or its forces, as the subject right before a verb ("said it shot down", "its air
#: defences destroyed"). Air defences named with no side are the speaker's too: a ministry's or a
#: side's outlet's "air defences shot down 45 drones" are the home side's, which would otherwise
#: be named ("Ukrainian air defences").
_SPEAKER_AS_AGENT = re.compile(r"\b(?:it|we|its\s+(?:[\w-]+\s+){0,2}?(?:forces|troops|units|defen[cs]es|air\s+force|military|army|crews?)|our\s+(?:[\w-]+\s+){0,2}?(?:forces|troops|units|defenders|defen[cs]es|soldiers)"
                               r"|(?:(?<![\w-]\s)|(?<=\b(?:the|and)\s)|(?<=\bwith\s)|(?<=\b(?:that|said|says)\s)|(?<=\bon-duty\s))(?:air[\s-]+defen[cs]es|(?:air[\s-]+defen[cs]e|anti-aircraft|missile[\s-]+defen[cs]e)(?:\s+(?:systems?|units?|forces|crews?|gunners|capabilities))?)(?:\s+on\s+duty)?)"
                               # "air defence systems on duty intercepted and destroyed": the first verb shares the subject.
                               r"\s+(?:(?:had|has|have|also|reportedly)\s+)*(?:(?:intercepted|detected|tracked)\s+and\s+)?$", re.IGNORECASE)


#: Where a figure comes from, named with a side ("According to the Ukrainian General Staff, ...",
#: "based on reporting from the General Staff of the Ukrainian Armed Forces"): a source, not whose
#: losses they are (rule listed_losses, a side's source).
_SOURCE_OF_A_SIDE = re.compile(rf"\b(?:according\s+to|based\s+on\s+(?:\w+\s+){{0,2}}?(?:from|by|of)|citing)\s+(?:the\s+)?(?:(?!(?:losses|casualties|dead|killed)\b)[\w'’-]+\s+){{0,5}}?"
                               rf"(?:{lx.RUSSIAN}|{lx.UKRAINIAN})\b[^,.;:]{{0,60}}", re.IGNORECASE)


_JOINT_TOLL = re.compile(rf"\b(?:{lx.JOINT_TOLL})\b", re.IGNORECASE)


def listed_losses(f) -> str | None:
    """A list under a heading that named whose losses it lists ("Enemy losses:" then the figures),
    or a sentence that names no side at all after one whose losses had a side in the same
    paragraph ("... were also destroyed")."""
    if f.metric not in LOSS_METRICS or _names_a_side(_SOURCE_OF_A_SIDE.sub(_blank, f.sentence)):
        return None
    if _JOINT_TOLL.search(f.sentence):
        return None  # "the combined toll for both sides could approach two million": no one side's (rule listed_losses, joint toll)
    # A source of the listed side's own ("Moscow said it killed 540 Ukrainian soldiers. According to
    # Kyiv, 260 were killed"): its figure may be anyone's; only the other side's source goes on the list.
    sources = {side for m in _SOURCE_OF_A_SIDE.finditer(f.sentence) for _, side in side_mentions(m.group(), f.claimant_side)}
    lo, _ = _clause_before(f.sentence, f.fig.start, 60)
    if any(not participle(f.sentence, m) for m in _PATIENT_VERBS.finditer(f.sentence, lo, f.fig.start)):
        # "It also lost 3 men", "the unit suffered 12 casualties": a loser the sentence names only
        # by a pronoun or a body of no side is not the side of the list before.
        return None
    speaker = f.context.losses_speaker
    if speaker and f.claimant_side in OPPOSITE and f.claimant_side != speaker:
        # "Ukraine's General Staff said Russia lost ... The [Russian] ministry also said 40 drones
        # were shot down": the other side's speaker does not continue the first one's list.
        return None
    listed = f.context.losses_side or f.context.paragraph_losses_side
    return None if listed in sources or None in sources else listed


#: A side's whole, lost in the passive, then its parts ("enemy equipment units were destroyed,
#: including"): the side word stands in the whole's own words, the verb names no agent.
_WHOLE_LOST_BEFORE_PARTS = re.compile(rf"(?P<side>{lx.RUSSIAN}|{lx.UKRAINIAN})\s+(?:[\w-]+\s+){{0,4}}?(?:were|was|have\s+been|had\s+been|has\s+been)\s+(?:\w+ly\s+)?"
                                      rf"(?:destroyed|lost|shot\s+down|downed|disabled|eliminated|hit|knocked\s+out|damaged|captured)\s*,?\s*(?:including|among\s+them|of\s+which)\b", re.IGNORECASE)


def whole_named_before(f) -> str | None:
    """Parts listed after a whole of one side lost in the passive ("Twenty-one enemy equipment units
    were destroyed, including two tanks, eight infantry fighting vehicles"): that side's."""
    if f.metric not in LOSS_METRICS:
        return None
    lo, clause = _clause_before(f.sentence, f.fig.start, 250)
    found = list(_WHOLE_LOST_BEFORE_PARTS.finditer(clause))
    if not found or re.search(r"[.;]", clause[found[-1].end():]) or _loss_verb_between(clause, found[-1].end(), len(clause)):
        return None
    return side_of_word(found[-1].group("side"), f.claimant_side)


#: A verb of loss, then a whole its object names the side of, with no figure of its own ("took out
#: thousands of Ukrainian vehicles, including", "destroyed Russian equipment, among them"): the parts
#: listed after it are that side's (rule whole_destroyed_before).
_WHOLE_DESTROYED_BEFORE_PARTS = re.compile(rf"\b(?:{_AGENT_VERBS.pattern})\s+(?:(?:thousands|hundreds|dozens|scores|tens\s+of\s+thousands|lots|a\s+lot|a\s+number|large\s+amounts?|a\s+large\s+amount)\s+of\s+|(?:many|numerous|several|more|much)\s+)?"
                                           rf"(?:the\s+)?(?P<side>{lx.RUSSIAN}|{lx.UKRAINIAN})\s+(?:[a-z-]+\s+){{0,2}}?[a-z-]+\s*,?\s*(?:including|among\s+them|such\s+as)\s+$", re.IGNORECASE)


def whole_destroyed_before(f) -> str | None:
    """Parts listed after a whole of one side that a verb of loss took as its object, the whole
    with no figure ("took out thousands of Ukrainian vehicles, including 610 guns, 300 tanks"): that side's.
    The first part follows "including"; later parts of the same list share it (rule list_mate)."""
    if f.metric not in LOSS_METRICS:
        return None
    m = _WHOLE_DESTROYED_BEFORE_PARTS.search(_blanked(f.sentence), max(0, f.fig.start - 160), f.fig.start)
    if not m:
        return None
    return side_of_word(m.group("side"), f.claimant_side)


#: A whole lost by a side, then what it includes ("the equipment lost by Russia, which includes",
#: "hardware abandoned by the Russian army, including"): the by-phrase names the loser.
_WHOLE_LOST_BY_BEFORE_PARTS = re.compile(rf"\b(?:lost|abandoned|left\s+behind)\s+by\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?(?P<side>{lx.RUSSIAN}|{lx.UKRAINIAN})\b[^.;]{{0,40}}?"
                                         r"(?:,?\s*(?:which|that)\s+(?:includes?|included|comprises?|comprised)|,?\s*(?:including|among\s+them|such\s+as)|\s+(?:includes?|included|comprises?|comprised))\b", re.IGNORECASE)


def whole_lost_by(f) -> str | None:
    """Parts listed after a whole a side lost, named by a by-phrase ("the number of military
    equipment lost by Russia, which includes 53,593 vehicles"): that side's."""
    if f.metric not in LOSS_METRICS:
        return None
    lo = max(0, f.fig.start - 250)
    found = list(_WHOLE_LOST_BY_BEFORE_PARTS.finditer(_blanked(f.sentence), lo, f.fig.start))
    if not found:
        return None
    between = f.sentence[found[-1].end():f.fig.start]
    if re.search(r"[.;]", between) or _loss_verb_between(between, 0, len(between)) or _SIDE_RE.search(between):
        return None
    return side_of_word(found[-1].group("side"), f.claimant_side)


#: Words that say a sentence goes on with what the one before listed ("also", "in addition").
_GOES_ON = re.compile(r"\b(?:also|in\s+addition|additionally|further|furthermore|as\s+well)\b", re.IGNORECASE)


def continued_list(f) -> str | None:
    """A sentence that names no side and goes on ("also", "in addition") with the enemy's losses the
    same speaker's side gave in an earlier paragraph keeps their side ("The ministry said 2,000 Russian
    soldiers were killed." / "It also said 80 tanks had been destroyed."): one-line paragraphs."""
    if f.metric not in LOSS_METRICS or _names_a_side(f.sentence) or not _GOES_ON.search(f.sentence, 0, f.fig.start):
        return None
    if f.context.paragraphs_since_losses > 2:
        return None  # more than one paragraph stands between: the list has ended
    if f.claimant_side not in OPPOSITE or f.claimant_side != f.context.article_losses_speaker or f.context.article_losses_side != OPPOSITE[f.claimant_side]:
        return None  # only the same side's speaker going on with the enemy's losses it listed
    lo, _ = _clause_before(f.sentence, f.fig.start, 60)
    if any(not participle(f.sentence, m) for m in _PATIENT_VERBS.finditer(f.sentence, lo, f.fig.start)):
        return None  # "It also lost 3 men": a loser named by a pronoun (see listed_losses)
    return f.context.article_losses_side


def continues_earlier_land(f) -> str | None:
    """A sentence about land that names no side continues the one before it ("he said this had
    increased to 772 square miles")."""
    if f.metric not in ("territory_gained", "territory_lost", "settlements_retaken"):
        return None
    # "Eastern Ukraine: 10 km² gained": a country named only as a place leaves the side of the land before.
    text = _blanked(f.sentence)
    if any(not _a_country_part(text, m.start()) for m in _SIDE_RE.finditer(text)):
        return None
    _, clause = _clause_before(f.sentence, f.fig.start)
    if _FIRST_PERSON.search(clause):
        # "..., while our troops regained control over 26 km²", the speaker's side not known: the
        # clause names its own taker, who need not be the one before (rule continues_earlier_land).
        return None
    return f.context.land_side


#: After a participle, the land it describes ("with captured territory falling to 203 km²"): an
#: adjective, whose clause names no subject that took the land.
_LAND_AFTER_PARTICIPLE = re.compile(r"\w*\s+(?:territory|territories|land|lands|ground|areas?)\b", re.IGNORECASE)
_DETERMINER_BEFORE = re.compile(r"\b(?:with|the|its|their|newly|recently|of)\s+$", re.IGNORECASE)


#: Right before a figure, a conjunction and a side with no verb of its own: the verb of the clause
#: before is left out ("Russia gained 331 km² and Ukraine 143", "..., while Kyiv's forces 60").
_GAPPED_SUBJECT = re.compile(rf"(?:,|;|\b(?:and|while|whereas|but))\s+(?:the\s+)?(?P<side>{lx.RUSSIAN}|{lx.UKRAINIAN})(?:\s+(?:forces|troops|army|military))?\s+"
                             rf"{lx.QUALIFIER_WORDS}$", re.IGNORECASE)


_NEXT_CLAUSE = re.compile(r"[;:—–]")


def gapped_subject(f) -> str | None:
    """Land counted after a side and a conjunction, with the verb left out, is that side's: "Russia
    gained 331 square miles and Ukraine 143" (the side's word is the subject, not whose land the
    figure counts, as it would be in "62 Ukrainian villages")."""
    if f.metric not in ("territory_gained", "territory_lost", "settlements_retaken"):
        return None
    m = _GAPPED_SUBJECT.search(f.sentence, max(0, f.fig.start - 80), f.fig.start)
    if not m or not (_GAIN_VERBS.search(f.sentence, 0, m.start()) or _LOST_LAND.search(f.sentence, 0, m.start())):
        return None
    return side_of_word(m.group("side"), f.claimant_side)


def land_verb(f) -> str | None:
    """Who took or lost land: the subject of the verb ("Russian forces advanced by 3,985 km²",
    "Ukraine controls 1,263 sq km", "Russia lost 40 percent")."""
    if f.metric not in ("territory_gained", "territory_lost", "settlements_retaken"):
        return None
    pattern = _LOST_LAND if f.metric == "territory_lost" else _GAIN_VERBS
    s = f.sentence
    verbs = [m for m in pattern.finditer(s) if m.end() <= f.fig.start
             and not (_LAND_AFTER_PARTICIPLE.match(s, m.end()) and _DETERMINER_BEFORE.search(s, max(0, m.start() - 12), m.start()))]
    if not verbs:
        # "500 square miles changed hands this year—Russia gained 331": a verb past a dash, colon or
        # semicolon is another clause's, of another subject (rule land_verb, next clause).
        # "defending 90 sq km ..., amid efforts from Moscow to regain control": an infinitive after
        # the figure is another clause's verb, never the figure's predicate (rule land_verb, infinitive after).
        after = [m for m in pattern.finditer(s) if m.start() >= f.fig.noun_end and not _INFINITIVE_BEFORE.search(s, max(0, m.start() - 20), m.start())
                 and not _NEXT_CLAUSE.search(_blanked(s), f.fig.noun_end, m.start())]
        # "801 km² of the region, which was occupied by Ukrainian forces, has been reclaimed": the
        # verb inside a relative clause after the figure says who held the land before, not who
        # took it; the main verb after the clause does (rule land_verb, past occupier).
        inside = [m for m in after if _OPEN_RELATIVE.search(s, f.fig.noun_end, m.start())]
        main = [m for m in after if m not in inside and not _OPEN_RELATIVE.search(s, f.fig.noun_end, m.start())]
        if inside and main and f.metric in _GAINED_LAND and _RETAKEN.match(main[0].group()):
            held = re.match(r"^\w+\s+by\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?P<side>\S+)", s[inside[0].start():inside[0].start() + 60])
            if held and re.match(r"occup|captur|seiz|controlled", inside[0].group(), re.IGNORECASE) and side_of_word(held.group("side"), f.claimant_side):
                return OPPOSITE.get(side_of_word(held.group("side"), f.claimant_side))
        verbs = (main if inside else after)[:1]
    for verb in reversed(verbs):
        if re.search(r",\s+\w+ing\b(?:\s+\w+){0,2}?\s*$", s[max(0, verb.start() - 40):verb.end()]):
            # ", taking control of 1,263 sq km": the participle's subject is the sentence's.
            main = _SOLDIERS_OF_A_SIDE.search(_blank_asides(s[:verb.start()]))
            if main:
                return side_of_word(main.group("side"), f.claimant_side)
        by = re.match(r"^\w*\s+by\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?P<side>\S+)", s[verb.start():verb.start() + 60])
        if by and side_of_word(by.group("side"), f.claimant_side):
            return side_of_word(by.group("side"), f.claimant_side)
        closed = _AFTER_RELATIVE_CLAUSE.search(s, max(0, verb.start() - 200), verb.start())
        soldiers = list(_SOLDIERS_OF_A_SIDE.finditer(_blank_asides(s[:closed.start()]))) if closed else []
        if soldiers:
            # "Ukrainian forces, which captured ... in Russia's Kursk region, now hold 500 km²": the
            # subject stands before the relative clause, not among the words inside it.
            return side_of_word(soldiers[-1].group("side"), f.claimant_side)
        lo, clause = _clause_before(s, verb.start(), 100)
        if f.metric in _GAINED_LAND and verb.start() >= f.fig.noun_end and lo < f.fig.noun_end:
            # "62 Ukrainian villages were captured": the figure's own words name where the places
            # lie, not who took them (see :func:`own_words`).
            a, b = max(0, f.fig.start - lo), f.fig.noun_end - lo
            clause = clause[:a] + " " * (b - a) + clause[b:]
        # "Russian operations in the north of Ukraine saw it control 45,000 km²": a pronoun right
        # before the verb stands for the clause's subject, its first side word, not the last one
        # named in a phrase before it (rule land_verb, pronoun subject).
        if _SUBJECTLESS_CLAUSE.match(clause) and not _free_side(clause, f.claimant_side):
            # "Ukrainian troops had retaken the town, but had advanced into Russian lines and liberated
            # 44 sq mi": a clause that opens with its verb shares the sentence's subject, not the side
            # a preposition governs inside it (rule land_verb, subjectless clause).
            subject = _SENTENCE_SUBJECT.match(_blank_asides(s[:verb.start()]))
            if subject:
                return side_of_word(subject.group("side") or subject.group("side2"), f.claimant_side)
        side = _subject_of_clause(clause, f.claimant_side, first=bool(_PRONOUN_SUBJECT.search(clause)))
        if side:
            return side
        if f.claimant_side in OPPOSITE and not _names_a_side(s[:f.fig.start]) and _SPEAKER_AS_LOSER.search(clause[-80:]):
            # "The brigade said that its forces advanced two km²", "the ministry said it had
            # captured": the speaker, named by a pronoun, took the land (rule land_verb, speaker's pronoun).
            return f.claimant_side
        if _COORDINATED.fullmatch(clause):
            # "the Armed Forces of Ukraine have advanced 30 km into Russian defences, captured 800
            # km² and gained control over 40 settlements": a verb in a list shares the sentence's
            # subject, not the side its neighbour's object names (rule shared_subject).
            subject = _SENTENCE_SUBJECT.match(_blank_asides(s[:verb.start()]))
            if subject:
                return side_of_word(subject.group("side") or subject.group("side2"), f.claimant_side)
            if verbs[0] is not verb:
                # "Since May the Kremlin has retaken part of the region liberated by Ukraine in 2022, and has
                # seized 2,800 km²": the coordinated verb shares the first verb's subject, not the side a
                # participle's "by" names in between (rule shared_subject_of_the_first_verb).
                first = _subject_of_clause(_clause_before(s, verbs[0].start(), 100)[1], f.claimant_side)
                if first:
                    return first
        # "Ukrainian forces, which captured 1,300 km²": the relative pronoun's antecedent took it.
        rel = _RELATIVE_SUBJECT.search(s, max(0, verb.start() - 100), verb.start())
        if rel:
            return side_of_word(rel.group("side"), f.claimant_side)
        break
    if not verbs or _SIDE_RE.search(s[f.fig.start:]):
        return None
    if _PRONOUN_SUBJECT_ENDS.search(s, max(0, verbs[-1].start() - 40), verbs[-1].start()):
        return None  # "... against occupying Russian forces they have liberated 31 km²": the pronoun is the subject, as above
    # The last side named before the figure, less one that says whose land it is ("had seized 3,700 km² of
    # Ukrainian territory and were now gaining 25 km² a day": Russia's, named before).
    before = [side for pos, side in side_mentions(s[:f.fig.start], f.claimant_side) if not _LAND_OF.search(s, max(0, pos - 40), pos) and not _in_a_country(_blanked(s), pos)
              and not _a_country_part(_blanked(s), pos)]
    return before[-1] if before else None


#: A subject pronoun right before a verb ("... they have |liberated").
_PRONOUN_SUBJECT_ENDS = re.compile(r"\b(?:they|he|she|we)\s+(?:(?:have|has|had|also|now|already|reportedly|successfully)\s+)*$", re.IGNORECASE)


#: After the counted places, who held them before: a relative clause ("which Russian troops had
#: held", "that Ukrainian forces occupied", "which had been under Russian occupation") or a
#: participle ("held by Russian forces since 2022").
_HELD_BY_AFTER = re.compile(rf"[^.;:]{{0,50}}?(?:\b(?:which|that)\s+|,\s*|\s)(?:the\s+)?(?P<side>{lx.RUSSIAN}|{lx.UKRAINIAN})\s+(?:(?!(?:was|were|is|are|been|be)\b)[\w-]+\s+){{0,2}}?(?:(?:has|have|had)\s+)?(?:\w+ly\s+)?"
                            rf"(?:{lx.HOLDING})\b"
                            rf"|[^.;:]{{0,50}}?\b(?:(?:which|that)\s+(?:(?:has|have|had)\s+)?(?:been\s+|was\s+|were\s+)?)?(?:\w+ly\s+)?(?:{lx.HOLDING})\s+(?:\w+\s+)?by\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?(?P<side2>{lx.RUSSIAN}|{lx.UKRAINIAN})\b"
                            rf"|[^.;:]{{0,50}}?\b(?:which|that)\s+(?:had\s+been|was|were)\s+under\s+(?:the\s+)?(?:(?:occupation|control)\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?)?(?P<side3>{lx.RUSSIAN}|{lx.UKRAINIAN})\b",
                            re.IGNORECASE)
#: Then the main clause's passive verb of taking, with no agent of its own ("were retaken").
_TAKEN_PASSIVE_AFTER = re.compile(r"[^.;:]{0,80}?\b(?:were|was|have\s+been|has\s+been|had\s+been|are|is|being)\s+(?:\w+ly\s+)?(?:now\s+|also\s+)?"
                                  r"(?:retaken|recaptured|captured|liberated|freed|reclaimed|regained|taken\s+back|won\s+back|seized|taken|de-?occupied|cleared)\b"
                                  rf"(?:\s+(?:\w+\s+)?by\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?(?P<taker>{lx.RUSSIAN}|{lx.UKRAINIAN})\b)?", re.IGNORECASE)


def held_before_taken(f) -> str | None:
    """Places "which Russian troops had held" (or "held by Russian forces") that "were retaken" were
    taken from that side: the holder in the clause after the figure is the loser, and the
    passive main verb with no agent says the other side took them ("by Ukrainian forces" names it)."""
    if f.metric not in _GAINED_LAND:
        return None
    held = _HELD_BY_AFTER.match(f.sentence, f.fig.noun_end)
    group = next((g for g in ("side", "side2", "side3") if held and held.group(g)), None)
    if not held or _SIDE_RE.search(f.sentence, f.fig.noun_end, held.start(group)):
        return None
    taken = _TAKEN_PASSIVE_AFTER.match(f.sentence, held.end())
    if not taken:
        return None
    holder = side_of_word(held.group(group), f.claimant_side)
    if taken.group("taker"):
        # "... were retaken by Ukrainian forces": the agent took them, if it is not the holder.
        taker = side_of_word(taken.group("taker"), f.claimant_side)
        return taker if taker != holder else None
    # A side named after, other than a speaker ("..., Ukrainian officials said"), may be the taker:
    # the holder's side named again makes it unclear.
    after = {side for _, side in side_mentions(_SPEAKER_WITH_SIDE.sub(_blank, f.sentence)[held.end():], f.claimant_side)}
    return None if holder in after or None in after else OPPOSITE.get(holder or "")


#: A relative clause opened after the figure and not yet closed (", which was occupied by").
_OPEN_RELATIVE = re.compile(r",\s+(?:which|that)\b[^,;.]*$", re.IGNORECASE)
#: Verbs of taking land back ("reclaimed", "liberated", "retaken").
_RETAKEN = re.compile(r"(?:reclaim|liberat|retak|retook|recaptur|regain|freed|de-?occup|won\s+back|took\s+back|taken\s+back)", re.IGNORECASE)
#: "it" or "they" right before a verb of land ("saw it control", "said they had captured").
_PRONOUN_SUBJECT = re.compile(r"\b(?:it|they)\s+(?:(?:has|have|had|now|also|already|still)\s+)*$", re.IGNORECASE)
#: "to" (and an adverb) right before a verb: an infinitive ("efforts to regain", "to regain |control").
_INFINITIVE_BEFORE = re.compile(r"\bto\s+(?:\w+ly\s+)?(?:(?:re)?gain\s+|take\s+|retake\s+|establish\s+|seize\s+)?$", re.IGNORECASE)
#: A clause that opens with its auxiliary and verb, no subject of its own ("had advanced ... and").
_SUBJECTLESS_CLAUSE = re.compile(r"^\s*(?:(?:also|then|later|has|have|had|not\s+only)\s+)+(?:\w+ly\s+)?[a-z]+(?:ed|en|ook|ought|ained)\b")


def _free_side(clause: str, claimant_side: str | None) -> bool:
    """A side word in the clause that no preposition governs (a possible subject)."""
    return any(not _AFTER_PREPOSITION.search(clause, max(0, pos - 30), pos) for pos, _ in side_mentions(clause, claimant_side))


#: The words between a list's comma or "and" and its next verb ("|, and |gained").
_COORDINATED = re.compile(r"\s*(?:and\s+|as\s+well\s+as\s+)?(?:(?:also|then|later|have|has|had)\s+)*", re.IGNORECASE)
#: A sentence's subject: the first soldiers or armed forces of a side before its first verb ("Since
#: May, |the Armed Forces of Ukraine| have ..."), after an opening phrase set off by a comma.
_SENTENCE_SUBJECT = re.compile(rf"^(?:[^,;.]{{0,60}},\s*)?(?:the\s+)?(?:(?P<side>{lx.RUSSIAN}|{lx.UKRAINIAN})\s+(?:[\w-]+\s+)?(?:soldiers|troops|forces|armed\s+forces|army|military|units|defen[cs]e\s+forces)"
                               rf"|(?:armed\s+forces|defen[cs]e\s+forces|army|troops)\s+of\s+(?:the\s+)?(?P<side2>{lx.RUSSIAN}|{lx.UKRAINIAN}))\b", re.IGNORECASE)


#: A verb right after a relative clause closed by a comma ("..., which captured X in August, now hold").
_AFTER_RELATIVE_CLAUSE = re.compile(r",\s+(?:which|who)\b(?:[^,;]|,(?=\d))*,\s*(?:(?:now|still|also|already|have|has|had)\s+){0,2}$", re.IGNORECASE)
_RELATIVE_SUBJECT = re.compile(rf"(?P<side>{lx.RUSSIAN}|{lx.UKRAINIAN})\s+(?:[\w-]+\s+){{0,2}}?(?:forces|troops|army|military|units|soldiers|brigades?|battalions?|regiments?|divisions?|formations|servicemen|fighters|marines|paratroopers),?\s+(?:which|that|who)\s+"
                               r"(?:(?:has|have|had)\s+)?(?:\w+ly\s+)?(?:also\s+)?$", re.IGNORECASE)
_FROM_SIDE = re.compile(rf"[^.;]{{0,60}}?\bfrom\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?(?P<side>{lx.RUSSIAN}|{lx.UKRAINIAN})\b", re.IGNORECASE)


_TAKEN_FROM_BEFORE = re.compile(rf"\b(?:(?:{lx.LIBERATION}|captured|seized|took|taken)\s+(?:back\s+)?|(?:capture|seizure|liberation)\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){{1,3}}?)from\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?(?P<side>{lx.RUSSIAN}|{lx.UKRAINIAN})\b", re.IGNORECASE)


#: After the figure, the whole it is part of: land a side had taken ("..., which is about a third of
#: the land first occupied" by Kyiv).
_PART_OF_LAND_HELD_BY = re.compile(rf"[^;]{{0,120}}?\bof\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,2}}?(?:territory|territories|area|land)\s+(?:that\s+|which\s+)?(?:had\s+been\s+|has\s+been\s+|was\s+|were\s+)?"
                                   rf"(?:(?:initially|originally|first|previously|earlier|once)\s+)?(?:occupied|seized|captured|taken)[\"”’']?\s+by\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?(?P<side>{lx.RUSSIAN}|{lx.UKRAINIAN})\b", re.IGNORECASE)


def taken_from(f) -> str | None:
    """Land taken "from Russian forces" was gained by the other side, the phrase after the figure
    or before it ("The territory recaptured from Russian forces consisted of 300 settlements",
    "after the capture of the town from Ukrainian units, 12 km² were liberated")."""
    if f.metric not in ("territory_gained", "settlements_retaken"):
        return None
    m = _FROM_SIDE.match(f.sentence, f.fig.noun_end) or _TAKEN_FROM_BEFORE.search(f.sentence, max(0, f.fig.start - 150), f.fig.start)
    if m is None and _RETAKEN.search(f.sentence):
        # "350 km² have been freed, about a third of the land first occupied by Kyiv":
        # a part of the land the side named had taken, won back by the other.
        m = _PART_OF_LAND_HELD_BY.match(f.sentence, f.fig.noun_end)
    side = side_of_word(m.group("side"), f.claimant_side) if m else None
    return OPPOSITE.get(side or "")


_UNDER_CONTROL = re.compile(rf"\bunder\s+(?:the\s+)?(?:(?:full|complete)\s+)?(?:control\s+of\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?(?P<side>{lx.RUSSIAN}|{lx.UKRAINIAN})\b"
                            rf"|(?P<side2>{lx.RUSSIAN}|{lx.UKRAINIAN})\s+(?:military\s+|army\s+)?control\b)", re.IGNORECASE)


def under_control(f) -> str | None:
    """Land or places now "under the control of Russian forces" ("under Moscow's control") are
    that side's gain, wherever the side stands in the sentence."""
    if f.metric not in ("territory_gained", "settlements_retaken"):
        return None
    m = _UNDER_CONTROL.search(f.sentence, f.fig.noun_end)
    if m and _FORMERLY_BEFORE.search(f.sentence, max(0, m.start() - 40), m.start()):
        return None  # "retook the town after seven months under Ukrainian control": who held it before, not who took it
    return side_of_word(m.group("side") or m.group("side2"), f.claimant_side) if m else None


#: Before "under X control", words that make it the land's former state, not its taker.
_FORMERLY_BEFORE = re.compile(r"(?:\bafter\s+(?:[\w-]+\s+){0,3}?(?:days?|weeks?|months?|years?)|\b(?:previously|formerly|once|earlier|long|from))\s+$", re.IGNORECASE)


_OCCUPIED_AREA = re.compile(r"\b(?:occupied\s+(?:area|territory|territories|land|part)|area\s+(?:of|under)\s+(?:the\s+)?occupation)\b", re.IGNORECASE)


def occupied_area(f) -> str | None:
    """Land added to "the occupied area" of Ukraine, with no side named, is Russia's gain
    ("The occupied area increased by 476 square kilometres in December")."""
    if f.metric != "territory_gained" or not _OCCUPIED_AREA.search(f.sentence) or _SIDE_RE.search(f.sentence):
        return None
    return "russia"


#: The speaker's own soldiers as the subject of a verb of land ("our troops have liberated", "the
#: commander said his forces had regained"): "our" always, "his", "her", "their" right after a verb
#: of saying, where they stand for the speaker.
_SPEAKERS_TROOPS = re.compile(r"(?:\b(?:our|my)|\b(?:said|says|say|reported|reports|announced|claimed|claims|stated|told\s+\w+)\s+(?:that\s+)?(?:his|her|their))\s+(?:[\w-]+\s+)?"
                              r"(?:troops|forces|soldiers|units|army|military|fighters|defenders|servicemen|brigades?)\s+(?:(?:have|has|had|now|also|already|successfully)\s+)*$", re.IGNORECASE)


def speakers_own_troops(f) -> str | None:
    """Land taken by "our troops", or by "his forces" in the words of the one who says so, is the
    speaker's side's gain ("The commander said his troops had regained control over 3 km²")."""
    if f.metric not in ("territory_gained", "settlements_retaken") or f.claimant_side not in OPPOSITE:
        return None
    verbs = [m for m in _GAIN_VERBS.finditer(f.sentence) if m.end() <= f.fig.start]
    if any(_SPEAKERS_TROOPS.search(f.sentence, max(0, verb.start() - 80), verb.start()) for verb in verbs):
        return f.claimant_side
    return None


def liberation_is_the_speakers(f) -> str | None:
    """"Liberated", "freed", "retook" with no side named are the speaker's own side's gains."""
    if f.metric not in ("territory_gained", "settlements_retaken") or f.claimant_side not in OPPOSITE:
        return None
    if not _LIBERATION.search(f.sentence):
        return None
    # Only the figure the verb governs: "their gain was 5 km², while our troops regained 26 km²" says
    # nothing of whose the 5 km² are (the verb in the figure's clause before it, or right after it).
    lo, _ = _clause_before(f.sentence, f.fig.start)
    after = _CLAUSE_BREAK.split(f.sentence[f.fig.noun_end:f.fig.noun_end + 80], maxsplit=1)[0]
    before = _LIBERATION.search(f.sentence, lo, f.fig.noun_end)  # up to the noun: "returned |24 km²" looks ahead to the figure
    if not (before and before.start() < f.fig.start) and not _LIBERATION.search(f.sentence, f.fig.noun_end, f.fig.noun_end + len(after)):
        return None
    # "164 km² have been liberated and 180 km² cleared of enemy sabotage groups": the speaker's
    # enemy, named as what the land was freed of, tells no other taker (rule liberation_is_the_speakers).
    text = _FREED_OF_THE_ENEMY.sub(_blank, _SPEAKER_WITH_SIDE.sub(_blank, f.sentence))
    # "51 km² have been liberated since the beginning of the Ukrainian offensive", said by Ukraine's
    # deputy minister: a side word naming only the speaker's own side names no other taker.
    named = {side_of_word(m.group(), f.claimant_side) for m in _SIDE_RE.finditer(text)}
    return f.claimant_side if named <= {f.claimant_side} else None


#: What land was freed or cleared of: the enemy, occupiers, invaders ("cleared of enemy sabotage
#: groups"); and the country it lies in ("24 km² of Ukrainian territory"), which names no taker.
_FREED_OF_THE_ENEMY = re.compile(r"\b(?:of|from)\s+(?:the\s+)?(?:enemy|occupiers?|invaders?|adversary)\b"
                                r"|\bof\s+(?:the\s+)?(?:Ukrainian|Ukraine['’]s)\s+(?:territory|land|soil)\b"
                                # "in Ukraine", "the ministry in Moscow": a country or capital is where, not who
                                # (rule country_as_place).
                                rf"|\b(?:in|inside|across|throughout|within)\s+(?:{lx.COUNTRIES_AND_CAPITALS})\b(?!['’ʼ])"
                                # "their counteroffensive against occupying Russian forces": whom the land was
                                # won against is never who won it.
                                rf"|\bagainst\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}(?:{lx.RUSSIAN}|{lx.UKRAINIAN})\b", re.IGNORECASE)


#: Leaders whose names are side words (:data:`lexicon.UKRAINIAN`, :data:`lexicon.RUSSIAN`), and verbs of saying.
_LEADER = r"(?:President\s+)?(?:Volodymyr\s+|Vladimir\s+)?(?:Zelensk\w*|Putin)"
_SAYING = r"(?:said|says|emphasi[sz]ed|stressed|noted|added|wrote|stated|announced|reported|claimed|continued|told\s+\w+)"


#: A speaker named with its side ("the Russian Defence Ministry said", "according to Ukraine's
#: General Staff"): its side word says who speaks, not who took the land.
_SPEAKER_WITH_SIDE = re.compile(
    rf"\baccording\s+to\s+(?:the\s+)?(?:{lx.RUSSIAN}|{lx.UKRAINIAN})\s+(?:[\w-]+\s+){{0,2}}?(?:ministry|mod|general\s+staff|government|military|army|command|officials?|president|spokes\w+)\b"
    rf"|\b(?:{lx.RUSSIAN}|{lx.UKRAINIAN})\s+(?:[\w-]+\s+){{0,2}}?(?:ministry|mod|general\s+staff|government|officials?|president|spokes\w+)\b"
    rf"(?:\s+(?:on\s+\w+|also|has|had|later))?\s+(?:said|says|reported|reports|announced|claimed|claims|stated|confirmed)\b"
    # The speaker's post in a side's body, set off by commas ("a general, deputy head of Russia's
    # General Staff, told reporters"): the side word describes who speaks.
    rf"|,\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){{0,2}}?(?:head|chief|deputy|spokes\w+|commander(?:-in-chief)?|minister|officer|official)\s+(?:of|for|at)\s+(?:the\s+)?(?:{lx.RUSSIAN}|{lx.UKRAINIAN})\s+"
    rf"(?:[\w-]+\s+){{0,2}}?(?:general\s+staff|ministry|mod|army|armed\s+forces|military|government|command|navy|air\s+force)\b[^,;.]{{0,30}},"
    # A leader whose name is a side word, with a verb of saying (", Zelensky emphasized"): who speaks.
    rf"|\b(?:{_LEADER})\s+(?:(?:also|has|had|later)\s+)?{_SAYING}\b|\b{_SAYING}\s+(?:(?:the\s+)?president\s+)?(?:{_LEADER})\b",
    re.IGNORECASE)


def _blank(m: re.Match) -> str:
    return " " * len(m.group())


def mover_or_thief(f) -> str | None:
    """Who fled or stole: the subject before the verb, however long the list ("Russian soldiers fled ... in 20 trucks")."""
    if f.metric not in ("vehicles_fled", "vehicles_stolen", "personnel_fled"):
        return None
    pattern = lx.STOLEN_RE if f.metric == "vehicles_stolen" else lx.FLED_RE
    verbs = [m for m in pattern.finditer(f.sentence)]
    if not verbs and f.metric == "vehicles_stolen":
        verbs = [m for m in lx.TAKEN_AWAY_RE.finditer(f.sentence)]  # "Russian troops seized three tractors": farm machinery taken is stolen
    if not verbs:
        return None
    verb = next((m for m in reversed(verbs) if m.start() < f.fig.start), verbs[0])
    # "Russian troops in the Ukrainian city of Melitopol ... stole 30 pieces": the soldiers of a
    # side before the verb are its subject, before any nearer side word.
    soldiers = [m for m in _SOLDIERS_OF_A_SIDE.finditer(_blank_asides(f.sentence[:verb.start()]))]
    if soldiers:
        return side_of_word(soldiers[-1].group("side"), f.claimant_side)
    found = (_last_side(f.sentence[max(0, verb.start() - 70):verb.start()], f.claimant_side) or _last_side(f.sentence[:f.fig.start], f.claimant_side))
    if found:
        return found
    # "the theft of two harvesters ..., and rivalry between groups within Russian troops": the
    # only side's soldiers the sentence names, wherever they stand.
    troops = {side_of_word(m.group("side"), f.claimant_side) for m in _SOLDIERS_OF_A_SIDE.finditer(_blank_asides(f.sentence))}
    if len(troops) == 1:
        return troops.pop()
    return None if _SIDE_RE.search(f.sentence) else f.context.paragraph_movers_side


_LAUNCHED_BY = re.compile(rf"\b(?:launched|fired|deployed|sent)\s+(?:\w+\s+){{0,3}}?by\s+(?:the\s+)?(?P<side>{lx.RUSSIAN}|{lx.UKRAINIAN})\b"
                          rf"|\b(?P<side2>{lx.RUSSIAN}|{lx.UKRAINIAN})\s+(?:[\w-]+\s+){{0,2}}?(?:(?:has|had|have)\s+)?(?:also\s+)?launched\b"
                          # "Russia fired 60 drones", "Russia attacked Ukraine with 90 drones and 12 missiles": other verbs
                          # of launching, only with the drones or missiles as their object (not "air defence used ...").
                          rf"|\b(?P<side3>{lx.RUSSIAN}|{lx.UKRAINIAN})\s+(?:[\w-]+\s+){{0,2}}?(?:(?:has|had|have)\s+)?(?:also\s+)?"
                          rf"(?:fired|deployed|sent|unleashed|attacked\s+(?:[\w-]+\s+){{0,3}}?with)\s+(?:[\w,.-]+\s+){{0,4}}?(?:drones|UAVs|missiles|Shaheds|rockets)\b", re.IGNORECASE)


def launched_by(f) -> str | None:
    """Drones and missiles shot down are the side's that launched them ("Russia launched 100
    drones overnight, of which 80 were shot down"; "45 of 60 drones launched by Russia")."""
    if f.metric != "equipment_losses" or f.fig.item_class not in ("drone", "missile"):
        return None
    found = {side_of_word(_side_group(m), f.claimant_side) for m in _LAUNCHED_BY.finditer(_blanked(f.sentence))}
    return found.pop() if len(found) == 1 else None


_ONLY_RUSSIAN = re.compile(rf"\b(?:{lx.ONLY_RUSSIAN_TYPES})", re.IGNORECASE)
_ONLY_UKRAINIAN = re.compile(rf"\b(?:{lx.ONLY_UKRAINIAN_TYPES})", re.IGNORECASE)


#: After the counted noun, the type it belongs to ("rockets of the HIMARS multiple launch rocket system").
_OF_A_TYPE = re.compile(rf"\s+(?:of|from)\s+(?:the\s+|an?\s+)?(?:[\w.’'-]+\s+){{0,2}}?(?:{lx.ONLY_RUSSIAN_TYPES}|{lx.ONLY_UKRAINIAN_TYPES})", re.IGNORECASE)


def only_one_side_fields_it(f) -> str | None:
    """A type only one side fields is that side's loss, whatever else the sentence seems to say
    ("two Su-34s were downed over Luhansk": Russia alone flies the Su-34). Tried first: the
    type is a fact about the thing lost, the other rules read the sentence around it."""
    if f.metric not in ("equipment_losses", "vehicles_captured"):
        return None
    words = f.sentence[f.fig.start:max(f.fig.noun_end, f.fig.end)]
    of_type = _OF_A_TYPE.match(f.sentence, f.fig.noun_end)
    if of_type:
        words += of_type.group()  # "10 rockets of the US-made HIMARS system": the launcher's type is its side's
    russian, ukrainian = bool(_ONLY_RUSSIAN.search(words)), bool(_ONLY_UKRAINIAN.search(words))
    return None if russian == ukrainian else ("russia" if russian else "ukraine")


_OVER_PLACE = re.compile(r"\b(?:shot\s+down|downed|intercepted|destroyed|neutrali[sz]ed|suppressed)\s+(?:\w+\s+){0,4}?(?:over|above)\s+(?:the\s+)?(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)", re.IGNORECASE)


#: Shot down "in" a place, as air defence's verbs say it ("Four drones have been shot down in Russia's
#: Voronezh Region"); not "destroyed in", which is also how a side tallies what it destroyed on the ground.
_DOWNED_IN_PLACE = re.compile(r"\b(?:shot\s+down|downed|intercepted)\s+(?:\w+\s+){0,2}?in\s+(?:the\s+)?(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)")
#: Destroyed by air defence or electronic warfare "in" a place ("18 UAVs were destroyed or jammed by
#: electronic warfare in Bryansk Oblast"): the air defence's own words, as "shot down in".
_BY_AIR_DEFENCE_IN_PLACE = re.compile(r"\b(?:destroyed|intercepted|downed|neutrali[sz]ed|suppressed|jammed)\b(?:\s+[\w-]+){0,4}?\s+by\s+(?:the\s+)?(?:[\w-]+\s+)?"
                                      r"(?:air\s+defen[cs]es?|electronic\s+warfare|EW)(?:\s+(?:systems?|means|units?|forces))?\s+(?:in|over|above)\s+(?:the\s+)?(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)")
#: A later part of the same list with its verb gapped (", eight over Russia's Rostov region", ", nine in Kursk Oblast").
_GAPPED_OVER_PLACE = re.compile(r"(?:,|\band\b)\s+(?:and\s+)?(?:[\w-]+\s+){0,2}?(?:over|above|in)\s+(?:the\s+)?(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)")


def shot_down_over(f) -> str | None:
    """Drones, missiles and aircraft shot down over Russia or a Russian region were Ukraine's
    ("two drones were shot down over the Belgorod region"); over Ukraine, Russia's."""
    if f.metric != "equipment_losses" or f.fig.item_class not in ("drone", "missile", "aircraft", "helicopter") and not _air_targets(f):
        return None
    # "13 drones were intercepted over the Sea of Azov, eight over Russia's Rostov region": every place
    # the list names that tells a side, a sea none; one side told by them all decides.
    first = _OVER_PLACE.search(f.sentence) or _DOWNED_IN_PLACE.search(f.sentence) or _BY_AIR_DEFENCE_IN_PLACE.search(f.sentence)
    if first is None:
        return None
    places = sorted([first, *_OVER_PLACE.finditer(f.sentence, first.end()), *_GAPPED_OVER_PLACE.finditer(f.sentence, first.end())], key=lambda m: m.start("place"))
    own = next((m for m in places if m.start("place") >= f.fig.noun_end), None)
    if own is not None and _side_over(own.group("place")) in OPPOSITE:
        return _side_over(own.group("place"))  # the place of the figure's own part of the list
    # "13 drones were intercepted over the Sea of Azov, eight over Russia's Rostov region": a part
    # over a sea tells no side; every place the list names that does must tell the same one.
    told = {_side_over(m.group("place")) for m in places} - {None}
    return told.pop() if len(told) == 1 and told <= set(OPPOSITE) else None


def _side_over(place: str) -> str | None:
    """Whose drones or missiles were shot down over ``place``: Ukraine's over Russia, Russia's over
    Ukraine; "a place in Ukraine" where the place table puts it there but no side follows alone."""
    if re.match(r"Russia\b|Russian\s+territory", place):
        return "ukraine"
    if re.match(r"Ukraine\b|Ukrainian\s+territory", place):
        return "russia"
    if a_place_in_russia(place):
        return "ukraine"
    _, hit = _in_the_place_table(place)
    return "a place in Ukraine" if hit and hit[1].startswith("UA-") else None


def _air_targets(f) -> bool:
    """"12 airborne targets", "66 air targets": drones and missiles counted together, which the rules
    of where they were shot down or were heading tell the side of as they do drones (rule air_targets)."""
    return bool(lx.AIR_TARGETS_RE.fullmatch(f.fig.unit_raw or ""))


def _in_the_place_table(place: str) -> tuple[str, tuple | None]:
    """A place's name without "region", "oblast" or "province", and the place table's entry for it (or None)."""
    name = re.sub(r"\s+(?:region|oblast|province)$", "", place, flags=re.IGNORECASE)
    return name, place_index()[0].get(name.lower())


def a_place_in_russia(place: str) -> bool:
    """A place the place table puts in Russia, or a region of Russia it does not hold ("the Saratov region")."""
    name, hit = _in_the_place_table(place)
    return bool(hit and hit[1].startswith("RU-")) or (hit is None and bool(lx.RUSSIAN_REGION_RE.fullmatch(name)))


def a_region_russia_holds_none_of(region: str) -> bool:
    """A region of Ukraine that Russia's forces hold no part of (``lexicon.UNOCCUPIED_OBLASTS``), or Kyiv."""
    _, hit = _in_the_place_table(region)
    return bool(hit and hit[1] in lx.UNOCCUPIED_OBLASTS) or region in ("Kyiv", "Kiev")


#: Drones or missiles on their way to a place ("heading towards Moscow", "on approach to the capital",
#: "shot down near Moscow"): the place is what they attacked.
_TOWARDS_PLACE = re.compile(r"\b(?:(?:heading|headed|flying|flew|moving|en\s+route)\s+(?:towards?|for|to)|targeting|attacking|(?:on|during)\s+(?:the\s+|their\s+)?approach(?:es)?\s+to"
                            r"|approaching|(?:shot\s+down|downed|intercepted|destroyed|neutrali[sz]ed|repelled)\s+(?:\w+\s+){0,2}?(?:near|outside|around))"
                            r"\s+(?:the\s+)?(?P<place>(?:Russian\s+|Ukrainian\s+)?capital|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)", re.IGNORECASE)
#: The capital a sentence names ("Moscow Mayor Sergei Sobyanin said ... heading towards the capital").
_CAPITALS = re.compile(r"\b(?P<ru>Moscow)\b|\b(?P<ua>Kyiv|Kiev)\b")


def attacked_place(f) -> str | None:
    """Drones and missiles shot down on their way to a place in Russia were Ukraine's ("Sobyanin
    said 11 drones heading towards Moscow were shot down", "74 drones were downed near Moscow");
    on their way to Kyiv, Russia's. "The capital" is the one capital the sentence names."""
    if f.metric != "equipment_losses" or f.fig.item_class not in ("drone", "missile") and not _air_targets(f):
        return None
    text = _blanked(f.sentence)
    sides = set()
    for m in _TOWARDS_PLACE.finditer(text):
        place = m.group("place")
        # The pattern ignores case: the place is its capitalised words ("Moscow overnight": Moscow).
        words = place.split()
        place = " ".join(words[:2] if len(words) > 1 and words[1][0].isupper() else words[:1])
        if re.match(r"(?:Russian|Ukrainian)\s+capital", m.group("place"), re.IGNORECASE):
            sides.add("ukraine" if m.group("place").lower().startswith("russian") else "russia")  # "on approach to the Russian capital"
            continue
        if place.lower() == "capital":
            capitals = {"ukraine" if c.group("ru") else "russia" for c in _CAPITALS.finditer(text)}
            sides |= capitals if len(capitals) == 1 else {None}
            continue
        if not place[0].isupper():
            continue  # "heading for their targets": no place
        if re.match(r"(?:Kyiv|Kiev)\b", place):
            sides.add("russia")
            continue
        sides.add("ukraine" if a_place_in_russia(place) else None)
    return sides.pop() if len(sides) == 1 else None


#: Drones or missiles downed in or over places ("destroyed 11 drones in the Mykolaiv, Odesa and Vinnytsia
#: regions", "shot down overnight in Ukraine", "downed over eight Ukrainian regions"): the places' list.
_IN_PLACES = re.compile(r"\b(?P<verb>shot\s+down|downed|intercepted|destroyed|neutrali[sz]ed|eliminated|(?:downing|interception)\s+of)\s+(?:[\w’'-]+\s+){0,5}?"
                        r"(?P<prep>over|above|in|within|across)\s+(?:the\s+)?(?:(?:skies|sky|territor(?:y|ies))\s+of\s+(?:the\s+)?)?"
                        r"(?P<places>(?:(?:[A-Z][\w’'-]+|and|western|eastern|northern|southern|central|north-?eastern|south-?eastern|"
                        r"north-?western|south-?western|six|seven|eight|nine|ten|\d+|five|four|three|two),?\s+){0,20}?"
                        r"(?:Ukraine\b(?![’'])|(?:Ukrainian\s+)?(?:[Rr]egions?|[Oo]blasts?|[Pp]rovinces?)\b|[A-Z][\w’'-]+\s+(?:[Rr]egions?|[Oo]blasts?)\b))")


_AIR_DEFENCE = re.compile(r"\b(?:air[\s-]+defen[cs]es?|anti-aircraft|air\s+force|mobile\s+fire\s+groups?)\b", re.IGNORECASE)


def downed_over_ukraine(f) -> str | None:
    """Drones and missiles downed in or over Ukraine, Ukrainian regions, or regions of Ukraine that Russia
    holds no part of were Russia's ("the Shahed drones were downed over six Ukrainian regions", "one drone
    was shot down over western Chernivtsi Oblast"). Not for a Russian claimant, and every place in the list
    must be such a region: one unknown or contested leaves the figure to the other rules."""
    if f.metric != "equipment_losses" or f.fig.item_class not in ("drone", "missile") or f.claimant_side == "russia":
        return None
    found = set()
    for m in _IN_PLACES.finditer(_blanked(f.sentence)):
        places = m.group("places")
        inside = m.group("prep").lower() in ("in", "within")
        air_verb = bool(re.match(r"shot|down|intercept", m.group("verb"), re.IGNORECASE))
        if inside and not air_verb and not _AIR_DEFENCE.search(f.sentence):
            # "4,820 vehicles were destroyed in Ukraine", "destroyed 10 drones at a depot in the Odesa region":
            # Russia's tallies of what it destroyed there; only air defence's words say shot down
            found.add(None)
            continue
        if re.fullmatch(r"Ukraine", places):
            found.add(None if inside and not air_verb else "russia")  # "shot down in Ukraine"; "destroyed in Ukraine" is also Russia's tally
            continue
        if re.fullmatch(r"(?:[\w-]+,?\s+)*Ukrainian\s+\w+", places):
            found.add("russia")  # "over eight Ukrainian regions"
            continue
        names = [w for w in re.findall(r"[A-Z][\w’'-]+", places) if w.lower() not in lx.REGION_LIST_WORDS]
        if not names:
            found.add(None)  # "over the region": whose, the sentence does not say here
            continue
        isos = [(place_index()[0].get(n.lower()) or ("", "KYIV" if n in ("Kyiv", "Kiev") else ""))[1] for n in names]
        free = [i in lx.UNOCCUPIED_OBLASTS or i == "KYIV" for i in isos]
        # Every region free of Russia's forces; or a list of Ukraine's regions, two of them free, with no
        # place in Russia, no Crimea and no unknown name ("in the Poltava, Kharkiv and Zaporizhzhia regions":
        # Russia's lists never name Poltava).
        mixed = sum(free) > 1 and all(i.startswith("UA-") and i not in lx.CONTESTED_ALWAYS or i == "KYIV" for i in isos)
        found.add("russia" if all(free) or mixed else None)
    return found.pop() if len(found) == 1 else None


_OVER_SPEAKERS_REGION = re.compile(rf"\b(?:over|above|in|within)\s+(?:the\s+sky\s+over\s+)?(?:the\s+territory\s+of\s+)?{lx.SPEAKERS_REGION}\b", re.IGNORECASE)


def over_the_speakers_region(f) -> str | None:
    """Drones and missiles downed "over our region" or "over his region", as a regional official reports
    them, were the other side's than the official's ("the air force shot down one missile over his
    region", Governor X said; "seven drones in the sky over our region were destroyed")."""
    if f.metric != "equipment_losses" or f.fig.item_class not in ("drone", "missile") or f.claimant_side not in OPPOSITE:
        return None
    if _OVER_THE_REGION.search(f.sentence) and _REGIONAL_HEAD.search(f.sentence):
        # "X, the Governor of Kursk Oblast, wrote that five drones were downed in the region": the
        # region a governor speaks of is the one he governs.
        return OPPOSITE[f.claimant_side]
    return OPPOSITE[f.claimant_side] if _OVER_SPEAKERS_REGION.search(f.sentence) else None


_OVER_THE_REGION = re.compile(r"\b(?:over|above|in|within)\s+the\s+(?:sky\s+over\s+the\s+)?(?:region|oblast|province)\b(?!\s+of\b)", re.IGNORECASE)
_REGIONAL_HEAD = re.compile(r"\b(?:[Gg]overnor|head\s+of\s+the\s+[\w\s-]{0,30}?(?:[Rr]egion(?:al)?|[Oo]blast)(?:\s+(?:[Mm]ilitary\s+)?[Aa]dministration)?)\b")


#: Drones or missiles in the passive of shooting down ("359 drones were shot down"), or after the
#: speaker's own pronoun ("it had intercepted 40 missiles").
_DOWNED_PASSIVE = re.compile(r"\b(?:(?:were|was|been|being)\s+(?:\w+ly\s+)?(?:shot\s+down|downed|intercepted|destroyed|neutrali[sz]ed|suppressed)"
                             r"|\b(?:it|they)\s+(?:(?:had|has|have)\s+)?(?:shot\s+down|downed|intercepted|destroyed))\b", re.IGNORECASE)


def downed_by_the_speakers_air_defence(f) -> str | None:
    """Drones and missiles an air force says "were shot down" are what it shot down: the other side's
    ("The Ukrainian Air Force reported that 147 drones were shot down"). Its own interceptions are what
    an air force reports; the sentence must name no other side (rule downed_by_the_speakers_air_defence)."""
    if (f.metric != "equipment_losses" or f.fig.item_class not in ("drone", "missile") and not _air_targets(f)
            or f.claimant_side not in OPPOSITE or not f.claimant or not _AIR_DEFENCE.search(f.claimant)):  # the speaker is an air force or air defence
        return None
    if not _DOWNED_PASSIVE.search(f.sentence):
        return None
    return OPPOSITE[f.claimant_side] if _names_only_the_speakers_side(f.sentence, f.claimant_side) else None


#: "The Russians have minus 75 tanks", "minus 5 boats per day from the enemy": the side that has "minus" them.
_MINUS_OF_A_SIDE = re.compile(rf"(?:(?P<side>{lx.RUSSIAN}|{lx.UKRAINIAN})\s+(?:[\w-]+\s+){{0,2}}?(?:(?:has|have|had|is|are|was|were)\s+)?minus\b"
                              rf"|\bminus\s+[^.;]{{0,60}}?\bfrom\s+(?:the\s+)?(?P<side2>{lx.RUSSIAN}|{lx.UKRAINIAN}))", re.IGNORECASE)


def minus_of_a_side(f) -> str | None:
    """What a side "has minus", or is "minus ... from", it lost (rule minus_of_a_side)."""
    if f.metric not in LOSS_METRICS:
        return None
    m = _MINUS_OF_A_SIDE.search(f.sentence)
    return side_of_word(m.group("side") or m.group("side2"), f.claimant_side) if m else None


#: The war's Russian name with its place ("the special military operation in Ukraine"): no side of its own.
_OPERATION_IN_UKRAINE = re.compile(r"\s+(?:in|on\s+the\s+territory\s+of)\s+Ukraine\b(?!['’])", re.IGNORECASE)


def operation_tally(f) -> str | None:
    """Items destroyed "since the start of the special military operation", a tally told in
    Russia's name for its war, with no side named and no "we" or "our": what Russia's forces
    destroyed, Ukraine's ("In all, since the beginning of the special military operation, 300
    aircraft ... have been destroyed"). Only equipment, and only verbs of destroying: Russia
    counts its own dead in the same words ("98 servicemen were killed during the special military
    operation"), never its own hardware."""
    if f.metric != "equipment_losses":
        return None
    m = lx.SPECIAL_OPERATION_TALLY.search(f.sentence)
    if not m:
        return None
    end = m.end()
    place = _OPERATION_IN_UKRAINE.match(f.sentence, end)
    end = place.end() if place else end
    text = f.sentence[:m.start()] + " " * (end - m.start()) + f.sentence[end:]
    if _names_a_side(text) or _FIRST_PERSON.search(_blanked(text)) or _PATIENT_VERBS.search(text) or not _AGENT_VERBS.search(text):
        return None
    return "ukraine"


def tally_of_one_side(f) -> str | None:
    """A count of soldiers by a tracker of one side's dead, with no side told ("BBC Russian said more
    than 12,200 soldiers have been confirmed killed"): that side's (``lexicon.ONE_SIDED_TALLIES``), a
    fact about what the tracker counts, not a guess from the speaker's side. Tried last."""
    if f.metric != "personnel_losses" or not f.claimant:
        return None
    if f.claimant in lx.ONE_SIDED_TALLIES:
        return lx.ONE_SIDED_TALLIES[f.claimant]
    # "working with Mediazona, the BBC has confirmed the deaths of 612 more people": a count made with
    # such a tracker is of its side too.
    told = {side for name, side in lx.ONE_SIDED_TALLIES.items() if name in f.sentence}
    return told.pop() if len(told) == 1 and f.claimant_side == "third_party" else None


#: The rules, in the order they are tried.
RULES = [only_one_side_fields_it, subject_lost_too, own_words, speakers_word_for_the_enemy, possessive, whose_after, on_a_side_after_the_pair, admitted_own, body_admitted_own, cost_of_gains, losses_named_before, costliest_for, reported_own_suffering, toll_of_the_main_clause, heading_before_colon, verb_of_loss, side_topic, dead_of_a_struck_post, side_ends_the_list, ukraines_defence_forces,
         launched_by, shot_down_over, attacked_place, downed_over_ukraine, over_the_speakers_region, downed_by_the_speakers_air_defence, minus_of_a_side, listed_losses, whole_named_before, whole_lost_by, whole_destroyed_before, continued_list, taken_from, held_before_taken, under_control, gapped_subject, land_verb,
         speakers_own_troops, liberation_is_the_speakers, land_of_the_other_side, occupied_area, continues_earlier_land, mover_or_thief,
         operation_tally, tally_of_one_side, part_of_those_held, report_on_losses]


@dataclass
class _Facts:
    fig: object
    metric: str
    sentence: str
    claimant_side: str | None
    context: SideContext
    claimant: str | None = None


def subject_side(fig, metric: str, sentence: str, claimant_side: str | None, context: SideContext | None = None,
                 claimant: str | None = None) -> tuple[str, str]:
    """The side a figure is about and the name of the rule that told it (``unknown``, "" when none did).
    ``claimant`` is the canonical name of who speaks, for the rules that read the speaker's scope."""
    facts = _Facts(fig, metric, sentence, claimant_side, context or SideContext(), claimant)
    for rule in RULES:
        side = rule(facts)
        if side in OPPOSITE:
            return side, rule.__name__
    return UNKNOWN, ""


_LOSS_STEMS = ("loss", "casualt", "dead", "killed", "toll", "fatalit", "lost", "suffered", "abandoned", "fallen", "slain", "wounded")


def note_losses_heading(sentence: str, has_figures: bool, claimant_side: str | None, context: SideContext) -> None:
    """Remember whose losses a sentence names, for a list that follows it ("Enemy losses:").

    A sentence that names one side's losses sets it; one that names no side's leaves it.
    """
    low = guard.lowered(sentence) or sentence.lower()
    about_losses = any(w in low for w in _LOSS_STEMS)
    if not about_losses:
        found = []
    else:
        found = [m for m in _SIDE_LOSSES.finditer(sentence)] + [m for m in _SIDE_LOST.finditer(sentence)]
        found = [m for m in found if not _side_is_a_place(m, sentence)]
    found.sort(key=lambda m: m.start())
    if found:
        m = found[-1]
        if _joined_to_the_other_side(sentence, m.start(), side_of_word(_side_group(m), claimant_side), claimant_side):
            # "combined Russian and Ukrainian casualties may reach 1.8 million": both sides' losses
            # head no list of one side's (joint toll).
            context.losses_side = None
            return
        context.losses_side = side_of_word(_side_group(m), claimant_side)
        context.losses_speaker = claimant_side if claimant_side in OPPOSITE else None
    elif has_figures and _SIDE_RE.search(sentence):
        context.losses_side = None  # a sentence about someone else: the heading no longer governs
    elif about_losses and context.losses_side in OPPOSITE and OPPOSITE[context.losses_side] in _sides_not_places(sentence, claimant_side):
        # "Ukrainian forces had suffered 70,000 deaths ... Russia has provided few official casualty
        # figures. The most recent data ... pointed to just over 6,000 deaths": a sentence of losses
        # about the other side, figures or none, ends the list of the first side's.
        context.losses_side = None


def _sides_not_places(sentence: str, claimant_side: str | None) -> set:
    """The sides a sentence names, less countries named as places ("confrontations in Ukraine")."""
    text = _blanked(sentence)
    return {side for pos, side in side_mentions(sentence, claimant_side) if not _in_a_country(text, pos) and not _a_country_part(text, pos)}


_FAMILY = {"personnel_losses": "loss", "equipment_losses": "loss", "territory_gained": "land", "territory_lost": "land",
           "settlements_retaken": "land", "vehicles_fled": "fled", "personnel_fled": "fled", "vehicles_stolen": "stolen"}
_VERB_OR_SIDE = re.compile(rf"{_SIDE_RE.pattern}|{_AGENT_VERBS.pattern}|{_PATIENT_VERBS.pattern}|[.;]", re.IGNORECASE)


# ("4,100 soldiers had died while 260 tanks were destroyed": "died" too, before a clause word; rule list_mate, died then a passive.)
_PASSIVE_OF_THE_FIRST = re.compile(r"^\s*(?:(?:(?:were|was|have\s+been|had\s+been)\s+(?:\w+ly\s+)?)?(?:killed|dead|wounded|injured|destroyed|damaged|captured|shot\s+down|downed)"
                                   r"|(?:(?:had|have|has)\s+)?(?:\w+ly\s+)?died\b(?=\s+(?:while|and|as|whereas)\b))"
                                   r"(?:\s+(?:and|or)\s+(?:wounded|injured|damaged))?", re.IGNORECASE)
#: After the first figure's noun, a few words naming a country as a place ("stationed in Russia"),
#: then what happened to it in the passive ("were killed and").
_PASSIVE_AFTER_A_PLACE = re.compile(r"^\s*(?:(?!(?:and|or|but|while)\b)[\w,-]+\s+){1,4}?(?:in|inside|across|throughout)\s+(?:Russia|Ukraine)\s+"
                                   r"(?:were|was|have\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:killed|wounded|injured|destroyed|captured)(?:\s+(?:and|or)\s+(?:wounded|injured))?", re.IGNORECASE)
#: Between two items of a bulleted list ("• 1,100 soldiers;\n• 12 tanks"): not a sentence's end.
_ITEM_BREAK = re.compile(r"[;,]?\s*\n\s*(?:[•*·‣–—-]\s*)?")
_PART_BEFORE = re.compile(r"\b(?:including|of\s+which|of\s+them|among\s+them|of\s+these)\s+(?:(?:between|about|around|some|more\s+than|over|nearly|almost|up\s+to|at\s+least)\s+)?$", re.IGNORECASE)


#: The side a figure's people fought against ("in battles with Russia's Battlegroup Yug").
_FOUGHT_AGAINST = re.compile(rf"\b(?:battles?|clashes?|fights?|fighting|combat|engagements?)\s+(?:with|against)\s+(?:the\s+)?(?:{lx.RUSSIAN}|{lx.UKRAINIAN})\b", re.IGNORECASE)


def share_sides(decided: list, sentence: str) -> None:
    """Figures of one list share a side ("destroyed 70 Ukrainian soldiers ..., 240 troops in the
    Kupyansk direction"): a figure whose side no rule told takes its neighbour's in the same
    kind of list, when no other side word or verb stands between them (rule ``list_mate``).

    ``decided`` holds the extractor's decisions (``fig``, ``metric``, ``subject``, ``side_rule``).
    """
    for order in (decided, decided[::-1]):
        known = None
        for d in order:
            fig, metric, subject = d.fig, d.metric, d.subject
            if subject in OPPOSITE:
                known = d
                continue
            if known is None or _FAMILY.get(known.metric) != _FAMILY.get(metric):
                continue
            lo, hi = sorted((known.fig.noun_end, fig.start)) if known.fig.start < fig.start else sorted((fig.noun_end, known.fig.start))
            if known.fig.start < fig.start and _PART_BEFORE.search(sentence, max(0, fig.start - 40), fig.start):
                d.subject, d.side_rule = known.subject, "part_of_the_figure_before"  # "30,000 casualties ..., including 7,000 killed"
                # "..., including 15,000 killed in action and 109,000 wounded": the next part follows
                # this one, with the verb of this one between (rule list_mate, after a part).
                known = d
                continue
            # "1,351 Russian soldiers were killed and 3,825 others injured": what happened to the
            # first figure, said in the passive, names no other side.
            between = _ITEM_BREAK.sub(" ", _PASSIVE_OF_THE_FIRST.sub("", _blank_asides(sentence)[lo:hi]))
            if known.fig.start < fig.start:
                # "100 soldiers stationed in Russia were killed and another 1,000 wounded": a country
                # named as where the first figure's people were, then its passive, names no other side
                # (rule list_mate, passive after a place).
                between = _PASSIVE_AFTER_A_PLACE.sub("", between)
            # "lost 610 soldiers in battles with Russia's Yug group, and another 325": the side one
            # fought against names no loser (rule list_mate, the opponent in battle).
            between = _FOUGHT_AGAINST.sub(" ", between)
            if not _VERB_OR_SIDE.search(between):
                d.subject, d.side_rule = known.subject, "list_mate"


# --- who a sentence says lost, for who speaks (read by attribution.py) ----------------------------

#: A figure with its side right after it ("up to 1,240 Ukrainian servicemen", "14 Russian drones").
_COUNTED_SIDE = re.compile(rf"(?:\d[\d,.]*|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))\s+(?:(?:more|other|further)\s+)?(?P<side>{lx.RUSSIAN}|{lx.UKRAINIAN})\b", re.IGNORECASE)
#: A figure, its noun, then the forces it belonged to ("33 unmanned aerial vehicles (UAVs) of the Armed
#: Forces of Ukraine", "40 soldiers of the Ukrainian army"): that side lost them (rule counted_of_the_forces,
#: read by attribution.py for a bare ministry: the one that reports them is the other side's).
_COUNTED_OF_FORCES = re.compile(rf"(?:\d[\d,.]*|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))\s+(?:[\w-]+\s+){{0,3}}?[\w-]+\s+of\s+(?:the\s+)?"
                                rf"(?:(?:armed\s+forces|army|military|troops|forces|navy)\s+of\s+(?:the\s+)?(?P<side>{lx.RUSSIAN}|{lx.UKRAINIAN})\b"
                                rf"|(?P<side2>{lx.RUSSIAN}|{lx.UKRAINIAN})\s+(?:armed\s+forces|army|military|troops|forces|navy)\b|(?P<side3>AFU|ZSU)\b)", re.IGNORECASE)
#: A side as the subject of a verb that does it to the other side ("Russian forces destroyed",
#: "Ukraine's air force shot down"); not a passive ("Russian drones were destroyed"). Land
#: liberated is land the other side lost: "Ukrainian forces have liberated 7 km² ..., which was
#: captured by Russian forces in May" names both sides as losers, and so guesses no speaker's side.
_SIDE_AS_AGENT = re.compile(rf"(?P<side>{lx.RUSSIAN}|{lx.UKRAINIAN})\s+(?:(?!(?:was|were|been|being|is|are|be|by|of)\b)[\w'’-]+\s+){{0,3}}?"
                            rf"(?:(?:has|have|had)\s+)?(?:\w+ly\s+)?(?:also\s+)?(?:{lx.AGENT_VERBS}|{lx.LIBERATION})\b(?!\s+by\b)", re.IGNORECASE)
#: A passive's agent ("were destroyed by Ukrainian forces", "liberated by Ukraine"): the other side lost.
_BY_SIDE = re.compile(rf"\b(?:{lx.AGENT_VERBS}|{lx.LIBERATION})\s+(?:\w+ly\s+)?by\s+(?:the\s+)?(?:[\w-]+\s+)?(?P<side>{lx.RUSSIAN}|{lx.UKRAINIAN})\b", re.IGNORECASE)


#: "inflicted losses on the manpower and equipment of the AFU": the side named lost.
_INFLICTED_ON = re.compile(rf"\binflict\w*\s+(?:[\w-]+\s+)?(?:losses|casualties|damage|defeats?)\s+on\s+[^.;]{{0,60}}?\b(?P<side>{lx.RUSSIAN}|{lx.UKRAINIAN})\b", re.IGNORECASE)


@functools.lru_cache(maxsize=256)
def losers_named(sentence: str) -> frozenset:
    """The sides a sentence says lost something, told by the sentence alone (no speaker): "Ukraine
    lost", "Russian losses", "14 Ukrainian drones", "Russian forces destroyed" (Ukraine lost),
    "destroyed by Ukrainian forces", "drones launched by Russia". Words for the enemy name no side.

    Who speaks is mostly the other side (a ministry reports the enemy's losses), which is what
    :mod:`.attribution` reads this for where the speaker's side is not told.
    """
    text = _blanked(sentence)
    if not _SIDE_RE.search(text):
        return frozenset()
    found = [side for pattern in (_SIDE_LOSSES, _SIDE_LOST, _COUNTED_SIDE, _LAUNCHED_BY, _INFLICTED_ON, _COUNTED_OF_FORCES) for m in pattern.finditer(text)
             if not (pattern in (_SIDE_LOSSES, _SIDE_LOST) and _side_is_a_place(m, text)) and not _joined_to_the_other_side(text, m.start(), side := side_of_word(_side_group(m), None), None)]
    found += [OPPOSITE.get(side_of_word(m.group("side"), None) or "") for pattern in (_SIDE_AS_AGENT, _BY_SIDE) for m in pattern.finditer(text)]
    return frozenset(side for side in found if side in OPPOSITE)


# Every pattern above skips, at one character's cost, the places where it cannot start (see .guard).
guard.patterns(globals())
# The long word alternations most sentences are searched with run on the lower-cased text (see .guard).
guard.lower_case(globals(), "_SIDE_LOSSES", "_SIDE_LOST", "_NOUN_BEFORE", "_VERB_OR_SIDE", "_GAIN_VERBS", "_SIDE_RE", "_SOLDIERS_OF_A_SIDE", "_LOSS_VERBS")
# So do the verbs and phrases the side rules search a sentence or clause with.
guard.lower_case(globals(), "_AGENT_VERBS", "_PATIENT_VERBS", "_LOST_LAND", "_LAUNCHED_BY", "_OCCUPIED_AREA", "_LIBERATION")
