"""Claims overview: every claim in the window, and where claimants disagree."""
from __future__ import annotations

from dataclasses import dataclass, field

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

from .. import charts, palette
from ..evidence import general_staff as gs_mod
from ..parameters import Params
from ..vocabulary import LOSS_METRICS
from .common import claims_credit, claims_in_window, no_claims_text, try_load

#: Relative difference above which two claims of the same thing disagree.
TOLERANCE = 0.01


@dataclass
class OverviewView:
    params: Params
    claims: pd.DataFrame
    compared: pd.DataFrame  # pairs of claims about the same thing by different claimants
    missing: list[str] = field(default_factory=list)
    verdicts: pd.DataFrame | None = None  # claim_id, verdict, reason: territory and vehicle claims against evidence


def _with_general_staff(claims: pd.DataFrame, params: Params, missing: list[str]) -> pd.DataFrame:
    # The General Staff's daily figures are claims too. Brought in: its bulletins on the days
    # the ledger has loss claims (so a figure quoted in a report meets the claimant's own), and
    # its newest bulletin in the window (its running totals where the window ends), so a window
    # without reporting read into the ledger still shows what was claimed in it. Every day's
    # bulletin would swamp the table; 02_losses and 03_vehicles chart them all.
    if params.claimants and gs_mod.CLAIMANT not in params.claimants:
        return claims
    series = try_load(gs_mod.load_general_staff, gs_mod.DATASET, missing)
    if series is None:
        return claims
    in_window = series[(series["date"] >= params.start) & (series["date"] <= params.end)]
    if in_window.empty:
        return claims
    days = pd.Index(claims.loc[claims["metric"].isin(LOSS_METRICS), "date"].unique())
    if not params.region:  # national totals say nothing about one region's claims
        days = days.append(pd.Index([in_window["date"].max()]))
    if days.empty:
        return claims
    gs = gs_mod.general_staff_claims(in_window[in_window["date"].isin(days)])
    return pd.concat([claims, gs], ignore_index=True)


#: What two claims must share to be about the same figure (besides having different claimants).
SAME_FIGURE = ["metric", "subject_side", "item_class", "cumulative", "period_start", "date", "place"]
COMPARED_COLUMNS = ["metric", "item_class", "date", "claimant_a", "quantity_a", "source_a",
                    "claimant_b", "quantity_b", "source_b", "relative_difference", "disagree"]


def compare_claimants(claims: pd.DataFrame) -> pd.DataFrame:
    """Pairs of claims by different claimants about the same figure, and whether they disagree.

    Two claims are about the same figure when they share metric, subject side, item class,
    running total or not, period start (or both state none), date and place. The claims are
    joined on those columns rather than compared pair by pair, so the work grows with the
    pairs found, not with the square of the claims in the window. Each pair is listed once,
    in the order of the claims (the earlier one as ``a``).
    """
    keys = pd.DataFrame({
        "metric": claims["metric"].astype(str), "subject_side": claims["subject_side"].astype(str),
        "item_class": claims["item_class"].map(str), "cumulative": claims["cumulative"].astype(bool),
        "period_start": claims["period_start"], "date": claims["date"], "place": claims["place"].map(str),
        "claimant": claims["claimant"].astype(str), "quantity": claims["quantity"].astype(float),
        "source": claims["source_url"], "position": range(len(claims)),
    })
    keys = keys[keys["date"].notna()]  # an undated claim is about no day: never the same figure
    pairs = keys.merge(keys, on=SAME_FIGURE, suffixes=("_a", "_b"))
    pairs = pairs[(pairs["position_a"] < pairs["position_b"]) & (pairs["claimant_a"] != pairs["claimant_b"])]
    pairs = pairs.sort_values(["position_a", "position_b"], ignore_index=True)
    top = np.maximum(np.maximum(pairs["quantity_a"], pairs["quantity_b"]), 1)
    pairs["relative_difference"] = (pairs["quantity_a"] - pairs["quantity_b"]).abs() / top
    pairs["disagree"] = pairs["relative_difference"] > TOLERANCE
    first = claims.iloc[pairs["position_a"].to_numpy()]
    # The pair's metric, item class and date as the first claim holds them (not the keys' text).
    pairs["metric"], pairs["item_class"] = first["metric"].to_numpy(), first["item_class"].to_numpy()
    return pairs[COMPARED_COLUMNS]


def build(params: Params) -> OverviewView:
    """Every claim in the window, plus pairs by different claimants about the same figure."""
    missing: list[str] = []
    claims = _with_general_staff(claims_in_window(params), params, missing)
    return OverviewView(params, claims, compare_claimants(claims), missing, _verdicts(params, missing))


#: Where the claims of other metrics are set against evidence.
COMPARED_ELSEWHERE = {"personnel_losses": "see 02_losses", "equipment_losses": "see 02_losses"}


def _verdicts(params: Params, missing: list[str]) -> pd.DataFrame:
    # The territory and vehicles views judge their claims; the overview shows the same verdicts.
    from . import territory, vehicles

    t = territory.build(params)
    v = vehicles.build(params)
    missing += [m for m in t.missing + v.missing if m not in missing]
    frames = [t.verdicts[["claim_id", "verdict", "reason"]], v.comparisons[["claim_id", "verdict", "reason"]]]
    return pd.concat(frames, ignore_index=True)


