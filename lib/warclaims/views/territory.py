"""Territory: claimed gains and losses beside the change each tracker mapped."""
from __future__ import annotations

from dataclasses import dataclass, field

import matplotlib.pyplot as plt
import pandas as pd

from .. import charts
from ..evidence.polygons import NZZ, nzz_polygon_series
from ..evidence.territory import TRACKERS, load_area_series, territory_change, tracker_credit
from ..datasets import get
from ..parameters import Params
from ..units import DISPLAY_AREA_UNITS, from_km2
from ..vocabulary import AREA_METRICS
from .common import claim_label, claims_credit, claims_in_window, try_load

DAY = pd.Timedelta(days=1)


@dataclass
class TerritoryView:
    params: Params
    claims: pd.DataFrame
    series: pd.DataFrame
    comparisons: pd.DataFrame
    missing: list[str] = field(default_factory=list)

    @property
    def unit_label(self) -> str:
        return DISPLAY_AREA_UNITS[self.params.area_unit]


def _claim_days(claim, params: Params) -> tuple[pd.Timestamp, pd.Timestamp]:
    # A claim "between Thursday and Saturday" includes Thursday's gains, so the baseline is
    # the end of the day before. A claim with no period is measured from the window's start.
    first = claim["period_start"] if not pd.isna(claim["period_start"]) else params.start
    return first - DAY, claim["date"]


def build(params: Params) -> TerritoryView:
    """Gather the territory claims in the window and every tracker's change for each claim."""
    claims = claims_in_window(params, AREA_METRICS)
    missing: list[str] = []
    series = load_area_series()
    missing += series.attrs.get("missing", [])
    polygons = try_load(nzz_polygon_series, NZZ, missing)
    if polygons is not None and not polygons.empty:
        series = pd.concat([series, polygons], ignore_index=True)
    rows = []
    for _, claim in claims.iterrows():
        baseline, last = _claim_days(claim, params)
        change = territory_change(series, baseline, last)
        # Only readings inside the claim's own days count; a tracker with no reading there is left out.
        change = change[(change["start_reading"] >= baseline - 2 * DAY) & (change["end_reading"] >= last - 2 * DAY)]
        gain_for = 1 if claim["subject_side"] == "ukraine" else -1
        sign = 1 if claim["metric"] == "territory_gained" else -1
        for _, c in change.iterrows():
            rows.append(
                {
                    "claim_id": claim["claim_id"],
                    "claimant": claim["claimant"],
                    "claimed": claim["quantity"],
                    "tracker": c["tracker"],
                    "dataset": c["dataset"],
                    "from": c["start_reading"],
                    "to": c["end_reading"],
                    "measured": float(from_km2(sign * gain_for * c["ukraine_gain_km2"], params.area_unit)),
                }
            )
    comparisons = pd.DataFrame(rows, columns=["claim_id", "claimant", "claimed", "tracker", "dataset", "from", "to", "measured"])
    window = series[(series["date"] >= params.start - 7 * DAY) & (series["date"] <= params.end + DAY)].copy()
    window["area"] = from_km2(window["area_km2"], params.area_unit)
    return TerritoryView(params, claims, window, comparisons, missing)


def _tracker_sources(trackers) -> list[str]:
    out = []
    for tracker in trackers:
        if tracker in TRACKERS:
            out.append(f"mapped by {tracker}: {tracker_credit(tracker)}")
        else:
            out.append(f"{tracker}: areas measured by warclaims from {get(NZZ).source_line()}")
    return out


