"""Vehicles: claimed counts, each at its place, set against Oryx like for like.

A vehicle stolen from the other side, captured or abandoned is a loss to that side; Oryx
counts visually confirmed captures and abandonments by category, so a stolen or captured
claim is compared with Oryx's captured plus abandoned vehicles of the same class, over the
claim's own days (:mod:`.verdict`), for the side that lost them. Vehicles troops *fled in*
were kept, not lost: they are shown as context and never set against losses. Oryx does not
count civilian vehicles, so stolen cars and buses have no independent count. Each claimed
count stays its own row with its place: one truck near Borshchova and four Kamaz trucks at
Svatove are different claims.

Vehicles claimed *destroyed* come from the General Staff's daily bulletin, whose "vehicles
and fuel tanks" tally runs through every day of the war; it is drawn beside Oryx's visually
confirmed Russian trucks, vehicles and jeeps (every fate), both counted from the window's
first day, so any window shows the claim and the evidence for it.
"""
from __future__ import annotations

import textwrap
from dataclasses import dataclass, field

import matplotlib.pyplot as plt
import pandas as pd

from .. import charts, palette
from ..datasets import get
from ..evidence import general_staff as gs_mod
from ..evidence import oryx as oryx_mod
from ..ledger import load_claims
from ..parameters import Params
from ..paths import data_path
from ..vocabulary import VEHICLE_METRICS
from . import verdict as vd
from .common import claims_credit, claims_in_window, data_state, no_claims_text, spread_over_time, try_load

#: What each vehicle metric is: a loss to the subject side (compared with Oryx) or context.
ROLE = {"vehicles_stolen": "loss", "vehicles_captured": "loss", "vehicles_fled": "context"}
#: Oryx's country for the side whose vehicles a claim counts.
ORYX_COUNTRY = {"russia": "Russia", "ukraine": "Ukraine"}
#: A panel whose largest count is this many times its smallest is drawn on a log axis.
LOG_AXIS_SPAN = 100
#: At most this many claims drawn per panel; the rest are in the table and the summary.
MAX_ROWS_PER_PANEL = 14
#: The crosswalk group (data/crosswalk/equipment_categories.csv) holding both the General
#: Staff's "vehicles and fuel tanks" (its "military auto" and "fuel tank" before May 2022)
#: and Oryx's "Trucks, Vehicles and Jeeps".
DESTROYED_GROUP = "vehicles and fuel tanks"
#: A series of at most this many reports marks each one.
SHORT_SERIES = 60
DESTROYED_COLUMNS = ["date", "series", "claimant", "evidence", "cumulative", "added", "categories", "source"]

COMPARISON_COLUMNS = ["claim_id", "claimant", "metric", "role", "item_class", "item_origin", "item_raw", "place", "claimed",
                      "qualifier", "claimed_low", "claimed_high", "period_first", "period_last", "period_basis",
                      "oryx_category", "oryx_captured", "oryx_abandoned", "oryx_confirmed", "verdict", "reason", "source_url"]


@dataclass
class VehiclesView:
    params: Params
    claims: pd.DataFrame
    comparisons: pd.DataFrame  # one row per claim: its place, days, Oryx's like-for-like count, verdict
    confirmed: pd.DataFrame | None  # context: Oryx captured/abandoned added in the window, per category claimed
    destroyed: pd.DataFrame  # the General Staff's vehicle tally and Oryx's, day by day (DESTROYED_COLUMNS)
    destroyed_states: dict[str, str | None]  # per series: None when it has data in the window, else why not
    missing: list[str] = field(default_factory=list)


def vehicle_classes() -> pd.DataFrame:
    """The ledger's vehicle item classes and the Oryx category each is compared with."""
    return pd.read_csv(data_path("crosswalk", "vehicle_classes.csv"), dtype=str, keep_default_na=False)


def _text(value) -> str:
    return "" if value is None or pd.isna(value) else str(value)


