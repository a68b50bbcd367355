"""The small JSON summary each notebook records of the figures it showed.

Tests and ``warclaims run``'s index read these files; a person can too. Each figure in a
summary carries its claimant and source, like every figure the project shows.
"""
from __future__ import annotations

import json
import math
from pathlib import Path

from .files import replace_atomically


def _plain(value):
    # Imported here, not at the top: the runner reads summaries in a process that has no
    # other use for pandas, and importing it there would add a quarter second to every run.
    import numpy as np
    import pandas as pd

    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, pd.Timestamp):
        return value.strftime("%Y-%m-%d")
    if isinstance(value, (np.integer,)):
        return int(value)
    if isinstance(value, (np.floating, float)):
        return None if math.isnan(value) else round(float(value), 3)
    if isinstance(value, Path):
        return str(value)
    if value is pd.NA or value is pd.NaT:
        return None
    return value


def record(notebook: str, summary: dict, output_dir: Path) -> Path:
    """Write ``<output_dir>/<notebook>.summary.json`` atomically and return its path."""
    output_dir = Path(output_dir)
    output_dir.mkdir(parents=True, exist_ok=True)
    path = output_dir / f"{notebook}.summary.json"
    replace_atomically(path, (json.dumps(_plain(summary), indent=2, ensure_ascii=False) + "\n").encode("utf-8"))
    return path


def read(path: Path) -> dict:
    """Read a recorded summary."""
    return json.loads(Path(path).read_text(encoding="utf-8"))
