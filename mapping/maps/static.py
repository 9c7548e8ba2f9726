"""Static service maps for print (PNG or SVG): no tiles, readable in black and white.

Each service type keeps its colour and, above all, its shape (a photocopy loses the colour),
drawn with a black outline. The map has a title, a legend, a scale bar and a north arrow,
and is drawn in a metric (UTM) projection so the scale bar is true. Confidential services
are shown only at their admin area's representative point (see :mod:`static_layout`).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from directory.safe_text import plain
from mapping.maps.service import MapService
from mapping.maps.static_layout import StaticMapError, StaticPlan, plan_static_map

if TYPE_CHECKING:
    import geopandas

#: Symbol names (see mapping.maps.symbols) -> matplotlib markers; every shape distinct.
MARKERS = {
    "circle": "o", "square": "s", "triangle": "^", "triangle-down": "v", "triangle_down": "v",
    "triangle_left": "<", "triangle_right": ">", "diamond": "D", "star": "*", "cross": "P", "plus": "P",
    "x": "X", "pentagon": "p", "hexagon": "h", "octagon": "8",
}  # fmt: skip
#: Shapes matplotlib lacks, as vertices (y up) around the origin.
_VERTICES = {
    "shield": [(-1, 1), (1, 1), (1, 0.1), (0.6, -0.6), (0, -1), (-0.6, -0.6), (-1, 0.1), (-1, 1)],
    "house": [(0, 1), (1, 0.15), (0.7, 0.15), (0.7, -1), (-0.7, -1), (-0.7, 0.15), (-1, 0.15), (0, 1)],
    "hourglass": [(-0.8, 1), (0.8, 1), (0.12, 0), (0.8, -1), (-0.8, -1), (-0.12, 0), (-0.8, 1)],
    "trapezoid": [(-0.5, 0.7), (0.5, 0.7), (1, -0.7), (-1, -0.7), (-0.5, 0.7)],
    "semicircle": [(math.cos(math.pi * k / 16), math.sin(math.pi * k / 16) - 0.4) for k in range(17)] + [(1, -0.4)],
    "heart": [
        (16 * math.sin(t) ** 3 / 16, (13 * math.cos(t) - 5 * math.cos(2 * t) - 2 * math.cos(3 * t) - math.cos(4 * t)) / 16)
        for t in (2 * math.pi * k / 40 for k in range(41))
    ],
}
_MM = 1 / 25.4
_BOUNDARY = (("#1b1b1b", 1.1), ("#555555", 0.6), ("#8a8a8a", 0.35))


def _marker(symbol: str):
    if symbol == "ring":
        from matplotlib.path import Path as MplPath

        outer, inner = MplPath.unit_circle(), MplPath.circle(radius=0.45)
        inner = MplPath(inner.vertices[::-1], inner.codes)
        return MplPath.make_compound_path(outer, inner)
    return _VERTICES.get(symbol) or MARKERS.get(symbol, "o")


def _nice_length(metres: float) -> float:
    """The largest 1, 2 or 5 × 10^n not above ``metres``."""
    power = 10 ** math.floor(math.log10(max(metres, 1e-9)))
    return max(m * power for m in (1, 2, 5) if m * power <= metres)


def _scale_bar(ax, plan: StaticPlan, font: float) -> None:
    from matplotlib.patches import Rectangle

    minx, miny, maxx, maxy = plan.extent
    length = _nice_length((maxx - minx) / 4)
    x0, y0 = minx + (maxx - minx) * 0.04, miny + (maxy - miny) * 0.045
    height = (maxy - miny) * 0.012
    for i in range(2):
        ax.add_patch(Rectangle((x0 + i * length / 2, y0), length / 2, height, facecolor="black" if i == 0 else "white",
                               edgecolor="black", linewidth=0.5, zorder=6))  # fmt: skip
    text = f"{length / 1000:g} km" if length >= 1000 else f"{length:g} m"
    ax.text(x0 + length + (maxx - minx) * 0.015, y0 + height / 2, text, fontsize=font, ha="left", va="center",
            zorder=6)  # fmt: skip


def _north_arrow(ax, font: float) -> None:
    ax.annotate("N", xy=(0.94, 0.95), xytext=(0.94, 0.83), xycoords="axes fraction", ha="center", va="center",
                fontsize=font * 1.3, fontweight="bold", zorder=7,
                arrowprops={"facecolor": "black", "edgecolor": "black", "width": 1.6, "headwidth": 6, "headlength": 6})  # fmt: skip


def _plain(text: str) -> str:
    """Text as typed: a ``$`` in a name must not start matplotlib's math mode; no bidirectional controls."""
    return str(plain(text)).replace("$", r"\$")


def _short(text: str, limit: int = 34) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"


