"""The employer report's four SVG charts, with no dependencies beyond :mod:`jalur.reports.charts`.

* :func:`exposure_by_unit_svg`: one stacked bar per unit, share of work automate / augment / human
  (drawn by :func:`jalur.reports.charts.stacked_bars_svg`);
* :func:`headcount_by_class_svg`: staff by their occupation's dominant class, plus those in review;
* :func:`scenario_bands_svg`: for each adoption speed, the low–high band and the mid line over the
  horizons, for displaced FTE and for new positions;
* :func:`flows_svg`: a two-column flow from current roles to their top pathway, width by headcount.

Every piece of text goes through :func:`jalur.reports.charts.escape` (titles and units are user text). Colours are
the same in every chart: automate red, augment orange, human green, in review grey. Output is deterministic:
fixed number formatting and ordering, no ids, no timestamps.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any

from jalur.i18n import Lang
from jalur.reports.charts import Bar, Category, Panel, escape, stacked_bars_svg
from jalur.reports.labels import code_label, fmt_int, fmt_num, fmt_pct, label

CLASSES: tuple[str, ...] = ("automate", "augment", "human")
#: the same colours as the CLI's exposure charts (jalur.faces.cli.render.CLASS_COLOURS)
CLASS_COLOURS: dict[str, str] = {"automate": "#d73027", "augment": "#fdae61", "human": "#1a9850"}
REVIEW_COLOUR = "#bdbdbd"
SPEEDS: tuple[str, ...] = ("conservative", "baseline", "aggressive")
SPEED_COLOURS: dict[str, str] = {"conservative": "#4575b4", "baseline": "#7b3294", "aggressive": "#252525"}
WIDTH = 820
FONT = 12


def _n(x: float) -> str:
    s = f"{x:.2f}".rstrip("0").rstrip(".")
    return "0" if s in ("", "-0") else s


def _short(text: str, n: int) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= n else text[: n - 1] + "…"


def _num(x: Any) -> float:
    """A number from the report, 0 when missing or not finite."""
    if isinstance(x, bool) or not isinstance(x, int | float):
        return 0.0
    f = float(x)
    return f if math.isfinite(f) and f > 0 else 0.0


def _text(x: float, y: float, text: str, *, size: int = FONT, anchor: str = "start", extra: str = "") -> str:
    a = "" if anchor == "start" else f' text-anchor="{anchor}"'
    return f'<text x="{_n(x)}" y="{_n(y)}" font-size="{size}"{a}{extra}>{escape(text)}</text>'


def _document(body: list[str], title: str, height: float) -> str:
    h = math.ceil(height)
    head = (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{h}" viewBox="0 0 {WIDTH} {h}" '
        f'font-family="sans-serif" role="img"><title>{escape(title)}</title>'
        f'<rect width="{WIDTH}" height="{h}" fill="#fff"/>'
    )
    return head + "\n" + "\n".join(body) + "\n</svg>\n"


def _header(title: str, subtitle: str) -> tuple[list[str], float]:
    out = [_text(10, 28, title, size=FONT + 4, extra=' font-weight="bold"')]
    y = 28.0
    if subtitle:
        y += 18
        out.append(_text(10, y, subtitle, extra=' fill="#555"'))
    return out, y


def _footnote(out: list[str], y: float, footnote: str) -> float:
    if footnote:
        y += 8
        for line in footnote.splitlines():
            y += 14
            out.append(_text(10, y, line, size=FONT - 2, extra=' fill="#555"'))
    return y


def _legend(out: list[str], y: float, items: Sequence[tuple[str, str]]) -> float:
    x = 10.0
    for text, colour in items:
        w = 16 + len(text) * FONT * 0.6 + 14
        if x + w > WIDTH - 10 and x > 10:
            x = 10.0
            y += 18
        out.append(f'<rect x="{_n(x)}" y="{_n(y)}" width="12" height="12" fill="{colour}"/>')
        out.append(_text(x + 16, y + 10, text))
        x += w
    return y + 18


# --- exposure by unit -------------------------------------------------------------------------------------


def exposure_by_unit_svg(units: Sequence[Mapping[str, Any]], lang: Lang, footnote: str = "") -> str:
    """One bar per unit: the headcount-weighted share of work in each class (units wholly in review are
    drawn empty); the note after each bar is the unit's headcount."""
    cats = [Category(c, label(f"class.{c}", lang), CLASS_COLOURS[c]) for c in CLASSES]
    bars = []
    for u in units:
        shares = u.get("shares") or {}
        hc = _num(u.get("headcount"))
        placed = max(0.0, hc - _num(u.get("headcount_in_review")))
        bars.append(
            Bar(
                str(u.get("unit", "")),
                [_num(shares.get(c)) * placed for c in CLASSES],
                note=fmt_int(u.get("headcount"), lang),
            )
        )
    title = label("c.exposure_by_unit", lang)
    return stacked_bars_svg(
        [Panel(label("h.shares", lang), cats, bars)],
        title=title,
        subtitle=label("c.exposure_by_unit.sub", lang),
        footnote=footnote,
        width=WIDTH,
        percent=lambda s: fmt_pct(s, lang),
    )


