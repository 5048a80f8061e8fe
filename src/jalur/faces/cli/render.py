"""Terminal rendering of domain objects with Rich (the CLI's face; no domain logic here).

Every value that comes from input or data (a query, a title from a roster or the knowledge base, a file
name, a course) reaches the terminal through :func:`printable` — no control characters, escape sequences
or bidirectional overrides — and inside a ``rich.text.Text`` (never parsed as Rich markup), so that
"[bold]" in a title is shown as written."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from rich.console import Console, Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from jalur.exposure.profile import ExposureProfile, TaskExposure
from jalur.exposure.scorer import TaskScore
from jalur.exposure.summary import BadRow, EmploymentSummary
from jalur.i18n import Lang, t
from jalur.i18n import format as fmt
from jalur.match.context import FIELDS
from jalur.match.matcher import MatchResult
from jalur.pathways.plan import Plan
from jalur.pathways.roles import ROLE_KINDS, Role, RoleExposure, RoleTaskExposure
from jalur.pathways.transitions import Paths, Transition
from jalur.reports.charts import Bar, Category, stacked_bars_svg
from jalur.reports.charts import Panel as Panel_
from jalur.reports.labels import code_label
from jalur.taxonomy.profile import Profile

#: terminal escape sequences: CSI (7- and 8-bit), OSC / DCS / SOS / PM / APC strings with their terminator,
#: and any other ESC sequence (ESC c, ESC ( B, ...); what is left of an unterminated one is dropped below
_ESCAPE_SEQUENCE = re.compile(
    r"(?:\x1b\[|\x9b)[\x30-\x3f]*[\x20-\x2f]*[\x40-\x7e]"
    r"|(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)"
    r"|\x1b[\x20-\x2f]*[\x30-\x7e]"
)
_SURROGATE = re.compile("[\ud800-\udfff]")
#: white space that would break a value over lines (or jump the cursor) becomes a space
_AS_SPACE = "\t\n\v\f\r\x1c\x1d\x1e\x1f\x85\u2028\u2029"
#: dropped: the other C0 controls, DEL, the other C1 controls, bidirectional embeddings, overrides, isolates
_DROPPED = (
    "".join(chr(c) for c in range(0x20) if chr(c) not in _AS_SPACE)
    + "".join(chr(c) for c in range(0x7F, 0xA0) if chr(c) not in _AS_SPACE)
    + "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
_PRINTABLE = str.maketrans({**dict.fromkeys(_AS_SPACE, " "), **dict.fromkeys(_DROPPED)})


def _flags(flags: object, lang: Lang) -> str:
    """Flags in words (``report.flag.<code>``; a code the catalogue does not know as it is)."""
    codes = flags if isinstance(flags, list | tuple) else []
    return ", ".join(code_label("flag", f, lang) for f in codes)


def printable(text: str) -> str:
    """``text`` safe to show in a terminal as one value: escape sequences (ANSI CSI, OSC, ...) removed, C0
    and C1 control characters removed (a tab or a line break becomes a space), bidirectional override,
    embedding and isolate characters removed, lone surrogates replaced. Rich markup is not touched: show
    the result in a ``Text`` (or escape it) — see :func:`plain`."""
    if text.isprintable() and text.isascii():
        return text
    text = _ESCAPE_SEQUENCE.sub("", text)
    return _SURROGATE.sub("\ufffd", text.translate(_PRINTABLE))


def plain(value: object, style: str = "") -> Text:
    """A value from input or data as a Rich ``Text``: :func:`printable`, and never read as markup."""
    return Text(printable(str(value)), style=style)


def message(key: str, lang: Lang, /, **params: object) -> str:
    """``t(key, lang, **params)`` with every text parameter :func:`printable` (the catalogue's own line
    breaks are kept)."""
    return t(key, lang, **{k: printable(v) if isinstance(v, str) else v for k, v in params.items()})


def gradient_label(key: str | None, lang: Lang) -> str:
    if not key:
        return "—"
    if key == "not_exposed":
        return t("ilo.not_exposed", lang)
    if key == "minimal":
        return t("ilo.minimal", lang)
    return message("ilo.gradient", lang, n=key[1:])


def _indices_table(indices: list[dict[str, Any]], lang: Lang) -> Table:
    ix = Table(title=t("profile.indices", lang), expand=True)
    ix.add_column(t("profile.col.index", lang))
    ix.add_column(t("profile.col.value", lang), justify="right")
    ix.add_column(t("profile.source", lang))
    ix.add_column(t("profile.flags", lang), style="dim")
    for i in indices:
        ix.add_row(
            plain(i["label_id"] if lang == "id" else i["label_en"]),
            fmt.number(i["value"], lang, 3),
            plain(f"{i['source']} ({i['scale']})"),
            plain(_flags(i["flags"], lang)),
        )
    return ix


def _score_style(score: float | None) -> str:
    if score is None:
        return "dim"
    return "red" if score >= 0.6 else "yellow" if score >= 0.4 else "green"


def print_profile(console: Console, p: Profile, lang: Lang) -> None:
    first, second = (p.title_id or p.title_en, p.title_en) if lang == "id" else (p.title_en, p.title_id or "")
    head = Text.assemble(
        (f"{printable(p.isco)}  ", "bold cyan"),
        (printable(first), "bold"),
        ("  ·  " + printable(second) if second else "", "dim"),
    )
    lines: list[RenderableType] = [head]
    desc = (p.description_id or p.description_en) if lang == "id" else (p.description_en or p.description_id)
    if desc:
        lines.append(plain(desc if len(desc) < 400 else desc[:397] + "…"))
    if p.ilo:
        lines.append(
            Text.assemble(
                (f"{t('profile.gradient', lang)}: ", "bold"),
                gradient_label(p.ilo["gradient25"], lang),
                f"   mean {fmt.score(p.ilo['mean_2025'], lang)} · SD {fmt.score(p.ilo['sd_2025'], lang)} · "
                f"{p.ilo['n_tasks']} " + ("tugas" if lang == "id" else "tasks"),
            )
        )
    console.print(Panel(Group(*lines), expand=True))

    tasks = Table(title=t("profile.tasks", lang), show_lines=True, expand=True)
    tasks.add_column("#", justify="right", width=3)
    cols = ("Bahasa Indonesia", "English") if lang == "id" else ("English", "Bahasa Indonesia")
    tasks.add_column(cols[0], ratio=1)
    tasks.add_column(cols[1], ratio=1, style="dim")
    tasks.add_column("ILO 2025", justify="right", width=8)
    for task in p.tasks:
        a, b = (task["text_id"], task["text_en"]) if lang == "id" else (task["text_en"], task["text_id"])
        s = task["score_2025"]
        tasks.add_row(
            plain(task["seq"]),
            plain(a or t("profile.unaligned", lang)),
            plain(b or t("profile.unaligned", lang)),
            Text(fmt.score(s, lang), style=_score_style(s)),
        )
    if p.tasks:
        console.print(tasks)
    else:
        console.print(t("profile.no_tasks", lang))

    facts = Table.grid(padding=(0, 2))
    facts.add_column(style="bold")
    facts.add_column()
    ex = p.examples["id"] if lang == "id" else p.examples["en"] or p.examples["id"]
    if ex:
        facts.add_row(t("profile.examples", lang), plain(", ".join(ex[:8])))
    if p.kbji_jobs:
        facts.add_row(
            "KBJI 2014",
            plain(
                ", ".join(f"{j['code']} {j['title_id']}" for j in p.kbji_jobs[:6])
                + (" …" if len(p.kbji_jobs) > 6 else "")
            ),
        )
    if p.onet:
        facts.add_row(
            t("profile.onet", lang),
            plain(
                ", ".join(f"{o['code']} {o['title']}" for o in p.onet[:5]) + (" …" if len(p.onet) > 5 else "")
            ),
        )
    if p.esco:
        facts.add_row(
            t("profile.esco", lang),
            plain(", ".join(e["label"] for e in p.esco[:6]) + (" …" if len(p.esco) > 6 else "")),
        )
    key = "name_id" if lang == "id" else "name"
    if p.skills:
        facts.add_row(t("profile.skills", lang), plain(", ".join(s[key] for s in p.skills[:6])))
    if p.knowledge:
        facts.add_row(t("profile.knowledge", lang), plain(", ".join(s[key] for s in p.knowledge[:6])))
    if p.esco_skills:
        facts.add_row(t("profile.esco_skills", lang), plain(", ".join(s["label"] for s in p.esco_skills[:6])))
    if p.technology:
        facts.add_row(
            t("profile.technology", lang),
            plain(
                ", ".join(
                    x["name"] + (f" ({t('profile.in_demand', lang)})" if x["in_demand"] else "")
                    for x in p.technology[:6]
                )
            ),
        )
    if p.job_zone:
        z = p.job_zone
        facts.add_row(
            t("profile.job_zone", lang),
            plain(f"{z['weighted_mean']}" + (f" ({z['min']}–{z['max']})" if z["min"] != z["max"] else "")),
        )
    console.print(facts)

    if p.indices:
        console.print(_indices_table(p.indices, lang))
    if p.flags:
        console.print(plain(f"{t('profile.flags', lang)}: " + _flags(p.flags, lang), style="yellow"))
    console.print()


def print_match(console: Console, r: MatchResult, lang: Lang) -> None:
    head = Text.assemble(
        ("» ", "bold"), (printable(r.query[:120]), "bold"), (f"  [{printable(r.lang)}]", "dim")
    )
    console.print(head)
    if r.context is not None:
        given = ", ".join(printable(str(v))[:60] for k, v in r.context.items() if k in FIELDS and v)
        key = "match.context_used" if r.context.get("used") else "match.context_unused"
        console.print(Text(message(key, lang, given=given), style="dim"))
    if not r.candidates:
        console.print(Text(message("match.none", lang, query=r.query[:60]), style="yellow"))
        return
    if r.abstained:
        console.print(Text(t("match.abstained", lang), style="yellow"))
    table = Table(show_header=True, expand=True)
    table.add_column("ISCO/KBJI", width=9)
    table.add_column("Bahasa Indonesia" if lang == "id" else "English", ratio=2)
    table.add_column("English" if lang == "id" else "Bahasa Indonesia", ratio=2, style="dim")
    table.add_column(t("match.confidence", lang), justify="right", width=10)
    table.add_column(t("match.evidence", lang), ratio=2, style="dim")
    for i, c in enumerate(r.candidates):
        a, b = (c.title_id or c.title_en, c.title_en) if lang == "id" else (c.title_en, c.title_id or "")
        style = "bold green" if i == 0 and not r.abstained else ""
        ev = "; ".join(f"{e.stage}: {e.text}" for e in c.evidence[:2])
        table.add_row(
            plain(c.isco, style), plain(a, style), plain(b), fmt.percent(c.confidence, lang), plain(ev)
        )
    console.print(table)


_CLASS_STYLE = {"automate": "red", "augment": "yellow", "human": "green"}


def tasks_exposure_table(tasks: Sequence[TaskExposure | RoleTaskExposure], lang: Lang) -> Table:
    """Tasks in both languages (the chosen one first) with their class and score."""
    table = Table(title=t("profile.tasks", lang), show_lines=True, expand=True)
    table.add_column("#", justify="right", width=3)
    cols = ("Bahasa Indonesia", "English") if lang == "id" else ("English", "Bahasa Indonesia")
    table.add_column(cols[0], ratio=1)
    table.add_column(cols[1], ratio=1, style="dim")
    table.add_column(t("exposure.class", lang), width=12)
    table.add_column(t("exposure.score", lang), justify="right", width=6)
    with_mode = any(getattr(task, "mode", None) is not None for task in tasks)
    if with_mode:
        table.add_column(t("exposure.mode_short", lang), justify="right", width=10)
    for task in tasks:
        a, b = (task.text_id, task.text_en) if lang == "id" else (task.text_en, task.text_id)
        row: list[RenderableType] = [
            plain(task.seq),
            plain(a or t("profile.unaligned", lang)),
            plain(b or t("profile.unaligned", lang)),
            Text(t("exposure.class." + task.cls, lang), style=_CLASS_STYLE[task.cls])
            if task.cls
            else Text("—"),
            Text(fmt.number(task.score, lang, 3), style=_score_style(task.score)),
        ]
        if with_mode:
            mode = getattr(task, "mode", None)
            row.append(plain("—" if mode is None else fmt.percent(mode, lang)))
        table.add_row(*row)
    return table


def _mode_views(mode: dict[str, Any], lang: Lang) -> list[str]:
    """The occupation's delegated share of AI use from each view that has it (model, observed, Microsoft)."""
    out: list[str] = []
    if mode.get("mean") is not None and mode.get("range"):
        lo, hi = mode["range"]
        out.append(
            t(
                "exposure.mode_model",
                lang,
                v=fmt.percent(mode["mean"], lang),
                lo=fmt.percent(lo, lang),
                hi=fmt.percent(hi, lang),
            )
        )
    for key, msg in (("observed", "exposure.mode_observed"), ("microsoft", "exposure.mode_microsoft")):
        if mode.get(key):
            n = mode[key].get("observed_tasks", 0)
            out.append(t(msg, lang, v=fmt.percent(mode[key]["value"], lang), n=fmt.number(n, lang, 0)))
    return out


