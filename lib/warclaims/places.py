"""Places the ledger names: canonical name, oblast ISO code, coordinates."""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import pandas as pd

from .aliases import alias_pattern, split_aliases
from .paths import DATA_DIR


def load_places(folder: str | Path | None = None) -> pd.DataFrame:
    """Return the place table with numeric coordinates and aliases as lists."""
    path = Path(folder or DATA_DIR) / "places.csv"
    from .ledger import read_checked_table  # pandera is slow to import; only here when validating

    frame = read_checked_table(path)
    frame["latitude"] = frame["latitude"].astype(float)
    frame["longitude"] = frame["longitude"].astype(float)
    frame["aliases"] = frame["aliases"].map(split_aliases)
    return frame


@lru_cache(maxsize=8)
def place_index(folder: str | None = None) -> tuple[dict[str, tuple[str, str]], re.Pattern]:
    """Return ``{alias (lower case): (place, oblast_iso)}`` and a pattern finding any alias."""
    table = load_places(folder)
    index: dict[str, tuple[str, str]] = {}
    for row in table.itertuples(index=False):
        for name in [row.place, *row.aliases]:
            index.setdefault(name.lower(), (row.place, row.oblast_iso))
    pattern = alias_pattern(index)
    return index, pattern
