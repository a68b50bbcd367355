"""Area units: the ledger stores km², readers may ask for square miles."""
from __future__ import annotations

from .errors import WarclaimsError
from .vocabulary import AREA_UNIT_SPELLINGS, AREA_UNITS_TO_KM2

#: Units a user may ask a chart or a loader for.
DISPLAY_AREA_UNITS = {"km2": "km²", "sq mi": "sq mi"}


def normalise_area_unit(raw: str) -> str:
    """Return the canonical key (``km2``, ``sq mi``, ``ha``) of an area unit as written.

    Raises
    ------
    WarclaimsError
        The spelling is not a known area unit; the message lists the known ones.
    """
    key = " ".join(str(raw).strip().lower().split())
    if key in AREA_UNIT_SPELLINGS:
        return AREA_UNIT_SPELLINGS[key]
    known = ", ".join(sorted(set(AREA_UNIT_SPELLINGS)))
    raise WarclaimsError(f"unknown area unit {raw!r}; known units: {known}", value=raw)


def to_km2(value: float, unit: str) -> float:
    """Convert an area in ``unit`` (any known spelling) to km²."""
    return value * AREA_UNITS_TO_KM2[normalise_area_unit(unit)]


def from_km2(value_km2, unit: str):
    """Convert km² (a number or a pandas Series) to ``unit`` (``km2`` or ``sq mi``)."""
    if unit not in DISPLAY_AREA_UNITS:
        raise WarclaimsError(
            f"area unit must be one of {sorted(DISPLAY_AREA_UNITS)}", parameter="area_unit", value=unit
        )
    return value_km2 / AREA_UNITS_TO_KM2[unit]