def _legend(ax, plan: StaticPlan, font: float, marker_size: float, beside: bool, limit: int) -> None:
    from matplotlib.lines import Line2D

    handles = [
        Line2D([], [], linestyle="none", marker=_marker(g.style.symbol), markersize=marker_size,
               markerfacecolor=g.style.colour, markeredgecolor="black", markeredgewidth=0.5,
               label=_plain(f"{_short(g.style.label, limit)} ({len(g.xs)})"))
        for g in plan.groups
    ]  # fmt: skip
    if not handles:
        return
    where = {"loc": "center left", "bbox_to_anchor": (1.01, 0.5), "ncol": 1} if beside else {
        "loc": "upper center", "bbox_to_anchor": (0.5, -0.01), "ncol": 2 if len(handles) > 3 else 1}
    ax.legend(handles=handles, fontsize=font, frameon=False, handletextpad=0.3, columnspacing=0.8,
              borderaxespad=0.0, labelspacing=0.35, **where)  # fmt: skip


def draw_static_map(
    out_path: Path,
    *,
    boundaries: Mapping[int, geopandas.GeoDataFrame],
    services: Sequence[MapService],
    focus_pcode: str | None = None,
    title: str = "",
    type_styles: Mapping[str, tuple[str, str, str]] | None = None,
    size_mm: tuple[float, float] = (90, 70),
    dpi: int = 200,
    legend: bool = True,
    scale_bar: bool = True,
    north_arrow: bool = True,
) -> Path:
    """Draw a print map of ``focus_pcode`` (or of all boundaries) to ``out_path`` (.png or .svg)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    out_path = Path(out_path)
    fmt = out_path.suffix.lower().lstrip(".")
    if fmt not in ("png", "svg"):
        raise StaticMapError(f"{out_path}: a static map is written as .png or .svg; change the file name.")
    plan = plan_static_map(boundaries, services, focus_pcode, type_styles)

    width, height = size_mm
    font = max(4.5, min(8.0, width / 17))
    marker_size = font * 0.95
    fig = Figure(figsize=(width * _MM, height * _MM), dpi=dpi)
    FigureCanvasAgg(fig)
    minx, miny, maxx, maxy = plan.extent
    title_h = (font * 2.2) / 72 / (height * _MM) if title else 0.02
    # A tall map leaves room at its side for the legend; a wide one gets it underneath.
    box_aspect = width / (height * (1 - title_h))
    beside = legend and (maxx - minx) / (maxy - miny) < box_aspect * 0.62
    n = len(plan.groups)
    rows = 0 if not legend or beside else math.ceil(n / (2 if n > 3 else 1))
    legend_h = (rows * font * 1.5 + 2) / 72 / (height * _MM) if rows else 0.0
    legend_w = 0.5 if beside else 0.0
    ax = fig.add_axes((0.01, legend_h + 0.02, 0.98 - legend_w, 1 - legend_h - title_h - 0.03))
    ax.set_axis_off()
    ax.set_aspect("equal")
    if beside:
        ax.set_anchor("E")
    ax.set_xlim(minx, maxx)
    ax.set_ylim(miny, maxy)
    ax.add_artist(ax.patch)
    ax.patch.set_visible(True)
    ax.patch.set_edgecolor("black")
    ax.patch.set_linewidth(0.6)

    for series in plan.context:
        if len(series):
            series.plot(ax=ax, facecolor="#f2f2f2", edgecolor="#b0b0b0", linewidth=0.3, zorder=1)
    for depth, series in reversed(plan.boundaries):
        if len(series):
            colour, line = _BOUNDARY[min(depth, 2)]
            series.plot(ax=ax, facecolor="none", edgecolor=colour, linewidth=line, zorder=2 + (2 - min(depth, 2)) / 10)
    shields = [(x, y) for g in plan.groups if g.style.symbol == "shield" for x, y in zip(g.xs, g.ys)]
    near = (plan.extent[2] - plan.extent[0]) * 0.03
    for x, y, name in plan.labels:
        # just below the point where a confidential service's shield stands on the area's label point
        below = -marker_size * 0.9 if any(abs(x - sx) < near and abs(y - sy) < near for sx, sy in shields) else 0
        ax.annotate(_plain(name), (x, y), xytext=(0, below), textcoords="offset points", fontsize=font * 0.7,
                    color="#333333", ha="center", va="top" if below else "center", zorder=3, style="italic",
                    annotation_clip=True)  # fmt: skip
    for group in plan.groups:
        confidential = group.style.symbol == "shield"
        ax.plot(group.xs, group.ys, linestyle="none", marker=_marker(group.style.symbol),
                markersize=marker_size * (1.3 if confidential else 1.0), markerfacecolor=group.style.colour,
                markeredgecolor="black", markeredgewidth=0.6, zorder=5 if confidential else 4)  # fmt: skip
    if title:
        fig.text(0.5, 1 - title_h / 2, _plain(title), ha="center", va="center", fontsize=font * 1.35, fontweight="bold")
    if scale_bar:
        _scale_bar(ax, plan, font * 0.85)
    if north_arrow:
        _north_arrow(ax, font)
    if legend:
        _legend(ax, plan, font, marker_size, beside, max(24, int(width / 3)))

    out_path.parent.mkdir(parents=True, exist_ok=True)
    metadata = {"Date": None, "Creator": "ServiceMap"} if fmt == "svg" else {"Software": "ServiceMap"}
    fig.savefig(out_path, format=fmt, dpi=dpi, facecolor="white", metadata=metadata)
    return out_path


__all__ = ["StaticMapError", "draw_static_map"]
