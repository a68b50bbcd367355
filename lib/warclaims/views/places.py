"""Places: each claim about a named place set against the control map of its days.

A map of the control polygons on one day with the window's claimed places marked (by
claimant and verdict), small multiples across the days where a checked place changed hands
on the map, a strip of which side held each place on each day, and a table of the place
claims with their verdict and lag. The checking is :mod:`warclaims.evidence.place_control`;
this module only gathers and draws.

Maps are drawn without tiles (offline): the polygons, the checked places and, for
orientation, other places of the place table in view. Longitude and latitude are drawn with
the aspect ratio of the map's middle latitude, so north is up and distances look true; a
scale bar and a north arrow are on every map.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import timedelta

import geopandas as gpd  # at the top: the kernel server preloads it with this module
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.lines import Line2D
from matplotlib.patches import Patch, Rectangle
from matplotlib.transforms import Bbox

from .. import charts, dataset_days, palette
from ..datasets import get
from ..errors import ParameterError
from ..evidence import place_control as pc
from ..evidence import registry
from ..parameters import Params
from ..ledger import read_ledger
from .common import claims_credit, claims_in_window

#: Fill of the area the map's side held, and of what it lost in the map's window.
HELD_FILL, HELD_EDGE = "#f2b8b5", "#b2182b"
LOST_FILL, LOST_EDGE = "#deebf7", "#6baed6"
SIDE_COLOURS = {"russia": "#b2182b", "ukraine": "#1f5fa8", pc.NO_MAP: "#d9d9d9"}
SIDE_NAMES = {"russia": "Russia", "ukraine": "Ukraine", pc.NO_MAP: "no map"}
#: Marker of a claimed place by what the check found (claims are drawn hollow).
MARKERS = {pc.CONFIRMED: "o", pc.CONFIRMED_LATER: "s", pc.CONTRADICTED: "X", pc.NOT_CHECKABLE: "D", pc.CONTEXT: "^"}
MARKER_TEXT = {pc.CONFIRMED: "change of control: confirmed on the date", pc.CONFIRMED_LATER: "change of control: confirmed later",
               pc.CONTRADICTED: "change of control: contradicted", pc.NOT_CHECKABLE: "change of control: not checkable",
               pc.CONTEXT: "other claim about the place (context, no verdict)"}
MAX_PANELS = 6


@dataclass
class PlacesView:
    params: Params
    dataset: str
    claims: pd.DataFrame
    places: pd.DataFrame
    result: pc.PlaceCheck
    maps: dict
    map_day: pd.Timestamp | None
    map_day_asked: pd.Timestamp | None
    days_after: int
    missing: list[str] = field(default_factory=list)

    @property
    def window_days(self) -> list:
        return [d.date() for d in pd.date_range(self.params.start, self.params.end)]

    def uncached(self) -> list:
        """Days of the window the dataset has a map for that are not in the cache."""
        return [d for d, s in self.result.day_status if s == dataset_days.NOT_CACHED and self.params.start <= pd.Timestamp(d) <= self.params.end]


def check_place_parameters(polygons, map_day, days_after, fetch_days) -> tuple[str, pd.Timestamp | None, int, bool]:
    """Check the place notebook's own parameters; errors name the parameter."""
    known = sorted(registry.control_datasets())
    if polygons not in known:
        raise ParameterError(f"expected a control-polygon dataset, one of {', '.join(known)}; got {polygons!r}", parameter="polygons", value=polygons)
    day = None
    if map_day not in ("", None):
        try:
            day = pd.Timestamp(pd.to_datetime(map_day, format="%Y-%m-%d"))
        except (ValueError, TypeError):
            raise ParameterError(f"expected a date written YYYY-MM-DD or '', got {map_day!r}", parameter="map_day", value=map_day) from None
    if isinstance(days_after, bool) or not isinstance(days_after, int) or not 0 <= days_after <= 120:
        raise ParameterError(f"expected a whole number of days from 0 to 120, got {days_after!r}", parameter="days_after", value=days_after)
    if not isinstance(fetch_days, bool):
        raise ParameterError(f"expected True or False, got {fetch_days!r}", parameter="fetch_days", value=fetch_days)
    return polygons, day, days_after, fetch_days


