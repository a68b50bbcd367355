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
    below everything drawn, this legend included, so the two do not meet.
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
    top = 1 - inches / height
    # Never over the header finalise laid out (its subtitle may wrap to more lines).
    top = min(top, getattr(fig, "warclaims_header_bottom", 1.0) - GAP)
    fig.subplots_adjust(top=max(fig.subplotpars.bottom + 0.2, top))


#: Left margin of the header and source block, and the gap between blocks (figure fractions).
MARGIN = 0.01
GAP = 0.025


def _fig_box(bbox, fig):
    return bbox.transformed(fig.transFigure.inverted())


def _bottom(text, renderer) -> float:
    return _fig_box(text.get_window_extent(renderer), text.figure).y0


def fit_width(text, content: str, renderer, width: float = 1 - 2 * MARGIN) -> None:
    """Set ``content`` on a text artist, wrapped so that it fits ``width`` of its figure.

    Measured with the figure's renderer, so the wrap holds for any font and figure size
    (a fixed number of characters per inch does not). Existing line breaks are kept.
    """
    fig = text.figure
    limit = fig.bbox.width * width
    longest = max((len(line) for line in content.splitlines()), default=0)
    chars = max(longest, 1)
    while True:
        wrapped = "\n".join(textwrap.fill(line, chars) if line else "" for line in content.splitlines())
        text.set_text(wrapped)
        if text.get_window_extent(renderer).width <= limit or chars <= 16:
            return
        chars = max(16, int(chars * min(0.95, limit / text.get_window_extent(renderer).width)))


def covers_data(ax, box, renderer) -> bool:
    """Whether a display-space box covers anything the axes draws: a line, a bar, a marker."""
    import numpy as np

    for line in ax.get_lines():
        if line.get_visible() and len(line.get_xydata()):
            path = line.get_transform().transform_path(line.get_path())
            if line.get_linestyle() in ("None", "none", "", " "):
                pts = path.vertices
                if any(box.x0 - 4 <= x <= box.x1 + 4 and box.y0 - 4 <= y <= box.y1 + 4 for x, y in pts if np.isfinite([x, y]).all()):
                    return True
            elif path.intersects_bbox(box, filled=False):
                return True
    for patch in ax.patches:
        if patch.get_visible() and box.overlaps(patch.get_window_extent(renderer)):
            return True
    for coll in ax.collections:
        offsets = coll.get_offsets()
        if len(offsets):
            pts = coll.get_offset_transform().transform(np.asarray(offsets, dtype=float))
            if any(box.x0 - 4 <= x <= box.x1 + 4 and box.y0 - 4 <= y <= box.y1 + 4 for x, y in pts if np.isfinite([x, y]).all()):
                return True
    return False


def keep_legend_off_data(ax, renderer) -> None:
    """Move an axes' legend below the plot when it covers anything the axes draws.

    Its columns are as many as fit the axes' width, so it never runs off the figure.
    """
    legend = ax.get_legend()
    if legend is None:
        return
    box = legend.get_window_extent(renderer)
    if not covers_data(ax, box, renderer):
        return
    handles, labels = legend.legend_handles, [t.get_text() for t in legend.get_texts()]
    title = legend.get_title().get_text() or None
    fontsize = legend.get_texts()[0].get_fontsize() if labels else None
    legend.remove()
    below = ax.get_tightbbox(renderer).transformed(ax.transAxes.inverted()).y0
    for ncol in range(min(len(labels), 4), 0, -1):
        new = ax.legend(handles, labels, title=title, fontsize=fontsize, ncol=ncol, loc="upper left",
                        bbox_to_anchor=(0, below - 0.02), borderaxespad=0, frameon=False)
        # As wide as its own axes at most: side-by-side panels keep their legends apart.
        if new.get_window_extent(renderer).width <= ax.bbox.width or ncol == 1:
            return


