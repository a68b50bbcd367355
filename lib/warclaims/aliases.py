"""Names with aliases: the claimant and place tables both list spellings that resolve to one name."""
from __future__ import annotations

import re


def split_aliases(cell: str) -> list[str]:
    """The ``|``-separated aliases of a table cell, without empty ones."""
    return [a for a in cell.split("|") if a]


def alias_pattern(names) -> re.Pattern:
    """A case-insensitive whole-word pattern finding any of ``names``.

    Longest first, so "Russian Ministry of Defence" wins over "Russia" in one phrase.
    The names are grouped by their first letter behind a look-ahead: Python's regular
    expressions try every alternative at every word, and most words start with a letter
    that no name does (this keeps extraction fast with hundreds of places).
    """
    groups: dict[str, list[str]] = {}
    for name in sorted(set(names), key=len, reverse=True):
        groups.setdefault(name[:1].lower(), []).append(name)
    branches = (f"(?=[{re.escape(first + first.upper())}])(?:" + "|".join(re.escape(n) for n in group) + ")"
                for first, group in sorted(groups.items()))
    return re.compile(r"\b(" + "|".join(branches) + r")\b", re.IGNORECASE)