def build(params: Params, polygons: str = "nzz-polygons", map_day=None, days_after: int = 14, fetch_days: bool = False) -> PlacesView:
    """Check every claim in the window that names a place against one control-polygon dataset."""
    dataset, asked, days_after, fetch = check_place_parameters(polygons, "" if map_day is None else str(map_day)[:10], days_after, fetch_days)
    claims = claims_in_window(params)
    claims = claims[claims["place"].fillna("").str.len() > 0].reset_index(drop=True)
    places = _places(params)
    missing: list[str] = []
    dates = list(claims["date"]) or [params.end]
    first = min(params.start, min(dates))
    last = max(params.end, max(dates) + timedelta(days=days_after))
    if fetch:
        got = dataset_days.fetch_days(dataset, (first, last), strict=False)
        missing += [f"{dataset} {d}: could not be fetched ({why})" for d, why in sorted(got.missing.items())]
    maps, status = pc.maps_for_days(dataset, first, last)
    # Each claim is looked at from the window's start (or its own date, if earlier) to
    # days_after later; the timeline covers the whole window besides.
    before = max(0, (max(dates) - first).days)
    result = pc.check_claims(claims, places, dataset, maps=maps, status=status, days_before=before,
                             days_after=days_after, span=(first, last))
    view = PlacesView(params, dataset, claims, places, result, maps, None, asked, days_after, missing)
    view.map_day = _choose_map_day(view)
    not_cached = view.uncached()
    if not_cached:
        span = f"{min(not_cached):%Y-%m-%d}..{max(not_cached):%Y-%m-%d}"
        missing.append(f"{len(not_cached)} day(s) of {dataset} in the window are not cached ({_days_text(not_cached)}): "
                       f"`warclaims fetch {dataset} --days {span}`, or set fetch_days")
    return view


def _places(params: Params) -> pd.DataFrame:
    # The ledger's place table as read and validated once (remembered while unchanged),
    # with numeric coordinates.
    places = read_ledger(params.data_dir).places.copy()
    for col in ("latitude", "longitude"):
        places[col] = pd.to_numeric(places[col], errors="coerce")
    return places


def _days_text(days) -> str:
    days = sorted(days)
    return ", ".join(f"{d:%d %b %Y}" for d in days[:5]) + (f" and {len(days) - 5} more" if len(days) > 5 else "")


def _choose_map_day(view: PlacesView) -> pd.Timestamp | None:
    # The day asked for, else the day most of the window's place claims are dated; when that
    # day has no map, the nearest day of the window that has one (the subtitle says so).
    checks = view.result.checks
    wanted = view.map_day_asked
    if wanted is None:
        dated = checks["date"] if len(checks) else pd.Series([view.params.end])
        wanted = pd.Timestamp(dated.mode().min())
    days = [pd.Timestamp(d) for d in view.maps if view.params.start <= pd.Timestamp(d) <= view.params.end]
    if not days:
        days = [pd.Timestamp(d) for d in view.maps]
    if not days:
        return None
    return min(days, key=lambda d: (abs((d - wanted).days), d))


# --- tables ------------------------------------------------------------------------------

def checks_table(view: PlacesView) -> pd.DataFrame:
    """The place claims as a reader's table: who claimed what where, what the map showed."""
    c = view.result.checks
    if c.empty:
        return pd.DataFrame(columns=["claimant", "claim", "place", "date", "map shows on the date", "verdict", "lag (days)", "note", "source"])
    metric = c["metric"].str.replace("_", " ")
    verdict = np.where(c["check"] == pc.CONTEXT, "context only", c["verdict"].fillna(""))
    lag = c["lag_days"].map(lambda v: "" if v is None or pd.isna(v) else f"{int(v)}") + np.where(c["lag_upper_bound"].astype(bool), " (at most)", "")
    table = pd.DataFrame({
        "claimant": c["claimant"],
        "claim": metric,
        "place": c["place"],
        "date": pd.to_datetime(c["date"]).dt.strftime("%Y-%m-%d"),
        "map shows on the date": c["side_on_date"].map(lambda s: SIDE_NAMES.get(s, "not checked") if isinstance(s, str) else "not checked"),
        "verdict": verdict,
        "lag (days)": lag,
        "edge of held area (km)": c["edge_km"],
        "note": c["note"],
        "source": c["source_url"],
    })
    # One row per claimant, place, date and finding: a report's several claims about one
    # place (troops fled, vehicles fled, cars stolen) share what the map shows.
    keys = [col for col in table.columns if col != "claim"]
    grouped = table.fillna({"edge of held area (km)": -1}).groupby(keys, sort=False, dropna=False)["claim"]
    out = grouped.agg(lambda s: "; ".join(dict.fromkeys(s))).reset_index()
    out["edge of held area (km)"] = out["edge of held area (km)"].where(out["edge of held area (km)"] >= 0)
    return out[list(table.columns)]


def timeline_table(view: PlacesView) -> pd.DataFrame:
    """Which side the map shows holding each place on each day of the window (rows: places)."""
    t = _window_timeline(view)
    if t.empty:
        return pd.DataFrame()
    table = t.pivot(index="place", columns="day", values="side").map(lambda s: SIDE_NAMES.get(s, s))
    table.columns = [f"{d:%d %b}" for d in table.columns]
    return table


def _window_timeline(view: PlacesView) -> pd.DataFrame:
    t = view.result.timeline
    return t[(t["day"] >= view.params.start) & (t["day"] <= view.params.end)]


# --- drawing helpers ---------------------------------------------------------------------

