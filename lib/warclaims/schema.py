"""The ledger schema, enforced with pandera.

Validation runs in two passes so that every message can say what was expected:

1. ``RAW_*`` schemas check the strings exactly as stored in the CSV files (a date that does
   not parse, a word outside a vocabulary, a figure that is not a number), row by row.
2. ``TYPED_CLAIMS`` checks the typed frame for rules that tie columns together (an
   equipment claim needs an item class, a km² quantity must match its raw figure and unit).

Column names and documentation live in :mod:`warclaims.columns` (which reads without
importing pandera); ``COLUMN_DOCS`` is rendered into ``docs/schema.md`` and a test keeps the
two in step. Each schema here checks exactly the columns named there.
"""
from __future__ import annotations

import re

import pandas as pd
import pandera.pandas as pa
from pandera import Check

from . import vocabulary as v
from .columns import COLUMN_DOCS, MAX_EVIDENCE_WORDS, TABLE_COLUMNS, is_iso_date
from .numbers import parse_number
from .units import normalise_area_unit
from .errors import WarclaimsError

_ID = re.compile(r"^[a-z0-9][a-z0-9-]{2,80}$")
_NUMBER = re.compile(r"^-?\d+(\.\d+)?$")
_REGION = re.compile(r"^(UA-\d{2}|RU-[A-Z]{2,3})$")


def _optional(pred):
    return lambda s: s == "" or pred(s)


def _is_figure(s: str) -> bool:
    try:
        parse_number(s)
    except ValueError:
        return False
    return True


def _is_region_list(s: str) -> bool:
    codes = s.split(";")
    return all(_REGION.match(c) and (not c.startswith("UA-") or c in v.UA_OBLASTS) for c in codes)


def _one_of(values) -> Check:
    allowed = list(values)
    return Check(lambda s: s in allowed, element_wise=True, error=f"one of {allowed}")


def _elementwise(pred, expected: str) -> Check:
    return Check(pred, element_wise=True, error=expected)


def _text(*checks: Check, unique: bool = False) -> pa.Column:
    return pa.Column(str, checks=list(checks), nullable=False, unique=unique)


_NON_EMPTY = _elementwise(lambda s: s.strip() != "", "a non-empty value")
_DATE = _elementwise(is_iso_date, "a date written YYYY-MM-DD")
_OPT_DATE = _elementwise(_optional(is_iso_date), "a date written YYYY-MM-DD, or empty")
_BOOL = _one_of(["true", "false"])


RAW_CLAIMS = pa.DataFrameSchema(
    {
        "claim_id": _text(_elementwise(lambda s: bool(_ID.match(s)), "an id of lower-case letters, digits and hyphens"), unique=True),
        "source_id": _text(_elementwise(lambda s: bool(_ID.match(s)), "an id of lower-case letters, digits and hyphens")),
        "claimant": _text(_NON_EMPTY),
        "claimant_side": _text(_one_of(v.SIDES)),
        "reported_via": _text(),
        "metric": _text(_one_of(v.METRICS)),
        "item_class": _text(_one_of([""] + v.ITEM_CLASSES)),
        "item_origin": _text(_one_of([""] + v.ITEM_ORIGINS)),
        "item_raw": _text(),
        "subject_side": _text(_one_of(v.SUBJECT_SIDES)),
        "count_kind": _text(_one_of([""] + v.COUNT_KINDS)),
        "quantity": _text(_elementwise(lambda s: bool(_NUMBER.match(s)) and float(s) >= 0, "a non-negative number in digits (e.g. 2999.2)")),
        "quantity_max": _text(_elementwise(_optional(lambda s: bool(_NUMBER.match(s)) and float(s) >= 0), "a non-negative number in digits, or empty")),
        "unit": _text(_one_of(["km2", "count"])),
        "quantity_raw": _text(_elementwise(_is_figure, "a figure in digits or words (\"1,158\", \"two\")")),
        "unit_raw": _text(_NON_EMPTY),
        "qualifier": _text(_one_of(v.QUALIFIERS)),
        "cumulative": _text(_BOOL),
        "period_start": _text(_OPT_DATE),
        "period_end": _text(_OPT_DATE),
        "as_of": _text(_OPT_DATE),
        "place_raw": _text(),
        "place": _text(),
        "oblast_iso": _text(_elementwise(_optional(_is_region_list), "ISO 3166-2 codes such as UA-63, `;`-separated, or empty")),
        "verification_status": _text(_one_of(v.VERIFICATION_STATUSES)),
        "verified_by": _text(),
        "evidence": _text(_NON_EMPTY, _elementwise(lambda s: len(s.split()) <= MAX_EVIDENCE_WORDS, f"an evidence phrase of at most {MAX_EVIDENCE_WORDS} words")),
        "restates": _text(_elementwise(_optional(lambda s: bool(_ID.match(s))), "a claim_id, or empty")),
        "notes": _text(),
    },
    strict=True,
    ordered=True,
    name="claims",
)

