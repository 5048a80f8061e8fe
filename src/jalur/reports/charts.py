"""A tiny SVG writer for horizontal stacked bars, with no dependencies.

One figure holds one or more *panels*; a panel has a title, its categories (key, label, colour) and its
bars, one per row, each split into one segment per category. Bars show shares: each bar's values are
divided by its own sum, so every bar spans the full width (a bar whose values sum to zero is drawn empty).
Segments wide enough show their percentage; every segment carries a ``<title>`` tooltip with the label,
the value and the share.

Every piece of text is XML-escaped (``&``, ``<``, ``>``, quotes) and stripped of characters XML 1.0 does
not allow, so labels taken from user files cannot break the document or inject markup. Colours must be
``#rgb``/``#rrggbb`` hex or a plain colour name. The output is deterministic: the same input gives the
same bytes (fixed number formatting, no timestamps, no random ids).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

_COLOUR = re.compile(r"^(#[0-9a-fA-F]{3}|#[0-9a-fA-F]{6}|[a-zA-Z]{3,20})$")
_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")

#: layout, in SVG user units (pixels)
FONT = 12
ROW = 22
BAR = 16
GAP = 10
LABEL_CHARS = 34
LABEL_WIDTH = 220  # right edge of the bar labels
MIN_SEGMENT_TEXT = 34  # a segment narrower than this shows no percentage


@dataclass(frozen=True)
class Category:
    key: str
    label: str
    colour: str


@dataclass(frozen=True)
class Bar:
    label: str
    values: Sequence[float]  # one per category, in the panel's category order
    note: str = ""  # shown after the bar, e.g. the row's total


@dataclass(frozen=True)
class Panel:
    title: str
    categories: Sequence[Category]
    bars: Sequence[Bar]


def escape(text: str) -> str:
    """Text safe inside an XML element or a double- or single-quoted attribute."""
    text = _NOT_XML.sub("", text)
    return (
        text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
        .replace("'", "&#39;")
    )


def _short(text: str, n: int = LABEL_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def _num(x: float) -> str:
    """Coordinates with two decimals at most, no trailing zeros: stable across platforms."""
    s = f"{x:.2f}".rstrip("0").rstrip(".")
    return "0" if s in ("", "-0") else s


def _colour(c: str) -> str:
    if not _COLOUR.match(c):
        raise ValueError(f"not a colour: {c!r}")
    return c


def stacked_bars_svg(
    panels: Sequence[Panel],
    *,
    title: str,
    subtitle: str = "",
    footnote: str = "",
    width: int = 820,
    percent: Callable[[float], str] = lambda s: f"{s:.0%}",
) -> str:
    """An SVG document with the panels one below the other; ``percent`` formats a share for display."""
    label_w = LABEL_WIDTH
    note_w = 110
    bar_x = label_w + 10
    bar_w = max(100.0, width - bar_x - note_w - 10)
    out: list[str] = []
    y = 28.0
    out.append(f'<text x="10" y="{_num(y)}" font-size="{FONT + 4}" font-weight="bold">{escape(title)}</text>')
    if subtitle:
        y += 18
        out.append(f'<text x="10" y="{_num(y)}" font-size="{FONT}" fill="#555">{escape(subtitle)}</text>')
    for panel in panels:
        cats = list(panel.categories)
        colours = [_colour(c.colour) for c in cats]
        y += 30
        out.append(
            f'<text x="10" y="{_num(y)}" font-size="{FONT + 1}" font-weight="bold">{escape(panel.title)}</text>'
        )
        # legend: swatch + label, wrapped to the width
        y += 8
        x = 10.0
        for cat, colour in zip(cats, colours, strict=True):
            item_w = 16 + len(cat.label) * FONT * 0.6 + 14
            if x + item_w > width - 10 and x > 10:
                x = 10.0
                y += 18
            out.append(
                f'<rect x="{_num(x)}" y="{_num(y)}" width="12" height="12" fill="{colour}"/>'
                f'<text x="{_num(x + 16)}" y="{_num(y + 10)}" font-size="{FONT}">{escape(cat.label)}</text>'
            )
            x += item_w
        y += 18 + GAP
        for bar in panel.bars:
            if len(bar.values) != len(cats):
                raise ValueError(f"bar {bar.label!r} has {len(bar.values)} values for {len(cats)} categories")
            if any(v < 0 for v in bar.values):
                raise ValueError(f"bar {bar.label!r} has a negative value")
            total = sum(bar.values)
            out.append(
                f'<text x="{_num(label_w)}" y="{_num(y + BAR - 4)}" font-size="{FONT}" text-anchor="end">'
                f"<title>{escape(bar.label)}</title>{escape(_short(bar.label))}</text>"
            )
            out.append(
                f'<rect x="{_num(bar_x)}" y="{_num(y)}" width="{_num(bar_w)}" height="{BAR}" fill="none" '
                'stroke="#ccc"/>'
            )
            x = bar_x
            for cat, colour, v in zip(cats, colours, bar.values, strict=True):
                share = v / total if total > 0 else 0.0
                w = bar_w * share
                if w <= 0:
                    continue
                tip = f"{bar.label} · {cat.label}: {v:,.0f} ({percent(share)})"
                out.append(
                    f'<rect x="{_num(x)}" y="{_num(y)}" width="{_num(w)}" height="{BAR}" fill="{colour}">'
                    f"<title>{escape(tip)}</title></rect>"
                )
                if w >= MIN_SEGMENT_TEXT:
                    out.append(
                        f'<text x="{_num(x + w / 2)}" y="{_num(y + BAR - 4)}" font-size="{FONT - 2}" '
                        f'text-anchor="middle" fill="#111">{escape(percent(share))}</text>'
                    )
                x += w
            if bar.note:
                out.append(
                    f'<text x="{_num(bar_x + bar_w + 8)}" y="{_num(y + BAR - 4)}" font-size="{FONT - 1}" '
                    f'fill="#555">{escape(_short(bar.note, 18))}</text>'
                )
            y += ROW
    if footnote:
        y += 16
        for line in footnote.splitlines():
            out.append(f'<text x="10" y="{_num(y)}" font-size="{FONT - 2}" fill="#555">{escape(line)}</text>')
            y += 14
    height = int(y + 12)
    head = (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" font-family="sans-serif" role="img">'
        f"<title>{escape(title)}</title>"
        f'<rect width="{width}" height="{height}" fill="#fff"/>'
    )
    return head + "\n" + "\n".join(out) + "\n</svg>\n"
