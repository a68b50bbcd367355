"""Losses that tell the truth (issue 10): one test per class of fault, tables where they fit."""
from __future__ import annotations

import json
import math

import matplotlib
import pandas as pd
import pytest

from warclaims import palette
from warclaims import summary as summary_mod
from warclaims.evidence import general_staff as gs_mod
from warclaims.evidence.estimates import load_casualty_estimates
from warclaims.evidence.named_dead import load_named_dead
from warclaims.evidence.oryx import oryx_as_of
from warclaims.parameters import check_parameters
from warclaims.views import losses

from conftest import FIXTURES, REAL_MIRROR

BOTH_SIDES = FIXTURES / "ledger_both_sides"
GS_RAW = "PetroIvaniuk+2022-Ukraine-Russia-War-Dataset/data/russia_losses_equipment.json"
GS_PERSONNEL_RAW = "PetroIvaniuk+2022-Ukraine-Russia-War-Dataset/data/russia_losses_personnel.json"


def _params(start="2022-02-24", end="2022-12-31", claimants=(), data_dir=""):
    return check_parameters(start, end, list(claimants), "km2", "", str(data_dir), "")


def _plain(view) -> dict:
    return summary_mod._plain(losses.summary(view))


def _legend_texts(fig) -> list[str]:
    return [t.get_text() for ax in fig.axes if ax.get_legend() for t in ax.get_legend().get_texts()]


# --- 1. double counting across renames and merges ------------------------------------------------

def _gs_frame(rows):
    frame = pd.DataFrame(rows, columns=["date", "category", "cumulative"])
    frame["date"] = pd.to_datetime(frame["date"])
    frame["group"] = frame["category"].map(lambda c: "personnel" if c == "personnel" else gs_mod.group_of_general_staff(c)[0])
    return frame


# The General Staff merged 'military auto' and 'fuel tank' into 'vehicles and fuel tanks' on 2022-05-01.
MERGE = _gs_frame([
    ("2022-04-30", "military auto", 1701), ("2022-04-30", "fuel tank", 76), ("2022-04-30", "tank", 1008),
    ("2022-05-01", "vehicles and fuel tanks", 1796), ("2022-05-01", "tank", 1026),
    ("2022-12-31", "vehicles and fuel tanks", 4707), ("2022-12-31", "tank", 3029),
])


@pytest.mark.parametrize("day,group,expected", [
    ("2022-04-30", "vehicles and fuel tanks", 1701 + 76),  # before the merge: both old categories
    ("2022-05-01", "vehicles and fuel tanks", 1796),  # the day of the merge: the new one only
    ("2022-12-31", "vehicles and fuel tanks", 4707),  # was 6,484: the old totals counted again
    ("2022-12-31", "tanks", 3029),
])
def test_a_merged_category_is_counted_once(day, group, expected):
    report = gs_mod.reported_as_of(MERGE, day)
    assert report[report["group"] == group]["cumulative"].sum() == expected


def test_oryx_renamed_category_is_not_carried_forward():
    frame = pd.DataFrame({
        "date": pd.to_datetime(["2023-09-04", "2023-09-13", "2023-09-20"]),
        "country": "Russia", "category": ["Naval Ships", "Naval Ships and Submarines", "Naval Ships and Submarines"],
        "group": "ships", "total": [14, 16, 17],
    })
    assert oryx_as_of(frame, "2023-09-05")["total"].sum() == 14
    assert oryx_as_of(frame, "2023-12-31")["total"].sum() == 17  # not 14 + 17


def _raw_general_staff():
    equipment = json.loads((REAL_MIRROR / GS_RAW).read_text())
    personnel = json.loads((REAL_MIRROR / GS_PERSONNEL_RAW).read_text())
    by_day = {r["date"]: {k: v for k, v in r.items() if isinstance(v, (int, float)) and k != "day"} for r in equipment}
    for r in personnel:
        by_day.setdefault(r["date"], {})["personnel"] = r["personnel"]
    return by_day


#: Days on both sides of every rename, merge or new category in the General Staff's series.
SAMPLE_DAYS = ["2022-02-25", "2022-03-15", "2022-03-16", "2022-03-25", "2022-03-26", "2022-04-30", "2022-05-01",
               "2022-12-31", "2023-09-13", "2023-09-14", "2024-06-01", "2026-05-02", "2026-05-03", "2026-08-08"]


