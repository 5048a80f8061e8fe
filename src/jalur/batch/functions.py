"""The heavy steps as ``pyarrow.Table -> pyarrow.Table`` functions (issue 20); docs/scale.md.

Each function keeps the input's columns (a result column of the same name is replaced) and adds its own, row
for row in input order; repeats are worked once (texts by ``coder_key``, tasks by their spacing-normalised
text, roster titles by ``title_key``, occupations by code). The same table and knowledge base give the
same table — on the command line, in a pool or on a Spark executor (``mapInArrow``), which is what
``tests/test_batch_spark.py`` holds them to. ``kb``: a path, ``spark:<name>`` (a file shipped with
``SparkContext.addFile``), an open ``KnowledgeBase`` or None (the default knowledge base).
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyarrow as pa

from jalur.batch.runtime import runtime
from jalur.kb.read import KnowledgeBase

if TYPE_CHECKING:
    from jalur.match.context import JobContext

KbSpec = str | Path | KnowledgeBase | None

#: a candidate of the coder: unit group and its share of the confidence
CANDIDATE = pa.struct(
    [
        ("isco", pa.string()),
        ("title_id", pa.string()),
        ("title_en", pa.string()),
        ("confidence", pa.float64()),
    ]
)
#: what ``code_texts`` adds
CODE_FIELDS = pa.schema(
    [
        ("key", pa.string()),
        ("isco", pa.string()),
        ("title_id", pa.string()),
        ("title_en", pa.string()),
        ("confidence", pa.float64()),
        ("abstained", pa.bool_()),
        ("reason", pa.string()),
        ("candidates", pa.list_(CANDIDATE)),
        ("context_used", pa.bool_()),
    ]
)
#: what ``score_tasks`` adds
TASK_FIELDS = pa.schema(
    [
        ("score", pa.float64()),
        ("score_low", pa.float64()),
        ("score_high", pa.float64()),
        ("class", pa.string()),
        ("mode", pa.float64()),
        ("mode_low", pa.float64()),
        ("mode_high", pa.float64()),
        ("mode_source", pa.string()),
        ("eloundou", pa.string()),
        ("known_share", pa.float64()),
        ("flags", pa.list_(pa.string())),
    ]
)
#: what ``classify_ads`` adds (``isco_*`` from the title coder, ``record`` the whole record as JSON)
AD_FIELDS = pa.schema(
    [
        ("ad_id", pa.string()),
        ("row", pa.int64()),
        ("ai_class", pa.string()),
        ("ai_role", pa.string()),
        ("language", pa.string()),
        ("desks", pa.list_(pa.string())),
        ("skills", pa.list_(pa.string())),
        ("country", pa.string()),
        ("province_code", pa.string()),
        ("province", pa.string()),
        ("posted_date", pa.string()),
        ("posted_basis", pa.string()),
        ("salary_idr_month_min", pa.float64()),
        ("salary_idr_month_max", pa.float64()),
        ("ad_flags", pa.list_(pa.string())),
        ("record", pa.string()),
        ("ad_title", pa.string()),
        ("ad_department", pa.string()),
        ("title_key", pa.string()),
    ]
)
#: how the ads' titles are coded: with the ad's department as context (``jalur.match.context``)
AD_CODE_CONTEXT = ("department=department",)
#: the title coder's answer on an ad (``jalur.market.ads.isco_field``)
AD_ISCO_FIELDS = pa.schema(
    [("isco", pa.string()), ("isco_confidence", pa.float64()), ("isco_abstained", pa.bool_())]
)
#: what ``place_roster`` adds
ROSTER_FIELDS = pa.schema(
    [
        ("title_key", pa.string()),
        ("isco", pa.string()),
        ("title_id", pa.string()),
        ("title_en", pa.string()),
        ("via", pa.string()),
        ("confidence", pa.float64()),
        ("review_reason", pa.string()),
        ("candidates", pa.list_(CANDIDATE)),
    ]
)
#: what ``impact_table`` adds
IMPACT_FIELDS = pa.schema(
    [
        ("exposure_mean", pa.float64()),
        ("gradient", pa.string()),
        ("share_automate", pa.float64()),
        ("share_augment", pa.float64()),
        ("share_human", pa.float64()),
        ("dominant_class", pa.string()),
        ("fte_automatable", pa.float64()),
        ("fte_augmentable", pa.float64()),
    ]
)


def output_schema(table_schema: pa.Schema, fields: pa.Schema) -> pa.Schema:
    """The schema a function returns for input ``table_schema``: the input's columns (those named like a
    result column replaced) followed by ``fields`` — what Spark's ``mapInArrow`` is told in advance."""
    names = set(fields.names)
    kept = [f for f in table_schema if f.name not in names]
    return pa.schema([*kept, *fields])


