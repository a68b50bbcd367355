"""Losses: claimed personnel and equipment losses, other claimants' figures, confirmed losses."""
from __future__ import annotations

from dataclasses import dataclass, field

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

from .. import charts
from ..datasets import get
from ..evidence import general_staff as gs_mod
from ..evidence import oryx as oryx_mod
from ..evidence.estimates import DATASET as ESTIMATES, load_casualty_estimates, load_uk_mod_monthly
from ..parameters import Params
from .common import claim_label, claims_credit, claims_in_window, try_load


@dataclass
class LossesView:
    params: Params
    ledger: pd.DataFrame  # ledger personnel and equipment loss claims in the window
    general_staff: pd.DataFrame | None  # General Staff series in the window
    estimates: pd.DataFrame | None  # other claimants' estimates of Russian casualties
    uk_monthly: pd.DataFrame | None
    ratio: pd.DataFrame | None  # claimed vs confirmed by equipment group at the window's end
    missing: list[str] = field(default_factory=list)


def _in(frame: pd.DataFrame, p: Params) -> pd.DataFrame:
    return frame[(frame["date"] >= p.start) & (frame["date"] <= p.end)]


def _claimed_vs_confirmed(gs: pd.DataFrame, oryx: pd.DataFrame, day: pd.Timestamp) -> pd.DataFrame:
    claimed = gs[(gs["date"] <= day) & gs["group"].notna() & (gs["category"] != "personnel")]
    claimed = claimed.sort_values("date").groupby("category").last()
    claimed = claimed.groupby("group")["cumulative"].sum().rename("claimed")
    confirmed = oryx_mod.oryx_as_of(oryx, day).dropna(subset=["group"]).groupby("group")["total"].sum().rename("confirmed")
    table = pd.concat([claimed, confirmed], axis=1, join="inner").reset_index()
    table["ratio"] = table["claimed"] / table["confirmed"].replace(0, np.nan)
    return table.sort_values("claimed", ascending=False, ignore_index=True)


def build(params: Params) -> LossesView:
    """Gather claimed losses in the window and the figures to hold them against."""
    missing: list[str] = []
    ledger = claims_in_window(params, {"personnel_losses", "equipment_losses"})
    gs = try_load(gs_mod.load_general_staff, gs_mod.DATASET, missing)
    est = try_load(load_casualty_estimates, ESTIMATES, missing)
    uk = try_load(load_uk_mod_monthly, ESTIMATES, [])
    oryx = try_load(oryx_mod.load_oryx_daily, oryx_mod.CURRENT, missing)
    if params.claimants:
        keep = set(params.claimants)
        gs = gs if gs is not None and gs_mod.CLAIMANT in keep else None
        est = est[est["claimant"].isin(keep)] if est is not None else None
        uk = uk if uk is not None and "UK Ministry of Defence" in keep else None
    ratio = _claimed_vs_confirmed(gs, oryx, params.end) if gs is not None and oryx is not None else None
    if est is not None:
        est = _in(est[(est["subject_side"] == "russia")], params)
    return LossesView(
        params,
        ledger,
        _in(gs, params) if gs is not None else None,
        est,
        _in(uk, params) if uk is not None else None,
        ratio,
        missing,
    )


def chart_personnel(view: LossesView):
    """Cumulative Russian personnel losses as claimed, by claimant, on one axis."""
    p = view.params
    with charts.styled():
        fig, ax = plt.subplots()
        sources = []
        if view.general_staff is not None and len(view.general_staff):
            people = view.general_staff[view.general_staff["category"] == "personnel"]
            ax.plot(people["date"], people["cumulative"], label=charts.claimed_label(gs_mod.CLAIMANT) + " (daily)", **charts.CLAIMED_LINE)
            sources.append(f"daily claims of the {gs_mod.CLAIMANT}: {get(gs_mod.DATASET).source_line()}")
        if view.uk_monthly is not None and len(view.uk_monthly):
            ax.plot(view.uk_monthly["date"], view.uk_monthly["cumulative"], label=charts.claimed_label("UK Ministry of Defence") + " (killed and wounded)", **charts.CLAIMED_LINE)
        if view.estimates is not None and len(view.estimates):
            for claimant, group in view.estimates[view.estimates["claimant"] != "UK Ministry of Defence"].groupby("claimant"):
                ax.plot(group["date"], group["estimate"], label=charts.claimed_label(claimant) + f" ({', '.join(group['type'].unique())})", **charts.CLAIMED_MARKER)
            sources.append(f"other estimates as attributed in {get(ESTIMATES).source_line()}")
        personnel = view.ledger[view.ledger["metric"] == "personnel_losses"]
        for _, claim in personnel.iterrows():
            ax.plot([claim["date"]], [claim["quantity"]], label=claim_label(claim), color="#990000", **charts.CLAIMED_MARKER)
        sources += claims_credit(personnel)
        ax.set_ylabel("Russian soldiers, cumulative since 24 Feb 2022")
        charts.plain_numbers(ax.yaxis)
        ax.legend(loc="upper left", fontsize=8.5)
        charts.finalise(
            fig,
            "Claimed Russian personnel losses",
            f"Every line and marker is a claim or an estimate, none independently verified. The General Staff counts killed and "
            f"wounded together (\"liquidated\"); others say which they count. {p.window()}.",
            sources or ["no loss claims in window"],
            p.end,
            note="; ".join(view.missing) or None,
        )
    return fig


