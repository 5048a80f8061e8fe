"""Page 1 of the employer report: an executive summary in plain words (issue 18).

A manager reads what changes, for how many people, where, what to do first, what it costs and how long it
takes, and the three caveats that matter — before any table, source id or checksum. Every sentence is built
from the report JSON (docs/report.md) with the catalogue's ``report.sum.*`` texts, so the summary says
nothing the rest of the report does not show. Pure: report dict in, list of paragraphs out.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any

from jalur.reports.labels import Lang, fmt_idr, fmt_int, fmt_num, fmt_pct, label

#: units and roles named in the summary, at most
TOP = 3
#: the scenario the cost range is read from (the report's own grid: baseline speed, three years)
SCENARIO = ("baseline", 3)
#: part-time learning pace that turns hours into months (as ``jalur paths``)
HOURS_PER_MONTH = 10.0 * 52 / 12


def _map(x: object) -> Mapping[str, Any]:
    return x if isinstance(x, Mapping) else {}


def _list(x: object) -> Sequence[Any]:
    return x if isinstance(x, list) else []


def _num(x: object) -> float:
    return float(x) if isinstance(x, int | float) and math.isfinite(x) else 0.0


def _title(d: Mapping[str, Any], lang: Lang) -> str:
    return str((d.get("title_id") if lang == "id" and d.get("title_id") else d.get("title_en")) or "")


def _first_step(role: Mapping[str, Any], lang: Lang) -> str:
    """One role's first step: its first move and the part-time months it takes (a short induction when
    the move has no skill gap, the role's redesign when it has no move)."""
    who = {"role": str(role.get("title")), "staff": fmt_int(role.get("headcount"), lang)}
    moves = _list(role.get("pathways"))
    if not moves:
        return label("sum.first_role", lang, **who)
    first = _map(moves[0])
    effort = _map(first.get("effort"))
    months = _list(effort.get("months"))
    target = _title(first, lang)
    if effort and not _num(effort.get("hours")):
        # no skill gap worth a course: learning on the job (unknown hours are not "no hours")
        return label("sum.first_move_induction", lang, target=target, **who)
    if len(months) != 2:
        return label("sum.first_move_unknown", lang, target=target, **who)
    if months[0] == months[1]:
        key = "sum.month" if months[0] == 1 else "sum.months_one"
        when = label(key, lang, n=fmt_int(months[0], lang))
    else:
        when = label("sum.months", lang, lo=fmt_int(months[0], lang), hi=fmt_int(months[1], lang))
    return label("sum.first_move", lang, target=target, when=when, **who)


def executive_summary(report: Mapping[str, Any], lang: Lang) -> list[dict[str, str]]:
    """The summary as paragraphs ``{"key", "heading", "text"}`` (headings and sentences in ``lang``)."""
    tot = _map(report.get("totals"))
    shares = _map(tot.get("shares"))
    by_class = _map(tot.get("headcount_by_class"))
    resk = _map(tot.get("reskilling"))
    headcount = _num(tot.get("headcount"))
    placed = _num(tot.get("headcount_placed"))
    out: list[dict[str, str]] = []

    def add(key: str, text: str) -> None:
        out.append({"key": key, "heading": label(f"sum.h.{key}", lang), "text": text})

    # what changes
    add(
        "what",
        label(
            "sum.what",
            lang,
            automate=fmt_pct(shares.get("automate"), lang),
            augment=fmt_pct(shares.get("augment"), lang),
            human=fmt_pct(shares.get("human"), lang),
            fte=fmt_num(tot.get("fte_automatable"), lang, 0),
            fte_aug=fmt_num(tot.get("fte_augmentable"), lang, 0),
        ),
    )
    # for how many people
    add(
        "who",
        label(
            "sum.who",
            lang,
            placed=fmt_int(placed, lang),
            total=fmt_int(headcount, lang),
            automate=fmt_int(by_class.get("automate"), lang),
            augment=fmt_int(by_class.get("augment"), lang),
            human=fmt_int(by_class.get("human"), lang),
        ),
    )
    # where: the units with the most automatable work
    units = sorted(
        (_map(u) for u in _list(report.get("units"))),
        key=lambda u: (-_num(u.get("fte_automatable")), str(u.get("unit"))),
    )[:TOP]
    if units and _num(units[0].get("fte_automatable")) > 0:
        where = "; ".join(
            label(
                "sum.where_unit",
                lang,
                unit=str(u.get("unit")),
                fte=fmt_num(u.get("fte_automatable"), lang, 0),
                staff=fmt_int(u.get("headcount"), lang),
            )
            for u in units
        )
        add("where", label("sum.where", lang, units=where))
    # what to do first: the roles with the most automatable work, with their first move
    roles = sorted(
        (_map(r) for r in _list(report.get("roles")) if _map(r).get("placement")),
        key=lambda r: (-_num(r.get("fte_automatable")), str(r.get("title"))),
    )[:TOP]
    steps = [_first_step(r, lang) for r in roles if _num(r.get("fte_automatable")) > 0]
    review = _list(report.get("review_queue"))
    if review:
        steps.append(
            label(
                "sum.review",
                lang,
                titles=fmt_int(len(review), lang),
                staff=fmt_int(tot.get("headcount_in_review"), lang),
            )
        )
    if steps:
        add("first", " ".join(steps))
    # cost and time, as ranges
    grid = [_map(g) for g in _list(_map(report.get("scenarios")).get("grid"))]
    pick = next((g for g in grid if (g.get("speed"), g.get("horizon")) == SCENARIO), {})
    cost = _map(pick.get("reskilling_cost_idr"))
    people = _num(resk.get("people"))
    hours = _num(resk.get("hours"))
    per_person = hours / people if people else 0.0
    text = label(
        "sum.cost",
        lang,
        people=fmt_int(people, lang),
        hours=fmt_int(round(per_person), lang),
        months=fmt_int(max(1, math.ceil(per_person / HOURS_PER_MONTH)) if per_person else 0, lang),
        total=fmt_idr(resk.get("cost_idr"), lang),
        low=fmt_idr(cost.get("low"), lang),
        high=fmt_idr(cost.get("high"), lang),
    )
    wages = _num(resk.get("wage_cost_idr"))
    if wages > 0:  # the learning hours are paid working time, where the roster gives salaries
        text += " " + label(
            "sum.wage_cost",
            lang,
            wages=fmt_idr(round(wages, -6), lang),  # to the million: an estimate, not an invoice
            people=fmt_int(resk.get("wage_cost_people"), lang),
        )
    add("cost", text)
    # the three caveats that matter
    add("caveats", " ".join(label(f"sum.caveat.{i}", lang) for i in (1, 2, 3)))
    return out
