"""The claims ledger: validate, load, and append.

A ledger is a folder holding four CSV tables:

- ``claims.csv``: one row per quantitative claim (see :data:`warclaims.columns.CLAIM_FIELDS`);
- ``sources.csv``: the reports the claims were read in;
- ``claimants.csv``: canonical claimant names, their side and aliases;
- ``places.csv``: the places claims name, with oblast code and coordinates.

The shipped ledger is ``data/``. Validation reads every table, reports every problem with
file, line and column, and never writes; appending validates the result before it
replaces the file, so a bad or interrupted append leaves the ledger as it was. Every
read-modify-write of a ledger folder holds its lock (:func:`ledger_lock`), so two
processes appending at once take turns and neither loses the other's rows.
"""
from __future__ import annotations

import hashlib
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from . import vocabulary as v
from .columns import CLAIM_COLUMNS, CLAIM_FIELDS, SOURCE_COLUMNS, TABLE_COLUMNS
from .errors import LedgerValidationError, Problem, WarclaimsError
from .files import LOCK_NAME, folder_lock
from .paths import DATA_DIR
from .remembered import while_unchanged
from .tables import as_strings, read_coded_table, write_table_atomically
from .units import DISPLAY_AREA_UNITS, from_km2

#: The lock file in a ledger folder, held while a process reads, changes and writes it.
LOCK_FILE = LOCK_NAME
#: How long an append waits for another to finish before it gives up, in seconds.
LOCK_TIMEOUT = 120

# The typed frame's dtypes come from the field table: categories keep their vocabulary's
# order, dates are datetime64, numbers float, flags bool. ``unit`` may also be "sq mi" once
# load_claims has converted territory for display.
DATE_COLUMNS = [f.name for f in CLAIM_FIELDS if f.kind == "date"]
NUMBER_COLUMNS = [f.name for f in CLAIM_FIELDS if f.kind == "number"]
BOOL_COLUMNS = [f.name for f in CLAIM_FIELDS if f.kind == "bool"]
CATEGORIES = {f.name: list(f.values) for f in CLAIM_FIELDS if f.kind == "category"}
CATEGORIES["unit"] = ["km2", "sq mi", "count"]


@dataclass
class Ledger:
    """The four validated tables of a ledger folder, as strings, with their file lines."""

    folder: Path
    claims: pd.DataFrame
    sources: pd.DataFrame
    claimants: pd.DataFrame
    places: pd.DataFrame

    def summary(self) -> str:
        """One line: counts of claims, sources and claimants, and the date range."""
        # Validated dates are ISO text, which sorts as the dates do: no need to type 100,000 rows.
        dates = pd.concat([self.claims["as_of"], self.claims["period_start"], self.claims["period_end"]])
        dates = dates[dates != ""]
        span = f"{dates.min()} to {dates.max()}" if len(dates) else "no dates"
        return (
            f"{self.folder}: {len(self.claims)} claims, {self.sources['source_id'].nunique()} sources, "
            f"{self.claims['claimant'].nunique()} claimants, {span}"
        )

    def counts(self) -> dict[str, dict[str, int]]:
        """Claims per year (of the date a chart places them on), metric, subject side, claimant side, claimant
        and the language their source was read in."""
        claims = self.claims
        year = claims["as_of"].where(claims["as_of"] != "", claims["period_end"]).str[:4]
        # Restatements repeat a claim: counted apart so that no statement counts twice.
        original = claims["restates"] == ""
        return {
            "per year": year.value_counts().sort_index().to_dict(),
            "per metric": claims["metric"].value_counts().to_dict(),
            "per subject side": claims["subject_side"].value_counts().to_dict(),
            "per claimant side": claims["claimant_side"].value_counts().to_dict(),
            "per claimant": claims["claimant"].value_counts().to_dict(),
            "per source language": claims["source_id"].map(dict(zip(self.sources["source_id"], self.sources["language"])))
                                                    .value_counts().to_dict(),
            "restatements": {"restating an earlier claim": int((~original).sum()), "original": int(original.sum())},
        }