def print_exposure(console: Console, p: ExposureProfile, lang: Lang) -> None:
    first, second = (p.title_id or p.title_en, p.title_en) if lang == "id" else (p.title_en, p.title_id or "")
    lines: list[RenderableType] = [
        Text.assemble(
            (f"{printable(p.isco)}  ", "bold cyan"),
            (printable(first), "bold"),
            ("  ·  " + printable(second) if second else "", "dim"),
        )
    ]
    if p.query["resolved_via"] == "match":
        lines.append(
            Text(
                message(
                    "exposure.matched",
                    lang,
                    text=p.query["input"][:80],
                    conf=fmt.percent(p.query["confidence"], lang),
                ),
                style="dim",
            )
        )
    if p.mean is not None and p.sd is not None:
        lines.append(
            Text.assemble(
                (f"{t('profile.gradient', lang)}: ", "bold"),
                gradient_label(p.gradient, lang),
                f"   mean {fmt.score(p.mean, lang)} · SD {fmt.score(p.sd, lang)}   ",
                (f"{t('exposure.potential23', lang)}: ", "bold"),
                t(f"exposure.p23.{p.potential23}", lang) if p.potential23 else "—",
            )
        )
    if any(p.shares.values()):
        head = "exposure.shares_model" if "shares_from_model" in p.flags else "exposure.shares"
        parts: list[str | tuple[str, str]] = [(f"{t(head, lang)}: ", "bold")]
        for c in ("automate", "augment", "human"):
            parts.append(
                (f"{t('exposure.class.' + c, lang)} {fmt.percent(p.shares[c], lang)}   ", _CLASS_STYLE[c])
            )
        lines.append(Text.assemble(*parts))
    views = _mode_views(p.mode, lang)
    if views:
        lines.append(Text.assemble((f"{t('exposure.mode_views', lang)}: ", "bold"), " · ".join(views)))
    console.print(Panel(Group(*lines), expand=True))
    if p.tasks:
        if "tasks_from_onet_chain" in p.flags:
            console.print(Text(t("exposure.borrowed", lang), style="yellow"))
        console.print(tasks_exposure_table(p.tasks, lang))
        with_mode = any(task.mode is not None for task in p.tasks)
        console.print(
            Text(
                t(
                    "exposure.legend_ilo_mode" if with_mode else "exposure.legend",
                    lang,
                    hi=fmt.score(p.thresholds["automate"], lang),
                    lo=fmt.score(p.thresholds["augment"], lang),
                    half=fmt.percent(p.thresholds.get("delegated", 0.5), lang),
                ),
                style="dim",
            )
        )
    else:
        console.print(t("profile.no_tasks", lang))
        if p.nearest_with_tasks:
            near = ", ".join(
                f"{n['isco']} {(n['title_id'] or n['title_en']) if lang == 'id' else n['title_en']}"
                for n in p.nearest_with_tasks
            )
            console.print(plain(t("exposure.nearest_with_tasks", lang, groups=near)))
    if p.indices:
        console.print(_indices_table(p.indices, lang))
    if p.flags:
        console.print(plain(f"{t('profile.flags', lang)}: " + _flags(p.flags, lang), style="yellow"))
    console.print(Text(t("exposure.not_a_forecast", lang), style="dim italic"))


