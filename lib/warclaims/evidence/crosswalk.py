"""Equipment categories across the General Staff's reports, Oryx's lists and the ledger."""
from __future__ import annotations

import re
from functools import lru_cache

import pandas as pd

from ..paths import data_path


@lru_cache(maxsize=1)
def equipment_crosswalk() -> pd.DataFrame:
    """Return the crosswalk table: group, item_class, general_staff_category, oryx_category.

    Both sources' own names are kept, so a chart can show what was compared with what.
    """
    return pd.read_csv(data_path("crosswalk", "equipment_categories.csv"), dtype=str, keep_default_na=False)


@lru_cache(maxsize=1)
def _oryx_names() -> dict[str, str]:
    table = pd.read_csv(data_path("crosswalk", "oryx_category_names.csv"), dtype=str, keep_default_na=False)
    return dict(zip(table["raw"], table["category"]))


_SUMMARY_ROW = re.compile(r"^(Losses |All Types|tured:)")


def clean_oryx_category(raw: str) -> str | None:
    """Return Oryx's category name without the drift of its scrapes, or None for summary rows.

    Trailing newlines and spaces are stripped, a trailing "(1849, of which ...)" count is
    cut, and variants ("Trucks, Vehicles, and Jeeps") map to one name. Summary rows
    ("All Types", "Losses excluding ...") and scrape fragments return None.
    """
    name = " ".join(str(raw).split())
    if not name or _SUMMARY_ROW.match(name):
        return None
    name = re.sub(r"\s*\(\d.*$", "", name)
    return _oryx_names().get(name, name)


def group_of_general_staff(category: str) -> tuple[str, str] | tuple[None, None]:
    """Return (group, item_class) of a General Staff category, or (None, None)."""
    cw = equipment_crosswalk()
    hit = cw[cw["general_staff_category"] == category]
    if hit.empty:
        return None, None
    return hit["group"].iloc[0], hit["item_class"].iloc[0]


@lru_cache(maxsize=1)
def category_successions() -> pd.DataFrame:
    """Return the renames, merges and splits of categories in both sources' histories.

    Returns
    -------
    DataFrame
        ``source`` (``general_staff`` or ``oryx``), ``category`` (the old name),
        ``successors`` (list of the names that carry its count on; empty when the category
        was dropped), ``from_date`` (first day a successor is reported), ``note``.
        A category's count must not be added to its successors' from ``from_date`` on:
        they already include it (data/crosswalk/category_successions.csv).
    """
    table = pd.read_csv(data_path("crosswalk", "category_successions.csv"), dtype=str, keep_default_na=False)
    table["successors"] = table["successors"].map(lambda s: [x for x in s.split(";") if x])
    table["from_date"] = pd.to_datetime(table["from_date"], format="%Y-%m-%d")
    return table


def group_comparability() -> pd.DataFrame:
    """Return, per crosswalk group, whether the two sources count like for like.

    ``comparable`` is ``yes``, ``partly`` or ``no``; ``comparable_note`` says why.
    """
    cw = equipment_crosswalk()
    return cw.drop_duplicates("group").set_index("group")[["comparable", "comparable_note"]]
