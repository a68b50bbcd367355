"""Reading and writing the ledger's CSV tables with line numbers kept.

pandas' CSV reader loses the link between a row and its line in the file, and a
validation message that cannot name the line is of little use to a curator. So the tables
are read with the standard ``csv`` module (which knows the line of every record) into a
frame of strings, and written back atomically.

CSV files written for people to open in a spreadsheet (``extract --format csv``, chart and
table exports) go through :func:`spreadsheet_csv` instead, the one place where cells that
a spreadsheet would run as a formula are neutralised. The ledger's own tables are not
altered on writing: text that starts like a formula is refused when the ledger is
validated.
"""
from __future__ import annotations

import codecs
import csv
import io
import re
from pathlib import Path
from typing import Iterable, Mapping

import numpy as np
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
    coded, lines = read_coded_table(path, columns)
    return as_strings(coded), lines


def read_coded_table(path: Path, columns: list[str]) -> tuple[pd.DataFrame, list[int]]:
    """Read a CSV table as :func:`read_table` does, each column a categorical of its strings.

    A ledger repeats most of its values, so its checks test each distinct value once; read
    this way, the distinct values come from the parser rather than from a pass over 100,000
    Python strings per column. Categories are in no particular order.

    Raises
    ------
    LedgerValidationError
        As :func:`read_table`.
    """
    shown = str(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise LedgerValidationError([Problem(shown, None, None, None, "file not found")]) from None
    except IsADirectoryError:
        raise LedgerValidationError([Problem(shown, None, None, None, "a CSV file, not a folder (move the folder away and restore the file)")]) from None
    except OSError as e:
        raise LedgerValidationError([Problem(shown, None, None, None, f"a readable file ({e.strerror or e}; check its permissions)")]) from None
    fast = _read_one_record_a_line(data, columns) if ARROW_ALLOWED and len(data) >= ARROW_FROM_BYTES else None
    if fast is not None:
        return fast
    rows, lines = _read_by_line(data, shown, columns)
    frame = pd.DataFrame(rows, columns=columns, dtype=object)
    return pd.DataFrame({c: _categorical(frame[c]) for c in columns}, index=frame.index, columns=columns), lines


def _categorical(cells: pd.Series) -> pd.Categorical:
    # Categories in the order met, not sorted: sorting 100,000 distinct claim ids costs more
    # than every check of the column.
    codes, values = pd.factorize(cells)
    return pd.Categorical.from_codes(codes, pd.Index(values, dtype=object))


def as_strings(coded: pd.DataFrame) -> pd.DataFrame:
    """The frame of strings (object columns) that a frame of :func:`read_coded_table` stands for."""
    columns = {}
    for name in coded.columns:
        cells = coded[name].array
        columns[name] = np.asarray(cells.categories, dtype=object)[cells.codes]
    return pd.DataFrame(columns, index=coded.index, columns=coded.columns)


#: Tables from this size on are parsed by pyarrow (when each record is one line). Smaller ones
#: are read line by line, as quickly at their size.
ARROW_FROM_BYTES = 1 << 20

#: False where no thread may be started: pyarrow's reader starts threads even when told to use
#: none, and the kernel server (:mod:`warclaims.kernels`) reads the ledger before it forks
#: kernels, which it may only do while it runs a single thread. Every table is then read line
#: by line, whatever its size.
ARROW_ALLOWED = True

#: Bytes after which Python's ``str.splitlines`` (and so :func:`_read_by_line`) starts a new
#: line besides a plain newline: a file holding one is read line by line so that its lines
#: are counted as they always were.
_OTHER_LINE_BREAKS = (b"\r", b"\x0b", b"\x0c", b"\x1c", b"\x1d", b"\x1e", "\x85".encode(), "\u2028".encode(), "\u2029".encode())


def _read_one_record_a_line(data: bytes, columns: list[str]) -> tuple[pd.DataFrame, list[int]] | None:
    """The table parsed by pyarrow, when each record is one line; else None.

    None (the caller then reads the file line by line, which names every problem with its
    line) for anything the line numbers could not follow from the row numbers: a record
    broken over lines, a blank line or a row of empty cells (not records), a line break
    other than ``\\n``; and for anything pyarrow refuses (bad UTF-8, a wrong header or
    number of fields, a quote left open).
    """
    import pyarrow as pa
    from pyarrow import csv as pacsv

    if b"\n\n" in data or data.startswith((b"\n", codecs.BOM_UTF8)) or any(sep in data for sep in _OTHER_LINE_BREAKS):
        return None
    text_type = pa.dictionary(pa.int32(), pa.string())
    try:
        table = pacsv.read_csv(
            pa.BufferReader(data),
            # One block: a column's dictionary is then built once rather than once per
            # block and merged (the merge took twice as long as the parsing).
            read_options=pacsv.ReadOptions(use_threads=False, block_size=min(max(len(data), 1 << 20), 1 << 30)),
            parse_options=pacsv.ParseOptions(newlines_in_values=True),
            convert_options=pacsv.ConvertOptions(column_types={c: text_type for c in columns}, null_values=[],
                                                 strings_can_be_null=False, quoted_strings_can_be_null=False),
        )
    except (pa.ArrowInvalid, pa.ArrowTypeError):
        return None
    lines_in_file = data.count(b"\n") + (0 if data.endswith(b"\n") else 1)
    if table.column_names != columns or lines_in_file != table.num_rows + 1:
        return None
    frame = table.to_pandas(use_threads=False)
    blank = np.ones(len(frame), dtype=bool)
    for name in columns:
        cells = frame[name].array
        blank &= np.array([not v.strip() for v in cells.categories], dtype=bool)[cells.codes] if len(cells.categories) else True
    if blank.any():
        return None
    return frame, list(range(2, len(frame) + 2))


def _read_by_line(data: bytes, shown: str, columns: list[str]) -> tuple[list[list[str]], list[int]]:
    """Every record of a CSV file with the line it starts on, by the standard ``csv`` module."""
    try:
        # As text files are read: \r\n and \r end a line as \n does.
        text = data.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")
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
            if "".join(record).strip():  # a row of empty cells is no record; one join, not a test per cell
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
    return rows, lines


def write_table_atomically(path: Path, frame: pd.DataFrame) -> None:
    """Write ``frame`` as CSV to ``path`` so that readers see the old file or the new one.

    The table is written to a temporary file in the same folder and moved over the old one
    with ``os.replace`` (atomic on POSIX and Windows), so an interrupted write leaves the
    previous ledger intact.
    """
    replace_atomically(path, frame.to_csv(index=False, lineterminator="\n").encode("utf-8"))


#: First characters with which a spreadsheet (Excel, LibreOffice, Google Sheets) starts a
#: formula or a command (tab and carriage return can hide one), in ASCII and full width.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")
_PLAIN_NUMBER = re.compile(r"[+-]?(?:\d[\d,]*(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")


def spreadsheet_safe(value):
    """Return ``value`` so that a spreadsheet shows it as text and never runs it.

    A string that starts (after any spaces) with ``=``, ``+``, ``-``, ``@``, a tab or a
    carriage return gets a leading apostrophe, which spreadsheets take as "text follows"
    (OWASP's advice on CSV injection). Plain numbers such as ``-12`` or ``+3.5`` are kept:
    a spreadsheet reads them as the numbers they are. Anything not a string is unchanged.
    """
    if not isinstance(value, str):
        return value
    head = value.lstrip(" ")
    if head.startswith(FORMULA_STARTS) and not _PLAIN_NUMBER.fullmatch(value.strip()):
        return "'" + value
    return value


def spreadsheet_csv(rows: pd.DataFrame | Iterable[Mapping], out=None, fieldnames: list[str] | None = None) -> str | None:
    """Write rows as CSV for spreadsheets, with every cell passed through :func:`spreadsheet_safe`.

    Parameters
    ----------
    rows : DataFrame or iterable of mappings
        The table; a DataFrame is written without its index.
    out : text stream, optional
        Where to write; the CSV text is returned when omitted.
    fieldnames : list of str, optional
        Column order for mappings (default: the keys of the first row).
    """
    if isinstance(rows, pd.DataFrame):
        fieldnames = [str(c) for c in rows.columns]
        records = ({str(k): v for k, v in r.items()} for r in rows.to_dict("records"))
    else:
        records = list(rows)
        fieldnames = fieldnames or (list(records[0]) if records else [])
    target = out if out is not None else io.StringIO()
    writer = csv.DictWriter(target, fieldnames=[spreadsheet_safe(f) for f in fieldnames])
    writer.writeheader()
    for r in records:
        writer.writerow({spreadsheet_safe(k): spreadsheet_safe(r.get(k)) for k in fieldnames})
    return target.getvalue() if out is None else None