def _points(view: PlacesView) -> pd.DataFrame:
    """The claimed places that have a point on the map, one row per claim and place."""
    c = view.result.checks
    table = view.places.set_index("place")
    rows = c[c["place"].isin(table.index)].copy()
    # Each distinct place judged once, not once per claim naming it.
    point = {p: pc._reason_not_point(table.loc[p]) is None for p in rows["place"].unique()}
    rows = rows[rows["place"].map(point).astype(bool)]  # a mask even when empty
    rows["longitude"] = rows["place"].map(table["longitude"])
    rows["latitude"] = rows["place"].map(table["latitude"])
    rows["mark"] = np.where(rows["check"] == pc.CONTEXT, pc.CONTEXT, rows["verdict"].fillna(pc.NOT_CHECKABLE))
    return rows


def _extent(view: PlacesView, pts: pd.DataFrame) -> tuple[float, float, float, float]:
    if len(pts):
        x0, x1 = pts["longitude"].min(), pts["longitude"].max()
        y0, y1 = pts["latitude"].min(), pts["latitude"].max()
    else:
        held = [g for m in view.maps.values() for g in m.held]
        if not held:
            return 30.0, 40.5, 44.0, 52.5
        import shapely

        x0, y0, x1, y1 = shapely.total_bounds(np.asarray(held, dtype=object))
    # At least about 1.6 degrees across, with a margin, so each place shows the line near it.
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    half_w = max((x1 - x0) / 2 + 0.45, 0.8)
    half_h = max((y1 - y0) / 2 + 0.3, 0.5)
    return cx - half_w, cx + half_w, cy - half_h, cy + half_h


def _draw_polygons(ax, m: pc.DayMap, lost: bool = True) -> None:
    if len(m.held):
        gpd.GeoSeries(m.held, crs="EPSG:4326").plot(ax=ax, facecolor=HELD_FILL, edgecolor=HELD_EDGE, linewidth=0.8, zorder=1)
    if lost and len(m.lost):
        gpd.GeoSeries(m.lost, crs="EPSG:4326").plot(ax=ax, facecolor=LOST_FILL, edgecolor=LOST_EDGE, linewidth=0.6, zorder=1)


def _frame(ax, extent, points=None) -> None:
    """Set the view, keep north up with true proportions, and add a scale bar and north arrow.

    The scale bar goes in the first of the lower-left, upper-left and lower-right corners
    where it covers none of ``points`` (longitude, latitude pairs: the places drawn).
    """
    x0, x1, y0, y1 = extent
    ax.set_xlim(x0, x1)
    ax.set_ylim(y0, y1)
    mid = (y0 + y1) / 2
    ax.set_aspect(1 / math.cos(math.radians(mid)))
    ax.grid(False)
    ax.set_xticks([])
    ax.set_yticks([])
    ax.set_xlabel("")  # geopandas labels the axes in degrees; the map needs no axes
    ax.set_ylabel("")
    for spine in ax.spines.values():
        spine.set_visible(True)
        spine.set_color("#999999")
        spine.set_linewidth(0.8)
    km_per_deg = 111.32 * math.cos(math.radians(mid))
    span_km = (x1 - x0) * km_per_deg
    bar = next(b for b in (5, 10, 20, 25, 50, 100, 200, 500) if b >= span_km / 6)
    length = bar / km_per_deg
    corners = [(x0 + (x1 - x0) * 0.04, y0 + (y1 - y0) * 0.05), (x0 + (x1 - x0) * 0.04, y0 + (y1 - y0) * 0.88),
               (x1 - (x1 - x0) * 0.04 - length, y0 + (y1 - y0) * 0.05)]
    xy = np.asarray(points, dtype=float).reshape(-1, 2) if points is not None else np.empty((0, 2))

    def covers(bx, by) -> bool:
        pad_x, pad_y = (x1 - x0) * 0.03, (y1 - y0) * 0.04
        return bool(((xy[:, 0] > bx - pad_x) & (xy[:, 0] < bx + length + pad_x) & (xy[:, 1] > by - pad_y) & (xy[:, 1] < by + 2.5 * pad_y)).any())

    bx, by = next((c for c in corners if not covers(*c)), corners[0])
    line, = ax.plot([bx, bx + length], [by, by], color="#222222", linewidth=3, solid_capstyle="butt", zorder=5)
    label = ax.text(bx + length / 2, by + (y1 - y0) * 0.015, f"{bar} km", ha="center", va="bottom", fontsize=8.5, zorder=5,
                    bbox={"facecolor": "white", "edgecolor": "none", "alpha": 0.7, "pad": 1})
    north = ax.annotate("N", xy=(0.965, 0.95), xytext=(0.965, 0.83), xycoords="axes fraction", ha="center", va="center",
                        fontsize=10, fontweight="bold", arrowprops={"arrowstyle": "-|>", "color": "#222222", "lw": 1.5}, zorder=5)
    # Place names keep clear of the scale bar and the north arrow (_label_places).
    ax.warclaims_furniture = [line, label, north, north.arrow_patch]


