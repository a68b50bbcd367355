"""Ukraine's General Staff: daily cumulative claims of Russian losses.

Every daily figure is a claim by the General Staff as of that date, so besides the tidy
series this module returns the same figures in the ledger's claim schema
(:func:`general_staff_claims`).
"""
from __future__ import annotations

import pandas as pd

from ..datasets import dataset_inputs, get
from ..errors import DatasetError
from ..ledger import claims_from_rows
from ..remembered import while_unchanged
from .crosswalk import group_of_general_staff
from .records import numeric, parse_dates, read_json_records

DATASET = "general-staff-losses"
PERSONNEL = "data/russia_losses_personnel.json"
EQUIPMENT = "data/russia_losses_equipment.json"
CORRECTIONS = "data/russia_losses_equipment_correction.json"
#: Keys of the records that are not loss counts.
NOT_COUNTS = {"date", "day", "greatest losses direction", "personnel*", "POW"}
CLAIMANT = "General Staff of the Armed Forces of Ukraine"
#: What the General Staff's personnel figure counts. Its bulletins say Russian personnel
#: "liquidated" (ліквідовано) without defining the word; Ukrinform renders the same figure
#: as killed and wounded, and its running total (1.46 million by August 2026) is seven times
#: the count of Russian dead named in public records, so it cannot be a count of the killed
#: alone. warclaims records it as casualties (killed and wounded) and says the word is the
#: General Staff's wherever it is shown.
PERSONNEL_COUNT_KIND = "casualties"
PERSONNEL_WORDING = "\"personnel liquidated\" (undefined by the General Staff; read as killed and wounded)"


def _long(records: list, dataset: str, file) -> pd.DataFrame:
    frame = pd.DataFrame.from_records(records)
    if "date" not in frame.columns:
        raise DatasetError(f"records lack a 'date' key; found {list(frame.columns)[:8]}", dataset=dataset, file=file)
    frame["date"] = parse_dates(frame["date"], dataset, file, fmt="%Y-%m-%d")
    counts = [c for c in frame.columns if c not in NOT_COUNTS]
    for c in counts:
        frame[c] = numeric(frame[c], dataset, file, c)
    return frame.melt(id_vars="date", value_vars=counts, var_name="category", value_name="cumulative").dropna(subset=["cumulative"])


@while_unchanged(lambda: dataset_inputs(DATASET))
def load_general_staff() -> pd.DataFrame:
    """Return the General Staff's claimed Russian losses, one row per date and category.

    Returns
    -------
    DataFrame
        ``date``, ``category`` (the General Staff's own name, ``personnel`` included),
        ``group`` and ``item_class`` (from the crosswalk), ``cumulative`` (the claimed
        running total), ``daily_change`` (difference from the previous report),
        ``falls`` (True where the running total went down: a correction, kept visible),
        ``maintainer_correction`` (the dataset maintainer's recorded correction for that day,
        if any), ``claimant``, ``dataset``.
    """
    personnel, p_file = read_json_records(DATASET, PERSONNEL)
    equipment, e_file = read_json_records(DATASET, EQUIPMENT)
    corrections, c_file = read_json_records(DATASET, CORRECTIONS)
    frame = pd.concat([_long(personnel, DATASET, p_file), _long(equipment, DATASET, e_file)], ignore_index=True)
    frame = frame.sort_values(["category", "date"]).reset_index(drop=True)
    frame["daily_change"] = frame.groupby("category")["cumulative"].diff()
    frame["falls"] = frame["daily_change"] < 0
    fixes = _long(corrections, DATASET, c_file).rename(columns={"cumulative": "maintainer_correction"})
    fixes = fixes[fixes["maintainer_correction"] != 0]
    frame = frame.merge(fixes, on=["date", "category"], how="left")
    groups = {c: group_of_general_staff(c) for c in frame["category"].unique()}
    frame["group"] = frame["category"].map(lambda c: "personnel" if c == "personnel" else groups[c][0])
    frame["item_class"] = frame["category"].map(lambda c: groups[c][1])
    frame["count_kind"] = frame["category"].map(lambda c: PERSONNEL_COUNT_KIND if c == "personnel" else "")
    frame["claimant"] = CLAIMANT
    frame["dataset"] = DATASET
    return frame


def reported_as_of(frame: pd.DataFrame, day) -> pd.DataFrame:
    """Return the General Staff's report as it stood on ``day``: the newest report on or before it.

    Only the categories in that report are returned. A category the General Staff stopped
    reporting (``military auto`` and ``fuel tank`` after 2022-04-30, merged into ``vehicles
    and fuel tanks``) is not carried forward: its count lives on in its successor, and adding
    both would count the same vehicles twice (see ``data/crosswalk/category_successions.csv``).
    Empty when no report is that old.
    """
    upto = frame[frame["date"] <= pd.Timestamp(day)]
    if upto.empty:
        return upto
    return upto[upto["date"] == upto["date"].max()].reset_index(drop=True)


def corrections(frame: pd.DataFrame) -> pd.DataFrame:
    """Return the days a claimed running total fell or the maintainer recorded a correction.

    One row per category and day: ``date``, ``category``, ``group``, ``daily_change``,
    ``falls``, ``maintainer_correction``.
    """
    hit = frame["falls"] | frame["maintainer_correction"].notna()
    return frame.loc[hit, ["date", "category", "group", "daily_change", "falls", "maintainer_correction"]].reset_index(drop=True)


def general_staff_claims(frame: pd.DataFrame | None = None) -> pd.DataFrame:
    """Return the General Staff's daily figures as claims in the ledger's schema.

    One claim per date and category: ``personnel_losses`` or ``equipment_losses`` (with the
    crosswalk's item class), cumulative, as of that date, subject side Russia.
    """
    frame = load_general_staff() if frame is None else frame
    ds = get(DATASET)
    personnel = frame["category"] == "personnel"
    day = frame["date"].dt.strftime("%Y-%m-%d")
    rows = pd.DataFrame(
        {
            "claim_id": "gs-" + day + "-" + frame["category"].str.replace(r"[^a-z0-9]+", "-", regex=True, case=False).str.lower(),
            "source_id": DATASET,
            "claimant": CLAIMANT,
            "claimant_side": "ukraine",
            "metric": personnel.map({True: "personnel_losses", False: "equipment_losses"}),
            "item_class": frame["item_class"].fillna("other_equipment").where(~personnel, ""),
            "item_origin": personnel.map({True: "", False: "military"}),
            "item_raw": frame["category"].where(~personnel, ""),
            "subject_side": "russia",
            "count_kind": personnel.map({True: PERSONNEL_COUNT_KIND, False: ""}),
            "quantity": frame["cumulative"].map(lambda q: f"{q:g}"),
            "unit": "count",
            "quantity_raw": frame["cumulative"].map(lambda q: f"{q:g}"),
            "unit_raw": frame["category"],
            # The General Staff words its personnel figure "about"; equipment counts are exact.
            "qualifier": personnel.map({True: "about", False: "exact"}),
            "cumulative": "true",
            "as_of": day,
            "verification_status": "unverified",
            "verified_by": "",
            "evidence": "daily General Staff report, " + day,
        }
    )
    source = {
        "source_id": DATASET,
        "publisher": f"{CLAIMANT} (compiled in {ds.repository})",
        "url": ds.address,
        "published": frame["date"].max().strftime("%Y-%m-%d"),
        "title": ds.title,
    }
    return claims_from_rows(rows, source)

