"""Places on the map: point-in-polygon control, verdicts on claims of places changing hands,
days fetched one at a time, and the seed's places on the NZZ map."""
from __future__ import annotations

import hashlib
import json
from datetime import date

import numpy as np
import pandas as pd
import pytest
import shapely

from warclaims import dataset_days, datasets
from warclaims.errors import DatasetError
from warclaims.evidence import place_control as pc
from warclaims.evidence import registry

# --- small hand-written maps --------------------------------------------------------------
# Russian-held: a square 37.0-37.4 E x 49.0-49.4 N with a hole 37.1-37.2 x 49.1-49.2.
# On 11 Sep it shrinks to 37.0-37.25 (Russia lost the strip 37.25-37.4, drawn as "losses").
SQUARE = [[37.0, 49.0], [37.4, 49.0], [37.4, 49.4], [37.0, 49.4], [37.0, 49.0]]
HOLE = [[37.1, 49.1], [37.2, 49.1], [37.2, 49.2], [37.1, 49.2], [37.1, 49.1]]
SHRUNK = [[37.0, 49.0], [37.25, 49.0], [37.25, 49.4], [37.0, 49.4], [37.0, 49.0]]
STRIP = [[37.25, 49.0], [37.4, 49.0], [37.4, 49.4], [37.25, 49.4], [37.25, 49.0]]

POINTS = {
    "Inside": (37.3, 49.3),  # held, then lost on 11 Sep
    "Hole": (37.15, 49.15),  # in the hole: never held
    "Edge": (37.0, 49.3),  # exactly on the western edge: counts as held
    "Hole edge": (37.1, 49.15),  # on the hole's edge: the polygon's boundary, so held
    "Outside": (37.6, 49.2),  # never held
}


def _nzz_file(held: list, lost: list | None, map_date: str) -> bytes:
    feats = [{"type": "Feature", "properties": {"type": "nochange", "date": map_date}, "geometry": {"type": "Polygon", "coordinates": held}}]
    if lost:
        feats.append({"type": "Feature", "properties": {"type": "losses", "date": map_date}, "geometry": {"type": "Polygon", "coordinates": lost}})
    return json.dumps({"value": {"type": "FeatureCollection", "features": feats}}).encode()


FIRST = _nzz_file([SQUARE, HOLE], None, "2022-09-08")
LATER = _nzz_file([SHRUNK, HOLE], [STRIP], "2022-09-11")
#: day -> file bytes. 10 Sep is not published at all; 12 Sep is published but the tests
#: leave it out of the cache.
DAYS = {"2022-09-08": FIRST, "2022-09-09": FIRST, "2022-09-11": LATER, "2022-09-12": LATER, "2022-09-13": LATER}


@pytest.fixture
def toy_dataset(tmp_path, monkeypatch):
    """A daily control-polygon dataset 'toy-polygons' in a tmp mirror, with its sidecar."""
    mirror = tmp_path / "mirror"
    folder = mirror / "example+toy-maps" / "data"
    folder.mkdir(parents=True)
    files = []
    for day, data in DAYS.items():
        (folder / f"{day}.json").write_bytes(data)
        files.append({"path": f"data/{day}.json", "sha256": hashlib.sha256(data).hexdigest()})
    sidecars = tmp_path / "sidecars"
    sidecars.mkdir()
    spec = {
        "name": "toy-polygons", "title": "Toy control polygons", "repository": "example/toy-maps",
        "address": "https://github.com/example/toy-maps", "commit": "0" * 40, "licence": "CC0",
        "redistribution": True, "evidence": "mapped_control", "claimant": "Toy", "description": "Test maps.",
        "loader": "warclaims.evidence.polygons:nzz_polygon_series",
        "control": {"reader": "warclaims.evidence.polygons:nzz_held", "side": "russia"},
        "by_day": {"pattern": r"data/(?P<day>\d{4}-\d{2}-\d{2})\.json", "format": "%Y-%m-%d", "default": [["2022-09-08", "2022-09-09"]]},
        "files": files,
    }
    (sidecars / "toy-polygons.json").write_text(json.dumps(spec))
    monkeypatch.setattr(datasets, "SIDECARS", sidecars)
    monkeypatch.setattr(datasets, "LOCK_FILE", tmp_path / "datasets.lock.json")
    pc._read_map.cache_clear()
    return mirror


