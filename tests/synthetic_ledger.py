"""A synthetic ledger of many territory and vehicle claims across the war's years, for tests
that check the views stay readable and correct with many claims. The figures are invented
(round numbers, a fixed pattern), never taken from reporting."""
from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pandas as pd

from warclaims.paths import DATA_DIR

FILES = ("claims.csv", "sources.csv", "claimants.csv", "places.csv")
CLAIMANTS = [
    ("General Staff of the Armed Forces of Ukraine", "ukraine"),
    ("Volodymyr Zelensky", "ukraine"),
    ("Ministry of Defence of the Russian Federation", "russia"),
    ("Institute for the Study of War", "third_party"),
    ("UK Ministry of Defence", "third_party"),
]
PLACES = [("Kharkiv Oblast", "UA-63"), ("Bakhmut", "UA-14"), ("Kherson Oblast", "UA-65"), ("", ""), ("Kursk Oblast", "RU-KRS"),
          ("Avdiivka", "UA-14"), ("Zaporizhzhia Oblast", "UA-23")]
QUALIFIERS = ["exact", "about", "more than", "at least", "up to", "estimated", "nearly"]
VEHICLES = [("vehicles_captured", "tank", "military", "tanks"), ("vehicles_captured", "truck", "military", "trucks"),
            ("vehicles_stolen", "car", "civilian", "cars"), ("vehicles_fled", "bus", "unknown", "buses"),
            ("vehicles_captured", "ifv", "military", "infantry fighting vehicles")]


def write(folder: Path, territory: int = 36, vehicles: int = 24, first="2022-03-01", last="2024-12-31") -> Path:
    """Copy the shipped ledger to ``folder`` and add synthetic claims spread from ``first`` to ``last``."""
    folder.mkdir(parents=True, exist_ok=True)
    for name in FILES:
        shutil.copy(DATA_DIR / name, folder / name)
    with open(folder / "claims.csv", newline="", encoding="utf-8") as f:
        columns = next(csv.reader(f))
    days = pd.date_range(first, last, periods=max(territory, vehicles))
    rows = []
    for i in range(territory):
        claimant, side = CLAIMANTS[i % len(CLAIMANTS)]
        place, iso = PLACES[i % len(PLACES)]
        day = days[i % len(days)]
        stated = i % 3 != 2  # every third claim states no period
        subject = "russia" if side == "russia" else "ukraine"
        rows.append({
            "claim_id": f"synthetic-{i:03d}", "source_id": "synthetic", "claimant": claimant, "claimant_side": side,
            "metric": "territory_gained" if i % 4 else "territory_lost", "subject_side": subject if i % 4 else "ukraine" if subject == "russia" else "russia",
            "quantity": str(50 * (1 + (i * 7) % 40)), "unit": "km2", "quantity_raw": str(50 * (1 + (i * 7) % 40)), "unit_raw": "km2",
            "qualifier": QUALIFIERS[i % len(QUALIFIERS)], "cumulative": "false",
            "period_start": (day - pd.Timedelta(days=3 + i % 10)).strftime("%Y-%m-%d") if stated else "",
            "period_end": day.strftime("%Y-%m-%d") if stated else "", "as_of": "" if stated else day.strftime("%Y-%m-%d"),
            "place_raw": place, "place": place, "oblast_iso": iso, "verification_status": "unverified", "evidence": "synthetic test figure",
        })
    for i in range(vehicles):
        claimant, side = CLAIMANTS[i % 2]
        metric, cls, origin, raw = VEHICLES[i % len(VEHICLES)]
        place, iso = PLACES[(i + 1) % len(PLACES)]
        day = days[(i * 3) % len(days)]
        stated = i % 2 == 0
        rows.append({
            "claim_id": f"synthetic-v{i:03d}", "source_id": "synthetic", "claimant": claimant, "claimant_side": side,
            "metric": metric, "item_class": cls, "item_origin": origin, "item_raw": raw, "subject_side": "russia",
            "quantity": str(1 + (i * 5) % 30), "unit": "count", "quantity_raw": str(1 + (i * 5) % 30), "unit_raw": raw,
            "qualifier": QUALIFIERS[i % len(QUALIFIERS)], "cumulative": "false",
            "period_start": (day - pd.Timedelta(days=6)).strftime("%Y-%m-%d") if stated else "",
            "period_end": day.strftime("%Y-%m-%d") if stated else "", "as_of": "" if stated else day.strftime("%Y-%m-%d"),
            "place_raw": place, "place": place, "oblast_iso": iso, "verification_status": "unverified", "evidence": "synthetic test figure",
        })
    with open(folder / "claims.csv", "a", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, columns, restval="")
        for r in rows:
            writer.writerow(r)
    with open(folder / "sources.csv", newline="", encoding="utf-8") as f:
        source_columns = next(csv.reader(f))
    with open(folder / "sources.csv", "a", newline="", encoding="utf-8") as f:
        csv.DictWriter(f, source_columns, restval="").writerow(
            {"source_id": "synthetic", "publisher": "Synthetic test source", "url": "https://example.org/synthetic",
             "published": last, "language": "en", "title": "Synthetic claims for tests", "accessed": last})
    return folder
