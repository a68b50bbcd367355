"""One colour per claimant, tracker and dataset, the same in every chart and every window.

Colours follow the side a series speaks for, so sides can be told apart at a glance:
Ukrainian claimants in blues, Russian ones in reds, third parties (governments, analysts,
publishers) in greens and purples, independent evidence in greys and dark neutrals. Names
not in :data:`COLOURS` get a colour from their side's family, chosen from the name (never
from the order in which a chart happens to draw them), so a new claimant keeps its colour
from one window to the next.

:func:`colours_for` resolves a chart's series together and guarantees that no two of them
share a colour. :func:`key_for` is what a chart of claimants uses: it names at most
:data:`NAMED_PER_SIDE` claimants of each side, so no side's colours spill into another's, and
gives the rest of a side one pale shade and one key entry.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass

#: Fixed colours for the names most charts show. Keys are canonical claimant names (from
#: ``claimants.csv``), tracker names and evidence labels.
COLOURS = {
    # Ukraine: blues
    "General Staff of the Armed Forces of Ukraine": "#1f5fa8",
    "Ministry of Defence of Ukraine": "#4a9bd9",
    "Volodymyr Zelensky": "#0b3c73",
    # Russia: reds
    "Ministry of Defence of the Russian Federation": "#b2182b",
    "Igor Konashenkov": "#e0605a",
    "Vladimir Putin": "#7a0c1e",
    # Third parties
    "UK Ministry of Defence": "#2e8b57",
    "Institute for the Study of War": "#6a3d9a",
    "International Business Times": "#8c6d1f",
    # Independent evidence: dark neutrals (drawn solid)
    "Oryx": "#333333",
    "ISW": "#7b4f9d",
    "liveuamap": "#d17f00",
    "NZZ": "#00897b",
    "DeepStateMap": "#5d4037",
    "Mediazona": "#555555",
}

#: Families by side, for names without a fixed colour (dark to light, all readable on white).
FAMILIES = {
    "ukraine": ["#08519c", "#3182bd", "#2b8cbe", "#0570b0", "#6baed6", "#045a8d"],
    "russia": ["#a50f15", "#de2d26", "#cb181d", "#ef3b2c", "#99000d", "#fb6a4a"],
    # Many third parties publish estimates (over 25 in The Economist's table): greens,
    # purples, browns, olives and teals, never the sides' blues and reds.
    "third_party": ["#238b45", "#807dba", "#41ab5d", "#54278f", "#006d2c", "#9e9ac8",
                    "#8c510a", "#01665e", "#bf812d", "#762a83", "#66a61e", "#35978f",
                    "#a6761d", "#7b3294", "#4d9221", "#c2a5cf", "#543005", "#80cdc1",
                    "#d95f02", "#e6ab02", "#1b7837", "#b35806", "#4b6b00", "#9c6b30",
                    "#5e3c99", "#00a087", "#7f6000", "#b2abd2", "#3f007d", "#a6611a"],
    "evidence": ["#252525", "#636363", "#525252", "#737373"],
    "unknown": ["#969696", "#bdbdbd"],
}


def colour_for(name: str, side: str | None = None) -> str:
    """The colour of one series: fixed for known names, else stable within its side's family."""
    if name in COLOURS:
        return COLOURS[name]
    family = FAMILIES.get(side or "unknown", FAMILIES["unknown"])
    digest = int(hashlib.sha1(name.encode("utf-8")).hexdigest(), 16)
    return family[digest % len(family)]


