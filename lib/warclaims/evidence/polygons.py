"""Areas of daily control polygons, measured in an equal-area projection.

Geometry is shapely's and the projection pyproj's: coordinates are projected from WGS 84
to a Lambert azimuthal equal-area projection centred on Ukraine, where planar area is true
area (the distortion that matters for area is zero by construction).

The NZZ files hold three features: the area Russia held unchanged over the map's window
(``nochange``), and the areas Russia gained and lost in that window (``gains``/``losses``,
from Russia's side). The NZZ republishes the same map on days without an update, so areas
are computed once per distinct file content.
"""
from __future__ import annotations

import hashlib
import json
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd
import shapely
from pyproj import Transformer

from ..datasets import dataset_files, dataset_inputs, get
from ..files import replace_atomically
from ..remembered import while_unchanged
from ..paths import dataset_dir
from .records import load_json
from ..errors import DatasetError

NZZ = "nzz-polygons"
DEEPSTATE = "deepstate-polygons"
#: Lambert azimuthal equal-area, centred on Ukraine.
EQUAL_AREA = "+proj=laea +lat_0=48.5 +lon_0=31.5 +x_0=0 +y_0=0 +ellps=WGS84 +units=m +no_defs"


@lru_cache(maxsize=1)
def _transformer() -> Transformer:
    return Transformer.from_crs("EPSG:4326", EQUAL_AREA, always_xy=True)


def area_km2(geometry) -> float:
    """Return the true area of a WGS 84 (lon, lat) shapely geometry in km²."""
    t = _transformer()
    projected = shapely.transform(geometry, lambda xy: np.column_stack(t.transform(xy[:, 0], xy[:, 1])))
    # make_valid: scraped polygons can self-intersect, which would make the area wrong.
    return float(shapely.area(shapely.make_valid(projected))) / 1e6


def _features(payload, dataset: str, file: Path) -> list[dict]:
    collection = payload.get("value", payload) if isinstance(payload, dict) else None
    if not isinstance(collection, dict) or not isinstance(collection.get("features"), list):
        raise DatasetError(f"{file.name} holds no GeoJSON FeatureCollection", dataset=dataset, file=file)
    return collection["features"]


def _geometry(feature: dict, dataset: str, file: Path, i: int):
    try:
        return shapely.geometry.shape(feature["geometry"])
    except (KeyError, TypeError, ValueError, shapely.errors.GEOSException) as e:
        raise DatasetError(f"{file.name}: feature {i} has no readable geometry ({e})", dataset=dataset, file=file, record=i) from None


def _nzz_file_areas(dataset: str, file: Path) -> dict:
    feats = _features(load_json(dataset, file), dataset, file)
    areas = {"nochange": 0.0, "gains": 0.0, "losses": 0.0}
    props = {}
    for i, feat in enumerate(feats):
        p = feat.get("properties") or {}
        kind = p.get("type")
        if kind not in areas:
            raise DatasetError(f"{file.name}: feature {i} has type {kind!r}, expected nochange, gains or losses", dataset=dataset, file=file, record=i)
        areas[kind] += area_km2(_geometry(feat, dataset, file, i))
        props = p
    return {
        "map_date": props.get("date"),
        "window_from": props.get("_datefrom"),
        "window_to": props.get("_dateto"),
        "held_km2": areas["nochange"] + areas["gains"],
        "russia_gained_km2": areas["gains"],
        "russia_lost_km2": areas["losses"],
    }


AREAS_FILE = "_areas.json"


def _remembered_areas() -> dict:
    # Areas already measured, keyed by file checksum: a file's area never changes, and
    # measuring 92 days of polygons is most of the territory notebook's work.
    path = dataset_dir(NZZ) / AREAS_FILE
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def _remember_areas(areas: dict) -> None:
    try:
        replace_atomically(dataset_dir(NZZ) / AREAS_FILE, json.dumps(areas).encode("utf-8"))
    except OSError:
        pass  # a read-only cache only costs the time to measure again


