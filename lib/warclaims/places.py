"""Places the ledger names: canonical name, oblast ISO code, coordinates."""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import pandas as pd

from .paths import DATA_DIR
from .schema import RAW_PLACES
from .tables import read_table


def load_places(folder: str | Path | None = None) -> pd.DataFrame:
    """Return the place table with numeric coordinates and aliases as lists."""
    path = Path(folder or DATA_DIR) / "places.csv"
    frame, _ = read_table(path, list(RAW_PLACES.columns))
    RAW_PLACES.validate(frame)
    frame["latitude"] = frame["latitude"].astype(float)
    frame["longitude"] = frame["longitude"].astype(float)
    frame["aliases"] = frame["aliases"].map(lambda s: [a for a in s.split("|") if a])
    return frame


@lru_cache(maxsize=8)
def place_index(folder: str | None = None) -> tuple[dict[str, tuple[str, str]], re.Pattern]:
    """Return ``{alias (lower case): (place, oblast_iso)}`` and a pattern finding any alias."""
    table = load_places(folder)
    index: dict[str, tuple[str, str]] = {}
    for row in table.itertuples(index=False):
        for name in [row.place, *row.aliases]:
            index.setdefault(name.lower(), (row.place, row.oblast_iso))
    names = sorted(index, key=len, reverse=True)
    pattern = re.compile(r"\b(" + "|".join(re.escape(n) for n in names) + r")\b", re.IGNORECASE)
    return index, pattern
