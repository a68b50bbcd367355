"""Named settlements claimed taken: "liberated the city of X", "X has been captured".

A claim that one named town, city or village changed hands is a count of one settlement
(the ledger records it as ``settlements_retaken``, quantity 1, with the place). Only the
forms that say the place was taken count: a verb of taking with the place as its object
("fully captured the mining town of X", "regained control of X"), the place as the subject
of a passive ("X has been liberated"), or the taking named as a completed event ("the
liberation of X was completed"). A participle used as an adjective ("from the recaptured
town of X") describes where someone is and is not a claim.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ..places import place_index
from . import guard
from .figures import Figure

#: Verbs of taking a place, past tense or participle.
_TAKE = (r"(?:(?:fully|completely|entirely|finally|now)\s+)?(?:liberated|captured|seized|retook|retaken|recaptured|freed|took|taken(?!\s+(?:to|into)\s)|"  # not "people were taken to the town of X"
         r"(?:took|taken|taking|gained|regained|established|assumed|seized)\s+(?:full\s+|complete\s+)?control\s+(?:of|over)|took\s+over|taken\s+over|"
         # "now apparently in control of X": a change of hands, as "now" says, not a standing description
         r"now\s+(?:\w+ly\s+)?in\s+(?:full\s+|complete\s+)?control\s+of)")
#: A settlement noun, with up to three words describing it ("the largely destroyed city of").
_KIND = r"(?P<kind>cit(?:y|ies)|towns?|villages?|settlements?|hamlets?|localit(?:y|ies)|urban-type\s+settlements?)"
_NAME = r"[A-Z][\w'’-]+(?:[- ][A-Z][\w'’-]+)?"
_NAMES = rf"(?P<names>{_NAME}(?:\s*,\s*{_NAME})*(?:,?\s+and\s+{_NAME})?)"
_DAYS_AND_MONTHS = r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December"
#: "liberated the city of X", "captured the coal mining town of X", "the cities of X, Y and Z",
#: "seized control of the villages X, Y and Z".
#: Not words that describe the settlement but a preposition of where the taking happened ("officers
#: were captured |near| the city of X", "seized |outside| the town of X"): the people or things were
#: taken there, not the place (rule taken_near_a_place).
_WHERE_NOT_WHAT = r"(?:near|nearby|outside|around|in|at|from|to|towards?|into|inside|beyond|behind|past|by|off|close|west|east|north|south)\b"
_VERB_KIND_OF = re.compile(rf"\b{_TAKE}\s+(?:the\s+)?(?:(?:(?!{_WHERE_NOT_WHAT})[\w-]+\s+){{0,3}}?){_KIND}(?:\s+of)?\s+(?!(?:{_DAYS_AND_MONTHS})\b){_NAMES}")
#: "captured Kurakhove", "regained control of Kupiansk": a name the gazetteer knows.
_VERB_NAME = re.compile(rf"\b{_TAKE}\s+(?:most\s+of\s+|all\s+of\s+)?(?P<at>[A-Z])")
#: "X has been liberated", "the village of X was captured".
#: A region named between the place and its verb ("the town of X in the Donetsk region was liberated").
#: So do the Russian bulletins' republics ("the settlement of X in the Donetsk People's Republic has
#: been liberated", "X in the DPR was liberated").
_IN_REGION = (r"(?:,?\s+in\s+(?:the\s+)?(?:[A-Z][\w'’-]+\s+(?:region|oblast|province)\b|(?:Donetsk|Luhansk|Lugansk)\s+People['’]s\s+Republic(?:\s+\((?:DPR|LPR)\))?|[DL]PR\b)"
              r"|,?\s+in\s+[A-Z][\w'’-]+\s+(?:region|oblast|province)\b)?,?")
_NAME_PASSIVE = re.compile(rf"(?:\b(?:the\s+)?{_KIND}\s+of\s+)?{_NAMES}{_IN_REGION}\s+(?:(?:\w+ly|now|already|also)\s+)?(?:has|have|had)?\s*(?:been|was|were|is|are)\s+"
                           r"(?:now\s+|fully\s+|completely\s+|entirely\s+|finally\s+|already\s+)?(?:liberated|captured|retaken|recaptured|freed|taken)\b")
#: "X has come under the full control of Russian troops", "X is now under Russian control".
_NAME_UNDER_CONTROL = re.compile(rf"(?:\b(?:the\s+)?{_KIND}\s+of\s+)?{_NAMES}\s+(?:(?:has|have|had)\s+)?(?:come|came|is|are|was|were)\s+(?:(?:now|fully|completely|also|back)\s+){{0,3}}"
                                 r"under\s+(?:the\s+)?(?:full\s+|complete\s+)?(?:control\s+of\b|(?:Russian|Ukrainian|Moscow['’]s|Kyiv['’]s)\s+control\b)")
#: "X is already controlled by the Ukrainian military": an adverb of change makes it a claim, not a description.
_NAME_NOW_CONTROLLED = re.compile(rf"(?:\b(?:the\s+)?{_KIND}\s+of\s+)?{_NAMES}\s+(?:is|are|was|were)\s+(?:now|already|fully|completely)\s+(?:(?:fully|completely)\s+)?"
                                  r"controlled\s+by\s+(?:the\s+)?(?:Russian|Ukrainian)\b")
#: "the liberation of the city of X was completed", "completed the capture of X".
_EVENT = re.compile(rf"\b(?:complete\s+|full\s+)?(?:liberation|capture|recapture|seizure|fall)\s+of\s+(?:the\s+)?(?:(?:[\w-]+\s+){{0,2}}?{_KIND}\s+of\s+)?{_NAMES}")
#: Names after "the liberation of" that are no settlement.
_NOT_A_PLACE_TAKEN = re.compile(r"(?:Ukraine|Russia|Donbass?|Crimea|Novorossiya|Europe|the)\b", re.IGNORECASE)
_EVENT_DONE = re.compile(r"\b(?:complet\w*|finish\w*|announc\w*|reported|report(?:ed|s)?\s+on|confirm\w*|claimed)\b", re.IGNORECASE)
#: Before a verb, words that make it an adjective or a hope, not a claim ("the recaptured town", "could be captured").
_NOT_A_CLAIM_BEFORE = re.compile(r"\b(?:the|a|an|newly|recently|from|of|to|be|being|if|could|would|may|might|not|never|aims?\s+to|trying\s+to|attempt\w*\s+to|plans?\s+to)\s+$", re.IGNORECASE)
#: After a name, words that make it a region or a front, not a settlement.
_NOT_A_SETTLEMENT_AFTER = re.compile(r"^\s*(?:region|oblast|province|direction|front|sector|district|axis|area)\b", re.IGNORECASE)


_SINGULAR = {"cities": "city", "towns": "town", "villages": "village", "settlements": "settlement", "hamlets": "hamlet", "localities": "locality"}


@dataclass
class NamedCapture(Figure):
    """One named settlement claimed taken: a figure of 1 that carries its place."""

    place_raw: str = ""
    place: str = ""
    oblast_iso: str = ""


@functools.lru_cache(maxsize=1)
def _gazetteer():
    index, _ = place_index()
    return index


def _known_name_at(sentence: str, pos: int) -> str | None:
    """The longest settlement name of the gazetteer starting at ``pos``."""
    index = _gazetteer()
    words = re.match(r"[A-Z][\w'’-]+(?:[- ][A-Z][\w'’-]+){0,2}", sentence[pos:])
    if not words:
        return None
    parts = re.split(r"(?<=\w)(?=[- ])", words.group())
    for n in range(len(parts), 0, -1):
        name = "".join(parts[:n])
        hit = index.get(name.lower())
        if hit and not hit[0].endswith(("Oblast", "Krai", "Republic")):
            return name
    return None


def _claim(sentence: str, start: int, name: str, kind: str | None) -> NamedCapture | None:
    if _NOT_A_SETTLEMENT_AFTER.match(sentence[start + len(name):]):
        return None
    place, iso = _gazetteer().get(name.lower(), ("", ""))
    if place.endswith(("Oblast", "Krai", "Republic")):
        return None
    return NamedCapture(1.0, "1", start, start + len(name), "settlement", _SINGULAR.get((kind or "settlement").split()[-1].lower(), (kind or "settlement").split()[-1].lower()), start + len(name),
                        place_raw=name, place=place, oblast_iso=iso)


#: After a listed name, what makes it the speaker, not a place ("captured X, Russia's defence
#: ministry said", "..., Zelensky said", "..., Ukrainian officials said").
_SPEAKER_AFTER = re.compile(r"['’]s\b|\s+(?:[a-z][\w-]*\s+){0,2}?(?:said|says|say|reported|reports|told|claimed|claims|announced|stated|wrote|added)\b")
#: Names of a side or its people, never a settlement taken in a list.
_SIDE_NAME = re.compile(r"(?:Russian?|Ukrain(?:e|ian)|Moscow|Kyiv|Kiev|Kremlin)s?\Z")


def _each_name(m: re.Match) -> list[tuple[int, str]]:
    names = m.group("names")
    sentence = m.string
    out = []
    for n in re.finditer(_NAME, names):
        at = m.start("names") + n.start()
        if n.group() == "and" or out and (_SIDE_NAME.match(n.group()) or _SPEAKER_AFTER.match(sentence, at + len(n.group()))):
            continue  # the first name is the place taken; a later one may be who says so
        out.append((at, n.group()))
    return out

#: The next item of a list of places taken ("..., Kupiansk and Balakliia", "... and the town of Y").
_LIST_NEXT = re.compile(rf"\s*(?:,\s*(?:and\s+)?|,?\s+and\s+)(?:the\s+(?:[\w-]+\s+){{0,2}}?{_KIND}\s+of\s+)?(?=[A-Z])")


def _listed_after(sentence: str, end: int) -> list[tuple[int, str, str | None]]:
    """The places listed after a place taken, each a name the gazetteer knows or one its
    settlement noun introduces ("captured Izium, Kupiansk and Balakliia")."""
    out = []
    while len(out) < 20:
        nxt = _LIST_NEXT.match(sentence, end)
        if not nxt:
            break
        kind = nxt.group("kind")
        named = re.match(_NAME, sentence[nxt.end():]) if kind else None
        name = named.group() if named else _known_name_at(sentence, nxt.end())
        if not name:
            break
        out.append((nxt.end(), name, kind))
        end = nxt.end() + len(name)
    return out


#: A word that every sentence saying a place was taken holds: the others skip the patterns.
_TAKING_WORDS = re.compile(r"liberat|captur|seiz|took|taken|retook|recaptur|freed|control|fall\s+of", re.IGNORECASE)


def named_captures(sentence: str) -> list[NamedCapture]:
    """The named settlements a sentence says were taken, one figure each, in order."""
    if not _TAKING_WORDS.search(sentence):
        return []  # most sentences take nothing: skip the patterns
    low = guard.lowered(sentence)
    # Each pattern needs one of its words ("captured", "liberation"): one the sentence lacks is not tried.
    tried = {p for p, words in _NEEDED.items() if words is None or low is None or any(w in low for w in words)}
    found: dict[int, NamedCapture] = {}

    def add(pos: int, name: str, kind: str | None) -> None:
        fig = _claim(sentence, pos, name, kind)
        if fig is not None and not any(f.place_raw == name for f in found.values()):
            found[pos] = fig

    for m in _VERB_KIND_OF.finditer(sentence) if _VERB_KIND_OF in tried else ():
        if not _NOT_A_CLAIM_BEFORE.search(sentence, max(0, m.start() - 25), m.start()):
            for pos, name in _each_name(m):
                add(pos, name, m.group("kind"))
            for pos, name, kind in _listed_after(sentence, m.end()):
                add(pos, name, kind or m.group("kind"))
    for m in _VERB_NAME.finditer(sentence) if _VERB_NAME in tried else ():
        if not _NOT_A_CLAIM_BEFORE.search(sentence, max(0, m.start() - 25), m.start()):
            name = _known_name_at(sentence, m.start("at"))
            if name:
                add(m.start("at"), name, None)
                for pos, more, kind in _listed_after(sentence, m.start("at") + len(name)):
                    add(pos, more, kind)
    for m in _NAME_PASSIVE.finditer(sentence) if _NAME_PASSIVE in tried else ():
        names = [(p, n) for p, n in _each_name(m) if m.group("kind") or _gazetteer().get(n.lower())]
        for pos, name in names:
            add(pos, name, m.group("kind"))
    for pattern, needed in ((_NAME_NOW_CONTROLLED, "controlled by"), (_NAME_UNDER_CONTROL, "under")):
        for m in pattern.finditer(sentence) if needed in sentence else ():
            for pos, name in _each_name(m):
                if m.group("kind") or _gazetteer().get(name.lower()):
                    add(pos, name, m.group("kind"))
    for m in _EVENT.finditer(sentence) if _EVENT in tried else ():
        done = _EVENT_DONE.search(sentence)
        if done:
            # A taking said to be completed names a settlement even where the gazetteer does not know it.
            completed = done.group().lower().startswith("complet")
            for pos, name in _each_name(m):
                if m.group("kind") or _gazetteer().get(name.lower()) or completed and not _NOT_A_PLACE_TAKEN.match(name):
                    add(pos, name, m.group("kind"))
    return [found[k] for k in sorted(found)]


def with_named_captures(figures: list[Figure], sentence: str) -> list[Figure]:
    """The sentence's figures with its named captures added, in order; a name inside a counted
    figure's phrase ("three villages ... Stavky, Novoselivka") is the count's, not another claim."""
    extra = [c for c in named_captures(sentence)
             if not any(f.start <= c.start < f.noun_end + 80 and f.kind == "settlement" for f in figures)]
    return sorted(figures + extra, key=lambda f: f.start) if extra else figures


# Every pattern above skips, at one character's cost, the places where it cannot start (see .guard).
guard.patterns(globals())
# The test most sentences stop at runs on the lower-cased text (see .guard).
guard.lower_case(globals(), "_TAKING_WORDS")
_NEEDED = {pattern: guard.needed_words(pattern) for pattern in (_VERB_KIND_OF, _VERB_NAME, _NAME_PASSIVE, _EVENT)}