def whole_number_ticks(ax) -> None:
    """Ticks at whole numbers on a value axis whose every drawn figure is a whole number (counts).

    Keeps "0.5 vehicles" off a count axis; an axis of measured areas or ratios is left as it is.
    """
    import matplotlib.ticker
    import numpy as np

    values = {"x": [], "y": []}
    for line in ax.get_lines():
        xy = np.asarray(line.get_xydata(), dtype=float)
        if len(xy):
            values["x"].append(xy[:, 0])
            values["y"].append(xy[:, 1])
    for patch in ax.patches:
        if hasattr(patch, "get_height") and hasattr(patch, "get_x"):
            try:  # bars on a date axis hold dates and timedeltas: not counts, and not for this test
                values["y"].append(np.asarray([patch.get_y() + patch.get_height(), patch.get_height()], dtype=float))
                values["x"].append(np.asarray([patch.get_x() + patch.get_width(), patch.get_width()], dtype=float))
            except (TypeError, ValueError):
                continue
    for name, axis in (("x", ax.xaxis), ("y", ax.yaxis)):
        if axis.get_scale() != "linear" or not values[name]:
            continue
        if axis.get_major_formatter().__class__.__name__ in ("AutoDateFormatter", "ConciseDateFormatter"):
            continue
        if isinstance(axis.get_major_locator(), matplotlib.ticker.FixedLocator):
            continue  # categories
        drawn = np.concatenate(values[name])
        drawn = drawn[np.isfinite(drawn)]
        if len(drawn) and np.allclose(drawn, np.round(drawn)):
            axis.set_major_locator(matplotlib.ticker.MaxNLocator(integer=True))


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
    stamp = pd.Timestamp(as_of).strftime("%d %b %Y") if as_of is not None and not pd.isna(as_of) else "n/a"
    for ax in fig.axes:
        if getattr(ax, "warclaims_date_axis", False):
            pass  # set up by date_axis, which chose its own formats
        elif ax.xaxis.get_major_formatter().__class__.__name__ in ("AutoDateFormatter", "ConciseDateFormatter"):
            locator = ax.xaxis.get_major_locator()
            ax.xaxis.set_major_formatter(matplotlib.dates.ConciseDateFormatter(locator))
        whole_number_ticks(ax)
        if not (ax.get_lines() or ax.patches or ax.collections or ax.images):
            # Nothing drawn (a panel saying its data is missing): no scale to read. The tick
            # labels are hidden, the locators left alone (a date formatter fails on no ticks).
            ax.tick_params(labelbottom=False, labelleft=False, length=0)
            ax.grid(False)
    renderer = fig.canvas.get_renderer()
    # The header, inside the figure: title and subtitle wrapped to its width.
    title_text = fig.suptitle("", x=MARGIN, y=1 - MARGIN / 2, ha="left", va="top", fontsize=16, fontweight="bold")
    fit_width(title_text, title, renderer)
    sub_text = fig.text(MARGIN, 0, "", ha="left", va="top", fontsize=11.5, color="#444444")
    fit_width(sub_text, subtitle, renderer)
    sub_text.set_y(_bottom(title_text, renderer) - GAP / 2)
    header_bottom = _bottom(sub_text, renderer)
    fig.warclaims_header_bottom = header_bottom  # tighten_top keeps the axes below it
    # The axes (with their own titles) start below the header.
    fig.subplots_adjust(top=max(0.3, header_bottom - GAP))
    for _ in range(2):
        tops = [_fig_box(ax.get_tightbbox(renderer), fig).y1 for ax in fig.axes if ax.get_visible()]
        excess = max(tops, default=0) - (header_bottom - GAP)
        if excess <= 0.002:
            break
        fig.subplots_adjust(top=max(0.3, fig.subplotpars.top - excess))
    fig.draw_without_rendering()  # legends and ticks placed where they will be drawn, to be measured
    for ax in fig.axes:
        keep_legend_off_data(ax, renderer)
    # The source block below everything the axes draw (tick labels, legends moved below).
    lines = [f"Data as of {stamp}."]
    lines.append("Source: " + "; ".join(dict.fromkeys(sources)))
    if note:
        lines.append("Note: " + note)
    source_text = fig.text(MARGIN, 0, "", ha="left", va="top", fontsize=8.5, color="#555555")
    fit_width(source_text, "\n".join(lines), renderer)
    boxes = [_fig_box(ax.get_tightbbox(renderer), fig) for ax in fig.axes if ax.get_visible()]
    boxes += [_fig_box(legend.get_window_extent(renderer), fig) for legend in fig.legends]  # legend_below
    source_text.set_y(min((b.y0 for b in boxes), default=0) - GAP / 2)
    # Header and sources start where the drawing does (tick labels may reach left of the
    # figure's edge, and the saved image is cropped to what is drawn), wrapped to that width.
    left = min([MARGIN] + [b.x0 for b in boxes])
    right = max([1 - MARGIN] + [b.x1 for b in boxes])
    if left < MARGIN or right > 1 - MARGIN:
        for text, content in ((title_text, title), (sub_text, subtitle), (source_text, "\n".join(lines))):
            text.set_x(left)
            fit_width(text, content, renderer, width=right - left)
        sub_text.set_y(_bottom(title_text, renderer) - GAP / 2)
    # Detach the figure from pyplot: a notebook shows it once, as the cell's result, and a
    # long run does not accumulate open figures.
    import matplotlib.pyplot as plt

    plt.close(fig)
    return fig