# --- headcount by class -----------------------------------------------------------------------------------


def headcount_by_class_svg(totals: Mapping[str, Any], lang: Lang, footnote: str = "") -> str:
    """Horizontal bars: staff by dominant class, then staff in review; each with its count and share."""
    by_class = totals.get("headcount_by_class") or {}
    rows = [(label(f"class.{c}", lang), _num(by_class.get(c)), CLASS_COLOURS[c]) for c in CLASSES]
    rows.append((label("c.in_review", lang), _num(totals.get("headcount_in_review")), REVIEW_COLOUR))
    total = sum(v for _, v, _ in rows)
    top = max((v for _, v, _ in rows), default=0.0)
    title = label("c.by_class", lang)
    out, y = _header(title, label("c.by_class.sub", lang))
    y += 20
    label_w, bar_x, bar_w = 200.0, 210.0, 440.0
    for text, v, colour in rows:
        w = bar_w * v / top if top > 0 else 0.0
        out.append(_text(label_w, y + 15, text, anchor="end"))
        out.append(
            f'<rect x="{_n(bar_x)}" y="{_n(y)}" width="{_n(bar_w)}" height="20" fill="none" stroke="#eee"/>'
        )
        if w > 0:
            tip = f"{text}: {fmt_int(v, lang)}"
            out.append(
                f'<rect x="{_n(bar_x)}" y="{_n(y)}" width="{_n(w)}" height="20" fill="{colour}">'
                f"<title>{escape(tip)}</title></rect>"
            )
        share = fmt_pct(v / total, lang) if total > 0 else "—"
        out.append(_text(bar_x + w + 8, y + 15, f"{fmt_int(v, lang)} ({share})", extra=' fill="#333"'))
        y += 30
    y = _footnote(out, y, footnote)
    return _document(out, title, y + 12)


# --- scenario bands ---------------------------------------------------------------------------------------


def _nice_max(x: float) -> tuple[float, float]:
    """An axis top at or above ``x`` and its tick step (1, 2 or 5 × a power of ten, 4–6 ticks)."""
    if x <= 0:
        return 1.0, 0.25
    raw = x / 5
    p = 10 ** math.floor(math.log10(raw))
    step = next(m * p for m in (1, 2, 2.5, 5, 10) if m * p >= raw)
    return step * math.ceil(x / step - 1e-9), step


def _cell(
    grid: Sequence[Mapping[str, Any]], speed: str, horizon: int, measure: str
) -> tuple[float, float, float] | None:
    for g in grid:
        if g.get("speed") == speed and g.get("horizon") == horizon:
            r = g.get(measure)
            if isinstance(r, Mapping):
                return _num(r.get("low")), _num(r.get("mid")), _num(r.get("high"))
    return None


