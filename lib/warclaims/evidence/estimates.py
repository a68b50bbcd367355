"""Other claimants' casualty figures: The Economist's table of estimates, and the UK MoD's.

Each estimate is attributed to its source as The Economist recorded it; sources that are
ledger claimants (the UK Ministry of Defence, Ukraine's armed forces, Russia's MoD) are
mapped to the ledger's canonical names so they line up with other claims.
"""
from __future__ import annotations

import pandas as pd

from ..claimants import resolve_claimant
from ..datasets import dataset_inputs
from ..errors import DatasetError
from ..remembered import while_unchanged
from .records import numeric, parse_dates, read_csv_checked

DATASET = "casualty-estimates-economist"
#: The table's "type" in the ledger's count_kind words.
COUNT_KINDS = {"deaths": "killed", "casualties": "casualties"}
BASE = "source-data/deaths-and-casualties-data/"
ESTIMATES = BASE + "Soldier deaths_casualties in Ukraine - estimates.csv"
UK_MONTHLY = BASE + "Soldier deaths_casualties in Ukraine - uk mod month-by-month estimates.csv"


@while_unchanged(lambda: dataset_inputs(DATASET))
def load_casualty_estimates() -> pd.DataFrame:
    """Return estimates of soldiers killed or wounded as published, one row per estimate.

    Returns
    -------
    DataFrame
        ``date``, ``claimant`` (canonical where the source is a known claimant, else the
        source as recorded), ``source_as_recorded``, ``claimant_side``, ``subject_side``
        (whose soldiers), ``type`` (``deaths`` or ``casualties``: killed and wounded, as
        the table words it), ``count_kind`` (the ledger's word: ``killed`` or
        ``casualties``), ``estimate`` (the point value, only where one was published),
        ``low``, ``high`` (the ends of a published range; a low end alone is an "at least"
        figure, a high end alone an "at most" one), ``shape`` (``point``, ``range``,
        ``at_least``, ``at_most``), ``warring_party`` (the figure comes from a side in the
        war), ``source_url``, ``dataset``. No value is invented: a range keeps its ends and
        gets no midpoint.
    """
    cols = ["date", "estimate_low", "estimate_high", "estimate", "type", "source", "source_url", "country"]
    raw = read_csv_checked(DATASET, ESTIMATES, cols, dtype=str, keep_default_na=False)
    file = f"{DATASET}/{ESTIMATES}"
    low = numeric(raw["estimate_low"].replace("", None), DATASET, file, "estimate_low")
    high = numeric(raw["estimate_high"].replace("", None), DATASET, file, "estimate_high")
    point = numeric(raw["estimate"].replace("", None), DATASET, file, "estimate")
    unknown = ~raw["type"].isin(list(COUNT_KINDS))
    if unknown.any():
        i = int(unknown.to_numpy().nonzero()[0][0])
        raise DatasetError(f"record {i}: type {raw['type'].iloc[i]!r} is neither {' nor '.join(COUNT_KINDS)}",
                           dataset=DATASET, file=file, record=i, column="type")
    raw["source"] = raw["source"].str.strip()
    resolved = raw["source"].map(lambda s: resolve_claimant(s) or (s, "third_party"))
    flag = raw.get("ignore for chart, data from warring parties", pd.Series("", index=raw.index))
    return pd.DataFrame(
        {
            "date": parse_dates(raw["date"], DATASET, file, fmt="%d/%m/%Y"),
            "claimant": resolved.map(lambda r: r[0]),
            "source_as_recorded": raw["source"],
            "claimant_side": resolved.map(lambda r: r[1]),
            "subject_side": raw["country"].str.lower(),
            "type": raw["type"],
            "count_kind": raw["type"].map(COUNT_KINDS),
            "estimate": point,
            "low": low,
            "high": high,
            "warring_party": flag.str.strip().str.lower().eq("yes"),
            "source_url": raw["source_url"],
            "shape": [estimate_shape(lo, hi, pt) for lo, hi, pt in zip(low, high, point)],
            "dataset": DATASET,
        }
    ).sort_values("date", ignore_index=True)


def estimate_shape(low, high, point) -> str:
    """How a figure was published: ``point``, ``range``, ``at_least`` or ``at_most``.

    A published point wins (a range around it is kept as its interval); two ends make a
    range; a low end alone is an "at least" figure and a high end alone an "at most" one.
    """
    has = [not pd.isna(v) for v in (low, high, point)]
    if has[2]:
        return "point"
    if has[0] and has[1]:
        return "range"
    if has[0]:
        return "at_least"
    if has[1]:
        return "at_most"
    return "none"


@while_unchanged(lambda: dataset_inputs(DATASET))
def load_uk_mod_monthly() -> pd.DataFrame:
    """Return the UK MoD's cumulative Russian casualty estimates at the start of each month."""
    cols = ["date (at beginning of next month)", "cumulative casualties", "casualties in month", "source_url"]
    raw = read_csv_checked(DATASET, UK_MONTHLY, cols, dtype=str, keep_default_na=False)
    file = f"{DATASET}/{UK_MONTHLY}"
    return pd.DataFrame(
        {
            "date": parse_dates(raw["date (at beginning of next month)"], DATASET, file, fmt="%d/%m/%Y"),
            "claimant": "UK Ministry of Defence",
            "subject_side": "russia",
            "type": "casualties",
            "count_kind": "casualties",
            "cumulative": numeric(raw["cumulative casualties"], DATASET, file, "cumulative casualties"),
            "in_month": numeric(raw["casualties in month"], DATASET, file, "casualties in month"),
            "source_url": raw["source_url"],
            "dataset": DATASET,
        }
    )