def compare(claim, period: vd.Period, oryx: pd.DataFrame | None, category_of: dict, region: str = "") -> dict:
    """One claim set against Oryx like for like: the fields of :data:`COMPARISON_COLUMNS` it decides."""
    low, high = vd.claimed_range(float(claim["quantity"]), claim["qualifier"], claim.get("quantity_max"), rounding=False)
    out = {"claimed_low": low, "claimed_high": high, "oryx_category": category_of.get(_text(claim["item_class"]), ""),
           "oryx_captured": None, "oryx_abandoned": None, "oryx_confirmed": None, "verdict": "not comparable", "reason": ""}
    role = ROLE[str(claim["metric"])]
    if role == "context":
        out["reason"] = vd.REASONS["context"]
    elif vd.is_own_evidence(claim["claimant"], oryx_mod.CURRENT):
        # Comparing Oryx's quoted tally with Oryx's files would also set its captured-only
        # figure against captured plus abandoned.
        out["reason"] = vd.REASONS["own_evidence"]
    elif str(claim["item_origin"]) == "civilian" or not out["oryx_category"]:
        out["reason"] = vd.REASONS["no_independent_count"] + (" (Oryx counts military vehicles only)" if str(claim["item_origin"]) == "civilian" else "")
    elif str(claim["subject_side"]) not in ORYX_COUNTRY:
        out["reason"] = vd.REASONS["unknown_side"]
    elif not period.known:
        out["reason"] = vd.REASONS["no_period"]
    elif region:
        out["reason"] = vd.REASONS["regional_view"]
    elif _text(claim["place"]):
        out["reason"] = vd.REASONS["local_count"]
    elif oryx is None:
        out["reason"] = vd.REASONS["no_evidence_loaded"]
    else:
        country = oryx[oryx["country"] == ORYX_COUNTRY[str(claim["subject_side"])]]
        change = oryx_mod.oryx_change(country, period.first, period.last)
        hit = change[change["category"] == out["oryx_category"]]
        captured = float(hit["captured"].iloc[0]) if len(hit) else 0.0
        abandoned = float(hit["abandoned"].iloc[0]) if len(hit) else 0.0
        confirmed = captured + abandoned
        if confirmed < 0:
            out.update(oryx_captured=captured, oryx_abandoned=abandoned, oryx_confirmed=confirmed, reason=vd.REASONS["oryx_fell"])
            return out
        out.update(oryx_captured=captured, oryx_abandoned=abandoned, oryx_confirmed=confirmed,
                   verdict=vd.judge((low, high), (confirmed, confirmed)))
        if out["verdict"] == "above":
            out["reason"] = "Oryx counts only what is photographed: a floor"
    return out


def build(params: Params, oryx: pd.DataFrame | None = None) -> VehiclesView:
    """Gather the vehicle claims in the window and set each against Oryx over its own days.

    Parameters
    ----------
    params : Params
    oryx : DataFrame, optional
        Oryx's daily counts for both countries (:func:`warclaims.evidence.oryx.load_oryx_daily`
        with ``country=None``) to use instead of the cached dataset.
    """
    missing: list[str] = []
    claims = claims_in_window(params, VEHICLE_METRICS)
    if oryx is None:
        oryx = try_load(oryx_mod.load_oryx_daily, oryx_mod.CURRENT, missing, None)
    ledger = load_claims(params.data_dir, area_unit=params.area_unit)
    classes = vehicle_classes()
    category_of = dict(zip(classes["item_class"], classes["oryx_category"]))
    rows = []
    for _, claim in claims.iterrows():
        period = vd.claim_period(claim, ledger)
        rows.append({
            "claim_id": claim["claim_id"], "claimant": claim["claimant"], "metric": claim["metric"], "role": ROLE[str(claim["metric"])],
            "item_class": claim["item_class"], "item_origin": claim["item_origin"], "item_raw": claim["item_raw"],
            "place": _text(claim["place"]), "claimed": claim["quantity"], "qualifier": claim["qualifier"],
            "period_first": period.first, "period_last": period.last, "period_basis": period.basis,
            "source_url": claim["source_url"], **compare(claim, period, oryx, category_of, params.region),
        })
    comparisons = pd.DataFrame(rows, columns=COMPARISON_COLUMNS)
    confirmed = None
    if oryx is not None:
        wanted = {category_of.get(c) for c in claims["item_class"].astype(str)} - {None, ""}
        change = oryx_mod.oryx_change(oryx[oryx["country"] == "Russia"], params.start, params.end)
        confirmed = change[change["category"].isin(wanted)][["category", "captured", "abandoned"]].reset_index(drop=True)
    gs = try_load(gs_mod.load_general_staff, gs_mod.DATASET, missing)
    destroyed, states = destroyed_tallies(params, gs, oryx)
    return VehiclesView(params, claims, comparisons, confirmed, destroyed, states, missing)


