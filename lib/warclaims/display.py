"""How charts and tables display in a notebook, so the report can offer them as files.

:func:`install` (called by :func:`warclaims.parameters.check_parameters`, the first call of
every notebook) registers IPython display formatters:

- a matplotlib figure displays as PNG *and* SVG, with a :data:`~warclaims.report.CHART_MIME`
  entry holding its alt text, its title and the data it draws as CSV (from
  ``fig.warclaims_alt`` and ``fig.warclaims_data``, set by :func:`warclaims.charts.finalise`;
  the title when a figure has no alt text);
- a DataFrame displays as a table for reading (:func:`warclaims.report.table_html`) with its
  values as ``text/csv``.

The runner writes these out beside each report page (figure-N.png/.svg/.csv/.txt,
table-N.csv). JupyterLab shows one of the representations, as usual. Outside IPython
nothing is registered.
"""
from __future__ import annotations

import base64
import io

from . import report

#: Resolution of the PNG a chart displays as: sharp on high-density screens (pages scale it
#: to the column's width).
PNG_DPI = 144


def _title(fig) -> str:
    suptitle = getattr(fig, "_suptitle", None)
    if suptitle is not None and suptitle.get_text():
        return suptitle.get_text()
    for ax in fig.axes:
        if ax.get_title():
            return ax.get_title()
    return ""


def drawn_data(fig):
    """What a figure draws, read back from its lines and bars: a fallback for charts whose
    ``finalise`` call gave no ``data=`` (one row per point or bar: panel, series, x, y)."""
    import matplotlib.dates
    import pandas as pd
    from matplotlib.container import BarContainer

    rows = []
    for ax in fig.axes:
        panel = ax.get_title()
        dates = ax.xaxis.get_major_formatter().__class__.__name__ in ("AutoDateFormatter", "ConciseDateFormatter")

        def x_value(x):
            return matplotlib.dates.num2date(x).date().isoformat() if dates else x

        for line in ax.get_lines():
            label = line.get_label()
            if label.startswith("_"):
                continue
            for x, y in line.get_xydata():
                rows.append({"panel": panel, "series": label, "x": x_value(x), "y": y})
        for container in ax.containers:
            if not isinstance(container, BarContainer) or container.get_label().startswith("_"):
                continue
            horizontal = getattr(container, "orientation", "vertical") == "horizontal"
            axis = ax.yaxis if horizontal else ax.xaxis
            ticks = dict(zip(axis.get_majorticklocs(), (t.get_text() for t in axis.get_majorticklabels())))
            for bar in container:
                where = bar.get_y() + bar.get_height() / 2 if horizontal else bar.get_x() + bar.get_width() / 2
                category = next((text for loc, text in ticks.items() if abs(loc - where) < 0.5 and text), where)
                value = bar.get_width() if horizontal else bar.get_height()
                rows.append({"panel": panel, "series": container.get_label(), "x": category if not horizontal else value,
                             "y": value if not horizontal else category})
    return pd.DataFrame(rows, columns=["panel", "series", "x", "y"]) if rows else None


def figure_bundle(fig, include=None, exclude=None):
    """PNG, SVG, alt text and data of a figure, as an IPython mimebundle and its metadata."""
    import matplotlib

    from matplotlib.backends.backend_agg import FigureCanvasAgg

    # The drawing's extent, measured once for both files on the renderer the PNG is drawn
    # with: "tight" lays every text out again for each file, and a new renderer each time
    # measures every text anew (a chart's key is most of its drawing time).
    FigureCanvasAgg(fig)
    dpi = fig.dpi
    fig.set_dpi(PNG_DPI)
    try:
        fig.draw_without_rendering()
        bbox = fig.get_tightbbox().padded(matplotlib.rcParams["savefig.pad_inches"])
    finally:
        fig.set_dpi(dpi)

    def render(fmt: str, **kw) -> bytes:
        buf = io.BytesIO()
        fig.savefig(buf, format=fmt, bbox_inches=bbox, facecolor="white", **kw)
        return buf.getvalue()

    png = render("png", dpi=PNG_DPI)
    # Text in the SVG as text, not as a path per glyph: a tenth of the work for a chart of many
    # labels, a file a quarter the size, and words a reader can select and search.
    with matplotlib.rc_context({"svg.fonttype": "none"}):
        svg = render("svg").decode("utf-8")
    title = _title(fig)
    alt = getattr(fig, "warclaims_alt", None) or title or "Chart"
    data = getattr(fig, "warclaims_data", None)
    if data is None:
        data = drawn_data(fig)
    chart = {"alt": alt, "title": title, "csv": report.table_csv(data) if hasattr(data, "to_csv") else None}
    bundle = {"image/png": base64.b64encode(png).decode("ascii"), "image/svg+xml": svg,
              report.CHART_MIME: chart, "text/plain": alt}
    return bundle, {}


#: A longer table shows its first rows on the page; its CSV holds every row.
PAGE_ROWS = 200
#: Tables displayed since :func:`install`: the runner writes the n-th as ``table-n.csv``.
_tables_shown = 0


def table_bundle(frame, include=None, exclude=None):
    """A DataFrame as a table for reading, with its values as CSV.

    A table of more than :data:`PAGE_ROWS` rows shows its first rows, saying so and naming
    the CSV file that holds them all: a page of 100,000 rows of HTML helps no reader.
    """
    global _tables_shown
    _tables_shown += 1
    caption = None
    if len(frame) > PAGE_ROWS:
        caption = f"First {PAGE_ROWS:,} of {len(frame):,} rows; all in table-{_tables_shown}.csv"
        frame_shown = frame.head(PAGE_ROWS)
    else:
        frame_shown = frame
    return {"text/html": report.table_html(frame_shown, caption), report.TABLE_MIME: report.table_csv(frame)}, {}


def install() -> bool:
    """Register the formatters in the running IPython kernel; False outside one."""
    try:
        from IPython import get_ipython
    except ImportError:
        return False
    shell = get_ipython()
    if shell is None or not hasattr(shell, "display_formatter"):
        return False
    import pandas as pd
    from matplotlib.figure import Figure

    global _tables_shown
    _tables_shown = 0  # a notebook's first call: its tables are numbered from 1, as the runner numbers them
    formatters = shell.display_formatter
    formatters.mimebundle_formatter.for_type(Figure, figure_bundle)
    formatters.mimebundle_formatter.for_type(pd.DataFrame, table_bundle)
    # A per-mimetype formatter registered for a type wins over a mimebundle (IPython's rule);
    # matplotlib's inline backend registers PNG for figures, which would replace ours.
    for mime in ("image/png", "image/svg+xml", "image/jpeg", "application/pdf", "text/html"):
        formatters.formatters[mime].pop(Figure, None)
    formatters.formatters["text/html"].pop(pd.DataFrame, None)
    return True
