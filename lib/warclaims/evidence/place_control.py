"""Places on the map: which side held a named place, day by day, and what that says of a claim.

For every ledger claim that names a place with coordinates, and every day of a
control-polygon dataset (NZZ, DeepStateMap) around the claim's date, this module says which
side the map shows holding the point. For a claim that a place changed hands ("Ukraine
liberated X", "Russia's forces took Y"; metric ``settlements_retaken``, or a territory claim
whose evidence says taken, captured, liberated, retaken) it gives a verdict:

- ``confirmed on the date``: the map of the claim's date shows the claimed side holding it;
- ``confirmed later``: the first later map showing it is ``lag_days`` after the claim (an
  upper bound when days in between have no map: ``lag_upper_bound``);
- ``contradicted``: every map from the claim's date to the end of the horizon shows the other
  side holding it (``other_side_days`` maps, through ``other_side_through``);
- ``not checkable``: no map for those days, no coordinates, an ambiguous name, a region rather
  than a point, a place outside the mapped country, or a claim that does not say who took it.

Any other place claim (troops fled a village, vehicles stolen in a town) gets the map's
control of the place as context, never a verdict: troops fleeing a town is not the town
changing hands.

How points are decided, stated once:

- *Held* means inside or on the boundary of one of the polygons a dataset maps as held by
  its side (shapely's ``intersects`` for a point: a place exactly on the drawn line counts as
  held, since the line runs through the settlement). A point in a hole of a polygon is not
  inside it (and one on the hole's edge is). ``edge_km`` gives the distance to the nearest
  edge of a held polygon on the claim's date (a front line, or a border where the held area
  meets it), so a reader sees when a place sits on the line.
- Outside every held polygon, a point in Ukraine is held by the other side. A place in Russia
  (ISO code ``RU-``) is not checkable: the maps draw Russian-held Ukraine only.
- Polygons are indexed in a shapely ``STRtree`` per distinct map (the NZZ republishes the same
  file on days without an update; a map is read once per checksum), and every place is looked
  up in one vectorised query per map.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import numpy as np
import pandas as pd
import shapely

from .. import dataset_days
from ..datasets import get
from . import registry

#: Verdicts, in the order tables show them.
CONFIRMED, CONFIRMED_LATER, CONTRADICTED, NOT_CHECKABLE = "confirmed on the date", "confirmed later", "contradicted", "not checkable"
VERDICTS = [CONFIRMED, CONFIRMED_LATER, CONTRADICTED, NOT_CHECKABLE]
#: What the check of a claim is: a verdict on a change of control, or the map as context.
VERDICT, CONTEXT = "verdict", "context"
#: The value of ``side`` on a day without a map.
NO_MAP = "no map"
OTHER_SIDE = {"russia": "ukraine", "ukraine": "russia"}

#: Metrics that are claims of places changing hands whatever their wording.
CHANGE_OF_CONTROL_METRICS = {"settlements_retaken"}
#: Territory claims are about a place changing hands when their evidence says so.
TERRITORY_METRICS = {"territory_gained", "territory_lost"}
CONTROL_VERBS = re.compile(
    r"\b(took|tak(?:e|es|en|ing)|captur(?:e|ed|es|ing)|liberat(?:e|ed|es|ing|ion)|retak(?:e|en|es|ing)|retook|"
    r"recaptur(?:e|ed|es|ing)|seiz(?:e|ed|es|ing)|occup(?:y|ied|ies|ying))\b",
    re.IGNORECASE,
)
#: Place kinds that are points on a map; oblasts and regions are not.
POINT_KINDS = {"settlement"}


# --- reading maps ------------------------------------------------------------------------

@dataclass
class DayMap:
    """One distinct map: the polygons its side held, indexed, and the date the map shows."""

    held: np.ndarray  # shapely polygons
    lost: np.ndarray  # polygons the side lost in the map's window (NZZ only)
    map_date: str | None
    tree: shapely.STRtree
    lost_tree: shapely.STRtree | None

    def held_mask(self, points: np.ndarray) -> np.ndarray:
        """True for each point inside or on the edge of a held polygon (not in a hole)."""
        return _covered(self.held, self.tree, points)

    def lost_mask(self, points: np.ndarray) -> np.ndarray:
        if self.lost_tree is None:
            return np.zeros(len(points), dtype=bool)
        return _covered(self.lost, self.lost_tree, points)

    def edge_km(self, point) -> float:
        """Distance from a point to the nearest held polygon's edge, in km (geodesic)."""
        if not len(self.held):
            return float("nan")
        nearest = self.tree.query_nearest(point)
        best = float("inf")
        for i in np.atleast_1d(nearest):
            line = shapely.shortest_line(point, self.held[i].boundary)
            best = min(best, _geodesic_km(line))
        return best


