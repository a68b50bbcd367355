"""Evidence loaders: tidy frames from the fixtures, and figures read from the real copies."""
from __future__ import annotations

import json

import pandas as pd
import pytest
import shapely
from pyproj import Geod

from warclaims import datasets
from warclaims.errors import DatasetError
from warclaims.evidence.estimates import load_casualty_estimates, load_uk_mod_monthly
from warclaims.evidence.general_staff import general_staff_claims, load_general_staff
from warclaims.evidence.oryx import load_oryx_daily, oryx_as_of, oryx_change
from warclaims.evidence.polygons import area_km2, nzz_polygon_areas
from warclaims.evidence.territory import load_area_series, territory_change
from warclaims.ledger import load_claims
from warclaims.schema import TYPED_CLAIMS
from warclaims.units import to_km2

# --- fixtures -------------------------------------------------------------------------------


def test_general_staff_daily_changes_and_falls(fixture_data):
    gs = load_general_staff()
    apc = gs[gs["category"] == "APC"].set_index("date")
    assert apc["daily_change"].tolist()[1:] == [16, -12, 89]
    assert apc.loc["2022-03-03", "falls"]  # the total went down: a correction, flagged
    assert apc.loc["2022-03-03", "maintainer_correction"] == -25
    assert not apc["falls"].drop(pd.Timestamp("2022-03-03")).any()
    personnel = gs[gs["category"] == "personnel"]
    assert personnel["cumulative"].tolist() == [5710, 5840, 9000, 9166]
    assert set(gs.loc[gs["category"] == "military auto", "group"]) == {"vehicles and fuel tanks"}


def test_general_staff_claims_use_the_ledger_schema(fixture_data):
    claims = general_staff_claims()
    TYPED_CLAIMS.validate(claims)
    ledger = load_claims()
    assert list(claims.columns) == list(ledger.columns)
    assert dict(claims.dtypes) == dict(ledger.dtypes)
    tank = claims[(claims["item_class"] == "tank") & (claims["as_of"] == "2022-03-04")].iloc[0]
    assert tank["quantity"] == 251 and tank["claimant"] == "General Staff of the Armed Forces of Ukraine"
    assert tank["metric"] == "equipment_losses" and tank["cumulative"]


def test_bad_date_names_dataset_and_record(as_upstream):
    path = datasets.dataset_file("general-staff-losses", "data/russia_losses_personnel.json")
    records = json.loads(path.read_text())
    records[2]["date"] = "2022-03-32"
    as_upstream("general-staff-losses", "data/russia_losses_personnel.json", json.dumps(records).encode())
    with pytest.raises(DatasetError) as e:
        load_general_staff()
    assert "general-staff-losses" in str(e.value) and "record 2" in str(e.value) and "2022-03-32" in str(e.value)


def test_missing_column_names_dataset(as_upstream):
    path = datasets.dataset_file("liveuamap-area", "territory.csv")
    as_upstream("liveuamap-area", "territory.csv", path.read_text().replace("date,area", "day,area").encode())
    with pytest.raises(DatasetError) as e:
        load_area_series(["liveuamap"])
    assert "liveuamap-area" in str(e.value) and "lacks the column(s) ['date']" in str(e.value)


def test_oryx_cleans_drifting_categories_and_joins_history(fixture_data):
    oryx = load_oryx_daily()
    assert "Surface-To-Air Missile Systems" in set(oryx["category"])
    assert not oryx["category"].str.contains("Losses|All Types|\n").any()
    trucks = oryx[oryx["category"] == "Trucks, Vehicles and Jeeps"]
    assert set(trucks["category_raw"]) == {"Trucks, Vehicles, and Jeeps", "Trucks, Vehicles and Jeeps", "Trucks, Vehicles, Jeeps, and Trains"}
    assert set(trucks["group"]) == {"vehicles and fuel tanks"}
    tanks = oryx[oryx["category"] == "Tanks"]
    # history up to its last day (2022-03-03), then the current file after it
    assert tanks["date"].dt.strftime("%m-%d").tolist() == ["03-01", "03-03", "03-05"]
    assert oryx_as_of(oryx, "2022-03-04").set_index("category").loc["Tanks", "captured"] == 45
    change = oryx_change(oryx, "2022-03-02", "2022-03-05").set_index("category")
    assert change.loc["Tanks", "captured"] == 47 - 40
    assert (oryx["country"] == "Russia").all()


def test_territory_change_per_tracker(fixture_data):
    series = load_area_series()
    assert series.attrs["missing"] == []
    change = territory_change(series, "2022-09-08", "2022-09-10").set_index("tracker")
    assert change.loc["ISW (via The Economist)", "ukraine_gain_km2"] == pytest.approx(100.0)
    assert change.loc["liveuamap", "ukraine_gain_km2"] == pytest.approx(89.5)
    assert change.loc["NZZ", "change_km2"] == pytest.approx(-20.0)


def test_missing_tracker_is_listed_not_fatal(fixture_registry):
    datasets.fetch("nzz-area", mirror=fixture_registry)
    series = load_area_series()
    assert set(series["tracker"]) == {"NZZ"}
    assert any("warclaims fetch isw-area-economist" in m for m in series.attrs["missing"])


def test_polygon_area_matches_geodesic_area():
    box = shapely.box(36.0, 49.0, 37.0, 50.0)
    geodesic = abs(Geod(ellps="WGS84").geometry_area_perimeter(box)[0]) / 1e6
    assert area_km2(box) == pytest.approx(geodesic, rel=1e-4)
    assert 7000 < area_km2(box) < 8200