def _with(table: pa.Table, fields: pa.Schema, columns: dict[str, list[Any]]) -> pa.Table:
    out = table.drop_columns([n for n in fields.names if n in table.column_names])
    for f in fields:
        out = out.append_column(f, pa.array(columns[f.name], type=f.type))
    return out


def _texts(table: pa.Table, name: str) -> list[str | None]:
    if name not in table.column_names:
        from jalur.errors import JalurError

        raise JalurError("error.batch_column", column=name, found=", ".join(table.column_names)[:200])
    values = table.column(name).to_pylist()
    return [None if v is None else str(v) for v in values]


# ---------------------------------------------------------------------------------------------- coding
#: the key of a blank text (it is answered as such: abstained, reason "empty")
BLANK_KEY = ""


def text_keys(texts: Sequence[str | None], contexts: Sequence[str | None] | None = None) -> list[str]:
    """The coder key of each text (``jalur.match.coder_key``), with its context when given: the key on
    which coding is de-duplicated; ``BLANK_KEY`` for a blank text."""
    from jalur.match.matcher import coder_key

    out: list[str] = []
    for i, t in enumerate(texts):
        if t is None or not t.strip():
            out.append(BLANK_KEY)
            continue
        k = coder_key(t)
        c = contexts[i] if contexts is not None else None
        out.append(k if not c else f"{k}\x02{' '.join(c.split()).casefold()}")
    return out


def context_columns(context: Sequence[str]) -> list[str]:
    """The columns a context spec reads: ``["tugas", "industry=kbli"]`` -> ``["tugas", "kbli"]``."""
    free, job = split_context(context)
    return [*free, *(c for c in job.values() if c not in free)]


def split_context(context: Sequence[str]) -> tuple[list[str], dict[str, str]]:
    """A context spec as free-text columns and job fields (``industry=kbli`` -> {"industry": "kbli"}): a
    column given as ``field=column`` with a field of ``jalur.match.context.FIELDS`` names what else is known
    about the job; a bare column name is further free text about it."""
    from jalur.match.context import FIELDS

    free: list[str] = []
    job: dict[str, str] = {}
    for c in context:
        field, eq, column = c.partition("=")
        if eq and field.strip() in FIELDS and column.strip():
            job[field.strip()] = column.strip()
        else:
            free.append(c)
    return free, job


def key_texts(table: pa.Table, *, text: str = "text", context: Sequence[str] = ()) -> pa.Table:
    """The table with its rows' coder keys (column ``key``): what a large job de-duplicates on before
    ``code_texts`` (distinct texts -> keys -> distinct keys -> codes -> joined back)."""
    keys = text_keys(_texts(table, text), _context(table, context))
    return _with(table, pa.schema([("key", pa.string())]), {"key": keys})


def _context(table: pa.Table, context: Sequence[str]) -> list[str | None] | None:
    if not context:
        return None
    cols = [_texts(table, c) for c in context_columns(context)]
    joined = [". ".join(v.strip() for v in vals if v and v.strip()) for vals in zip(*cols, strict=True)]
    return [j or None for j in joined]