def _covered(parts: np.ndarray, tree: shapely.STRtree, points: np.ndarray) -> np.ndarray:
    # The tree gives each point the polygons whose bounding box holds it; each such polygon,
    # prepared, then tests all its candidate points in one vectorised call. (Asking the tree
    # for the predicate directly would prepare the points, not the polygons of thousands of
    # vertices, and cost a hundred times more.) intersects_xy counts the boundary, not holes.
    mask = np.zeros(len(points), dtype=bool)
    if not len(parts) or not len(points):
        return mask
    x, y = shapely.get_x(points), shapely.get_y(points)
    point_idx, part_idx = tree.query(points)
    for part in np.unique(part_idx):
        sel = point_idx[part_idx == part]
        sel = sel[~mask[sel]]
        if len(sel):
            mask[sel] = shapely.intersects_xy(parts[part], x[sel], y[sel])
    return mask


def _geodesic_km(line) -> float:
    from pyproj import Geod

    (x1, y1), (x2, y2) = shapely.get_coordinates(line)
    return abs(Geod(ellps="WGS84").inv(x1, y1, x2, y2)[2]) / 1000.0


def build_map(held, lost=(), map_date: str | None = None) -> DayMap:
    """Index a map's polygons (shapely geometries; multipolygons are split into parts)."""
    held = np.asarray(shapely.get_parts(np.asarray(list(held), dtype=object)), dtype=object) if len(held) else np.empty(0, dtype=object)
    lost = np.asarray(shapely.get_parts(np.asarray(list(lost), dtype=object)), dtype=object) if len(lost) else np.empty(0, dtype=object)
    shapely.prepare(held)
    return DayMap(held, lost, map_date, shapely.STRtree(held), shapely.STRtree(lost) if len(lost) else None)


#: Maps already read in this process, by (dataset, checksum): the NZZ republishes a map
#: unchanged for days, and a map is the same whatever day's file it came from.
_MAPS: dict[tuple[str, str], DayMap] = {}
_MAPS_KEPT = 256


def _read_map(dataset: str, path: str, sha256: str) -> DayMap:
    key = (dataset, sha256)
    if key not in _MAPS:
        if len(_MAPS) >= _MAPS_KEPT:
            _MAPS.pop(next(iter(_MAPS)))
        got = registry.control_reader(dataset)(dataset, Path(path))
        _MAPS[key] = build_map(got["held"], got.get("lost", ()), got.get("map_date"))
    return _MAPS[key]


_read_map.cache_clear = _MAPS.clear  # for tests that rewrite a dataset's files


def maps_for_days(dataset: str, start, end) -> tuple[dict, list[tuple[date, str]]]:
    """Read every cached map of a dataset from ``start`` to ``end``.

    Returns
    -------
    maps : dict
        ``{day: DayMap}`` for the cached days.
    status : list of (date, str)
        Every day of the range: ``cached``, ``not cached`` (fetch it) or ``not published``.
    """
    status = dataset_days.day_status(dataset, start, end)
    local = dataset_days.cached_days(dataset)
    pinned = dataset_days.files_by_day(dataset)
    maps = {}
    for day, state in status:
        if state == dataset_days.CACHED:
            maps[day] = _read_map(dataset, str(local[day]), pinned[day].sha256)
    return maps, status


# --- which side held the points ----------------------------------------------------------

