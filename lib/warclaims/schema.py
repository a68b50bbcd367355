"""The ledger schema, generated from :mod:`warclaims.columns` and enforced with pandera.

Every check here is built from the one field table (:data:`warclaims.columns.TABLE_FIELDS`):

1. ``RAW[table]`` checks the strings exactly as stored in a CSV file, column by column: the
   stored form of each field's kind (a date that does not parse, a word outside a
   vocabulary, a figure that is not a number, text a spreadsheet would run as a formula).
2. ``TYPED_CLAIMS`` holds the named rules that tie the columns of a claim together (an
   equipment claim needs an item class, a km² quantity must match its raw figure and unit,
   a figure must be plausible for its metric). They run on the typed frame.

Checks are vectorised (one call per column, not per cell), so a ledger of 100,000 claims
validates in seconds. ``docs/schema.md`` is rendered from the same table
(:func:`schema_markdown`); a test keeps the file in step.
"""
from __future__ import annotations

import contextlib
import functools
import re
import sys

import numpy as np
import pandas as pd
import pandera.pandas as pa
from pandera import Check

from . import vocabulary as v
from .columns import (EARLIEST_DATE, KINDS, MAX_EVIDENCE_WORDS, TABLE_FIELDS, Field, latest_date)
from .numbers import parse_number

ID_PATTERN = r"^[a-z0-9][a-z0-9-]{2,80}$"
_NUMBER = r"^\d+(\.\d+)?$"
_FORMULA = r"^[=+\-@\t\r]"
_REGION = re.compile(r"^(UA-\d{2}|RU-[A-Z]{2,3})$")


def _per_value(s: pd.Series, fn) -> pd.Series:
    # Ledgers repeat their values (units, regions, dates, figures): test each once.
    return s.map({value: fn(value) for value in s.unique()})


def _is_figure(s: str) -> bool:
    try:
        parse_number(s)
    except ValueError:
        return False
    return True


def _is_region_list(s: str) -> bool:
    return all(_REGION.match(c) and (not c.startswith("UA-") or c in v.UA_OBLASTS) for c in s.split(";"))


@functools.cache
def _language_codes() -> frozenset[str]:
    # pycountry carries the ISO 639 tables; read once, only when a sources table is checked.
    import pycountry
    return frozenset(lang.alpha_2 for lang in pycountry.languages if hasattr(lang, "alpha_2"))


def _is_language(s: str) -> bool:
    return s in _language_codes()


def _dates_ok(s: pd.Series) -> pd.Series:
    # Out-of-range dates (year 1600 or 2300) would overflow pandas' timestamps later; they are
    # refused here as stored text, with the bounds in the message.
    parsed = pd.to_datetime(s.where(s.str.fullmatch(r"\d{4}-\d{2}-\d{2}"), None), format="%Y-%m-%d", errors="coerce")
    lo, hi = pd.Timestamp(EARLIEST_DATE), pd.Timestamp(latest_date())
    return parsed.notna() & (parsed >= lo) & (parsed <= hi)


def _number_in(lo: float, hi: float):
    def ok(s: pd.Series) -> pd.Series:
        number = pd.to_numeric(s.where(s.str.fullmatch(r"-?\d+(\.\d+)?"), None), errors="coerce")
        return number.between(lo, hi)
    return ok


#: The stored-form check of each kind of field, applied to its non-empty cells (each distinct
#: value once: see :func:`_on_distinct`).
_KIND_CHECKS = {
    "id": lambda s: s.str.fullmatch(ID_PATTERN[1:-1]),
    "text": lambda s: ~s.str.match(_FORMULA),
    "date": _dates_ok,
    "number": lambda s: s.str.fullmatch(_NUMBER[1:-1]),
    "figure": lambda s: s.map(_is_figure).astype(bool),
    "bool": lambda s: s.isin(["true", "false"]),
    "regions": lambda s: s.map(_is_region_list).astype(bool),
    "url": lambda s: s.str.fullmatch(r"https?://\S+"),
    "language": lambda s: s.str.fullmatch(r"[a-z]{2}") & s.map(_is_language).astype(bool),
    "latitude": _number_in(43.0, 56.0),
    "longitude": _number_in(21.0, 41.0),
}


def _on_distinct(test):
    """``test`` run once per distinct value of a column, its answers spread back to the rows.

    A ledger repeats most of its values (claimants, units, dates, figures, sources), so a
    column of 100,000 claims holds a few thousand distinct strings; the string tests are
    Python per element, so this is where validation's time goes.
    """
    def check(s: pd.Series) -> pd.Series:
        if isinstance(s.dtype, pd.CategoricalDtype):  # as validate_raw passes it: factorised once
            codes, values = s.cat.codes.to_numpy(), s.cat.categories.to_numpy(dtype=object)
        else:
            codes, values = pd.factorize(s, use_na_sentinel=False)
        ok = np.asarray(test(pd.Series(values, dtype=object)), dtype=bool)
        return pd.Series(ok[codes], index=s.index)
    return check