# --- exposure summary (employment-weighted) ------------------------------------------------------------

#: chart colours: low exposure green, high red, unknown grey
GRADIENT_COLOURS = {
    "not_exposed": "#1a9850",
    "minimal": "#91cf60",
    "g1": "#fee08b",
    "g2": "#fdae61",
    "g3": "#f46d43",
    "g4": "#d73027",
    "no_score": "#bdbdbd",
}
CLASS_COLOURS = {"automate": "#d73027", "augment": "#fdae61", "human": "#1a9850", "no_score": "#bdbdbd"}


def summary_key_label(key: str, lang: Lang) -> str:
    """Label of a gradient or task-class key of the exposure summary."""
    if key == "no_score":
        return t("summary.no_score", lang)
    if key in ("automate", "augment", "human"):
        return t("exposure.class." + key, lang)
    return gradient_label(key, lang)


def breakdown_label(name: str, lang: Lang) -> str:
    """A breakdown's name for display: the role in the user's language, else the column header
    (:func:`printable`)."""
    return t("summary.role." + name, lang) if name in ("sex", "province", "sector") else printable(name)


def bad_row_message(b: BadRow, lang: Lang, scheme: str) -> str:
    """One rejected row of an employment table; its column and value are :func:`printable`."""
    return message(
        "summary.bad_row",
        lang,
        row=b.row,
        column=b.column,
        value=b.value,
        reason=t("summary.bad." + b.reason, lang, scheme=scheme.upper()),
    )