def control_of_points(points: pd.DataFrame, maps: dict, side: str = "russia", days=None) -> pd.DataFrame:
    # (check_claims builds the same table from its codes; this is the plain form, for one-off use.)
    """Which side each map shows holding each point, day by day.

    Parameters
    ----------
    points : DataFrame
        ``place``, ``longitude``, ``latitude`` (WGS 84 degrees), one row per place.
    maps : dict
        ``{day: DayMap}``; days in ``days`` but not here are days without a map.
    side : str
        The side whose holdings the polygons draw (``russia`` for the NZZ and DeepStateMap).
    days : iterable of date, optional
        The days to report (all of ``maps`` when not given).

    Returns
    -------
    DataFrame
        One row per place and day: ``place``, ``day``, ``side`` (``russia``, ``ukraine`` or
        ``no map``), ``map_date`` and ``lost_in_map_window`` (the side lost the point in the
        window the map's changes cover).
    """
    days = sorted(maps) if days is None else sorted(days)
    geoms = shapely.points(points["longitude"].to_numpy(float), points["latitude"].to_numpy(float))
    by_map: dict[int, tuple] = {}
    for day in days:
        m = maps.get(day)
        if m is not None and id(m) not in by_map:
            by_map[id(m)] = (m.held_mask(geoms), m.lost_mask(geoms))
    other = OTHER_SIDE[side]
    names = points["place"].to_numpy()
    frames = []
    for day in days:
        m = maps.get(day)
        if m is None:
            sides, lost, map_date = np.full(len(names), NO_MAP, dtype=object), np.zeros(len(names), bool), None
        else:
            held, lost = by_map[id(m)]
            sides, map_date = np.where(held, side, other).astype(object), m.map_date
        frames.append(pd.DataFrame({"place": names, "day": pd.Timestamp(day), "side": sides,
                                    "map_date": map_date, "lost_in_map_window": lost}))
    if not frames:
        return pd.DataFrame(columns=["place", "day", "side", "map_date", "lost_in_map_window"])
    return pd.concat(frames, ignore_index=True)


# --- verdicts ----------------------------------------------------------------------------

#: Codes of a place's side on a day, relative to the side the polygons draw.
_NO_MAP, _SIDE, _OTHER = 0, 1, 2


def verdict(series: pd.Series, claimed: str, claim_day) -> dict:
    """The verdict on a claim that ``claimed`` holds a place from ``claim_day``.

    Parameters
    ----------
    series : Series
        The side the map shows on each day (``russia``, ``ukraine`` or ``no map``), indexed
        by day; the days after ``claim_day`` it covers are the horizon.
    claimed : str
        The side the claim says holds the place now.
    claim_day : date-like

    Returns
    -------
    dict
        ``verdict``, ``lag_days`` (confirmations), ``lag_upper_bound`` (a day between the
        claim and the confirming map had no map), ``held_from`` (first day of the claimed
        side's run that the confirming map belongs to, which can be before the claim),
        ``other_side_days`` and ``other_side_through`` (contradictions), ``note``.
    """
    series = series.sort_index()
    days = pd.to_datetime(series.index)
    codes = np.array([_NO_MAP if s == NO_MAP else _SIDE if s == claimed else _OTHER for s in series], dtype=np.int8)
    return _verdict(list(days), codes, int(np.searchsorted(days, pd.Timestamp(claim_day))), claimed)


def _verdict(days: pd.DatetimeIndex, codes: np.ndarray, at: int, claimed: str) -> dict:
    """:func:`verdict` on arrays: ``codes`` says for each of ``days`` whether the map shows
    the claimed side (``_SIDE``), the other side (``_OTHER``) or nothing; the claim is dated
    ``days[at]`` (``at`` may be ``len(days)``: no day at or after the claim)."""
    out = {"verdict": NOT_CHECKABLE, "lag_days": None, "lag_upper_bound": False, "held_from": None,
           "other_side_days": None, "other_side_through": None, "note": ""}
    codes = [int(c) for c in codes]  # plain lists: a window is a few weeks, numpy's overhead would dominate
    mapped = [i for i in range(at, len(codes)) if codes[i] != _NO_MAP]
    if not mapped:
        out["note"] = "no map from the claim's date to the end of the horizon"
        return out
    day = days[at]
    hits = [i for i in mapped if codes[i] == _SIDE]
    if hits:
        first = hits[0]
        out["verdict"] = CONFIRMED if first == at else CONFIRMED_LATER
        out["lag_days"] = int((days[first] - day).days)
        out["lag_upper_bound"] = _NO_MAP in codes[at:first]
        # The run of maps showing the claimed side that the confirming map belongs to.
        start = first
        for i in range(first - 1, -1, -1):
            if codes[i] == _NO_MAP:
                continue
            if codes[i] != _SIDE:
                break
            start = i
        out["held_from"] = days[start]
        if start < at:
            out["note"] = f"the map showed it held by {claimed.capitalize()} from {days[start]:%d %b %Y}, before the claim"
        elif out["lag_upper_bound"]:
            out["note"] = "days between the claim and the confirming map have no map: the lag is at most this"
        return out
    through = days[mapped[-1]]
    out["verdict"] = CONTRADICTED
    out["other_side_days"] = int(len(mapped))
    out["other_side_through"] = through
    out["note"] = f"every map from the claim's date to {through:%d %b %Y} shows {OTHER_SIDE.get(claimed, 'the other side').capitalize()} holding it"
    return out