def chart_daily_changes(view: LossesView, category: str = "personnel"):
    """Daily change in a General Staff running total, with the days it fell marked."""
    p = view.params
    with charts.styled():
        fig, ax = plt.subplots()
        if view.general_staff is None:
            ax.text(0.5, 0.5, "General Staff series not cached", ha="center", transform=ax.transAxes)
            sources = ["General Staff series not cached"]
        else:
            one = view.general_staff[view.general_staff["category"] == category]
            # A dashed step line, not hundreds of hatched bars: the claimed style, drawn fast.
            ax.step(one["date"], one["daily_change"].clip(lower=0), where="mid", color="#1380A1",
                    label=charts.claimed_label(gs_mod.CLAIMANT) + ": daily increase", **charts.CLAIMED_LINE)
            falls = one[one["falls"]]
            ax.bar(falls["date"], falls["daily_change"], color="#990000", label="Correction: the running total fell")
            fixes = one[one["maintainer_correction"].notna()]
            ax.plot(fixes["date"], fixes["daily_change"], "kx", label="Correction recorded by the dataset's maintainer")
            sources = [f"{get(gs_mod.DATASET).source_line()}"]
            ax.legend(loc="upper left")
        ax.set_ylabel(f"Daily change in claimed {category} losses")
        charts.finalise(fig, f"Daily claimed {category} losses, corrections shown", f"{p.window()}. Days when the claimed "
                        "running total fell are corrections by the claimant; they are drawn, not smoothed away.", sources, p.end,
                        note="; ".join(view.missing) or None)
    return fig


def chart_equipment_ratio(view: LossesView):
    """Claimed against visually confirmed equipment losses by group, at the window's end."""
    p = view.params
    with charts.styled():
        fig, ax = plt.subplots(figsize=(10, 6.5))
        if view.ratio is None or view.ratio.empty:
            ax.text(0.5, 0.5, "General Staff or Oryx data not cached", ha="center", transform=ax.transAxes)
            sources = ["no equipment data cached"]
        else:
            t = view.ratio
            y = np.arange(len(t))
            ax.barh(y - 0.2, t["claimed"], height=0.4, edgecolor="#1380A1", label=charts.claimed_label(gs_mod.CLAIMANT), **charts.CLAIMED_BAR)
            ax.barh(y + 0.2, t["confirmed"], height=0.4, color="#333333", label="Visually confirmed by Oryx", **charts.EVIDENCE_BAR)
            for yi, (_, r) in zip(y, t.iterrows()):
                ax.text(max(r["claimed"], r["confirmed"]), yi, f"  {r['ratio']:.1f}x", va="center", fontsize=9)
            ax.set_yticks(y, t["group"])
            ax.invert_yaxis()
            ax.set_xscale("log")
            charts.plain_numbers(ax.xaxis)
            ax.grid(axis="x")
            ax.grid(axis="y", visible=False)
            ax.legend(loc="lower right")
            sources = [f"claims: {get(gs_mod.DATASET).source_line()}", f"confirmations: {get(oryx_mod.CURRENT).source_line()}"]
        ax.set_xlabel("Russian equipment lost, cumulative (log scale); label: claimed / confirmed")
        charts.finalise(fig, "Claimed against visually confirmed equipment losses",
                        f"As of {p.end:%d %b %Y}. Categories matched through warclaims' crosswalk (data/crosswalk/equipment_categories.csv); "
                        "confirmed losses are a lower bound, claims are unverified.", sources, p.end,
                        note="; ".join(view.missing) or None)
    return fig


def summary(view: LossesView) -> dict:
    """The figures the notebook showed, each with claimant and source."""
    gs = view.general_staff
    people = gs[gs["category"] == "personnel"].set_index("date")["cumulative"] if gs is not None else pd.Series(dtype=float)
    ledger = []
    for _, c in view.ledger.iterrows():
        ledger.append({
            "claim_id": c["claim_id"], "claimant": c["claimant"], "metric": c["metric"], "date": c["date"],
            "claimed": c["quantity"], "source_url": c["source_url"],
            "general_staff_same_day": people.get(c["date"]) if c["metric"] == "personnel_losses" else None,
        })
    return {
        "window": [view.params.start, view.params.end],
        "general_staff_personnel": {
            "claimant": gs_mod.CLAIMANT,
            "dataset": gs_mod.DATASET,
            "first": people.iloc[0] if len(people) else None,
            "last": people.iloc[-1] if len(people) else None,
            "last_date": people.index[-1] if len(people) else None,
        },
        "corrections_in_window": int(gs["falls"].sum()) if gs is not None else None,
        "ledger_claims": ledger,
        "other_estimates": [] if view.estimates is None else view.estimates[["date", "claimant", "type", "estimate", "source_url"]].to_dict("records"),
        "equipment_claimed_vs_confirmed": [] if view.ratio is None else view.ratio.to_dict("records"),
        "missing_datasets": view.missing,
    }