def _tally(frame: pd.DataFrame, params: Params, value: str = "cumulative") -> pd.DataFrame:
    """One group's running total by date, and what it added from the window's first day.

    The count standing the day before the window is the baseline (zero before the first
    report: both sources count from the invasion), so a window's line starts at what that
    day added, not at the war's total.
    """
    by_day = frame.groupby("date")[value].sum().sort_index()
    before = by_day[by_day.index < params.start]
    baseline = float(before.iloc[-1]) if len(before) else 0.0
    shown = by_day[(by_day.index >= params.start) & (by_day.index <= params.end)]
    in_window = frame["date"].between(params.start, params.end)
    categories = "; ".join(sorted(frame.loc[in_window, "category"].astype(str).unique()))
    return pd.DataFrame({"date": shown.index, "cumulative": shown.to_numpy(), "added": shown.to_numpy() - baseline,
                         "categories": categories})


def destroyed_tallies(params: Params, gs: pd.DataFrame | None, oryx: pd.DataFrame | None):
    """The General Staff's claimed vehicle tally and Oryx's confirmed one, over the window.

    Parameters
    ----------
    params : Params
    gs : DataFrame or None
        :func:`warclaims.evidence.general_staff.load_general_staff`, or None when not cached.
    oryx : DataFrame or None
        Oryx's daily counts for both countries, or None when not cached.

    Returns
    -------
    (DataFrame, dict)
        Rows of :data:`DESTROYED_COLUMNS`, and per series why it shows nothing (None when it
        shows something). Both are national tallies: a regional view shows neither.
    """
    parts, states = [], {}
    claimed_what, confirmed_what = "General Staff vehicles and fuel tanks", "Oryx trucks, vehicles and jeeps"
    if params.region:
        why = "national tallies, not shown in a view of one region"
        return pd.DataFrame(columns=DESTROYED_COLUMNS), {"claimed": f"{claimed_what}: {why}", "confirmed": f"{confirmed_what}: {why}"}
    if gs is not None and params.claimants and gs_mod.CLAIMANT not in params.claimants:
        states["claimed"] = f"{claimed_what}: not shown (the General Staff is not among the claimants chosen)"
    else:
        group = None if gs is None else gs[gs["group"] == DESTROYED_GROUP]
        states["claimed"] = data_state(group, gs_mod.DATASET, claimed_what, params)
        if states["claimed"] is None:
            parts.append(_tally(group, params).assign(series="claimed", claimant=gs_mod.CLAIMANT, evidence=False,
                                                      source=get(gs_mod.DATASET).source_line()))
    group = None if oryx is None else oryx[(oryx["country"] == "Russia") & (oryx["group"] == DESTROYED_GROUP)]
    states["confirmed"] = data_state(group, oryx_mod.CURRENT, confirmed_what, params)
    if states["confirmed"] is None:
        # Oryx records a category only on days it changed: its standing count is the last
        # record, which _tally's per-day sum over one category gives as is.
        parts.append(_tally(group, params, "total").assign(series="confirmed", claimant="Oryx", evidence=True,
                                                           source=get(oryx_mod.CURRENT).source_line()))
    frame = pd.concat(parts, ignore_index=True)[DESTROYED_COLUMNS] if parts else pd.DataFrame(columns=DESTROYED_COLUMNS)
    return frame, states