def nzz_polygon_areas(start=None, end=None) -> pd.DataFrame:
    """Return the NZZ map's areas for each daily file between ``start`` and ``end``.

    Returns
    -------
    DataFrame
        ``date`` (the file's day), ``map_date`` (the day the map shows), ``window_from``/
        ``window_to`` (the window its gains and losses cover), ``held_km2`` (area held by
        Russia on ``map_date``), ``russia_gained_km2``, ``russia_lost_km2``, and
        ``ukraine_gain_km2`` (what Russia lost minus what it gained in the window).
    """
    ds = get(NZZ)
    local = dataset_files(NZZ)
    rows, seen = [], _remembered_areas()
    known = len(seen)
    for f in ds.files:
        if f.path not in local:
            continue  # a day not fetched (see warclaims.dataset_days.day_status)
        day = pd.Timestamp(Path(f.path).stem)
        if (start is not None and day < pd.Timestamp(start)) or (end is not None and day > pd.Timestamp(end)):
            continue
        file = local[f.path]
        key = f.sha256 or hashlib.sha256(file.read_bytes()).hexdigest()
        if key not in seen:
            seen[key] = _nzz_file_areas(NZZ, file)
        rows.append({"date": day, **seen[key]})
    if len(seen) > known:
        _remember_areas(seen)
    frame = pd.DataFrame(rows)
    if frame.empty:
        return frame
    for col in ("map_date", "window_from", "window_to"):
        frame[col] = pd.to_datetime(frame[col], format="%Y-%m-%d")
    frame["ukraine_gain_km2"] = frame["russia_lost_km2"] - frame["russia_gained_km2"]
    frame["dataset"] = NZZ
    return frame


def nzz_held(dataset: str, file: Path) -> dict:
    """Read one day of the NZZ map as the areas Russia held, for place checks.

    Returns
    -------
    dict
        ``held``: the polygons Russia held on the map's date (its ``nochange`` and ``gains``
        features, as single polygons); ``lost``: the polygons Russia lost in the map's window
        (held by Ukraine on the map's date); ``map_date``: the date the map shows (the NZZ
        republishes a map on days without an update, so it can be older than the file).
    """
    feats = _features(load_json(dataset, file), dataset, file)
    held, lost, map_date = [], [], None
    for i, feat in enumerate(feats):
        p = feat.get("properties") or {}
        kind = p.get("type")
        if kind not in ("nochange", "gains", "losses"):
            raise DatasetError(f"{file.name}: feature {i} has type {kind!r}, expected nochange, gains or losses", dataset=dataset, file=file, record=i)
        parts = shapely.get_parts(_geometry(feat, dataset, file, i))
        (lost if kind == "losses" else held).extend(parts)
        map_date = p.get("date") or map_date
    return {"held": held, "lost": lost, "map_date": map_date}


def deepstate_held(dataset: str, file: Path) -> dict:
    """Read one day of DeepStateMap as the areas Russia held (its one MultiPolygon), as :func:`nzz_held`."""
    feats = _features(load_json(dataset, file), dataset, file)
    held = [part for i, feat in enumerate(feats) for part in shapely.get_parts(_geometry(feat, dataset, file, i))]
    return {"held": held, "lost": [], "map_date": None}


def deepstate_areas() -> pd.DataFrame:
    """Return the occupied area in each cached DeepStateMap file: ``date``, ``held_km2``."""
    rows = []
    for file in dataset_files(DEEPSTATE).values():
        feats = _features(load_json(DEEPSTATE, file), DEEPSTATE, file)
        total = sum(area_km2(_geometry(feat, DEEPSTATE, file, i)) for i, feat in enumerate(feats))
        rows.append({"date": pd.Timestamp(file.stem.rsplit("_", 1)[-1]), "held_km2": total, "dataset": DEEPSTATE})
    return pd.DataFrame(rows)


@while_unchanged(lambda start=None, end=None: dataset_inputs(NZZ))
def nzz_polygon_series(start=None, end=None) -> pd.DataFrame:
    """The NZZ polygons' held area as a tracker series (see :mod:`.territory`)."""
    areas = nzz_polygon_areas(start, end)
    if areas.empty:
        return pd.DataFrame(columns=["date", "tracker", "area_km2", "dataset"])
    return pd.DataFrame(
        {"date": areas["date"], "tracker": "NZZ polygons (measured here)", "area_km2": areas["held_km2"], "dataset": NZZ}
    )