def _places(**extra) -> pd.DataFrame:
    rows = [{"place": n, "kind": "settlement", "oblast_iso": "UA-63", "latitude": lat, "longitude": lon, "precision": "exact"}
            for n, (lon, lat) in POINTS.items()]
    rows.append({"place": "Nowhere", "kind": "settlement", "oblast_iso": "UA-63", "latitude": np.nan, "longitude": np.nan, "precision": "exact"})
    rows.append({"place": "Twin", "kind": "settlement", "oblast_iso": "UA-63", "latitude": 49.3, "longitude": 37.3, "precision": "ambiguous"})
    rows.append({"place": "Twin (East)", "kind": "settlement", "oblast_iso": "UA-63", "latitude": 49.3, "longitude": 37.3, "precision": "exact"})
    rows.append({"place": "Twin (West)", "kind": "settlement", "oblast_iso": "UA-63", "latitude": 49.2, "longitude": 36.5, "precision": "exact"})
    rows.append({"place": "Region", "kind": "oblast", "oblast_iso": "UA-63", "latitude": 49.3, "longitude": 37.3, "precision": "approximate"})
    rows.append({"place": "Over the border", "kind": "settlement", "oblast_iso": "RU-BEL", "latitude": 50.6, "longitude": 36.6, "precision": "exact"})
    return pd.DataFrame(rows)


def _claim(cid, place, day, metric="settlements_retaken", subject="ukraine", evidence="", claimant="Claimant"):
    return {"claim_id": cid, "claimant": claimant, "claimant_side": subject, "metric": metric, "subject_side": subject,
            "evidence": evidence, "place": place, "date": pd.Timestamp(day), "source_url": "https://example.org/report"}


def _check(toy_dataset, claims, **kw):
    dataset_days.fetch_days("toy-polygons", [date(2022, 9, d) for d in (8, 9, 11, 13)], mirror=toy_dataset)
    return pc.check_claims(pd.DataFrame(claims), _places(), "toy-polygons", days_before=2, days_after=5, **kw)


# --- points on one map -------------------------------------------------------------------

def test_point_in_polygon_edges_and_holes():
    m = pc.build_map([shapely.Polygon(SQUARE, [HOLE])])
    pts = shapely.points([POINTS[n] for n in POINTS])
    held = dict(zip(POINTS, m.held_mask(pts)))
    assert held == {"Inside": True, "Hole": False, "Edge": True, "Hole edge": True, "Outside": False}
    assert m.edge_km(shapely.Point(POINTS["Edge"])) == pytest.approx(0.0, abs=1e-6)
    # 0.2 degrees of longitude east of the square's edge, at 49.2 N: about 14.5 km.
    assert m.edge_km(shapely.Point(POINTS["Outside"])) == pytest.approx(14.55, abs=0.1)


def test_multipolygons_are_split_and_an_empty_map_holds_nothing():
    m = pc.build_map([shapely.MultiPolygon([shapely.Polygon(SQUARE), shapely.Polygon([[38, 48], [38.1, 48], [38.1, 48.1], [38, 48]])])])
    assert len(m.held) == 2
    assert m.held_mask(shapely.points([(38.05, 48.02), (36, 48)])).tolist() == [True, False]
    assert pc.build_map([]).held_mask(shapely.points([(37.3, 49.3)])).tolist() == [False]


# --- verdict logic on a series ------------------------------------------------------------

def _series(**sides) -> pd.Series:
    return pd.Series({pd.Timestamp(f"2022-09-{d[1:]}"): s for d, s in sides.items()})


@pytest.mark.parametrize("series, claimed, expected", [
    (_series(d10="ukraine", d11="ukraine"), "ukraine", {"verdict": pc.CONFIRMED, "lag_days": 0, "lag_upper_bound": False}),
    (_series(d11="russia", d12="russia", d14="ukraine"), "ukraine", {"verdict": pc.CONFIRMED_LATER, "lag_days": 3, "lag_upper_bound": False}),
    (_series(d11="no map", d12="no map", d13="ukraine"), "ukraine", {"verdict": pc.CONFIRMED_LATER, "lag_days": 2, "lag_upper_bound": True}),
    (_series(d11="russia", d12="russia", d13="no map", d15="russia"), "ukraine", {"verdict": pc.CONTRADICTED, "other_side_days": 3}),
    (_series(d09="russia", d11="no map", d12="no map"), "ukraine", {"verdict": pc.NOT_CHECKABLE}),
])
def test_verdict_table(series, claimed, expected):
    got = pc.verdict(series, claimed, "2022-09-11")
    assert {k: got[k] for k in expected} == expected


