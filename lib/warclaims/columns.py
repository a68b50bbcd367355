"""The ledger's tables described once: every column's name, kind, vocabulary, bounds and meaning.

Modelled on PUDL's field metadata: this one table is the single source from which the
validation checks (:mod:`warclaims.schema`), the typed dtypes (:func:`warclaims.ledger.typed_claims`)
and the reference page ``docs/schema.md`` are all generated. Adding a column means adding one
:class:`Field` here, and nothing else.

The module imports neither pandas nor pandera, so reading a ledger that was already
validated, writing rows and extracting claims stay fast.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from . import vocabulary as v

#: The longest evidence phrase a claim may quote, in words: enough to show the figure,
#: never article text beyond it.
MAX_EVIDENCE_WORDS = 25
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

#: Dates a ledger may hold. Reporting of the war in Ukraine starts with the annexation of
#: Crimea; a date after today is a typing error (no claim or report is dated in the future).
EARLIEST_DATE = date(2014, 2, 20)


def latest_date() -> date:
    """The newest date a ledger may hold: today (a claim is never dated in the future)."""
    return date.today()


def is_iso_date(value: str) -> bool:
    """True when ``value`` is a real calendar date written ``YYYY-MM-DD``."""
    if not _ISO_DATE.match(value):
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


@dataclass(frozen=True)
class Field:
    """One column of a ledger table.

    Parameters
    ----------
    name : str
        The column's header.
    kind : str
        What the column holds; one of :data:`KINDS`. The kind decides the stored form that is
        checked and the dtype the typed frame gets.
    doc : str
        What the column means, for ``docs/schema.md``.
    values : tuple of str
        The vocabulary of a ``category`` column.
    required : bool
        The cell may not be empty.
    unique : bool
        No two rows share a value.
    """

    name: str
    kind: str
    doc: str
    values: tuple = ()
    required: bool = False
    unique: bool = False


#: Kinds of column, with the stored form each expects (shown in docs and in problems).
KINDS = {
    "id": "an id of lower-case letters, digits and hyphens (3 to 81 characters)",
    "text": "free text, not starting with =, +, - or @ (a spreadsheet would run it as a formula)",
    "category": "one of the listed values",
    "date": "a date written YYYY-MM-DD, from 2014-02-20 up to today",
    "number": "a non-negative number in digits (e.g. 2999.2)",
    "figure": "a figure in digits or words (\"1,158\", \"two\")",
    "bool": "`true` or `false`",
    "regions": "ISO 3166-2 codes such as UA-63 or RU-KRS, `;`-separated",
    "url": "an http(s) address",
    "language": "an ISO 639-1 language code in lower case (`en`, `uk`, `ru`)",
    "latitude": "a latitude in degrees between 43 and 56 (Ukraine and its borders)",
    "longitude": "a longitude in degrees between 21 and 41 (Ukraine and its borders)",
}


def _f(name, kind, doc, values=(), required=False, unique=False) -> Field:
    return Field(name, kind, doc, tuple(values), required, unique)


CLAIM_FIELDS = [
    _f("claim_id", "id", "Stable id (lower-case letters, digits, hyphens). Never reused or renumbered.", required=True, unique=True),
    _f("source_id", "id", "The report the claim was read in; a `source_id` of `sources.csv`.", required=True),
    _f("claimant", "text", "Who makes the claim, by canonical name from `claimants.csv` (aliases resolve to it).", required=True),
    _f("claimant_side", "category", "The side the claimant speaks for.", v.SIDES, required=True),
    _f("reported_via", "text", "Intermediary the report cites for the claim (\"according to BBC\"), if any."),
    _f("metric", "category", "What is counted.", v.METRICS, required=True),
    _f("item_class", "category", "For equipment and vehicle metrics: the class of item.", v.ITEM_CLASSES),
    _f("item_origin", "category", "For equipment and vehicle metrics: military or civilian (stolen cars are civilian).", v.ITEM_ORIGINS),
    _f("item_raw", "text", "The item as written (\"Kamaz trucks\", \"Tiger armored cars\")."),
    _f("subject_side", "category", "The side the figure is about: who gained the territory, lost the soldiers or equipment, "
       "fled or stole; for vehicles captured, the side whose vehicles were taken (as Oryx counts them). "
       "`unknown` where the report does not say (never guessed).", v.SUBJECT_SIDES, required=True),
    _f("count_kind", "category", "For personnel losses, what is counted (`casualties` is killed and wounded together); "
       "empty for other metrics.", v.COUNT_KINDS),
    _f("quantity", "number", "The figure in the canonical unit (`unit`); for a published range, its low end.", required=True),
    _f("quantity_max", "number", "The high end of a published range (\"7,000 to 15,000\"), in the canonical unit; "
       "empty where a single figure was published."),
    _f("unit", "category", "`km2` for territory metrics, `count` for all others.", ["km2", "count"], required=True),
    _f("quantity_raw", "figure", "The figure as written (\"1,158\", \"two\").", required=True),
    _f("unit_raw", "text", "The unit as written (\"square miles\", \"buses\"). Territory units must be known area units.", required=True),
    _f("qualifier", "category", "How the figure was stated.", v.QUALIFIERS, required=True),
    _f("cumulative", "bool", "`true` when the figure is a running total since the start of the war, else `false`.", required=True),
    _f("period_start", "date", "First day the figure covers, empty for as-of figures."),
    _f("period_end", "date", "Last day the figure covers, empty for as-of figures."),
    _f("as_of", "date", "Date the figure stands at. A claim has `as_of` or `period_end`, or both."),
    _f("place_raw", "text", "Place as written (\"Borshchova and Artemivka\")."),
    _f("place", "text", "Canonical place names from `places.csv`, `;`-separated."),
    _f("oblast_iso", "regions", "ISO 3166-2 codes of the places' regions (UA-63 is Kharkiv Oblast), `;`-separated; "
       "with places named, exactly their regions."),
    _f("verification_status", "category", "How far the figure has been checked.", v.VERIFICATION_STATUSES, required=True),
    _f("verified_by", "text", "Who checked the figure and what they found (\"IBT could not independently verify\")."),
    _f("evidence", "text", f"A short phrase (at most {MAX_EVIDENCE_WORDS} words) showing the figure; never article text beyond it.", required=True),
    _f("restates", "id", "`claim_id` of an earlier claim this one repeats (the same statement reported again, or rounded); "
       "the restatement takes that claim's period. Empty for an original claim."),
    _f("notes", "text", "Curator's notes on hard cases."),
]

SOURCE_FIELDS = [
    _f("source_id", "id", "Stable id of the report.", required=True, unique=True),
    _f("publisher", "text", "Who published it (outlet, ministry, dataset).", required=True),
    _f("url", "url", "The report's address; one source per address.", required=True, unique=True),
    _f("published", "date", "Publication date; no claim from it is dated later.", required=True),
    _f("language", "language", "The language the report was read in (a wire story read in Italian is `it`).", required=True),
    _f("title", "text", "The report's headline."),
    _f("accessed", "date", "When it was read, or empty."),
    _f("notes", "text", "Curator's notes (how the date was found, what the report could not verify)."),
]

CLAIMANT_FIELDS = [
    _f("claimant", "text", "Canonical name.", required=True, unique=True),
    _f("side", "category", "The side it speaks for.", v.SIDES, required=True),
    _f("kind", "category", "What kind of speaker it is.", v.CLAIMANT_KINDS, required=True),
    _f("aliases", "text", "`|`-separated spellings that resolve to it."),
]

PLACE_FIELDS = [
    _f("place", "text", "Canonical name.", required=True, unique=True),
    _f("kind", "category", "What kind of place.", v.PLACE_KINDS, required=True),
    _f("oblast_iso", "regions", "ISO 3166-2 code of its region.", required=True),
    _f("latitude", "latitude", "WGS 84 degrees.", required=True),
    _f("longitude", "longitude", "WGS 84 degrees.", required=True),
    _f("aliases", "text", "`|`-separated spellings that resolve to it."),
    _f("precision", "category", "`exact`; `approximate` where the point stands for a region or is rough; `ambiguous` where "
       "several places bear the name and the reports do not say which (not checked against maps).",
       ["exact", "approximate", "ambiguous"], required=True),
    _f("coordinates_source", "text", "The public source of the coordinates."),
    _f("notes", "text", "Curator's notes."),
]

#: Every table of a ledger folder and its fields, in file order.
TABLE_FIELDS = {
    "claims.csv": CLAIM_FIELDS,
    "sources.csv": SOURCE_FIELDS,
    "claimants.csv": CLAIMANT_FIELDS,
    "places.csv": PLACE_FIELDS,
}
TABLE_COLUMNS = {table: [f.name for f in fields] for table, fields in TABLE_FIELDS.items()}
CLAIM_COLUMNS = TABLE_COLUMNS["claims.csv"]
SOURCE_COLUMNS = TABLE_COLUMNS["sources.csv"]
CLAIMANT_COLUMNS = TABLE_COLUMNS["claimants.csv"]
PLACE_COLUMNS = TABLE_COLUMNS["places.csv"]
#: What each claims column holds (kept for callers that want name -> meaning).
COLUMN_DOCS = {f.name: f.doc for f in CLAIM_FIELDS}

#: What ``data/extraction_review.csv``'s ``field`` may name besides a column of claims.csv or
#: sources.csv (several joined by ``/``): a figure the extractor did not find, a candidate
#: that is not a claim, and a period's start and end together.
REVIEW_MISTAKES = ("missed", "false_positive", "period")