def _orientation(ax, view: PlacesView, extent, claimed: pd.DataFrame) -> None:
    """Other places of the place table in view, in grey, so a reader knows where the map is.

    A town is left out where its label would sit on a claimed place's or on another town's."""
    x0, x1, y0, y1 = extent
    p = view.places
    inside = p[(p["longitude"].between(x0, x1)) & (p["latitude"].between(y0, y1)) & (~p["place"].isin(set(claimed["place"])))]
    wide = (x1 - x0) > 4  # a map of the whole country: regions only, towns would crowd it
    # A claimed place's label runs to the right of it, over about a fifth of the map.
    labels = [(x - 0.03 * (x1 - x0), x + 0.24 * (x1 - x0), y - 0.05 * (y1 - y0), y + 0.07 * (y1 - y0))
              for x, y in zip(claimed["longitude"], claimed["latitude"])]
    taken: list = []
    dx, dy = (x1 - x0) * 0.08, (y1 - y0) * 0.04
    for _, r in inside.iterrows():
        lon, lat = r["longitude"], r["latitude"]
        crowded = any(a <= lon <= b and c <= lat <= d for a, b, c, d in labels) or any(
            abs(lon - x) < dx and abs(lat - y) < dy for x, y in taken)
        if r["kind"] == "settlement" and r["precision"] != "ambiguous" and " (" not in r["place"] and not wide and not crowded:
            taken.append((r["longitude"], r["latitude"]))
            ax.plot(r["longitude"], r["latitude"], "o", color="#777777", markersize=3, zorder=2)
            ax.text(r["longitude"], r["latitude"] - (y1 - y0) * 0.012, r["place"].replace(" city", ""), fontsize=8,
                    color="#666666", ha="center", va="top", zorder=2)
        elif r["kind"] in ("oblast", "region"):
            ax.text(r["longitude"], r["latitude"], r["place"], fontsize=9, color="#aaaaaa", style="italic", ha="center", zorder=1)


def _credit(view: PlacesView, shown: pd.DataFrame) -> list[str]:
    """Source-line entries for the claims a chart shows (not every claim of the window)."""
    return claims_credit(view.claims[view.claims["claim_id"].isin(shown["claim_id"])])


def _map_credit(view: PlacesView) -> str:
    ds = get(view.dataset)
    return f"control polygons: {ds.source_line()}"


def _map_label(view: PlacesView, day) -> str:
    m = view.maps.get(pd.Timestamp(day).date())
    shown = f", showing {pd.Timestamp(m.map_date):%d %b %Y}" if m is not None and m.map_date and pd.Timestamp(m.map_date) != pd.Timestamp(day) else ""
    return f"{get(view.dataset).claimant} map of {pd.Timestamp(day):%d %b %Y}{shown}"


#: Room kept around a place's label, in points.
LABEL_MARGIN = 3
#: Size of a claimed place's marker on the map, in points.
MARKER_POINTS = 11
#: Where a place's label may go, tried in this order: offset from its marker in points (for the
#: map's markers; scaled for smaller ones) and the side of the label that faces the marker.
LABEL_SPOTS = [(8, 0, "left", "center"), (-8, 0, "right", "center"), (0, 8, "center", "bottom"), (0, -8, "center", "top"),
               (7, 7, "left", "bottom"), (7, -7, "left", "top"), (-7, 7, "right", "bottom"), (-7, -7, "right", "top")]


def _free_spot(ax, text: str, at, obstacles: list, scale: float, **font):
    """Draw ``text`` by the point ``at`` (pixels) on the first spot of :data:`LABEL_SPOTS` where it
    stays inside the axes and clear of ``obstacles``; return its box, or None (nothing drawn).

    The text is laid out once and its box moved spot by spot: laying out a label per spot
    tried was most of the map's time on a whole-war run.
    """
    renderer = ax.figure.canvas.get_renderer()
    frame, px = ax.get_window_extent(renderer), ax.figure.dpi / 72
    probe = ax.text(0, 0, text, **font)
    w, h = probe.get_window_extent(renderer).size
    probe.remove()
    # A margin around each label: finalise may still shrink the map a little for its
    # header, which draws the places closer together than measured here.
    margin = LABEL_MARGIN * px
    for dx, dy, ha, va in LABEL_SPOTS:
        x = at[0] + dx * scale * px - {"left": 0, "center": w / 2, "right": w}[ha]
        y = at[1] + dy * scale * px - {"bottom": 0, "center": h / 2, "top": h}[va]
        box = Bbox.from_bounds(x, y, w, h).padded(margin)
        inside = frame.x0 <= box.x0 and box.x1 <= frame.x1 and frame.y0 <= box.y0 and box.y1 <= frame.y1
        if inside and not any(box.overlaps(other) for other in obstacles):
            ax.annotate(text, ax.transData.inverted().transform(at), xytext=(dx * scale, dy * scale), textcoords="offset points",
                        ha=ha, va=va, **font)
            return box
    return None


