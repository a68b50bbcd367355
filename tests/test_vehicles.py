"""Vehicle claims like for like: losses against Oryx's captured and abandoned, fled-in vehicles as context, places kept."""
from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd
import pytest

from warclaims.parameters import check_parameters
from warclaims.views import vehicles
from warclaims.views import verdict as vd

import synthetic_ledger
from test_territory import check_chart

ONE_TRUCK = "ibt-2022-09-11-kharkiv-counteroffensive-c2aa0084"  # one truck, Borshchova and Artemivka, fled in
KAMAZ = "ibt-2022-09-11-kharkiv-counteroffensive-47cea274"  # four Kamaz trucks, Svatove, fled in
CARS = "ibt-2022-09-11-kharkiv-counteroffensive-54f6f72c"  # at least 19 stolen civilian cars
TRUCKS = "Trucks, Vehicles and Jeeps"


def oryx_frame() -> pd.DataFrame:
    """Oryx-shaped cumulative counts written for these tests: Russian trucks and tanks, a few days."""
    rows = []
    for day, trucks_captured, trucks_abandoned, tanks_captured in (
        ("2022-09-05", 100, 50, 300), ("2022-09-08", 110, 55, 310), ("2022-09-12", 140, 70, 340), ("2022-09-20", 150, 75, 345),
    ):
        for category, captured, abandoned in ((TRUCKS, trucks_captured, trucks_abandoned), ("Tanks", tanks_captured, 20)):
            rows.append({"date": pd.Timestamp(day), "country": "Russia", "category_raw": category, "category": category,
                         "group": "", "item_class": "", "destroyed": 1000, "damaged": 10, "abandoned": abandoned,
                         "captured": captured, "total": 1010 + abandoned + captured, "dataset": "fixture"})
    return pd.DataFrame(rows)


def _params(start, end, folder, region=""):
    return check_parameters(start, end, [], "km2", region, str(folder))


def _add_claim(folder: Path, **fields) -> None:
    with open(folder / "claims.csv", newline="", encoding="utf-8") as f:
        columns = next(csv.reader(f))
    # A later report of its own: the seed's source was published on 11 September, and no claim
    # may be dated after its source.
    with open(folder / "sources.csv", encoding="utf-8") as f:
        if "test-later-report," not in f.read():
            with open(folder / "sources.csv", "a", encoding="utf-8") as out:
                out.write("test-later-report,Test Wire,https://example.org/later,2022-09-30,en,,,\n")
    base = {"source_id": "test-later-report", "claimant": "General Staff of the Armed Forces of Ukraine",
            "claimant_side": "ukraine", "subject_side": "russia", "unit": "count", "qualifier": "exact", "cumulative": "false",
            "verification_status": "unverified", "evidence": "test figure", "item_origin": "military"}
    with open(folder / "claims.csv", "a", newline="", encoding="utf-8") as f:
        csv.DictWriter(f, columns, restval="").writerow({**base, **fields})


def _row(view, claim_id):
    return view.comparisons.set_index("claim_id").loc[claim_id]


def test_fled_in_vehicles_are_context_never_losses(ledger_copy):
    view = vehicles.build(_params("2022-09-06", "2022-09-13", ledger_copy), oryx=oryx_frame())
    for claim in (ONE_TRUCK, KAMAZ):
        r = _row(view, claim)
        assert (r["role"], r["verdict"], r["reason"]) == ("context", "not comparable", vd.REASONS["context"])
        assert pd.isna(r["oryx_confirmed"])
    fig = vehicles.chart_vehicles(view)
    check_chart(fig)
    assert not (fig.warclaims_data["claimant"] == "Oryx").any()  # nothing of the seed is set against Oryx


def test_stolen_civilian_vehicles_have_no_independent_count(ledger_copy):
    view = vehicles.build(_params("2022-09-06", "2022-09-13", ledger_copy), oryx=oryx_frame())
    r = _row(view, CARS)
    assert r["verdict"] == "not comparable" and r["reason"].startswith(vd.REASONS["no_independent_count"])


def test_each_claimed_count_keeps_its_place(ledger_copy):
    view = vehicles.build(_params("2022-09-06", "2022-09-13", ledger_copy), oryx=oryx_frame())
    claims = {c["claim_id"]: c for c in vehicles.summary(view)["claims"]}
    assert (claims[ONE_TRUCK]["quantity"], claims[ONE_TRUCK]["place"]) == (1, "Borshchova;Artemivka")
    assert (claims[KAMAZ]["quantity"], claims[KAMAZ]["place"]) == (4, "Svatove")
    fig = vehicles.chart_vehicles(view)
    labels = [t.get_text() for ax in fig.axes for t in ax.get_yticklabels()]
    assert any(l.startswith("1 truck fled, Borshchova and Artemivka") for l in labels)
    assert any(l.startswith("4 Kamaz trucks fled, Svatove") for l in labels)
    drawn = fig.warclaims_data.set_index("claim_id")
    assert drawn.loc[KAMAZ, "place"] == "Svatove" and drawn.loc[ONE_TRUCK, "place"] == "Borshchova;Artemivka"


