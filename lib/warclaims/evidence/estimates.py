"""Other claimants' casualty figures: The Economist's table of estimates, and the UK MoD's.

Each estimate is attributed to its source as The Economist recorded it; sources that are
ledger claimants (the UK Ministry of Defence, Ukraine's armed forces, Russia's MoD) are
mapped to the ledger's canonical names so they line up with other claims.
"""
from __future__ import annotations

import pandas as pd

from ..claimants import resolve_claimant
from ..datasets import dataset_inputs
from ..remembered import while_unchanged
from .records import numeric, parse_dates, read_csv_checked

DATASET = "casualty-estimates-economist"
BASE = "source-data/deaths-and-casualties-data/"
ESTIMATES = BASE + "Soldier deaths_casualties in Ukraine - estimates.csv"
UK_MONTHLY = BASE + "Soldier deaths_casualties in Ukraine - uk mod month-by-month estimates.csv"


@while_unchanged(lambda: dataset_inputs(DATASET))
def load_casualty_estimates() -> pd.DataFrame:
    """Return point estimates of soldiers killed or wounded, one row per estimate.

    Returns
    -------
    DataFrame
        ``date``, ``claimant`` (canonical where the source is a known claimant, else the
        source as recorded), ``source_as_recorded``, ``claimant_side``, ``subject_side``
        (whose soldiers), ``type`` (``deaths`` or ``casualties``: killed and wounded),
        ``estimate``, ``low``, ``high`` (``estimate`` is the midpoint where only a range
        was given), ``warring_party`` (the figure comes from a side in the war),
        ``source_url``, ``dataset``.
    """
    cols = ["date", "estimate_low", "estimate_high", "estimate", "type", "source", "source_url", "country"]
    raw = read_csv_checked(DATASET, ESTIMATES, cols, dtype=str, keep_default_na=False)
    file = f"{DATASET}/{ESTIMATES}"
    low = numeric(raw["estimate_low"].replace("", None), DATASET, file, "estimate_low")
    high = numeric(raw["estimate_high"].replace("", None), DATASET, file, "estimate_high")
    point = numeric(raw["estimate"].replace("", None), DATASET, file, "estimate")
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
            "estimate": point.fillna((low + high) / 2),
            "low": low,
            "high": high,
            "warring_party": flag.str.strip().str.lower().eq("yes"),
            "source_url": raw["source_url"],
            "dataset": DATASET,
        }
    ).sort_values("date", ignore_index=True)


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
            "cumulative": numeric(raw["cumulative casualties"], DATASET, file, "cumulative casualties"),
            "in_month": numeric(raw["casualties in month"], DATASET, file, "casualties in month"),
            "source_url": raw["source_url"],
            "dataset": DATASET,
        }
    )