def claims_table(view: VehiclesView) -> pd.DataFrame:
    """The vehicle claims as a reader's table: who claims how many of what, where, over which days, and the verdict."""
    c = view.comparisons
    claims = view.claims.set_index("claim_id")
    return pd.DataFrame({
        "claimant": c["claimant"],
        "metric": c["metric"].astype(str).str.replace("vehicles_", ""),
        "quantity": c["claimed"].astype(int),
        "qualifier": c["qualifier"],
        "item (as written)": c["item_raw"],
        "class": c["item_class"],
        "civilian or military": c["item_origin"],
        "place": c["place"],
        "as of": [f"{claims.loc[i, 'date']:%Y-%m-%d}" for i in c["claim_id"]],
        "days compared": [vd.Period(a if not pd.isna(a) else None, b if not pd.isna(b) else None, basis).text()
                          for a, b, basis in zip(c["period_first"], c["period_last"], c["period_basis"])],
        "Oryx captured + abandoned": [("" if pd.isna(n) else f"{n:,.0f} ({cat})") for n, cat in zip(c["oryx_confirmed"], c["oryx_category"])],
        "verdict": c["verdict"] + c["reason"].map(lambda r: f": {r}" if r else ""),
        "source": [claims.loc[i, "source_publisher"] for i in c["claim_id"]],
    }).sort_values("as of", kind="stable", ignore_index=True)  # time order, not the order of entry in the ledger


def _row_label(r, claims: pd.DataFrame) -> str:
    claim = claims.loc[r["claim_id"]]
    what = _text(r["item_raw"]) or str(r["item_class"]).replace("_", " ")
    verb = str(r["metric"]).replace("vehicles_", "")
    what = what if verb in what else f"{what} {verb}"
    where = f", {r['place'].replace(';', ' and ')}" if r["place"] else ""
    who = textwrap.fill(str(r["claimant"]), 34)  # wrapped, never cut: the end of a name says whose body it is
    return f"{r['claimed']:,.0f} {what}{where}\n{who}, {claim['date']:%-d %b %Y}"


