"""Pieces every view uses: the claims in a window, and how a claim is credited."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from ..datasets import DatasetMissingError, how_to_get
from ..errors import DatasetDamagedError
from ..errors import WarclaimsError
from ..ledger import load_claims, read_ledger
from ..parameters import Params


def claims_in_window(params: Params, metrics: set[str] | None = None) -> pd.DataFrame:
    """Ledger claims made in the window or about its days, filtered by claimants and region.

    A claim is in the window when its date (as-of date, else period end) falls in it, or when
    the whole period it covers does (a later report about these days). A claim made outside
    the window about a longer stretch that merely overlaps it (a two-year total in a one-week
    window) is not: it would be judged, and drawn, on days that are mostly outside.
    """
    claims = load_claims(params.data_dir, area_unit=params.area_unit)
    if metrics:
        claims = claims[claims["metric"].isin(metrics)]
    start, end = pd.Timestamp(params.start), pd.Timestamp(params.end)
    dated_in = (claims["date"] >= start) & (claims["date"] <= end)
    about = claims["period_start"].notna() & (claims["period_start"] >= start) & (claims["period_end"] <= end)
    claims = claims[dated_in | about]
    if params.claimants:
        claims = claims[claims["claimant"].isin(params.claimants)]
    if params.region:
        in_region = claims["oblast_iso"].fillna("").str.split(";").map(lambda codes: params.region in codes)
        claims = claims[in_region.astype(bool)]  # a boolean mask even when no claim is left
    return claims.reset_index(drop=True)


def no_claims_text(params: Params, what: str = "claims", metrics: set[str] | None = None) -> str:
    """What an empty window says: that nothing of the kind is in it, and where the ledger's claims are.

    A window after the newest claim is not a quiet stretch of the war: the reporting of those
    days has not been read into the ledger yet, and the reader is told so.
    """
    ledger = load_claims(params.data_dir, area_unit=params.area_unit)
    dates = (ledger[ledger["metric"].isin(metrics)] if metrics else ledger)["date"].dropna()
    if dates.empty:
        return f"No {what} in the ledger"
    first, last = dates.min(), dates.max()
    if pd.Timestamp(params.start) > ledger["date"].max():
        return (f"No {what} in this window: the ledger's newest is dated {last:%-d %b %Y}\n"
                "(later reporting has not been read into it yet)")
    return f"No {what} in this window\n(the ledger's run {first:%-d %b %Y} to {last:%-d %b %Y})"


#: Source lines name each report's address up to this many reports, name at most this many
#: reports in all, and at most this many claimants of each report.
ADDRESSES_UP_TO = 3
SOURCES_NAMED_UP_TO = 8
CLAIMANTS_NAMED_UP_TO = 4


def claims_credit(claims: pd.DataFrame) -> list[str]:
    """Source-line entries for claims, one per source: who claimed what, reported where.

    "International Business Times, 11 Sep 2022 (address): claims by Volodymyr Zelensky
    (via BBC), General Staff of the Armed Forces of Ukraine".
    """
    if claims.empty:
        return []
    via = claims["reported_via"] if "reported_via" in claims else pd.Series(None, index=claims.index, dtype="object")
    via = via.astype("object").where(via.notna(), "")
    who = claims["claimant"].astype(str) + via.map(lambda v: f" (via {v})" if isinstance(v, str) and v else "")
    # Each report once, in the order the claims first name it; its claimants in that order too.
    source = claims["source_id"].astype(str)
    groups = pd.DataFrame({"source_id": source, "who": who}).drop_duplicates().groupby("source_id", sort=False)["who"].agg(list)
    firsts = claims[~source.duplicated()].set_axis(source[~source.duplicated()])
    # A chart of a few reports names each one's address; one drawing from many names the
    # reports by publisher and date only (every address is in the chart's data file and the
    # report's table), so the source line stays a few lines long as the ledger grows. For the
    # same reason a report quoting many claimants names the first few.
    with_address = len(groups) <= ADDRESSES_UP_TO
    out = []
    for source_id, names in groups.iloc[:SOURCES_NAMED_UP_TO].items():
        first = firsts.loc[source_id]
        published = first["source_published"]
        when = f", {published:%d %b %Y}" if not pd.isna(published) else ""
        address = f" ({first['source_url']})" if with_address else ""
        more = len(names) - CLAIMANTS_NAMED_UP_TO
        named = ", ".join(names[:CLAIMANTS_NAMED_UP_TO]) + (f" and {more} more claimants (each named in the chart's data file)" if more > 0 else "")
        out.append(f"{first['source_publisher']}{when}{address}: claims by {named}")
    if len(groups) > SOURCES_NAMED_UP_TO:
        out.append(f"and {len(groups) - SOURCES_NAMED_UP_TO} more reports (each claim's source and address are in the chart's data file)")
    return out


def claim_label(row) -> str:
    """Short legend text: who claims it and when."""
    via = row.get("reported_via")
    via = f" (via {via})" if isinstance(via, str) and via else ""
    if not pd.isna(row.get("period_start")):
        when = f"{row['period_start']:%d}-{row['period_end']:%d %b}"
    else:
        when = f"as of {row['date']:%d %b}"
    return f"Claimed by {row['claimant']}{via}, {when}"


def try_load(loader, dataset: str, missing: list[str], *args, **kwargs):
    """Call a loader; when its dataset is not cached, note how to get it and return None."""
    try:
        return loader(*args, **kwargs)
    except DatasetDamagedError as e:  # say which file and how to repair it
        missing.append(str(e))
        return None
    except DatasetMissingError:
        missing.append(how_to_get(dataset))
        return None


def data_state(frame: pd.DataFrame | None, dataset: str, what: str, p: Params) -> str | None:
    """Why a source shows nothing in the window, or None when it has data there.

    Three different truths: the dataset is not fetched; it is fetched but holds nothing for
    these dates; or the window starts after its newest data.
    """
    if frame is None:
        return f"{what}: not fetched (`warclaims fetch {dataset}`)"
    if frame.empty:
        return f"{what}: the dataset holds no records"
    first, last = frame["date"].min(), frame["date"].max()
    if p.start > last:
        return f"{what}: the window starts after the newest data ({last:%d %b %Y})"
    if not frame["date"].between(p.start, p.end).any():
        return f"{what}: no data in this window (the data cover {first:%d %b %Y} to {last:%d %b %Y})"
    return None


def preload(folder: str | Path | None = None) -> None:
    """Read a ledger (the shipped one when not given) and every cached dataset the views load, and keep them.

    The loaders remember what they read while its files are unchanged
    (:mod:`warclaims.remembered`), so later calls in this process, and in kernels forked
    from it by ``warclaims run``'s kernel server, do not read them again. Anything that
    fails to load is skipped here: the notebook that needs it reports it.
    """
    from ..evidence import registry

    try:
        read_ledger(folder)
    except WarclaimsError:
        pass
    registry.preload()  # every cached dataset's loaders, as their sidecars name them


def spread_over_time(rows: pd.DataFrame, n: int) -> pd.DataFrame:
    """``n`` of the date-sorted ``rows``, each the one nearest to one of ``n`` evenly spaced
    days between the first and the last (each row picked once), in their order.

    A chart with room for ``n`` rows of many claims draws these, so that a whole-war window
    shows claims from across the war, not only its last weeks'.
    """
    days = rows["date"].to_numpy(dtype="datetime64[ns]").astype("int64")
    targets = np.linspace(days[0], days[-1], n)
    free = np.ones(len(rows), dtype=bool)
    picked = []
    for target in targets:
        distance = np.where(free, np.abs(days - target), np.inf)
        i = int(np.argmin(distance))
        free[i] = False
        picked.append(i)
    return rows.iloc[sorted(picked)]