@pytest.mark.parametrize("metric,item_class,quantity,qualifier,place,expected,confirmed", [
    # Oryx's Russian trucks captured + abandoned, end of 7 Sep to 12 Sep: (140 + 70) - (100 + 50) = 60.
    ("vehicles_captured", "truck", 60, "exact", "", "consistent", 60),
    ("vehicles_captured", "truck", 100, "exact", "", "above", 60),
    ("vehicles_stolen", "truck", 40, "about", "", "below", 60),
    ("vehicles_captured", "truck", 50, "more than", "", "consistent", 60),
    # Tanks are compared with tanks: (340 + 20) - (300 + 20) = 40.
    ("vehicles_captured", "tank", 40, "exact", "", "consistent", 40),
    # A count at one place is not set against Oryx's national count.
    ("vehicles_captured", "tank", 40, "exact", "Svatove", "not comparable", None),
])
def test_losses_against_oryx_captured_and_abandoned_of_the_same_class(ledger_copy, metric, item_class, quantity, qualifier, place, expected, confirmed):
    _add_claim(ledger_copy, claim_id="test-claim", metric=metric, item_class=item_class, item_raw=item_class, quantity=str(quantity),
               quantity_raw=str(quantity), unit_raw=item_class, qualifier=qualifier, period_start="2022-09-08", period_end="2022-09-12",
               place=place, place_raw=place, oblast_iso="UA-09" if place else "")
    view = vehicles.build(_params("2022-09-01", "2022-09-30", ledger_copy), oryx=oryx_frame())
    r = _row(view, "test-claim")
    assert r["verdict"] == expected
    if confirmed is None:
        assert r["reason"] == vd.REASONS["local_count"] and pd.isna(r["oryx_confirmed"])
    else:
        assert r["oryx_confirmed"] == confirmed
        assert r["oryx_category"] == (TRUCKS if item_class == "truck" else "Tanks")


def test_a_vehicle_claim_gets_the_same_evidence_in_any_window(ledger_copy):
    _add_claim(ledger_copy, claim_id="test-claim", metric="vehicles_captured", item_class="truck", item_raw="trucks", quantity="60",
               quantity_raw="60", unit_raw="trucks", period_start="2022-09-08", period_end="2022-09-12")
    figures = []
    for window in (("2022-09-06", "2022-09-13"), ("2022-09-01", "2022-09-30"), ("2022-02-24", "2026-08-22")):
        r = _row(vehicles.build(_params(*window, ledger_copy), oryx=oryx_frame()), "test-claim")
        figures.append((r["period_first"], r["period_last"], r["oryx_confirmed"], r["verdict"]))
    assert figures[0] == figures[1] == figures[2] == (pd.Timestamp("2022-09-08"), pd.Timestamp("2022-09-12"), 60, "consistent")


def test_oryx_quoted_is_not_graded_against_oryx(ledger_copy):
    # A report quoting Oryx's own tally of captured tanks, over days Oryx's files cover: the
    # same claim by anybody else is judged; by Oryx it is the evidence itself.
    fields = dict(metric="vehicles_captured", item_class="tank", item_raw="tanks", quantity="40", quantity_raw="40",
                  unit_raw="tanks", period_start="2022-09-08", period_end="2022-09-12")
    _add_claim(ledger_copy, claim_id="test-by-oryx", claimant="Oryx", claimant_side="third_party", **fields)
    _add_claim(ledger_copy, claim_id="test-by-staff", **fields)
    view = vehicles.build(_params("2022-09-01", "2022-09-30", ledger_copy), oryx=oryx_frame())
    assert (_row(view, "test-by-oryx")["verdict"], _row(view, "test-by-oryx")["reason"]) == ("not comparable", vd.REASONS["own_evidence"])
    assert _row(view, "test-by-staff")["verdict"] == "consistent"


