"""How far each tracker's series can be trusted on a given day, and which trackers are independent.

A tracker's daily area is not always a measurement of that day's front line:

* a **spike** is one reading far from the readings either side of it, which the next reading
  takes back (liveuamap on 8 September 2022: 12,000 km² more for one day). It is a glitch of
  the map or its scrape, not ground taken and lost, so it is never used as a reading;
* a **stale** stretch is one where a tracker barely moves while the other trackers move a
  lot (the NZZ's area table in early September 2022, which then catches up on the 20th). Its
  figures over those days say when the map was updated, not when the ground changed, so a
  comparison that spans a stale stretch does not count;
* a tracker may **derive** from another (the NZZ's map draws on liveuamap's): the two then
  agree because they share a source, and the spread between trackers counts independent
  ones only.

The rules are held as named data (:data:`SPIKE`, :data:`STALE`, :data:`LINEAGE`) so the
charts and recorded summaries can state them, and tests can hold them.
"""
from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

DAY = pd.Timedelta(days=1)


@dataclass(frozen=True)
class SpikeRule:
    """A spike is a reading (or a run of readings over at most ``max_days`` days) at least
    ``min_jump_km2`` from the reading before, after which the series returns to within
    ``max_revert_fraction`` of that jump from where it was."""

    min_jump_km2: float = 1000.0
    max_revert_fraction: float = 0.25
    max_days: int = 7

    def describe(self) -> str:
        return (f"spike: a jump of at least {self.min_jump_km2:,.0f} km² that the series takes back (to within "
                f"{self.max_revert_fraction:.0%}) within {self.max_days} days; those readings are not used")


@dataclass(frozen=True)
class StaleRule:
    """A tracker is stale over ``window_days`` days when every other tracker with readings moved
    at least ``min_reference_km2`` the same way, and it moved less than ``max_fraction`` of the
    smallest of those moves."""

    window_days: int = 7
    min_reference_km2: float = 1000.0
    max_fraction: float = 0.25

    def describe(self) -> str:
        return (f"stale: over {self.window_days} days every other tracker moved at least {self.min_reference_km2:,.0f} km² "
                f"the same way and this one under {self.max_fraction:.0%} of that")


@dataclass(frozen=True)
class JumpRule:
    """A jump is a change of at least ``min_jump_km2`` between two readings that no other
    tracker shows: each other tracker with readings moved less than ``max_fraction`` of it
    from ``window_days`` days before to ``window_days`` days after."""

    min_jump_km2: float = 2000.0
    window_days: int = 3
    max_fraction: float = 0.25

    def describe(self) -> str:
        return (f"unconfirmed jump: a change of at least {self.min_jump_km2:,.0f} km² between two readings that every other "
                f"tracker shows less than {self.max_fraction:.0%} of within {self.window_days} days (a catch-up or a "
                "change of baseline, not that day's fighting)")


SPIKE = SpikeRule()
STALE = StaleRule()
JUMP = JumpRule()

#: Which tracker draws on which. A tracker listed here is not independent: it is shown, but
#: not counted in the spread between trackers. ``same_map`` marks a second measurement of one
#: map (not used as a reference for the stale rule of its own map).
LINEAGE = {
    "NZZ": {"derives_from": "liveuamap", "how": "the NZZ's map draws on liveuamap's", "same_map": False},
    "NZZ polygons (measured here)": {"derives_from": "NZZ", "how": "the NZZ's own daily map files, measured by warclaims",
                                     "same_map": True},
}


def is_independent(tracker: str) -> bool:
    """Whether a tracker's series is its own mapping, not drawn from another tracker's."""
    return tracker not in LINEAGE


def derives_from(tracker: str) -> str | None:
    """The tracker this one draws on, or None for an independent one."""
    entry = LINEAGE.get(tracker)
    return entry["derives_from"] if entry else None


def lineage_text(tracker: str) -> str:
    """"independent", or what the tracker derives from, for charts and summaries."""
    entry = LINEAGE.get(tracker)
    return "independent" if entry is None else f"derives from {entry['derives_from']} ({entry['how']})"


def _same_map(a: str, b: str) -> bool:
    ea, eb = LINEAGE.get(a, {}), LINEAGE.get(b, {})
    return (ea.get("same_map") and ea.get("derives_from") == b) or (eb.get("same_map") and eb.get("derives_from") == a)