RAW_SOURCES = pa.DataFrameSchema(
    {
        "source_id": _text(_elementwise(lambda s: bool(_ID.match(s)), "an id of lower-case letters, digits and hyphens"), unique=True),
        "publisher": _text(_NON_EMPTY),
        "url": _text(_elementwise(lambda s: bool(re.match(r"^https?://\S+$", s)), "an http(s) address")),
        "published": _text(_DATE),
        "title": _text(),
        "accessed": _text(_OPT_DATE),
        "notes": _text(),
    },
    strict=True,
    ordered=True,
    name="sources",
)

RAW_PLACES = pa.DataFrameSchema(
    {
        "place": _text(_NON_EMPTY, unique=True),
        "kind": _text(_one_of(v.PLACE_KINDS)),
        "oblast_iso": _text(_elementwise(_is_region_list, "an ISO 3166-2 code such as UA-63")),
        "latitude": _text(_elementwise(lambda s: bool(_NUMBER.match(s)) and 43.0 <= float(s) <= 56.0, "a latitude in degrees between 43 and 56 (Ukraine and its borders)")),
        "longitude": _text(_elementwise(lambda s: bool(_NUMBER.match(s)) and 21.0 <= float(s) <= 41.0, "a longitude in degrees between 21 and 41 (Ukraine and its borders)")),
        "aliases": _text(),
        "precision": _text(_one_of(["exact", "approximate", "ambiguous"])),
        "coordinates_source": _text(),
        "notes": _text(),
    },
    strict=True,
    ordered=True,
    name="places",
)

RAW_CLAIMANTS = pa.DataFrameSchema(
    {
        "claimant": _text(_NON_EMPTY, unique=True),
        "side": _text(_one_of(v.SIDES)),
        "kind": _text(_one_of(v.CLAIMANT_KINDS)),
        "aliases": _text(),
    },
    strict=True,
    ordered=True,
    name="claimants",
)


RAW = {"claims.csv": RAW_CLAIMS, "sources.csv": RAW_SOURCES, "claimants.csv": RAW_CLAIMANTS, "places.csv": RAW_PLACES}
# The column lists are written twice (here as schemas, in columns.py as names); fail at import
# rather than validate against the wrong columns.
if any(list(RAW[t].columns) != cols for t, cols in TABLE_COLUMNS.items()):
    raise RuntimeError("the columns of schema.py and columns.py disagree")


def _row_rule(pred, expected: str, column: str) -> Check:
    # A frame-wide check that returns one boolean per row, so failures map to CSV lines.
    return Check(pred, error=f"{column}|{expected}")


def _quantity_matches_raw(df: pd.DataFrame) -> pd.Series:
    def ok(row) -> bool:
        try:
            raw = parse_number(row.quantity_raw)
        except ValueError:
            return True  # reported by the raw pass
        if row.metric in v.AREA_METRICS:
            try:
                factor = v.AREA_UNITS_TO_KM2[normalise_area_unit(row.unit_raw)]
            except WarclaimsError:
                return True  # reported by the unit rule
            expected = raw * factor
        else:
            expected = raw
        return abs(row.quantity - expected) <= max(0.005 * expected, 0.5)

    return df.apply(ok, axis=1)


def _known_area_unit(df: pd.DataFrame) -> pd.Series:
    def ok(row) -> bool:
        if row.metric not in v.AREA_METRICS:
            return True
        try:
            normalise_area_unit(row.unit_raw)
        except WarclaimsError:
            return False
        return True

    return df.apply(ok, axis=1)


