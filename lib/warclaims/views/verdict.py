"""What days a claim covers, what range its words allow, and how it compares with evidence.

A claim's evidence depends on the claim alone, never on the window a reader chose: the days
measured are the claim's own (its stated period, the period of the claim it restates, or
the whole war for a running total). A claim whose period is not stated is not measured.

The verdict is one of :data:`VERDICTS`. A claim is *consistent* when the range its figure
and qualifier allow (:data:`QUALIFIER_RANGES`) meets the range of the independent evidence;
*above* or *below* when it lies wholly beyond it; *not comparable* otherwise, with the
reason (one of :data:`REASONS`).
"""
from __future__ import annotations

import functools
import math
from dataclasses import dataclass

import pandas as pd

from ..datasets import get
from ..errors import WarclaimsError

#: The first day of Russia's full-scale invasion: a running total ("since the start of the
#: war") counts from here.
WAR_START = pd.Timestamp("2022-02-24")

@functools.cache
def _publisher(dataset: str) -> str:
    """Whose data a dataset is (its sidecar's claimant), or "" for a dataset not registered."""
    try:
        return get(dataset).claimant
    except WarclaimsError:
        return ""


def is_own_evidence(claimant, dataset: str) -> bool:
    """True when a claim's claimant publishes the evidence it would be judged by (ISW quoting
    ISW's map, a report quoting Oryx's tally): that evidence is the claim itself, never a check."""
    return _publisher(dataset) == str(claimant)


VERDICTS = ["consistent", "above", "below", "not comparable"]

#: Why a claim cannot be set against the evidence. Keys are stable (tests and tables use them).
REASONS = {
    "no_period": "period not stated",
    "regional_view": "regional view, but the evidence is national (no regional breakdown)",
    "local_claim": "claim about a place smaller than an oblast; the evidence is national",
    "outside_ukraine": "claim about territory in Russia; the trackers map Russian-held Ukraine only",
    "unknown_side": "the report does not say whose territory",
    "no_tracker": "no tracker has readings for those days",
    "flagged": "every independent tracker's data is flagged for those days",
    "no_independent_count": "no independent count of this kind of vehicle",
    "context": "vehicles fled in were kept, not lost: shown as context",
    "no_evidence_loaded": "the evidence dataset is not cached",
    "local_count": "claim about one place; Oryx's counts are national",
    "oryx_fell": "Oryx's count fell over those days (entries reclassified or removed)",
    "own_evidence": "the evidence itself, as reported",
}

#: The same reasons in a few words, for the verdict column of a chart.
SHORT_REASONS = {
    REASONS["no_period"]: "no period stated",
    REASONS["regional_view"]: "evidence is national",
    REASONS["local_claim"]: "local claim, national evidence",
    REASONS["outside_ukraine"]: "territory in Russia: not mapped",
    REASONS["unknown_side"]: "whose territory is not said",
    REASONS["no_tracker"]: "no tracker for those days",
    REASONS["flagged"]: "tracker data flagged",
    REASONS["no_independent_count"]: "no independent count",
    REASONS["context"]: "context: kept, not lost",
    REASONS["no_evidence_loaded"]: "evidence not cached",
    REASONS["local_count"]: "one place, national count",
    REASONS["oryx_fell"]: "Oryx count fell",
}


def short_verdict(verdict: str, reason: str) -> str:
    """"below", "not comparable: no period stated": the verdict as a chart labels it."""
    if not reason:
        return verdict
    short = next((v for k, v in SHORT_REASONS.items() if reason.startswith(k)), reason)
    return f"{verdict}: {short}" if verdict == "not comparable" else f"{verdict} ({short})"


#: The range a stated figure allows, as (low, high) multiples of the figure. "exact" allows
#: for rounding in the telling; open ends are infinite. A published range (quantity_max)
#: replaces the high end.
QUALIFIER_RANGES = {
    "exact": (0.95, 1.05),
    "about": (0.9, 1.1),
    "estimated": (0.9, 1.1),
    "nearly": (0.9, 1.0),
    "at least": (1.0, math.inf),
    "more than": (1.0, math.inf),
    "up to": (0.0, 1.0),
}


@dataclass(frozen=True)
class Period:
    """The days a claim covers: ``first`` to ``last`` inclusive, and on what basis."""

    first: pd.Timestamp | None
    last: pd.Timestamp | None
    basis: str  # "stated", "restates <claim_id>", "running total since 24 Feb 2022", "period not stated"

    @property
    def known(self) -> bool:
        return self.first is not None

    def text(self) -> str:
        if not self.known:
            return self.basis
        return f"{day_span(self.first, self.last)} ({self.basis})"


def day_span(first, last) -> str:
    """"8-10 Sep 2022", "30 Aug-2 Sep 2022", "24 Feb 2022-11 Sep 2022" or one day."""
    first, last = pd.Timestamp(first), pd.Timestamp(last)
    if first == last:
        return f"{first:%-d %b %Y}"
    if first.year != last.year:
        return f"{first:%-d %b %Y}\N{EN DASH}{last:%-d %b %Y}"
    if first.month != last.month:
        return f"{first:%-d %b}\N{EN DASH}{last:%-d %b %Y}"
    return f"{first:%-d}\N{EN DASH}{last:%-d %b %Y}"


def claim_period(claim, ledger: pd.DataFrame | None = None) -> Period:
    """The days a claim covers, from the claim (and the claim it restates) alone.

    Parameters
    ----------
    claim : mapping
        A row of :func:`warclaims.load_claims`.
    ledger : DataFrame, optional
        Every claim of the ledger, to look up the claim named in ``restates``.
    """
    restates = claim.get("restates")
    if isinstance(restates, str) and restates and ledger is not None:
        linked = ledger[ledger["claim_id"] == restates]
        if len(linked):
            period = claim_period(linked.iloc[0], None)
            if period.known:
                return Period(period.first, period.last, f"restates {linked.iloc[0]['claimant']}'s claim")
    if not pd.isna(claim.get("period_start")):
        return Period(pd.Timestamp(claim["period_start"]), pd.Timestamp(claim["date"]), "stated")
    cumulative = claim.get("cumulative")
    if cumulative is not None and not pd.isna(cumulative) and bool(cumulative):
        return Period(WAR_START, pd.Timestamp(claim["date"]), f"running total since {WAR_START:%-d %b %Y}")
    return Period(None, None, REASONS["no_period"])


def claimed_range(quantity: float, qualifier: str, quantity_max=None, rounding: bool = True) -> tuple[float, float]:
    """The range of values a claimed figure allows, given how it was stated.

    ``rounding=False`` for small counts (four trucks), where "exact" means exactly that.
    """
    low, high = QUALIFIER_RANGES.get(str(qualifier), QUALIFIER_RANGES["about"])
    if not rounding and str(qualifier) == "exact":
        low, high = 1.0, 1.0
    if quantity_max is not None and not pd.isna(quantity_max):
        return quantity * min(low, 1.0), float(quantity_max) * QUALIFIER_RANGES["exact"][1]
    return quantity * low, quantity * high


def judge(claimed: tuple[float, float], evidence: tuple[float, float]) -> str:
    """"consistent", "above" or "below": the claimed range against the evidence's range."""
    lo, hi = claimed
    e_lo, e_hi = evidence
    if lo > e_hi:
        return "above"
    if hi < e_lo:
        return "below"
    return "consistent"