def is_change_of_control(claim) -> bool:
    """True for a claim that a place changed hands (see the module docstring)."""
    metric = str(claim.get("metric"))
    if metric in CHANGE_OF_CONTROL_METRICS:
        return True
    evidence = claim.get("evidence")
    return metric in TERRITORY_METRICS and isinstance(evidence, str) and bool(CONTROL_VERBS.search(evidence))


def claimed_holder(claim) -> str | None:
    """The side the claim says holds the place after the change, or None when it does not say."""
    subject = str(claim.get("subject_side"))
    if subject not in OTHER_SIDE:
        return None
    return OTHER_SIDE[subject] if str(claim.get("metric")) == "territory_lost" else subject


def _split(value) -> list[str]:
    return [p.strip() for p in str(value).split(";") if p.strip()] if isinstance(value, str) else []


def _candidates(places: pd.DataFrame, name: str) -> list[str]:
    # The candidates for an ambiguous name are rows named "<name> (<district>)".
    prefix = f"{name} ("
    return [p for p in places["place"] if p.startswith(prefix) and p.endswith(")")]


@dataclass
class PlaceCheck:
    """A place check: one row per claim and place, and the day-by-day control behind it."""

    checks: pd.DataFrame
    timeline: pd.DataFrame
    dataset: str
    day_status: list


def check_claims(claims: pd.DataFrame, places: pd.DataFrame, dataset: str, maps: dict | None = None,
                 status: list | None = None, days_before: int = 7, days_after: int = 14,
                 side: str | None = None, line_distance: bool = True, span: tuple | None = None) -> PlaceCheck:
    """Check every place claim against a control-polygon dataset.

    Parameters
    ----------
    claims : DataFrame
        Ledger claims (:func:`warclaims.load_claims`): ``claim_id``, ``claimant``,
        ``metric``, ``subject_side``, ``evidence``, ``place`` (``;``-separated) and ``date``.
    places : DataFrame
        The place table (:func:`warclaims.places.load_places`).
    dataset : str
        A control-polygon dataset (see :func:`.registry.control_datasets`).
    maps, status : optional
        Maps and day status already read (:func:`maps_for_days`); read from the cache when
        not given, for every day from the first claim's date minus ``days_before`` to the
        last one's plus ``days_after``.
    days_before, days_after : int
        The days around each claim's date that are looked at.
    side : str, optional
        Whose holdings the polygons draw (the sidecar's ``control.side`` when not given).
    span : (date-like, date-like), optional
        Days the timeline covers besides those around the claims (a notebook's window).
    line_distance : bool
        Measure each place's distance to the edge of the held area on the claim's date
        (``edge_km``).

    Returns
    -------
    PlaceCheck
        ``checks``: one row per claim and place (``check`` is ``verdict`` or ``context``);
        ``timeline``: one row per place and day (``side``, ``map_date``, ``status`` of the
        day: cached, not cached, not published).
    """
    side = side or get(dataset).control.get("side", "russia")
    other = OTHER_SIDE[side]
    precision = dict(zip(places["place"], places["precision"]))
    rows = []
    for c in claims.to_dict("records"):
        for name in _split(c.get("place")):
            rows.append((c, name, None))
            if precision.get(name) == "ambiguous":
                rows += [(c, cand, name) for cand in _candidates(places, name)]
    if not rows:
        return PlaceCheck(_empty_checks(), pd.DataFrame(columns=[*TIMELINE_COLUMNS, "status"]), dataset, status or [])
    dates = [pd.Timestamp(c["date"]).normalize() for c, _, _ in rows]
    first, last = min(dates) - timedelta(days=days_before), max(dates) + timedelta(days=days_after)
    if span is not None:
        first, last = min(first, pd.Timestamp(span[0])), max(last, pd.Timestamp(span[1]))
    if maps is None or status is None:
        maps, status = maps_for_days(dataset, first, last)
    # Plain dicts, not pandas lookups: a check is made for every claim and place.
    table = {r["place"]: r for r in places.drop_duplicates("place").to_dict("records")}
    reasons = {name: _reason_not_point(r) for name, r in table.items()}
    names = list(dict.fromkeys(n for _, n, _ in rows if n in reasons and reasons[n] is None))
    points = pd.DataFrame([table[n] for n in names], columns=list(places.columns))[["place", "longitude", "latitude"]]
    days = pd.date_range(first, last)
    codes, map_dates, lost = _codes(points, maps, days)
    state_of = {pd.Timestamp(d): st for d, st in status}
    states = np.array([state_of.get(d, dataset_days.NOT_PUBLISHED) for d in days], dtype=object)
    timeline = _timeline(points, days, codes, map_dates, lost, states, side, other)
    row_of = {n: i for i, n in enumerate(names)}
    ctx = _Context(list(days), {d: i for i, d in enumerate(days)}, codes, states, maps, table, reasons, row_of, side, other,
                   days_before, days_after, line_distance, dataset)
    out = [_check_one(ctx, c, name, candidate_of, day) for (c, name, candidate_of), day in zip(rows, dates)]
    return PlaceCheck(pd.DataFrame(out, columns=CHECK_COLUMNS), timeline, dataset, status)


