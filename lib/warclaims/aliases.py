"""Names with aliases: the claimant and place tables both list spellings that resolve to one name."""
from __future__ import annotations

import re


def split_aliases(cell: str) -> list[str]:
    """The ``|``-separated aliases of a table cell, without empty ones."""
    return [a for a in cell.split("|") if a]


def alias_pattern(names) -> re.Pattern:
    """A case-insensitive whole-word pattern finding any of ``names``.

    Longest first, so "Russian Ministry of Defence" wins over "Russia" in one phrase.
    """
    ordered = sorted(set(names), key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(re.escape(n) for n in ordered) + r")\b", re.IGNORECASE)
