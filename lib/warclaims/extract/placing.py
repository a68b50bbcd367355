"""Where a figure is: the places a sentence names, and which of them are the figure's.

Places come from the gazetteer (``data/places.csv``, any alias), from "the city of X" (a
place the gazetteer may not hold yet) and from "X region", "X direction". A figure takes the
place written between it and the next figure, else the sentence's nearest, preferring
regions for land and towns for losses.
"""
from __future__ import annotations

import bisect
import functools
import re

from ..places import place_index
from . import guard
from . import lexicon as lx
from .figures import NUMBER_RE, Figure

_CITY_OF = re.compile(r"\b(?:city|town|village|settlement|port)\s+of\s+(?P<name>[A-Z][a-zA-Z'’-]+(?:[- ][A-Z][a-zA-Z'’-]+)?)")
_REGION_PHRASE = re.compile(r"\b(?P<name>[A-Z][a-zA-Z'’-]+(?:[- ][A-Z][a-zA-Z'’-]+)?)\s+(?P<kind>region|Region|oblast|Oblast|province|directions?|district|sector)\b")
_NOT_A_REGION_NAME = re.compile(r"(?:The|This|That|Russian|Ukrainian|Southern|Northern|Eastern|Western)$")
_REGIONAL = re.compile(r"region|oblast|province", re.IGNORECASE)
#: Before a figure that counts part of the one before it ("29 settlements, including six in Luhansk").
_SUBSET_BEFORE = re.compile(rf"\b(?:including|of\s+which|of\s+them|among\s+them)\s+{lx.QUALIFIER_WORDS}$", re.IGNORECASE)
#: A figure listed after another, with the place its items were downed over ("41 drones, 28 over
#: Crimea and 12 over the X region"): a part of the one before, its place the part's own.
_LISTED_BEFORE = re.compile(r"(?:[:,—–]|\band)\s*$")
_DOWNED_OVER_AFTER = re.compile(r"\s*(?:[\w-]+\s+)?(?:more\s+)?(?:[–—-]\s*)?(?:over|above)\s", re.IGNORECASE)
#: Metrics about land: a region is their place before a town.
_LAND_METRICS = ("territory_gained", "territory_lost", "settlements_retaken")

#: (place as written, canonical place or "", oblast code or "", position in the sentence).
Place = tuple[str, str, str, int]
#: A place chosen for a figure: (as written, canonical places, oblast codes), ";"-joined.
Chosen = tuple[str, str, str]


def places_in(sentence: str) -> list[Place]:
    """Every place a sentence names, in order."""
    index, pattern = place_index()
    out = []
    for start, end in guard.name_spans(sentence, pattern, index):
        place, iso = index[sentence[start:end].lower()]
        out.append((sentence[start:end], place, iso, start))
    for m in _CITY_OF.finditer(sentence):
        # "the Ukrainian city of Melitopol": a place the gazetteer may not hold yet.
        if not any(pos <= m.start("name") < pos + len(raw) for raw, _, _, pos in out):
            out.append((m.group("name"), "", "", m.start("name")))
    for m in _REGION_PHRASE.finditer(sentence):
        if not any(pos <= m.start() < pos + len(raw) or m.start() <= pos < m.end() for raw, _, _, pos in out):
            if not _NOT_A_REGION_NAME.match(m.group("name")):
                out.append((m.group(), "", "", m.start()))
    return sorted(out, key=lambda p: p[3])


def own_places(found: list[Place], fig: Figure, starts: list[int], sentence: str) -> list[Place]:
    """The sentence's places that can be the figure's.

    A place written between the figure and the next one is the figure's own ("70 soldiers
    in the Kherson direction, 240 in the Kupiansk direction"). Otherwise any place of the
    sentence may be, except those after a later figure that counts a part of it ("29
    settlements, including six in Luhansk region").
    """
    at = bisect.bisect_right(starts, fig.start)
    following = starts[at] if at < len(starts) else len(sentence)
    own = [p for p in found if fig.start <= p[3] < following]
    if own:
        return own
    parts = _part_starts(sentence, tuple(starts))
    if fig.start in parts and _DOWNED_OVER_AFTER.match(sentence, _number_end(sentence, fig.start)):
        return []  # "... and one over the Black Sea": a part over a place of its own the gazetteer lacks, not another's
    first_part = next((start for start in parts[bisect.bisect_right(parts, fig.start):]), None)
    return [p for p in found if p[3] < first_part] if first_part is not None else found


@functools.lru_cache(maxsize=32)
def _part_starts(sentence: str, starts: tuple) -> list[int]:
    """The figures of a sentence that count a part of what an earlier one counts ("including six")."""
    return [start for start in starts if _SUBSET_BEFORE.search(sentence, max(0, start - 40), start)
            or _LISTED_BEFORE.search(sentence, max(0, start - 8), start) and _DOWNED_OVER_AFTER.match(sentence, _number_end(sentence, start))]


def _number_end(sentence: str, start: int) -> int:
    m = NUMBER_RE.match(sentence, start)
    return m.end() if m else start


def choose(found: list[Place], near: int, metric: str) -> Chosen | None:
    """The place of a figure at ``near`` among ``found``: regions first for land, towns first
    otherwise; places joined in one phrase ("Borshchova and Artemivka") together."""
    if not found:
        return None
    regional = [p for p in found if p[1].endswith("Oblast") or _REGIONAL.search(p[0])]
    local = [p for p in found if p not in regional]
    chosen = (regional or local) if metric in _LAND_METRICS else (local or regional)
    group = [min(chosen, key=lambda p: abs(p[3] - near))]
    for p in chosen:
        if p is not group[0] and abs(p[3] - group[0][3]) < 40:
            group.append(p)
    group.sort(key=lambda p: p[3])
    raw = " and ".join(dict.fromkeys(p[0] for p in group))
    canon = ";".join(dict.fromkeys(p[1] for p in group if p[1]))
    iso = ";".join(dict.fromkeys(p[2] for p in group if p[2]))
    return raw, canon, iso


# Every pattern above skips, at one character's cost, the places where it cannot start (see .guard).
guard.patterns(globals())