TYPED_CLAIMS = pa.DataFrameSchema(
    checks=[
        _row_rule(lambda df: df["as_of"].notna() | df["period_end"].notna(), "a date: as_of or period_end must be set", "as_of"),
        _row_rule(lambda df: df["period_start"].isna() | df["period_end"].notna(), "period_end when period_start is set", "period_end"),
        _row_rule(lambda df: ~(df["period_start"] > df["period_end"]), "period_start on or before period_end", "period_start"),
        _row_rule(lambda df: ~df["metric"].isin(v.ITEM_METRICS) | (df["item_class"].notna() & df["item_origin"].notna()), "an item_class and item_origin for equipment and vehicle metrics", "item_class"),
        _row_rule(lambda df: df["metric"].isin(v.ITEM_METRICS) | df["item_class"].isna(), "no item_class for metrics that do not count items", "item_class"),
        _row_rule(lambda df: df["metric"].isin(v.PERSONNEL_METRICS) | df["count_kind"].isna(), "no count_kind for metrics that do not count people lost", "count_kind"),
        _row_rule(lambda df: ~df["metric"].isin(v.PERSONNEL_METRICS) | df["count_kind"].notna(), "a count_kind (killed, casualties, ...) for personnel losses", "count_kind"),
        _row_rule(lambda df: df["quantity_max"].isna() | (df["quantity_max"] >= df["quantity"]), "quantity_max at or above quantity (the low end of the range)", "quantity_max"),
        _row_rule(lambda df: df["unit"] == df["metric"].map(v.CANONICAL_UNIT), "unit km2 for territory metrics and count for the others", "unit"),
        _row_rule(_known_area_unit, f"a known area unit for territory ({', '.join(sorted(v.AREA_UNIT_SPELLINGS))})", "unit_raw"),
        _row_rule(_quantity_matches_raw, "quantity equal to quantity_raw converted to the canonical unit (within 0.5%)", "quantity"),
    ],
    name="claims (typed)",
)


def schema_markdown() -> str:
    """The ledger schema as Markdown: the text of ``docs/schema.md``."""
    lines = [
        "# The claims ledger",
        "",
        "A ledger is a folder of four CSV tables (UTF-8, comma-separated, one header row). The shipped",
        "ledger is `data/`. `warclaims validate [FOLDER]` checks every rule below and names the file, line",
        "and column of each problem. This page is generated from `lib/warclaims/schema.py`",
        "(`warclaims schema > docs/schema.md`); a test keeps them in step.",
        "",
        "## claims.csv",
        "",
        "| column | meaning |",
        "| --- | --- |",
    ]
    lines += [f"| `{col}` | {doc} |" for col, doc in COLUMN_DOCS.items()]
    lines += [
        "",
        "Rules across columns: a claim has `as_of` or `period_end`; `period_start` is on or before",
        "`period_end`; equipment and vehicle metrics need `item_class` and `item_origin`, other metrics",
        "have none; `unit` is `km2` for territory and `count` otherwise; a territory `unit_raw` must be a",
        "known area unit and `quantity` must equal `quantity_raw` converted (1 sq mi = 2.589988 km², exact",
        "international mile); `source_id`, `claimant` and every `place` must exist in their tables, and",
        "`claimant_side` must be the claimant's side.",
        "",
        "## sources.csv",
        "",
        "`source_id` (unique), `publisher`, `url` (http or https), `published` (YYYY-MM-DD), `title`,",
        "`accessed` (YYYY-MM-DD or empty), `notes`.",
        "",
        "## claimants.csv",
        "",
        f"`claimant` (canonical name, unique), `side` ({', '.join(v.SIDES)}), `kind`",
        f"({', '.join(v.CLAIMANT_KINDS)}), `aliases` (`|`-separated spellings that resolve to it).",
        "",
        "## places.csv",
        "",
        f"`place` (canonical, unique), `kind` ({', '.join(v.PLACE_KINDS)}), `oblast_iso` (ISO 3166-2),",
        "`latitude`, `longitude` (WGS 84 degrees), `aliases` (`|`-separated), `precision` (`exact`, or",
        "`approximate` where the point stands for a region or is rough, `ambiguous` where several",
        "places bear the name and the reports do not say which: not checked against maps),",
        "`coordinates_source` (the public source of the coordinates), `notes`.",
        "",
    ]
    return "\n".join(lines)