def _parts_table(title: str, parts: dict[str, Any], lang: Lang) -> Table:
    table = Table(title=title)
    table.add_column("")
    table.add_column(t("summary.workers", lang), justify="right")
    table.add_column(t("summary.share", lang), justify="right")
    for key, p in parts.items():
        table.add_row(
            summary_key_label(key, lang), fmt.number(p.workers, lang), fmt.percent(p.share, lang, 1)
        )
    return table


def print_exposure_summary(console: Console, s: EmploymentSummary, lang: Lang) -> None:
    tot = s.total
    lines: list[RenderableType] = [
        Text(t("summary.title", lang), style="bold"),
        Text(f"{printable(s.input.path)}  ·  " + t("summary.rows", lang, **s.rows), style="dim"),
        Text.assemble((f"{t('summary.total', lang)}: ", "bold"), fmt.number(tot.workers, lang)),
        Text.assemble((f"{t('summary.coverage', lang)}: ", "bold"), fmt.percent(tot.coverage, lang, 1)),
        Text.assemble((f"{t('summary.mean', lang)}: ", "bold"), fmt.number(tot.mean_score, lang, 3)),
    ]
    levels = ", ".join(f"{k}: {fmt.number(v, lang)}" for k, v in s.levels.items() if v)
    lines.append(plain(f"{t('summary.levels', lang)}: {levels}", style="dim"))
    console.print(Panel(Group(*lines), expand=True))
    console.print(_parts_table(t("summary.gradients", lang), tot.gradients, lang))
    console.print(_parts_table(t("summary.classes", lang), tot.classes, lang))
    for name, groups in s.by.items():
        label = breakdown_label(name, lang)
        table = Table(title=Text(t("summary.by", lang, name=label)), expand=True)
        table.add_column(Text(label), overflow="fold")
        table.add_column(t("summary.workers", lang), justify="right")
        table.add_column(t("summary.share", lang), justify="right")
        table.add_column("mean", justify="right")
        table.add_column(t("summary.exposed", lang), justify="right")
        table.add_column("G4", justify="right")
        for c in ("automate", "augment", "human"):
            table.add_column(t("exposure.class." + c, lang), justify="right", style=_CLASS_STYLE[c])
        table.add_column(t("summary.no_score", lang), justify="right", style="dim")
        for g in groups:
            f = g.figures
            exposed = sum(f.gradients[k].share for k in ("g1", "g2", "g3", "g4"))
            table.add_row(
                plain(g.value or t("summary.empty_value", lang)),
                fmt.number(f.workers, lang),
                fmt.percent(g.share_of_total, lang),
                fmt.number(f.mean_score, lang, 3),
                fmt.percent(exposed, lang),
                fmt.percent(f.gradients["g4"].share, lang),
                *(fmt.percent(f.classes[c].share, lang) for c in ("automate", "augment", "human")),
                fmt.percent(f.gradients["no_score"].share, lang),
            )
        console.print(table)
    if s.bad_rows:
        console.print(Text(t("summary.skipped", lang), style="yellow"))
        for b in s.bad_rows[:50]:
            console.print(Text("  " + bad_row_message(b, lang, s.scheme), style="yellow"))
        if len(s.bad_rows) > 50:
            console.print(
                Text("  " + t("error.summary.more_bad_rows", lang, n=len(s.bad_rows) - 50), style="yellow")
            )
    if s.assumptions:
        console.print(Text(t("summary.assumptions", lang) + ":", style="bold"))
        for a in s.assumptions:
            console.print(Text(f"  {printable(a)}: " + t("summary.assumption." + a, lang), style="yellow"))
    if s.flags:
        console.print(plain(f"{t('profile.flags', lang)}: " + _flags(s.flags, lang), style="yellow"))
    console.print(Text(t("exposure.not_a_forecast", lang), style="dim italic"))