def test_confirmed_when_the_map_moved_before_the_claim_says_so():
    got = pc.verdict(_series(d08="russia", d09="ukraine", d10="ukraine", d11="ukraine"), "ukraine", "2022-09-11")
    assert got["verdict"] == pc.CONFIRMED and got["held_from"] == pd.Timestamp("2022-09-09")
    assert "held by Ukraine from 09 Sep 2022, before the claim" in got["note"]


def test_which_claims_are_about_a_change_of_control():
    assert pc.is_change_of_control({"metric": "settlements_retaken", "evidence": ""})
    assert pc.is_change_of_control({"metric": "territory_gained", "evidence": "Ukrainian troops liberated the village"})
    assert not pc.is_change_of_control({"metric": "territory_gained", "evidence": "advanced 3 km"})
    assert not pc.is_change_of_control({"metric": "vehicles_captured", "evidence": "captured five tanks in the town"})
    assert not pc.is_change_of_control({"metric": "personnel_fled", "evidence": "soldiers fled the village"})
    assert pc.claimed_holder({"metric": "territory_lost", "subject_side": "russia"}) == "ukraine"
    assert pc.claimed_holder({"metric": "settlements_retaken", "subject_side": "unknown"}) is None


# --- whole checks against a fixture dataset ------------------------------------------------

def test_check_claims_against_fixture_maps(toy_dataset):
    claims = [
        _claim("later", "Inside", "2022-09-08"),  # Russia holds it to 9 Sep; 11 Sep shows it lost
        _claim("on-date", "Hole", "2022-09-08"),
        _claim("edge", "Edge", "2022-09-09", subject="russia"),
        _claim("contradicted", "Outside", "2022-09-09", subject="russia"),
        _claim("no-coordinates", "Nowhere", "2022-09-09"),
        _claim("unknown-place", "Atlantis", "2022-09-09"),
        _claim("no-maps", "Inside", "2022-09-25"),
        _claim("context", "Inside", "2022-09-11", metric="vehicles_fled", subject="russia"),
        _claim("twin", "Twin", "2022-09-11"),
        _claim("region", "Region", "2022-09-11"),
        _claim("russia", "Over the border", "2022-09-11"),
        _claim("who", "Inside", "2022-09-11", subject="unknown"),
    ]
    result = _check(toy_dataset, claims)
    rows = result.checks.set_index(["claim_id", "place"])

    later = rows.loc[("later", "Inside")]
    assert later["verdict"] == pc.CONFIRMED_LATER and later["lag_days"] == 3
    assert later["lag_upper_bound"]  # 10 Sep is not published
    assert "2022-09-10 (not published)" in later["days_without_map"]
    assert later["side_on_date"] == "russia"

    assert rows.loc[("on-date", "Hole"), "verdict"] == pc.CONFIRMED
    edge = rows.loc[("edge", "Edge")]
    assert edge["verdict"] == pc.CONFIRMED and edge["edge_km"] == 0.0

    contra = rows.loc[("contradicted", "Outside")]
    assert contra["verdict"] == pc.CONTRADICTED
    # Maps of 9, 11 and 13 Sep show Ukraine holding it; 12 Sep is published but not cached.
    assert contra["other_side_days"] == 3 and contra["other_side_through"] == pd.Timestamp("2022-09-13")
    assert "2022-09-12 (not cached)" in contra["days_without_map"]

    nowhere = rows.loc[("no-coordinates", "Nowhere")]
    assert nowhere["verdict"] == pc.NOT_CHECKABLE and "no coordinates" in nowhere["note"]
    assert rows.loc[("unknown-place", "Atlantis"), "verdict"] == pc.NOT_CHECKABLE
    gap = rows.loc[("no-maps", "Inside")]
    assert gap["verdict"] == pc.NOT_CHECKABLE and gap["side_on_date"] == pc.NO_MAP

    context = rows.loc[("context", "Inside")]
    assert context["check"] == pc.CONTEXT and context["verdict"] is None
    assert context["side_on_date"] == "ukraine" and context["side_before"] == "russia"
    assert "Russia held it 09 Sep" in context["note"] and "Ukraine held it 11 Sep to 13 Sep" in context["note"]

    twin = result.checks[result.checks["claim_id"] == "twin"].set_index("place")
    assert twin.loc["Twin", "verdict"] == pc.NOT_CHECKABLE and "several places" in twin.loc["Twin", "note"]
    assert twin.loc["Twin (East)", "check"] == pc.CONTEXT and twin.loc["Twin (East)", "candidate_of"] == "Twin"
    assert twin.loc["Twin (East)", "side_on_date"] == "ukraine" and twin.loc["Twin (West)", "side_on_date"] == "ukraine"
    assert "region" in rows.loc[("region", "Region"), "note"]
    assert "Russia" in rows.loc[("russia", "Over the border"), "note"]
    assert "does not say" in rows.loc[("who", "Inside"), "note"]

    timeline = result.timeline.set_index(["place", "day"])
    assert timeline.loc[("Inside", pd.Timestamp("2022-09-11")), "lost_in_map_window"]
    assert timeline.loc[("Inside", pd.Timestamp("2022-09-10")), "status"] == dataset_days.NOT_PUBLISHED
    assert timeline.loc[("Inside", pd.Timestamp("2022-09-12")), "status"] == dataset_days.NOT_CACHED