def _label_places(ax, pts: pd.DataFrame, sides: dict, fontsize: float = 9.5, marker_points: float = MARKER_POINTS,
                  number_the_rest: bool = True) -> list[str]:
    """Label each claimed place where its label overlaps no other label; return the key of the rest.

    Places are labelled in order of how many claims name them. A label goes on the first
    spot of :data:`LABEL_SPOTS` where it overlaps neither another label, another place's
    marker nor the map's edge, first with the side the map gives the place, then with the name
    alone; a place with no room left gets a number by its marker, and the note keys the
    numbers (or, with ``number_the_rest`` false, stays unnamed: a small panel names what
    fits). On a whole-war map of Donbas thirty names would otherwise print over each other.
    """
    counts = pts.groupby("place", sort=False).size().sort_values(ascending=False, kind="stable")
    first = pts.drop_duplicates("place").set_index("place")
    half = marker_points / 2 * ax.figure.dpi / 72
    scale = marker_points / MARKER_POINTS  # spots sized for the map's markers, closer for smaller ones
    centres = dict(zip(first.index, ax.transData.transform(first[["longitude", "latitude"]].to_numpy(dtype=float))))
    markers = {place: Bbox.from_extents(x - half, y - half, x + half, y + half) for place, (x, y) in centres.items()}
    style = {"color": "#222222", "zorder": 6, "bbox": {"facecolor": "white", "edgecolor": "none", "alpha": 0.75, "pad": 1.2}}
    renderer = ax.figure.canvas.get_renderer()
    furniture = [artist.get_window_extent(renderer) for artist in getattr(ax, "warclaims_furniture", [])]
    placed, key = [], []
    for place in counts.index:
        side = sides.get(place)
        # Every other place's marker is an obstacle too: a label over it hides that place.
        others = placed + furniture + [box for name, box in markers.items() if name != place]
        full = f"{place}\n({SIDE_NAMES.get(side, side)}-held)" if side in SIDE_NAMES and side != pc.NO_MAP else place
        box = None
        for text in dict.fromkeys([full, place]):
            box = _free_spot(ax, text, centres[place], others, scale, fontsize=fontsize,
                             fontweight="bold" if number_the_rest else "normal", **style)
            if box is not None:
                break
        if box is None and number_the_rest:
            key.append(f"{len(key) + 1} {full.replace(chr(10), ' ')}")
            box = _free_spot(ax, str(len(key)), centres[place], others, scale, fontsize=8, fontweight="bold", **style)
            if box is None:  # no spot is free: the first spot, over whatever is there
                dx, dy, ha, va = LABEL_SPOTS[0]
                ax.annotate(str(len(key)), ax.transData.inverted().transform(centres[place]), xytext=(dx * scale, dy * scale),
                            textcoords="offset points", ha=ha, va=va, fontsize=8, fontweight="bold", **style)
        if box is not None:
            placed.append(box)
    return key


# --- charts ------------------------------------------------------------------------------

