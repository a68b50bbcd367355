"""Reports a reader can use: tables written for reading, and the pages of a run.

Everything here is rendered with jinja2 templates from ``lib/warclaims/templates/warclaims``:
the notebook pages through nbconvert (``index.html.j2``), the run's index page
(``run_index.html.j2``) and each table (``table.html.j2``) directly, all on one layout.

A table is written for reading (:func:`readable`): thousands separators, dates as dates,
units in the headers, addresses as links showing the full address, yes/no for true/false,
a dash for a missing value, never a Python repr. The CSV beside it keeps the values as
they are.
"""
from __future__ import annotations

import math
import re
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path

from .paths import PACKAGE_DIR

#: nbconvert template folder (``--template warclaims``); also the index's and tables' templates.
TEMPLATES = PACKAGE_DIR / "templates"
TEMPLATE_NAME = "warclaims"
#: Mimetype of the chart bundle a displayed figure carries (alt text, title, its data as CSV);
#: written by :mod:`warclaims.display`, read by the runner.
CHART_MIME = "application/vnd.warclaims.chart+json"
#: Mimetype of a table's data as CSV, beside its readable HTML.
TABLE_MIME = "text/csv"
#: What a missing value reads as.
MISSING = "\N{EN DASH}"
#: Column-name endings that are units, and how a reader writes them.
UNIT_SUFFIXES = {"km2": "km²", "sq_mi": "sq mi", "sqmi": "sq mi", "pct": "%", "percent": "%", "km": "km"}

#: Words of column names a reader writes differently.
WORDS = {"url": "address", "id": "ID", "iso": "ISO", "qty": "quantity", "pct": "%"}

_URL = re.compile(r"https?://[^\s<>\"')\]]+")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_IDENTIFIER = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)+$")


@lru_cache(maxsize=1)
def environment():
    """The jinja2 environment of the index and table templates (autoescaped)."""
    import jinja2

    return jinja2.Environment(loader=jinja2.FileSystemLoader(str(TEMPLATES / TEMPLATE_NAME)),
                              autoescape=True, trim_blocks=True, lstrip_blocks=True)


def header(name) -> str:
    """A column name as a reader writes it: "claimed_km2" -> "Claimed (km²)"."""
    text = str(name)
    for suffix, unit in UNIT_SUFFIXES.items():
        if text.endswith("_" + suffix) and len(text) > len(suffix) + 1:
            text = f"{text[: -len(suffix) - 1]} ({unit})"
            break
    words = [WORDS.get(w, w) for w in text.replace("_", " ").split()]
    text = " ".join(words)
    return text[:1].upper() + text[1:]


def number(value: float) -> str:
    """A figure for reading: whole numbers with thousands separators, fractions to sense.

    6816.487367 -> "6,816"; 52650.0 -> "52,650"; 12.34 -> "12.3"; 0.4321 -> "0.43".
    """
    if isinstance(value, float) and (math.isnan(value) or math.isinf(value)):
        return MISSING if math.isnan(value) else ("∞" if value > 0 else "−∞")
    v = float(value)
    if v == int(v) or abs(v) >= 100:
        text = f"{v:,.0f}"
    elif abs(v) >= 1:
        text = f"{v:,.1f}"
    else:
        text = f"{v:.2f}"
    return text.replace("-", "\N{MINUS SIGN}")


def day(value) -> str:
    """A date for reading: "8 Sep 2022" (with the time when it has one)."""
    import pandas as pd

    ts = pd.Timestamp(value)
    text = f"{ts.day} {ts:%b %Y}"
    return text + (f" {ts:%H:%M}" if (ts.hour, ts.minute) != (0, 0) else "")


def cell(value) -> dict:
    """One table cell for reading: ``{"text", "links", "numeric"}`` (never a repr).

    ``links`` splits the text into pieces, each ``(text, address or None)``, so that every
    address in it becomes a link showing the full address.
    """
    import numpy as np
    import pandas as pd

    numeric = False
    if value is None or value is pd.NA or value is pd.NaT:
        text = MISSING
    elif isinstance(value, (bool, np.bool_)):
        text = "yes" if value else "no"
    elif isinstance(value, (pd.Timestamp, datetime, date, np.datetime64)):
        text = MISSING if pd.isna(value) else day(value)
    elif isinstance(value, (int, float, np.integer, np.floating)):
        text, numeric = number(value), not (isinstance(value, float) and math.isnan(value))
    elif isinstance(value, (list, tuple, set)):
        text = ", ".join(cell(v)["text"] for v in value) or MISSING
    elif isinstance(value, pd.Timedelta):
        text = f"{value.days:,} days" if value.seconds == 0 else str(value)
    elif isinstance(value, str):
        text = value.strip()
        if _ISO_DATE.match(text):
            try:
                text = day(text)
            except ValueError:
                pass
        elif text in UNIT_SUFFIXES:
            text = UNIT_SUFFIXES[text]  # a unit column: "km2" -> "km²"
        elif _IDENTIFIER.match(text):
            text = text.replace("_", " ")  # "personnel_losses" -> "personnel losses"
        if "://" not in text:
            text = re.sub(r";(?=\S)", "; ", text)  # "Borshchova;Artemivka" -> "Borshchova; Artemivka"
        text = text or MISSING
    else:
        text = str(value)
    pieces, last = [], 0
    for m in _URL.finditer(text):
        if m.start() > last:
            pieces.append((text[last:m.start()], None))
        pieces.append((m.group(0), m.group(0)))
        last = m.end()
    if last < len(text):
        pieces.append((text[last:], None))
    return {"text": text, "links": pieces, "numeric": numeric}


def readable(frame) -> dict:
    """A DataFrame as a table for reading: ``{"columns": [...], "rows": [[cell, ...]], "numeric": [...]}``.

    A meaningful index (anything but 0, 1, 2, ...) becomes the first columns.
    """
    import pandas as pd

    if not isinstance(frame.index, pd.RangeIndex):
        frame = frame.reset_index()
    columns = [header(c if not isinstance(c, tuple) else " ".join(str(p) for p in c if str(p))) for c in frame.columns]
    rows = [[cell(v) for v in row] for row in frame.itertuples(index=False, name=None)]
    numeric = [bool(rows) and all(r[i]["numeric"] or r[i]["text"] == MISSING for r in rows) for i in range(len(columns))]
    return {"columns": columns, "rows": rows, "numeric": numeric}


def table_html(frame, caption: str | None = None) -> str:
    """The HTML of a DataFrame as a table for reading (``table.html.j2``)."""
    return environment().get_template("table.html.j2").render(table=readable(frame), caption=caption)


def table_csv(frame) -> str:
    """A DataFrame's values as CSV for spreadsheets (a meaningful index kept as columns).

    Every cell goes through :func:`warclaims.tables.spreadsheet_csv`, so text that a
    spreadsheet would run as a formula ("=...", "+...", "@...") is written inert.
    """
    import pandas as pd

    from .tables import spreadsheet_csv

    if not isinstance(frame.index, pd.RangeIndex):
        frame = frame.reset_index()
    return spreadsheet_csv(frame)


def render_index(out: Path, **context) -> str:
    """The run's index page (``run_index.html.j2``)."""
    return environment().get_template("run_index.html.j2").render(**context)
