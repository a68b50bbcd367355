"""Territory: each claimed gain or loss beside the change each tracker mapped over the claim's own days.

What a claim is measured against depends on the claim alone (:mod:`.verdict`): its stated
period, the period of the claim it restates, or the whole war for a running total. A claim
without a period is listed, not measured. Each tracker's series is judged first
(:mod:`warclaims.evidence.tracker_quality`): spikes are never used, a tracker stale over the
claim's days is shown but not counted, and only independent trackers make the range a
claim is judged against.
"""
from __future__ import annotations

import textwrap
from dataclasses import dataclass, field

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

from .. import charts, palette
from ..datasets import get
from ..evidence import tracker_quality as tq
from ..evidence.polygons import NZZ, nzz_polygon_series
from ..evidence.territory import TRACKERS, load_area_series, tracker_credit
from ..ledger import load_claims, read_ledger
from ..parameters import Params
from ..units import DISPLAY_AREA_UNITS, from_km2
from ..vocabulary import AREA_METRICS
from . import verdict as vd
from .common import claims_credit, claims_in_window, no_claims_text, spread_over_time, try_load

DAY = pd.Timedelta(days=1)
#: A tracker's reading stands for a day when it is at most this old.
READING_MAX_AGE = 2 * DAY
#: At most this many claims are drawn in one chart; the rest are in the table and summary.
MAX_CLAIMS_DRAWN = 16
#: Name of each tracker in the palette (one colour per tracker, the same in every chart).
PALETTE_NAME = {"ISW (via The Economist)": "ISW", "liveuamap": "liveuamap", "NZZ": "NZZ",
                "NZZ polygons (measured here)": "NZZ polygons (measured here)"}

PALE = "Pale: stale stretch or unconfirmed jump (not real change; not counted)"

COMPARISON_COLUMNS = ["claim_id", "claimant", "claimed", "qualifier", "tracker", "independent", "derives_from", "dataset",
                      "from", "to", "measured", "flags", "counted", "verdict"]
VERDICT_COLUMNS = ["claim_id", "claimant", "metric", "subject_side", "claimed", "claimed_low", "claimed_high", "qualifier",
                   "period_first", "period_last", "period_basis", "evidence_scope", "independent_low", "independent_high",
                   "independent_trackers", "verdict", "reason", "source_url"]


@dataclass
class TerritoryView:
    params: Params
    claims: pd.DataFrame
    series: pd.DataFrame  # every tracker's readings in the window, spikes left out, ``area`` in the display unit
    comparisons: pd.DataFrame  # one row per claim and tracker
    verdicts: pd.DataFrame  # one row per claim
    quality: tq.Quality
    missing: list[str] = field(default_factory=list)
    settlements: pd.DataFrame | None = None  # the window's settlement claims (:func:`settlement_claims`)

    @property
    def unit_label(self) -> str:
        return DISPLAY_AREA_UNITS[self.params.area_unit]


def load_trackers(missing: list[str]) -> pd.DataFrame:
    """Every cached tracker series, stacked (the NZZ's polygons measured as one more)."""
    series = load_area_series()
    missing += series.attrs.get("missing", [])
    polygons = try_load(nzz_polygon_series, NZZ, missing)
    if polygons is not None and not polygons.empty:
        series = pd.concat([series, polygons], ignore_index=True)
    return series


def _text(value) -> str:
    return "" if value is None or pd.isna(value) else str(value)


def _scope(claim, params: Params, place_kinds: dict) -> str | None:
    """The key of the reason national evidence cannot judge this claim, or None."""
    if str(claim["subject_side"]) not in ("ukraine", "russia"):
        return "unknown_side"
    codes = [c for c in _text(claim.get("oblast_iso")).split(";") if c and c != "<NA>"]
    if codes and all(c.startswith("RU-") for c in codes):
        return "outside_ukraine"
    if params.region:
        return "regional_view"
    places = [p for p in _text(claim.get("place")).split(";") if p and p != "<NA>"]
    if places and all(place_kinds.get(p) == "settlement" for p in places):
        return "local_claim"
    return None


def _reading(one: pd.DataFrame, day: pd.Timestamp):
    upto = one[one["date"] <= day]
    if upto.empty or day - upto["date"].iloc[-1] > READING_MAX_AGE:
        return None
    return upto.iloc[-1]