TIMELINE_COLUMNS = ["place", "day", "side", "map_date", "lost_in_map_window"]


def _codes(points: pd.DataFrame, maps: dict, days: pd.DatetimeIndex):
    """Each place's side on each day as codes (see ``_SIDE``), the maps' dates, and where
    the side lost the place in the map's window. Each distinct map is queried once."""
    geoms = shapely.points(points["longitude"].to_numpy(float), points["latitude"].to_numpy(float)) if len(points) else np.empty(0, dtype=object)
    codes = np.zeros((len(points), len(days)), dtype=np.int8)
    lost = np.zeros((len(points), len(days)), dtype=bool)
    map_dates = np.full(len(days), None, dtype=object)
    by_map: dict[int, tuple] = {}
    for j, day in enumerate(days):
        m = maps.get(day.date())
        if m is None:
            continue
        if id(m) not in by_map:
            by_map[id(m)] = (np.where(m.held_mask(geoms), _SIDE, _OTHER).astype(np.int8), m.lost_mask(geoms))
        codes[:, j], lost[:, j] = by_map[id(m)]
        map_dates[j] = m.map_date
    return codes, map_dates, lost


def _timeline(points, days, codes, map_dates, lost, states, side, other) -> pd.DataFrame:
    n, k = codes.shape
    names = np.array([NO_MAP, side, other], dtype=object)  # indexed by code
    return pd.DataFrame({
        "place": np.repeat(points["place"].to_numpy(), k),
        "day": np.tile(days.to_numpy(), n),
        "side": names[codes.ravel()],
        "map_date": np.tile(map_dates, n),
        "lost_in_map_window": lost.ravel(),
        "status": np.tile(states, n),
    })


@dataclass
class _Context:
    days: list  # of Timestamps
    day_index: dict
    codes: np.ndarray
    states: np.ndarray
    maps: dict
    table: dict  # place -> its row of the place table
    reasons: dict  # place -> why it cannot be checked, or None
    row_of: dict
    side: str
    other: str
    days_before: int
    days_after: int
    line_distance: bool
    dataset: str

    def name(self, code: int) -> str:
        return NO_MAP if code == _NO_MAP else self.side if code == _SIDE else self.other


def check_against_every_map(claims: pd.DataFrame, places: pd.DataFrame, **kwargs) -> dict[str, PlaceCheck]:
    """:func:`check_claims` against every control-polygon dataset of the registry, by name.

    Days a dataset has not cached show as such in each check (``days_without_map``); a
    dataset with no day cached at all is checked too, and every verdict is then not checkable.
    """
    return {name: check_claims(claims, places, name, **kwargs) for name in registry.control_datasets()}


CHECK_COLUMNS = [
    "claim_id", "claimant", "claimant_side", "metric", "place", "candidate_of", "precision", "date", "check",
    "claimed_holder", "side_on_date", "map_date", "side_before", "side_after", "verdict", "lag_days",
    "lag_upper_bound", "held_from", "other_side_days", "other_side_through", "edge_km", "days_without_map",
    "note", "dataset", "source_url",
]