def chart_vehicles(view: VehiclesView):
    """Each claimed count on its own row (with its place), losses apart from vehicles fled in;
    losses beside Oryx's captured and abandoned vehicles of the same class over the claim's days."""
    p = view.params
    c = view.comparisons.merge(view.claims[["claim_id", "date", "claimant_side"]], on="claim_id")
    claims = view.claims.set_index("claim_id")
    parts = {"loss": c[c["role"] == "loss"], "context": c[c["role"] == "context"]}
    left_out = {}
    for key, part in parts.items():
        part = part.sort_values(["date", "claim_id"]).reset_index(drop=True)
        if len(part) > MAX_ROWS_PER_PANEL:
            # Spread over the window (common.spread_over_time); what is left out is counted from the rows not drawn.
            kept = spread_over_time(part, MAX_ROWS_PER_PANEL)
            rest = part.drop(kept.index)
            left_out[key] = (len(rest), float(rest["claimed"].sum()))
            part = kept.reset_index(drop=True)
        parts[key] = part
    heights = [max(1, len(parts["loss"])), max(1, len(parts["context"]))]
    # Of the claims drawn: rows name their claimant, and the key names six of a side at most,
    # in colours of that side.
    claimant_key = palette.key_of(pd.concat([parts["loss"], parts["context"]]))
    drawn = []
    with charts.styled():
        fig, axes = plt.subplots(2, 1, figsize=(11, 3.2 + 0.62 * sum(heights)), gridspec_kw={"height_ratios": heights, "hspace": 0.45})
        titles = {"loss": "Claimed lost to the other side (stolen or captured), against Oryx's captured + abandoned of the same class",
                  "context": "Fled in (context: vehicles kept, not lost; not set against losses)"}
        for ax, key in zip(axes, ("loss", "context")):
            part = parts[key]
            ax.set_title(titles[key], loc="left", fontsize=10.5)
            if part.empty:
                ax.text(0.5, 0.5, no_claims_text(p, "vehicle claims", VEHICLE_METRICS) if view.claims.empty else "none claimed in this window",
                        ha="center", va="center", transform=ax.transAxes, color="#555555")
                ax.set_axis_off()
                continue
            xmax = 1.0
            for y, r in part.iterrows():
                col = claimant_key.colour[r["claimant"]]
                lo, hi = r["claimed_low"], r["claimed_high"]
                if hi == float("inf"):
                    ax.annotate("", xy=(1.0, y), xycoords=("axes fraction", "data"), xytext=(lo, y), textcoords="data",
                                arrowprops={"arrowstyle": "->", "linestyle": "--", "color": col, "linewidth": 1.3})
                else:
                    ax.plot([lo, hi], [y, y], color=col, **charts.CLAIMED_LINE)
                ax.plot(r["claimed"], y, color=col, label=charts.claimed_label(claimant_key.entry[r["claimant"]]), **charts.CLAIMED_MARKER)
                drawn.append({"panel": key, "row": y, "claim_id": r["claim_id"], "series": "claimed", "value": r["claimed"],
                              "place": r["place"], "claimant": r["claimant"], "source": r["source_url"]})
                xmax = max(xmax, r["claimed"], hi if hi != float("inf") else 0)
                if not pd.isna(r["oryx_confirmed"]) and r["verdict"] != "not comparable":
                    ax.scatter(r["oryx_confirmed"], y, s=60, color=palette.colour_for("Oryx"), zorder=3,
                               label="Oryx: captured + abandoned, same class and days (visually confirmed)")
                    drawn.append({"panel": key, "row": y, "claim_id": r["claim_id"], "series": "Oryx captured + abandoned",
                                  "value": r["oryx_confirmed"], "place": "", "claimant": "Oryx", "source": get(oryx_mod.CURRENT).source_line()})
                    xmax = max(xmax, r["oryx_confirmed"])
            ax.set_yticks(range(len(part)), [_row_label(r, claims) for _, r in part.iterrows()], fontsize=8.5)
            ax.set_ylim(len(part) - 0.5, -0.5)
            smallest = part["claimed"].min()
            if xmax >= LOG_AXIS_SPAN * max(smallest, 1):
                # One captured tank beside Oryx's thousands: on a linear axis the small counts
                # sit on the axis line, unreadable. Counts start at 1, so a log axis shows them all.
                ax.set_xscale("log")
                ax.set_xlim(0.7, xmax * 1.6)
                ax.set_xlabel("Vehicles (count, log scale)")
            else:
                ax.set_xlim(0, xmax * 1.2)
                ax.set_xlabel("Vehicles (count)")
            ax.set_ylabel("Claimed count, place, claimant")
            ax.grid(axis="x")
            ax.grid(axis="y", visible=False)
            charts.plain_numbers(ax.xaxis)
            right = ax.twinx()
            right.set_ylim(ax.get_ylim())
            right.set_yticks(range(len(part)), [textwrap.fill(vd.short_verdict(v, why), 30)
                                                for v, why in zip(part["verdict"], part["reason"])], fontsize=8)
            right.set_ylabel("Verdict", rotation=270, labelpad=12)
            right.grid(False)
        handles, names = [], []
        for ax in axes:
            h, n = ax.get_legend_handles_labels()
            handles += h
            names += n
        unique = dict(zip(names, handles))
        charts.legend_below(fig, axes[-1], list(unique.values()), list(unique.keys()))
        sources = claims_credit(view.claims)
        if c["oryx_confirmed"].notna().any():
            sources.append(f"confirmations: {get(oryx_mod.CURRENT).source_line()}")
        note = [f"{n} more {'loss' if k == 'loss' else 'fled-in'} claims ({q:,.0f} vehicles) are in the table and the summary"
                for k, (n, q) in left_out.items()]
        note += ["Oryx records a loss when it is documented, which can be days after the event"] + view.missing
        charts.finalise(
            fig, "Vehicles claimed stolen, captured or fled in",
            f"Each claimed count at its place (hollow diamond; dashed: the range its wording allows), claims dated {p.window()}. "
            "Right: the verdict against Oryx over the claim's own days. Oryx does not count civilian vehicles.",
            sources or ["no vehicle claims in window"], p.end, note=". ".join(note),
            data=pd.DataFrame(drawn, columns=["panel", "row", "claim_id", "series", "value", "place", "claimant", "source"]),
            alt=_alt(view),
        )
        charts.tighten_top(fig, 1.25)
    return fig


