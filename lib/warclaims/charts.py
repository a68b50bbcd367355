"""One chart style, one finishing step, and two ways of drawing a figure.

Modelled on the BBC's bbplot: every chart uses ``warclaims.mplstyle`` and ends with
:func:`finalise`, which adds the title, subtitle, a "Source:" line and the as-of date, so
no notebook repeats styling. Claimed figures are drawn hollow and hatched with dashed
lines and labelled with who claimed them; independent evidence is drawn solid.
"""
from __future__ import annotations

import textwrap
from contextlib import contextmanager

import matplotlib
import matplotlib.dates

from .paths import PACKAGE_DIR

STYLE_FILE = PACKAGE_DIR / "warclaims.mplstyle"

#: Drawing of a claimed figure (never independently verified): hollow, hatched, dashed.
CLAIMED_BAR = {"facecolor": "white", "hatch": "///", "linewidth": 1.6}
CLAIMED_LINE = {"linestyle": "--", "linewidth": 1.8}
CLAIMED_MARKER = {"marker": "D", "markerfacecolor": "white", "markersize": 8, "markeredgewidth": 2, "linestyle": "none"}
#: Drawing of independent evidence (visually confirmed, mapped): solid.
EVIDENCE_BAR = {"linewidth": 0}
EVIDENCE_LINE = {"linestyle": "-", "linewidth": 2.2}


@contextmanager
def styled():
    """Context in which charts are drawn with the warclaims style only."""
    import matplotlib.pyplot as plt

    with plt.style.context(STYLE_FILE):
        yield


def plain_numbers(axis) -> None:
    """Label a quantity axis as the figures on it are written: "10,000", not "1e4" or "10⁴".

    Readers of the reports are not all used to powers of ten, the labels on the bars use
    thousands separators too, and on a log scale this also spares matplotlib typesetting
    every tick label as mathematics. Fractions stay fractions ("0.5"); negative figures get a
    minus sign, as matplotlib's own labels do.
    """
    import matplotlib.ticker

    axis.set_major_formatter(matplotlib.ticker.FuncFormatter(lambda v, _: f"{v:,.12g}".replace("-", "\N{MINUS SIGN}")))
    axis.set_minor_formatter(matplotlib.ticker.NullFormatter())


#: A date axis shows at least this many days, so a one-day window still shows the days around it.
MIN_DATE_SPAN_DAYS = 7


def date_axis(ax, start, end) -> None:
    """Make ``ax``'s x axis a readable date axis from ``start`` to ``end``, whatever the span.

    From one day to several years: three to eight ticks on whole days, months or years,
    labelled without rotation ("8 Sep", "Oct", "2023"), the month and year given once in the
    offset label at the axis end where the ticks do not say them. A span shorter than
    :data:`MIN_DATE_SPAN_DAYS` is widened around its middle, so a single day is shown among
    its neighbours rather than split into hours.
    """
    import pandas as pd

    start, end = pd.Timestamp(start), pd.Timestamp(end)
    span = pd.Timedelta(days=MIN_DATE_SPAN_DAYS)
    if end - start < span:
        middle = start + (end - start) / 2
        start, end = (middle - span / 2).floor("D"), (middle + span / 2).ceil("D")
    days = (end - start).days
    if days <= 120:
        # Evenly spaced whole days (not restarted at each month, which puts "31 Aug" beside "1 Sep").
        step = next((k for k in (1, 2, 3, 7, 14, 21) if days / k <= 8), 28)
        locator = matplotlib.dates.DayLocator(interval=step)
    else:
        locator = matplotlib.dates.AutoDateLocator(minticks=3, maxticks=8)
    formatter = matplotlib.dates.ConciseDateFormatter(
        locator,
        formats=["%Y", "%b", "%-d %b", "%H:%M", "%H:%M", "%S"],
        zero_formats=["", "%Y", "%-d %b", "%-d %b", "%H:%M", "%H:%M"],
        offset_formats=["", "%Y", "%Y", "%Y", "%-d %b %Y", "%-d %b %Y"],
    )
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(formatter)
    ax.set_xlim(start, end)
    for label in ax.get_xticklabels():
        label.set_rotation(0)
        label.set_horizontalalignment("center")
    ax.warclaims_date_axis = True