def test_every_map_of_the_registry_is_checked(toy_dataset):
    dataset_days.fetch_days("toy-polygons", ["2022-09-08"], mirror=toy_dataset)
    got = pc.check_against_every_map(pd.DataFrame([_claim("a", "Inside", "2022-09-08")]), _places(), days_before=0, days_after=1)
    assert list(got) == ["toy-polygons"]
    row = got["toy-polygons"].checks.iloc[0]
    assert row["verdict"] == pc.CONTRADICTED and row["days_without_map"] == ["2022-09-09 (not cached)"]


def test_a_map_republished_unchanged_is_read_once(toy_dataset):
    dataset_days.fetch_days("toy-polygons", ("2022-09-08", "2022-09-13"), mirror=toy_dataset)
    maps, status = pc.maps_for_days("toy-polygons", "2022-09-08", "2022-09-13")
    assert maps[date(2022, 9, 8)] is maps[date(2022, 9, 9)]
    assert maps[date(2022, 9, 11)] is maps[date(2022, 9, 13)]
    assert dict(status)[date(2022, 9, 10)] == dataset_days.NOT_PUBLISHED


# --- days fetched one at a time ----------------------------------------------------------

def test_fetch_days_only_the_window_and_with_checksums(toy_dataset):
    assert not datasets.is_cached("toy-polygons")
    datasets.fetch("toy-polygons", mirror=toy_dataset)  # the default days
    assert datasets.is_cached("toy-polygons")
    assert sorted(dataset_days.cached_days("toy-polygons")) == [date(2022, 9, 8), date(2022, 9, 9)]
    got = dataset_days.fetch_days("toy-polygons", ("2022-09-08", "2022-09-12"), mirror=toy_dataset)
    assert got.kept == [date(2022, 9, 8), date(2022, 9, 9)] and got.fetched == [date(2022, 9, 11), date(2022, 9, 12)]
    status = dict(dataset_days.day_status("toy-polygons", "2022-09-10", "2022-09-14"))
    assert status == {date(2022, 9, 10): "not published", date(2022, 9, 11): "cached", date(2022, 9, 12): "cached",
                      date(2022, 9, 13): "not cached", date(2022, 9, 14): "not published"}
    # A day whose file was altered upstream is refused, and the cache keeps what it had.
    (toy_dataset / "example+toy-maps" / "data" / "2022-09-13.json").write_bytes(FIRST + b" ")
    with pytest.raises(DatasetError, match="failed its checksum"):
        dataset_days.fetch_days("toy-polygons", ["2022-09-13"], mirror=toy_dataset, strict=False)
    assert date(2022, 9, 13) not in dataset_days.cached_days("toy-polygons")
    assert len(dataset_days.cached_days("toy-polygons")) == 4


def test_a_day_missing_from_the_mirror_is_reported_or_refused(toy_dataset):
    (toy_dataset / "example+toy-maps" / "data" / "2022-09-13.json").unlink()
    got = dataset_days.fetch_days("toy-polygons", ("2022-09-11", "2022-09-13"), mirror=toy_dataset, strict=False)
    assert got.fetched == [date(2022, 9, 11), date(2022, 9, 12)] and list(got.missing) == [date(2022, 9, 13)]
    with pytest.raises(datasets.DatasetMissingError, match="not in the mirror"):
        dataset_days.fetch_days("toy-polygons", ["2022-09-13"], mirror=toy_dataset)