def find_spikes(series: pd.DataFrame, rule: SpikeRule = SPIKE) -> pd.DataFrame:
    """The spike readings in a stacked tracker series (``date``, ``tracker``, ``area_km2``).

    Returns
    -------
    DataFrame
        One row per spike reading: ``tracker``, ``date``, ``area_km2`` (the reading),
        ``jump_km2`` (from the reading before the spike) and ``detail`` (a sentence).
    """
    rows = []
    for tracker, one in series.groupby("tracker", sort=False):
        one = one.sort_values("date").reset_index(drop=True)
        area = one["area_km2"].to_numpy(dtype=float)
        dates = one["date"].tolist()
        i = 1
        while i < len(one) - 1:
            jump = area[i] - area[i - 1]
            back = None
            if abs(jump) >= rule.min_jump_km2:
                for j in range(i + 1, len(one)):
                    if dates[j] - dates[i] > rule.max_days * DAY:
                        break
                    if abs(area[j] - area[i - 1]) <= rule.max_revert_fraction * abs(jump):
                        back = j
                        break
            if back is None:
                i += 1
                continue
            days = f"{dates[i]:%d %b %Y}" + (f" to {dates[back - 1]:%d %b %Y}" if back - 1 > i else "")
            detail = f"{tracker} {days}: {jump:+,.0f} km², taken back on {dates[back]:%d %b %Y}"
            for k in range(i, back):
                rows.append({"tracker": tracker, "date": dates[k], "area_km2": float(area[k]), "jump_km2": float(jump), "detail": detail})
            i = back + 1
    return pd.DataFrame(rows, columns=["tracker", "date", "area_km2", "jump_km2", "detail"])


def without_spikes(series: pd.DataFrame, spikes: pd.DataFrame) -> pd.DataFrame:
    """The series with its spike readings left out (the reading before then stands for the day)."""
    if spikes.empty:
        return series
    keys = set(zip(spikes["tracker"], spikes["date"]))
    keep = [(t, d) not in keys for t, d in zip(series["tracker"], series["date"])]
    return series[keep].reset_index(drop=True)


def _daily(series: pd.DataFrame) -> pd.DataFrame:
    # One column per tracker on a daily calendar; a day takes the last reading on or before
    # it, within the tracker's own first and last reading (never beyond).
    wide = series.pivot_table(index="date", columns="tracker", values="area_km2", aggfunc="last")
    if wide.empty:
        return wide
    days = pd.date_range(wide.index.min(), wide.index.max(), freq="D")
    filled = wide.reindex(days).ffill()
    for tracker in wide.columns:
        last = wide[tracker].last_valid_index()
        filled.loc[filled.index > last, tracker] = float("nan")
    return filled


def _merge(days, tracker: str, width: int, own, reference) -> list[dict]:
    # A flagged day d flags the window of ``width`` days that ends on it; overlapping windows merge.
    rows, current = [], None
    for day in days:
        first = day - (width - 1) * DAY
        if current and first <= current["end"] + DAY:
            current["end"] = day
            if abs(reference[day]) > abs(current["reference_km2"]):
                current["reference_km2"], current["own_km2"] = float(reference[day]), float(own[day])
        else:
            if current:
                rows.append(current)
            current = {"tracker": tracker, "start": first, "end": day, "own_km2": float(own[day]), "reference_km2": float(reference[day])}
    return rows + ([current] if current else [])


STRETCH_COLUMNS = ["tracker", "kind", "start", "end", "own_km2", "reference_km2", "detail"]


def _others(columns, tracker: str) -> list[str]:
    return [t for t in columns if t != tracker and not _same_map(t, tracker)]


def find_stale(clean: pd.DataFrame, rule: StaleRule = STALE) -> pd.DataFrame:
    """Stretches over which a tracker barely moved while every other tracker moved.

    Parameters
    ----------
    clean : DataFrame
        Stacked tracker series with spikes already left out (:func:`without_spikes`).

    Returns
    -------
    DataFrame
        ``tracker``, ``kind`` ("stale"), ``start``, ``end`` (inclusive days), ``own_km2`` and
        ``reference_km2`` (the tracker's change and the others' smallest, over the window
        where the others moved most), and ``detail``.
    """
    daily = _daily(clean)
    if daily.empty or daily.shape[1] < 2:
        return pd.DataFrame(columns=STRETCH_COLUMNS)
    change = daily - daily.shift(rule.window_days)
    rows = []
    for tracker in daily.columns:
        others = _others(daily.columns, tracker)
        if not others:
            continue
        moves = change[others]
        # Every other tracker with readings moved the same way by at least the threshold; the
        # reference is the smallest of those moves.
        count = moves.notna().sum(axis=1)
        same_way = (moves.gt(0).sum(axis=1) == count) | (moves.lt(0).sum(axis=1) == count)
        smallest = moves.abs().min(axis=1, skipna=True)
        reference = smallest * moves.median(axis=1, skipna=True).apply(lambda v: 1 if v >= 0 else -1)
        own = change[tracker]
        # Judged only on days the tracker has a reading of its own (not a day whose spike was left out).
        read = daily.index.isin(clean.loc[clean["tracker"] == tracker, "date"])
        stale = read & (count > 0) & same_way & (smallest >= rule.min_reference_km2) & (own.abs() < rule.max_fraction * smallest)
        rows += _merge(stale.index[stale.to_numpy()], tracker, rule.window_days + 1, own, reference)
    for r in rows:
        r["kind"] = "stale"
        r["detail"] = (f"{r['tracker']} stale {r['start']:%d %b %Y} to {r['end']:%d %b %Y}: moved {r['own_km2']:+,.0f} km² "
                       f"in {rule.window_days} days while every other tracker moved {r['reference_km2']:+,.0f} km² or more")
    return pd.DataFrame(rows, columns=STRETCH_COLUMNS)


