"""Area under Russian control over time, by tracker, in km².

Trackers draw the line differently and count different baselines (liveuamap's and the
NZZ's series include Crimea and the parts of Donbas held before 2022), so absolute areas
differ; changes over the same days are comparable. Nothing is averaged: each tracker
stays a separate series, named. How far each series can be trusted on a given day (spikes,
stale stretches, unconfirmed jumps) and which trackers derive from which is judged in
:mod:`.tracker_quality`.
"""
from __future__ import annotations

import pandas as pd

from ..datasets import DatasetMissingError, dataset_inputs, get, how_to_get
from ..remembered import while_unchanged
from .records import numeric, parse_dates, read_csv_checked
from .registry import trackers

#: tracker name -> (dataset, file, date column, area column, factor to km²), from the
#: sidecars' ``tracker`` entries (see :mod:`.registry`).
TRACKERS = trackers()


def load_tracker(tracker: str) -> pd.DataFrame:
    """Return one tracker's daily series: ``date``, ``tracker``, ``area_km2``, ``dataset``."""
    dataset, path, date_col, area_col, factor = TRACKERS[tracker]
    frame = read_csv_checked(dataset, path, [date_col, area_col], dtype=str, keep_default_na=False)
    file = f"{dataset}/{path}"
    dates = parse_dates(frame[date_col].str.slice(0, 10), dataset, file, fmt="%Y-%m-%d", column=date_col)
    area = numeric(frame[area_col], dataset, file, area_col) * factor
    out = pd.DataFrame({"date": dates, "tracker": tracker, "area_km2": area, "dataset": dataset})
    return out.dropna(subset=["area_km2"]).sort_values("date").reset_index(drop=True)


@while_unchanged(lambda trackers=None: dataset_inputs(*(TRACKERS[t][0] for t in trackers or TRACKERS)))
def load_area_series(trackers: list[str] | None = None) -> pd.DataFrame:
    """Return every available tracker's series, stacked; missing datasets are listed, not fatal.

    Returns
    -------
    DataFrame
        ``date``, ``tracker``, ``area_km2``, ``dataset``. ``frame.attrs["missing"]`` holds a
        sentence per tracker whose dataset is not cached, saying how to get it.
    """
    frames, missing = [], []
    for tracker in trackers or list(TRACKERS):
        try:
            frames.append(load_tracker(tracker))
        except DatasetMissingError:
            missing.append(f"{tracker}: {how_to_get(TRACKERS[tracker][0])}")
    frame = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=["date", "tracker", "area_km2", "dataset"])
    frame.attrs["missing"] = missing
    return frame


def territory_change(series: pd.DataFrame, start, end) -> pd.DataFrame:
    """Change in Russian-held area per tracker between two days.

    The change is the area on ``end`` minus the area on ``start`` (each the tracker's last
    reading on or before that day). A claim of territory retaken by Ukraine "between
    Thursday and Saturday" is compared with ``ukraine_gain_km2`` over the same two days.

    Returns
    -------
    DataFrame
        One row per tracker: ``tracker``, ``dataset``, ``start_reading``, ``end_reading``
        (the dates actually used), ``area_start_km2``, ``area_end_km2``, ``change_km2``
        (Russian-held area, end minus start) and ``ukraine_gain_km2`` (its negative).
    """
    start, end = pd.Timestamp(start), pd.Timestamp(end)
    rows = []
    for tracker, one in series.groupby("tracker", sort=False):
        a = one[one["date"] <= start].tail(1)
        b = one[one["date"] <= end].tail(1)
        if a.empty or b.empty:
            continue
        change = float(b["area_km2"].iloc[0] - a["area_km2"].iloc[0])
        rows.append(
            {
                "tracker": tracker,
                "dataset": one["dataset"].iloc[0],
                "start_reading": a["date"].iloc[0],
                "end_reading": b["date"].iloc[0],
                "area_start_km2": float(a["area_km2"].iloc[0]),
                "area_end_km2": float(b["area_km2"].iloc[0]),
                "change_km2": change,
                "ukraine_gain_km2": -change,
            }
        )
    columns = ["tracker", "dataset", "start_reading", "end_reading", "area_start_km2", "area_end_km2", "change_km2", "ukraine_gain_km2"]
    return pd.DataFrame(rows, columns=columns)


def tracker_credit(tracker: str) -> str:
    """Source line for a tracker: its dataset's title, repository and commit."""
    return get(TRACKERS[tracker][0]).source_line()