def test_pin_from_a_file_list(toy_dataset, tmp_path):
    listing = tmp_path / "FILE_LIST.txt"
    listing.write_text("README.md  " + "a" * 64 + "\n" + "data/2022-09-14.json  " + "b" * 64 + "\n" + "data/2022-09-08.json  " + "c" * 64 + "\n")
    assert dataset_days.pin_from_file_list("toy-polygons", listing) == 2
    assert [f.path for f in datasets.get("toy-polygons").files] == ["data/2022-09-08.json", "data/2022-09-14.json"]
    listing.write_text("data/2022-09-08.json  not-a-checksum\n")
    with pytest.raises(DatasetError, match="line 1|SHA-256"):
        dataset_days.pin_from_file_list("toy-polygons", listing)


# --- the registry ------------------------------------------------------------------------

def test_the_registry_lists_control_datasets_trackers_and_loaders():
    assert set(registry.control_datasets()) == {"nzz-polygons", "deepstate-polygons"}
    from warclaims.evidence.territory import TRACKERS

    assert set(TRACKERS) == {"ISW (via The Economist)", "liveuamap", "NZZ"} == set(registry.trackers())
    for ds in datasets.registry().values():
        assert ds.loader, f"{ds.name} names no loader"
        for spec in ([ds.loader] if isinstance(ds.loader, str) else ds.loader):
            assert callable(registry.resolve(spec))
    # Every polygon dataset is pinned whole, one file per day, and its days read back.
    for name in registry.control_datasets():
        days = dataset_days.files_by_day(name)
        assert len(days) == len(datasets.get(name).files)
        assert dataset_days.default_days(name)


# --- the seed against the real NZZ maps ---------------------------------------------------

def test_seed_places_on_the_nzz_map(real_data):
    """What the NZZ map showed for Borshchova, Artemivka and Svatove, 5 to 20 Sep 2022."""
    from warclaims import load_claims
    from warclaims.places import load_places

    claims = load_claims()
    seed = claims[claims["source_id"] == "ibt-2022-09-11-kharkiv-counteroffensive"]
    result = pc.check_claims(seed, load_places(), "nzz-polygons", days_before=6, days_after=9)
    timeline = result.timeline[(result.timeline["day"] >= "2022-09-05") & (result.timeline["day"] <= "2022-09-20")]
    sides = {p: g.set_index("day")["side"] for p, g in timeline.groupby("place")}
    # Svatove: Russian-held on every map of the window (troops fleeing is not the town lost).
    assert set(sides["Svatove"]) == {"russia"} and len(sides["Svatove"]) == 16
    # Borshchova is two villages; the one near Pechenihy was Russian-held to 10 Sep and lost
    # on the map of 11 Sep (the day of the General Staff's report); the one north of Kharkiv
    # was not Russian-held on the NZZ map at all.
    chuhuiv = sides["Borshchova (Chuhuiv Raion)"]
    assert set(chuhuiv[:"2022-09-10"]) == {"russia"} and set(chuhuiv["2022-09-11":]) == {"ukraine"}
    assert set(sides["Borshchova (Kharkiv Raion)"]) == {"ukraine"}
    checks = result.checks
    assert not checks["check"].eq(pc.VERDICT).any() or set(checks.loc[checks["check"] == pc.VERDICT, "verdict"]) == {pc.NOT_CHECKABLE}
    ambiguous = checks[checks["place"].isin(["Borshchova", "Artemivka"])]
    assert len(ambiguous) and ambiguous["side_on_date"].isna().all() and ambiguous["note"].str.contains("several places").all()
    assert "Artemivka" not in sides  # ambiguous, no candidates known: not checked
    assert (checks.loc[checks["place"] == "Svatove", "side_on_date"] == "russia").all()
    assert result.checks["days_without_map"].map(len).eq(0).all()


# --- the notebook's own parameters --------------------------------------------------------