def chart_map(view: PlacesView):
    """The control map on the chosen day with the window's claimed places, by claimant and verdict."""
    p = view.params
    pts = _points(view)
    extent = _extent(view, pts)
    with charts.styled():
        fig, ax = plt.subplots(figsize=(10, 8.2))
        m = view.maps.get(view.map_day.date()) if view.map_day is not None else None
        if m is not None:
            _draw_polygons(ax, m)
        _orientation(ax, view, extent, pts)
        key = palette.key_of(pts)
        drawn = []
        sides = _sides_on(view, view.map_day)
        for (place, mark, claimant), group in pts.groupby(["place", "mark", "claimant"], sort=False):
            r = group.iloc[0]
            drawn.append({"place": place, "claimant": claimant, "mark": mark, "longitude": r["longitude"], "latitude": r["latitude"],
                          "side_on_map_day": sides.get(place), "claims": len(group),
                          "source": "; ".join(dict.fromkeys(group["source_url"].dropna()))})
        marked = pd.DataFrame(drawn, columns=["place", "claimant", "mark", "longitude", "latitude"])
        for (mark, colour), group in marked.groupby(["mark", marked["claimant"].map(key.colour)], sort=False):
            # One artist per colour and verdict, a marker at each of its places: the same
            # marks as one artist per place, without an artist per claim on a large ledger.
            ax.plot(group["longitude"], group["latitude"], linestyle="none", marker=MARKERS[mark], markersize=MARKER_POINTS, markerfacecolor="white",
                    markeredgecolor=colour, markeredgewidth=2.2, zorder=4)
        _frame(ax, extent, pts[["longitude", "latitude"]].to_numpy() if len(pts) else None)
        # Labels go on after the map is framed: where they fit depends on the final scale.
        numbered = _label_places(ax, pts, sides) if len(pts) else []
        handles = []
        if m is not None:
            handles.append(Patch(facecolor=HELD_FILL, edgecolor=HELD_EDGE, label=f"Held by Russia ({_map_label(view, view.map_day)})"))
            if len(m.lost):
                handles.append(Patch(facecolor=LOST_FILL, edgecolor=LOST_EDGE, label=_lost_label(m)))
            handles.append(Patch(facecolor="white", edgecolor="#999999", label="Not shaded: not Russian-held on the map (Ukraine, or Russia beyond the border)"))
        for mark in dict.fromkeys(pts["mark"]):
            handles.append(Line2D([], [], linestyle="none", marker=MARKERS[mark], markersize=9, markerfacecolor="white",
                                  markeredgecolor="#444444", markeredgewidth=1.8, label=MARKER_TEXT[mark]))
        for entry, colour in key.entries().items():
            handles.append(Line2D([], [], linestyle="none", marker="o", markersize=9, markerfacecolor="white",
                                  markeredgecolor=colour, markeredgewidth=2.2, label=charts.claimed_label(entry)))
        if handles:
            ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(0.0, -0.01), ncol=2, fontsize=9, borderaxespad=0.3)
        if m is None:
            ax.text(0.5, 0.5, "no map cached for the window", ha="center", transform=ax.transAxes, fontsize=12)
        when = _map_label(view, view.map_day) if view.map_day is not None else "no map"
        asked = ""
        if view.map_day_asked is not None and view.map_day is not None and view.map_day != view.map_day_asked:
            asked = f" (no map cached for {view.map_day_asked:%d %b %Y}; nearest day shown)"
        ground = f"Control of the ground on the {when}{asked}" if m is not None else f"No {get(view.dataset).claimant} map is cached for the window (see note)"
        if len(pts):
            subtitle = (f"{ground}, with every place named in a claim dated {p.window()}. "
                        "Hollow markers are claims, coloured by claimant; the shape says what the map made of them."
                        + _ambiguity_text(view))
        else:
            subtitle = f"{ground}. No claim dated {p.window()} names a place that can be put on the map." + _ambiguity_text(view)
        sources = _credit(view, pts) + [_map_credit(view)]
        data = pd.DataFrame(drawn, columns=["place", "claimant", "mark", "longitude", "latitude", "side_on_map_day", "claims", "source"])
        data["map_dataset"], data["map_day"] = view.dataset, view.map_day
        alt = (f"Map of {when}: Russian-held area shaded. " + "; ".join(
            f"{d['place']} ({SIDE_NAMES.get(d['side_on_map_day'], 'not mapped')}-held), claimed by {d['claimant']}: {d['mark']}" for d in drawn)
            if drawn else f"Map of {when}; no claimed place with coordinates in the window.")
        notes = ([f"Numbered for lack of room: {', '.join(numbered)}"] if numbered else []) + view.missing
        charts.finalise(fig, "Claimed places on the control map", subtitle, sources, view.map_day,
                        note="; ".join(notes) or None, data=data, alt=alt)
    return fig


def _ambiguity_text(view: PlacesView) -> str:
    c = view.result.checks
    names = sorted(set(c.loc[c["note"].str.contains("several places", na=False), "place"]))
    if not names:
        return ""
    placed = sorted(set(c["candidate_of"].dropna()))
    unplaced = [n for n in names if n not in placed]
    parts = []
    if placed:
        parts.append(f"{', '.join(placed)}: several places bear the name; each is shown as context, none is checked")
    if unplaced:
        parts.append(f"{', '.join(unplaced)}: several places bear the name and none is known; not shown")
    return " " + ". ".join(parts) + "."


def _lost_label(m: pc.DayMap) -> str:
    return "Lost by Russia in the map's last window (Ukrainian-held)"


def _sides_on(view: PlacesView, day) -> dict[str, str]:
    """The side the map shows holding each place on ``day`` (places without a row are absent)."""
    if day is None:
        return {}
    t = view.result.timeline
    hit = t[t["day"] == pd.Timestamp(day)].drop_duplicates("place")
    return dict(zip(hit["place"], hit["side"]))


def _story_days(view: PlacesView) -> list:
    """Days for small multiples: the window's first map, the last map before and the first
    after each change of hands of a checked place, and the window's last map. Empty when no
    checked place changes hands in the window (one map then tells it)."""
    t = _window_timeline(view)
    t = t[t["side"] != pc.NO_MAP]
    if t.empty:
        return []
    days = set()
    for _, g in t.groupby("place"):
        g = g.sort_values("day")
        changed = g["side"].ne(g["side"].shift()) & g["side"].shift().notna()
        for i in np.flatnonzero(changed.to_numpy()):
            days.update({g["day"].iloc[i - 1], g["day"].iloc[i]})
    if not days:
        return []
    mapped = sorted(t["day"].unique())
    days.update({mapped[0], mapped[-1]})
    days = sorted(days)
    if len(days) > MAX_PANELS:  # keep the changes, drop the most crowded in-between days
        keep = [days[0], *days[1:-1][: MAX_PANELS - 2], days[-1]]
        days = keep
    return days


