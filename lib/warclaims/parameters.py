"""Notebook parameters: declared once in each notebook, checked the same way everywhere.

``warclaims run`` checks command-line values against the types the notebooks declare (read
with papermill's ``inspect_notebook``) before starting anything; the notebooks call
:func:`check_parameters` first thing, so a bad value in JupyterLab or papermill gets the
same message naming the parameter.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import ParameterError
from .paths import DATA_DIR, PROJECT_ROOT, REPORTS_DIR
from .units import DISPLAY_AREA_UNITS

if TYPE_CHECKING:
    import pandas as pd

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_REGION = re.compile(r"^(UA-\d{2}|RU-[A-Z]{2,3})$")


@dataclass
class Params:
    """Checked parameters, typed: dates as Timestamps (``date`` from
    :func:`validate_parameters`), folders as Paths."""

    start: pd.Timestamp
    end: pd.Timestamp
    claimants: list[str] = field(default_factory=list)
    area_unit: str = "km2"
    region: str = ""
    data_dir: Path | None = None
    output_dir: Path = REPORTS_DIR / "interactive"
    extra: dict = field(default_factory=dict)

    def window(self) -> str:
        """The window as text, for chart subtitles."""
        return f"{self.start:%d %b %Y} to {self.end:%d %b %Y}"


def _date(name: str, value) -> date:
    if not isinstance(value, str) or not _DATE.match(value):
        raise ParameterError(f"expected a date written YYYY-MM-DD, got {value!r}", parameter=name, value=value)
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ParameterError(f"{value!r} is not a calendar date", parameter=name, value=value) from None


def _folder(name: str, value, must_exist: bool) -> Path | None:
    if not isinstance(value, (str, Path)):
        raise ParameterError(f"expected a folder path as text, got {type(value).__name__} {value!r}", parameter=name, value=value)
    if str(value) == "":
        return None
    path = Path(value)
    if not path.is_absolute():
        path = PROJECT_ROOT / path  # relative to the project, never to the kernel's directory
    if must_exist and not path.is_dir():
        raise ParameterError(f"no such folder: {path}", parameter=name, value=value)
    return path


def check_parameters(*args, **kwargs) -> Params:
    """Check a notebook's parameters and return them typed, dates as Timestamps.

    Takes the arguments of :func:`validate_parameters` (start and end date, claimants, area
    unit, region, data and output folders, and any further ones), in the order the
    notebooks' ``parameters`` cells declare them.

    Raises
    ------
    ParameterError
        Naming the parameter, the value and what was expected.
    """
    import pandas as pd

    checked = validate_parameters(*args, **kwargs)
    checked.start, checked.end = pd.Timestamp(checked.start), pd.Timestamp(checked.end)
    return checked


def validate_parameters(
    start_date,
    end_date,
    claimants=(),
    area_unit="km2",
    region="",
    data_dir="",
    output_dir="",
    **extra,
) -> Params:
    """Check a notebook's parameters and return them typed, dates as ``date``.

    :func:`check_parameters` does the same and gives dates as Timestamps, for the notebooks.
    ``warclaims run`` checks every notebook's parameters with this before starting any, in a
    process that has no other use for pandas.

    Raises
    ------
    ParameterError
        Naming the parameter, the value and what was expected.
    """
    start, end = _date("start_date", start_date), _date("end_date", end_date)
    if start > end:
        raise ParameterError(f"start_date {start_date} is after end_date {end_date}", parameter="start_date", value=start_date)
    if not isinstance(claimants, (list, tuple)) or not all(isinstance(c, str) for c in claimants):
        raise ParameterError(f"expected a list of claimant names, got {claimants!r}", parameter="claimants", value=claimants)
    if area_unit not in DISPLAY_AREA_UNITS:
        raise ParameterError(f"expected one of {sorted(DISPLAY_AREA_UNITS)}, got {area_unit!r}", parameter="area_unit", value=area_unit)
    if not isinstance(region, str) or (region and not _REGION.match(region)):
        raise ParameterError(f"expected an ISO 3166-2 code such as 'UA-63', or '', got {region!r}", parameter="region", value=region)
    data = _folder("data_dir", data_dir, must_exist=True)
    if data is not None and not (data / "claims.csv").is_file():
        raise ParameterError(f"{data} holds no claims.csv (a ledger folder has claims.csv, sources.csv, claimants.csv, places.csv)", parameter="data_dir", value=data_dir)
    out = _folder("output_dir", output_dir, must_exist=False) or REPORTS_DIR / "interactive"
    return Params(start, end, list(claimants), area_unit, region, data or DATA_DIR, out, extra)


def coerce(name: str, raw: str, declared: str):
    """Turn a command-line string into the type a notebook declares for ``name``.

    Parameters
    ----------
    name : str
        The parameter, for the error message.
    raw : str
        The value as typed on the command line.
    declared : str
        papermill's ``inferred_type_name``: ``str``, ``int``, ``float``, ``bool``, ``list``.
    """
    try:
        if declared == "int":
            return int(raw)
        if declared == "float":
            return float(raw)
        if declared == "bool":
            low = raw.strip().lower()
            if low not in ("true", "false", "1", "0", "yes", "no"):
                raise ValueError(raw)
            return low in ("true", "1", "yes")
        if declared == "list":
            text = raw.strip()
            if text.startswith("["):
                value = json.loads(text)
                if not isinstance(value, list):
                    raise ValueError(raw)
                return value
            return [part.strip() for part in text.split(",") if part.strip()]
    except ValueError:
        raise ParameterError(f"expected a value of type {declared}, got {raw!r}", parameter=name, value=raw) from None
    return raw