def measure(claim, period: vd.Period, quality: tq.Quality, area_unit: str) -> list[dict]:
    """Each tracker's change over the claim's days, as the claim counts it (gained or lost by its subject).

    The baseline is the end of the day before the period starts ("between Thursday and
    Saturday" includes Thursday's gains); each end takes the tracker's last reading on or
    before that day, spikes left out, at most :data:`READING_MAX_AGE` old.
    """
    baseline, last = period.first - DAY, period.last
    gain_for = 1 if claim["subject_side"] == "ukraine" else -1
    sign = 1 if claim["metric"] == "territory_gained" else -1
    rows = []
    for tracker, one in quality.clean.groupby("tracker", sort=False):
        one = one.sort_values("date")
        a, b = _reading(one, baseline), _reading(one, last)
        if a is None or b is None:
            continue
        ukraine_gain = float(a["area_km2"] - b["area_km2"])
        rows.append({
            "tracker": tracker, "dataset": a["dataset"], "from": a["date"], "to": b["date"],
            "measured_km2": sign * gain_for * ukraine_gain,
            "measured": float(from_km2(sign * gain_for * ukraine_gain, area_unit)),
            "independent": tq.is_independent(tracker), "derives_from": tq.derives_from(tracker) or "",
            # The claimant's own map (ISW quoting ISW's area) is shown, never counted for its claim.
            "own": vd.is_own_evidence(claim["claimant"], a["dataset"]),
            "flags": quality.flags(tracker, a["date"], b["date"]),
            "disqualified": quality.disqualified(tracker, a["date"], b["date"]),
        })
    return rows


def build(params: Params, series: pd.DataFrame | None = None) -> TerritoryView:
    """Gather the territory claims in the window and judge each against the trackers over its own days.

    Parameters
    ----------
    params : Params
    series : DataFrame, optional
        Stacked tracker series (``date``, ``tracker``, ``area_km2``, ``dataset``) to use
        instead of the cached datasets.
    """
    claims = claims_in_window(params, AREA_METRICS)
    missing: list[str] = []
    if series is None:
        series = load_trackers(missing)
    quality = tq.assess(series)
    ledger = load_claims(params.data_dir, area_unit=params.area_unit)
    places = read_ledger(params.data_dir).places
    place_kinds = dict(zip(places["place"], places["kind"]))
    comparisons, verdicts = [], []
    for _, claim in claims.iterrows():
        period = vd.claim_period(claim, ledger)
        low, high = vd.claimed_range(float(claim["quantity"]), claim["qualifier"], claim.get("quantity_max"))
        scope = _scope(claim, params, place_kinds)
        # A claim the national trackers cannot speak to is not measured at all; with a regional
        # view it is measured (the figures do not depend on the view) but not judged.
        measurable = period.known and scope in (None, "regional_view")
        rows = measure(claim, period, quality, params.area_unit) if measurable else []
        counted = [r for r in rows if r["independent"] and not r["disqualified"] and not r["own"]]
        if not period.known:
            verdict, reason = "not comparable", vd.REASONS["no_period"]
        elif scope:
            verdict, reason = "not comparable", vd.REASONS[scope]
        elif not rows:
            verdict, reason = "not comparable", vd.REASONS["no_evidence_loaded" if series.empty else "no_tracker"]
        elif not counted:
            own_only = all(r["own"] for r in rows if r["independent"] and not r["disqualified"])
            verdict, reason = "not comparable", vd.REASONS["own_evidence" if own_only and any(r["own"] for r in rows) else "flagged"]
        else:
            measured = [r["measured"] for r in counted]
            verdict = vd.judge((low, high), (min(measured), max(measured)))
            reason = ""
        for r in rows:
            comparisons.append({
                "claim_id": claim["claim_id"], "claimant": claim["claimant"], "claimed": claim["quantity"],
                "qualifier": claim["qualifier"], "tracker": r["tracker"], "independent": r["independent"],
                "derives_from": r["derives_from"], "dataset": r["dataset"], "from": r["from"], "to": r["to"],
                "measured": r["measured"], "flags": "; ".join(r["flags"]), "counted": r in counted, "verdict": verdict,
            })
        measured = [r["measured"] for r in counted]
        verdicts.append({
            "claim_id": claim["claim_id"], "claimant": claim["claimant"], "metric": claim["metric"],
            "subject_side": claim["subject_side"], "claimed": claim["quantity"], "claimed_low": low, "claimed_high": high,
            "qualifier": claim["qualifier"], "period_first": period.first, "period_last": period.last,
            "period_basis": period.basis,
            "evidence_scope": "national (no regional breakdown)" + (f"; the claim names {_text(claim['place'])}" if _text(claim["place"]) else ""),
            "independent_low": min(measured) if measured else None, "independent_high": max(measured) if measured else None,
            "independent_trackers": ", ".join(r["tracker"] for r in counted), "verdict": verdict, "reason": reason,
            "source_url": claim["source_url"],
        })
    window = quality.clean[(quality.clean["date"] >= params.start - 7 * DAY) & (quality.clean["date"] <= params.end + DAY)].copy()
    window["area"] = from_km2(window["area_km2"], params.area_unit)
    return TerritoryView(params, claims, window, pd.DataFrame(comparisons, columns=COMPARISON_COLUMNS),
                         pd.DataFrame(verdicts, columns=VERDICT_COLUMNS), quality, missing, settlement_claims(params))