def _problems_from(err, file: str, lines: list[int]) -> list[Problem]:
    # err: pandera's SchemaErrors, with every failure case of a lazy validation.
    problems, seen = [], set()
    cases = err.failure_cases
    for case in cases.itertuples(index=False):
        idx = case.index
        line = lines[int(idx)] if idx is not None and not pd.isna(idx) else None
        check = str(case.check)
        column = case.column
        # Frame-wide row rules carry "column|expected" in their error; their failure_case is
        # the whole row, so no single value is shown.
        row_rule = "|" in check and case.schema_context == "DataFrameSchema"
        if row_rule:
            column, check = check.split("|", 1)
        if check == "field_uniqueness":
            check = "a value not used on an earlier row"
        elif check.startswith("column_in_dataframe") or check.startswith("column_in_schema"):
            check = "the columns of the schema"
        key = (line, column, check)
        if key in seen:
            continue
        seen.add(key)
        value = None if row_rule else case.failure_case
        problems.append(Problem(file, line, column, value, check))
    problems.sort(key=lambda p: (p.line or 0, p.column or ""))
    return problems


def _validate_raw(coded: pd.DataFrame, lines: list[int], file: str, raw_schema) -> list[Problem]:
    """The raw checks of one table, read by :func:`warclaims.tables.read_coded_table`."""
    import pandera.errors

    from .schema import without_data_synthesis

    try:
        # As categoricals, each check tests a column's distinct values alone
        # (warclaims.schema._on_distinct); failure cases keep the stored strings.
        with without_data_synthesis():
            raw_schema.validate(coded, lazy=True)
    except pandera.errors.SchemaErrors as err:
        return _problems_from(err, file, lines)
    return []


def read_checked_table(path: Path) -> pd.DataFrame:
    """Read one ledger table and check its stored text, as :func:`read_ledger` does.

    Raises
    ------
    LedgerValidationError
        Every problem of the table, each naming file, line and column; never a traceback.
    """
    from .schema import RAW

    coded, lines = read_coded_table(path, TABLE_COLUMNS[path.name])
    problems = _validate_raw(coded, lines, str(path), RAW[path.name])
    if problems:
        raise LedgerValidationError(problems)
    return as_strings(coded)


def typed_claims(raw: pd.DataFrame) -> pd.DataFrame:
    """Turn validated claim strings into typed columns: categoricals, dates, floats, bools.

    ``raw`` holds strings, or categoricals of them (as :func:`warclaims.tables.read_coded_table`
    reads a table). Each distinct string of a column is converted once and the results are
    spread back to the rows: a ledger repeats most of its values.
    """
    columns = {}
    for col in raw.columns:
        codes, values = _distinct(raw[col])
        cells = np.where(values == "", None, values)  # an empty cell is a missing value
        if col in DATE_COLUMNS:
            columns[col] = pd.to_datetime(pd.Series(cells, dtype=object), format="%Y-%m-%d").to_numpy()[codes]
        elif col in NUMBER_COLUMNS:
            columns[col] = pd.Series(cells, dtype=object).astype(float).to_numpy()[codes]
        elif col in BOOL_COLUMNS:
            columns[col] = (values == "true")[codes]
        elif col in CATEGORIES:
            known = pd.Categorical(cells, categories=CATEGORIES[col])
            columns[col] = pd.Categorical.from_codes(known.codes[codes], dtype=known.dtype)
        else:
            columns[col] = pd.array(cells, dtype="string").take(codes)
    return pd.DataFrame(columns, index=raw.index, columns=raw.columns)