def _raw_check(test, error: str) -> Check:
    # ignore_na=False: every stored cell is a string ("" when empty), so pandera's per-check
    # search for missing values would find none, at the cost of a pass over the column.
    return Check(_on_distinct(test), error=error, ignore_na=False)


def _column(field: Field) -> pa.Column:
    checks = []
    if field.required:
        checks.append(_raw_check(lambda s: s.str.strip() != "", "a non-empty value"))
    if field.kind == "category":
        allowed = list(field.values)
        checks.append(_raw_check(lambda s, allowed=allowed: (s == "") | s.isin(allowed), f"one of {allowed}"))
    else:
        test = _KIND_CHECKS[field.kind]
        checks.append(_raw_check(lambda s, test=test: (s == "") | test(s).fillna(False).astype(bool), KINDS[field.kind]))
    if field.name == "evidence":
        checks.append(_raw_check(lambda s: s.str.count(r"\S+") <= MAX_EVIDENCE_WORDS,
                                 f"an evidence phrase of at most {MAX_EVIDENCE_WORDS} words"))
    # No dtype and no null check: read_table gives every cell as a string ("" when empty), and
    # pandera's own per-element checks of both would cost more than all the rules here.
    return pa.Column(None, checks=checks, nullable=True, unique=field.unique)


#: One raw schema per table, generated from its fields.
RAW = {
    table: pa.DataFrameSchema({f.name: _column(f) for f in fields}, strict=True, ordered=True, name=table.removesuffix(".csv"))
    for table, fields in TABLE_FIELDS.items()
}
RAW_CLAIMS, RAW_SOURCES, RAW_CLAIMANTS, RAW_PLACES = (RAW[t] for t in ("claims.csv", "sources.csv", "claimants.csv", "places.csv"))


def _quantity_matches_raw(df: pd.DataFrame) -> pd.Series:
    raw = _per_value(df["quantity_raw"], _parse_or_nan).astype(float)
    factor = _per_value(df["unit_raw"], _area_factor).astype(float)
    expected = raw.where(~df["metric"].isin(v.AREA_METRICS), raw * factor)
    # Rows whose raw figure or area unit does not parse are reported by their own rules.
    return expected.isna() | ((df["quantity"] - expected).abs() <= np.maximum(0.005 * expected, 0.5))


def _parse_or_nan(s) -> float:
    try:
        return float(parse_number(s))
    except (ValueError, TypeError):
        return np.nan


def _area_factor(raw) -> float:
    key = " ".join(str(raw).strip().lower().split())
    unit = v.AREA_UNIT_SPELLINGS.get(key)
    return v.AREA_UNITS_TO_KM2[unit] if unit else np.nan


def _plausible(column: str):
    def ok(df: pd.DataFrame) -> pd.Series:
        limit = df["metric"].map({m: hi for m, (hi, _) in v.PLAUSIBLE_MAX.items()}).astype(float)
        return df[column].isna() | (df[column] <= limit)
    return ok


_LIMITS = "; ".join(f"{m} {hi:,}" for m, (hi, _) in v.PLAUSIBLE_MAX.items())

#: Named rules across the columns of a claim: (name, column blamed, what is expected, test).
CLAIM_RULES = [
    ("dated", "as_of", "a date: as_of or period_end must be set",
     lambda df: df["as_of"].notna() | df["period_end"].notna()),
    ("period-closed", "period_end", "period_end when period_start is set",
     lambda df: df["period_start"].isna() | df["period_end"].notna()),
    ("period-ordered", "period_start", "period_start on or before period_end",
     lambda df: ~(df["period_start"] > df["period_end"])),
    ("items-named", "item_class", "an item_class and item_origin for equipment and vehicle metrics",
     lambda df: ~df["metric"].isin(v.ITEM_METRICS) | (df["item_class"].notna() & df["item_origin"].notna())),
    ("no-items", "item_class", "no item_class for metrics that do not count items",
     lambda df: df["metric"].isin(v.ITEM_METRICS) | df["item_class"].isna()),
    ("count-kind-only-for-people", "count_kind", "no count_kind for metrics that do not count people lost",
     lambda df: df["metric"].isin(v.PERSONNEL_METRICS) | df["count_kind"].isna()),
    ("count-kind-for-people", "count_kind", "a count_kind (killed, casualties, ...) for personnel losses",
     lambda df: ~df["metric"].isin(v.PERSONNEL_METRICS) | df["count_kind"].notna()),
    ("range-ordered", "quantity_max", "quantity_max at or above quantity (the low end of the range)",
     lambda df: df["quantity_max"].isna() | (df["quantity_max"] >= df["quantity"])),
    ("canonical-unit", "unit", "unit km2 for territory metrics and count for the others",
     lambda df: df["unit"] == df["metric"].map(v.CANONICAL_UNIT)),
    ("known-area-unit", "unit_raw", f"a known area unit for territory ({', '.join(sorted(v.AREA_UNIT_SPELLINGS))})",
     lambda df: ~df["metric"].isin(v.AREA_METRICS) | _per_value(df["unit_raw"], _area_factor).notna()),
    ("quantity-converted", "quantity", "quantity equal to quantity_raw converted to the canonical unit (within 0.5%)",
     _quantity_matches_raw),
    ("plausible", "quantity", f"a plausible figure for the metric (at most: {_LIMITS})", _plausible("quantity")),
    ("plausible-range", "quantity_max", "a plausible high end for the metric (the same bounds as quantity)", _plausible("quantity_max")),
]


