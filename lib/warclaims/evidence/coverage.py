"""The newest day each cached dataset covers, recorded after a fetch for ``warclaims datasets``."""
from __future__ import annotations

import pandas as pd

from .. import datasets

from .estimates import load_casualty_estimates
from .general_staff import load_general_staff
from .named_dead import DATASET as NAMED_DEAD, load_named_dead
from .oryx import HISTORY, _read
from .polygons import deepstate_areas, nzz_polygon_areas
from .territory import TRACKERS, load_tracker

_NEWEST = {
    "general-staff-losses": lambda: load_general_staff()["date"].max(),
    "oryx-losses": lambda: _read("oryx-losses")["date"].max(),
    HISTORY: lambda: _read(HISTORY)["date"].max(),
    "casualty-estimates-economist": lambda: load_casualty_estimates()["date"].max(),
    NAMED_DEAD: lambda: load_named_dead()["date"].max(),
    "nzz-polygons": lambda: nzz_polygon_areas()["date"].max(),
    "deepstate-polygons": lambda: deepstate_areas()["date"].max(),
    **{spec[0]: (lambda t=tracker: load_tracker(t)["date"].max()) for tracker, spec in TRACKERS.items()},
}


def fetch_and_date(name: str, mirror=None, latest: bool = False):
    """Fetch a dataset (see :func:`warclaims.datasets.fetch`) and record the newest day it covers."""
    folder = datasets.fetch(name, mirror=mirror, latest=latest)
    datasets.record_as_of(name, newest_date(name))
    return folder


def newest_date(name: str) -> str:
    """Return the newest date (YYYY-MM-DD) in a cached dataset, or "" when unknown."""
    fn = _NEWEST.get(name)
    if fn is None:
        return ""
    day = fn()
    return "" if pd.isna(day) else pd.Timestamp(day).strftime("%Y-%m-%d")