def verdict_table(view: TerritoryView) -> pd.DataFrame:
    """One row per claim for reading: claimant, figure, days measured, the independent range, verdict."""
    v = view.verdicts
    unit = view.unit_label

    def rng(r):
        if pd.isna(r["independent_low"]):
            return ""
        national = "national, " if r["verdict"] == "not comparable" else ""
        return f"{national}{round(r['independent_low']):,} to {round(r['independent_high']):,} {unit} ({r['independent_trackers']})"

    return pd.DataFrame({
        "claimant": v["claimant"],
        "claimed": [f"{q} {c:,.0f} {unit}".replace("exact ", "") for q, c in zip(v["qualifier"], v["claimed"])],
        "what": v["metric"].astype(str).str.replace("territory_", "") + " by " + v["subject_side"].astype(str),
        "days measured": [vd.Period(a if not pd.isna(a) else None, b if not pd.isna(b) else None, basis).text()
                          for a, b, basis in zip(v["period_first"], v["period_last"], v["period_basis"])],
        "independent trackers mapped": [rng(r) for _, r in v.iterrows()],
        "verdict": v["verdict"] + v["reason"].map(lambda r: f": {r}" if r else ""),
        "source": v["source_url"],
    })


def _tracker_sources(trackers) -> list[str]:
    out = []
    for tracker in trackers:
        if tracker in TRACKERS:
            out.append(f"mapped by {tracker}: {tracker_credit(tracker)}")
        else:
            out.append(f"{tracker}: areas measured by warclaims from {get(NZZ).source_line()}")
    return out


def _tracker_colours(trackers) -> dict:
    names = {t: PALETTE_NAME.get(t, t) for t in trackers}
    colours = palette.colours_for(names.values(), {n: "evidence" for n in names.values()})
    return {t: colours[n] for t, n in names.items()}


def _short_claimant(row) -> str:
    via = row.get("reported_via")
    via = f" (via {via})" if isinstance(via, str) and via else ""
    return f"{row['claimant']}{via}"


def _drawn(view: TerritoryView) -> tuple[pd.DataFrame, int]:
    """The claims a chart draws (at most MAX_CLAIMS_DRAWN) and how many are left out.

    When more claims fall in the window than fit, those the trackers can measure are drawn
    before those they cannot, originals before restatements, and they are picked spread evenly
    over the window's claim dates (:func:`.common.spread_over_time`): a whole-war chart that drew only
    the newest claims would read as if nobody had claimed anything before them.
    """
    v = view.verdicts.merge(view.claims[["claim_id", "date", "reported_via", "claimant_side", "restates"]], on="claim_id")
    if len(v) <= MAX_CLAIMS_DRAWN:
        return v.sort_values(["date", "claim_id"]).reset_index(drop=True), 0
    measured = v[v["verdict"] != "not comparable"]
    pool = measured if len(measured) >= MAX_CLAIMS_DRAWN else v
    originals = pool[pool["restates"].isna()]
    pool = originals if len(originals) >= MAX_CLAIMS_DRAWN else pool
    keep = spread_over_time(pool.sort_values(["date", "claim_id"]).reset_index(drop=True), MAX_CLAIMS_DRAWN)
    return keep.sort_values(["date", "claim_id"]).reset_index(drop=True), len(v) - MAX_CLAIMS_DRAWN