def chart_claims_vs_trackers(view: TerritoryView):
    """Bar chart: each claim (hatched) beside each tracker's mapped change (solid)."""
    p = view.params
    with charts.styled():
        fig, ax = plt.subplots(figsize=(10, 1.6 + 1.2 * max(1, len(view.claims)) + 0.35 * len(view.comparisons)))
        if view.claims.empty:
            ax.text(0.5, 0.5, "No territory claims in this window", ha="center", va="center", transform=ax.transAxes)
            ax.set_axis_off()
        y, ticks, labels = 0.0, [], []
        colors = plt.rcParams["axes.prop_cycle"].by_key()["color"]
        tracker_color = {t: colors[(i + 1) % len(colors)] for i, t in enumerate(sorted(view.comparisons["tracker"].unique()))}
        seen = set()
        for _, claim in view.claims.iterrows():
            ax.barh(y, claim["quantity"], color="white", edgecolor=colors[0], **{k: v for k, v in charts.CLAIMED_BAR.items() if k != "facecolor"})
            ax.text(claim["quantity"], y, f"  {claim['qualifier'] if claim['qualifier'] != 'exact' else ''} {claim['quantity']:,.0f}".replace("  ", " "), va="center", fontsize=9)
            ticks.append(y)
            labels.append(claim_label(claim))
            y += 1
            for _, c in view.comparisons[view.comparisons["claim_id"] == claim["claim_id"]].iterrows():
                label = c["tracker"] if c["tracker"] not in seen else None
                seen.add(c["tracker"])
                ax.barh(y, c["measured"], color=tracker_color[c["tracker"]], label=label, **charts.EVIDENCE_BAR)
                ax.text(max(c["measured"], 0), y, f"  {c['measured']:,.0f}", va="center", fontsize=9)
                ticks.append(y)
                labels.append(f"mapped {c['from']:%d %b}-{c['to']:%d %b}")
                y += 1
            y += 0.6
        ax.set_yticks(ticks, labels)
        ax.invert_yaxis()
        ax.axvline(0, color="#333333", linewidth=1)
        ax.grid(axis="x")
        ax.grid(axis="y", visible=False)
        ax.set_xlabel(f"Territory gained by the claim's subject side, {view.unit_label}")
        charts.plain_numbers(ax.xaxis)
        if seen:
            ax.legend(title="Mapped by (solid)", loc="lower right")
        sources = claims_credit(view.claims) + _tracker_sources(view.comparisons["tracker"].unique())
        charts.finalise(
            fig,
            "Claimed territory gains against mapped control",
            f"Hatched: claimed, unverified. Solid: change in Russian-held area each tracker mapped over the claim's own days "
            f"(from the end of the day before it starts), {view.unit_label}. Window {p.window()}.",
            sources or ["warclaims ledger (no claims in window)"],
            max(view.claims["date"].max() if len(view.claims) else p.end, p.start),
            note="; ".join(view.missing) or None,
        )
    return fig


def chart_tracker_series(view: TerritoryView):
    """Line chart: change in Russian-held area since the window's start, one line per tracker."""
    p = view.params
    with charts.styled():
        fig, ax = plt.subplots()
        trackers = []
        for tracker, one in view.series.groupby("tracker"):
            one = one.sort_values("date")
            base = one[one["date"] <= p.start]
            base = base["area"].iloc[-1] if len(base) else one["area"].iloc[0]
            ax.plot(one["date"], one["area"] - base, label=f"{tracker} (mapped)", **charts.EVIDENCE_LINE)
            trackers.append(tracker)
        for i, (_, claim) in enumerate(view.claims.iterrows()):
            start, end = _claim_days(claim, p)
            # Spans stacked in bands at the top, so several claims stay readable.
            band = (0.97 - 0.1 * (i + 1), 0.97 - 0.1 * i)
            ax.axvspan(start, end, ymin=band[0], ymax=band[1] - 0.01, facecolor="none", hatch="///", edgecolor="#777777", linewidth=0.8)
            ax.text(end, (band[0] + band[1]) / 2, f"  {claim_label(claim)}: {claim['qualifier'] + ' ' if claim['qualifier'] != 'exact' else ''}"
                    f"{claim['quantity']:,.0f} {view.unit_label}", transform=ax.get_xaxis_transform(), va="center", fontsize=8.5, color="#333333")
        ax.axhline(0, color="#333333", linewidth=1)
        ax.set_ylabel(f"Change in Russian-held area since {p.start:%d %b %Y}, {view.unit_label}")
        charts.plain_numbers(ax.yaxis)
        if trackers:
            ax.legend(loc="lower left")
        else:
            ax.text(0.5, 0.5, "No tracker datasets cached", ha="center", transform=ax.transAxes)
        fig.autofmt_xdate()
        sources = _tracker_sources(trackers) + claims_credit(view.claims)
        charts.finalise(
            fig,
            "What the trackers mapped",
            "Area held by Russia relative to the window's first day; a fall is ground retaken by Ukraine. "
            "Hatched bands: the days each claim covers, with the claimed figure. Trackers differ in baseline and timing; none is averaged.",
            sources or ["no tracker cached"],
            view.series["date"].max() if len(view.series) else p.end,
            note="; ".join(view.missing) or None,
        )
    return fig


def summary(view: TerritoryView) -> dict:
    """The figures the notebook showed, each with its claimant and source."""
    claims = [
        {
            "claim_id": r["claim_id"],
            "claimant": r["claimant"],
            "metric": r["metric"],
            "claimed": r["quantity"],
            "unit": view.params.area_unit,
            "qualifier": r["qualifier"],
            "period_start": r["period_start"],
            "period_end": r["period_end"],
            "as_of": r["as_of"],
            "source_url": r["source_url"],
        }
        for _, r in view.claims.iterrows()
    ]
    return {
        "window": [view.params.start, view.params.end],
        "area_unit": view.params.area_unit,
        "claims": claims,
        "comparisons": view.comparisons.to_dict("records"),
        "missing_datasets": view.missing,
    }