def chart_destroyed(view: VehiclesView):
    """The General Staff's claimed vehicle tally against Oryx's confirmed one, counted from the window's first day."""
    p = view.params
    d = view.destroyed
    colours = palette.colours_for({gs_mod.CLAIMANT: "ukraine", "Oryx": "evidence"}, {gs_mod.CLAIMANT: "ukraine", "Oryx": "evidence"})
    notes = [s for s in view.destroyed_states.values() if s]
    with charts.styled():
        fig, ax = plt.subplots(figsize=(11, 5.5))
        last = {}
        for series, style, label in (
            ("claimed", charts.CLAIMED_LINE, charts.claimed_label(gs_mod.CLAIMANT) + ": Russian \"vehicles and fuel tanks\""),
            ("confirmed", charts.EVIDENCE_LINE, "Visually confirmed by Oryx: Russian trucks, vehicles and jeeps (destroyed, damaged, abandoned or captured)"),
        ):
            part = d[d["series"] == series]
            if part.empty:
                continue
            who = part["claimant"].iloc[0]
            dates, added = list(part["date"]), list(part["added"])
            if dates[0] > p.start:
                # No report on the first day: nothing was added yet (both sources record a
                # day only when they publish or their count changes).
                dates, added = [p.start, *dates], [0.0, *added]
            few = len(dates) <= SHORT_SERIES
            ax.plot(dates, added, color=colours[who], label=label, **style, **({"marker": "o", "markersize": 3.5} if few else {}))
            last[series] = part.iloc[-1]
        if d.empty:
            ax.text(0.5, 0.5, "\n".join(notes) or "No vehicle tallies in this window", ha="center", va="center",
                    transform=ax.transAxes, color="#555555")
        for series, r in last.items():
            ax.annotate(f" +{r['added']:,.0f} by {r['date']:%-d %b %Y}", (r["date"], r["added"]), fontsize=9, va="center",
                        color=colours[r["claimant"]])
        charts.date_axis(ax, p.start, p.end)
        ax.set_xlabel("Date of the report (General Staff) or of the count (Oryx)")
        ax.set_ylim(bottom=0)
        charts.plain_numbers(ax.yaxis)
        ax.set_ylabel(f"Russian vehicles lost, counted from {p.start:%-d %b %Y}")
        if len(last):
            charts.legend_below(fig, ax, *ax.get_legend_handles_labels())
        if len(last) == 2 and last["confirmed"]["date"] < last["claimed"]["date"]:
            notes.append(f"Oryx's data end {last['confirmed']['date']:%-d %b %Y}: compare the two lines up to that day only")
        notes.append("Not like for like: the General Staff counts vehicles and fuel tanks it says were destroyed; Oryx counts "
                     "only what is photographed, a floor")
        sources = [f"claims: {get(gs_mod.DATASET).source_line()}"] if "claimed" in last else []
        sources += [f"confirmations: {get(oryx_mod.CURRENT).source_line()}"] if "confirmed" in last else []
        as_of = max((r["date"] for r in last.values()), default=None)
        charts.finalise(
            fig, "Russian vehicles claimed destroyed, against those confirmed",
            f"{p.window()}: the General Staff's daily running tally (claimed, dashed) and Oryx's visually confirmed "
            "losses (solid), each counted from the window's first day.",
            sources or notes or ["no vehicle tallies in this window"], as_of, note=". ".join(notes + view.missing),
            data=d.assign(value=d["added"]), alt=_destroyed_alt(view),
        )
    return fig