def _distinct(cells: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """Each cell's code and the distinct strings (an object array) the codes point to."""
    if isinstance(cells.dtype, pd.CategoricalDtype):
        # Only the categories in use: a category of a row left out may not convert.
        cells = cells.cat.remove_unused_categories()
        return cells.cat.codes.to_numpy(), np.asarray(cells.cat.categories, dtype=object)
    codes, values = pd.factorize(cells, use_na_sentinel=False)
    return codes, np.asarray(values, dtype=object)


#: What makes two claims one statement: a claim equal to another on all of these, from another
#: report, restates it (or is restated by it).
REPEAT_KEY = ["claimant", "metric", "subject_side", "item_class", "count_kind", "quantity", "quantity_max",
              "period_start", "period_end", "as_of", "place"]


def _cross_check(led: Ledger, lines: dict[str, list[int]]) -> list[Problem]:
    """The rules across tables (:data:`warclaims.schema.CROSS_RULES`), one vectorised pass each."""
    problems = []
    claims, file = led.claims, str(led.folder / "claims.csv")
    line = pd.Series(lines["claims.csv"], index=claims.index, dtype="int64")

    def report(mask: pd.Series, column: str, expected, values: pd.Series | None = None) -> None:
        values = claims[column] if values is None else values
        for i in mask[mask].index:
            text = expected(i) if callable(expected) else expected
            problems.append(Problem(file, int(line[i]), column, values[i], text))

    sides = dict(zip(led.claimants["claimant"], led.claimants["side"]))
    report(~claims["source_id"].isin(led.sources["source_id"]), "source_id", "a source_id listed in sources.csv")
    known = claims["claimant"].isin(sides)
    report(~known, "claimant", "a canonical claimant listed in claimants.csv")
    side = claims["claimant"].map(sides)
    report(known & (side != claims["claimant_side"]), "claimant_side",
           lambda i: f"{side[i]!r}, the side of {claims['claimant'][i]} in claimants.csv")
    restates = claims["restates"]
    report((restates != "") & (~restates.isin(claims["claim_id"]) | (restates == claims["claim_id"])), "restates",
           "the claim_id of another claim in claims.csv")
    # One statement carried by several reports is one claim and its restatements, so that no
    # overview counts it twice: the same claimant, figure, days and place from another report,
    # with neither linked to the other, is a repeat left unlinked.
    original = claims.loc[restates == "", ["claim_id", "source_id", *REPEAT_KEY]]
    # Rows equal on the whole key are equal on a few of its columns: the whole key (eleven
    # columns) is compared among those only, a handful of rows rather than every claim.
    alike = original.duplicated(["claimant", "quantity", "as_of", "period_end"], keep=False)
    same = original[alike].duplicated(REPEAT_KEY, keep=False).reindex(original.index, fill_value=False)
    if same.any():
        first = original[same].groupby(REPEAT_KEY, sort=False)["claim_id"].transform("first")
        other_report = original.loc[same, "source_id"] != original.loc[same, "source_id"].groupby(first).transform("first")
        report(other_report.reindex(claims.index, fill_value=False), "restates",
               lambda i: f"{first[i]} (the same claimant, figure, days and place from another report)")
    # ISO dates compare as text; a date that is not one is reported by the raw pass.
    issued = claims["source_id"].map(dict(zip(led.sources["source_id"], led.sources["published"]))).fillna("")
    issued_iso = _iso_dates(issued)
    for column in ("as_of", "period_end"):
        day = claims[column]
        late = _iso_dates(day) & issued_iso & (day > issued)
        report(late, column, lambda i: f"a date on or before its source's publication ({issued[i]})")
    regions = dict(zip(led.places["place"], led.places["oblast_iso"]))
    named = claims.loc[claims["place"] != "", ["place", "oblast_iso"]]
    # Each distinct pair of places and regions is judged once; its problems go to every row
    # that holds it (the problems are sorted by line afterwards).
    bad = {}
    for place, oblasts in named.drop_duplicates().itertuples(index=False):
        found = []
        names = place.split(";")
        for name in names:
            if name not in regions:
                found.append(("place", name, "a place listed in places.csv"))
        if all(n in regions for n in names):
            expected = {c for n in names for c in regions[n].split(";")}
            if set(filter(None, oblasts.split(";"))) != expected:
                found.append(("oblast_iso", oblasts, f"the regions of its places in places.csv ({';'.join(sorted(expected))})"))
        if found:
            bad[(place, oblasts)] = found
    if bad:  # the rows of the pairs found wrong, found among the rows naming their places only
        held = named[named["place"].isin({place for place, _ in bad})]
        for pair, rows in held.groupby(["place", "oblast_iso"], sort=False).groups.items():
            problems += [Problem(file, int(line[i]), column, value, text) for i in rows for column, value, text in bad.get(pair, [])]
    return problems


#: A date as the ledger writes it (whether it is a real day is the raw checks' concern).
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _iso_dates(cells: pd.Series) -> pd.Series:
    """Which cells hold an ISO date, each distinct text tested once (a ledger repeats its dates)."""
    codes, values = pd.factorize(cells)
    ok = np.fromiter((bool(ISO_DATE.fullmatch(t)) for t in values), dtype=bool, count=len(values))
    return pd.Series(np.where(codes >= 0, ok[codes] if len(ok) else False, False), index=cells.index)


def _rule_problems(typed: pd.DataFrame, lines: list[int], file: str) -> list[Problem]:
    """The named rules across a claim's columns (:data:`warclaims.schema.CLAIM_RULES`).

    Evaluated directly rather than through pandera, which would test the whole frame for
    missing values once per rule: the same rules, a tenth of the time on a large ledger.
    """
    from .schema import CLAIM_RULES

    problems = []
    for _, column, expected, test in CLAIM_RULES:
        broken = ~test(typed).fillna(True).astype(bool).to_numpy()
        problems += [Problem(file, lines[i], column, None, expected) for i in broken.nonzero()[0]]
    return problems


def read_ledger(folder: str | Path | None = None) -> Ledger:
    """Read and validate every table of a ledger folder.

    Parameters
    ----------
    folder : str or Path, optional
        The ledger folder; the shipped ``data/`` when omitted.

    Raises
    ------
    LedgerValidationError
        With every problem found, each naming file, line, column and what was expected.
    """
    folder = Path(folder) if folder is not None else DATA_DIR
    if not folder.is_dir():
        raise LedgerValidationError([Problem(str(folder), None, None, None, "a ledger folder holding claims.csv, sources.csv, claimants.csv and places.csv")])
    return _as_strings(_read_folder(folder.resolve()))


def _as_strings(coded: Ledger) -> Ledger:
    return Ledger(coded.folder, *(as_strings(frame) for frame in (coded.claims, coded.sources, coded.claimants, coded.places)))


@while_unchanged(lambda folder: [folder / name for name in TABLE_COLUMNS])
def _read_folder(folder: Path) -> Ledger:
    """The validated tables of a ledger folder, each column a categorical of its strings.

    Remembered in that form: storing and reading back a few thousand distinct strings per
    column and a code per cell costs a fraction of 100,000 strings per column.
    """
    # pandera takes a fifth of a second to import: only when a ledger is read for the first
    # time (while_unchanged answers later reads of unchanged files without it).
    from .schema import RAW

    # Every stage runs on what it can, so one pass reports every problem of every table: rows
    # whose stored text is bad are left out of the typed rules (they cannot be typed), and
    # tables that cannot be read at all are left out of the cross-table rules.
    frames, lines, problems = {}, {}, []
    for name, columns in TABLE_COLUMNS.items():
        path = folder / name
        try:
            frame, where = read_coded_table(path, columns)
        except LedgerValidationError as e:
            problems.extend(e.problems)
            frame, where = pd.DataFrame({c: pd.Categorical([]) for c in columns}), []
        frames[name], lines[name] = frame, where
        problems.extend(_validate_raw(frame, where, str(path), RAW[name]))
    coded = Ledger(folder, frames["claims.csv"], frames["sources.csv"], frames["claimants.csv"], frames["places.csv"])
    claims_file = str(folder / "claims.csv")
    bad_lines = {p.line for p in problems if p.file == claims_file}
    good = [i for i, line in enumerate(lines["claims.csv"]) if line not in bad_lines]
    if good:
        typed = typed_claims(coded.claims.iloc[good].reset_index(drop=True))
        problems.extend(_rule_problems(typed, [lines["claims.csv"][i] for i in good], claims_file))
    problems.extend(_cross_check(_as_strings(coded), lines))
    if problems:
        problems.sort(key=lambda p: (p.file, p.line or 0, p.column or ""))
        raise LedgerValidationError(problems)
    return coded


def load_claims(folder: str | Path | None = None, area_unit: str = "km2") -> pd.DataFrame:
    """Return the validated claims of a ledger as a typed DataFrame, one row per claim.

    Parameters
    ----------
    folder : str or Path, optional
        A ledger folder; the shipped ``data/`` when omitted.
    area_unit : {"km2", "sq mi"}
        Unit for territory quantities. Counts are unaffected.

    Returns
    -------
    DataFrame
        The claim columns (enumerations as categoricals, dates as ``datetime64``), plus the
        source's ``source_publisher``, ``source_url``, ``source_published`` and
        ``source_title``, and ``date``: the as-of date, else the period's end.
    """
    if area_unit not in DISPLAY_AREA_UNITS:
        raise WarclaimsError(f"must be one of {sorted(DISPLAY_AREA_UNITS)}", parameter="area_unit", value=area_unit)
    folder = Path(folder) if folder is not None else DATA_DIR
    if not folder.is_dir():
        read_ledger(folder)  # names the folder that is not a ledger
    # A copy: a frame read back from Parquet may hold read-only arrays, and callers edit theirs.
    df = _expanded(_typed_folder(folder.resolve()).copy())
    if area_unit != "km2":
        area = df["metric"].isin(v.AREA_METRICS)
        df.loc[area, "quantity"] = from_km2(df.loc[area, "quantity"], area_unit)
        df.loc[area, "unit"] = area_unit
    return df


@while_unchanged(lambda folder: [folder / name for name in TABLE_COLUMNS])
def _typed_folder(folder: Path) -> pd.DataFrame:
    # Remembered apart from the tables (keyed by the same files): typing and joining 100,000
    # claims takes longer than reading the typed frame back, and every view starts from it.
    coded = _read_folder(folder)
    return _compacted(with_sources(typed_claims(coded.claims), as_strings(coded.sources)))


#: attrs key of a compacted typed frame: the text columns held as categoricals.
_COMPACTED = "warclaims_text_as_categories"


def _compacted(typed: pd.DataFrame) -> pd.DataFrame:
    """The typed frame with its text columns as categoricals of their distinct texts.

    So it is remembered: each notebook reads the typed ledger back, and a text column of
    100,000 claims reads back from Parquet in a fraction of the time as a dictionary of its
    distinct texts (claimants, sources, places, units) as it does as 100,000 strings.
    :func:`_expanded` gives the frame back.
    """
    out = typed.copy(deep=False)
    # A column with no text stays as it is: Parquet gives back a categorical of no
    # categories as plain objects.
    names = [c for c in typed.columns if isinstance(typed[c].dtype, pd.StringDtype) and typed[c].notna().any()]
    for name in names:
        codes, values = pd.factorize(typed[name])
        out[name] = pd.Categorical.from_codes(codes, pd.Index(np.asarray(values, dtype=object), dtype=object))
    out.attrs[_COMPACTED] = names
    return out


def _expanded(compact: pd.DataFrame) -> pd.DataFrame:
    """The typed frame that :func:`_compacted` gave ``compact`` for, text columns as strings."""
    for name in compact.attrs.pop(_COMPACTED, []):
        cells = compact[name].array
        compact[name] = pd.array(np.asarray(cells.categories, dtype=object), dtype="string").take(cells.codes, allow_fill=True)
    return compact


def with_sources(claims: pd.DataFrame, sources: pd.DataFrame) -> pd.DataFrame:
    """Join typed claims with their sources' publisher, address, date, language and title; add ``date``.

    ``date`` is the as-of date, else the end of the period: the day a chart places a claim.
    """
    src = sources.rename(columns=lambda c: c if c == "source_id" else f"source_{c}")
    src = src[["source_id", "source_publisher", "source_url", "source_published", "source_language", "source_title"]].copy()
    src["source_published"] = pd.to_datetime(src["source_published"], format="%Y-%m-%d")
    df = claims.merge(src, on="source_id", how="left")
    for col in ("source_id", "source_publisher", "source_url", "source_language", "source_title"):
        df[col] = df[col].astype("string")
    df["date"] = df["as_of"].fillna(df["period_end"])
    return df


def claims_from_rows(rows: pd.DataFrame, source: dict) -> pd.DataFrame:
    """Turn rows of claim strings from a dataset into the typed frame :func:`load_claims` gives.

    Parameters
    ----------
    rows : DataFrame
        Columns of :data:`warclaims.columns.CLAIM_COLUMNS` as strings (missing ones empty);
        ``claim_id`` is derived when empty.
    source : dict
        The one source the rows come from: ``source_id``, ``publisher``, ``url``,
        ``published``, ``title``.
    """
    raw = rows.reindex(columns=CLAIM_COLUMNS).fillna("").astype(str)
    if (raw["claim_id"] == "").any():
        raw["claim_id"] = [cid or claim_id_for(r) for cid, r in zip(raw["claim_id"], raw.to_dict("records"))]
    sources = pd.DataFrame([{**{c: "" for c in SOURCE_COLUMNS}, **source}])
    return with_sources(typed_claims(raw), sources)


def claim_id_for(row: dict) -> str:
    """Return the stable id of a claim: its source id and a digest of what it claims.

    The same figure read from the same source again gets the same id, which is how an
    append recognises a claim already in the ledger.
    """
    key = "|".join(
        str(row.get(k, "") or "")
        for k in ("source_id", "claimant", "metric", "item_class", "subject_side", "quantity", "qualifier", "place", "period_start", "period_end", "as_of")
    )
    digest = hashlib.sha1(key.encode("utf-8")).hexdigest()[:8]
    return f"{row['source_id'][:60]}-{digest}"


def ledger_lock(folder: str | Path | None = None, timeout: float = LOCK_TIMEOUT):
    """Hold a ledger folder's write lock (``<folder>/.warclaims.lock``, a ``filelock``).

    Re-entrant within a process, so a caller holding it may call :func:`append_claims`.
    The operating system releases it when the holder dies, so a killed append never
    leaves the ledger locked.

    Raises
    ------
    WarclaimsError
        Another process held the lock for ``timeout`` seconds, or the folder cannot be
        written; nothing was changed.
    """
    return folder_lock(Path(folder) if folder is not None else DATA_DIR, timeout, "this ledger")


def append_claims(new: pd.DataFrame, folder: str | Path | None = None, sources: pd.DataFrame | None = None) -> tuple[int, int]:
    """Validate and append claims (and their sources) to a ledger, skipping ones it has.

    Parameters
    ----------
    new : DataFrame
        Claim rows as strings in the ledger's columns; ``claim_id`` may be empty and is then
        derived with :func:`claim_id_for`.
    folder : str or Path, optional
        The ledger folder; the shipped ``data/`` when omitted.
    sources : DataFrame, optional
        Source rows the new claims refer to; ones already present are not added again.

    Returns
    -------
    added, skipped : int
        How many claims were appended and how many were already in the ledger.

    Raises
    ------
    LedgerValidationError
        The ledger with the new rows would not validate. Nothing is written.
    """
    folder = Path(folder) if folder is not None else DATA_DIR
    if not folder.is_dir():
        read_ledger(folder)  # names the folder that is not a ledger
    with ledger_lock(folder):
        return _append_locked(new, folder, sources)


def _append_locked(new: pd.DataFrame, folder: Path, sources: pd.DataFrame | None) -> tuple[int, int]:
    led = read_ledger(folder)
    new = new.reindex(columns=CLAIM_COLUMNS).fillna("").astype(str)
    new["claim_id"] = [cid or claim_id_for(r) for cid, r in zip(new["claim_id"], new.to_dict("records"))]
    fresh = new[~new["claim_id"].isin(led.claims["claim_id"])].drop_duplicates("claim_id")
    skipped = len(new) - len(fresh)
    claims = pd.concat([led.claims, fresh], ignore_index=True)
    all_sources = led.sources
    if sources is not None:
        extra = sources.reindex(columns=SOURCE_COLUMNS).fillna("").astype(str)
        extra = extra[~extra["source_id"].isin(led.sources["source_id"])].drop_duplicates("source_id")
        all_sources = pd.concat([led.sources, extra], ignore_index=True)
    # Validate the would-be ledger in a scratch folder before touching the real files.
    with tempfile.TemporaryDirectory() as scratch:
        scratch = Path(scratch)
        for name, frame in (("claims.csv", claims), ("sources.csv", all_sources), ("claimants.csv", led.claimants), ("places.csv", led.places)):
            write_table_atomically(scratch / name, frame)
        try:
            read_ledger(scratch)
        except LedgerValidationError as e:
            for p in e.problems:
                p.file = p.file.replace(str(scratch), str(folder))
            raise
    if len(all_sources) != len(led.sources):
        write_table_atomically(folder / "sources.csv", all_sources)
    if len(fresh):
        write_table_atomically(folder / "claims.csv", claims)
    return len(fresh), skipped