def chart_claims_vs_trackers(view: TerritoryView):
    """Dot plot: each claim (hollow diamond, with the range its wording allows) on the row of its
    claimant and days, each tracker's mapped change over the same days (solid), the range of the
    independent trackers (grey band), and the verdict at the right."""
    p, unit = view.params, view.unit_label
    drawn, left_out = _drawn(view)
    trackers = sorted(view.comparisons["tracker"].unique())
    tracker_colour = _tracker_colours(trackers)
    # Rows name their claimant; the key names six of a side at most (palette.key_for).
    key = palette.key_of(drawn)
    rows_drawn = []
    with charts.styled():
        fig, ax = plt.subplots(figsize=(11, 2.6 + 0.75 * max(1, len(drawn))))
        if drawn.empty:
            ax.text(0.5, 0.5, no_claims_text(view.params, "territory claims", AREA_METRICS), ha="center", va="center",
                    transform=ax.transAxes)
            ax.set_axis_off()  # an empty axis with ticks would read as a scale of something
        labels, verdict_labels = [], []
        x_lo, x_hi = _extent(view, drawn)
        inset = 0.015 * (x_hi - x_lo)  # an off-scale point is drawn this far inside the edge
        for y, r in drawn.iterrows():
            comps = view.comparisons[view.comparisons["claim_id"] == r["claim_id"]]
            if not pd.isna(r["independent_low"]):
                ax.barh(y, max(r["independent_high"] - r["independent_low"], 0) or 0.0001, left=r["independent_low"], height=0.55,
                        color="#dddddd", linewidth=0, zorder=1, label="Range of the independent trackers counted")
            for _, c in comps.iterrows():
                colour = tracker_colour[c["tracker"]]
                if not c["counted"]:
                    marker, size, label = "X", 70, f"{c['tracker']} (not counted: {'derived' if not c['independent'] else 'flagged'})"
                else:
                    marker, size, label = "o", 60, f"Mapped by {c['tracker']}"
                shown = c["measured"]
                if not x_lo <= shown <= x_hi:
                    shown = x_lo + inset if shown < x_lo else x_hi - inset
                    # A tracker not counted may lie far outside what the claims and the counted
                    # trackers span; drawn at the edge, pointing out, with its value, it does not squash them.
                    marker = "<" if c["measured"] < shown else ">"
                    ax.annotate(f"{c['measured']:,.0f} {unit}", (shown, y), xytext=(0, 8),
                                textcoords="offset points", ha="left" if marker == "<" else "right", fontsize=7, color=colour)
                ax.scatter(shown, y, marker=marker, s=size, color=colour, zorder=3, label=label, linewidths=0)
                rows_drawn.append({"row": y, "claim_id": c["claim_id"], "series": c["tracker"], "kind": "mapped change",
                                   "value": c["measured"], "counted": c["counted"], "flags": c["flags"],
                                   "claimant": c["tracker"], "source": c["dataset"]})
            colour = key.colour[r["claimant"]]
            lo, hi = r["claimed_low"], r["claimed_high"]
            if hi == float("inf"):
                ax.annotate("", xy=(1.0, y), xycoords=("axes fraction", "data"), xytext=(lo, y), textcoords="data",
                            arrowprops={"arrowstyle": "->", "linestyle": "--", "color": colour, "linewidth": 1.4}, zorder=2)
            else:
                ax.plot([lo, hi], [y, y], color=colour, zorder=2, **charts.CLAIMED_LINE)
            ax.plot(r["claimed"], y, color=colour, zorder=4, label=charts.claimed_label(key.entry[r["claimant"]]), **charts.CLAIMED_MARKER)
            rows_drawn.append({"row": y, "claim_id": r["claim_id"], "series": "claimed", "kind": f"claimed ({r['qualifier']})",
                               "value": r["claimed"], "counted": None, "flags": "", "claimant": r["claimant"], "source": r["source_url"]})
            side = "Ukraine" if r["subject_side"] == "ukraine" else str(r["subject_side"]).capitalize()
            what = ("gained by " if r["metric"] == "territory_gained" else "lost by ") + side
            days = vd.day_span(r["period_first"], r["period_last"]) if not pd.isna(r["period_first"]) else f"as of {r['date']:%-d %b %Y}, no period"
            # Wrapped, never cut: "General Staff of the Armed Forces of…" would hide whose General Staff.
            restated = " (restated)" if pd.notna(r["restates"]) else ""
            labels.append(textwrap.fill(_short_claimant(r), 40) + f"\n{what}, {days}{restated}")
            verdict_labels.append(textwrap.fill(vd.short_verdict(r["verdict"], r["reason"]), 30))
        if len(drawn):
            ax.set_yticks(range(len(drawn)), labels, fontsize=9)
            ax.set_ylim(len(drawn) - 0.5, -0.5)
            right = ax.twinx()
            right.set_ylim(ax.get_ylim())
            right.set_yticks(range(len(drawn)), verdict_labels, fontsize=9)
            right.set_ylabel("Verdict", rotation=270, labelpad=14)
            right.grid(False)
            ax.set_xlim(x_lo, x_hi)
        ax.axvline(0, color="#333333", linewidth=1)
        ax.grid(axis="x")
        ax.grid(axis="y", visible=False)
        ax.set_xlabel(f"Area gained or lost, as each claim counts it ({unit})")
        ax.set_ylabel("Claim: claimant, what, days")
        charts.plain_numbers(ax.xaxis)
        handles, names = ax.get_legend_handles_labels()
        unique = dict(zip(names, handles))
        charts.legend_below(fig, ax, list(unique.values()), list(unique.keys()))
        sources = claims_credit(view.claims) + _tracker_sources(trackers)
        note = [f"Drawn: {len(drawn)} claims picked evenly over the window's dates (claims the trackers measure, and originals, first); "
                f"{left_out} more claims are in the table and the recorded summary" if left_out else "",
                "Evidence is national: no tracker here breaks its area down by region",
                "Rules: " + "; ".join(tq.rules_text())] + view.missing
        charts.finalise(
            fig,
            "Claimed territory against mapped control, over each claim's own days",
            f"Hollow diamond: the claimed figure, dashed: the range its wording allows. Solid dots: the change each tracker mapped "
            f"over the claim's days (from the end of the day before they start); grey: the range of independent trackers, against "
            f"which the verdict is given. {unit}. Claims dated {p.window()}.",
            sources or ["warclaims ledger (no claims in window)"],
            max(view.claims["date"].max() if len(view.claims) else p.end, p.start),
            note=". ".join(n for n in note if n),
            data=pd.DataFrame(rows_drawn, columns=["row", "claim_id", "series", "kind", "value", "counted", "flags", "claimant", "source"]),
            alt=_alt_claims(view, drawn, left_out),
        )
        charts.tighten_top(fig, 0.95)
    return fig