def code_texts(
    table: pa.Table,
    *,
    kb: KbSpec = None,
    text: str = "text",
    context: Sequence[str] = (),
    lang: str = "auto",
    top: int = 5,
    fast: bool = False,
    workers: int = 1,
) -> pa.Table:
    """Occupation codes for the texts of column ``text`` (titles, survey answers, ad titles): the coder's
    first candidate unless it abstains, its confidence and reason, the ``top`` candidates. ``context``:
    columns of further free text about the same job (a survey's main-task answer, an ad's description); a
    text the coder abstains on alone (unless it names no work at all) is coded again with its context, and
    that answer is taken when it places it (``context_used``). A context column given as
    ``industry=COL``, ``product=COL`` or ``employer=COL`` is what else is known about the job, used as
    ``jalur.match.context.match_in_context`` uses it (an industry code that is no KBLI code is left out for
    that row; ``context_used`` when it changed the answer or the candidates). ``fast``: without the
    embedding stage. ``workers``: processes for a large table (1 on a Spark executor, whose cores Spark
    already uses)."""
    texts = _texts(table, text)
    keys = text_keys(texts, _context(table, context))
    free, job = split_context(context)
    ctx = _context(table, free)
    first: dict[str, int] = {}
    for i, k in enumerate(keys):
        if k != BLANK_KEY and k not in first:
            first[k] = i
    matcher = runtime(kb).matcher(fast)
    order = list(first)
    alone = matcher.match_many([texts[first[k]] for k in order], lang=lang, top=top, workers=workers)
    answers = dict(zip(order, alone, strict=True))
    used: set[str] = set()
    if job:
        from jalur.match.context import match_in_context

        fields = {f: _texts(table, c) for f, c in job.items()}
        for k in order:
            jc = _job_context({f: v[first[k]] for f, v in fields.items()})
            if jc is not None:
                res = match_in_context(matcher, texts[first[k]] or "", jc, lang=lang, top=top)
                answers[k] = replace(res, context=None)
                if res.context and res.context["used"]:
                    used.add(k)
    if ctx is not None:
        # a text that says there is no work ("TIDAK BEKERJA", a company name) stays so whatever the context
        retry = [
            k
            for k in order
            if answers[k].abstained and answers[k].reason != "no_occupation" and ctx[first[k]]
        ]
        if retry:
            again = matcher.match_many(
                [f"{texts[first[k]]}. {ctx[first[k]]}" for k in retry], lang=lang, top=top, workers=workers
            )
            for k, r in zip(retry, again, strict=True):
                if not r.abstained and r.candidates:
                    answers[k] = r
                    used.add(k)
    cols: dict[str, list[Any]] = {n: [] for n in CODE_FIELDS.names}
    for k in keys:
        r = answers.get(k)
        best = r.candidates[0] if r is not None and r.candidates else None
        cols["key"].append(k)
        cols["isco"].append(best.isco if best is not None and r is not None and not r.abstained else None)
        cols["title_id"].append(best.title_id if best is not None else None)
        cols["title_en"].append(best.title_en if best is not None else None)
        cols["confidence"].append(float(best.confidence) if best is not None else None)
        cols["abstained"].append(True if r is None else bool(r.abstained))
        cols["reason"].append("empty" if r is None else r.reason)
        cols["candidates"].append(
            [{"isco": c.isco, "confidence": float(c.confidence)} for c in r.candidates]
            if r is not None
            else []
        )
        cols["context_used"].append(k in used)
    return _with(table, CODE_FIELDS, cols)


def _job_context(values: Mapping[str, str | None]) -> JobContext | None:
    """A row's job context; a field over the length limit is cut, an industry code that is no KBLI code
    left out (one bad cell does not stop a survey round)."""
    from jalur.errors import JalurError
    from jalur.match.context import MAX_CONTEXT, JobContext

    cut = {f: (v or "")[:MAX_CONTEXT] for f, v in values.items()}
    try:
        return JobContext.of(**cut)
    except JalurError:
        return JobContext.of(**{**cut, "industry": None})