def test_recorded_general_staff_figures_equal_the_raw_dataset(real_data):
    if REAL_MIRROR is None or not (REAL_MIRROR / GS_RAW).is_file():
        pytest.skip("no mirror of the General Staff dataset")
    raw = _raw_general_staff()
    for day in SAMPLE_DAYS:
        recorded = _plain(losses.build(_params("2022-02-24", day)))["general_staff_report"]
        assert recorded["date"] == day
        assert recorded["figures"] == pytest.approx(raw[day]), day
        merged = recorded["groups"].get("vehicles and fuel tanks")
        own = raw[day].get("vehicles and fuel tanks", raw[day].get("military auto", 0) + raw[day].get("fuel tank", 0))
        assert merged == own, day


def test_real_equipment_ratio_counts_each_category_once(real_data):
    view = losses.build(_params("2022-02-24", "2022-12-31"))
    ratio = view.ratio.set_index("group")
    assert ratio.loc["vehicles and fuel tanks", "claimed"] == 4707  # was 6,484
    assert ratio.loc["special equipment", "comparable"] == "no"
    later = losses.build(_params("2022-02-24", "2026-08-22"))
    assert later.ratio_day == pd.Timestamp("2025-07-19")  # the newest day both sources cover, not a year apart
    ships = later.ratio.set_index("group").loc["ships"]
    assert "Naval Ships" not in ships["oryx_categories"].split("; ")
    fig = losses.chart_equipment_ratio(later)
    assert "NOT like for like" in " ".join(t.get_text() for t in fig.axes[0].get_yticklabels())


# --- 2. whose losses ----------------------------------------------------------------------------

def test_both_sides_each_on_their_own_chart(fixture_data):
    view = losses.build(_params(data_dir=BOTH_SIDES))
    russian, ukrainian = losses.chart_personnel(view, "russia"), losses.chart_personnel(view, "ukraine")
    assert set(russian.warclaims_data["subject_side"]) == {"russia"}
    assert set(ukrainian.warclaims_data["subject_side"]) == {"ukraine"}
    assert "Ministry of Defence of the Russian Federation" in set(ukrainian.warclaims_data["claimant"])
    assert "Ministry of Defence of the Russian Federation" not in set(russian.warclaims_data["claimant"])
    # A figure for one day is never drawn as a running total, on either chart.
    assert 1200 not in set(ukrainian.warclaims_data["point"]) | set(russian.warclaims_data["point"])
    recorded = _plain(view)
    claims = {c["claim_id"]: c for c in recorded["ledger_claims"]}
    assert claims["fx-ru-claims-ua-killed"]["general_staff_same_day"] is None
    assert claims["fx-ru-claims-ua-one-day"]["general_staff_same_day"] is None
    assert [f["point"] for f in recorded["figures_for_a_period"]] == [1200]
    assert all(" | " in s and "Russian Federation" not in s for s in recorded["series_drawn"]["russia"])


# --- 3. estimates as published ------------------------------------------------------------------

@pytest.mark.parametrize("claim_id,low,point,high,shape", [
    ("fx-ua-claims-ua-range", 10000, None, 13000, "range"),
    ("fx-uk-russian-at-least", 25000, None, None, "at_least"),
    ("fx-ua-claims-ru-casualties", None, 52650, None, "point"),
])
def test_ledger_figures_as_published(fixture_data, claim_id, low, point, high, shape):
    view = losses.build(_params(data_dir=BOTH_SIDES))
    row = view.personnel[view.personnel["claim_id"] == claim_id].iloc[0]
    got = [None if pd.isna(v) else v for v in (row["low"], row["point"], row["high"])]
    assert got == [low, point, high] and row["shape"] == shape


def test_estimates_keep_low_high_point_and_one_sided_figures_are_drawn(fixture_data):
    est = load_casualty_estimates()
    us = est[est["claimant"] == "US officials (unnamed)"].iloc[0]
    assert pd.isna(us["estimate"]) and us["shape"] == "range"  # no midpoint (was 17,500)
    view = losses.build(_params(data_dir=BOTH_SIDES))
    recorded = _plain(view)["estimates"]
    us = [e for e in recorded if e["claimant"] == "US officials (unnamed)"][0]
    assert (us["low"], us["point"], us["high"], us["count_kind"]) == (15000, None, 20000, "killed")
    fig = losses.chart_personnel(view, "russia")
    drawn = fig.warclaims_data
    at_least = drawn[drawn["shape"] == "at_least"]
    assert list(at_least["low"]) == [25000] and "UK Ministry of Defence" in set(at_least["claimant"])
    legend = " ".join(_legend_texts(fig))
    assert "at least" in legend and "range" in legend and "at most" not in legend


# --- 4. deaths are not casualties ---------------------------------------------------------------

