"""The newest day each cached dataset covers, recorded after a fetch for ``warclaims datasets``.

Which function reads a dataset comes from its sidecar (:mod:`.registry`).
"""
from __future__ import annotations

import pandas as pd

from .. import datasets
from . import registry


def fetch_and_date(name: str, mirror=None, latest: bool = False):
    """Fetch a dataset (see :func:`warclaims.datasets.fetch`) and record the newest day it covers."""
    folder = datasets.fetch(name, mirror=mirror, latest=latest)
    datasets.record_as_of(name, newest_date(name))
    return folder


def newest_date(name: str) -> str:
    """Return the newest date (YYYY-MM-DD) in a cached dataset, or "" when unknown."""
    ds = datasets.get(name)
    if ds.by_day:  # the newest day cached, without reading every day's map
        from ..dataset_days import cached_days

        days = cached_days(name)
        return f"{max(days):%Y-%m-%d}" if days else ""
    if ds.tracker:
        from .territory import load_tracker

        frame = load_tracker(ds.tracker["name"])
    elif ds.loader:
        frame = registry.load(name)
    else:
        return ""
    day = frame["date"].max() if len(frame) else pd.NaT
    return "" if pd.isna(day) else pd.Timestamp(day).strftime("%Y-%m-%d")