# ---------------------------------------------------------------------------------------------- tasks
def score_tasks(table: pa.Table, *, kb: KbSpec = None, text: str = "text", lang: str = "auto") -> pa.Table:
    """The task scorer's view of each task statement of column ``text`` (either language): exposure on the
    ILO 2025 scale with its 80% range, mode of AI use (automation share) with its range, class, the
    Eloundou label, how much of the text the model knows, flags (``jalur.exposure.scorer``)."""
    texts = [" ".join(t.split()) if t else "" for t in _texts(table, text)]
    distinct = sorted({t for t in texts if t})
    scored = (
        dict(zip(distinct, runtime(kb).scorer().score(distinct, lang=lang), strict=True)) if distinct else {}
    )
    cols: dict[str, list[Any]] = {n: [] for n in TASK_FIELDS.names}
    for t in texts:
        s = scored.get(t)
        lo, hi = s.score_range if s is not None and s.score_range else (None, None)
        mlo, mhi = s.mode_range if s is not None and s.mode_range else (None, None)
        cols["score"].append(s.score if s is not None else None)
        cols["score_low"].append(lo)
        cols["score_high"].append(hi)
        cols["class"].append(s.cls if s is not None else None)
        cols["mode"].append(s.mode if s is not None else None)
        cols["mode_low"].append(mlo)
        cols["mode_high"].append(mhi)
        cols["mode_source"].append(s.mode_source if s is not None else None)
        cols["eloundou"].append(s.eloundou if s is not None else None)
        cols["known_share"].append(float(s.known_share) if s is not None else None)
        cols["flags"].append(list(s.flags) if s is not None else ["empty"])
    return _with(table, TASK_FIELDS, cols)


# ---------------------------------------------------------------------------------------------- ads
def classify_ads(
    table: pa.Table, *, kb: KbSpec = None, occupations: bool = True, fast: bool = True, workers: int = 1
) -> pa.Table:
    """Each ad classified (``jalur.market.ads.classify``): AI class and evidence, AI-era role, job desks,
    language, place, posting date, pay, skills; with ``occupations`` its title coded too (``isco_*``: the
    coder over the distinct titles, ``fast`` and top 3 as the market monitor codes them). Columns by the
    ads reader's headers (``title`` required; Indonesian or English names); a ``row`` column numbers the ads
    (else their position, from 1). Without ``occupations`` the Spark runner codes the distinct titles of the
    whole corpus once and ``with_ad_isco`` finishes the table the same way."""
    from jalur.market.ads import ads_from_rows, classify

    names = table.column_names
    rows = table.column("row").to_pylist() if "row" in names else list(range(1, table.num_rows + 1))
    cells = zip(*(table.column(n).to_pylist() for n in names), strict=True) if names else iter(())
    ads = ads_from_rows(names, list(cells), [int(r) for r in rows])
    by_row = {a.row: a for a in ads}
    records = {r["row"]: r for r in classify(ads, runtime(kb).roles())}
    cols: dict[str, list[Any]] = {n: [] for n in AD_FIELDS.names}
    for row in rows:
        rec = records.get(int(row))
        ad = by_row.get(int(row))
        if rec is None or ad is None:  # no title: not an ad
            for n in AD_FIELDS.names:
                cols[n].append([] if n in ("desks", "skills", "ad_flags") else None)
            cols["row"][-1] = int(row)
            continue
        loc = rec.get("location") or {}
        posted = rec.get("posted") or {}
        cols["ad_id"].append(str(rec.get("id")))
        cols["row"].append(int(row))
        cols["ai_class"].append(rec.get("ai_class"))
        cols["ai_role"].append(rec.get("ai_role"))
        cols["language"].append(rec.get("language"))
        cols["desks"].append([str(d) for d in rec.get("desks") or []])
        cols["skills"].append([str(s.get("skill")) for s in rec.get("skills") or []])
        cols["country"].append(loc.get("country"))
        cols["province_code"].append(loc.get("province_code"))
        cols["province"].append(loc.get("province"))
        cols["posted_date"].append(posted.get("date"))
        cols["posted_basis"].append(posted.get("basis"))
        lo, hi = rec.get("salary_idr_month_min"), rec.get("salary_idr_month_max")
        cols["salary_idr_month_min"].append(None if lo is None else float(lo))
        cols["salary_idr_month_max"].append(None if hi is None else float(hi))
        cols["ad_flags"].append([str(f) for f in rec.get("flags") or []])
        cols["record"].append(
            json.dumps({k: v for k, v in rec.items() if k != "isco"}, ensure_ascii=False, sort_keys=True)
        )
        cols["ad_title"].append(ad.title)
        cols["ad_department"].append(ad.department or None)
        cols["title_key"].append(text_keys([ad.title], [ad.department or None])[0])
    out = _with(table, AD_FIELDS, cols)
    if not occupations:
        return out
    titles = _distinct_titles(out)
    coded = code_texts(
        titles, kb=kb, text="title", context=AD_CODE_CONTEXT, top=3, fast=fast, workers=workers
    )
    return with_ad_isco(out, coded)


