"""Vehicles: counts of vehicles that fled, were stolen or captured, beside Oryx's confirmed counts."""
from __future__ import annotations

from dataclasses import dataclass, field

import matplotlib.pyplot as plt
import pandas as pd

from .. import charts
from ..datasets import get
from ..evidence import oryx as oryx_mod
from ..parameters import Params
from ..paths import data_path
from ..vocabulary import VEHICLE_METRICS
from .common import claims_credit, claims_in_window, try_load

METRIC_COLORS = {"vehicles_fled": "#1380A1", "vehicles_stolen": "#990000", "vehicles_captured": "#588300"}


@dataclass
class VehiclesView:
    params: Params
    claims: pd.DataFrame
    confirmed: pd.DataFrame | None  # Oryx captured/abandoned added in the window, per category
    missing: list[str] = field(default_factory=list)


def vehicle_classes() -> pd.DataFrame:
    """The ledger's vehicle item classes and the Oryx category each is compared with."""
    return pd.read_csv(data_path("crosswalk", "vehicle_classes.csv"), dtype=str, keep_default_na=False)


def build(params: Params) -> VehiclesView:
    """Gather vehicle claims in the window and Oryx's confirmed captures and abandonments."""
    missing: list[str] = []
    claims = claims_in_window(params, VEHICLE_METRICS)
    oryx = try_load(oryx_mod.load_oryx_daily, oryx_mod.CURRENT, missing)
    confirmed = None
    if oryx is not None:
        classes = vehicle_classes()
        wanted = classes[classes["item_class"].isin(claims["item_class"].astype(str))]["oryx_category"].unique()
        change = oryx_mod.oryx_change(oryx, params.start, params.end)
        confirmed = change[change["category"].isin(wanted)][["category", "captured", "abandoned"]].reset_index(drop=True)
    return VehiclesView(params, claims, confirmed, missing)


def claims_table(view: VehiclesView) -> pd.DataFrame:
    """The vehicle claims as a reader's table: who claims how many of what, where."""
    c = view.claims
    return pd.DataFrame({
        "claimant": c["claimant"],
        "metric": c["metric"].astype(str).str.replace("vehicles_", ""),
        "quantity": c["quantity"].astype(int),
        "qualifier": c["qualifier"],
        "item (as written)": c["item_raw"],
        "class": c["item_class"],
        "civilian or military": c["item_origin"],
        "place": c["place"],
        "as of": c["date"].dt.strftime("%Y-%m-%d"),
        "source": c["source_publisher"],
    })


def chart_vehicles(view: VehiclesView):
    """Claimed vehicle counts by class, civilian and military apart, with Oryx's counts beside."""
    p = view.params
    with charts.styled():
        fig, (ax_mil, ax_civ) = plt.subplots(1, 2, figsize=(12, 6), gridspec_kw={"width_ratios": [3, 2]})
        sources = claims_credit(view.claims)
        for ax, civilian in ((ax_mil, False), (ax_civ, True)):
            mask = (view.claims["item_origin"] == "civilian") == civilian
            part = view.claims[mask]
            grouped = part.groupby(["item_class", "metric"], observed=True)["quantity"].sum().reset_index()
            # Classes compared with the same Oryx category sit together, above one Oryx bar.
            category_of = vehicle_classes().set_index("item_class")["oryx_category"]
            grouped["category"] = grouped["item_class"].astype(str).map(category_of).fillna("")
            labels, y = [], 0
            seen = set()
            for category, block in grouped.groupby("category", sort=False):
                for _, r in block.iterrows():
                    label = charts.claimed_label(", ".join(part.loc[part["metric"] == r["metric"], "claimant"].unique())) + f": {r['metric'].replace('vehicles_', '')}"
                    ax.barh(y, r["quantity"], edgecolor=METRIC_COLORS[r["metric"]], label=label if label not in seen else None, **charts.CLAIMED_BAR)
                    seen.add(label)
                    ax.text(r["quantity"], y, f" {r['quantity']:.0f}", va="center", fontsize=9)
                    labels.append((y, str(r["item_class"]).replace("_", " ")))
                    y += 1
                hit = view.confirmed[view.confirmed["category"] == category] if (view.confirmed is not None and not civilian) else []
                if len(hit):
                    n = hit["captured"].iloc[0] + hit["abandoned"].iloc[0]
                    ax.barh(y, n, color="#333333", label="Confirmed captured or abandoned (Oryx)" if "oryx" not in seen else None)
                    seen.add("oryx")
                    ax.text(n, y, f" {n:.0f}", va="center", fontsize=9)
                    labels.append((y, f"Oryx: {category}"))
                    y += 1
                y += 0.5
            if labels:
                ax.set_yticks([l[0] for l in labels], [l[1] for l in labels])
                ax.legend(loc="lower right", fontsize=8.5)
            else:
                ax.set_yticks([])
                ax.text(0.5, 0.5, "none claimed in window", ha="center", transform=ax.transAxes)
            ax.invert_yaxis()
            ax.grid(axis="x")
            ax.grid(axis="y", visible=False)
            ax.set_title("Civilian vehicles (stolen)" if civilian else "Military and unspecified vehicles")
        if view.confirmed is not None:
            sources.append(f"confirmations: {get(oryx_mod.CURRENT).source_line()}")
        charts.finalise(fig, "Vehicles that fled, were stolen or captured",
                        f"Counts claimed in reports, {p.window()}, hatched; Oryx's visually confirmed captures and abandonments of the "
                        "nearest category in the same window, solid. No independent count of stolen civilian vehicles exists.",
                        sources or ["no vehicle claims in window"], p.end, note="; ".join(view.missing) or None)
    return fig


def summary(view: VehiclesView) -> dict:
    """Totals by metric and origin, each claim with its claimant and source, Oryx's counts."""
    c = view.claims
    totals = c.groupby(["metric", "item_origin"], observed=True)["quantity"].sum()
    return {
        "window": [view.params.start, view.params.end],
        "claims": [
            {"claim_id": r["claim_id"], "claimant": r["claimant"], "metric": r["metric"], "item_class": r["item_class"],
             "item_origin": r["item_origin"], "quantity": r["quantity"], "qualifier": r["qualifier"], "place": r["place"],
             "source_url": r["source_url"]}
            for _, r in c.iterrows()
        ],
        "totals": {f"{m}/{o}": q for (m, o), q in totals.items()},
        "stolen_civilian": float(c.loc[(c["metric"] == "vehicles_stolen") & (c["item_origin"] == "civilian"), "quantity"].sum()),
        "military_or_unknown": float(c.loc[c["item_origin"] != "civilian", "quantity"].sum()),
        "oryx_confirmed_in_window": [] if view.confirmed is None else view.confirmed.to_dict("records"),
        "missing_datasets": view.missing,
    }
