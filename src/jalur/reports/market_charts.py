"""The market report's figures as SVG (issue 19), with no dependencies: the ads by AI class (a bar per
class with its 95% interval), the AI-related share by month (drawn only for the months with enough ads,
a break in the source mix marked), and the small automate/augment/human bar of an occupation's row.

Every piece of text goes through :func:`jalur.reports.charts.escape`; the output is deterministic (same
dict, same bytes). Pure: numbers and words in, SVG text out. The words come from the caller (already in the
report's language), so the figures say nothing the catalogue does not.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from jalur.reports.charts import escape

WIDTH = 680
CLASSES_WIDTH = 540
FONT = 12
#: one colour per AI class: the AI classes strong, D (company text) pale, E (none) grey
CLASS_COLOURS = {"A": "#1a5c52", "B": "#2a9d8f", "C": "#8ab17d", "D": "#e9c46a", "E": "#bdbdbd"}
SPLIT_COLOURS = {"automate": "#d73027", "augment": "#fdae61", "human": "#1a9850"}


def _n(x: float) -> str:
    """A coordinate with at most one decimal and no trailing zero."""
    s = f"{x:.1f}"
    return s[:-2] if s.endswith(".0") else s


def _text(x: float, y: float, text: str, *, size: int = FONT, anchor: str = "start", extra: str = "") -> str:
    return f'<text x="{_n(x)}" y="{_n(y)}" font-size="{size}" text-anchor="{anchor}"{extra}>{escape(text)}</text>'


def _svg(body: Sequence[str], title: str, height: float, width: int = WIDTH) -> str:
    h = _n(height)
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{h}" viewBox="0 0 {width} {h}" '
        f'font-family="sans-serif" role="img"><title>{escape(title)}</title>'
        f'<rect width="{width}" height="{h}" fill="#fff"/>\n' + "\n".join(body) + "\n</svg>\n"
    )


def nice_top(x: float) -> tuple[float, float]:
    """An axis top at or above ``x`` (a share, 0–1) and its tick step (1, 2, 2.5 or 5 × a power of ten)."""
    if x <= 0:
        return 0.01, 0.0025
    raw = x / 4
    p = 10 ** math.floor(math.log10(raw))
    step = next(m * p for m in (1, 2, 2.5, 5, 10) if m * p >= raw)
    return min(1.0, step * math.ceil(x / step - 1e-9)), step


def classes_svg(
    classes: Mapping[str, Mapping[str, Any]],
    names: Mapping[str, str],
    *,
    title: str,
    subtitle: str,
    value: Callable[[int, float], str],
    percent: Callable[[float], str],
) -> str:
    """A horizontal bar per AI class (share of the ads, the 95% interval as a whisker, the count and share
    written after it) on an axis from 0 to a round share above the largest upper bound. ``names``: the
    class's words (``A`` → "an AI role"); ``value(k, share)``: the text after a bar. Suppressed classes
    are left out (the caller draws no figure when all are)."""
    rows = [(c, cell) for c, cell in classes.items() if not cell.get("suppressed") and "share" in cell]
    top, step = nice_top(
        max((float((cell.get("ci95") or [0, cell["share"]])[1]) for _, cell in rows), default=0)
    )
    label_w, x0, bar_w = 228.0, 236.0, 220.0
    out: list[str] = []  # the title is the section's heading (and the figure's <title>)
    y = 4.0
    if subtitle:
        y += 14
        out.append(_text(10, y, subtitle, extra=' fill="#555"'))
    y += 12
    # the axis: ticks and their percent
    ticks = round(top / step)
    axis_y = y + len(rows) * 28 + 4
    for i in range(ticks + 1):
        x = x0 + bar_w * i * step / top
        out.append(f'<line x1="{_n(x)}" y1="{_n(y)}" x2="{_n(x)}" y2="{_n(axis_y)}" stroke="#eee"/>')
        out.append(
            _text(x, axis_y + 14, percent(i * step), size=FONT - 2, anchor="middle", extra=' fill="#555"')
        )
    for c, cell in rows:
        share = float(cell["share"])
        lo, hi = (float(v) for v in (cell.get("ci95") or [share, share]))
        w = bar_w * min(share, top) / top
        name = f"{c} — {names.get(c, c)}"
        out.append(_text(label_w, y + 15, name if len(name) <= 36 else name[:35] + "…", anchor="end"))
        tip = f"{name}: {value(int(cell.get('k', 0)), share)}"
        out.append(
            f'<rect x="{_n(x0)}" y="{_n(y + 2)}" width="{_n(max(w, 0.5))}" height="18" '
            f'fill="{CLASS_COLOURS.get(c, "#888")}"><title>{escape(tip)}</title></rect>'
        )
        wl, wh = x0 + bar_w * min(lo, top) / top, x0 + bar_w * min(hi, top) / top
        out.append(
            f'<path d="M{_n(wl)} {_n(y + 11)}H{_n(wh)}M{_n(wl)} {_n(y + 6)}V{_n(y + 16)}'
            f'M{_n(wh)} {_n(y + 6)}V{_n(y + 16)}" stroke="#222" stroke-width="1.2" fill="none"/>'
        )
        out.append(
            _text(max(wh, x0 + w) + 6, y + 15, value(int(cell.get("k", 0)), share), extra=' fill="#333"')
        )
        y += 28
    return _svg(out, title, axis_y + 24, width=CLASSES_WIDTH)


def trend_svg(
    months: Sequence[Mapping[str, Any]],
    *,
    title: str,
    subtitle: str,
    percent: Callable[[float], str],
    break_label: str,
    thin_label: str,
) -> str:
    """The AI-related share by month: a point and its 95% interval for each month with ``enough`` ads,
    joined only between neighbouring such months (a month with too few ads leaves a gap and is marked
    ``thin_label`` under the axis); a month where the source mix broke (``break``) gets a dashed line."""
    n = len(months)
    shown = [m for m in months if m.get("enough") and m.get("ai_related_share") is not None]
    top, step = nice_top(
        max((float((m.get("ci95") or [0, m["ai_related_share"]])[1]) for m in shown), default=0.0)
    )
    x0, x1, y0, y1 = 60.0, WIDTH - 20.0, 36.0, 226.0  # plot box (y0 top, y1 bottom)

    def X(i: int) -> float:
        return x0 + (x1 - x0) * (i + 0.5) / max(n, 1)

    def Y(v: float) -> float:
        return y1 - (y1 - y0) * min(v, top) / top

    out = [_text(10, 18, subtitle, extra=' fill="#555"')] if subtitle else []  # the title: <title>
    for i in range(round(top / step) + 1):
        v = i * step
        out.append(f'<line x1="{_n(x0)}" y1="{_n(Y(v))}" x2="{_n(x1)}" y2="{_n(Y(v))}" stroke="#eee"/>')
        out.append(_text(x0 - 6, Y(v) + 4, percent(v), size=FONT - 2, anchor="end", extra=' fill="#555"'))
    every = max(1, math.ceil(n / 12))  # at most twelve month labels
    path: list[str] = []
    dots: list[str] = []  # drawn over the line
    prev = -2
    for i, m in enumerate(months):
        x = X(i)
        if i % every == 0 or i == n - 1:
            out.append(_text(x, y1 + 16, str(m.get("month", "")), size=FONT - 2, anchor="middle"))
        if m.get("break"):
            out.append(
                f'<line x1="{_n(x)}" y1="{_n(y0)}" x2="{_n(x)}" y2="{_n(y1)}" stroke="#b00020" '
                f'stroke-dasharray="4 3"><title>{escape(break_label)}</title></line>'
            )
        if not (m.get("enough") and m.get("ai_related_share") is not None):
            out.append(_text(x, y1 + 30, thin_label, size=FONT - 3, anchor="middle", extra=' fill="#999"'))
            continue
        share = float(m["ai_related_share"])
        lo, hi = (float(v) for v in (m.get("ci95") or [share, share]))
        dots.append(f'<line x1="{_n(x)}" y1="{_n(Y(lo))}" x2="{_n(x)}" y2="{_n(Y(hi))}" stroke="#7aa6a0"/>')
        path.append(("L" if prev == i - 1 and not m.get("break") else "M") + f"{_n(x)} {_n(Y(share))}")
        tip = f"{m.get('month', '')}: {percent(share)} ({percent(lo)}–{percent(hi)})"
        dots.append(
            f'<circle cx="{_n(x)}" cy="{_n(Y(share))}" r="3.5" fill="#1a5c52"><title>{escape(tip)}</title></circle>'
        )
        prev = i
    if path:
        out.append(f'<path d="{"".join(path)}" stroke="#1a5c52" stroke-width="2" fill="none"/>')
    out += dots
    out.append(f'<line x1="{_n(x0)}" y1="{_n(y1)}" x2="{_n(x1)}" y2="{_n(y1)}" stroke="#999"/>')
    if any(m.get("break") for m in months):
        out.append(
            f'<line x1="{_n(x0)}" y1="{_n(y1 + 46)}" x2="{_n(x0 + 18)}" y2="{_n(y1 + 46)}" stroke="#b00020" '
            'stroke-dasharray="4 3"/>'
        )
        out.append(_text(x0 + 24, y1 + 50, break_label, size=FONT - 2, extra=' fill="#555"'))
    return _svg(out, title, y1 + 62)


def split_svg(shares: Mapping[str, Any], tip: str) -> str:
    """A small bar (100 × 10) of an occupation's automate / augment / human shares, ``tip`` its tooltip."""
    x = 0.0
    parts = []
    for k in ("automate", "augment", "human"):
        w = 100.0 * max(0.0, float(shares.get(k) or 0.0))
        if w > 0:
            parts.append(f'<rect x="{_n(x)}" y="0" width="{_n(w)}" height="10" fill="{SPLIT_COLOURS[k]}"/>')
        x += w
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" width="100" height="10" viewBox="0 0 100 10" role="img" '
        f'class="split"><title>{escape(tip)}</title><rect width="100" height="10" fill="#eee"/>'
        + "".join(parts)
        + "</svg>"
    )