def test_the_kind_of_count_is_data_and_shown(fixture_data):
    claims = gs_mod.general_staff_claims()
    assert set(claims.loc[claims["metric"] == "personnel_losses", "count_kind"]) == {gs_mod.PERSONNEL_COUNT_KIND} == {"casualties"}
    view = losses.build(_params(data_dir=BOTH_SIDES))
    fig = losses.chart_personnel(view, "russia")
    assert {"killed", "casualties"} <= set(fig.warclaims_data["count_kind"])
    legend = " ".join(_legend_texts(fig))
    assert "killed and wounded" in legend and "mark shape: killed" in legend
    markers = {h.get_marker() for h in fig.axes[0].get_legend().legend_handles if h.get_label().startswith("mark shape")}
    assert len(markers) == 2  # one marker per kind, never one for both
    table = losses.figures_table(view)
    assert "count_kind" in table.columns and table["count_kind"].notna().all()


# --- 5. independent counts are evidence ---------------------------------------------------------

def test_named_dead_is_a_running_count_drawn_solid(fixture_data):
    named = load_named_dead()
    assert list(named["cumulative"]) == [100, 300, 350, 375, 415]
    assert named["date"].iloc[0] == pd.Timestamp("2022-02-27")  # Sunday of ISO week 8, 2022
    view = losses.build(_params(data_dir=BOTH_SIDES))
    fig = losses.chart_personnel(view, "russia")
    solid = [line for line in fig.axes[0].get_lines() if line.get_label().startswith("Evidence: Mediazona")]
    assert solid and solid[0].get_linestyle() == "-"
    assert "floor of confirmed names" in fig.texts[1].get_text()
    assert _plain(view)["named_dead"]["last"] == 350  # weeks ending in the window only (week 52 ends on 1 Jan 2023)


# --- 6. colours ---------------------------------------------------------------------------------

def test_claimants_drawn_in_their_sides_colours_none_shared(fixture_data):
    a = losses.build(_params(data_dir=BOTH_SIDES))
    b = losses.build(_params("2022-09-01", "2022-09-30", data_dir=BOTH_SIDES))
    assert a.colours == b.colours  # the lines' colours are the run's, whatever the window
    for side in ("russia", "ukraine"):
        fig = losses.chart_personnel(a, side)
        data = fig.warclaims_data
        drawn = set(data["claimant"])
        colours = {matplotlib.colors.to_hex(line.get_color()) for line in fig.axes[0].get_lines()} | {
            matplotlib.colors.to_hex(line.get_markeredgecolor()) for line in fig.axes[0].get_lines()}
        key = {h.get_label().replace("\n", " "): matplotlib.colors.to_hex(h.get_color()) for h in fig.axes[0].get_legend().legend_handles}
        marked = set(data.loc[data["shape"] != "running_total", "claimant"])
        named = {}
        for claimant in marked:
            entry = [colour for label, colour in key.items() if label.startswith(f"Claimed by {claimant} (")]
            assert len(entry) == 1, claimant  # every claimant of this small ledger is named in the key
            claimant_side = data.loc[data["claimant"] == claimant, "claimant_side"].astype(str).iloc[0]
            assert entry[0] in colours and entry[0] in palette.FAMILIES.get(claimant_side, []) + list(palette.COLOURS.values())
            named[claimant] = entry[0]
        assert marked and len(set(named.values())) == len(named)  # no two claimants share a colour
        # The recorded summary says the colour each claimant is drawn in on this chart.
        recorded = losses.summary(a)["colours"][f"personnel_{side}"]
        assert {c: recorded[c] for c in named} == named and set(recorded) == drawn
    line = [h for h in losses.chart_personnel(a, "russia").axes[0].get_lines() if "General Staff" in h.get_label()][0]
    assert matplotlib.colors.to_hex(line.get_color()) == a.colours[gs_mod.CLAIMANT]


