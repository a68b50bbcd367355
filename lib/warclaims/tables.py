"""Reading and writing the ledger's CSV tables with line numbers kept.

pandas' CSV reader loses the link between a row and its line in the file, and a
validation message that cannot name the line is of little use to a curator. So the tables
are read with the standard ``csv`` module (which knows the line of every record) into a
frame of strings, and written back atomically.
"""
from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd

from .errors import LedgerValidationError, Problem
from .files import replace_atomically


def read_table(path: Path, columns: list[str]) -> tuple[pd.DataFrame, list[int]]:
    """Read a CSV table as strings and return it with the file line of each row.

    Parameters
    ----------
    path : Path
        The CSV file. Its header must list ``columns`` in that order.
    columns : list of str
        The expected header.

    Returns
    -------
    frame : DataFrame
        One row per record, every cell a string ("" where empty).
    lines : list of int
        The 1-based line on which each record starts.

    Raises
    ------
    LedgerValidationError
        The file cannot be decoded, its header is wrong, or a row has the wrong number of
        fields; every such row is listed.
    """
    shown = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise LedgerValidationError([Problem(shown, None, None, None, "file not found")]) from None
    except UnicodeDecodeError as e:
        raise LedgerValidationError([Problem(shown, None, None, None, f"UTF-8 text ({e.reason} at byte {e.start})")]) from None
    reader = csv.reader(text.splitlines(keepends=True))
    problems: list[Problem] = []
    try:
        header = next(reader)
    except StopIteration:
        raise LedgerValidationError([Problem(shown, 1, None, None, f"a header row: {','.join(columns)}")]) from None
    if header != columns:
        missing = [c for c in columns if c not in header]
        extra = [c for c in header if c not in columns]
        detail = []
        if missing:
            detail.append(f"missing {missing}")
        if extra:
            detail.append(f"unexpected {extra}")
        if not detail:
            detail.append("columns out of order")
        raise LedgerValidationError(
            [Problem(shown, 1, None, None, f"the header {','.join(columns)} ({'; '.join(detail)})")]
        )
    rows, lines = [], []
    start = reader.line_num + 1
    try:
        for record in reader:
            if record and any(cell.strip() for cell in record):
                if len(record) != len(columns):
                    problems.append(
                        Problem(shown, start, None, f"{len(record)} fields", f"{len(columns)} comma-separated fields")
                    )
                else:
                    rows.append(record)
                    lines.append(start)
            start = reader.line_num + 1
    except csv.Error as e:
        problems.append(Problem(shown, start, None, None, f"well-formed CSV ({e})"))
    if problems:
        raise LedgerValidationError(problems)
    return pd.DataFrame(rows, columns=columns, dtype=object), lines


def write_table_atomically(path: Path, frame: pd.DataFrame) -> None:
    """Write ``frame`` as CSV to ``path`` so that readers see the old file or the new one.

    The table is written to a temporary file in the same folder and moved over the old one
    with ``os.replace`` (atomic on POSIX and Windows), so an interrupted write leaves the
    previous ledger intact.
    """
    replace_atomically(path, frame.to_csv(index=False, lineterminator="\n").encode("utf-8"))