def test_nzz_polygons(fixture_data):
    areas = nzz_polygon_areas().set_index("date")
    one = area_km2(shapely.box(37.0, 49.0, 37.1, 49.1))
    assert areas.loc["2022-09-08", "held_km2"] == pytest.approx(2 * one, rel=1e-3)
    assert areas.loc["2022-09-09", "map_date"] == pd.Timestamp("2022-09-08")  # republished map
    assert areas.loc["2022-09-10", "russia_lost_km2"] == pytest.approx(one, rel=1e-2)


def test_truncated_geojson_names_file(as_upstream):
    path = datasets.dataset_file("nzz-polygons", "data/2022-09-10.json")
    as_upstream("nzz-polygons", "data/2022-09-10.json", path.read_bytes()[:200])
    with pytest.raises(DatasetError) as e:
        nzz_polygon_areas()
    assert "2022-09-10.json" in str(e.value) and "truncated" in str(e.value)


def test_estimates_are_attributed(fixture_data):
    est = load_casualty_estimates()
    assert est.loc[0, "claimant"] == "UK Ministry of Defence" and est.loc[0, "estimate"] == 11966
    # A published range keeps its ends and gets no midpoint nobody claimed.
    assert pd.isna(est.loc[1, "estimate"]) and (est.loc[1, "low"], est.loc[1, "high"]) == (15000, 20000)
    assert est.loc[1, "shape"] == "range" and est.loc[1, "count_kind"] == "killed"
    assert est.loc[2, "claimant"] == "General Staff of the Armed Forces of Ukraine" and est.loc[2, "warring_party"]
    uk = load_uk_mod_monthly()
    assert uk["cumulative"].tolist() == [11966, 17756]


# --- the real copies ------------------------------------------------------------------------


def test_real_general_staff_matches_the_seed(real_data):
    gs = load_general_staff()
    day = gs[(gs["date"] == "2022-09-11") & (gs["category"] == "personnel")]
    assert day["cumulative"].item() == 52650
    claims = load_claims()
    # The seed report's cumulative personnel figure of 11 September 2022 (the ledger holds many others).
    seed = claims[(claims["source_id"] == "ibt-2022-09-11-kharkiv-counteroffensive") & (claims["metric"] == "personnel_losses")]
    assert seed["quantity"].item() == day["cumulative"].item()
    assert gs["falls"].any()  # corrections exist and are flagged
    # Every running total the ledger credits to the General Staff, read from a report, is the dataset's figure
    # for that day (reports round: "22,000" for 21,900), so a misdated or misread claim shows up here.
    people = gs[gs["category"] == "personnel"].set_index("date")["cumulative"]
    gs_totals = claims[(claims["claimant"] == "General Staff of the Armed Forces of Ukraine") & (claims["metric"] == "personnel_losses")
                       & claims["cumulative"] & claims["as_of"].notna()]
    assert len(gs_totals) > 1
    for _, claim in gs_totals.iterrows():
        reported = people.get(claim["as_of"])
        assert reported is not None and abs(claim["quantity"] - reported) <= 0.01 * reported, (claim["claim_id"], reported)


def test_real_trackers_around_the_seed_claim(real_data):
    series = load_area_series()
    assert set(series["tracker"]) == {"ISW (via The Economist)", "liveuamap", "NZZ"}
    isw = series[series["tracker"] == "ISW (via The Economist)"].set_index("date")["area_km2"]
    assert isw["2022-09-08"] == pytest.approx(127832.03, abs=0.01)
    assert isw["2022-09-10"] == pytest.approx(123520.99, abs=0.01)
    change = territory_change(series, "2022-09-08", "2022-09-10").set_index("tracker")
    assert change.loc["ISW (via The Economist)", "ukraine_gain_km2"] == pytest.approx(4311.04, abs=0.01)
    claim = to_km2(1158, "square miles")
    assert claim == pytest.approx(2999.2, abs=0.1)
    assert len(change) == 3  # every tracker has the same two days


def test_real_oryx_matches_its_own_snapshot(real_data):
    """Oryx's joined daily series on 2022-09-11 equals the totals snapshot taken that day."""
    from conftest import REAL_MIRROR

    snapshot = pd.read_csv(REAL_MIRROR / "scarnecchia+oryx_data/history/totals_by_type_at_82b9ca2_2022-09-11.csv")
    snapshot = snapshot[snapshot["country"] == "Russia"].set_index("equipment_type")
    daily = oryx_as_of(load_oryx_daily(), "2022-09-11").set_index("category")
    for category in ("Tanks", "Infantry Fighting Vehicles", "Trucks, Vehicles and Jeeps"):
        assert daily.loc[category, "total"] == snapshot.loc[category, "type_total"]
        assert daily.loc[category, "captured"] == snapshot.loc[category, "captured"]


def test_real_nzz_polygons_are_consistent(real_data):
    areas = nzz_polygon_areas("2022-08-01", "2022-10-31").set_index("date")
    assert len(areas) == 92
    before, after = areas.loc["2022-09-08"], areas.loc["2022-09-11"]
    # the held area falls by what the 11 September map shows Russia lost minus gained
    assert before["held_km2"] - after["held_km2"] == pytest.approx(after["ukraine_gain_km2"], rel=0.02)
    assert after["ukraine_gain_km2"] > 5000  # the Kharkiv counteroffensive
