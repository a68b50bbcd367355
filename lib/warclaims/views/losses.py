"""Losses: claimed personnel and equipment losses of both sides, estimates, evidence.

What decides where a figure goes is data, never the chart: ``subject_side`` (whose soldiers)
picks the side's chart, ``cumulative`` decides whether a figure is a running total (drawn
over time) or a figure for a day or a period (listed, never drawn as a running total), and
``count_kind`` (killed, casualties, ...) is shown with every figure. Estimates are drawn as
published: a point where a point was published, a range as a bar between its two ends, a
one-sided figure as an "at least" or "at most" mark; no value is invented.
"""
from __future__ import annotations

import textwrap
from dataclasses import dataclass, field

import matplotlib.pyplot as plt
import matplotlib.transforms as mtransforms
import numpy as np
import pandas as pd
from matplotlib.lines import Line2D

from .. import charts, palette
from ..datasets import get
from ..evidence import general_staff as gs_mod
from ..evidence import named_dead as named_mod
from ..evidence import oryx as oryx_mod
from ..evidence.crosswalk import group_comparability
from ..evidence.estimates import DATASET as ESTIMATES, load_casualty_estimates, load_uk_mod_monthly
from ..palette import colours_for
from ..parameters import Params
from ..vocabulary import LOSS_METRICS
from .common import claims_credit, claims_in_window, data_state, try_load

UK_MOD = "UK Ministry of Defence"
SIDES = {"russia": "Russian", "ukraine": "Ukrainian"}
#: How each kind of count reads in a legend or table.
KIND_WORDS = {
    "killed": "killed",
    "casualties": "killed and wounded",
    "wounded": "wounded",
    "missing": "missing",
    "prisoners": "prisoners",
    "killed_or_missing": "killed or missing",
}
#: The marker of each kind of count: never one marker for two kinds.
KIND_MARKERS = {"killed": "o", "casualties": "D", "wounded": "s", "missing": "p", "prisoners": "X", "killed_or_missing": "h"}
#: Qualifiers that make a single published figure one-sided.
AT_LEAST = {"at least", "more than"}
AT_MOST = {"up to"}
#: Columns of the tidy personnel table (one row per figure, as published).
FIGURES = ["date", "period_start", "claimant", "claimant_side", "subject_side", "count_kind", "shape", "low", "point", "high",
           "cumulative", "evidence", "series", "qualifier", "source", "source_url", "claim_id"]


@dataclass
class LossesView:
    params: Params
    ledger: pd.DataFrame  # ledger personnel and equipment loss claims in the window
    general_staff: pd.DataFrame | None  # the General Staff's whole series (None: not fetched)
    personnel: pd.DataFrame  # every personnel figure in the window, both sides, as published (FIGURES)
    ratio: pd.DataFrame | None  # claimed vs confirmed by equipment group on ratio_day
    ratio_day: pd.Timestamp | None  # the newest day both the General Staff and Oryx cover, within the window
    states: dict[str, str | None]  # per source: None when it has data in the window, else why not
    colours: dict[str, str]  # one colour per claimant or evidence, fixed for the run (see colour())
    missing: list[str] = field(default_factory=list)


def _in(frame: pd.DataFrame, p: Params) -> pd.DataFrame:
    return frame[(frame["date"] >= p.start) & (frame["date"] <= p.end)]


def _ledger_shapes(people: pd.DataFrame) -> np.ndarray:
    """What each ledger figure is: a figure for a period, a range, one-sided, or a point."""
    qualifier = people["qualifier"].astype(object).where(people["qualifier"].notna(), "").astype(str)
    return np.select(
        [~people["cumulative"].astype(bool), people["quantity_max"].notna(), qualifier.isin(AT_LEAST), qualifier.isin(AT_MOST)],
        ["period", "range", "at_least", "at_most"], "point")