def _extent(view: TerritoryView, drawn: pd.DataFrame) -> tuple[float, float]:
    """The x range of the claims chart: zero, the claims with the ranges their wording allows,
    and the trackers counted, padded; trackers not counted do not widen it."""
    ids = set(drawn["claim_id"])
    counted = view.comparisons[view.comparisons["claim_id"].isin(ids) & view.comparisons["counted"]]
    values = pd.concat([pd.Series([0.0]), counted["measured"], drawn["claimed"], drawn["claimed_low"], drawn["claimed_high"],
                        drawn["independent_low"], drawn["independent_high"]]).astype(float)
    values = values[np.isfinite(values)]
    lo, hi = float(values.min()), float(values.max())
    pad = 0.08 * ((hi - lo) or 1.0)
    return (lo - pad if lo < 0 else 0.0), max(hi + 2 * pad, 1.0)


def _alt_claims(view: TerritoryView, drawn: pd.DataFrame, left_out: int) -> str:
    if drawn.empty:
        return f"No territory claims dated {view.params.window()}."
    parts = []
    for _, r in drawn.iterrows():
        rng = ("" if pd.isna(r["independent_low"]) else
               f", independent trackers mapped {r['independent_low']:,.0f} to {r['independent_high']:,.0f}")
        parts.append(f"{r['claimant']} claimed {r['qualifier']} {r['claimed']:,.0f} {view.unit_label}{rng}: {r['verdict']}"
                     + (f" ({r['reason']})" if r["reason"] else ""))
    more = f" {left_out} more claims are not drawn." if left_out else ""
    return "Territory claims against mapped control. " + "; ".join(parts) + "." + more