def _rule(name: str, column: str, expected: str, test) -> Check:
    # A frame-wide check that returns one boolean per row, so failures map to CSV lines;
    # "column|expected" in its error lets the ledger name the column blamed.
    return Check(test, error=f"{column}|{expected}", name=name)


TYPED_CLAIMS = pa.DataFrameSchema(checks=[_rule(*r) for r in CLAIM_RULES], name="claims (typed)")

#: Rules across tables, checked by :func:`warclaims.ledger.read_ledger`: (column, expected).
CROSS_RULES = [
    ("source_id", "a source_id listed in sources.csv"),
    ("claimant", "a canonical claimant listed in claimants.csv"),
    ("claimant_side", "the side of the claimant in claimants.csv"),
    ("place", "a place listed in places.csv"),
    ("oblast_iso", "the regions of the claim's places in places.csv (when places are named)"),
    ("as_of", "a date on or before the source's publication date"),
    ("period_end", "a date on or before the source's publication date"),
    ("restates", "the claim_id of another claim in claims.csv"),
    ("restates", "set, when another report's claim has the same claimant, metric, sides, item, count kind, figure, "
                 "days and place (one statement is one claim and its restatements)"),
]


@contextlib.contextmanager
def without_data_synthesis():
    """Run a first validation with pandera's checks registered without data synthesis.

    On its first validation pandera registers its pandas checks together with the
    strategies that synthesise example data for them, which import hypothesis (half a
    second) whenever it is installed, as it is for the tests. Validation never synthesises
    data, so hypothesis is hidden while the checks are registered: pandera then takes the
    path it takes where hypothesis is not installed. Afterwards hypothesis imports as usual.
    """
    if "hypothesis" in sys.modules or "pandera.strategies.base_strategies" in sys.modules:
        yield  # registered already, or hypothesis already paid for
        return
    sys.modules["hypothesis"] = None  # what makes `import hypothesis` fail as if absent
    try:
        yield
    finally:
        if sys.modules.get("hypothesis", False) is None:
            del sys.modules["hypothesis"]


def _field_table(fields: list[Field]) -> list[str]:
    lines = ["| column | kind | required | meaning |", "| --- | --- | --- | --- |"]
    for f in fields:
        kind = f"one of {', '.join(f'`{x}`' for x in f.values)}" if f.kind == "category" else KINDS[f.kind]
        flags = ("yes" if f.required else "") + (", unique" if f.unique else "")
        lines.append(f"| `{f.name}` | {kind} | {flags} | {f.doc} |")
    return lines


def schema_markdown() -> str:
    """The ledger schema as Markdown: the text of ``docs/schema.md``."""
    lines = [
        "# The claims ledger",
        "",
        "A ledger is a folder of four CSV tables (UTF-8, comma-separated, one header row). The shipped",
        "ledger is `data/`. `warclaims validate [FOLDER]` checks every rule below, in all four tables at",
        "once, and names the file, line and column of each problem. This page is generated from the field",
        "table in `lib/warclaims/columns.py` (`warclaims schema > docs/schema.md`); a test keeps them in step.",
        "",
    ]
    for table, fields in TABLE_FIELDS.items():
        lines += [f"## {table}", "", *_field_table(fields), ""]
    lines += ["## Rules across the columns of a claim", "", "| rule | column | expected |", "| --- | --- | --- |"]
    lines += [f"| {name} | `{column}` | {expected} |" for name, column, expected, _ in CLAIM_RULES]
    lines += ["", "Territory units: 1 sq mi = 2.589988 km² (exact international mile); 1 ha = 0.01 km²; 1 m² = 0.000001 km².", ""]
    lines += ["## Plausible figures", "", "| metric | at most | why |", "| --- | --- | --- |"]
    lines += [f"| `{m}` | {hi:,} {v.CANONICAL_UNIT[m]} | {why} |" for m, (hi, why) in v.PLAUSIBLE_MAX.items()]
    lines += ["", "## Rules across tables", "", "| column | expected |", "| --- | --- |"]
    lines += [f"| `{column}` | {expected} |" for column, expected in CROSS_RULES]
    lines += ["", f"Dates are between {EARLIEST_DATE:%Y-%m-%d} and the day of validation.", ""]
    return "\n".join(lines)