def _distinct_titles(ads: pa.Table) -> pa.Table:
    """One (title_key, title, department) per distinct title key of classified ads: the first seen."""
    seen: dict[str, tuple[str, str | None]] = {}
    for k, t, d in zip(
        ads.column("title_key").to_pylist(),
        ads.column("ad_title").to_pylist(),
        ads.column("ad_department").to_pylist(),
        strict=True,
    ):
        if k is not None and k not in seen:
            seen[k] = (t, d)
    schema = pa.schema([("title_key", pa.string()), ("title", pa.string()), ("department", pa.string())])
    return pa.table(
        {
            "title_key": list(seen),
            "title": [t for t, _ in seen.values()],
            "department": [d for _, d in seen.values()],
        },
        schema=schema,
    )


#: the coder's answer on an ad's title joined onto it, before ``finish_ad_isco``
CODED = ("coded_isco", "coded_confidence", "coded_abstained")


def with_ad_isco(ads: pa.Table, coded: pa.Table) -> pa.Table:
    """Classified ads (``classify_ads(occupations=False)``) with their titles' codes from ``coded`` (the
    output of ``code_texts`` over the distinct titles) joined on the title's coder key, finished by
    ``finish_ad_isco``."""
    by_key = {
        k: (i, c, a)
        for k, i, c, a in zip(
            coded.column("key").to_pylist(),
            coded.column("isco").to_pylist(),
            coded.column("confidence").to_pylist(),
            coded.column("abstained").to_pylist(),
            strict=True,
        )
    }
    found = [by_key.get(k, (None, None, None)) for k in ads.column("title_key").to_pylist()]
    joined = ads
    for j, (name, typ) in enumerate(zip(CODED, (pa.string(), pa.float64(), pa.bool_()), strict=True)):
        joined = joined.append_column(name, pa.array([f[j] for f in found], type=typ))
    return finish_ad_isco(joined)


def finish_ad_isco(table: pa.Table) -> pa.Table:
    """The ``isco_*`` columns of ads from the coder's answer joined onto them (``coded_*``): the code
    unless it abstained, the confidence to 3 places, whether it abstained — as
    ``jalur.market.ads.isco_field`` writes them; the ``coded_*`` columns dropped."""
    codes, confs, abst = (table.column(n).to_pylist() for n in CODED)
    cols: dict[str, list[Any]] = {
        "isco": codes,
        "isco_confidence": [None if c is None else round(float(c), 3) for c in confs],
        "isco_abstained": abst,
    }
    return _with(table.drop_columns(list(CODED)), AD_ISCO_FIELDS, cols)