def exposure_summary_svg(s: EmploymentSummary, lang: Lang) -> str:
    """The summary as an SVG chart: workers by ILO 2025 gradient and by task class, one bar for all
    workers and one per breakdown value."""
    bars: list[tuple[str, Any]] = [(t("summary.all", lang), s.total)]
    for name, groups in s.by.items():
        label = breakdown_label(name, lang)
        bars.extend((f"{label}: {g.value or t('summary.empty_value', lang)}", g.figures) for g in groups)

    def panel(title: str, attr: str, colours: dict[str, str]) -> Panel_:
        keys = list(colours)
        return Panel_(
            title,
            [Category(k, summary_key_label(k, lang), colours[k]) for k in keys],
            [
                Bar(label, [getattr(f, attr)[k].workers for k in keys], note=fmt.number(f.workers, lang))
                for label, f in bars
            ],
        )

    return stacked_bars_svg(
        [
            panel(t("summary.chart.gradients", lang), "gradients", GRADIENT_COLOURS),
            panel(t("summary.chart.classes", lang), "classes", CLASS_COLOURS),
        ],
        title=t("summary.title", lang),
        subtitle=t(
            "summary.chart.subtitle",
            lang,
            workers=fmt.number(s.total.workers, lang),
            coverage=fmt.percent(s.total.coverage, lang, 1),
            path=s.input.path.replace("\\", "/").rsplit("/", 1)[-1],
        ),
        footnote="\n".join(
            [*(t("summary.assumption." + a, lang) for a in s.assumptions), t("exposure.not_a_forecast", lang)]
        ),
    )


def print_task_scores(console: Console, lines: list[int], results: list[TaskScore], lang: Lang) -> None:
    table = Table(title=t("exposure.tasks.title", lang), show_lines=True, expand=True)
    table.add_column(t("exposure.tasks.line", lang), justify="right", width=5)
    table.add_column(t("exposure.tasks.task", lang), ratio=3)
    table.add_column(t("exposure.class", lang), width=12)
    table.add_column(t("exposure.score", lang), justify="right", width=6)
    table.add_column("Eloundou", width=8)
    table.add_column(t("exposure.tasks.nearest", lang), ratio=3, style="dim")
    for n, r in zip(lines, results, strict=True):
        ev = r.evidence[0] if r.evidence else None
        near = (
            "—" if ev is None else f"{ev['code']}: {ev['text'][:120]} ({fmt.score(ev['similarity'], lang)})"
        )
        table.add_row(
            str(n),
            plain(r.text if len(r.text) <= 200 else r.text[:197] + "…"),
            Text(t("exposure.class." + r.cls, lang), style=_CLASS_STYLE[r.cls]) if r.cls else Text("—"),
            Text(fmt.score(r.score, lang), style=_score_style(r.score)),
            plain(r.eloundou or "—"),
            plain(near + (f"  [{_flags(r.flags, lang)}]" if r.flags else "")),
        )
    console.print(table)
    console.print(Text(t("exposure.tasks.note", lang), style="dim"))
    console.print(Text(t("exposure.not_a_forecast", lang), style="dim italic"))


# --- AI-era roles ---------------------------------------------------------------------------------------


def _shares_text(shares: dict[str, float], lang: Lang) -> Text:
    return Text.assemble(
        *(
            (f"{t('exposure.class.' + c, lang)} {fmt.percent(shares[c], lang)}  ", _CLASS_STYLE[c])
            for c in ("automate", "augment", "human")
        )
    )


def print_roles(console: Console, roles: list[tuple[Role, RoleExposure]], lang: Lang) -> None:
    """The catalogue, one table per kind: each role with its computed exposure."""
    console.print(Text(t("roles.title", lang) + f" ({t('roles.count', lang, n=len(roles))})", style="bold"))
    for kind in ROLE_KINDS:
        rows = [(r, e) for r, e in roles if r.kind == kind]
        if not rows:
            continue
        table = Table(title=t("roles.kind." + kind, lang), expand=True)
        table.add_column("id", style="cyan", overflow="fold", ratio=2)
        table.add_column(t("roles.name", lang), ratio=3)
        table.add_column(t("roles.job_zone", lang), justify="right", width=5)
        table.add_column("ISCO", width=4)
        table.add_column(t("roles.mean", lang), justify="right", width=5)
        table.add_column(
            " / ".join(t("exposure.class." + c, lang) for c in ("automate", "augment", "human")), ratio=2
        )
        for role, e in rows:
            table.add_row(
                plain(role.id),
                plain(role.name(lang)),
                plain(role.job_zone),
                plain(role.isco[0].code if role.isco else "—"),
                Text(fmt.score(e.mean, lang), style=_score_style(e.mean)),
                Text.assemble(
                    *(
                        (fmt.percent(e.shares[c], lang) + (" / " if c != "human" else ""), _CLASS_STYLE[c])
                        for c in ("automate", "augment", "human")
                    )
                ),
            )
        console.print(table)
    console.print(Text(t("roles.computed", lang), style="dim"))
    console.print(Text(t("exposure.not_a_forecast", lang), style="dim italic"))


