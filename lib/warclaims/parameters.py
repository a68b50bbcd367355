"""Notebook parameters: declared once in each notebook, checked the same way everywhere.

``warclaims run`` checks command-line values against the types the notebooks declare (read
with papermill's ``inspect_notebook``) before starting anything; the notebooks call
:func:`check_parameters` first thing, so a bad value in JupyterLab or papermill gets the
same message naming the parameter.
"""
from __future__ import annotations

import csv
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

#: Parameters ``warclaims run`` sets itself (``--out`` chooses the folder); given with ``-p``
#: they would be overwritten, so they are refused.
SET_BY_RUNNER = {"output_dir": "--out DIR"}


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

    from . import display

    # First call of every notebook: from here on, charts and tables display so that the
    # report can offer them as files (PNG, SVG, CSV, alt text).
    display.install()
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
    ledger = data or DATA_DIR
    names = [canonical_claimant(c, ledger) for c in claimants]
    if region and region not in known_regions(ledger):
        raise ParameterError(
            f"no place in the ledger ({ledger / 'places.csv'}) lies in region {region!r}; known regions: "
            f"{', '.join(sorted(known_regions(ledger)))}", parameter="region", value=region)
    out = _folder("output_dir", output_dir, must_exist=False) or REPORTS_DIR / "interactive"
    return Params(start, end, list(dict.fromkeys(names)), area_unit, region, ledger, out, extra)


def _claimant_key(name: str) -> str:
    # As claimants.resolve_claimant compares names: case, full stops and curly apostrophes aside.
    return " ".join(name.replace("\u2019", "'").replace(".", "").lower().split())


def _rows(path: Path) -> list[dict]:
    # The csv module, not pandas: the runner checks parameters in a process that has no
    # other use for pandas. The ledger's own checks (warclaims validate) read these fully.
    try:
        with open(path, encoding="utf-8", newline="") as f:
            return list(csv.DictReader(f))
    except OSError as e:
        raise ParameterError(f"cannot read {path}: {e.strerror}", parameter="data_dir", value=str(path.parent)) from None


def claimant_names(ledger: Path) -> dict[str, str]:
    """Every way ``claimants.csv`` lets a claimant be written -> its canonical name."""
    from .aliases import split_aliases

    names = {}
    for row in _rows(Path(ledger) / "claimants.csv"):
        canonical = (row.get("claimant") or "").strip()
        for name in [canonical, *split_aliases(row.get("aliases") or "")]:
            names.setdefault(_claimant_key(name), canonical)
    return names


def canonical_claimant(name: str, ledger: Path) -> str:
    """The canonical name of a claimant given by name or alias ("Zelensky" -> "Volodymyr Zelensky").

    Raises
    ------
    ParameterError
        ``claimants`` names no claimant of the ledger (nor an alias of one).
    """
    names = claimant_names(ledger)
    found = names.get(_claimant_key(name))
    if found is None:
        close = [c for c in dict.fromkeys(names.values()) if _claimant_key(name) in _claimant_key(c)]
        hint = f"; did you mean {', '.join(repr(c) for c in close[:3])}?" if close else \
            f"; the claimants are listed in {Path(ledger) / 'claimants.csv'}"
        raise ParameterError(f"no claimant or alias {name!r} in the ledger{hint}", parameter="claimants", value=name)
    return found


def known_regions(ledger: Path) -> set[str]:
    """The ISO 3166-2 codes of the regions the ledger's places lie in (``places.csv``)."""
    codes = set()
    for row in _rows(Path(ledger) / "places.csv"):
        codes.update(c.strip() for c in (row.get("oblast_iso") or "").split(";") if c.strip())
    return codes


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
