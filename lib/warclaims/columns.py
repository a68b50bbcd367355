"""The ledger's tables and their columns, by name: what every module needs without pandera.

Validation (:mod:`warclaims.schema`) imports pandera, which is slow to import; reading a
ledger that was already validated, writing rows and extracting claims need only the names
here. ``COLUMN_DOCS`` is rendered into ``docs/schema.md``.
"""
from __future__ import annotations

import re
from datetime import date

from . import vocabulary as v

#: The longest evidence phrase a claim may quote, in words: enough to show the figure,
#: never article text beyond it.
MAX_EVIDENCE_WORDS = 25
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def is_iso_date(value: str) -> bool:
    """True when ``value`` is a real calendar date written ``YYYY-MM-DD``."""
    if not _ISO_DATE.match(value):
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


#: What each claims column holds; rendered into docs/schema.md.
COLUMN_DOCS = {
    "claim_id": "Stable id (lower-case letters, digits, hyphens). Never reused or renumbered.",
    "source_id": "The report the claim was read in; a `source_id` of `sources.csv`.",
    "claimant": "Who makes the claim, by canonical name from `claimants.csv` (aliases resolve to it).",
    "claimant_side": f"The side the claimant speaks for: {', '.join(v.SIDES)}.",
    "reported_via": "Intermediary the report cites for the claim (\"according to BBC\"), if any.",
    "metric": f"What is counted: {', '.join(v.METRICS)}.",
    "item_class": f"For equipment and vehicle metrics: {', '.join(v.ITEM_CLASSES)}.",
    "item_origin": f"For equipment and vehicle metrics: {', '.join(v.ITEM_ORIGINS)} (stolen cars are civilian).",
    "item_raw": "The item as written (\"Kamaz trucks\", \"Tiger armored cars\").",
    "subject_side": f"The side the figure is about (who gained the territory, lost the soldiers, fled or stole): {', '.join(v.SUBJECT_SIDES)} (`unknown` where the report does not say; never guessed).",
    "count_kind": f"For personnel losses, what is counted: {', '.join(v.COUNT_KINDS)} (`casualties` is killed and wounded together); empty for other metrics.",
    "quantity": "The figure in the canonical unit (`unit`); for a published range, its low end.",
    "quantity_max": "The high end of a published range (\"7,000 to 15,000\"), in the canonical unit; empty where a single figure was published.",
    "unit": "`km2` for territory metrics, `count` for all others.",
    "quantity_raw": "The figure as written (\"1,158\", \"two\").",
    "unit_raw": "The unit as written (\"square miles\", \"buses\"). Territory units must be known area units.",
    "qualifier": f"How the figure was stated: {', '.join(v.QUALIFIERS)}.",
    "cumulative": "`true` when the figure is a running total since the start of the war, else `false`.",
    "period_start": "First day the figure covers (YYYY-MM-DD), empty for as-of figures.",
    "period_end": "Last day the figure covers (YYYY-MM-DD), empty for as-of figures.",
    "as_of": "Date the figure stands at (YYYY-MM-DD). A claim has `as_of` or `period_end`, or both.",
    "place_raw": "Place as written (\"Borshchova and Artemivka\").",
    "place": "Canonical place names from `places.csv`, `;`-separated.",
    "oblast_iso": "ISO 3166-2 codes of the places' regions (UA-63 is Kharkiv Oblast), `;`-separated.",
    "verification_status": f"{', '.join(v.VERIFICATION_STATUSES)}.",
    "verified_by": "Who checked the figure and what they found (\"IBT could not independently verify\").",
    "evidence": f"A short phrase (at most {MAX_EVIDENCE_WORDS} words) showing the figure; never article text beyond it.",
    "restates": "`claim_id` of an earlier claim this one repeats (the same statement reported again, or rounded); the restatement takes that claim's period. Empty for an original claim.",
    "notes": "Curator's notes on hard cases.",
}
CLAIM_COLUMNS = list(COLUMN_DOCS)
SOURCE_COLUMNS = ["source_id", "publisher", "url", "published", "title", "accessed", "notes"]
PLACE_COLUMNS = ["place", "kind", "oblast_iso", "latitude", "longitude", "aliases", "precision", "coordinates_source", "notes"]
CLAIMANT_COLUMNS = ["claimant", "side", "kind", "aliases"]
#: Every table of a ledger folder and its columns, in file order.
TABLE_COLUMNS = {
    "claims.csv": CLAIM_COLUMNS,
    "sources.csv": SOURCE_COLUMNS,
    "claimants.csv": CLAIMANT_COLUMNS,
    "places.csv": PLACE_COLUMNS,
}
