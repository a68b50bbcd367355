"""How long the evidence loaders take on the full datasets.

Run: ``.venv/bin/python bench/evidence.py``. Uses the dataset cache; datasets missing from it
are fetched from ``$WARCLAIMS_MIRROR`` or ``../shared/datasets`` when present. Target: the
polygon areas of all 92 NZZ days of August to October 2022 in under 3 s on one core.
"""
from __future__ import annotations

import os
import time

from warclaims import datasets
from warclaims.evidence import polygons
from warclaims.evidence.estimates import load_casualty_estimates
from warclaims.evidence.general_staff import general_staff_claims, load_general_staff
from warclaims.evidence.oryx import load_oryx_daily
from warclaims.evidence.territory import load_area_series
from warclaims.paths import SHARED_MIRROR


def timed(label: str, fn, repeat: int = 3):
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - t)
    print(f"{label:<58} {best:7.3f} s  (best of {repeat})")
    return result


def main() -> None:
    try:  # one core, as the target says
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    except (AttributeError, OSError):
        pass
    mirror = os.environ.get("WARCLAIMS_MIRROR") or (SHARED_MIRROR if SHARED_MIRROR.is_dir() else None)
    for name in datasets.registry():
        if not datasets.is_cached(name):
            if mirror is None:
                raise SystemExit(datasets.how_to_get(name))
            datasets.fetch(name, mirror=mirror)
    gs = timed("General Staff daily claims (tidy series)", load_general_staff)
    timed("General Staff daily claims (ledger claim schema)", lambda: general_staff_claims(gs))
    timed("Oryx daily confirmed losses (history + current)", load_oryx_daily)
    timed("Area under Russian control, three trackers", load_area_series)
    timed("Casualty estimates by source", load_casualty_estimates)
    remembered = datasets.dataset_dir(polygons.NZZ) / polygons.AREAS_FILE

    def measured_afresh():
        remembered.unlink(missing_ok=True)  # measure, do not reuse areas from an earlier run
        return polygons.nzz_polygon_areas("2022-08-01", "2022-10-31")

    areas = timed("NZZ polygon areas, 92 days Aug-Oct 2022 (distinct maps)", measured_afresh)
    print(f"  ({len(areas)} days, {areas['map_date'].nunique()} distinct maps measured)")

    def every_file():
        # The same 92 files with no reuse of repeated maps: the cost if every day were new.
        for path in datasets.dataset_files(polygons.NZZ).values():
            polygons._nzz_file_areas(polygons.NZZ, path)

    timed("NZZ polygon areas, 92 files each measured anew", every_file, repeat=1)
    timed("NZZ polygon areas, 92 days, areas remembered in the cache", lambda: polygons.nzz_polygon_areas("2022-08-01", "2022-10-31"))
    print("target: NZZ polygon areas for 92 days < 3 s on one core")


if __name__ == "__main__":
    main()
