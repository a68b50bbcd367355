"""Oryx: equipment losses confirmed by photographs or video.

The repository's current ``daily_count.csv`` lost its early history in 2024; the full
series to 2024 lives in the file as it stood at commit 0de84b1 (dataset
``oryx-losses-history``). The loader joins them: the history file up to its last date, the
current file after it. Category names drift between scrapes (trailing newlines, "Trucks,
Vehicles and Jeeps" and its variants); both the raw and the cleaned name are kept.
"""
from __future__ import annotations

import pandas as pd

from ..datasets import dataset_inputs, is_cached
from ..remembered import while_unchanged
from .crosswalk import category_successions, clean_oryx_category, equipment_crosswalk
from .records import numeric, parse_dates, read_csv_checked

CURRENT = "oryx-losses"
HISTORY = "oryx-losses-history"
STATUSES = ["destroyed", "damaged", "abandoned", "captured"]
COLUMNS = ["country", "equipment_type", *STATUSES, "type_total", "date_recorded"]


def _read(dataset: str) -> pd.DataFrame:
    frame = read_csv_checked(dataset, "daily_count.csv", COLUMNS, dtype=str, keep_default_na=False)
    file = f"{dataset}/daily_count.csv"
    frame["date"] = parse_dates(frame["date_recorded"], dataset, file, fmt="%Y-%m-%d", column="date_recorded")
    for col in [*STATUSES, "type_total"]:
        frame[col] = numeric(frame[col], dataset, file, col)
    frame["dataset"] = dataset
    return frame


@while_unchanged(lambda country="Russia": dataset_inputs(CURRENT, HISTORY))
def load_oryx_daily(country: str | None = "Russia") -> pd.DataFrame:
    """Return Oryx's confirmed losses by date, country and category.

    Parameters
    ----------
    country : str or None
        ``"Russia"``, ``"Ukraine"``, or None for both.

    Returns
    -------
    DataFrame
        ``date``, ``country``, ``category_raw`` (as scraped), ``category`` (cleaned),
        ``group`` and ``item_class`` (crosswalk), the cumulative counts ``destroyed``,
        ``damaged``, ``abandoned``, ``captured`` and ``total``, and ``dataset``. Rows are
        only for dates Oryx recorded a change; use :func:`oryx_as_of` for a given day.
        ``frame.attrs["notes"]`` says when the history file was not available.
    """
    current = _read(CURRENT)
    notes = []
    if is_cached(HISTORY):
        history = _read(HISTORY)
        cutoff = history["date"].max()
        frame = pd.concat([history, current[current["date"] > cutoff]], ignore_index=True)
    else:
        frame = current
        notes.append(f"{HISTORY} is not cached, so dates before mid-2024 are sparse; `warclaims fetch {HISTORY}`")
    frame = frame.rename(columns={"equipment_type": "category_raw", "type_total": "total"})
    frame["category"] = frame["category_raw"].map(clean_oryx_category)
    frame = frame.dropna(subset=["category"])
    cw = equipment_crosswalk()
    cw = cw[cw["oryx_category"] != ""].drop_duplicates("oryx_category").set_index("oryx_category")
    frame["group"] = frame["category"].map(cw["group"])
    frame["item_class"] = frame["category"].map(cw["item_class"])
    if country:
        frame = frame[frame["country"] == country]
    # Several raw spellings of one category can fall on the same day: keep the largest.
    frame = (
        frame.sort_values("total")
        .drop_duplicates(["date", "country", "category"], keep="last")
        .sort_values(["country", "category", "date"])
        .reset_index(drop=True)
    )
    frame.attrs["notes"] = notes
    return frame[["date", "country", "category_raw", "category", "group", "item_class", *STATUSES, "total", "dataset"]]


def oryx_as_of(frame: pd.DataFrame, day) -> pd.DataFrame:
    """Return each category's cumulative counts as they stood on ``day`` (last record on or before).

    Oryx records a category only on days its count changed, so a count is carried forward,
    except once the category was renamed, merged or split (``Naval Ships`` became ``Naval
    Ships and Submarines`` on 2023-09-13): from then on its successors hold its count, and
    carrying the old name forward as well would count the same losses twice.
    """
    day = pd.Timestamp(day)
    upto = frame[frame["date"] <= day]
    latest = upto.sort_values("date").groupby(["country", "category"], as_index=False).last()
    s = category_successions()
    ended = set(s.loc[(s["source"] == "oryx") & (s["from_date"] <= day), "category"])
    return latest[~latest["category"].isin(ended)].reset_index(drop=True)


def oryx_change(frame: pd.DataFrame, start, end) -> pd.DataFrame:
    """Counts added per category between the day before ``start`` and ``end``."""
    before = oryx_as_of(frame, pd.Timestamp(start) - pd.Timedelta(days=1))
    after = oryx_as_of(frame, end)
    # A category renamed inside the window starts from its old name's count, not from zero.
    s = category_successions()
    renamed = s[(s["source"] == "oryx") & (s["successors"].str.len() == 1)]
    for _, r in renamed.iterrows():
        new = r["successors"][0]
        if not (before["category"] == new).any():
            before.loc[before["category"] == r["category"], "category"] = new
    before = before.set_index(["country", "category"])
    after = after.set_index(["country", "category"])
    cols = [*STATUSES, "total"]
    change = after[cols].sub(before[cols].reindex(after.index).fillna(0))
    return after[["group", "item_class"]].join(change).reset_index()