def chart_tracker_series(view: TerritoryView):
    """Line chart: change in Russian-held area since the window's first day, one line per tracker,
    with stale stretches faint and flagged readings marked, and each measured claim drawn as the
    change it claims, from the trackers' level where its days start."""
    p, unit = view.params, view.unit_label
    q = view.quality
    trackers = sorted(view.series["tracker"].unique())
    colour = _tracker_colours(trackers)
    drawn_rows = []
    base_of = {}
    with charts.styled():
        fig, ax = plt.subplots(figsize=(11, 5))
        late = []
        claims = _drawn(view)[0]
        first_day = view.series["date"].min() if len(view.series) else p.start
        # A claim whose days start before the window is drawn from the trackers' level on the
        # day before: the trackers are drawn from there too, so no dashed line starts in mid-air.
        starts = claims["period_first"].dropna() - DAY if len(claims) else pd.Series(dtype="datetime64[ns]")
        draw_from = max(first_day, min(starts.min(), p.start)) if len(starts) else p.start
        if draw_from < p.start:
            ax.axvspan(draw_from, p.start, color="#f2f2f2", zorder=0, linewidth=0,
                       label="Before the window: drawn for the claims that start there")
        for tracker in trackers:
            one = view.series[view.series["tracker"] == tracker].sort_values("date")
            base = one[one["date"] <= p.start]
            if base.empty or p.start - base["date"].iloc[-1] > READING_MAX_AGE:
                # No reading where the window starts: a change "since" then cannot be drawn.
                late.append(f"{tracker} has no reading on {p.start:%-d %b %Y} (its readings run "
                            f"{one['date'].min():%-d %b %Y} to {one['date'].max():%-d %b %Y}) and is not drawn")
                continue
            # Readings before the window's base reading (or the earliest drawn claim's start) are
            # not drawn: relative to the window's start, the days before the invasion would
            # plunge the line below zero.
            one = one[one["date"] >= min(base["date"].iloc[-1], draw_from)]
            base = base["area"].iloc[-1]
            base_of[tracker] = base
            rel = one["area"] - base
            independent = tq.is_independent(tracker)
            label = f"{tracker} (mapped)" if independent else f"{tracker} ({tq.lineage_text(tracker).split(' (')[0]}; not counted)"
            ax.plot(one["date"], rel, color=colour[tracker], label=label, **{**charts.EVIDENCE_LINE, "linewidth": 2.2 if independent else 1.3})
            for _, s in q.stretches[(q.stretches["tracker"] == tracker) & (q.stretches["end"] >= one["date"].min())
                                    & (q.stretches["start"] <= one["date"].max())].iterrows():
                part = one[(one["date"] >= s["start"]) & (one["date"] <= s["end"])]
                # Pale over the days a stale stretch or an unconfirmed jump covers: not real change.
                ax.plot(part["date"], part["area"] - base, color="white", linewidth=5, alpha=0.6, zorder=3,
                        solid_capstyle="butt", label=PALE)
                if s["kind"] == "jump":
                    ax.scatter(part["date"].iloc[-1:], part["area"].iloc[-1:] - base, marker="X", s=80, color=colour[tracker],
                               zorder=4, label="X: jump no other tracker shows")
            for _, s in q.spikes[(q.spikes["tracker"] == tracker) & (q.spikes["date"] >= one["date"].min())
                                 & (q.spikes["date"] <= one["date"].max())].iterrows():
                before = one[one["date"] <= s["date"]]
                if len(before):
                    ax.scatter([s["date"]], [before["area"].iloc[-1] - base], marker="^" if s["jump_km2"] > 0 else "v", s=70,
                               color=colour[tracker], zorder=4, label="▲▼: spike that reverted, not drawn")
            drawn_rows += [{"date": d, "series": tracker, "value": v, "claimant": tracker, "source": one["dataset"].iloc[0]}
                           for d, v in zip(one["date"], rel)]
        # Claims, drawn where their value is: the claimed change, from the independent trackers'
        # level on the day before the claim's days start.
        key = palette.key_of(claims)
        shown, not_shown = 0, 0
        for _, r in claims.iterrows():
            if pd.isna(r["period_first"]) or r["subject_side"] not in ("ukraine", "russia") or r["period_first"] - DAY < first_day:
                not_shown += 1
                continue
            start = r["period_first"] - DAY
            levels = []
            for tracker in trackers:
                if not tq.is_independent(tracker) or tracker not in base_of:
                    continue
                one = view.series[(view.series["tracker"] == tracker) & (view.series["date"] <= start)]
                if len(one) and start - one["date"].iloc[-1] <= READING_MAX_AGE:
                    levels.append(one["area"].iloc[-1] - base_of[tracker])
            if not levels:
                not_shown += 1
                continue
            anchor = float(pd.Series(levels).median())
            # Russian-held area falls when Ukraine gains or Russia loses.
            russia_gains = (r["metric"] == "territory_gained") == (r["subject_side"] == "russia")
            end = anchor + (r["claimed"] if russia_gains else -r["claimed"])
            c = key.colour[r["claimant"]]
            ax.plot([start, r["period_last"]], [anchor, end], color=c, zorder=5, **charts.CLAIMED_LINE)
            ax.plot([r["period_last"]], [end], color=c, zorder=6, label=f"{charts.claimed_label(key.entry[r['claimant']])} (dashed: claimed change)",
                    **charts.CLAIMED_MARKER)
            drawn_rows.append({"date": r["period_last"], "series": f"claimed {r['claim_id']}", "value": end,
                               "claimant": r["claimant"], "source": r["source_url"]})
            shown += 1
        ax.axhline(0, color="#333333", linewidth=1)
        ax.set_ylabel(f"Change in Russian-held area ({unit})")
        ax.set_xlabel("Date")
        charts.plain_numbers(ax.yaxis)
        charts.date_axis(ax, min(p.start - 7 * DAY, first_day), p.end + DAY)
        handles, names = ax.get_legend_handles_labels()
        unique = dict(zip(names, handles))
        if PALE in unique:
            from matplotlib.lines import Line2D

            unique[PALE] = Line2D([], [], color="#c8c8c8", linewidth=2.2)
        if trackers:
            charts.legend_below(fig, ax, list(unique.values()), list(unique.keys()))
        else:
            ax.text(0.5, 0.5, "No tracker datasets cached", ha="center", transform=ax.transAxes)
        flags = _flags_in_window(view)
        note = late + [f"{not_shown} claims in the window have no period, no tracker reading before it, or start before the chart: see the other chart"
                if not_shown else "",
                "Flagged here: " + "; ".join(flags[:4]) + (f"; {len(flags) - 4} more in the summary" if len(flags) > 4 else "") if flags else "",
                "Rules: " + "; ".join(tq.rules_text())] + view.missing
        charts.finalise(
            fig,
            "What the trackers mapped",
            f"Area of Ukraine held by Russia relative to {p.start:%-d %b %Y}; a fall is ground retaken by Ukraine (Ukrainian-held "
            f"ground in Russia, as in Kursk in 2024, is not mapped here). Trackers differ in baseline "
            f"and timing; none is averaged. Dashed: each claim's change drawn from the independent trackers' level where its days start. {unit}.",
            (_tracker_sources(list(base_of)) + claims_credit(view.claims)) or ["no tracker cached"],
            view.series["date"].max() if len(view.series) else p.end,
            note=". ".join(n for n in note if n),
            data=pd.DataFrame(drawn_rows, columns=["date", "series", "value", "claimant", "source"]),
            alt=f"Change in Russian-held area by tracker, {p.window()}, {unit}: "
                + "; ".join(f"{t} {v:+,.0f}" for t, v in _window_changes(view).items())
                + (f". {shown} claims drawn as the change they claim." if shown else ". No claim drawn.")
                + (f" Flagged: {'; '.join(flags)}." if flags else ""),
        )
        charts.tighten_top(fig, 0.95)
    return fig