def _ledger_figures(claims: pd.DataFrame) -> pd.DataFrame:
    people = claims[claims["metric"] == "personnel_losses"]
    shape = _ledger_shapes(people)
    q, qmax = people["quantity"].to_numpy(dtype=float), people["quantity_max"].to_numpy(dtype=float)
    has_max = ~np.isnan(qmax)
    period = shape == "period"
    low = np.where(np.isin(shape, ["range", "at_least"]) | (period & has_max), q, np.nan)
    high = np.where(np.isin(shape, ["range", "period"]) & has_max, qmax, np.where(shape == "at_most", q, np.nan))
    point = np.where((shape == "point") | (period & ~has_max), q, np.nan)
    text = lambda col: people[col].astype(object).map(str)  # noqa: E731 (as str() of each value)
    return pd.DataFrame({
        "date": people["date"], "period_start": people["period_start"], "claimant": people["claimant"].astype(object),
        "claimant_side": text("claimant_side"), "subject_side": text("subject_side"), "count_kind": text("count_kind"),
        "shape": shape, "low": low, "point": point, "high": high, "cumulative": people["cumulative"].astype(bool),
        "evidence": False, "series": "claim in the ledger",
        "qualifier": people["qualifier"].astype(object).where(people["qualifier"].notna(), "").map(str),
        "source": people["source_publisher"].astype(object), "source_url": people["source_url"].astype(object),
        "claim_id": people["claim_id"].astype(object),
    }, columns=FIGURES).reset_index(drop=True)


def _estimate_figures(est: pd.DataFrame) -> pd.DataFrame:
    return pd.DataFrame({
        "date": est["date"], "period_start": pd.NaT, "claimant": est["claimant"], "claimant_side": est["claimant_side"],
        "subject_side": est["subject_side"], "count_kind": est["count_kind"], "shape": est["shape"],
        "low": est["low"], "point": est["estimate"], "high": est["high"], "cumulative": True, "evidence": False,
        "series": "estimate", "qualifier": "", "source": f"{get(ESTIMATES).title}", "source_url": est["source_url"],
        "claim_id": "",
    }, columns=FIGURES)


def _running_total(frame: pd.DataFrame, claimant: str, side: str, kind: str, series: str, dataset: str,
                   evidence: bool = False, claimant_side: str = "") -> pd.DataFrame:
    return pd.DataFrame({
        "date": frame["date"], "period_start": pd.NaT, "claimant": claimant, "claimant_side": claimant_side,
        "subject_side": side, "count_kind": kind, "shape": "running_total", "low": np.nan, "point": frame["cumulative"],
        "high": np.nan, "cumulative": True, "evidence": evidence, "series": series, "qualifier": "",
        "source": get(dataset).source_line(), "source_url": get(dataset).address, "claim_id": "",
    }, columns=FIGURES)


def _claimed_vs_confirmed(gs: pd.DataFrame, oryx: pd.DataFrame, day: pd.Timestamp) -> pd.DataFrame:
    # Only the categories of the General Staff's report of that day: a category it stopped
    # reporting lives on in its successor and must not be added again.
    report = gs_mod.reported_as_of(gs, day)
    claimed = report[report["group"].notna() & (report["category"] != "personnel")]
    claimed = claimed.groupby("group").agg(claimed=("cumulative", "sum"),
                                           general_staff_categories=("category", lambda c: "; ".join(sorted(c))))
    confirmed = oryx_mod.oryx_as_of(oryx, day).dropna(subset=["group"])
    confirmed = confirmed.groupby("group").agg(confirmed=("total", "sum"),
                                               oryx_categories=("category", lambda c: "; ".join(sorted(c))))
    table = claimed.join(confirmed, how="inner").join(group_comparability(), how="left").reset_index()
    table["ratio"] = table["claimed"] / table["confirmed"].replace(0, np.nan)
    return table.sort_values("claimed", ascending=False, ignore_index=True)


def _all_colours(est, params: Params) -> dict[str, str]:
    # Colours are resolved over every name the run could draw, not the window's, so a
    # claimant keeps its colour in every chart and every window of a run.
    names = {gs_mod.CLAIMANT: "ukraine", UK_MOD: "third_party", named_mod.LABEL: "evidence", "Oryx": "evidence"}
    if est is not None:
        names.update(dict(zip(est["claimant"], est["claimant_side"].astype(str))))
    from ..ledger import load_claims
    from ..errors import WarclaimsError
    try:
        claims = load_claims(params.data_dir)
        names.update(dict(zip(claims["claimant"].astype(str), claims["claimant_side"].astype(str))))
    except WarclaimsError:
        pass
    return colours_for(names, names)