# ---------------------------------------------------------------------------------------------- roster
def place_roster(
    table: pa.Table,
    *,
    kb: KbSpec = None,
    title: str = "title",
    overrides: Mapping[str, str] | None = None,
    remembered: Mapping[str, str] | None = None,
    workers: int | None = 1,
    unit: str | None = None,
) -> pa.Table:
    """Each roster row's job title placed in a unit group as the employer report places it
    (``jalur.workforce.mapping.place_titles``: codes and exact names first, then the coder; what it will
    not place goes to review with its reason and candidates). ``overrides``: title -> code decided by a
    person (``remembered``: those from an earlier upload). ``workers``: None lets the coder choose (one
    process per core for a large roster on one machine). ``unit``: a column of the row's unit or
    department, the context of a title the coder alone is unsure of when all its rows' units name one job
    function (``title_departments``; placed that way, ``via`` is ``department``)."""
    from jalur.workforce.mapping import place_titles, title_departments, title_key

    titles = _texts(table, title)
    rt = runtime(kb)
    departments = title_departments(zip(titles, _texts(table, unit), strict=True)) if unit else None
    placements = place_titles(
        rt.kb,
        (t for t in titles if t and t.strip()),
        overrides,
        remembered,
        workers=workers,
        departments=departments,
    )
    cols: dict[str, list[Any]] = {n: [] for n in ROSTER_FIELDS.names}
    for t in titles:
        key = title_key(t) if t and t.strip() else None
        p = placements.placed.get(key) if key is not None else None
        item = placements.review.get(key) if key is not None else None
        cols["title_key"].append(key)
        cols["isco"].append(p.isco if p else None)
        cols["title_id"].append(p.title_id if p else None)
        cols["title_en"].append(p.title_en if p else None)
        cols["via"].append(p.via if p else None)
        cols["confidence"].append(p.confidence if p else None)
        cols["review_reason"].append(item.reason if item else (None if p else "empty"))
        cols["candidates"].append([dict(c) for c in item.candidates] if item else [])
    return _with(table, ROSTER_FIELDS, cols)


def placements_of(table: pa.Table, title: str = "title") -> Any:
    """The ``jalur.workforce.mapping.Placements`` a ``place_roster`` table holds (one per title key; the
    first spelling names a title in review): what the employer report is built from."""
    from jalur.workforce.mapping import Placement, Placements, ReviewItem

    out = Placements()
    for r in table.select([title, *ROSTER_FIELDS.names]).to_pylist():
        key = r["title_key"]
        if key is None or key in out.placed or key in out.review:
            continue
        if r["isco"] is not None:
            out.placed[key] = Placement(r["isco"], r["title_id"], r["title_en"], r["via"], r["confidence"])
        else:
            out.review[key] = ReviewItem(
                " ".join(str(r[title]).split()), r["review_reason"], tuple(r["candidates"])
            )
    return out


def impact_table(table: pa.Table, *, kb: KbSpec = None, headcount: str | None = "headcount") -> pa.Table:
    """The exposure of each row's unit group (column ``isco``; rows of a group and unit, say) as the
    employer report computes a role's (``jalur.workforce.impact.role_impact``): the ILO 2025 mean and
    gradient, the shares of tasks to automate, augment and keep human, the dominant class, and the FTE
    automatable and augmentable for ``headcount`` (a column; None: one person per row). A row without a
    group (in review) gets nulls and no FTE."""
    from jalur.exposure.profile import exposure_profile
    from jalur.taxonomy.resolve import Resolution
    from jalur.workforce.impact import dominant_class

    codes = _texts(table, "isco")
    heads = table.column(headcount).to_pylist() if headcount else [1] * table.num_rows
    rt = runtime(kb)
    facts: dict[str, Any] = {}
    for group in sorted({c for c in codes if c}):
        facts[group] = exposure_profile(rt.kb, Resolution(group, "isco", group, group))
    cols: dict[str, list[Any]] = {n: [] for n in IMPACT_FIELDS.names}
    for code, n in zip(codes, heads, strict=True):
        prof = facts.get(code) if code else None
        if prof is None:
            for name in IMPACT_FIELDS.names:
                cols[name].append(0.0 if name.startswith("fte_") else None)
            continue
        shares = dict(prof.shares)
        scored = sum(shares.values()) > 0
        people = float(n or 0)
        cols["exposure_mean"].append(prof.mean)
        cols["gradient"].append(prof.gradient)
        cols["share_automate"].append(float(shares.get("automate", 0.0)))
        cols["share_augment"].append(float(shares.get("augment", 0.0)))
        cols["share_human"].append(float(shares.get("human", 0.0)))
        cols["dominant_class"].append(dominant_class(shares) if scored else None)
        cols["fte_automatable"].append(round(people * shares.get("automate", 0.0), 2))
        cols["fte_augmentable"].append(round(people * shares.get("augment", 0.0), 2))
    return _with(table, IMPACT_FIELDS, cols)