def scenario_bands_svg(grid: Sequence[Mapping[str, Any]], lang: Lang, footnote: str = "") -> str:
    """Two panels, displaced FTE and new positions: per speed a low–high band and the mid line over the
    horizons found in the grid (1, 3, 5 years)."""
    horizons = sorted({int(g["horizon"]) for g in grid if isinstance(g.get("horizon"), int)}) or [1, 3, 5]
    speeds = [s for s in SPEEDS if any(g.get("speed") == s for g in grid)]
    speeds += sorted({str(g.get("speed")) for g in grid} - set(SPEEDS))
    palette = ["#1b9e77", "#e7298a", "#66a61e", "#a6761d"]
    colours = {s: SPEED_COLOURS.get(s) or palette[i % len(palette)] for i, s in enumerate(speeds)}
    title = label("c.scenarios", lang)
    out, y = _header(title, "")
    y = _legend(out, y + 12, [(code_label("speed", s, lang), colours[s]) for s in speeds])
    panels = [
        ("displaced_fte", label("c.scenarios.displaced", lang)),
        ("new_positions", label("c.scenarios.new", lang)),
    ]
    pw, ph = 330.0, 200.0
    top_y = y + 24
    h0, h1 = min(horizons), max(horizons)
    for i, (measure, ptitle) in enumerate(panels):
        x0 = 60.0 + i * (pw + 80)
        out.append(_text(x0, top_y - 8, ptitle, size=FONT + 1, extra=' font-weight="bold"'))
        cells = {(s, h): _cell(grid, s, h, measure) for s in speeds for h in horizons}
        ymax, step = _nice_max(max((c[2] for c in cells.values() if c), default=0.0))

        def px(h: int, x0: float = x0) -> float:
            return x0 + (pw * (h - h0) / (h1 - h0) if h1 > h0 else pw / 2)

        def py(v: float, ymax: float = ymax) -> float:
            return top_y + ph - ph * v / ymax

        # axes and grid lines
        tick = 0.0
        while tick <= ymax + 1e-9:
            yy = py(tick)
            out.append(
                f'<line x1="{_n(x0)}" y1="{_n(yy)}" x2="{_n(x0 + pw)}" y2="{_n(yy)}" stroke="#e5e5e5"/>'
            )
            out.append(
                _text(x0 - 6, yy + 4, fmt_num(tick, lang, 0 if step >= 1 else 2), size=FONT - 2, anchor="end")
            )
            tick += step
        out.append(
            f'<line x1="{_n(x0)}" y1="{_n(py(0))}" x2="{_n(x0 + pw)}" y2="{_n(py(0))}" stroke="#888"/>'
        )
        for h in horizons:
            out.append(
                _text(px(h), top_y + ph + 16, label("c.years", lang, n=h), size=FONT - 1, anchor="middle")
            )
        for s in speeds:
            pts = [(h, cells[(s, h)]) for h in horizons if cells[(s, h)] is not None]
            if not pts:
                continue
            upper = " ".join(f"{_n(px(h))},{_n(py(c[2]))}" for h, c in pts if c)
            lower = " ".join(f"{_n(px(h))},{_n(py(c[0]))}" for h, c in reversed(pts) if c)
            name = code_label("speed", s, lang)
            out.append(
                f'<polygon points="{upper} {lower}" fill="{colours[s]}" fill-opacity="0.15" stroke="none">'
                f"<title>{escape(name)}</title></polygon>"
            )
            mid = " ".join(f"{_n(px(h))},{_n(py(c[1]))}" for h, c in pts if c)
            out.append(f'<polyline points="{mid}" fill="none" stroke="{colours[s]}" stroke-width="2"/>')
            for h, c in pts:
                if c is None:
                    continue
                tip = (
                    f"{name}, {label('c.years', lang, n=h)}: {fmt_num(c[0], lang)}–{fmt_num(c[2], lang)} "
                    f"({label('col.mid', lang)} {fmt_num(c[1], lang)})"
                )
                out.append(
                    f'<circle cx="{_n(px(h))}" cy="{_n(py(c[1]))}" r="3" fill="{colours[s]}">'
                    f"<title>{escape(tip)}</title></circle>"
                )
    y = top_y + ph + 36
    out.append(_text(WIDTH / 2, y, label("c.scenarios.horizon", lang), size=FONT - 1, anchor="middle"))
    y = _footnote(out, y, footnote)
    return _document(out, title, y + 12)


# --- flows ------------------------------------------------------------------------------------------------


def _destination(role: Mapping[str, Any], lang: Lang) -> str:
    if role.get("placement") is None:
        return label("c.flows.review", lang)
    pathways = role.get("pathways") or []
    if not pathways:
        return label("c.flows.none", lang)
    p = pathways[0]
    name = p.get(f"title_{lang}") or p.get("title_id") or p.get("title_en") or p.get("target")
    return str(name or label("c.flows.none", lang))