def chart_small_multiples(view: PlacesView):
    """The map across the window's days where a checked place changed hands; None when none did."""
    days = _story_days(view)
    if not days:
        return None
    pts = _points(view).drop_duplicates("place")
    extent = _extent(view, pts)
    cols = 2 if len(days) == 4 else min(3, len(days))
    rows = math.ceil(len(days) / cols)
    with charts.styled():
        fig, axes = plt.subplots(rows, cols, figsize=(4.2 * cols + 0.5, 3.5 * rows + 1.4), squeeze=False)
        drawn = []
        for ax, day in zip(axes.flat, days):
            m = view.maps[pd.Timestamp(day).date()]
            _draw_polygons(ax, m, lost=False)
            sides = _sides_on(view, day)
            colour = pts["place"].map(lambda place: SIDE_COLOURS.get(sides.get(place), "#999999"))
            for c, same in pts.groupby(colour, sort=False):  # one artist per colour of a panel
                ax.plot(same["longitude"], same["latitude"], "o", markersize=9, color=c,
                        markeredgecolor="white", markeredgewidth=1.2, zorder=4)
            for _, r in pts.iterrows():
                drawn.append({"day": day, "place": r["place"], "side": sides.get(r["place"]), "map_date": m.map_date,
                              "dataset": view.dataset, "source": get(view.dataset).address})
            _frame(ax, extent, pts[["longitude", "latitude"]].to_numpy() if len(pts) else None)
            shown = f" (map of {pd.Timestamp(m.map_date):%d %b})" if m.map_date and pd.Timestamp(m.map_date) != pd.Timestamp(day) else ""
            ax.set_title(f"{pd.Timestamp(day):%d %b %Y}{shown}", fontsize=10.5)
        for ax in list(axes.flat)[len(days):]:
            ax.set_visible(False)
        handles = [Patch(facecolor=HELD_FILL, edgecolor=HELD_EDGE, label="Held by Russia on the map"),
                   Line2D([], [], linestyle="none", marker="o", markersize=8, color=SIDE_COLOURS["russia"], label="Place Russian-held on the map"),
                   Line2D([], [], linestyle="none", marker="o", markersize=8, color=SIDE_COLOURS["ukraine"], label="Place Ukrainian-held on the map")]
        fig.legend(handles=handles, loc="lower center", ncol=3, fontsize=9, bbox_to_anchor=(0.5, 0.0))
        fig.subplots_adjust(bottom=0.08, wspace=0.05, hspace=0.18)
        # Names go on once the panels have their final size; a panel names what fits.
        unnamed = 0
        for ax in list(axes.flat)[:len(days)]:
            before = len(ax.texts)
            _label_places(ax, pts, {}, fontsize=8, marker_points=9, number_the_rest=False)
            unnamed = max(unnamed, len(pts) - (len(ax.texts) - before))
        name = get(view.dataset).claimant
        changes = "; ".join(f"{r['place']}" for _, r in pts.iterrows())
        charts.finalise(fig, f"The {name} map day by day",
                        f"The {name} control map on the days a claimed place changed hands on it, with the window's first and last "
                        f"maps ({view.params.window()}). Solid: what the map shows, not a claim.",
                        [_map_credit(view)], days[-1], data=pd.DataFrame(drawn),
                        note=(f"Up to {unnamed} places per panel are left unnamed for lack of room; the map of the claims' day "
                              "names or numbers every one") if unnamed else None,
                        alt=f"{len(days)} maps of {name}, {days[0]:%d %b} to {days[-1]:%d %b %Y}, marking which side held {changes} on each.")
    return fig