def _verdict_column(view: OverviewView) -> pd.Series:
    c = view.claims
    if view.verdicts is None:
        return pd.Series([""] * len(c), index=c.index)
    v = view.verdicts.drop_duplicates("claim_id").set_index("claim_id")
    text = v["verdict"] + v["reason"].map(lambda r: f": {r}" if r else "")
    elsewhere = c["metric"].astype(str).map(lambda m: COMPARED_ELSEWHERE.get(m, "not compared with evidence"))
    return c["claim_id"].map(text).astype(object).where(c["claim_id"].isin(text.index), elsewhere)


def claims_table(view: OverviewView) -> pd.DataFrame:
    """The window's claims for reading: claimant, figure, qualifier, status and source."""
    c = view.claims
    return pd.DataFrame({
        "date": c["date"].dt.strftime("%Y-%m-%d"),
        "claimant": c["claimant"],
        "metric": c["metric"],
        "item": c["item_raw"].fillna(""),
        "qualifier": c["qualifier"],
        "figure": c["quantity"].map(lambda q: f"{q:,.0f}"),
        "unit": c["unit"],
        "place": c["place"].fillna(""),
        "verification": c["verification_status"].astype(str) + c["verified_by"].fillna("").map(lambda v: f" ({v})" if v else ""),
        "verdict against evidence": _verdict_column(view),
        "source": c["source_publisher"] + " " + c["source_url"],
    }).sort_values(["date", "metric"], ignore_index=True)


#: At most this many claimants get a bar; the rest are summed in one "other claimants" bar.
MAX_CLAIMANTS = 15


def chart_claims_by_claimant(view: OverviewView):
    """How many claims each claimant makes in the window, by metric."""
    p = view.params
    data = None
    with charts.styled():
        fig, ax = plt.subplots(figsize=(10, 5))
        if view.claims.empty:
            ax.text(0.5, 0.5, no_claims_text(p), ha="center", va="center", transform=ax.transAxes)
            ax.set_axis_off()
        else:
            counts = view.claims.groupby(["claimant", "metric"], observed=True).size().unstack(fill_value=0)
            counts = counts.loc[counts.sum(axis=1).sort_values(ascending=False).index]
            if len(counts) > MAX_CLAIMANTS:
                rest = counts.iloc[MAX_CLAIMANTS - 1:].sum().rename(f"{len(counts) - MAX_CLAIMANTS + 1} other claimants")
                counts = pd.concat([counts.iloc[:MAX_CLAIMANTS - 1], rest.to_frame().T])
            fig.set_size_inches(10, 2.2 + 0.42 * len(counts))
            metrics = list(counts.columns)
            colours = palette.colours_for([str(m) for m in metrics], {str(m): "third_party" for m in metrics})
            bars = counts.iloc[::-1]  # the first claimant at the top
            bars.plot.barh(stacked=True, ax=ax, edgecolor="white", linewidth=0.4, color=[colours[str(m)] for m in metrics], legend=False)
            # Each bar's total written at its end: beside the General Staff's thousands of bulletin
            # figures a claimant with four claims has a bar too short to read.
            totals = bars.sum(axis=1)
            for y, total in enumerate(totals):
                ax.annotate(f"{total:,}", (total, y), xytext=(4, 0), textcoords="offset points", va="center", fontsize=8.5)
            ax.set_xlim(0, totals.max() * 1.08)
            ax.set_xlabel("Number of claims")
            ax.set_ylabel("Claimant")
            ax.grid(axis="x")
            ax.grid(axis="y", visible=False)
            handles, names = ax.get_legend_handles_labels()
            charts.legend_below(fig, ax, handles, [str(n).replace("_", " ") for n in names], ncol=3)
            data = counts.stack().rename("claims").reset_index().rename(columns={"level_0": "claimant", "level_1": "metric"})
            data["source"] = "warclaims ledger"
        charts.finalise(fig, "Who claims what", f"Claims in the ledger, and the General Staff's own figures on the same days and on the newest day of its bulletins, "
                        f"{p.window()}. Every claim is unverified unless its status says otherwise.",
                        claims_credit(view.claims) or ["warclaims ledger (no claims)"], p.end, note="; ".join(view.missing) or None,
                        data=data, alt=f"Number of claims by claimant and metric, {p.window()}: "
                        + ("none" if data is None else "; ".join(f"{c}: {n}" for c, n in data.groupby("claimant")["claims"].sum().items())))
    return fig


def summary(view: OverviewView) -> dict:
    """Counts of claims and claimants, and every compared pair."""
    return {
        "window": [view.params.start, view.params.end],
        "claims": int(len(view.claims)),
        "claimants": sorted(view.claims["claimant"].unique().tolist()),
        "by_verification_status": view.claims["verification_status"].astype(str).value_counts().to_dict(),
        "compared": view.compared.to_dict("records"),
        "disagreements": int(view.compared["disagree"].sum()),
        "verdicts": [
            {"claim_id": i, "claimant": who, "metric": m, "verdict": v}
            for i, who, m, v in zip(view.claims["claim_id"], view.claims["claimant"], view.claims["metric"].astype(str), _verdict_column(view))
        ],
        "missing_datasets": view.missing,
    }