def _empty_checks() -> pd.DataFrame:
    return pd.DataFrame(columns=CHECK_COLUMNS)


def _reason_not_point(p) -> str | None:
    if p["precision"] == "ambiguous":
        return "several places bear the name and the report does not say which"
    if p.get("kind") not in POINT_KINDS:
        return f"a region ({p.get('kind')}), not a point on the map"
    if pd.isna(p["latitude"]) or pd.isna(p["longitude"]):
        return "the place has no coordinates"
    if str(p.get("oblast_iso", "")).startswith("RU-"):
        return "in Russia: the maps draw Russian-held Ukraine only"
    return None


def _check_one(ctx: _Context, c: dict, name: str, candidate_of: str | None, day: pd.Timestamp) -> dict:
    change = is_change_of_control(c)
    row = {
        "claim_id": c.get("claim_id"), "claimant": c.get("claimant"), "claimant_side": c.get("claimant_side"),
        "metric": str(c.get("metric")), "place": name, "candidate_of": candidate_of, "precision": None,
        "date": day, "check": VERDICT if change and candidate_of is None else CONTEXT,
        "claimed_holder": claimed_holder(c) if change else None, "side_on_date": None, "map_date": None,
        "side_before": None, "side_after": None, "verdict": None, "lag_days": None, "lag_upper_bound": False,
        "held_from": None, "other_side_days": None, "other_side_through": None, "edge_km": None,
        "days_without_map": [], "note": "", "dataset": ctx.dataset, "source_url": c.get("source_url"),
    }
    if name not in ctx.table:
        row["note"] = "the place has no coordinates (not in the place table)"
        return _not_checkable(row)
    p = ctx.table[name]
    row["precision"] = p["precision"]
    reason = ctx.reasons[name]
    if reason:
        row["note"] = reason
        return _not_checkable(row)
    at = ctx.day_index[day]
    lo, hi = max(0, at - ctx.days_before), min(len(ctx.days), at + ctx.days_after + 1)
    codes = ctx.codes[ctx.row_of[name], lo:hi].tolist()
    days = ctx.days[lo:hi]
    at -= lo
    row["days_without_map"] = [f"{days[i]:%Y-%m-%d} ({ctx.states[lo + i]})" for i, code in enumerate(codes) if code == _NO_MAP]
    on = codes[at] if at < len(codes) and days[at] == day else _NO_MAP
    row["side_on_date"] = ctx.name(on)
    if on != _NO_MAP:
        m = ctx.maps[day.date()]
        row["map_date"] = m.map_date
        if ctx.line_distance:
            row["edge_km"] = round(m.edge_km(shapely.Point(p["longitude"], p["latitude"])), 1)
    earlier = [code for code in codes[:at] if code != _NO_MAP]
    later = [code for code in codes[at + 1:] if code != _NO_MAP]
    row["side_before"] = ctx.name(earlier[0]) if earlier else NO_MAP
    row["side_after"] = ctx.name(later[-1]) if later else NO_MAP
    if row["check"] == CONTEXT:
        row["note"] = _context_note(days, codes, ctx)
        if candidate_of:
            row["note"] = f"a candidate for the ambiguous {candidate_of}: " + row["note"]
        return row
    holder = row["claimed_holder"]
    if holder is None:
        row["note"] = "the claim does not say which side took the place"
        return _not_checkable(row)
    relative = codes if holder == ctx.side else [(_NO_MAP, _OTHER, _SIDE)[code] for code in codes]
    row.update(_verdict(days, relative, at, holder))
    return row


def _not_checkable(row: dict) -> dict:
    if row["check"] == VERDICT:
        row["verdict"] = NOT_CHECKABLE
    return row


def _context_note(days, codes, ctx: _Context) -> str:
    runs = []
    for d, code in zip(days, codes):
        if code == _NO_MAP:
            continue
        if runs and runs[-1][0] == code:
            runs[-1][2] = d
        else:
            runs.append([code, d, d])
    if not runs:
        return "no map for these days"
    parts = [f"{ctx.name(s).capitalize()} held it {a:%d %b}" + (f" to {b:%d %b}" if b != a else "") for s, a, b in runs]
    return "the map shows " + "; ".join(parts)
