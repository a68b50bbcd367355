"""Reading dataset files into frames, with errors that name the dataset, file and record."""
from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

from ..datasets import dataset_file
from ..errors import DatasetError


def load_json(dataset: str, local: Path):
    """Parse a cached JSON file; a truncated or corrupt one is named with its dataset."""
    try:
        return json.loads(local.read_bytes())
    except ValueError as e:
        raise DatasetError(f"{local.name} is not valid JSON (truncated or corrupt?): {e}", dataset=dataset, file=local) from None


def read_json_records(dataset: str, path: str) -> tuple[list, Path]:
    """Return the parsed JSON of a dataset file and its local path."""
    local = dataset_file(dataset, path)
    return load_json(dataset, local), local


def read_csv_checked(dataset: str, path: str, required: list[str], **kwargs) -> pd.DataFrame:
    """Read a dataset's CSV file, checking that the columns the loader needs are there."""
    local = dataset_file(dataset, path)
    try:
        frame = pd.read_csv(local, **kwargs)
    except (ValueError, pd.errors.ParserError) as e:
        raise DatasetError(f"cannot read {local.name} as CSV: {e}", dataset=dataset, file=local) from None
    missing = [c for c in required if c not in frame.columns]
    if missing:
        raise DatasetError(f"{local.name} lacks the column(s) {missing}; found {list(frame.columns)}", dataset=dataset, file=local)
    return frame


def parse_dates(values: pd.Series, dataset: str, file: Path | str, fmt: str | None = None, column: str = "date") -> pd.Series:
    """Parse a column of dates; the first one that does not parse is named with its record."""
    parsed = pd.to_datetime(values, format=fmt, errors="coerce")
    bad = parsed.isna() & values.notna()
    if bad.any():
        i = int(bad.to_numpy().nonzero()[0][0])
        raise DatasetError(
            f"record {i}: {column} {values.iloc[i]!r} is not a date" + (f" in the format {fmt}" if fmt else ""),
            dataset=dataset,
            file=file,
            record=i,
        )
    return parsed


def numeric(values: pd.Series, dataset: str, file: Path | str, column: str) -> pd.Series:
    """Convert a column to numbers (thousands commas allowed); the first non-number is named."""
    cleaned = values.str.replace(",", "", regex=False).str.strip() if values.dtype == object else values
    out = pd.to_numeric(cleaned, errors="coerce")
    bad = out.isna() & values.notna() & (values.astype(str).str.strip() != "")
    if bad.any():
        i = int(bad.to_numpy().nonzero()[0][0])
        raise DatasetError(f"record {i}: {column} {values.iloc[i]!r} is not a number", dataset=dataset, file=file, record=i)
    return out
