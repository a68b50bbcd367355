"""Claims overview: every claim in the window, and where claimants disagree."""
from __future__ import annotations

from dataclasses import dataclass, field

import matplotlib.pyplot as plt
import pandas as pd

from .. import charts, palette
from ..evidence import general_staff as gs_mod
from ..parameters import Params
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
    # The General Staff's daily figures are claims too: bring in the ones on the days the
    # ledger has loss claims, so a figure quoted in a report meets the claimant's own.
    days = claims.loc[claims["metric"].isin(["personnel_losses", "equipment_losses"]), "date"].unique()
    if len(days) == 0:
        return claims
    series = try_load(gs_mod.load_general_staff, gs_mod.DATASET, missing)
    if series is None:
        return claims
    gs = gs_mod.general_staff_claims(series[series["date"].isin(days)])
    if params.claimants:
        gs = gs[gs["claimant"].isin(params.claimants)]
    return pd.concat([claims, gs], ignore_index=True)


def _comparable(a, b) -> bool:
    if a["metric"] != b["metric"] or a["subject_side"] != b["subject_side"] or a["claimant"] == b["claimant"]:
        return False
    if str(a["item_class"]) != str(b["item_class"]) or bool(a["cumulative"]) != bool(b["cumulative"]):
        return False
    same_period = (pd.isna(a["period_start"]) and pd.isna(b["period_start"])) or (a["period_start"] == b["period_start"])
    return same_period and a["date"] == b["date"] and str(a["place"]) == str(b["place"])


def build(params: Params) -> OverviewView:
    """Every claim in the window, plus pairs by different claimants about the same figure."""
    missing: list[str] = []
    claims = _with_general_staff(claims_in_window(params), params, missing)
    rows = []
    records = claims.to_dict("records")
    for i, a in enumerate(records):
        for b in records[i + 1:]:
            if _comparable(a, b):
                diff = abs(a["quantity"] - b["quantity"]) / max(a["quantity"], b["quantity"], 1)
                rows.append({
                    "metric": a["metric"], "item_class": a["item_class"], "date": a["date"],
                    "claimant_a": a["claimant"], "quantity_a": a["quantity"], "source_a": a["source_url"],
                    "claimant_b": b["claimant"], "quantity_b": b["quantity"], "source_b": b["source_url"],
                    "relative_difference": diff, "disagree": diff > TOLERANCE,
                })
    compared = pd.DataFrame(rows, columns=["metric", "item_class", "date", "claimant_a", "quantity_a", "source_a",
                                           "claimant_b", "quantity_b", "source_b", "relative_difference", "disagree"])
    return OverviewView(params, claims, compared, missing, _verdicts(params, missing))


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
    by_id = view.verdicts.set_index("claim_id")
    out = []
    for claim_id, metric in zip(c["claim_id"], c["metric"].astype(str)):
        if claim_id in by_id.index:
            r = by_id.loc[claim_id]
            out.append(r["verdict"] + (f": {r['reason']}" if r["reason"] else ""))
        else:
            out.append(COMPARED_ELSEWHERE.get(metric, "not compared with evidence"))
    return pd.Series(out, index=c.index)


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
            counts.iloc[::-1].plot.barh(stacked=True, ax=ax, edgecolor="white", color=[colours[str(m)] for m in metrics], legend=False)
            ax.set_xlabel("Number of claims")
            ax.set_ylabel("Claimant")
            ax.grid(axis="x")
            ax.grid(axis="y", visible=False)
            handles, names = ax.get_legend_handles_labels()
            charts.legend_below(fig, ax, handles, [str(n).replace("_", " ") for n in names], ncol=3)
            data = counts.stack().rename("claims").reset_index().rename(columns={"level_0": "claimant", "level_1": "metric"})
            data["source"] = "warclaims ledger"
        charts.finalise(fig, "Who claims what", f"Claims in the ledger (and the General Staff's own figures on the same days), "
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