def print_role(console: Console, role: Role, e: RoleExposure, lang: Lang) -> None:
    """One role in full: description, tasks with their computed class and score, skills, ISCO, sources."""
    other = role.name_en if lang == "id" else role.name_id
    aliases = role.aliases_id if lang == "id" else role.aliases_en
    lines: list[RenderableType] = [
        Text.assemble(
            (f"{printable(role.id)}  ", "bold cyan"),
            (printable(role.name(lang)), "bold"),
            (f"  ·  {printable(other)}", "dim"),
        ),
        plain(
            f"{t('roles.kind', lang)}: {t('roles.kind.' + role.kind, lang)}   "
            f"{t('roles.job_zone', lang)}: {role.job_zone}"
        ),
        plain(role.description(lang)),
        plain(f"{t('roles.aliases', lang)}: " + ", ".join(aliases), style="dim"),
        *(
            [plain(f"{t('roles.titles', lang)}: " + ", ".join(role.titles[:12]), style="dim")]
            if role.titles
            else []
        ),
    ]
    if role.entry is not None:
        en = role.entry
        lines.append(
            plain(
                t(
                    "roles.entry",
                    lang,
                    requires=en.requires_id if lang == "id" else en.requires_en,
                    lo=en.years_min,
                    hi=en.years_max,
                    basis=en.basis,
                ),
                style="yellow",
            )
        )
    if e.mean is not None:
        lines.append(
            Text.assemble(
                (f"{t('roles.estimate', lang)}: ", "bold"),
                gradient_label(e.gradient, lang),
                f"   mean {fmt.score(e.mean, lang)}"
                + (
                    ""
                    if e.mean_range is None
                    else f" ({fmt.score(e.mean_range[0], lang)}–{fmt.score(e.mean_range[1], lang)})"
                )
                + ("" if e.sd is None else f" · SD {fmt.score(e.sd, lang)}")
                + ("" if e.mode is None else f" · {t('exposure.mode', lang)} {fmt.percent(e.mode, lang)}")
                + "   ",
            )
        )
        lines.append(Text.assemble((f"{t('exposure.shares', lang)}: ", "bold"), _shares_text(e.shares, lang)))
    console.print(Panel(Group(*lines), expand=True))

    console.print(tasks_exposure_table(e.tasks, lang))
    console.print(
        Text(
            t(
                "exposure.legend_mode",
                lang,
                lo=fmt.score(e.thresholds["augment"], lang),
                half=fmt.percent(e.thresholds["delegated"], lang),
            ),
            style="dim",
        )
    )

    skills = Table(title=t("roles.skills", lang), expand=True)
    skills.add_column(t("roles.skills", lang), ratio=1)
    skills.add_column(t("roles.importance", lang), justify="right", width=6)
    skills.add_column(t("roles.links", lang), ratio=2, style="dim", overflow="fold")
    for s in sorted(role.skills, key=lambda s: -s.importance):
        links = [
            *(f"SKKNI {c}" for c in s.skkni),
            *(f"O*NET {c}" for c in (*s.onet, *s.onet_tech)),
            *(f"ESCO {u.rsplit('/', 1)[-1][:8]}" for u in s.esco),
        ]
        skills.add_row(
            plain(s.name_id if lang == "id" else s.name_en), "●" * s.importance, plain(", ".join(links))
        )
    console.print(skills)

    facts = Table.grid(padding=(0, 2))
    facts.add_column(style="bold")
    facts.add_column()
    for g in role.isco:
        facts.add_row(plain(f"ISCO {g.code}"), plain(g.reason_id if lang == "id" else g.reason_en))
    for src in role.sources:
        facts.add_row(
            t("roles.sources", lang) if src is role.sources[0] else "",
            plain(f"{src.kind}: {src.ref}" + (f" ({src.note})" if src.note else "")),
        )
    console.print(facts)
    console.print(Text(t("roles.computed", lang), style="dim"))
    console.print(Text(t("exposure.not_a_forecast", lang), style="dim italic"))


def _print_experience(console: Console, origin: dict[str, Any], lang: Lang) -> None:
    """The earlier jobs used (with their credit) and those that could not be placed."""
    exp = origin.get("experience") or {}
    for j in exp.get("jobs", []):
        title = _title_of(j, lang)
        line = message(
            "paths.experience", lang, text=j["text"], code=j["isco"], title=title, credit=j["credit"]
        )
        console.print(Text(line, style="dim"))
    for u in exp.get("unmatched", []):
        cands = "; ".join(f"{c['isco']} {c['title']}" for c in u.get("candidates", [])[:3])
        line = message(
            "paths.experience_unmatched", lang, text=u["text"], cands=f" ({cands})" if cands else ""
        )
        console.print(Text(line, style="yellow"))


def _title_of(d: dict[str, Any], lang: Lang) -> str:
    return str((d.get("title_id") or d.get("title_en")) if lang == "id" else d.get("title_en"))


def _exposure_text(e: Any, lang: Lang) -> str:
    return fmt.score(e.mean if hasattr(e, "mean") else e.get("mean"), lang)


def _months(e: dict[str, Any]) -> str:
    lo, hi = e["months"]
    return str(lo) if lo == hi else f"{lo}–{hi}"


def _effort_text(e: dict[str, Any] | None, lang: Lang) -> str:
    """A move's planning estimate as a range of hours and part-time months (the same in every face)."""
    if not e:
        return fmt.MISSING
    if not e["hours"]:
        return fmt.number(0, lang)
    return t(
        "paths.effort_short",
        lang,
        lo=fmt.number(e["range"][0], lang),
        hi=fmt.number(e["range"][1], lang),
    )


