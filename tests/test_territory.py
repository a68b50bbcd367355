"""Territory claims against mapped control: periods, trackers' quality, regions, verdicts, charts."""
from __future__ import annotations

import csv
import json
from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd
import pytest

from warclaims import charts
from warclaims.evidence import tracker_quality as tq
from warclaims.parameters import check_parameters
from warclaims.views import overview, territory
from warclaims.views import verdict as vd

import synthetic_ledger

ZELENSKY = "ibt-2022-09-11-kharkiv-counteroffensive-6b471c5d"  # 1,158 sq mi, 8-10 Sep 2022
IBT = "ibt-2022-09-11-kharkiv-counteroffensive-23b7e8d5"  # "more than 1,100 sq mi", restates Zelensky's
ISW, LIVE, NZZ = "ISW (via The Economist)", "liveuamap", "NZZ"


def tracker_series(spike=True, nzz_stale=True) -> pd.DataFrame:
    """Three trackers around the Kharkiv counteroffensive, written for these tests.

    ISW and liveuamap lose about 4,500-5,000 km² of Russian-held area over 8-10 September;
    liveuamap has a one-day spike of +20,000 km² on 8 September; the NZZ (which draws on
    liveuamap) stays flat until 20 September and then catches up at once.
    """
    days = pd.date_range("2022-08-20", "2022-10-10")
    rows = []
    for day in days:
        after = (day - pd.Timestamp("2022-09-07")).days
        isw = 128000 - min(max(after, 0), 3) * 1530
        live = 124000 - min(max(after, 0), 3) * 1620
        if spike and day == pd.Timestamp("2022-09-08"):
            live += 20000
        nzz = 127000 - (4000 if not nzz_stale and after > 0 else 0) - (4600 if day >= pd.Timestamp("2022-09-20") else 0)
        for tracker, area in ((ISW, isw), (LIVE, live), (NZZ, nzz)):
            rows.append({"date": day, "tracker": tracker, "area_km2": float(area), "dataset": f"{tracker} fixture"})
    return pd.DataFrame(rows)


def _params(start, end, folder, region="", unit="km2"):
    return check_parameters(start, end, [], unit, region, str(folder))


