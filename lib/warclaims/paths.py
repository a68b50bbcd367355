"""One place that says where things live.

Every path in warclaims is built here from the package root, never from the current
directory, so the library, the notebooks, the command line and the tests agree on where
the ledger, the notebooks and the cache are, wherever they are started from.
"""
from __future__ import annotations

import os
from pathlib import Path

import platformdirs

#: The repository root: ``lib/warclaims/paths.py`` is two folders below it. The package is
#: installed editable (see ``requirements.txt``), so this is the checkout a user works in.
PROJECT_ROOT = Path(__file__).resolve().parents[2]

#: The shipped ledger and reference tables (claims, sources, places, claimants, crosswalks).
DATA_DIR = PROJECT_ROOT / "data"

#: The notebook suite that ``warclaims run`` executes.
NOTEBOOKS_DIR = PROJECT_ROOT / "notebooks"

#: Where ``warclaims run`` writes reports unless told otherwise (git-ignored).
REPORTS_DIR = PROJECT_ROOT / "reports"

#: Files shipped inside the package (the chart style file).
PACKAGE_DIR = Path(__file__).resolve().parent

#: A local mirror of the public datasets laid out ``<owner>+<repo>/<path>``, used by CI and
#: by the tests when it exists beside the checkout. Nothing is copied from it into the repo.
SHARED_MIRROR = PROJECT_ROOT.parent / "shared" / "datasets"


def data_path(*parts: str) -> Path:
    """Return a path below the shipped ``data/`` folder.

    Parameters
    ----------
    *parts : str
        Path components below ``data/``, e.g. ``data_path("claims.csv")``.
    """
    return DATA_DIR.joinpath(*parts)


def cache_dir() -> Path:
    """Return the dataset cache folder, creating nothing.

    ``WARCLAIMS_CACHE`` wins; otherwise the user's cache folder from platformdirs, which
    honours ``XDG_CACHE_HOME`` on Linux.
    """
    override = os.environ.get("WARCLAIMS_CACHE")
    if override:
        return Path(override).expanduser().resolve()
    return Path(platformdirs.user_cache_dir("warclaims", appauthor=False))


def dataset_dir(name: str) -> Path:
    """Return the cache folder of one registered dataset (see :mod:`warclaims.datasets`)."""
    return cache_dir() / name