def chart_timeline(view: PlacesView):
    """Which side the map shows holding each checked place, day by day, with the claims' dates."""
    t = _window_timeline(view)
    p = view.params
    with charts.styled():
        places = list(dict.fromkeys(t["place"]))
        height = 2.6 + 0.62 * max(len(places), 1)
        fig, ax = plt.subplots(figsize=(10, height))
        for i, place in enumerate(places):
            # One bar per run of days on one side: a whole-war window is thousands of days, and a
            # patch per day would take minutes to draw and hide the runs under day borders.
            for side, first, last in _runs(t[t["place"] == place]):
                ax.add_patch(Rectangle((first - pd.Timedelta(hours=12), i - 0.36), last - first + pd.Timedelta(days=1), 0.72,
                                       facecolor=SIDE_COLOURS.get(side, "#d9d9d9"), edgecolor="white", linewidth=1,
                                       hatch="//" if side == pc.NO_MAP else None))
        checks = view.result.checks
        claimed = checks[checks["place"].isin(places)]
        row = {place: i for i, place in enumerate(places)}
        marks = claimed[["place", "claimant", "claimant_side", "date"]].drop_duplicates()
        key = palette.key_of(marks)
        for colour, one in marks.groupby(marks["claimant"].map(key.colour), sort=False):
            # One artist per colour (a claimant, or a side's unnamed claimants), not per claim. A dark ring under the claimant's colour
            # keeps the claim visible on either side's fill.
            days, ys = pd.to_datetime(one["date"]), one["place"].map(row)
            ax.plot(days, ys, marker="D", markersize=14, color="#222222", linestyle="none", zorder=4)
            ax.plot(days, ys, marker="D", markersize=10, markerfacecolor="white",
                    markeredgecolor=colour, markeredgewidth=2.4, linestyle="none", zorder=5)
        ax.set_yticks(range(len(places)), places)
        ax.set_ylim(len(places) - 0.5, -0.7)
        ax.xaxis_date()
        # The shared date axis names the years on a window of more than a year.
        charts.date_axis(ax, p.start, p.end)
        ax.set_xlim(p.start - pd.Timedelta(hours=12), p.end + pd.Timedelta(hours=12))
        ax.grid(False)
        handles = [Patch(facecolor=SIDE_COLOURS[s], label=f"{SIDE_NAMES[s]}-held on the map") for s in ("russia", "ukraine")]
        if (t["side"] == pc.NO_MAP).any():
            handles.append(Patch(facecolor=SIDE_COLOURS[pc.NO_MAP], hatch="//", label="no map for the day (see note)"))
        handles += [Line2D([], [], marker="D", markersize=9, markerfacecolor="white", markeredgecolor=c, markeredgewidth=2.2,
                           linestyle="none", label=f"{charts.claimed_label(n)}: date of the claim") for n, c in key.entries().items()]
        ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(0, -0.1), ncol=2, fontsize=9)
        fig.subplots_adjust(bottom=min(0.4, 1.35 / height))  # room for the legend, in inches
        if not places:
            ax.text(0.5, 0.5, "no claimed place with coordinates in the window", ha="center", transform=ax.transAxes)
        name = get(view.dataset).claimant
        note = [_ambiguity_text(view).strip()] if _ambiguity_text(view) else []
        # The map's days and the claims' marks, each mark with its claimant and source: the key
        # names six claimants of a side at most.
        claim_marks = claimed[["place", "date", "claimant", "source_url"]].drop_duplicates().rename(columns={"source_url": "source"})
        data = pd.concat([t.assign(dataset=view.dataset, source=get(view.dataset).address),
                          claim_marks.assign(side="claim", day=pd.to_datetime(claim_marks["date"])).drop(columns="date")],
                         ignore_index=True)
        alt = "; ".join(f"{place}: " + _runs_text(t[t["place"] == place]) for place in places) or "No place to show."
        charts.finalise(fig, f"Who held each claimed place on the {name} map",
                        f"Each day of {p.window()}: the side the {name} map shows holding the place (solid: the map's evidence). "
                        "Hollow diamonds: the dates of claims about the place.",
                        _credit(view, claimed) + [_map_credit(view)], p.end, note="; ".join(note + view.missing) or None,
                        data=data, alt=alt)
    return fig


def _runs(t: pd.DataFrame) -> list[tuple[str, pd.Timestamp, pd.Timestamp]]:
    """One place's days as runs of consecutive days on one side: ``(side, first day, last day)``."""
    t = t.sort_values("day")
    sides, days = t["side"].to_numpy(), pd.DatetimeIndex(t["day"])
    if not len(days):
        return []
    # A run breaks where the side changes or a day is missing from the table.
    breaks = (sides[1:] != sides[:-1]) | (days[1:] - days[:-1] != pd.Timedelta(days=1))
    starts = [0, *(i + 1 for i in breaks.nonzero()[0])]
    ends = [*(i - 1 for i in starts[1:]), len(days) - 1]
    return [(sides[a], days[a], days[b]) for a, b in zip(starts, ends)]


def _runs_text(t: pd.DataFrame) -> str:
    runs = _runs(t)
    # Years are named only where the runs span more than one.
    form = "%d %b %Y" if runs and runs[0][1].year != runs[-1][2].year else "%d %b"
    return ", ".join(f"{SIDE_NAMES.get(s, s)} {a:{form}}" + (f"-{b:{form}}" if b != a else "") for s, a, b in runs)


def summary(view: PlacesView) -> dict:
    """Each place check with its claimant and source, and each place's side day by day."""
    c = view.result.checks
    t = _window_timeline(view)
    return {
        "window": [view.params.start, view.params.end],
        "dataset": view.dataset,
        "dataset_source": get(view.dataset).source_line(),
        "map_day": view.map_day,
        "days_after": view.days_after,
        "checks": [
            {k: (None if isinstance(v, float) and math.isnan(v) else int(v) if k in ("lag_days", "other_side_days") and v is not None else v)
             for k, v in r.items() if k != "days_without_map"}
            | {"days_without_map": list(r["days_without_map"])}
            for r in c.to_dict("records")
        ],
        "control": {place: {f"{d:%Y-%m-%d}": s for d, s in zip(g["day"], g["side"])} for place, g in t.groupby("place", sort=False)},
        "days_not_cached": [f"{d:%Y-%m-%d}" for d in view.uncached()],
        "missing_datasets": view.missing,
    }