def _rewrite_claim(folder: Path, claim_id: str, **changes) -> None:
    path = folder / "claims.csv"
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    for r in rows:
        if r["claim_id"] == claim_id:
            r.update(changes)
    with open(path, "w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)


def _figures(view, claim_id):
    c = view.comparisons[view.comparisons["claim_id"] == claim_id]
    return c[["tracker", "from", "to", "measured", "counted", "flags"]].sort_values("tracker").reset_index(drop=True)


# 1. A claim's evidence depends on the claim, never on the window ------------------------

@pytest.mark.parametrize("other_window", [("2022-09-01", "2022-09-30"), ("2022-02-24", "2026-08-22"), ("2022-09-11", "2022-09-11")])
def test_same_claim_same_evidence_in_any_window(ledger_copy, other_window):
    series = tracker_series()
    default = territory.build(_params("2022-09-06", "2022-09-12", ledger_copy), series=series)
    other = territory.build(_params(*other_window, ledger_copy), series=series)
    for claim in (IBT,) + ((ZELENSKY,) if other_window[0] <= "2022-09-10" else ()):
        pd.testing.assert_frame_equal(_figures(default, claim), _figures(other, claim))
        assert len(_figures(default, claim)) == 3


def test_a_restatement_takes_the_period_of_the_claim_it_restates(ledger_copy):
    view = territory.build(_params("2022-09-01", "2022-09-30", ledger_copy), series=tracker_series())
    v = view.verdicts.set_index("claim_id")
    assert (v.loc[IBT, "period_first"], v.loc[IBT, "period_last"]) == (pd.Timestamp("2022-09-08"), pd.Timestamp("2022-09-10"))
    assert "restates Volodymyr Zelensky" in v.loc[IBT, "period_basis"]
    # Measured from the end of 7 September (the day before the period) to 10 September.
    assert pd.testing.assert_frame_equal(_figures(view, IBT), _figures(view, ZELENSKY)) is None
    isw = _figures(view, IBT).set_index("tracker").loc[ISW]
    assert (isw["from"], isw["to"], isw["measured"]) == (pd.Timestamp("2022-09-07"), pd.Timestamp("2022-09-10"), pytest.approx(4590))


def test_a_claim_without_a_period_is_not_measured(ledger_copy):
    _rewrite_claim(ledger_copy, IBT, restates="")
    for window in (("2022-09-06", "2022-09-12"), ("2022-02-24", "2026-08-22")):
        view = territory.build(_params(*window, ledger_copy), series=tracker_series())
        v = view.verdicts.set_index("claim_id").loc[IBT]
        assert (v["verdict"], v["reason"]) == ("not comparable", "period not stated")
        assert _figures(view, IBT).empty
        claim = [c for c in territory.summary(view)["claims"] if c["claim_id"] == IBT][0]
        assert claim["verdict"] == "not comparable" and claim["independent_range"] is None


def test_real_trackers_give_the_seed_claims_one_measurement(ledger_copy, real_data):
    short = territory.build(_params("2022-09-06", "2022-09-12", ledger_copy))
    war = territory.build(_params("2022-02-24", "2026-08-22", ledger_copy))
    for claim in (IBT, ZELENSKY):
        pd.testing.assert_frame_equal(_figures(short, claim), _figures(war, claim))
    isw = _figures(war, IBT).set_index("tracker").loc[ISW]
    assert isw["measured"] == pytest.approx(128104.31 - 123520.99, abs=0.5)  # not 78,000 km² of Russian gains


def test_whole_war_chart_draws_claims_from_across_the_war(ledger_copy, real_data):
    # On the real ledger and trackers, a whole-war chart has more measured claims than rows:
    # those drawn are spread over the war (not the newest weeks'), and a tracker not counted
    # far outside the claims' span does not set the scale.
    view = territory.build(_params("2022-02-24", "2026-08-22", ledger_copy))
    fig = territory.chart_claims_vs_trackers(view)
    data = fig.warclaims_data
    days = view.claims.set_index("claim_id").loc[sorted(set(data["claim_id"])), "date"]
    assert days.min().year == 2022 and days.max() >= view.claims["date"].max() - pd.Timedelta(days=120)
    ax = fig.axes[0]
    counted = data[(data["kind"] == "mapped change") & data["counted"].astype(bool)]["value"]
    claimed = data[data["series"] == "claimed"]["value"]
    lo, hi = ax.get_xlim()
    assert lo <= min(0, counted.min(), claimed.min()) and hi >= max(counted.max(), claimed.max())
    assert hi - lo < 3 * (max(counted.max(), claimed.max()) - min(0, counted.min(), claimed.min()))
    plt.close(fig)
    # Every tracker's change inside the scale is drawn where it is; only one outside is moved to the edge.
    for window in (("2022-09-06", "2022-09-12"), ("2022-02-24", "2026-08-22")):
        fig = territory.chart_claims_vs_trackers(territory.build(_params(*window, ledger_copy)))
        lo, hi = fig.axes[0].get_xlim()
        xs = {round(float(x), 3) for c in fig.axes[0].collections for x, _ in c.get_offsets()}
        mapped = fig.warclaims_data.loc[fig.warclaims_data["kind"] == "mapped change", "value"]
        assert {round(float(v), 3) for v in mapped if lo <= v <= hi} <= xs
        plt.close(fig)


# 2. Trackers' quality --------------------------------------------------------------------

def _one(values, start="2022-09-01", tracker="T"):
    days = pd.date_range(start, periods=len(values))
    return pd.DataFrame({"date": days, "tracker": tracker, "area_km2": [float(v) for v in values], "dataset": "fixture"})


@pytest.mark.parametrize("values,spikes", [
    ([100, 100, 12100, 100, 100], ["2022-09-03"]),                 # one day up, back the next
    ([9000, 9000, 1000, 9000, 9000], ["2022-09-03"]),              # one day down, back the next
    ([100, 100, 50100, 50100, 50100, 150, 150], ["2022-09-03", "2022-09-04", "2022-09-05"]),  # a few days' glitch, taken back
    ([100, 100, 5100, 5100, 5100, 5100, 5100], []),                # a real step that stays
    ([100, 100, 900, 100, 100], []),                               # under the threshold
    ([100, 100, 12100, 6100, 6100], []),                           # half taken back: not a spike
])
def test_spikes_that_revert_are_found(values, spikes):
    found = tq.find_spikes(_one(values))
    assert [f"{d:%Y-%m-%d}" for d in found["date"]] == spikes


def test_a_tracker_that_does_not_move_while_the_others_do_is_stale():
    series = tracker_series()
    quality = tq.assess(series)
    stale = quality.stretches[quality.stretches["kind"] == "stale"]
    assert set(stale["tracker"]) == {NZZ}
    nzz = stale.iloc[0]
    assert nzz["start"] <= pd.Timestamp("2022-09-08") and nzz["end"] >= pd.Timestamp("2022-09-10")
    jumps = quality.stretches[quality.stretches["kind"] == "jump"]
    assert list(zip(jumps["tracker"], jumps["end"])) == [(NZZ, pd.Timestamp("2022-09-20"))]  # the catch-up
    assert quality.disqualified(NZZ, "2022-09-07", "2022-09-10") and not quality.disqualified(ISW, "2022-09-07", "2022-09-10")


def test_quiet_days_are_not_stale():
    quiet = pd.concat([_one([1000 + i for i in range(30)], tracker=t) for t in ("A", "B")] + [_one([1000] * 30, tracker="C")])
    assert tq.assess(quiet).stretches.empty


def test_lineage_names_derived_trackers():
    assert tq.derives_from(NZZ) == LIVE and not tq.is_independent(NZZ)
    assert tq.is_independent(ISW) and tq.is_independent(LIVE)
    assert "liveuamap" in tq.lineage_text(NZZ)


def test_flags_and_independence_reach_the_recorded_summary(ledger_copy):
    view = territory.build(_params("2022-09-06", "2022-09-12", ledger_copy), series=tracker_series())
    summary = territory.summary(view)
    rows = {(c["claim_id"], c["tracker"]): c for c in summary["comparisons"]}
    for key in ("tracker", "independent", "flags", "measured", "verdict", "counted"):
        assert all(key in c for c in summary["comparisons"])
    live = rows[(ZELENSKY, LIVE)]
    assert "spike not used" in live["flags"] and live["counted"] and live["independent"]
    assert live["measured"] == pytest.approx(3 * 1620)  # the 8 September spike is not a reading
    nzz = rows[(ZELENSKY, NZZ)]
    assert not nzz["independent"] and not nzz["counted"] and nzz["flags"].startswith("stale")
    assert any("spike" in f for f in summary["flags_in_window"]) and summary["trackers"][NZZ]["derives_from"] == LIVE
    from warclaims.summary import _plain

    json.dumps(_plain(summary), allow_nan=False)  # strict JSON: an open-ended range is null, not Infinity


def test_the_spread_counts_independent_trackers_only(ledger_copy):
    # The NZZ is not stale here and maps far more than the others: it is still not in the range.
    series = tracker_series(nzz_stale=False)
    series.loc[(series["tracker"] == NZZ) & (series["date"] >= pd.Timestamp("2022-09-08")), "area_km2"] -= 20000
    view = territory.build(_params("2022-09-06", "2022-09-12", ledger_copy), series=series)
    v = view.verdicts.set_index("claim_id").loc[ZELENSKY]
    assert (v["independent_low"], v["independent_high"]) == (pytest.approx(3 * 1530), pytest.approx(3 * 1620))
    assert v["independent_trackers"] == f"{ISW}, {LIVE}"


def test_a_claimant_is_not_judged_by_its_own_map(ledger_copy):
    # The same figure credited to ISW: ISW's area series is ISW quoting itself, so liveuamap alone
    # makes the range; with ISW's map the only one, the claim is the evidence itself.
    series = tracker_series()
    series.loc[series["tracker"] == ISW, "dataset"] = "isw-area-economist"
    _rewrite_claim(ledger_copy, ZELENSKY, claimant="Institute for the Study of War", claimant_side="third_party")
    v = territory.build(_params("2022-09-06", "2022-09-12", ledger_copy), series=series).verdicts.set_index("claim_id").loc[ZELENSKY]
    assert v["independent_trackers"] == LIVE and v["independent_low"] == pytest.approx(3 * 1620)
    alone = territory.build(_params("2022-09-06", "2022-09-12", ledger_copy), series=series[series["tracker"] == ISW])
    v = alone.verdicts.set_index("claim_id").loc[ZELENSKY]
    assert (v["verdict"], v["reason"]) == ("not comparable", vd.REASONS["own_evidence"])


def test_every_independent_tracker_flagged_means_not_comparable(ledger_copy):
    # ISW does not move while liveuamap drops 5,000 km² in one step that ISW does not show:
    # ISW is stale and liveuamap's step is unconfirmed, so neither can judge the claim.
    days = pd.date_range("2022-08-25", "2022-09-30")
    series = pd.concat([
        pd.DataFrame({"date": days, "tracker": ISW, "area_km2": 128000.0, "dataset": "fixture"}),
        pd.DataFrame({"date": days, "tracker": LIVE, "area_km2": [124000.0 - (5000 if d >= pd.Timestamp("2022-09-09") else 0) for d in days],
                      "dataset": "fixture"}),
    ])
    view = territory.build(_params("2022-09-06", "2022-09-12", ledger_copy), series=series)
    v = view.verdicts.set_index("claim_id").loc[ZELENSKY]
    assert (v["verdict"], v["reason"]) == ("not comparable", vd.REASONS["flagged"])
    flags = _figures(view, ZELENSKY).set_index("tracker")["flags"]
    assert flags[ISW].startswith("stale") and flags[LIVE].startswith("jump")


# 3. Regional claims against national evidence ------------------------------------------

def test_a_regional_view_labels_the_evidence_national_and_does_not_judge(ledger_copy):
    series = tracker_series()
    national = territory.build(_params("2022-09-06", "2022-09-12", ledger_copy), series=series)
    regional = territory.build(_params("2022-09-06", "2022-09-12", ledger_copy, region="UA-63"), series=series)
    v = regional.verdicts.set_index("claim_id").loc[ZELENSKY]
    assert v["verdict"] == "not comparable" and "national" in v["reason"]
    assert v["evidence_scope"].startswith("national")
    pd.testing.assert_frame_equal(_figures(national, ZELENSKY), _figures(regional, ZELENSKY))  # same figures, not judged
    assert "national" in territory.verdict_table(regional).set_index("claimant").loc["Volodymyr Zelensky", "independent trackers mapped"]


@pytest.mark.parametrize("place,iso,reason", [
    ("Bakhmut", "UA-14", "local_claim"),
    ("Kursk Oblast", "RU-KRS", "outside_ukraine"),
    ("Kharkiv Oblast", "UA-63", None),
])
def test_claims_national_evidence_cannot_judge(ledger_copy, place, iso, reason):
    _rewrite_claim(ledger_copy, ZELENSKY, place=place, place_raw=place, oblast_iso=iso)
    view = territory.build(_params("2022-09-06", "2022-09-12", ledger_copy), series=tracker_series())
    v = view.verdicts.set_index("claim_id").loc[ZELENSKY]
    if reason is None:
        assert v["verdict"] == "below"
    else:
        assert (v["verdict"], v["reason"]) == ("not comparable", vd.REASONS[reason])
        assert _figures(view, ZELENSKY).empty


# 5. A verdict per claim ------------------------------------------------------------------

@pytest.mark.parametrize("quantity,qualifier,quantity_max,evidence,expected", [
    (2999, "exact", None, (4583, 4860), "below"),
    (2849, "more than", None, (4583, 4860), "consistent"),
    (4700, "exact", None, (4583, 4860), "consistent"),
    (5200, "about", None, (4583, 4860), "consistent"),   # about 5,200 allows 4,680
    (6000, "exact", None, (4583, 4860), "above"),
    (1000, "up to", None, (1200, 1300), "below"),
    (1500, "nearly", None, (1200, 1300), "above"),
    (3000, "exact", 4600, (4583, 4860), "consistent"),   # a published range 3,000-4,600
    (5000, "at least", None, (4583, 4860), "above"),
])
def test_verdict_allows_for_the_qualifier(quantity, qualifier, quantity_max, evidence, expected):
    assert vd.judge(vd.claimed_range(quantity, qualifier, quantity_max), evidence) == expected


def test_verdicts_in_summary_and_overview_table(ledger_copy, real_data):
    params = _params("2022-09-06", "2022-09-13", ledger_copy)
    summary = territory.summary(territory.build(params))
    verdicts = {c["claim_id"]: c["verdict"] for c in summary["claims"]}
    assert verdicts[ZELENSKY] == "below" and verdicts[IBT] == "consistent"
    table = overview.claims_table(overview.build(params))
    # The seed's two territory claims (the window holds other claims of other reports too).
    table = table[(table["metric"].astype(str) == "territory_gained") & table["source"].str.contains("ibtimes.com")].set_index("claimant")
    assert table.loc["Volodymyr Zelensky", "verdict against evidence"] == "below"
    assert table.loc["International Business Times", "verdict against evidence"] == "consistent"
    recorded = {v["claim_id"]: v["verdict"] for v in overview.summary(overview.build(params))["verdicts"]}
    assert recorded[ZELENSKY] == "below"


def test_overview_says_when_evidence_is_missing(ledger_copy):
    table = overview.claims_table(overview.build(_params("2022-09-06", "2022-09-13", ledger_copy)))
    # The seed's two claims, which have their periods: only missing evidence keeps them from a verdict.
    territory_rows = table[(table["metric"].astype(str) == "territory_gained") & table["source"].str.contains("ibtimes.com")]
    assert len(territory_rows) == 2
    assert (territory_rows["verdict against evidence"] == "not comparable: " + vd.REASONS["no_evidence_loaded"]).all()


@pytest.mark.parametrize("claimants, region, expected", [
    ([], "", 1),  # the newest bulletin in the window: the running totals where the window ends
    (["General Staff of the Armed Forces of Ukraine"], "", 1),
    (["UK Ministry of Defence"], "", 0),  # a claimant filter without the General Staff
    ([], "UA-63", 0),  # national totals say nothing about one region
])
def test_overview_shows_the_general_staffs_newest_bulletin_in_the_window(ledger_copy, fixture_data, claimants, region, expected):
    # The fixture's bulletins run 1-4 March 2022; the ledger copy has no loss claim on the 3rd.
    params = check_parameters("2022-03-02", "2022-03-03", claimants, "km2", region, str(ledger_copy))
    claims = overview.build(params).claims
    last_day = claims[(claims["source_id"] == "general-staff-losses") & (claims["date"] == pd.Timestamp("2022-03-03"))]
    personnel = last_day[last_day["metric"].astype(str) == "personnel_losses"]
    assert personnel["quantity"].astype(float).tolist() == [9000.0] * expected, personnel


# 6. Charts ---------------------------------------------------------------------------------

def _texts_overlap(a, b) -> bool:
    return a.width > 0 and b.width > 0 and a.overlaps(b)


def check_chart(fig):
    """What every chart must do: labelled axes, legend off the data, drawn data and alt text kept."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    canvas = FigureCanvasAgg(fig)  # finalise detached the figure from pyplot
    canvas.draw()
    renderer = canvas.get_renderer()
    axes = [ax for ax in fig.axes if ax.get_visible() and (ax.get_xticks().size or ax.get_yticks().size) and ax.has_data()]
    for ax in axes:
        assert ax.get_xlabel() and ax.get_ylabel(), f"axis without a label: {ax.get_title()!r}"
    legends = [lg for lg in fig.legends] + [ax.get_legend() for ax in fig.axes if ax.get_legend()]
    for legend in legends:
        box = legend.get_window_extent(renderer)
        for ax in fig.axes:
            assert not box.overlaps(ax.get_window_extent(renderer)), "a legend over the data"
    assert fig.warclaims_data is not None and len(fig.warclaims_alt) > 40
    assert {"claimant", "source"} <= set(fig.warclaims_data.columns)
    for ax in fig.axes:
        labels = [t.get_window_extent(renderer) for t in ax.get_yticklabels() if t.get_text()]
        assert not any(_texts_overlap(a, b) for i, a in enumerate(labels) for b in labels[i + 1:]), "tick labels overlap"


def test_claims_are_drawn_where_their_value_is(ledger_copy):
    view = territory.build(_params("2022-09-06", "2022-09-12", ledger_copy), series=tracker_series())
    dots = territory.chart_claims_vs_trackers(view)
    check_chart(dots)
    claimed = dots.warclaims_data[dots.warclaims_data["series"] == "claimed"].set_index("claim_id")
    assert claimed.loc[ZELENSKY, "value"] == pytest.approx(2999.2, abs=0.1)
    lines = territory.chart_tracker_series(view)
    check_chart(lines)
    data = lines.warclaims_data
    zelensky = data[data["series"] == f"claimed {ZELENSKY}"]
    # Drawn from the independent trackers' level on 7 September (0 here: the window starts on the
    # 6th and nothing moved before the 8th), down by the claimed 2,999 km² on 10 September.
    assert zelensky["date"].tolist() == [pd.Timestamp("2022-09-10")]
    assert zelensky["value"].iloc[0] == pytest.approx(-2999.2, abs=0.1)


def test_trackers_are_drawn_from_where_the_claims_start_and_rows_name_claimants_whole(ledger_copy):
    # The window starts on 9 Sep; Zelensky's 8-10 Sep claim is drawn from the trackers' level on
    # the 7th, so the trackers are drawn from the 7th too (the dashed line never starts in mid-air),
    # while the zero stays at the window's first day.
    _rewrite_claim(ledger_copy, ZELENSKY, claimant="Ministry of Defence of the Russian Federation",
                   claimant_side="russia")
    view = territory.build(_params("2022-09-09", "2022-09-12", ledger_copy), series=tracker_series())
    lines = territory.chart_tracker_series(view)
    isw = lines.warclaims_data[lines.warclaims_data["series"] == ISW]
    assert isw["date"].min() <= pd.Timestamp("2022-09-07")
    assert isw.set_index("date").loc[pd.Timestamp("2022-09-09"), "value"] == 0
    dots = territory.chart_claims_vs_trackers(view)
    labels = [t.get_text().replace("\n", " ") for t in dots.axes[0].get_yticklabels()]
    # Whose ministry it is is the end of its name: a label is wrapped, never cut.
    assert any("Ministry of Defence of the Russian Federation" in t for t in labels), labels
    assert any(t.startswith("International Business Times") and t.endswith("(restated)") for t in labels), labels


@pytest.mark.parametrize("days", [0, 1, 6, 30, 61, 200, 365, 1640])
def test_dates_are_readable_at_any_span(days):
    import matplotlib.pyplot as plt

    start = pd.Timestamp("2022-02-24")
    end = start + pd.Timedelta(days=days)
    with charts.styled():
        fig, ax = plt.subplots(figsize=(10, 4))
        dates = pd.date_range(start - pd.Timedelta(days=7), end + pd.Timedelta(days=1))
        ax.plot(dates, range(len(dates)))
        charts.date_axis(ax, start, end)
        fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    labels = [t for t in ax.get_xticklabels() if t.get_text()]
    assert 3 <= len(labels) <= 9, [t.get_text() for t in labels]
    boxes = [t.get_window_extent(renderer) for t in labels]
    assert not any(a.overlaps(b) for i, a in enumerate(boxes) for b in boxes[i + 1:]), [t.get_text() for t in labels]
    assert all(t.get_rotation() == 0 for t in labels)
    assert not any(":" in t.get_text() for t in labels), "no hours on daily data"
    shown = " ".join(t.get_text() for t in labels) + " " + ax.xaxis.get_offset_text().get_text()
    assert any(str(y) in shown for y in range(2022, 2028)), f"the year is shown: {shown!r}"
    plt.close(fig)


def test_many_claims_stay_readable(tmp_path):
    folder = synthetic_ledger.write(tmp_path / "ledger", territory=40, vehicles=0)
    view = territory.build(_params("2022-02-24", "2026-08-22", folder), series=tracker_series())
    fig = territory.chart_claims_vs_trackers(view)
    check_chart(fig)
    rows = fig.warclaims_data["row"].nunique()
    assert rows == territory.MAX_CLAIMS_DRAWN < len(view.claims)
    assert f"{len(view.claims) - rows} more claims" in fig.texts[-1].get_text().replace("\n", " ")
    # The claims drawn are spread over the window, not the newest only (a whole-war chart of
    # the last weeks' claims would read as if nothing had been claimed before them).
    drawn_days = view.claims.set_index("claim_id").loc[sorted(set(fig.warclaims_data["claim_id"])), "date"]
    assert drawn_days.min() <= view.claims["date"].quantile(0.1) and drawn_days.max() >= view.claims["date"].quantile(0.9)
    assert len(territory.summary(view)["claims"]) == len(view.claims)  # nothing dropped from the record
    check_chart(territory.chart_tracker_series(view))
    check_chart(overview.chart_claims_by_claimant(overview.build(_params("2022-02-24", "2026-08-22", folder))))


def test_an_empty_window_says_where_the_claims_are(ledger_copy):
    # After the ledger's newest claim the window is unread reporting, not a quiet war; inside the
    # ledger's span it is a window without claims of that kind, and says where they are.
    from warclaims.ledger import load_claims
    from warclaims.views.common import no_claims_text
    newest = load_claims(ledger_copy)["date"].max()
    after = _params(f"{newest + pd.Timedelta(days=5):%Y-%m-%d}", f"{newest + pd.Timedelta(days=40):%Y-%m-%d}", ledger_copy)
    assert "not been read" in no_claims_text(after, "territory claims", {"territory_gained", "territory_lost"})
    inside = no_claims_text(_params("2022-06-01", "2022-06-02", ledger_copy), "territory claims", {"territory_gained", "territory_lost"})
    territory_last = load_claims(ledger_copy).query("metric.str.startswith('territory')")["date"].max()
    assert "not been read" not in inside and f"to {territory_last:%-d %b %Y}" in inside
