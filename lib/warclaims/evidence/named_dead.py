"""Russian soldiers' deaths confirmed by name: independent evidence, not an estimate.

Mediazona, with BBC Russian and volunteers, lists Russian soldiers killed in the war whom
public records name (obituaries, posts by relatives, memorials, regional officials). The
weekly file Meduza publishes with Mediazona (mirrored in The Economist's repository) counts
those names by ISO week of death, as the lists stood when the file was written
(``BmzNow``). Summed week by week this is a floor: deaths confirmed by name, by date of
death. It is not an estimate of all deaths, and a week's figure rises as later names are
found, so it is drawn as evidence, solid, with that definition.
"""
from __future__ import annotations

import pandas as pd

from ..datasets import dataset_inputs
from ..errors import DatasetError
from ..remembered import while_unchanged
from .records import numeric, read_csv_checked

DATASET = "named-dead-mediazona"
WEEKLY = "source-data/deaths-and-casualties-data/meduza_2026_weekly.csv"
LABEL = "Mediazona / BBC Russian"
DEFINITION = ("Russian soldiers confirmed dead by name from public records, by date of death "
              "(a floor of confirmed names, not an estimate of all deaths)")


@while_unchanged(lambda: dataset_inputs(DATASET))
def load_named_dead() -> pd.DataFrame:
    """Return the running count of Russian soldiers confirmed dead by name, week by week.

    Returns
    -------
    DataFrame
        ``date`` (the Sunday ending the ISO week of death), ``named_in_week``,
        ``cumulative`` (named dead who died on or before ``date``), ``subject_side``
        (``russia``), ``count_kind`` (``killed``), ``source`` (who compiled the names),
        ``dataset``.
    """
    raw = read_csv_checked(DATASET, WEEKLY, ["Year", "Week", "BmzNow"], dtype=str, keep_default_na=False)
    file = f"{DATASET}/{WEEKLY}"
    raw = raw[(raw["Year"].str.strip() != "") | (raw["BmzNow"].str.strip() != "")]
    weeks = (raw["Year"].str.strip() + "-W" + raw["Week"].str.strip().str.zfill(2) + "-7")
    dates = pd.to_datetime(weeks, format="%G-W%V-%u", errors="coerce")
    if dates.isna().any():
        i = int(dates.isna().to_numpy().nonzero()[0][0])
        raise DatasetError(f"record {i}: Year {raw['Year'].iloc[i]!r}, Week {raw['Week'].iloc[i]!r} is not an ISO week",
                           dataset=DATASET, file=file, record=i, column="Week")
    named = numeric(raw["BmzNow"], DATASET, file, "BmzNow")
    if named.isna().any() or (named < 0).any():
        i = int((named.isna() | (named < 0)).to_numpy().nonzero()[0][0])
        raise DatasetError(f"record {i}: BmzNow {raw['BmzNow'].iloc[i]!r} is not a count", dataset=DATASET, file=file,
                           record=i, column="BmzNow")
    frame = pd.DataFrame({"date": dates.to_numpy(), "named_in_week": named.to_numpy()}).sort_values("date", ignore_index=True)
    frame["cumulative"] = frame["named_in_week"].cumsum()
    frame["subject_side"] = "russia"
    frame["count_kind"] = "killed"
    frame["source"] = LABEL
    frame["dataset"] = DATASET
    return frame