def flows_svg(
    roles: Sequence[Mapping[str, Any]],
    lang: Lang,
    footnote: str = "",
    *,
    max_roles: int = 12,
    max_targets: int = 10,
) -> str:
    """Current roles (the ``max_roles`` largest, the rest together) on the left, their top pathway's
    destination on the right (the ``max_targets`` largest, the rest together), ribbons as wide as the
    headcount and coloured by the role's dominant class."""
    ranked = sorted(roles, key=lambda r: -_num(r.get("headcount")))
    shown = ranked[:max_roles]
    rest = ranked[max_roles:]
    other_roles = label("c.flows.other_roles", lang, n=fmt_int(len(rest), lang))
    dest_total: dict[str, float] = {}
    for r in ranked:
        d = _destination(r, lang)
        dest_total[d] = dest_total.get(d, 0.0) + _num(r.get("headcount"))
    dest_rank = sorted(dest_total, key=lambda d: (-dest_total[d], d))
    kept = set(dest_rank[:max_targets])
    other_targets = label("c.flows.other_targets", lang)

    def dest(r: Mapping[str, Any]) -> str:
        d = _destination(r, lang)
        return d if d in kept else other_targets

    # left nodes: (label, value, colour); flows: (left index, right label) -> value
    left: list[tuple[str, float, str]] = []
    flows: dict[tuple[int, str], float] = {}
    for r in shown:
        cls = r.get("dominant_class")
        colour = CLASS_COLOURS.get(str(cls), REVIEW_COLOUR)
        left.append((str(r.get("title", "")), _num(r.get("headcount")), colour))
        key = (len(left) - 1, dest(r))
        flows[key] = flows.get(key, 0.0) + _num(r.get("headcount"))
    if rest:
        left.append((other_roles, sum(_num(r.get("headcount")) for r in rest), REVIEW_COLOUR))
        for r in rest:
            key = (len(left) - 1, dest(r))
            flows[key] = flows.get(key, 0.0) + _num(r.get("headcount"))
    right_names = [d for d in dest_rank if d in kept]
    if any(k[1] == other_targets for k in flows):
        right_names.append(other_targets)
    right_val = {d: sum(v for (_, dd), v in flows.items() if dd == d) for d in right_names}

    title = label("c.flows", lang)
    out, y = _header(title, label("c.flows.sub", lang))
    top = y + 20
    total = sum(v for _, v, _ in left)
    gap, min_slot, body = 6.0, 16.0, 360.0
    scale = body / total if total > 0 else 0.0
    lx, rx, node_w = 300.0, 520.0, 10.0

    def slots(values: Sequence[float]) -> list[tuple[float, float]]:
        pos, yy = [], top
        for v in values:
            h = v * scale
            slot = max(min_slot, h)
            pos.append((yy + (slot - h) / 2, slot))
            yy += slot + gap
        return pos

    lpos = slots([v for _, v, _ in left])
    rpos = slots([right_val[d] for d in right_names])
    lcursor = [p[0] for p in lpos]
    rcursor = {d: p[0] for d, p in zip(right_names, rpos, strict=True)}
    # ribbons: in left order, and within a left node in right order, so they do not cross needlessly
    for li, (_, _, colour) in enumerate(left):
        for d in right_names:
            v = flows.get((li, d), 0.0)
            if v <= 0:
                continue
            w = v * scale
            y0, y1 = lcursor[li], rcursor[d]
            x0, x1 = lx + node_w, rx
            xm = (x0 + x1) / 2
            tip = f"{left[li][0]} → {d}: {fmt_int(v, lang)}"
            out.append(
                f'<path d="M{_n(x0)},{_n(y0)} C{_n(xm)},{_n(y0)} {_n(xm)},{_n(y1)} {_n(x1)},{_n(y1)} '
                f'L{_n(x1)},{_n(y1 + w)} C{_n(xm)},{_n(y1 + w)} {_n(xm)},{_n(y0 + w)} {_n(x0)},{_n(y0 + w)} Z" '
                f'fill="{colour}" fill-opacity="0.45" stroke="none"><title>{escape(tip)}</title></path>'
            )
            lcursor[li] += w
            rcursor[d] += w
    for (name, v, _colour), (yy, _slot) in zip(left, lpos, strict=True):
        h = v * scale
        out.append(
            f'<rect x="{_n(lx)}" y="{_n(yy)}" width="{_n(node_w)}" height="{_n(max(h, 1))}" fill="#555"/>'
        )
        out.append(
            f'<text x="{_n(lx - 6)}" y="{_n(yy + h / 2 + 4)}" font-size="{FONT - 1}" text-anchor="end">'
            f"<title>{escape(name)}</title>{escape(_short(name, 38) + ' (' + fmt_int(v, lang) + ')')}</text>"
        )
    for d, (yy, _slot) in zip(right_names, rpos, strict=True):
        h = right_val[d] * scale
        out.append(
            f'<rect x="{_n(rx)}" y="{_n(yy)}" width="{_n(node_w)}" height="{_n(max(h, 1))}" fill="#555"/>'
        )
        out.append(
            f'<text x="{_n(rx + node_w + 6)}" y="{_n(yy + h / 2 + 4)}" font-size="{FONT - 1}">'
            f"<title>{escape(d)}</title>{escape(_short(d, 38) + ' (' + fmt_int(right_val[d], lang) + ')')}</text>"
        )
    bottom = max([p[0] + p[1] for p in lpos] + [p[0] + p[1] for p in rpos] + [top])
    y = _legend(
        out,
        bottom + 12,
        [
            *((label(f"class.{c}", lang), CLASS_COLOURS[c]) for c in CLASSES),
            (label("c.in_review", lang), REVIEW_COLOUR),
        ],
    )
    y = _footnote(out, y, footnote)
    return _document(out, title, y + 12)