def _destroyed_alt(view: VehiclesView) -> str:
    d = view.destroyed
    if d.empty:
        return "No vehicle tallies in this window: " + "; ".join(s for s in view.destroyed_states.values() if s) + "."
    ends = [f"{r['claimant']} ({'claimed' if r['series'] == 'claimed' else 'confirmed'}): {r['added']:,.0f} Russian vehicles "
            f"from {view.params.start:%-d %b %Y} to {r['date']:%-d %b %Y}" for _, r in d.groupby("series").tail(1).iterrows()]
    return "; ".join(ends) + "."


def _alt(view: VehiclesView) -> str:
    c = view.comparisons
    if c.empty:
        return f"No vehicle claims dated {view.params.window()}."
    parts = [f"{r['claimant']}: {r['claimed']:,.0f} {_text(r['item_raw']) or r['item_class']} {str(r['metric']).replace('vehicles_', '')}"
             + (f" at {r['place']}" if r["place"] else "") + f", {r['verdict']}" + (f" ({r['reason']})" if r["reason"] else "")
             for _, r in c.iterrows()]
    return "Vehicle claims, each with its place and verdict: " + "; ".join(parts) + "."


def summary(view: VehiclesView) -> dict:
    """Totals by metric and origin, each claim with its place, claimant, source, days compared,
    Oryx's like-for-like count and verdict, and Oryx's window counts as context."""
    c = view.claims
    totals = c.groupby(["metric", "item_origin"], observed=True)["quantity"].sum()
    return {
        "window": [view.params.start, view.params.end],
        "claims": [
            {**{k: r[k] for k in ("claim_id", "claimant", "metric", "role", "item_class", "item_origin", "claimed", "qualifier",
                                  "place", "period_basis", "oryx_category", "oryx_captured", "oryx_abandoned", "oryx_confirmed",
                                  "verdict", "reason", "source_url")},
             "quantity": r["claimed"], "compared_from": r["period_first"], "compared_to": r["period_last"]}
            for _, r in view.comparisons.iterrows()
        ],
        "totals": {f"{m}/{o}": q for (m, o), q in totals.items()},
        "stolen_civilian": float(c.loc[(c["metric"] == "vehicles_stolen") & (c["item_origin"] == "civilian"), "quantity"].sum()),
        "military_or_unknown": float(c.loc[c["item_origin"] != "civilian", "quantity"].sum()),
        "verdicts": {k: int(n) for k, n in view.comparisons["verdict"].value_counts().items()},
        "oryx_in_window_context": [] if view.confirmed is None else view.confirmed.to_dict("records"),
        "destroyed": destroyed_summary(view),
        "missing_datasets": view.missing,
    }


def destroyed_summary(view: VehiclesView) -> dict:
    """Per series (claimed, confirmed): who, which categories, first and last day in the window,
    the running total on the last and what the window added; or why the series shows nothing."""
    out = {}
    for series, state in view.destroyed_states.items():
        part = view.destroyed[view.destroyed["series"] == series]
        if part.empty:
            out[series] = {"shown": False, "why": state}
            continue
        first, last = part.iloc[0], part.iloc[-1]
        out[series] = {"shown": True, "claimant": last["claimant"], "evidence": bool(last["evidence"]), "categories": last["categories"],
                       "first_date": f"{first['date']:%Y-%m-%d}", "last_date": f"{last['date']:%Y-%m-%d}",
                       "running_total": float(last["cumulative"]), "added_in_window": float(last["added"]), "source": last["source"]}
    return out