def test_one_vehicle_beside_thousands_stays_readable(ledger_copy):
    # One captured tank and a tally of 3,000: on a linear axis the one sits on the axis line.
    common = dict(metric="vehicles_captured", unit_raw="units", as_of="2022-09-20")
    _add_claim(ledger_copy, claim_id="test-one", item_class="tank", item_raw="tank", quantity="1", quantity_raw="1", **common)
    _add_claim(ledger_copy, claim_id="test-many", item_class="other_equipment", item_raw="units of equipment", quantity="3000",
               quantity_raw="3,000", **common)
    fig = vehicles.chart_vehicles(vehicles.build(_params("2022-09-15", "2022-09-25", ledger_copy), oryx=oryx_frame()))
    check_chart(fig)
    assert fig.axes[0].get_xscale() == "log" and fig.axes[0].get_xlim()[0] < 1 and "log scale" in fig.axes[0].get_xlabel()


def test_a_vehicle_claim_without_a_period_is_not_compared(ledger_copy):
    _add_claim(ledger_copy, claim_id="test-claim", metric="vehicles_captured", item_class="truck", item_raw="trucks", quantity="60",
               quantity_raw="60", unit_raw="trucks", as_of="2022-09-12")
    r = _row(vehicles.build(_params("2022-09-01", "2022-09-30", ledger_copy), oryx=oryx_frame()), "test-claim")
    assert (r["verdict"], r["reason"]) == ("not comparable", vd.REASONS["no_period"])


def test_a_regional_view_does_not_judge_against_national_counts(ledger_copy):
    _add_claim(ledger_copy, claim_id="test-claim", metric="vehicles_captured", item_class="truck", item_raw="trucks", quantity="60",
               quantity_raw="60", unit_raw="trucks", period_start="2022-09-08", period_end="2022-09-12", place="Kharkiv Oblast",
               place_raw="Kharkiv Oblast", oblast_iso="UA-63")
    r = _row(vehicles.build(_params("2022-09-01", "2022-09-30", ledger_copy, region="UA-63"), oryx=oryx_frame()), "test-claim")
    assert (r["verdict"], r["reason"]) == ("not comparable", vd.REASONS["regional_view"])


def test_seed_vehicles_with_real_oryx(ledger_copy, real_data):
    view = vehicles.build(_params("2022-09-06", "2022-09-13", ledger_copy))
    assert view.missing == []
    assert set(view.comparisons.loc[view.comparisons["metric"] == "vehicles_fled", "verdict"]) == {"not comparable"}
    check_chart(vehicles.chart_vehicles(view))


def test_many_vehicle_claims_stay_readable(tmp_path):
    folder = synthetic_ledger.write(tmp_path / "ledger", territory=0, vehicles=48)
    view = vehicles.build(_params("2022-02-24", "2026-08-22", folder), oryx=oryx_frame())
    fig = vehicles.chart_vehicles(view)
    check_chart(fig)
    per_panel = fig.warclaims_data.groupby("panel")["row"].nunique()
    assert (per_panel <= vehicles.MAX_ROWS_PER_PANEL).all()
    assert len(vehicles.summary(view)["claims"]) == len(view.claims)
    # The note counts the claims not drawn, and the vehicles they claim; those drawn come from
    # across the window, not its last weeks only.
    losses = view.comparisons[view.comparisons["role"] == "loss"]
    drawn_ids = set(fig.warclaims_data.loc[fig.warclaims_data["panel"] == "loss", "claim_id"])
    rest = losses[~losses["claim_id"].isin(drawn_ids)]
    note = " ".join(fig.texts[-1].get_text().split())
    assert f"{len(rest)} more loss claims ({rest['claimed'].sum():,.0f} vehicles)" in note, note
    days = view.claims.set_index("claim_id").loc[sorted(drawn_ids), "date"]
    loss_days = view.claims[view.claims["claim_id"].isin(losses["claim_id"])]["date"]
    assert days.min() <= loss_days.quantile(0.1) and days.max() >= loss_days.quantile(0.9)


def general_staff_frame() -> pd.DataFrame:
    """General-Staff-shaped running totals written for these tests: two vehicle categories merged
    into one on 1 May 2022, as the real bulletin did, and tanks, which are not vehicles here."""
    rows = []
    for day, auto, fuel, merged, tanks in (("2022-04-28", 1000, 70, None, 900), ("2022-04-29", 1010, 72, None, 910),
                                           ("2022-04-30", 1020, 76, None, 915), ("2022-05-01", None, None, 1120, 920),
                                           ("2022-05-03", None, None, 1150, 930)):
        for category, group, value in (("military auto", vehicles.DESTROYED_GROUP, auto), ("fuel tank", vehicles.DESTROYED_GROUP, fuel),
                                       ("vehicles and fuel tanks", vehicles.DESTROYED_GROUP, merged), ("tank", "tanks", tanks)):
            if value is not None:
                rows.append({"date": pd.Timestamp(day), "category": category, "group": group, "cumulative": float(value)})
    return pd.DataFrame(rows)