def find_jumps(clean: pd.DataFrame, rule: JumpRule = JUMP) -> pd.DataFrame:
    """Changes between two readings that no other tracker shows (spikes already left out).

    Returns
    -------
    DataFrame
        Like :func:`find_stale`, ``kind`` "jump": ``start`` and ``end`` are the two readings.
    """
    daily = _daily(clean)
    rows = []
    if daily.empty or daily.shape[1] < 2:
        return pd.DataFrame(columns=STRETCH_COLUMNS)
    w = rule.window_days * DAY
    for tracker, one in clean.groupby("tracker", sort=False):
        others = _others(daily.columns, tracker)
        one = one.sort_values("date")
        step = one["area_km2"].diff()
        for i in range(1, len(one)):
            jump = step.iloc[i]
            if not abs(jump) >= rule.min_jump_km2:
                continue
            before, after = one["date"].iloc[i - 1], one["date"].iloc[i]
            lo, hi = before - w, after + w
            if lo < daily.index[0] or hi > daily.index[-1]:
                continue
            moves = (daily.loc[hi, others] - daily.loc[lo, others]).dropna()
            if len(moves) and (moves.abs() < rule.max_fraction * abs(jump)).all():
                rows.append({"tracker": tracker, "kind": "jump", "start": before, "end": after, "own_km2": float(jump),
                             "reference_km2": float(moves.loc[moves.abs().idxmax()]),
                             "detail": f"{tracker} {before:%d %b %Y} to {after:%d %b %Y}: {jump:+,.0f} km² that no other tracker shows "
                                       f"(they moved at most {moves.abs().max():,.0f} km² within {rule.window_days} days)"})
    return pd.DataFrame(rows, columns=STRETCH_COLUMNS)


@dataclass
class Quality:
    """A stacked tracker series judged: its spikes, its stale stretches and unconfirmed jumps
    (``stretches``), and the series without spikes (``clean``)."""

    spikes: pd.DataFrame
    stretches: pd.DataFrame
    clean: pd.DataFrame

    def _overlapping(self, tracker: str, first, last) -> pd.DataFrame:
        s = self.stretches
        # A jump between two readings affects a change measured across it; a stale stretch
        # affects any change that spans part of it.
        return s[(s["tracker"] == tracker) & (s["start"] < pd.Timestamp(last)) & (s["end"] > pd.Timestamp(first))]

    def flags(self, tracker: str, first, last) -> list[str]:
        """Everything flagged for one tracker between the readings ``first`` and ``last``."""
        first, last = pd.Timestamp(first), pd.Timestamp(last)
        out = [f"{k}: {d}" for k, d in zip(self._overlapping(tracker, first, last)["kind"], self._overlapping(tracker, first, last)["detail"])]
        spikes = self.spikes[(self.spikes["tracker"] == tracker) & (self.spikes["date"] >= first) & (self.spikes["date"] <= last)]
        out += [f"spike not used: {d}" for d in dict.fromkeys(spikes["detail"])]
        return out

    def disqualified(self, tracker: str, first, last) -> bool:
        """Whether a stale stretch or unconfirmed jump makes the tracker's change over these days unusable."""
        return not self._overlapping(tracker, first, last).empty


def assess(series: pd.DataFrame) -> Quality:
    """Judge every tracker of a stacked series: spikes first, then stale stretches and jumps without them."""
    spikes = find_spikes(series)
    clean = without_spikes(series, spikes)
    stretches = pd.concat([find_stale(clean), find_jumps(clean)], ignore_index=True)
    return Quality(spikes, stretches, clean)


def rules_text() -> list[str]:
    """The rules, as sentences for a chart note or a summary."""
    return [SPIKE.describe(), STALE.describe(), JUMP.describe()] + [f"{t} {lineage_text(t)}" for t in LINEAGE]