def build(params: Params) -> LossesView:
    """Gather claimed losses in the window, both sides, and the figures to hold them against."""
    missing: list[str] = []
    ledger = claims_in_window(params, LOSS_METRICS)
    gs = try_load(gs_mod.load_general_staff, gs_mod.DATASET, missing)
    est = try_load(load_casualty_estimates, ESTIMATES, missing)
    uk = try_load(load_uk_mod_monthly, ESTIMATES, [])
    named = try_load(named_mod.load_named_dead, named_mod.DATASET, missing)
    oryx = try_load(oryx_mod.load_oryx_daily, oryx_mod.CURRENT, missing)
    colours = _all_colours(est, params)
    keep = set(params.claimants)
    shown_gs = gs if gs is not None and (not keep or gs_mod.CLAIMANT in keep) else None
    shown_uk = uk if uk is not None and (not keep or UK_MOD in keep) else None
    shown_est = est[est["claimant"].isin(keep)] if est is not None and keep else est

    states = {
        "general_staff": data_state(gs, gs_mod.DATASET, "General Staff daily figures", params),
        "estimates": data_state(est, ESTIMATES, "Other claimants' estimates", params),
        "named_dead": data_state(named, named_mod.DATASET, "Named dead (Mediazona)", params),
        "oryx": data_state(oryx, oryx_mod.CURRENT, "Oryx confirmed losses", params),
    }
    if gs is not None and shown_gs is None:
        states["general_staff"] = "General Staff daily figures: not shown (the General Staff is not among the claimants chosen)"
    parts = [_ledger_figures(ledger)]
    if shown_gs is not None:
        people = _in(shown_gs[shown_gs["category"] == "personnel"], params)
        parts.append(_running_total(people, gs_mod.CLAIMANT, "russia", gs_mod.PERSONNEL_COUNT_KIND, "daily running total",
                                    gs_mod.DATASET, claimant_side="ukraine"))
    if shown_uk is not None:
        parts.append(_running_total(_in(shown_uk, params), UK_MOD, "russia", "casualties", "monthly running total", ESTIMATES,
                                    claimant_side="third_party"))
    if shown_est is not None:
        shown = _in(shown_est, params)
        if shown_uk is not None:
            # The table repeats the UK MoD's monthly figures as estimates: draw them once, as the line.
            monthly = set(zip(shown_uk["date"], shown_uk["cumulative"]))
            repeat = [(c == UK_MOD and (d, e) in monthly) for c, d, e in zip(shown["claimant"], shown["date"], shown["estimate"])]
            shown = shown[~np.array(repeat, dtype=bool)]
        parts.append(_estimate_figures(shown))
    if named is not None:
        parts.append(_running_total(_in(named, params), named_mod.LABEL, "russia", "killed", "named dead, by week of death",
                                    named_mod.DATASET, evidence=True, claimant_side="evidence"))
    types = {"low": float, "point": float, "high": float, "period_start": "datetime64[ns]", "cumulative": bool, "evidence": bool}
    parts = [part.astype(types) for part in parts if len(part)]
    personnel = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=FIGURES)

    ratio, ratio_day = None, None
    if shown_gs is not None and oryx is not None:
        newest = min(params.end, gs["date"].max(), oryx["date"].max())
        if newest >= params.start:
            ratio_day = newest
            ratio = _claimed_vs_confirmed(gs, oryx, newest)
            fixes = gs_mod.corrections(_in(gs, params))
            counts = fixes.groupby("group").size()
            ratio["corrections_in_window"] = ratio["group"].map(counts).fillna(0).astype(int)
    return LossesView(params, ledger, shown_gs, personnel, ratio, ratio_day, states, colours, missing)


# --- drawing ------------------------------------------------------------------------------------


def _legend(ax, handles, title=None, ncol=1):
    # Outside the axes, to the right: a legend never covers data.
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=8, title=title, title_fontsize=8.5,
              frameon=False, ncol=ncol, borderaxespad=0)