def _window_changes(view: TerritoryView) -> dict:
    out = {}
    for tracker, one in view.series.groupby("tracker"):
        one = one.sort_values("date")
        base = one[one["date"] <= view.params.start]
        if base.empty:
            continue
        base = base["area"].iloc[-1]
        end = one[one["date"] <= view.params.end]
        if len(end):
            out[tracker] = float(end["area"].iloc[-1] - base)
    return out


def _flags_in_window(view: TerritoryView) -> list[str]:
    p, q = view.params, view.quality
    lo, hi = p.start - 7 * DAY, p.end + DAY
    spikes = q.spikes[(q.spikes["date"] >= lo) & (q.spikes["date"] <= hi)]["detail"].drop_duplicates().tolist()
    stretches = q.stretches[(q.stretches["start"] <= hi) & (q.stretches["end"] >= lo)]["detail"].tolist()
    return [f"spike: {d}" for d in spikes] + stretches


def summary(view: TerritoryView) -> dict:
    """The figures the notebook showed, each with its claimant and source, and each comparison's
    tracker, independence, flags, measured change and verdict."""
    v = view.verdicts.set_index("claim_id")
    claims = []
    for _, r in view.claims.iterrows():
        one = v.loc[r["claim_id"]]
        claims.append({
            "claim_id": r["claim_id"], "claimant": r["claimant"], "metric": r["metric"], "claimed": r["quantity"],
            "unit": view.params.area_unit, "qualifier": r["qualifier"], "period_start": r["period_start"],
            "period_end": r["period_end"], "as_of": r["as_of"], "restates": r.get("restates"),
            "measured_from": one["period_first"], "measured_to": one["period_last"], "period_basis": one["period_basis"],
            "evidence_scope": one["evidence_scope"], "claimed_range": [one["claimed_low"], None if one["claimed_high"] == float("inf") else one["claimed_high"]],  # None: open-ended
            "independent_range": None if pd.isna(one["independent_low"]) else [one["independent_low"], one["independent_high"]],
            "verdict": one["verdict"], "reason": one["reason"], "source_url": r["source_url"],
        })
    comparisons = view.comparisons.copy()
    q = view.quality
    return {
        "window": [view.params.start, view.params.end],
        "area_unit": view.params.area_unit,
        "region": view.params.region,
        "claims": claims,
        "comparisons": comparisons.to_dict("records"),
        "verdicts": {k: int(n) for k, n in view.verdicts["verdict"].value_counts().items()},
        "trackers": {t: {"independent": tq.is_independent(t), "derives_from": tq.derives_from(t)}
                     for t in sorted(set(q.clean["tracker"]))},
        "flags_in_window": _flags_in_window(view),
        "rules": tq.rules_text(),
        "settlement_claims": view.settlements.to_dict("records"),
        "missing_datasets": view.missing,
    }