def oryx_trucks_frame() -> pd.DataFrame:
    """Oryx's trucks, recorded only on the days the count changed."""
    return pd.DataFrame([{"date": pd.Timestamp(day), "country": country, "category": TRUCKS, "group": vehicles.DESTROYED_GROUP,
                          "total": float(total)}
                         for day, country, total in (("2022-04-27", "Russia", 500), ("2022-04-30", "Russia", 520),
                                                     ("2022-05-02", "Russia", 560), ("2022-05-02", "Ukraine", 90))])


@pytest.mark.parametrize("start, end, claimed, confirmed", [
    # The day before the window is the baseline: 1,010 + 72 on 29 April; the merged category carries on the sum.
    ("2022-04-30", "2022-05-03", [("2022-04-30", 14), ("2022-05-01", 38), ("2022-05-03", 68)], [("2022-04-30", 20), ("2022-05-02", 60)]),
    # From the first report, counted from zero; Ukraine's own losses never enter the Russian line.
    ("2022-04-01", "2022-04-29", [("2022-04-28", 1070), ("2022-04-29", 1082)], [("2022-04-27", 500)]),
])
def test_vehicle_tallies_count_from_the_windows_first_day(ledger_copy, start, end, claimed, confirmed):
    frame, states = vehicles.destroyed_tallies(_params(start, end, ledger_copy), general_staff_frame(), oryx_trucks_frame())
    assert states == {"claimed": None, "confirmed": None}
    for series, expected in (("claimed", claimed), ("confirmed", confirmed)):
        part = frame[frame["series"] == series]
        assert [(f"{d:%Y-%m-%d}", a) for d, a in zip(part["date"], part["added"])] == expected
    assert set(frame.loc[frame["series"] == "claimed", "claimant"]) == {"General Staff of the Armed Forces of Ukraine"}
    assert not frame.loc[frame["series"] == "claimed", "evidence"].any() and frame.loc[frame["series"] == "confirmed", "evidence"].all()


@pytest.mark.parametrize("start, end, region, claimants, claimed_why, confirmed_why", [
    ("2022-04-30", "2022-05-03", "UA-63", [], "not shown in a view of one region", "not shown in a view of one region"),
    ("2022-04-30", "2022-05-03", "", ["Ministry of Defence of the Russian Federation"], "not among the claimants chosen", None),
    ("2022-06-01", "2022-06-30", "", [], "the window starts after the newest data (03 May 2022)",
     "the window starts after the newest data (02 May 2022)"),
])
def test_vehicle_tallies_say_why_they_show_nothing(ledger_copy, start, end, region, claimants, claimed_why, confirmed_why):
    params = check_parameters(start, end, claimants, "km2", region, str(ledger_copy))
    frame, states = vehicles.destroyed_tallies(params, general_staff_frame(), oryx_trucks_frame())
    for series, why in (("claimed", claimed_why), ("confirmed", confirmed_why)):
        if why is None:
            assert states[series] is None and (frame["series"] == series).any()
        else:
            assert why in states[series] and not (frame["series"] == series).any()


def test_vehicle_tally_chart_credits_both_series_and_says_where_oryx_ends(ledger_copy):
    view = vehicles.build(_params("2022-04-30", "2022-05-03", ledger_copy), oryx=oryx_frame())
    view.destroyed, view.destroyed_states = vehicles.destroyed_tallies(view.params, general_staff_frame(), oryx_trucks_frame())
    fig = vehicles.chart_destroyed(view)
    check_chart(fig)
    assert set(fig.warclaims_data["claimant"]) == {"General Staff of the Armed Forces of Ukraine", "Oryx"}
    texts = " ".join(t.get_text() for t in fig.texts)
    assert "Oryx's data end 2 May 2022" in texts and "Not like for like" in texts
    summary = vehicles.destroyed_summary(view)
    assert (summary["claimed"]["added_in_window"], summary["confirmed"]["added_in_window"]) == (68.0, 60.0)
    assert summary["claimed"]["categories"] == "fuel tank; military auto; vehicles and fuel tanks"


def test_claims_table_reads_in_time_order(ledger_copy):
    _add_claim(ledger_copy, claim_id="test-later-report-aaaa0001", metric="vehicles_captured", item_class="tank", item_raw="tanks",
               quantity="3", unit_raw="tanks", quantity_raw="3", as_of="2022-09-07", subject_side="russia")
    view = vehicles.build(_params("2022-09-06", "2022-09-13", ledger_copy), oryx=oryx_frame())
    table = vehicles.claims_table(view)
    assert list(table["as of"]) == sorted(table["as of"]) and table["as of"].iloc[0] == "2022-09-07"
    assert len(table) == len(view.comparisons)
