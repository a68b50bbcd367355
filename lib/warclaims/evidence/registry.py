"""One registry of datasets and what reads them: every list of loaders comes from the sidecars.

Each sidecar in ``data/datasets/`` names its ``loader`` ("module:function", or a list of
them: the first reads the dataset's main frame, with a ``date`` column), and where it
applies its ``tracker`` (an area series: file, columns, factor to km²) or its ``control``
polygons (``reader``: the function that turns one day's file into the areas a side held).
The kernel server's preloading (:func:`warclaims.views.common.preload`), the newest date of
each dataset (:mod:`.coverage`), the trackers (:mod:`.territory`) and the control-polygon
datasets a place is checked against (:mod:`warclaims.places_check`) are all read from here, so
a new dataset is one sidecar and one loader.

A loader is called with no arguments, or with the dataset's name when it has a required
parameter (one function can read several datasets of the same shape).
"""
from __future__ import annotations

import importlib
import inspect
from typing import Callable

from ..datasets import Dataset, get, is_cached, registry


def resolve(spec: str) -> Callable:
    """Return the function a "module:function" spec names."""
    module, _, name = spec.partition(":")
    return getattr(importlib.import_module(module), name)


def _specs(ds: Dataset) -> list[str]:
    if not ds.loader:
        return []
    return [ds.loader] if isinstance(ds.loader, str) else list(ds.loader)


def call(spec: str, dataset: str):
    """Call a loader spec for a dataset (with its name when the function needs an argument)."""
    fn = resolve(spec)
    required = [p for p in inspect.signature(fn).parameters.values()
                if p.default is p.empty and p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)]
    return fn(dataset) if required else fn()


def load(name: str):
    """Read a dataset with its main loader (the first it names)."""
    specs = _specs(get(name))
    if not specs:
        raise LookupError(f"dataset {name!r} names no loader in its sidecar")
    return call(specs[0], name)


def preload() -> None:
    """Run every loader of every cached dataset marked for preloading, each once.

    Loaders remember what they read (:mod:`warclaims.remembered`); a kernel forked after
    this finds them read. A loader whose dataset is damaged is skipped: the notebook that
    needs it reports it.
    """
    from ..errors import WarclaimsError

    done = set()
    for ds in registry().values():
        if not ds.preload or not is_cached(ds.name):
            continue
        for spec in _specs(ds):
            key = spec if ds.tracker or not _needs_name(spec) else (spec, ds.name)
            if key in done:
                continue
            done.add(key)
            try:
                call(spec, ds.name)
            except WarclaimsError:
                pass


def _needs_name(spec: str) -> bool:
    fn = resolve(spec)
    return any(p.default is p.empty for p in inspect.signature(fn).parameters.values())


def trackers() -> dict[str, tuple]:
    """Every tracker's area series: ``{name: (dataset, file, date column, area column, factor)}``."""
    out = {}
    for ds in registry().values():
        t = ds.tracker
        if t:
            out[t["name"]] = (ds.name, t["file"], t["date_column"], t["area_column"], float(t["factor"]))
    return out


def control_datasets() -> dict[str, Dataset]:
    """The datasets of mapped control polygons, by name (those whose sidecar has ``control``)."""
    return {name: ds for name, ds in registry().items() if ds.control}


def control_reader(name: str) -> Callable:
    """The function reading one day's file of a control-polygon dataset (see :mod:`.polygons`)."""
    ds = get(name)
    if not ds.control:
        raise LookupError(f"dataset {name!r} holds no control polygons")
    return resolve(ds.control["reader"])