#: Claims that a side took or retook named settlements: territory claimed without an area.
SETTLEMENT_METRICS = {"settlements_retaken"}


def settlement_claims(params: Params) -> pd.DataFrame:
    """The window's claims of settlements taken or retaken, one row per claim, with claimant and source.

    They carry no area, so the trackers' national areas cannot judge them; whether the map
    shows each place changing hands is checked in notebook 05_places.
    """
    c = claims_in_window(params, SETTLEMENT_METRICS).sort_values(["date", "claim_id"], ignore_index=True)
    return pd.DataFrame({
        "claim_id": c["claim_id"],
        "date": c["date"].dt.strftime("%Y-%m-%d"),
        "claimant": c["claimant"].astype(str),
        "taken_by": c["subject_side"].astype(str),
        "settlements": c["quantity"].astype(float),
        "qualifier": c["qualifier"].astype(str),
        "places": [_text(pl) or _text(raw) for pl, raw in zip(c["place"], c["place_raw"])],
        "source": c["source_publisher"].astype(str),
        "source_url": c["source_url"].astype(str),
    })


def settlements_table(view: TerritoryView) -> pd.DataFrame:
    """The window's settlement claims as a reader's table (or one line saying where such claims are)."""
    c = view.settlements
    if c.empty:
        return pd.DataFrame({"settlements claimed taken or retaken": [no_claims_text(view.params, "settlement claims", SETTLEMENT_METRICS)]})
    return pd.DataFrame({
        "date": c["date"], "claimant": c["claimant"], "taken by": c["taken_by"].map({"russia": "Russia", "ukraine": "Ukraine"}).fillna("not stated"),
        "settlements": [f"{q} {n:,.0f}".replace("exact ", "") for q, n in zip(c["qualifier"], c["settlements"])],
        "named": c["places"], "source": c["source"],
    })