def legend_below(fig, ax, handles, labels, ncol: int = 2):
    """A legend under the axes and their tick labels, never over the data.

    The figure's bottom margin grows to hold it; :func:`finalise` puts the source lines
    below the figure, so the two do not meet.
    """
    if not handles:
        return None
    rows = -(-len(handles) // ncol)
    width, height = fig.get_size_inches()
    legend_in = 0.24 * rows + 0.15
    axis_in = 0.8  # tick labels and axis label under the axes
    # The figure grows by the legend's height, so the axes keep theirs.
    top_in = (1 - fig.subplotpars.top) * height
    plot_in = (fig.subplotpars.top - fig.subplotpars.bottom) * height
    height = top_in + plot_in + axis_in + legend_in
    fig.set_size_inches(width, height)
    fig.subplots_adjust(bottom=(legend_in + axis_in) / height, top=1 - top_in / height)
    return fig.legend(handles, labels, loc="lower left", bbox_to_anchor=(0.01, 0.0), ncol=ncol, fontsize=8.5, frameon=False)


def tighten_top(fig, inches: float) -> None:
    """After :func:`finalise`: start the axes ``inches`` below the figure's top (room for a
    two-line subtitle), so a tall chart has no band of white under its subtitle and a short
    one no panel title over it."""
    height = fig.get_size_inches()[1]
    fig.subplots_adjust(top=max(fig.subplotpars.bottom + 0.2, 1 - inches / height))


def claimed_label(claimant: str, via: str | None = None) -> str:
    """Legend text for a claimed figure: "Claimed by X" (and the outlet it came through)."""
    via = f" (via {via})" if via and str(via) not in ("", "<NA>", "nan") else ""
    return f"Claimed by {claimant}{via}"


def finalise(fig, title: str, subtitle: str, sources: list[str], as_of, note: str | None = None, *, data=None, alt: str | None = None):
    """Give a figure its title, subtitle, source line and as-of date.

    Parameters
    ----------
    fig : matplotlib.figure.Figure
    title, subtitle : str
        The headline and the line under it that says what is measured and in what unit.
    sources : list of str
        One entry per claimant or dataset shown, e.g. "claimed by Volodymyr Zelensky,
        reported by International Business Times (ibtimes.com/...)". Every figure on the
        chart must be covered.
    as_of : date-like
        The newest date the chart's data covers.
    note : str, optional
        A line under the sources (missing datasets, caveats).
    data : pandas.DataFrame, optional
        Exactly the figures the chart draws, one row per mark, with claimant and source
        columns; kept on the figure (``fig.warclaims_data``) so a report can offer it as CSV.
    alt : str, optional
        Alternative text stating what the chart shows (``fig.warclaims_alt``); the title and
        subtitle when not given.

    Returns
    -------
    Figure
        The same figure, closed in pyplot, for display as a cell's result or saving.
    """
    import pandas as pd

    if not sources:
        raise ValueError("every chart must name the claimant and source of what it shows")
    fig.warclaims_data = data
    fig.warclaims_alt = alt or f"{title}. {subtitle}"
    width = fig.get_size_inches()[0]
    chars = int(width * 15)
    fig.suptitle(title, x=0.01, y=1.0, ha="left", va="bottom", fontsize=16, fontweight="bold")
    fig.text(0.01, 0.995, textwrap.fill(subtitle, chars), ha="left", va="top", fontsize=11.5, color="#444444")
    # Leave room for the subtitle, then the source block below the axes.
    fig.subplots_adjust(top=0.86)
    stamp = pd.Timestamp(as_of).strftime("%d %b %Y") if as_of is not None and not pd.isna(as_of) else "n/a"
    lines = [f"Data as of {stamp}."]
    lines += textwrap.wrap("Source: " + "; ".join(dict.fromkeys(sources)), chars + 20)
    if note:
        lines += textwrap.wrap("Note: " + note, chars + 20)
    fig.text(0.01, -0.02, "\n".join(lines), ha="left", va="top", fontsize=8.5, color="#555555")
    for ax in fig.axes:
        if getattr(ax, "warclaims_date_axis", False):
            continue  # set up by date_axis, which chose its own formats
        if ax.xaxis.get_major_formatter().__class__.__name__ in ("AutoDateFormatter", "ConciseDateFormatter"):
            locator = ax.xaxis.get_major_locator()
            ax.xaxis.set_major_formatter(matplotlib.dates.ConciseDateFormatter(locator))
    # Detach the figure from pyplot: a notebook shows it once, as the cell's result, and a
    # long run does not accumulate open figures.
    import matplotlib.pyplot as plt

    plt.close(fig)
    return fig