@pytest.mark.parametrize("ukrainian, russian, named_ukrainian, grouped_russian", [
    (3, 6, 3, 0),    # up to six of a side: all named
    (2, 9, 2, 3),    # nine Russian claimants: the six with most figures named, three grouped
    (8, 8, 6, 2),    # both sides over: each side groups its own
])
def test_a_key_names_six_claimants_of_a_side_and_groups_the_rest_in_its_pale_colour(ukrainian, russian, named_ukrainian, grouped_russian):
    counts = {f"UA claimant {i}": 10 - i for i in range(ukrainian)} | {f"RU claimant {i}": 10 - i for i in range(russian - 1)}
    counts["Ministry of Defence of the Russian Federation"] = 1  # a fixed colour: named before the most counted
    sides = {name: "ukraine" if name.startswith("UA") else "russia" for name in counts}
    key = palette.key_for(counts, sides)
    named = [n for n, e in key.entry.items() if e == n]
    assert sum(sides[n] == "ukraine" for n in named) == named_ukrainian
    assert "Ministry of Defence of the Russian Federation" in named
    grouped = [n for n, e in key.entry.items() if e != n]
    assert len(grouped) == grouped_russian + ukrainian - named_ukrainian
    for name in grouped:
        assert key.colour[name] == palette.OTHERS_COLOURS[sides[name]]
        assert key.entry[name].startswith(f"{sum(sides[g] == sides[name] for g in grouped)} other")
    if grouped_russian:  # the least counted are the ones grouped
        assert f"RU claimant {russian - 2}" in grouped and "RU claimant 0" in named
    for name in named:  # a named claimant's colour is its own, from its side's colours
        assert key.colour[name] in palette.FAMILIES[sides[name]] + list(palette.COLOURS.values())
    assert len({key.colour[n] for n in named}) == len(named)
    assert len(key.entries()) == len(named) + (ukrainian > named_ukrainian) + (grouped_russian > 0)


# --- 7. corrections ------------------------------------------------------------------------------

def test_corrections_counted_and_marked_on_the_series_they_correct(fixture_data):
    view = losses.build(_params("2022-03-01", "2022-03-04"))
    recorded = _plain(view)
    assert recorded["corrections_in_window"] == {"APC": {"falls": 1, "maintainer_corrections": 1, "dates": ["2022-03-03"]}}
    personnel = losses.chart_daily_changes(view, "personnel")
    assert not any("Correction" in t for t in _legend_texts(personnel))  # nothing drawn, nothing in the legend
    assert "No corrections to 'personnel' in this window" in personnel.texts[1].get_text()
    apc = losses.chart_daily_changes(view, "APC")
    legend = _legend_texts(apc)
    assert any("running total fell (1 day" in t for t in legend) and any("maintainer (1 day" in t for t in legend)
    assert list(apc.warclaims_data.loc[apc.warclaims_data["falls"], "date"]) == [pd.Timestamp("2022-03-03")]


# --- 8. empty states ----------------------------------------------------------------------------

@pytest.mark.parametrize("fetched,start,end,expected", [
    (False, "2022-03-01", "2022-03-04", "not fetched"),
    (True, "2022-02-24", "2022-02-28", "no data in this window"),
    (True, "2023-06-01", "2023-06-30", "the window starts after the newest data (04 Mar 2022)"),
])
def test_empty_states_tell_the_truth(request, fetched, start, end, expected):
    if fetched:
        request.getfixturevalue("fixture_data")
    view = losses.build(_params(start, end))
    assert expected in view.states["general_staff"]
    fig = losses.chart_daily_changes(view, "personnel")
    assert expected in " ".join(t.get_text().replace("\n", " ") for t in fig.axes[0].texts)
    assert not fig.axes[0].get_legend()


def test_a_claimant_filter_without_the_general_staff_still_tells_the_truth(fixture_data):
    view = losses.build(_params("2022-03-01", "2022-03-04", claimants=["UK Ministry of Defence"]))
    recorded = _plain(view)
    assert recorded["general_staff_personnel"]["last"] is None and recorded["general_staff_report"] is None
    assert recorded["corrections_in_window"] == {} and recorded["equipment_claimed_vs_confirmed"] == []
    fig = losses.chart_equipment_ratio(view)
    assert fig.warclaims_alt.endswith("nothing to compare in this window")
    assert "not among the claimants chosen" in fig.axes[0].texts[0].get_text().replace("\n", " ")


def test_a_running_total_with_one_figure_in_the_window_is_visible(fixture_data):
    view = losses.build(_params("2022-03-25", "2022-04-05", data_dir=BOTH_SIDES))
    fig = losses.chart_personnel(view, "russia")
    uk = [line for line in fig.axes[0].get_lines() if "UK Ministry of Defence: monthly" in line.get_label()]
    assert len(uk[0].get_xdata()) == 1 and uk[0].get_marker() not in ("None", "", None)


def test_summary_is_plain_json(fixture_data):
    recorded = _plain(losses.build(_params(data_dir=BOTH_SIDES)))
    json.dumps(recorded)
    for e in recorded["estimates"]:
        assert {"low", "point", "high", "count_kind", "claimant", "source_url"} <= set(e)
        assert not any(isinstance(v, float) and math.isnan(v) for v in e.values())