def colours_for(names, sides: dict | None = None) -> dict[str, str]:
    """Colours for every series of one chart, no two alike.

    Parameters
    ----------
    names : iterable of str
        The series the chart draws.
    sides : dict, optional
        Side of each name (``ukraine``, ``russia``, ``third_party``, ``evidence``), for names
        without a fixed colour.

    Returns
    -------
    dict
        name -> colour. A name whose colour is already taken in this chart moves to the next
        free colour of its side's family (then of any family), in order of the names sorted,
        so the result does not depend on the order the chart draws them.
    """
    sides = sides or {}
    taken: dict[str, str] = {}
    used: set[str] = set()
    for name in sorted(dict.fromkeys(names), key=lambda n: (n not in COLOURS, n)):
        colour = colour_for(name, sides.get(name))
        if colour in used:
            family = FAMILIES.get(sides.get(name) or "unknown", FAMILIES["unknown"])
            spare = [c for c in family + [c for f in FAMILIES.values() for c in f] if c not in used]
            colour = spare[0] if spare else colour
        taken[name] = colour
        used.add(colour)
    return taken


#: How many claimants of one side a chart names in its key, each in a colour of its own.
#: A side's family holds six colours (beside its fixed ones): past that, colours would spill
#: into another side's family (a Russian minister drawn in a third party's green) or repeat,
#: and a key of dozens of near-alike swatches cannot be read anyway.
NAMED_PER_SIDE = 6

#: The colour shared by the claimants of one side that a chart does not name: a pale shade of
#: the side's family, so the side can still be told at a glance.
OTHERS_COLOURS = {"ukraine": "#9ecae1", "russia": "#fcae91", "third_party": "#a1d99b", "unknown": "#bdbdbd"}

#: How a key entry names the claimants it groups.
OTHERS_WORDS = {"ukraine": "Ukrainian claimants", "russia": "Russian claimants", "third_party": "third-party claimants",
                "unknown": "claimants of unknown side"}


@dataclass(frozen=True)
class Key:
    """Which claimants a chart names in its key, and the colour of every claimant it draws.

    Attributes
    ----------
    colour : dict
        name -> colour, for every name given; grouped names share their side's
        :data:`OTHERS_COLOURS` entry.
    entry : dict
        name -> the text its key entry shows: the name itself, or for a grouped name
        "12 other Russian claimants (each named in the chart's data file)".
    """

    colour: dict
    entry: dict

    def entries(self) -> dict[str, str]:
        """Key text -> colour, named claimants first (in the order of their names), groups last."""
        named = {e: self.colour[n] for n, e in self.entry.items() if e == n}
        groups = {e: self.colour[n] for n, e in self.entry.items() if e != n}
        return {**dict(sorted(named.items())), **dict(sorted(groups.items()))}


def key_of(claims) -> Key:
    """The key of a chart that draws these rows (a frame with ``claimant`` and ``claimant_side``),
    each claimant counted by its rows: :func:`key_for` on a chart's own figures."""
    return key_for(claims["claimant"].value_counts().to_dict(), dict(zip(claims["claimant"], claims["claimant_side"].astype(str))))


def key_for(counts: dict, sides: dict | None = None, named_per_side: int = NAMED_PER_SIDE) -> Key:
    """The key of one chart: up to ``named_per_side`` claimants of each side named, the rest grouped.

    Parameters
    ----------
    counts : dict
        name -> how many figures the chart draws for it; the most drawn are named first
        (names with a fixed colour in :data:`COLOURS` before all others).
    sides : dict, optional
        name -> side (``ukraine``, ``russia``, ``third_party``, ``evidence``); evidence
        datasets are always named.
    named_per_side : int
        How many claimants of one side are named.

    Returns
    -------
    Key
    """
    sides = sides or {}
    by_side: dict[str, list[str]] = {}
    for name in counts:
        side = sides.get(name) if sides.get(name) in FAMILIES else "unknown"
        by_side.setdefault(side, []).append(name)
    named, entry, colour = [], {}, {}
    for side, names in by_side.items():
        names.sort(key=lambda n: (n not in COLOURS, -counts[n], n))
        keep = names if side == "evidence" or len(names) <= named_per_side else names[:named_per_side]
        named += keep
        rest = names[len(keep):]
        for name in rest:
            entry[name] = f"{len(rest)} other {OTHERS_WORDS[side]} (each named in the chart's data file)"
            colour[name] = OTHERS_COLOURS[side]
    colour.update(colours_for(named, sides))
    entry.update({name: name for name in named})
    return Key(colour, entry)
