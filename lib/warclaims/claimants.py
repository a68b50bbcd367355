"""Canonical claimants: who a figure is attributed to, and which side they speak for."""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import pandas as pd

from .aliases import alias_pattern, split_aliases
from .paths import DATA_DIR


def load_claimants(folder: str | Path | None = None) -> pd.DataFrame:
    """Return the claimant table (claimant, side, kind, aliases as a list)."""
    path = Path(folder or DATA_DIR) / "claimants.csv"
    from .ledger import read_checked_table  # pandera is slow to import; only here when validating

    frame = read_checked_table(path)
    frame["aliases"] = frame["aliases"].map(split_aliases)
    return frame


@lru_cache(maxsize=8)
def _alias_index(folder: str) -> tuple[dict[str, tuple[str, str]], re.Pattern]:
    table = load_claimants(folder)
    index: dict[str, tuple[str, str]] = {}
    for row in table.itertuples(index=False):
        for name in [row.claimant, *row.aliases]:
            index[claimant_key(name)] = (row.claimant, row.side)
    pattern = alias_pattern(index)
    return index, pattern


@lru_cache(maxsize=8)
def claimants_of_kind(kind: str, folder: str | None = None) -> frozenset[str]:
    """The canonical claimants of one kind in the table ("open_source": the trackers that count losses themselves)."""
    table = load_claimants(folder)
    return frozenset(table.loc[table["kind"] == kind, "claimant"])


def claimant_key(name: str) -> str:
    """A name as the alias index holds it: lower case, no full stops, straight apostrophes, single spaces."""
    return " ".join(name.replace("’", "'").replace(".", "").lower().split())


def resolve_claimant(text: str, folder: str | Path | None = None) -> tuple[str, str] | None:
    """Return ``(canonical claimant, side)`` for the first claimant named in ``text``.

    Matches whole words, ignoring case, full stops and curly apostrophes, longest alias
    first. Returns None when no known claimant is named.
    """
    index, pattern = _alias_index(str(folder or DATA_DIR))
    m = pattern.search(text.replace("’", "'").replace("U.K.", "UK"))
    if not m:
        return None
    return index.get(claimant_key(m.group(1)))


def claimant_pattern(folder: str | Path | None = None) -> tuple[dict[str, tuple[str, str]], re.Pattern]:
    """Return the alias index and the compiled pattern that finds any claimant in text."""
    return _alias_index(str(folder or DATA_DIR))