def print_paths(console: Console, p: Paths, lang: Lang) -> None:
    o = p.origin
    console.print(
        Text.assemble(
            (f"{printable(str(o['isco']))}  ", "bold cyan"),
            (message("paths.title", lang, title=_title_of(o, lang)), "bold"),
            f"   ILO 2025 {_exposure_text(o['exposure'], lang)} · {gradient_label(o['exposure']['gradient'], lang)}"
            if o["exposure"].get("half") is None
            else f"   {t('roles.estimate', lang)} {_exposure_text(o['exposure'], lang)}"
            f" ± {fmt.score(o['exposure']['half'], lang)}",
        )
    )
    _print_experience(console, o, lang)
    if o.get("industry"):
        ind = o["industry"]
        # read from the words: the same sentence the web shows
        key = "paths.industry_given" if ind["source"] == "given" else "ui.paths.industry"
        console.print(Text(message(key, lang, codes=", ".join(ind["kbli"])), style="dim"))
    if not p.transitions:
        console.print(Text(t("paths.none", lang), style="yellow"))
        _print_long_routes(console, p, lang)
        return
    # suggested moves (a career step or the same kind of work) and AI-era roles first; moves resting on
    # similarity alone apart, under their own heading
    first: list[Transition] = []
    weaker: list[Transition] = []
    for m in p.transitions:
        (weaker if m.target_type == "occupation" and not m.suggested else first).append(m)
    if not any(m.suggested for m in p.transitions) and weaker:
        console.print(Text(t("paths.no_suggested", lang), style="yellow"))
    if first:
        console.print(_moves_table(first, lang, 1))
    if weaker:
        console.print(Text(t("paths.weaker", lang), style="bold"))
        console.print(_moves_table(weaker, lang, len(first) + 1))
    console.print(Text(t("paths.note", lang), style="dim"))
    _print_long_routes(console, p, lang)


def _moves_table(moves: list[Transition], lang: Lang, start: int) -> Table:
    table = Table(show_lines=True, expand=True)
    table.add_column("#", justify="right", width=3)
    table.add_column(t("paths.target", lang), ratio=3)
    table.add_column(t("paths.kind", lang), ratio=2)
    table.add_column(t("paths.similarity", lang), justify="right", width=10)
    table.add_column(t("paths.exposure", lang), justify="right", width=12)
    table.add_column(t("paths.hours", lang), justify="right", ratio=1, min_width=7, overflow="fold")
    table.add_column(t("paths.learn", lang), ratio=3, style="dim")
    for i, m in enumerate(moves, start=start):
        title = (m.target_title_id or m.target_title_en) if lang == "id" else m.target_title_en
        kinds = ", ".join(
            [t("paths.kind." + k, lang) for k in m.kind]
            + ([t("paths.via_experience", lang)] if "via_experience" in m.flags else [])
            + ([t("paths.evidence." + m.evidence, lang)] if m.evidence else [])
            + (
                [t("paths.kind.needs_" + m.route["kind"], lang)]
                if m.route and m.target_type == "role"
                else []
            )
        )
        key = "name_id" if lang == "id" else "name"
        learn = ", ".join(str(s.get(key) or s["name"]) for s in m.skills_to_learn[:3])
        table.add_row(
            str(i),
            Text.assemble((f"{printable(m.target)}  ", "cyan"), printable(title or "")),
            Text(kinds, style="green" if "safer" in m.kind else ""),
            fmt.score(m.similarity, lang),
            f"{_exposure_text(m.exposure_before, lang)} \u2192 {_exposure_text(m.exposure_after, lang)}",
            t("paths.years_short", lang, lo=m.route["years"][0], hi=m.route["years"][1])
            if m.route
            else _effort_text(m.effort, lang),
            plain(learn),
        )
    return table


def _print_long_routes(console: Console, p: Paths, lang: Lang) -> None:
    """Moves behind a degree, licence or appointment: years and what it takes, never course hours."""
    if not p.long_routes:
        return
    console.print(Text(t("paths.long_routes", lang), style="bold"))
    for m in p.long_routes:
        title = (m.target_title_id or m.target_title_en) if lang == "id" else m.target_title_en
        r = m.route or {}
        years = r.get("years") or [None, None]
        console.print(
            plain(
                "  "
                + t(
                    "paths.long_route",
                    lang,
                    code=m.target,
                    title=title or "",
                    requires=r.get("requires_id" if lang == "id" else "requires_en") or "",
                    lo=fmt.number(years[0], lang),
                    hi=fmt.number(years[1], lang),
                    basis=r.get("basis") or "",
                )
            )
        )


