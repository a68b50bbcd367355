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