@pytest.mark.parametrize("args, parameter", [
    (("isw-area-economist", "", 14, False), "polygons"),
    (("nzz-polygons", "11 Sep", 14, False), "map_day"),
    (("nzz-polygons", "", -1, False), "days_after"),
    (("nzz-polygons", "", "14", False), "days_after"),
    (("nzz-polygons", "", 14, "yes"), "fetch_days"),
])
def test_place_parameters_are_checked_by_name(args, parameter):
    from warclaims.errors import ParameterError
    from warclaims.views.places import check_place_parameters

    with pytest.raises(ParameterError) as e:
        check_place_parameters(*args)
    assert e.value.context["parameter"] == parameter
    assert check_place_parameters("deepstate-polygons", "2024-07-08", 0, True)[1] == pd.Timestamp("2024-07-08")


def test_timeline_draws_one_bar_per_run_of_days():
    # A whole-war strip is thousands of days; it is drawn as runs, broken where the side
    # changes or a day is missing, so no day is drawn as held that the table does not hold.
    from warclaims.views.places import _runs
    days = pd.to_datetime(["2022-09-08", "2022-09-09", "2022-09-10", "2022-09-11", "2022-09-13"])
    t = pd.DataFrame({"day": days, "side": ["russia", "russia", "ukraine", "ukraine", "ukraine"]})
    assert _runs(t.iloc[::-1]) == [("russia", days[0], days[1]), ("ukraine", days[2], days[3]), ("ukraine", days[4], days[4])]
    assert _runs(t.iloc[:0]) == []


def test_crowded_place_labels_never_print_over_each_other():
    # Ten places in a close diagonal row: markers apart, but not room for every name.
    import matplotlib.pyplot as plt

    pts = pd.DataFrame({"place": [f"Village {i}" for i in range(10)], "longitude": [37.0 + 0.3 * i for i in range(10)],
                        "latitude": [48.0 + 0.3 * i for i in range(10)]})
    fig, ax = plt.subplots(figsize=(6, 5))
    ax.set_xlim(30, 40)
    ax.set_ylim(44, 52)
    from warclaims.views import places

    key = places._label_places(ax, pts, {"Village 0": "russia"})
    labels = [t for t in ax.texts]
    boxes = [t.get_window_extent(fig.canvas.get_renderer()) for t in labels]
    assert len(labels) == 10 and 1 <= len(key) < 10
    assert key[0].startswith("1 Village") and all(k.split(" ", 1)[1] in set(pts["place"]) | {"Village 0 (Russia-held)"} for k in key)
    named = [t.get_text() for t in labels if not t.get_text().isdigit()]
    assert "Village 0\n(Russia-held)" in named  # the side the map gives, where there is room
    names = [(t.get_text(), b) for t, b in zip(labels, boxes) if not t.get_text().isdigit()]
    assert not [(a, b) for i, (a, ba) in enumerate(names) for b, bb in names[i + 1:] if ba.overlaps(bb)]
    # Every place is named on the map or numbered and keyed (a number may sit on a name only
    # when no spot around its marker is free).
    keyed = {k.split(" ", 1)[1].replace(" (Russia-held)", "") for k in key}
    assert {n.split("\n")[0] for n, _ in names} | keyed == set(pts["place"])
    plt.close(fig)


def test_scale_bar_and_names_keep_clear_of_the_places():
    # Places in the map's lower-left corner, where the scale bar would go: the bar moves to a
    # free corner, and no name is printed over the bar or the north arrow.
    import matplotlib.pyplot as plt
    from warclaims.views import places

    pts = pd.DataFrame({"place": [f"Village {i}" for i in range(6)], "longitude": [30.6 + 0.5 * i for i in range(6)],
                        "latitude": [44.6 + 0.05 * i for i in range(6)]})
    fig, ax = plt.subplots(figsize=(8, 6))
    places._frame(ax, (30, 40, 44, 52), pts[["longitude", "latitude"]].to_numpy())
    bar = ax.warclaims_furniture[0]
    xs, ys = bar.get_data()
    assert not ((pts["longitude"] >= min(xs) - 0.3) & (pts["longitude"] <= max(xs) + 0.3) & (abs(pts["latitude"] - ys[0]) < 0.4)).any()
    before = len(ax.texts)
    places._label_places(ax, pts, {})
    renderer = fig.canvas.get_renderer()
    furniture = [a.get_window_extent(renderer) for a in ax.warclaims_furniture]
    names = [t.get_window_extent(renderer) for t in ax.texts[before:]]
    assert names and not any(n.overlaps(f) for n in names for f in furniture)
    plt.close(fig)