def print_plan(console: Console, p: Plan, lang: Lang) -> None:
    a, b = _title_of(p.origin, lang), _title_of(p.target, lang)
    console.print(Text(message("plan.title", lang, a=a, b=b), style="bold"))
    _print_experience(console, p.origin, lang)
    console.print(
        f"{t('paths.similarity', lang)} {fmt.score(p.similarity, lang)} · "
        f"{t('paths.exposure', lang)} {_exposure_text(p.origin['exposure'], lang)} \u2192 {_exposure_text(p.target['exposure'], lang)}"
    )
    key = "name_id" if lang == "id" else "name"
    if p.skills_kept:
        console.print(
            plain(
                f"{t('plan.kept', lang)}: "
                + ", ".join(str(s.get(key) or s["name"]) for s in p.skills_kept[:8]),
                style="green",
            )
        )
    table = Table(show_lines=True, expand=True)
    table.add_column(t("plan.skill", lang), ratio=2)
    table.add_column(t("paths.hours", lang), justify="right", width=9)
    table.add_column(t("plan.courses", lang), ratio=4)
    for step in p.steps:
        courses = "\n".join(  # one course a line; each course's own text is printable
            printable(
                f"{c['title']}"
                + (f" — {c['provider']}" if c["provider"] else "")
                + (f" ({fmt.number(c['hours'], lang)} h)" if c["hours"] else "")
            )
            for c in step.courses
        )
        table.add_row(
            plain(step.skill.get(key) or step.skill["name"]),
            "—"
            if p.route
            else fmt.number(step.hours, lang) + ("*" if step.hours_source == "estimate" else ""),
            Text(courses or "—"),
        )
    console.print(table)
    if p.route:
        # a degree, licence or appointment: years, never course hours
        r = p.route
        console.print(
            plain(
                t(
                    "plan.long_route",
                    lang,
                    requires=r["requires_id"] if lang == "id" else r["requires_en"],
                    lo=r["years"][0],
                    hi=r["years"][1],
                    basis=r["basis"],
                ),
                style="bold yellow",
            )
        )
    cost = t("plan.cost_unknown", lang) if p.cost_idr is None else fmt.rupiah(p.cost_idr, lang)
    e = p.effort
    if e:
        console.print(
            Text(
                t(
                    "plan.effort",
                    lang,
                    lo=fmt.number(e["range"][0], lang),
                    hi=fmt.number(e["range"][1], lang),
                    months=_months(e),
                    per_week=fmt.number(e["hours_per_week"], lang),
                ),
                style="bold",
            )
        )
    if p.hours is not None and any(step.courses for step in p.steps):
        console.print(Text(t("plan.total", lang, hours=fmt.number(p.hours, lang), cost=cost)))
    if "sample_courses_not_shown" in p.flags:
        console.print(Text(t("plan.sample_hidden", lang), style="yellow"))
    if p.certification_details:
        console.print(Text(t("plan.certifications", lang) + ":", style="bold"))
        for c in p.certification_details:
            title = f" {c['title']}" if c.get("title") else ""
            console.print(plain(f"  SKKNI {c['code']}{title}"))
    if p.flags:
        console.print(plain(f"{t('profile.flags', lang)}: " + _flags(p.flags, lang), style="yellow"))


def print_report_summary(console: Console, report: dict[str, Any], files: list[Any], lang: Lang) -> None:
    """The headline figures of a workforce report and where its files are."""
    tot = report["totals"]
    console.print(
        Text(message("report.summary.title", lang, file=report["input"].get("file", "")), style="bold")
    )
    console.print(
        t(
            "report.summary.rows",
            lang,
            rows_in=fmt.number(report["rows_in"], lang),
            accepted=fmt.number(report["rows_accepted"], lang),
            rejected=fmt.number(len(report["rows_rejected"]), lang),
            flagged=fmt.number(len(report["rows_flagged"]), lang),
        )
    )
    console.print(
        t(
            "report.summary.headcount",
            lang,
            headcount=fmt.number(tot["headcount"], lang),
            placed=fmt.number(tot["headcount_placed"], lang),
            review=fmt.number(tot["headcount_in_review"], lang),
            roles=fmt.number(tot["roles"], lang),
            units=fmt.number(tot["units"], lang),
        )
    )
    sh = tot["shares"]
    mean = tot["exposure_mean"]
    console.print(
        t(
            "report.summary.exposure",
            lang,
            mean=fmt.score(mean, lang),
            automate=fmt.percent(sh["automate"], lang),
            augment=fmt.percent(sh["augment"], lang),
            human=fmt.percent(sh["human"], lang),
        )
    )
    console.print(
        t(
            "report.summary.fte",
            lang,
            fte_auto=fmt.number(tot["fte_automatable"], lang, 1),
            fte_aug=fmt.number(tot["fte_augmentable"], lang, 1),
        )
    )
    rs, up = tot["reskilling"], tot["upskilling"]
    console.print(
        t(
            "report.summary.reskilling",
            lang,
            people=fmt.number(rs["people"], lang),
            hours=fmt.number(rs["hours"], lang),
            cost=fmt.rupiah(rs["cost_idr"], lang),
            up_people=fmt.number(up["people"], lang),
            up_cost=fmt.rupiah(up["cost_idr"], lang),
        )
    )
    cell = next(
        (c for c in report["scenarios"]["grid"] if c["speed"] == "baseline" and c["horizon"] == 5), None
    )
    if cell is not None:
        d = cell["displaced_fte"]
        console.print(
            t(
                "report.summary.scenario",
                lang,
                displaced=fmt.number(d["mid"], lang, 1),
                lo=fmt.number(d["low"], lang, 1),
                hi=fmt.number(d["high"], lang, 1),
                new=fmt.number(cell["new_positions"]["mid"], lang, 1),
                altered=fmt.percent(cell["roles_significantly_altered_share"]["mid"], lang),
            )
        )
    queue = next((f for f in files if str(f).endswith("review_queue.csv")), None)
    if report["review_queue"] and queue is not None:
        console.print(
            Text(
                message("report.summary.review", lang, n=len(report["review_queue"]), path=str(queue)),
                style="yellow",
            )
        )
    console.print(t("report.summary.files", lang))
    for f in files:
        console.print(plain(f"  {f}"))