def _legend_below(fig, ax, handles, ncol: int = 3) -> None:
    """A legend under the axes, across the figure, the figure made taller to hold it.

    Below the axes it never covers data, and the plotting area keeps the full width.
    """
    rows = -(-len(handles) // ncol)
    lines = sum(max(h.get_label().count("\n") + 1 for h in handles[i::rows]) for i in range(rows)) if rows else 0
    legend_in = 0.2 * max(rows, lines // ncol) + 0.4
    width, height = fig.get_size_inches()
    plot_in = 4.6
    total = plot_in + legend_in + 1.6
    fig.set_size_inches(width, total)
    bottom = (legend_in + 0.9) / total
    fig.subplots_adjust(bottom=bottom, top=1 - 1.2 / total)
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(0, -0.75 / plot_in), fontsize=8, frameon=False,
              ncol=ncol, borderaxespad=0)


def _wrap(text: str, width: int = 62) -> str:
    return "\n".join(textwrap.wrap(text, width))


def _series_label(row) -> str:
    kind = KIND_WORDS.get(row["count_kind"], row["count_kind"])
    if row["claimant"] == gs_mod.CLAIMANT:
        kind = "\"liquidated\" (read as killed and wounded)"
    if row["evidence"]:
        return f"Evidence: {row['claimant']}, {row['series']} ({kind}; floor of confirmed names)"
    return f"{charts.claimed_label(row['claimant'])}: {row['series']} ({kind})"


def _empty(ax, message: str) -> None:
    ax.text(0.5, 0.5, _wrap(message, 70), ha="center", va="center", transform=ax.transAxes, fontsize=11, color="#444444")
    ax.set_yticks([])


def drawn_colours(view: LossesView, side: str) -> dict[str, str]:
    """The colour each claimant or dataset is drawn in on one side's personnel chart: the
    run's colour for a running total's line, the chart key's for marks (a grouped claimant
    shares its side's pale colour)."""
    rows = view.personnel[(view.personnel["subject_side"] == side) & (view.personnel["shape"] != "period")]
    lines = rows[rows["shape"] == "running_total"]
    colours = {name: view.colours[name] for name in lines["claimant"].unique()}
    colours.update(palette.key_of(rows[rows["shape"] != "running_total"]).colour)
    return dict(sorted(colours.items()))


def chart_personnel(view: LossesView, side: str = "russia"):
    """Personnel losses of one side, as each claimant published them, beside named dead.

    Running totals are lines (claims dashed, evidence solid); estimates and ledger claims
    are marks whose shape is the kind of count; ranges are bars between their published
    ends; one-sided figures carry an arrow (at least: up; at most: down). Figures for a day
    or a period are not running totals: they are counted in the note, not drawn.
    """
    p = view.params
    whose = SIDES[side]
    rows = view.personnel[view.personnel["subject_side"] == side]
    drawn = rows[rows["shape"] != "period"].copy()
    periods = rows[rows["shape"] == "period"]
    with charts.styled():
        fig, ax = plt.subplots(figsize=(14, 7))
        handles, keys = [], {}
        for (claimant, series, kind), line in drawn[drawn["shape"] == "running_total"].groupby(
                ["claimant", "series", "count_kind"], sort=False):
            evidence = line["evidence"].iloc[0]
            style = dict(charts.EVIDENCE_LINE if evidence else charts.CLAIMED_LINE)
            if len(line) == 1:  # one figure of the series in the window: a line of one point would not show
                style.update(marker=KIND_MARKERS.get(kind, "o"), markersize=8, markeredgewidth=1.8,
                             markerfacecolor=view.colours[claimant] if evidence else "white")
            h, = ax.plot(line["date"], line["point"], color=view.colours[claimant], label=_wrap(_series_label(line.iloc[0])), **style)
            handles.append(h)
        up = mtransforms.offset_copy(ax.transData, fig=fig, y=9, units="points")
        down = mtransforms.offset_copy(ax.transData, fig=fig, y=-9, units="points")
        marks = drawn[drawn["shape"] != "running_total"]
        # Up to six claimants of each side named, each in its own colour; the rest of a side
        # share one pale colour and one key entry (palette.key_for says why).
        key = palette.key_of(marks)
        by_entry = dict(list(marks.groupby(marks["claimant"].map(key.entry), sort=False)))
        for entry in key.entries():  # the key's order: named claimants, then each side's others
            group = by_entry[entry]
            colour = key.colour[group["claimant"].iloc[0]]
            # One artist per kind of mark, not per figure: a year of a large ledger has thousands.
            ranged = group[group["low"].notna() & group["high"].notna()]
            if len(ranged):
                ax.vlines(ranged["date"], ranged["low"], ranged["high"], color=colour, linewidth=1.6, zorder=2)
                keys["range"] = True
            for kind, same in group.groupby("count_kind", sort=False):
                hollow = {"marker": KIND_MARKERS.get(kind, "o"), "markerfacecolor": "white", "markeredgecolor": colour,
                          "markersize": 7, "markeredgewidth": 1.8, "linestyle": "none"}
                ends = same[same["low"].notna() & same["high"].notna()]
                if len(ends):
                    ax.plot(pd.concat([ends["date"], ends["date"]]), pd.concat([ends["low"], ends["high"]]), zorder=3, **hollow)
                for shape, value in (("point", "point"), ("at_least", "low"), ("at_most", "high")):
                    one = same[same["shape"] == shape]
                    if len(one):
                        ax.plot(one["date"], one[value], zorder=3, **hollow)
            for shape, value, arrow, shift in (("at_least", "low", 6, up), ("at_most", "high", 7, down)):
                one = group[group["shape"] == shape]
                if len(one):
                    ax.plot(one["date"], one[value], marker=arrow, color=colour, markersize=8, transform=shift, linestyle="none")
                    keys[shape] = True
            kinds = ", ".join(KIND_WORDS.get(k, k) for k in sorted(group["count_kind"].unique()))
            # A colour swatch, not a marker: the marks' shapes say what they count (the key below),
            # and a square here would read as "wounded".
            handles.append(Line2D([], [], color=colour, linewidth=3, linestyle=(0, (2, 1)),
                                  label=_wrap(f"{charts.claimed_label(entry)} ({kinds})")))
        grey = "#444444"
        for kind in sorted(marks["count_kind"].unique()):
            handles.append(Line2D([], [], marker=KIND_MARKERS.get(kind, "o"), markerfacecolor="white", markeredgecolor=grey,
                                  markeredgewidth=1.8, linestyle="none", label=f"mark shape: {KIND_WORDS.get(kind, kind)}"))
        if keys.get("range"):
            handles.append(Line2D([], [], color=grey, marker="o", markerfacecolor="white", label="a range, drawn between its published ends"))
        if keys.get("at_least"):
            handles.append(Line2D([], [], color=grey, marker=6, linestyle="none", label="\"at least\": only a low end published"))
        if keys.get("at_most"):
            handles.append(Line2D([], [], color=grey, marker=7, linestyle="none", label="\"at most\": only a high end published"))
        empty = None
        if drawn.empty:
            reasons = [s for k, s in view.states.items() if k != "oryx" and s]
            if side == "russia":
                empty = "; ".join(reasons) if reasons else f"No figures about {whose} personnel losses in this window"
            else:
                empty = f"No figures about {whose} personnel losses in this window" + (
                    f" ({view.states['estimates']})" if view.states.get("estimates") else "")
            _empty(ax, empty)
        else:
            ax.set_ylabel(f"{whose} soldiers, since 24 Feb 2022")
            ax.set_ylim(bottom=0)
            charts.plain_numbers(ax.yaxis)
            _legend_below(fig, ax, handles)
        ax.set_xlim(p.start, p.end)
        sources = [f"{r['claimant']}: {r['source']}" for _, r in drawn[drawn["series"] != "estimate"].drop_duplicates(["claimant", "source"]).iterrows()
                   if r["series"] != "claim in the ledger"]
        if (drawn["series"] == "estimate").any():
            sources.append(f"other claimants' estimates as attributed in {get(ESTIMATES).source_line()}")
        ledger_ids = set(drawn.loc[drawn["series"] == "claim in the ledger", "claim_id"])
        sources += claims_credit(view.ledger[view.ledger["claim_id"].isin(ledger_ids)])
        kinds = sorted({KIND_WORDS.get(k, k) for k in drawn["count_kind"]})
        notes = [m for m in view.missing]
        if len(periods):
            notes.append(f"{len(periods)} figure(s) for a day or a period are not running totals and are listed in the table, not drawn")
        if len(kinds) > 1:
            notes.append(f"different kinds of count on one axis ({', '.join(kinds)}): each mark and line says which")
        lines = "Lines are running totals; " if (drawn["shape"] == "running_total").any() else ""
        subtitle = (f"{p.window()}. {lines}Marks are published estimates and claims, shaped by what "
                    "they count (see the key). Claims (dashed, hollow) are unverified")
        if drawn["evidence"].any():
            subtitle += "; Mediazona's count of named dead (solid) is a floor of confirmed names, not an estimate of all deaths"
        if (drawn["claimant"] == gs_mod.CLAIMANT).any():
            subtitle += ". The General Staff's word is \"liquidated\", read here as killed and wounded"
        subtitle += "."
        newest = drawn["date"].max() if len(drawn) else None
        data = drawn[["date", "claimant", "claimant_side", "subject_side", "count_kind", "shape", "low", "point", "high", "series", "source", "source_url"]]
        alt = (f"{whose} personnel losses, {p.window()}: " + ("; ".join(
            f"{c}: {len(g)} figure(s), last {g['date'].max():%d %b %Y}" for c, g in drawn.groupby("claimant")) or empty or "nothing drawn"))
        title = f"{whose} personnel losses: claims" + (" and evidence" if drawn["evidence"].any() else "")
        charts.finalise(fig, title, subtitle,
                        sources or [empty or "no figures in this window"], min(p.end, newest) if newest is not None else None,
                        note="; ".join(notes) or None, data=data, alt=alt)
    return fig


def corrections_in_window(view: LossesView) -> pd.DataFrame:
    """The General Staff's corrections in the window, one row per category and day."""
    if view.general_staff is None:
        return pd.DataFrame(columns=["date", "category", "group", "daily_change", "falls", "maintainer_correction"])
    return gs_mod.corrections(_in(view.general_staff, view.params))


def chart_daily_changes(view: LossesView, category: str = "personnel"):
    """Daily change in a General Staff running total, its corrections marked on it and counted."""
    p = view.params
    with charts.styled():
        fig, ax = plt.subplots(figsize=(11, 6))
        colour = view.colours[gs_mod.CLAIMANT]
        state = view.states["general_staff"]
        one = pd.DataFrame(columns=["date", "daily_change", "falls", "maintainer_correction"])
        if view.general_staff is not None:
            one = _in(view.general_staff[view.general_staff["category"] == category], p)
        if view.general_staff is None or one.empty:
            message = state or f"General Staff daily figures: no '{category}' figures in this window"
            _empty(ax, message)
            sources, data, subtitle = [message], None, f"{p.window()}."
            fixes = one
        else:
            handles = []
            h, = ax.plot(one["date"], one["daily_change"], drawstyle="steps-mid", color=colour, linestyle="--", linewidth=1.0,
                         label=charts.claimed_label(gs_mod.CLAIMANT) + f": daily change in '{category}'")
            handles.append(h)
            falls = one[one["falls"]]
            fixes = one[one["falls"] | one["maintainer_correction"].notna()]
            if len(falls):
                handles.append(ax.plot(falls["date"], falls["daily_change"], linestyle="none", marker="v", markersize=8,
                                       color="#d95f02", label=f"Correction: the running total fell ({len(falls)} day(s))")[0])
            fixed = one[one["maintainer_correction"].notna()]
            if len(fixed):
                handles.append(ax.plot(fixed["date"], fixed["daily_change"], linestyle="none", marker="x", markersize=9,
                                       markeredgewidth=2, color="#111111",
                                       label=f"Correction recorded by the dataset's maintainer ({len(fixed)} day(s))")[0])
            ax.axhline(0, color="#888888", linewidth=0.8)
            charts.plain_numbers(ax.yaxis)
            _legend_below(fig, ax, handles, ncol=1)
            sources = [get(gs_mod.DATASET).source_line()]
            count = (f"{len(fixes)} correction(s) to '{category}' in this window" if len(fixes) else f"No corrections to '{category}' in this window")
            subtitle = (f"{p.window()}. {count}: days when the claimed running total fell, or the dataset's maintainer "
                        "recorded a correction, are marked on the series, not smoothed away.")
            data = one[["date", "daily_change", "falls", "maintainer_correction"]].assign(
                category=category, claimant=gs_mod.CLAIMANT, source=get(gs_mod.DATASET).address)
        what = "killed and wounded (\"liquidated\")" if category == "personnel" else category
        ax.set_ylabel(f"Daily change, claimed {what}")
        ax.set_xlim(p.start, p.end)
        newest = one["date"].max() if len(one) else None
        charts.finalise(fig, f"Daily claimed Russian losses ({category}), corrections marked", subtitle, sources,
                        newest, note="; ".join(view.missing) or None, data=data,
                        alt=f"Daily change in the General Staff's claimed '{category}' total, {p.window()}; "
                            f"{len(fixes)} correction(s) marked.")
    return fig


def chart_equipment_ratio(view: LossesView):
    """Claimed against visually confirmed equipment losses by group, on the newest day both cover."""
    p = view.params
    with charts.styled():
        fig, ax = plt.subplots(figsize=(11, 7))
        if view.ratio is None or view.ratio.empty:
            reasons = [s for k, s in view.states.items() if k in ("general_staff", "oryx") and s]
            message = "; ".join(reasons) or "No equipment figures in this window"
            _empty(ax, message)
            sources, data, day, subtitle = [message], None, None, f"{p.window()}."
        else:
            t = view.ratio
            day = view.ratio_day
            y = np.arange(len(t))
            gs_colour, oryx_colour = view.colours[gs_mod.CLAIMANT], view.colours["Oryx"]
            ax.barh(y - 0.2, t["claimed"], height=0.4, edgecolor=gs_colour, label=charts.claimed_label(gs_mod.CLAIMANT), **charts.CLAIMED_BAR)
            ax.barh(y + 0.2, t["confirmed"], height=0.4, color=oryx_colour, label="Visually confirmed by Oryx", **charts.EVIDENCE_BAR)
            for yi, (_, r) in zip(y, t.iterrows()):
                text = f"  {r['ratio']:.1f}\u00d7" if not pd.isna(r["ratio"]) else "  n/a"
                if r["corrections_in_window"]:
                    text += f", {r['corrections_in_window']} correction(s)"
                ax.text(max(r["claimed"], r["confirmed"]), yi, text, va="center", fontsize=9)
            marks = {"yes": "", "partly": " (partly like for like)", "no": " (NOT like for like)"}
            ax.set_yticks(y, [f"{g}{marks.get(c, '')}" for g, c in zip(t["group"], t["comparable"])])
            ax.invert_yaxis()
            ax.set_xscale("log")
            ax.set_xlim(right=ax.get_xlim()[1] * 3)  # room for the labels right of the bars
            charts.plain_numbers(ax.xaxis)
            ax.grid(axis="x")
            ax.grid(axis="y", visible=False)
            ax.legend(loc="upper left", bbox_to_anchor=(0, -0.08), ncol=2, frameon=False, fontsize=9)
            sources = [f"claims: {get(gs_mod.DATASET).source_line()}", f"confirmations: {get(oryx_mod.CURRENT).source_line()}"]
            later = " (the newest day both sources cover)" if day < p.end else ""
            subtitle = (f"As of {day:%d %b %Y}{later}. Categories matched through warclaims' crosswalk "
                        "(data/crosswalk/equipment_categories.csv), renamed and merged categories counted once; label: claimed "
                        "\u00f7 confirmed, and the General Staff's corrections in the window. Confirmed losses are a lower bound, "
                        "claims are unverified.")
            data = t.assign(claimant=gs_mod.CLAIMANT, evidence="Oryx", as_of=day,
                            source=f"{get(gs_mod.DATASET).address}; {get(oryx_mod.CURRENT).address}")
        ax.set_xlabel("Russian equipment lost, cumulative (log scale)")
        notes = list(view.missing)
        if view.ratio is not None and len(view.ratio):
            unlike = view.ratio[view.ratio["comparable"] != "yes"]
            notes += [f"{r['group']}: {r['comparable_note']}" for _, r in unlike.iterrows()]
        charts.finalise(fig, "Claimed against visually confirmed equipment losses", subtitle, sources, day,
                        note=" ".join(n if n.endswith(".") else n + "." for n in notes) or None, data=data,
                        alt="Russian equipment losses by group, claimed by the General Staff against confirmed by Oryx" +
                            (f", as of {day:%d %b %Y}" if day is not None else ": nothing to compare in this window"))
    return fig


# --- the recorded summary ------------------------------------------------------------------------


def figures_table(view: LossesView) -> pd.DataFrame:
    """Every personnel figure except the daily and weekly series: estimates and ledger claims, as published."""
    t = view.personnel[view.personnel["shape"] != "running_total"]
    return t[["date", "claimant", "subject_side", "count_kind", "shape", "low", "point", "high", "cumulative", "series",
              "source_url"]].sort_values(["subject_side", "date"], ignore_index=True)


def summary(view: LossesView) -> dict:
    """The figures the notebook showed, each with claimant, source and kind of count."""
    p = view.params
    gs = view.general_staff
    people = (gs[gs["category"] == "personnel"].set_index("date")["cumulative"] if gs is not None
              else pd.Series(dtype=float, index=pd.DatetimeIndex([])))
    window_people = people[(people.index >= p.start) & (people.index <= p.end)]
    # Only a running total of Russian losses of the same kind is paired with the General Staff's.
    on_day = people.to_dict()
    c = view.ledger
    paired = (c["metric"] == "personnel_losses") & (c["subject_side"] == "russia") & c["cumulative"].astype(bool)
    same_days = [on_day.get(d) if p else None for d, p in zip(c["date"], paired)]
    columns = ["claim_id", "claimant", "claimant_side", "subject_side", "metric", "count_kind", "date", "period_start"]
    ledger = [
        {**row, "cumulative": bool(r["cumulative"]), "claimed": r["quantity"], "claimed_max": r["quantity_max"],
         "qualifier": r["qualifier"], "source_url": r["source_url"], "general_staff_same_day": same_day,
         "general_staff_count_kind": gs_mod.PERSONNEL_COUNT_KIND if same_day is not None else None}
        for row, r, same_day in zip(c[columns].to_dict("records"),
                                    c[["cumulative", "quantity", "quantity_max", "qualifier", "source_url"]].to_dict("records"), same_days)
    ]
    estimates = view.personnel[view.personnel["series"] == "estimate"]
    report = gs_mod.reported_as_of(gs, p.end) if gs is not None else None
    fixes = corrections_in_window(view)
    by_category = {
        cat: {"falls": int(g["falls"].sum()), "maintainer_corrections": int(g["maintainer_correction"].notna().sum()),
              "dates": list(g["date"])}
        for cat, g in fixes.groupby("category")
    }
    drawn = {}
    for side in SIDES:
        rows = view.personnel[(view.personnel["subject_side"] == side) & (view.personnel["shape"] != "period")]
        drawn[side] = sorted({f"{r['claimant']} | {r['series']} | {r['count_kind']}" for _, r in rows.iterrows()})
    return {
        "window": [p.start, p.end],
        "general_staff_personnel": {
            "claimant": gs_mod.CLAIMANT,
            "dataset": gs_mod.DATASET,
            "subject_side": "russia",
            "count_kind": gs_mod.PERSONNEL_COUNT_KIND,
            "wording": gs_mod.PERSONNEL_WORDING,
            "first": window_people.iloc[0] if len(window_people) else None,
            "last": window_people.iloc[-1] if len(window_people) else None,
            "last_date": window_people.index[-1] if len(window_people) else None,
        },
        "general_staff_report": None if report is None or report.empty else {
            "date": report["date"].iloc[0],
            "figures": dict(zip(report["category"], report["cumulative"])),
            "groups": report[report["category"] != "personnel"].groupby("group")["cumulative"].sum().to_dict(),
        },
        "corrections_in_window": by_category,
        "corrections_total": int(len(fixes)),
        "ledger_claims": ledger,
        "estimates": estimates[["date", "claimant", "claimant_side", "subject_side", "count_kind", "shape", "low", "point",
                                "high", "source_url"]].to_dict("records"),
        "figures_for_a_period": view.personnel[view.personnel["shape"] == "period"][
            ["date", "period_start", "claimant", "subject_side", "count_kind", "low", "point", "high", "source_url"]].to_dict("records"),
        "series_drawn": drawn,
        "named_dead": {"source": named_mod.LABEL, "dataset": named_mod.DATASET, "definition": named_mod.DEFINITION,
                       "evidence": True, "count_kind": "killed",
                       "last": _last(view.personnel, named_mod.LABEL), "last_date": _last(view.personnel, named_mod.LABEL, "date")},
        "equipment_as_of": view.ratio_day,
        "equipment_claimed_vs_confirmed": [] if view.ratio is None else view.ratio.to_dict("records"),
        "empty_states": {k: v for k, v in view.states.items() if v},
        # As drawn: per side's personnel chart, and the equipment chart's two sources.
        "colours": {**{f"personnel_{side}": drawn_colours(view, side) for side in SIDES},
                    "equipment": {name: view.colours[name] for name in (gs_mod.CLAIMANT, "Oryx")}},
        "missing_datasets": view.missing,
    }


def _last(frame: pd.DataFrame, claimant: str, column: str = "point"):
    rows = frame[frame["claimant"] == claimant].sort_values("date")
    return rows[column].iloc[-1] if len(rows) else None
