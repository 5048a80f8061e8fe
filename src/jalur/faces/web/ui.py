"""The web UI: server-rendered pages (Jinja2, autoescaped) enhanced with HTMX, Indonesian first.

Journeys (docs/web-ui.md):

- worker, "Cek pekerjaanmu": ``/`` → ``/check?q=`` (the matcher's candidates; the person chooses, the page
  never picks) → ``/occupation/{code}`` (tasks coloured automate / augment / human, score and source) →
  ``/occupation/{code}/paths`` (safer and growing moves) → ``/occupation/{code}/plan/{target}`` (a learning
  plan). Every step is a plain GET page; with JavaScript, HTMX swaps only ``#journey`` (the server answers an
  ``HX-Request`` with the partial);
- the AI-era roles catalogue: ``/roles``, ``/roles/{id}``;
- employer: ``/employer`` (sign in with the organisation API key → a signed session cookie holding the org
  id) → upload → ``/employer/jobs/{id}`` (status polled by HTMX; rejected rows; the review queue; headline
  figures; downloads through ``/employer/jobs/{id}/files/{name}``, checked against the session's org and
  audited) → re-run. Every POST carries a CSRF token (:mod:`jalur.faces.web.csrf`).

The language is ``?lang=id|en`` (kept in the ``jalur_lang`` cookie), else the cookie, else Indonesian.
Pages use no inline script or style, so a ``default-src 'self'`` Content-Security-Policy holds.
"""

from __future__ import annotations

import logging
import math
import re
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Request
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse, Response
from jinja2 import Environment, FileSystemLoader

from jalur.app.errors import message as api_message
from jalur.app.jobs import CODE_PATTERN, FILES
from jalur.app.reports import assumption_overrides, assumption_values, download_name
from jalur.errors import JalurError, UnknownOccupation
from jalur.faces.web import csrf
from jalur.faces.web.errors import ApiError
from jalur.faces.web.ui_text import ui
from jalur.i18n import LANGS, Lang
from jalur.i18n import t as i18n_t
from jalur.i18n.format import datetime_wib, parse_number
from jalur.pathways.transitions import roles_within_reach
from jalur.reports.html import page_view
from jalur.reports.labels import (
    assumption_text,
    code_label,
    detail_text,
    fmt_idr,
    fmt_num,
    fmt_pct,
    fmt_score,
    label,
)

log = logging.getLogger("jalur.faces.web.ui")
router = APIRouter(include_in_schema=False)

HERE = Path(__file__).parent
TEMPLATES = HERE / "templates"
STATIC = HERE / "static"
LANG_COOKIE = "jalur_lang"
#: files served under /static (nothing else is: no directory listing, no path tricks)
STATIC_FILES: dict[str, str] = {
    "jalur.css": "text/css; charset=utf-8",
    "jalur.js": "text/javascript; charset=utf-8",
    "htmx.min.js": "text/javascript; charset=utf-8",
    "htmx.LICENSE.txt": "text/plain; charset=utf-8",
    # the API docs (/api/v1/docs) from local files, so that they work without internet (issue 18)
    "swagger-ui-bundle.js": "text/javascript; charset=utf-8",
    "swagger-ui.css": "text/css; charset=utf-8",
    "swagger-init.js": "text/javascript; charset=utf-8",
    "swagger-ui.LICENSE.txt": "text/plain; charset=utf-8",
    "favicon.svg": "image/svg+xml",
}
#: the longest text a worker's search keeps (the services refuse longer with a message)
MAX_QUERY = 2_000
_CODE = re.compile(r"^[0-9]{4}$")
_REVIEW_CODE = re.compile(CODE_PATTERN)
_TARGET = re.compile(r"^[A-Za-z0-9_.\-]{1,80}$")
_MEDIA = {
    ".html": "text/html; charset=utf-8",
    ".pdf": "application/pdf",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ".json": "application/json",
    ".csv": "text/csv; charset=utf-8",
    ".svg": "image/svg+xml",
}
_ACTIVE_STATUSES = ("queued", "running", "cancelling")


@lru_cache(maxsize=1)
def _env() -> Environment:
    # autoescape on for every template whatever its extension (select_autoescape would skip ``.j2``)
    env = Environment(
        loader=FileSystemLoader(str(TEMPLATES)), autoescape=True, trim_blocks=True, lstrip_blocks=True
    )
    return env


# ------------------------------------------------------------------------------------------ formatting
def _pct(x: object, lang: Lang) -> str:
    return fmt_pct(x, lang, 0)


def _num(x: object, lang: Lang) -> str:
    if isinstance(x, float) and math.isfinite(x) and not x.is_integer():
        return fmt_num(x, lang, 1)
    return fmt_num(x, lang, 0)


def _safe_url(url: object) -> bool:
    return isinstance(url, str) and url.startswith(("https://", "http://"))


def _source_name(source: object, lang: Lang) -> str:
    if source == "ilo-genai-exposure-2025":
        return ui("occ.source.ilo", lang)
    if source == "jalur-task-scorer":
        return ui("occ.source.model", lang)
    return str(source) if source else "—"


def _occ_url(code: str, q: str | None = None) -> str:
    base = f"/occupation/{quote(str(code), safe='')}"
    return f"{base}?{urlencode({'q': q})}" if q else base


# ------------------------------------------------------------------------------------------ requests
def ui_lang(request: Request) -> Lang:
    """``?lang=`` first, then the cookie, then Indonesian."""
    for value in (request.query_params.get("lang"), request.cookies.get(LANG_COOKIE)):
        if value == "en":
            return "en"
        if value == "id":
            return "id"
    return "id"


def _settings(request: Request) -> Any:
    return request.app.state.settings


def _secure(request: Request) -> bool:
    return request.url.scheme == "https"


def _nonce(request: Request) -> str:
    """This request's CSRF nonce: the cookie's, or a new one (set on the response by ``_finish``)."""
    nonce = getattr(request.state, "csrf_nonce", None)
    if nonce is None:
        nonce = request.cookies.get(csrf.CSRF_COOKIE) or ""
        if not nonce or len(nonce) > 100:
            nonce = csrf.new_nonce()
            request.state.csrf_new = True
        request.state.csrf_nonce = nonce
    return str(nonce)


def _session_token(request: Request) -> str | None:
    return csrf.read_session(_settings(request).secret_key, request.cookies.get(csrf.SESSION_COOKIE))


def _subject(request: Request) -> str | None:
    """``<org id>:<key id>`` of a live session (signed in, not signed out, not expired, its key not
    revoked: checked in the sessions table at every request), else None."""
    if hasattr(request.state, "ui_subject"):
        cached: str | None = request.state.ui_subject
        return cached
    token = _session_token(request)
    found = request.app.state.store.session(token) if token else None
    subject = f"{found[0]}:{found[1]}" if found else None
    request.state.ui_subject = subject
    return subject


def _org(request: Request) -> str | None:
    subject = _subject(request)
    return subject.partition(":")[0] if subject else None


def _actor(request: Request) -> str:
    subject = _subject(request)
    return f"web:key:{subject.partition(':')[2]}" if subject else "web"


def _finish(request: Request, response: Response) -> Response:
    """Cookies a response may need: the language chosen with ``?lang=``, a new CSRF nonce."""
    q = request.query_params.get("lang")
    if q in LANGS and request.cookies.get(LANG_COOKIE) != q:
        response.set_cookie(
            LANG_COOKIE, q, max_age=365 * 86400, httponly=True, samesite="lax", secure=_secure(request)
        )
    if getattr(request.state, "csrf_new", False):
        response.set_cookie(
            csrf.CSRF_COOKIE,
            _nonce(request),
            httponly=True,
            samesite="strict",
            secure=_secure(request),
            path="/",
        )
    response.headers["Vary"] = "HX-Request, Cookie"
    response.headers.setdefault("Cache-Control", "no-store")
    return response


def _switch_url(request: Request, other: Lang) -> str:
    if request.method != "GET":
        return f"/?lang={other}"
    params = [(k, v) for k, v in request.query_params.multi_items() if k != "lang"] + [("lang", other)]
    return f"{request.url.path}?{urlencode(params)}"


def _is_htmx(request: Request) -> bool:
    return request.headers.get("hx-request") == "true" and request.headers.get("hx-boosted") != "true"


def render(
    request: Request,
    partial: str,
    context: Mapping[str, Any],
    *,
    title: str,
    section: str = "",
    layout: str = "web/page.j2",
    status_code: int = 200,
    headers: Mapping[str, str] | None = None,
) -> Response:
    """A full page (``layout`` around ``partial``), or for an HTMX request the partial alone (with its
    ``<title>`` so that HTMX updates the tab's title)."""
    lang = ui_lang(request)
    other: Lang = "en" if lang == "id" else "id"
    subject = _subject(request) if _has_session_cookie(request) else None
    settings = _settings(request)

    def _(key: str, **params: object) -> str:
        return ui(key, lang, **params)

    ctx: dict[str, Any] = {
        "request": request,
        "lang": lang,
        "other_lang": other,
        "switch_url": _switch_url(request, other),
        "section": section,
        "page_title": title,
        "partial": partial,
        "csrf_token": csrf.csrf_token(settings.secret_key, _nonce(request), subject),
        "_": _,
        "L": lambda key, **p: label(key, lang, **p),
        "RL": lambda key, **p: i18n_t(key, lang, **p),
        "CL": lambda prefix, code: code_label(prefix, code, lang),
        "DT": lambda detail: detail_text(detail, lang),
        "pct": lambda x: _pct(x, lang),
        "num": lambda x: _num(x, lang),
        "when": lambda x: datetime_wib(x, lang),
        "num1": lambda x: fmt_num(x, lang, 1),
        "score": lambda x: fmt_score(x, lang),
        "idr": lambda x: fmt_idr(x, lang),
        "safe_url": _safe_url,
        "source_name": lambda s: _source_name(s, lang),
        "occ_url": _occ_url,
        "form_error": None,
        "q": "",
    }
    ctx.update(context)
    env = _env()
    if _is_htmx(request):
        title_html = env.from_string("<title>{{ t }} · Jalur</title>\n").render(t=title)
        html = title_html + env.get_template("web/_lang_switch.j2").render({**ctx, "oob": True})
        html += env.get_template(partial).render(ctx)
    else:
        html = env.get_template(layout).render(ctx)
    response = HTMLResponse(html, status_code=status_code, headers=dict(headers or {}))
    return _finish(request, response)


def _has_session_cookie(request: Request) -> bool:
    return bool(request.cookies.get(csrf.SESSION_COOKIE))


def error_page(
    request: Request,
    status_code: int,
    *,
    messages: list[str] | None = None,
    candidates: list[tuple[str, str]] | None = None,
    q: str = "",
    show_search: bool = False,
) -> Response:
    """A friendly bilingual error page (404, 403, 401, 413, 400, 500). ``app.py`` may call it for non-API
    paths."""
    lang = ui_lang(request)
    key = {
        404: "err.404",
        403: "err.403",
        401: "err.401",
        413: "err.413",
        400: "err.400",
        429: "err.429",
    }.get(status_code, "err.500" if status_code >= 500 else "err.title")
    body = {
        404: ["err.404.body"],
        401: ["err.401.body"],
        500: ["err.500.body"],
    }.get(status_code, [])
    msgs = list(messages) if messages else [ui(k, lang) for k in body]
    heading = ui(key, lang)
    return render(
        request,
        "web/_error.j2",
        {
            "heading": heading,
            "messages": msgs,
            "candidates": candidates or [],
            "q": q,
            "show_search": show_search,
        },
        title=heading,
        status_code=status_code,
    )


def _jalur_error_page(request: Request, exc: JalurError, q: str = "") -> Response:
    lang = ui_lang(request)
    if isinstance(exc, UnknownOccupation):
        return error_page(
            request,
            404,
            messages=[exc.message(lang)],
            candidates=list(exc.candidates),
            q=q,
            show_search=True,
        )
    lines = [exc.message(lang), *exc.details]
    if exc.key == "error.unknown_role":
        return error_page(request, 404, messages=lines)
    return error_page(request, 400, messages=lines)


# ------------------------------------------------------------------------------------------ static
@router.get("/static/{name}")
def static_file(name: str) -> Response:
    media = STATIC_FILES.get(name)
    if media is None:
        return Response(status_code=404)
    return FileResponse(STATIC / name, media_type=media, headers={"Cache-Control": "public, max-age=3600"})


@router.get("/favicon.ico")
def favicon() -> Response:
    return FileResponse(
        STATIC / "favicon.svg", media_type="image/svg+xml", headers={"Cache-Control": "public, max-age=86400"}
    )


# ------------------------------------------------------------------------------------------ worker
_STEP_KEYS = ("step.1", "step.2", "step.3", "step.4")


def _steps(
    step: int, q: str, code: str | None = None, target: str | None = None
) -> list[tuple[int, str, str]]:
    urls = [
        f"/check?{urlencode({'q': q})}" if q else "/",
        _occ_url(code, q) if code else "",
        (f"/occupation/{quote(code, safe='')}/paths" + (f"?{urlencode({'q': q})}" if q else ""))
        if code
        else "",
        "",
    ]
    return [(i + 1, _STEP_KEYS[i], urls[i]) for i in range(4)]


def _clean_q(request: Request) -> str:
    return " ".join(request.query_params.get("q", "").split())[:MAX_QUERY]


def _worker(
    request: Request, partial: str, ctx: Mapping[str, Any], title: str, status_code: int = 200
) -> Response:
    return render(
        request, partial, ctx, title=title, section="worker", layout="web/worker.j2", status_code=status_code
    )


@router.get("/", response_class=HTMLResponse)
def home(request: Request) -> Response:
    lang = ui_lang(request)
    return _worker(request, "web/_home.j2", {}, ui("worker.title", lang))


@router.get("/check", response_class=HTMLResponse)
def check(request: Request) -> Response:
    lang = ui_lang(request)
    raw = request.query_params.get("q", "")
    q = " ".join(raw.split())
    ctx: dict[str, Any] = {"q": q[:MAX_QUERY], "step": 1, "steps": _steps(1, q[:MAX_QUERY]), "result": None}
    if not q:
        ctx["form_error"] = i18n_t("error.empty_query", lang)
        return _worker(request, "web/_check.j2", ctx, ui("cand.title", lang), 400)
    try:
        result = request.app.state.services.match(q, lang="auto", top=5)
    except JalurError as exc:
        ctx["form_error"] = exc.message(lang)
        return _worker(request, "web/_check.j2", ctx, ui("cand.title", lang), 400)
    ctx["result"] = result
    return _worker(request, "web/_check.j2", ctx, ui("cand.title", lang))


def _valid_code(code: str) -> bool:
    return bool(_CODE.match(code))


@router.get("/occupation/{code}", response_class=HTMLResponse)
def occupation(request: Request, code: str) -> Response:
    lang = ui_lang(request)
    q = _clean_q(request)
    if not _valid_code(code):
        return _unknown_code(request, code, q)
    try:
        e = request.app.state.services.exposure(code)
    except JalurError as exc:
        return _jalur_error_page(request, exc, q)
    paths_url = f"/occupation/{code}/paths" + (f"?{urlencode({'q': q})}" if q else "")
    title = e["title_id"] if lang == "id" else e["title_en"]
    ctx = {"e": e, "q": q, "step": 2, "steps": _steps(2, q, code), "paths_url": paths_url}
    return _worker(request, "web/_occupation.j2", ctx, title)


def _unknown_code(request: Request, code: str, q: str) -> Response:
    """A path segment that is not a four-digit code: try it as words, and show the candidates."""
    text = " ".join(code.split())[:200]
    candidates: list[tuple[str, str]] = []
    lang = ui_lang(request)
    if text:
        try:
            m = request.app.state.services.match(text, lang="auto", top=5)
            candidates = [
                (c["isco"], c["title_id"] if lang == "id" else c["title_en"]) for c in m.get("candidates", [])
            ]
        except JalurError:
            candidates = []
    return error_page(
        request,
        404,
        messages=[i18n_t("error.unknown_occupation", lang, query=text)],
        candidates=candidates,
        q=q or text,
        show_search=True,
    )


@router.get("/occupation/{code}/paths", response_class=HTMLResponse)
def occupation_paths(request: Request, code: str) -> Response:
    lang = ui_lang(request)
    q = _clean_q(request)
    if not _valid_code(code):
        return _unknown_code(request, code, q)
    safer = request.query_params.get("safer") in ("1", "true", "on")
    try:
        # the words the worker searched with name their industry ("kasir indomaret" -> retail)
        words = q or None
        p = request.app.state.services.paths(code, 10, safer, False, None, None, None, words)
        # every AI-era role, best first: which are within reach is the pathways layer's call
        growing = request.app.state.services.paths(code, 50, safer, True, None, None, None, words)
    except JalurError as exc:
        return _jalur_error_page(request, exc, q)
    qs = f"?{urlencode({'q': q})}" if q else ""

    def plan_url(target: str) -> str:
        return f"/occupation/{code}/plan/{quote(str(target), safe='')}{qs}"

    origin = p["origin"]
    # suggested moves (a career step or the same kind of work) apart from those resting on similarity alone
    occupations = [t for t in p["transitions"] if t["target_type"] != "role" and t.get("suggested")]
    weaker = [t for t in p["transitions"] if t["target_type"] != "role" and not t.get("suggested")]
    # AI-era roles within reach (close to the work, on a skill the worker holds) and, apart, entry-level desks
    # open to anyone: a distant role, or one behind a research degree, is no move to offer with hours of
    # learning (a midwife was shown "AI researcher, 200-410 hours")
    roles, entry_desks = roles_within_reach(growing["transitions"])
    ctx = {
        "p": p,
        "occupations": occupations,
        "weaker": weaker,
        "roles": roles,
        "entry_desks": entry_desks,
        "long_routes": p.get("long_routes", []),
        "q": q,
        "safer": safer,
        "step": 3,
        "steps": _steps(3, q, code),
        "plan_url": plan_url,
        "paths_base": f"/occupation/{code}/paths",
        "occ_back": _occ_url(code, q),
    }
    return _worker(
        request,
        "web/_paths.j2",
        ctx,
        ui("paths.title", lang, title=origin["title_id" if lang == "id" else "title_en"]),
    )


@lru_cache(maxsize=1)
@router.get("/occupation/{code}/plan/{target}", response_class=HTMLResponse)
def occupation_plan(request: Request, code: str, target: str) -> Response:
    lang = ui_lang(request)
    q = _clean_q(request)
    if not _valid_code(code):
        return _unknown_code(request, code, q)
    if not _TARGET.match(target):
        return error_page(request, 404)
    try:
        pl = request.app.state.services.plan(code, target)  # the default catalogue of every face
    except JalurError as exc:
        return _jalur_error_page(request, exc, q)
    qs = f"?{urlencode({'q': q})}" if q else ""
    ctx = {
        "pl": pl,
        "q": q,
        "step": 4,
        "steps": _steps(4, q, code, target),
        "paths_back": f"/occupation/{code}/paths{qs}",
    }
    o, tg = pl["origin"], pl["target"]
    key = "title_id" if lang == "id" else "title_en"
    return _worker(request, "web/_plan.j2", ctx, ui("plan.title", lang, origin=o[key], target=tg[key]))


# ------------------------------------------------------------------------------------------ roles
_KIND_ORDER = ("job_desk", "growing_profession", "ai_augmented")


@router.get("/roles", response_class=HTMLResponse)
def roles(request: Request) -> Response:
    lang = ui_lang(request)
    items = request.app.state.services.roles()
    key = "name_id" if lang == "id" else "name_en"
    groups = []
    for kind in (*_KIND_ORDER, *sorted({r["kind"] for r in items} - set(_KIND_ORDER))):
        members = sorted((r for r in items if r["kind"] == kind), key=lambda r: str(r[key]).casefold())
        if members:
            groups.append((kind, members))
    return render(
        request,
        "web/_roles.j2",
        {"roles": items, "groups": groups},
        title=i18n_t("roles.title", lang),
        section="roles",
    )


@router.get("/roles/{role_id}", response_class=HTMLResponse)
def role(request: Request, role_id: str) -> Response:
    lang = ui_lang(request)
    if not _TARGET.match(role_id):
        return error_page(request, 404)
    try:
        r = request.app.state.services.role(role_id)
    except JalurError as exc:
        return _jalur_error_page(request, exc)
    return render(
        request,
        "web/_role.j2",
        {"role": r},
        title=r["name_id" if lang == "id" else "name_en"],
        section="roles",
    )


# ------------------------------------------------------------------------------------------ employer
def _size(n: int, lang: Lang) -> str:
    mb = n / (1024 * 1024)
    return f"{fmt_num(mb, lang, 0 if mb.is_integer() else 1)} MB"


def _employer_page(
    request: Request,
    *,
    notices: list[str] | None = None,
    key_error: str | None = None,
    upload_error: str | None = None,
    status_code: int = 200,
) -> Response:
    lang = ui_lang(request)
    org = _org(request)
    store = request.app.state.store
    settings = _settings(request)
    jobs: list[dict[str, Any]] = []
    org_name = ""
    if org:
        info = store.get_org(org)
        org_name = info["name"] if info else org
        for j in request.app.state.jobs.list(org)[:50]:
            jobs.append({**j, "filename": j.get("filename") or j["id"]})
    ctx = {
        "org": org,
        "org_name": org_name,
        "jobs": jobs,
        "notices": notices or [],
        "key_error": key_error,
        "upload_error": upload_error,
        "max_size": _size(settings.max_upload_bytes, lang),
        "max_rows": fmt_num(settings.max_rows, lang, 0),
    }
    return render(
        request,
        "web/_employer.j2",
        ctx,
        title=ui("emp.title", lang),
        section="employer",
        status_code=status_code,
    )


@router.get("/employer", response_class=HTMLResponse)
def employer(request: Request) -> Response:
    lang = ui_lang(request)
    notices = [ui("emp.signed_out", lang)] if request.query_params.get("signed_out") else []
    return _employer_page(request, notices=notices)


async def _form(request: Request) -> Any:
    settings = _settings(request)
    return await request.form(
        max_files=1, max_fields=2_000, max_part_size=1024 * 1024 + settings.max_upload_bytes
    )


def _csrf_refused(request: Request) -> Response:
    return error_page(request, 403, messages=[ui("err.403.csrf", ui_lang(request))])


def _check_csrf(request: Request, form: Any) -> bool:
    given = form.get(csrf.CSRF_FIELD) or request.headers.get(csrf.CSRF_HEADER)
    subject = _subject(request) if _has_session_cookie(request) else None
    return csrf.csrf_ok(
        _settings(request).secret_key,
        request.cookies.get(csrf.CSRF_COOKIE),
        subject,
        given if isinstance(given, str) else None,
    )


def _see_other(request: Request, url: str) -> Response:
    return _finish(request, RedirectResponse(url, status_code=303))


@router.post("/employer/sign-in", response_class=HTMLResponse)
async def sign_in(request: Request) -> Response:
    lang = ui_lang(request)
    limits = getattr(request.app.state, "limits", None)
    address = limits.address_of(request) if limits is not None else ""
    wait = limits.auth_blocked(address) if limits is not None else 0.0
    if wait > 0:
        seconds = max(1, math.ceil(wait))
        page = _employer_page(
            request, key_error=ui("emp.key.throttled", lang, seconds=seconds), status_code=429
        )
        page.headers["Retry-After"] = str(seconds)
        return page
    form = await _form(request)
    if not _check_csrf(request, form):
        return _csrf_refused(request)
    raw = form.get("api_key")
    key = raw.strip() if isinstance(raw, str) else ""
    store = request.app.state.store
    org = store.org_for_key(key) if key and len(key) <= 200 else None
    if org is None:
        # no database write for a failed attempt (it would be an unauthenticated write path): counted
        # against the address and logged
        if limits is not None:
            limits.auth_failed(address)
        log.info("employer sign-in refused")
        return _employer_page(request, key_error=ui("emp.key.bad", lang), status_code=401)
    from jalur.app.runtime import key_id_of

    key_id = key_id_of(key) or ""
    settings = _settings(request)
    token = store.create_session(org, key_id, csrf.SESSION_SECONDS)
    response = RedirectResponse("/employer", status_code=303)
    response.set_cookie(
        csrf.SESSION_COOKIE,
        csrf.make_session(settings.secret_key, token),
        max_age=csrf.SESSION_SECONDS,
        httponly=True,
        samesite="strict",
        secure=_secure(request),
        path="/",
    )
    # a fresh nonce at sign-in: a token seen before cannot serve the session
    _fresh_nonce(response, request)
    store.audit(org, f"web:key:{key_id}", "sign_in", "employer", "")
    return response


def _fresh_nonce(response: Response, request: Request) -> None:
    """A new CSRF nonce cookie: a token seen before cannot serve the next session."""
    response.set_cookie(
        csrf.CSRF_COOKIE,
        csrf.new_nonce(),
        httponly=True,
        samesite="strict",
        secure=_secure(request),
        path="/",
    )


@router.post("/employer/sign-out", response_class=HTMLResponse)
async def sign_out(request: Request) -> Response:
    form = await _form(request)
    if not _check_csrf(request, form):
        return _csrf_refused(request)
    org = _org(request)
    token = _session_token(request)
    if token:
        request.app.state.store.end_session(token)  # a copy of the cookie is worthless from now on
    if org:
        request.app.state.store.audit(org, _actor(request), "sign_out", "employer", "")
    response = RedirectResponse("/employer?signed_out=1", status_code=303)
    response.delete_cookie(
        csrf.SESSION_COOKIE, path="/", httponly=True, samesite="strict", secure=_secure(request)
    )
    _fresh_nonce(response, request)
    return response


def _need_org(request: Request) -> str | None:
    return _org(request)


def _org_throttled(request: Request, org: str) -> Response | None:
    """The 429 page when the signed-in organisation is over its rate (the same bucket as its API keys)."""
    limits = getattr(request.app.state, "limits", None)
    wait = limits.org_wait(org) if limits is not None else 0.0
    if wait <= 0:
        return None
    seconds = max(1, math.ceil(wait))
    page = error_page(request, 429, messages=[api_message("rate_limited", ui_lang(request), seconds=seconds)])
    page.headers["Retry-After"] = str(seconds)
    return page


def _signin_required(request: Request) -> Response:
    lang = ui_lang(request)
    return _employer_page(request, notices=[ui("err.401.body", lang)], status_code=401)


@router.post("/employer/upload", response_class=HTMLResponse)
async def upload(request: Request) -> Response:
    from starlette.concurrency import run_in_threadpool

    from jalur.faces.web import upload as uploads

    lang = ui_lang(request)
    settings = _settings(request)
    limit = int(settings.max_upload_bytes)
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit + 1024 * 1024:
        return _too_large(request, limit)
    runner = request.app.state.jobs
    try:
        received = await uploads.receive(request, runner.files_dir, limit)
    except uploads.UploadTooLarge:
        return _too_large(request, limit)
    except uploads.UploadMalformed:
        return _employer_page(request, upload_error=ui("emp.file.missing", lang), status_code=400)
    try:
        given = received.fields.get(csrf.CSRF_FIELD) or request.headers.get(csrf.CSRF_HEADER)
        subject = _subject(request) if _has_session_cookie(request) else None
        if not csrf.csrf_ok(settings.secret_key, request.cookies.get(csrf.CSRF_COOKIE), subject, given):
            return _csrf_refused(request)
        org = _signed_in_org(request)
        if isinstance(org, Response):
            return org
        if received.path is None or not received.filename:
            return _employer_page(request, upload_error=ui("emp.file.missing", lang), status_code=400)
        report_lang = received.fields.get("lang")
        rl = report_lang if report_lang in LANGS else lang
        try:
            job_id = await run_in_threadpool(runner.submit_upload, org, received, rl, _actor(request))
        except JalurError as exc:
            if exc.key in ("error.roster_too_large", "error.file_too_large"):
                return _too_large(request, limit)
            return _employer_page(request, upload_error=exc.message(lang), status_code=400)
        except ApiError as exc:  # the job runner's refusals (file type, queue full, busy): in the form
            if exc.status == 413:
                return _too_large(request, limit)
            text = api_message(exc.key, lang, **exc.params)
            page = _employer_page(
                request, upload_error=text, status_code=exc.status if exc.status < 500 else 400
            )
            if "Retry-After" in exc.headers:
                page.headers["Retry-After"] = exc.headers["Retry-After"]
            return page
    finally:
        received.discard()
    return _see_other(request, f"/employer/jobs/{quote(str(job_id), safe='')}")


def _too_large(request: Request, limit: int) -> Response:
    lang = ui_lang(request)
    return error_page(request, 413, messages=[ui("err.413.body", lang, size=_size(limit, lang))])


def _job_or_none(request: Request, org: str, job_id: str) -> dict[str, Any] | None:
    if not job_id or len(job_id) > 100:
        return None
    status: dict[str, Any] | None = request.app.state.jobs.status(org, job_id, ui_lang(request))
    return status


def _value_text(value: float, lang: Lang) -> str:
    """An assumption's number as typed in the form: ``0,08`` in Indonesian, ``0.08`` in English; no
    grouping (``75000``), so that what is shown parses back to the same number."""
    text = f"{value:.10g}"
    return text.replace(".", ",") if lang == "id" else text


def _assumption_part(part: str, lang: Lang) -> str:
    if part in ("conservative", "baseline", "aggressive"):
        return code_label("speed", part, lang)
    return ui(f"job.assume.{part}", lang)


def _assumption_label(key: str, lang: Lang) -> str:
    """An assumption's dotted key in words: its meaning, then which of its numbers."""
    top, *rest = key.split(".")
    note = assumption_text(top, "", "", lang)[1] or top
    return " · ".join([note, *(_assumption_part(p, lang) for p in rest)])


def _assumption_problem(exc: JalurError, lang: Lang) -> str:
    """The form's message for an assumption refused by the scenario model, in words (no dotted keys)."""
    key = str(exc.params.get("key", ""))
    if exc.key == "error.scenario_value" and "." not in key and "{" in str(exc.params.get("value", "")):
        return ui("job.assume.order", lang, label=_assumption_label(key, lang))
    if exc.key == "error.scenario_value":
        number = exc.params.get("value")
        shown = (
            number if not isinstance(number, str) else number.replace(".", ",") if lang == "id" else number
        )
        return ui("job.assume.out_of_range", lang, label=_assumption_label(key, lang), value=shown)
    return api_message(exc.key, lang, **exc.params)


#: the form's order: what an HR or finance officer most often knows first (the cost of a learning hour,
#: turnover), the adoption curves last
_ASSUME_ORDER = (
    "learning_cost_idr_per_hour",
    "attrition_rate",
    "attrition_unfilled_share",
    "redeployment_share",
    "retraining_success",
    "augmentation_training_hours",
    "new_positions_per_automated_fte",
    "augmentation_growth",
    "significant_change",
    "adoption",
    "uncertainty",
)


def _assumption_form(
    overrides: Mapping[str, Any], lang: Lang, typed: Mapping[str, str] | None = None
) -> list[dict[str, Any]]:
    """The job page's assumption form: one group per assumption (its meaning and unit in words), one field
    per number (low / middle / high, or per adoption speed), filled with the values in force (or what was
    typed, when a submission is shown again with its error)."""
    try:
        values = assumption_values(overrides)
    except JalurError:  # overrides stored by an older release that no longer check: show the defaults
        values = assumption_values({})
    changed = {k for k, _, _ in assumption_values_changed(overrides)}
    groups: dict[str, dict[str, Any]] = {}
    for key, value, unit in values:
        top, *rest = key.split(".")
        unit_text, note = assumption_text(top, unit, "", lang)
        legend = (note[:1].upper() + note[1:]) if note else top
        group = groups.setdefault(top, {"key": top, "legend": legend, "unit": unit_text, "fields": []})
        group["fields"].append(
            {
                "name": f"a.{key}",
                "id": "a-" + key.replace(".", "-"),
                "label": " · ".join(_assumption_part(p, lang) for p in rest) or ui("job.assume.value", lang),
                "value": (typed or {}).get(key, _value_text(value, lang)),
                "changed": key in changed,
            }
        )
    rank = {k: i for i, k in enumerate(_ASSUME_ORDER)}
    return sorted(groups.values(), key=lambda g: rank.get(g["key"], len(rank)))


def assumption_values_changed(overrides: Mapping[str, Any]) -> list[tuple[str, float, str]]:
    """The numbers of ``overrides`` that differ from the defaults (marked in the form)."""
    try:
        now = assumption_values(overrides)
    except JalurError:
        return []
    base = {k: v for k, v, _ in assumption_values({})}
    return [(k, v, u) for k, v, u in now if base.get(k) != v]


def _job_page(
    request: Request,
    org: str,
    job: dict[str, Any],
    *,
    notices: list[str] | None = None,
    errors: list[str] | None = None,
    status_code: int = 200,
    partial: str = "web/_job.j2",
    typed: Mapping[str, str] | None = None,
) -> Response:
    lang = ui_lang(request)
    decided: dict[str, str] = {}
    upload_id = (job.get("upload") or {}).get("id")
    view: dict[str, Any] | None = None
    if upload_id and job.get("status") == "done":
        decided = request.app.state.store.decisions(org, upload_id)
        report = request.app.state.jobs.report(org, str(job["id"]))
        view = page_view(report, lang) if report is not None else None
    assumptions = job.get("assumptions") or {}
    ctx = {
        "job": job,
        "decided": decided,
        "notices": notices or [],
        "errors": errors or [],
        "v": view,
        "assume": _assumption_form(assumptions, lang, typed)
        if job.get("status") in ("done", "failed", "cancelled")
        else [],
        "assume_changed": len(assumption_values_changed(assumptions)),
    }
    up = job.get("upload") or {}
    title = ui("job.title", lang, file=up.get("filename") or job.get("id"))
    return render(request, partial, ctx, title=title, section="employer", status_code=status_code)


def _signed_in_org(request: Request) -> str | Response:
    """The signed-in organisation, or the page to answer with (sign in, or slow down)."""
    org = _need_org(request)
    if org is None:
        return _signin_required(request)
    throttled = _org_throttled(request, org)
    return throttled if throttled is not None else org


def _org_job(request: Request, job_id: str) -> tuple[str, dict[str, Any]] | Response:
    """The signed-in organisation and its job ``job_id``; else the page to answer with (sign in, or 404
    for a job that is not this organisation's)."""
    org = _signed_in_org(request)
    if isinstance(org, Response):
        return org
    job = _job_or_none(request, org, job_id)
    if job is None:
        return error_page(request, 404)
    return org, job


@router.get("/employer/jobs/{job_id}", response_class=HTMLResponse)
def job_page(request: Request, job_id: str) -> Response:
    lang = ui_lang(request)
    found = _org_job(request, job_id)
    if isinstance(found, Response):
        return found
    org, job = found
    notices = []
    saved = request.query_params.get("saved", "")
    if saved.isdigit():
        notices.append(ui("job.review.saved", lang, n=int(saved)))
    return _job_page(request, org, job, notices=notices)


@router.get("/employer/jobs/{job_id}/status", response_class=HTMLResponse)
def job_status(request: Request, job_id: str) -> Response:
    found = _org_job(request, job_id)
    if isinstance(found, Response):
        return found
    org, job = found
    if not _is_htmx(request):
        return _see_other(request, f"/employer/jobs/{quote(job_id, safe='')}")
    return _job_page(request, org, job, partial="web/_job_body.j2")


async def _posted_job(request: Request, job_id: str) -> tuple[Any, str, dict[str, Any]] | Response:
    """A form posted on a job's page: (the form, the signed-in organisation, its job ``job_id``) once the
    CSRF token is checked; else the page to answer with (refused, sign in, or 404)."""
    form = await _form(request)
    if not _check_csrf(request, form):
        return _csrf_refused(request)
    found = _org_job(request, job_id)
    if isinstance(found, Response):
        return found
    return form, found[0], found[1]


@router.post("/employer/jobs/{job_id}/review", response_class=HTMLResponse)
async def job_review(request: Request, job_id: str) -> Response:
    lang = ui_lang(request)
    posted = await _posted_job(request, job_id)
    if isinstance(posted, Response):
        return posted
    form, org, job = posted
    upload_id = (job.get("upload") or {}).get("id")
    queue = job.get("review_queue") or []
    if job.get("status") != "done" or not upload_id:
        return _job_page(request, org, job, status_code=409)
    chosen: list[tuple[str, str]] = []
    problems: list[str] = []
    services = request.app.state.services
    accept_all = form.get("action") == "accept_all"
    # the review queue (code_i / choice_i) and the decisions remembered from earlier uploads (rcode_j /
    # rchoice_j): each may be answered by a candidate, a code, or words looked up like a search
    items = [
        ("", i, str(item.get("title", "")), item.get("candidates") or []) for i, item in enumerate(queue)
    ]
    items += [("r", j, str(d.get("title", "")), []) for j, d in enumerate(job.get("remembered") or [])]
    for prefix, i, title, candidates in items:
        typed = form.get(f"{prefix}code_{i}")
        picked = form.get(f"{prefix}choice_{i}")
        suggested = form.get(f"{prefix}pick_{i}")  # a suggestion of the look-up, picked: it wins
        text = typed.strip() if isinstance(typed, str) else ""
        code = picked.strip() if isinstance(picked, str) else ""
        if isinstance(suggested, str) and suggested.strip():
            code = suggested.strip()
        elif text:
            answer, problem = _review_answer(services, text, title, lang)
            if problem:
                problems.append(problem)
                continue
            code = answer
        if not code and accept_all and not prefix and candidates:
            code = str(candidates[0].get("isco", ""))  # bulk: the coder's first candidate
        if not code:
            continue
        if not _REVIEW_CODE.match(code) or not _code_known(services, code):
            problems.append(ui("job.review.bad_code", lang, code=code[:20], title=title))
            continue
        chosen.append((title, code))
    if problems:
        return _job_page(request, org, job, errors=problems, status_code=400)
    actor = _actor(request)
    if form.get("action") in ("rerun", "accept_all"):
        try:
            new_id = request.app.state.jobs.review(org, job_id, chosen, actor)
        except ApiError as exc:
            return _job_page(
                request, org, job, errors=[api_message(exc.key, lang, **exc.params)], status_code=400
            )
        if new_id is None:
            return error_page(request, 404)
        return _see_other(request, f"/employer/jobs/{quote(str(new_id), safe='')}")
    store = request.app.state.store
    for title, code in chosen:
        store.set_decision(org, upload_id, title, code, actor)
    if chosen:
        store.audit(org, actor, "review", job_id, f"upload={upload_id} decisions={len(chosen)}")
    return _see_other(request, f"/employer/jobs/{quote(job_id, safe='')}?saved={len(chosen)}")


@router.post("/employer/jobs/{job_id}/assumptions", response_class=HTMLResponse)
async def job_assumptions(request: Request, job_id: str) -> Response:
    """The scenario assumptions of the job page's form: every number checked (a decimal comma is fine);
    on an error the page again with what was typed and the message; else a new job with them."""
    lang = ui_lang(request)
    posted = await _posted_job(request, job_id)
    if isinstance(posted, Response):
        return posted
    form, org, job = posted
    upload_id = (job.get("upload") or {}).get("id")
    if job.get("status") not in ("done", "failed", "cancelled") or not upload_id:
        return _job_page(request, org, job, status_code=409)
    overrides: dict[str, Any] = {}
    typed: dict[str, str] = {}
    if form.get("action") != "reset":
        values: dict[str, float] = {}
        problems: list[str] = []
        for key, _value, _unit in assumption_values(job.get("assumptions") or {}):
            raw = form.get(f"a.{key}")
            if not isinstance(raw, str):
                continue
            typed[key] = raw[:40]
            number = parse_number(raw, lang)
            if number is None:
                problems.append(ui("job.assume.bad_number", lang, value=raw[:40]))
                continue
            values[key] = number
        if not problems:
            try:
                overrides = assumption_overrides(values)
            except JalurError as exc:
                problems.append(_assumption_problem(exc, lang))
        if problems:
            return _job_page(request, org, job, errors=problems, status_code=400, typed=typed)
    try:
        new_id = request.app.state.jobs.rerun(org, upload_id, _actor(request), assumptions=overrides)
    except ApiError as exc:
        return _job_page(
            request, org, job, errors=[api_message(exc.key, lang, **exc.params)], status_code=400, typed=typed
        )
    if new_id is None:
        return error_page(request, 404)
    return _see_other(request, f"/employer/jobs/{quote(str(new_id), safe='')}")


#: occupations suggested as an HR officer types, at most
LOOKUP_SUGGESTIONS = 5


@router.get("/employer/lookup", response_class=HTMLResponse)
def review_lookup(request: Request) -> Response:
    """Search-as-you-type for the review form: the words typed in one field (``code_<i>`` or ``rcode_<i>``)
    → up to ``LOOKUP_SUGGESTIONS`` occupations in words, as radio buttons ``pick_<i>`` / ``rpick_<i>`` of
    the same form. Titles, KBJI job titles and our lexicon are searched by the title coder; no code needed."""
    lang = ui_lang(request)
    org = _signed_in_org(request)
    if isinstance(org, Response):
        return org
    field = next((k for k in request.query_params if re.fullmatch(r"r?code_\d{1,4}", k)), None)
    text = (request.query_params.get(field) or "").strip() if field else ""
    if field is None or len(text) < 2:
        return HTMLResponse("")
    prefix, index = field.split("code_")
    cands, _ = _coder_answer(request.app.state.services, text, LOOKUP_SUGGESTIONS)
    html = (
        _env()
        .get_template("web/_lookup.j2")
        .render(
            {
                "cands": cands,
                "name": f"{prefix}pick_{index}",
                "lang": lang,
                "_": lambda key, **p: ui(key, lang, **p),
                "pct": lambda x: _pct(x, lang),
            }
        )
    )
    return _finish(request, HTMLResponse(html))


def _coder_answer(services: Any, text: str, top: int) -> tuple[list[dict[str, Any]], bool]:
    """The title coder's candidates for words an HR officer typed (at most 200 characters read), and
    whether it places them (answers rather than abstains); none for text it refuses."""
    try:
        found = services.match(text[:200], "auto", top)
    except JalurError:
        return [], False
    cands = list(found.get("candidates") or [])
    return cands, bool(cands) and not found.get("abstained")


def _review_answer(services: Any, text: str, title: str, lang: Lang) -> tuple[str, str | None]:
    """What an HR officer typed for a title: a KBJI/ISCO code as it is, or words looked up by the title
    coder (``operator perakitan`` → 8219) — (code, None), or ("", the message to show) when the words are
    not clear enough, with the nearest occupations named so that one can be picked."""
    if _REVIEW_CODE.match(text):
        return text, None
    cands, placed = _coder_answer(services, text, 3)
    if placed:
        return str(cands[0]["isco"]), None
    names = "; ".join(
        f"{c['isco']} {c.get('title_id') if lang == 'id' and c.get('title_id') else c.get('title_en')}"
        for c in cands[:3]
    )
    return "", ui("job.review.unclear", lang, text=text[:80], title=title, names=names or "—")


def _code_known(services: Any, code: str) -> bool:
    from jalur.taxonomy.resolve import resolve

    try:
        resolve(services.kb, code)
    except JalurError:
        return False
    return True


@router.post("/employer/jobs/{job_id}/rerun", response_class=HTMLResponse)
async def job_rerun(request: Request, job_id: str) -> Response:
    posted = await _posted_job(request, job_id)
    if isinstance(posted, Response):
        return posted
    _form_data, org, job = posted
    upload_id = (job.get("upload") or {}).get("id")
    if not upload_id:
        return error_page(request, 404)
    new_id = request.app.state.jobs.rerun(org, upload_id, _actor(request), from_job=job_id)
    if new_id is None:
        return error_page(request, 404)
    return _see_other(request, f"/employer/jobs/{quote(str(new_id), safe='')}")


@router.post("/employer/jobs/{job_id}/cancel", response_class=HTMLResponse)
async def job_cancel(request: Request, job_id: str) -> Response:
    posted = await _posted_job(request, job_id)
    if isinstance(posted, Response):
        return posted
    _form_data, org, _job = posted
    request.app.state.jobs.cancel(org, job_id, _actor(request))
    return _see_other(request, f"/employer/jobs/{quote(job_id, safe='')}")


@router.get("/employer/jobs/{job_id}/files/{name}")
def job_file(request: Request, job_id: str, name: str) -> Response:
    found = _org_job(request, job_id)
    if isinstance(found, Response):
        return found
    org, job = found
    if name not in (job.get("files") or []):
        return error_page(request, 404)
    path = request.app.state.jobs.file_path(org, job_id, name)
    if path is None or not Path(path).is_file():
        return error_page(request, 404)
    request.app.state.store.audit(org, _actor(request), "download", f"{job_id}/{name}", "web")
    media = FILES.get(name) or _MEDIA.get(Path(name).suffix.lower(), "application/octet-stream")
    org_name = (request.app.state.store.get_org(org) or {}).get("name")
    return FileResponse(
        path,
        media_type=media,
        filename=download_name(org_name, job.get("created"), name),
        content_disposition_type="attachment",
        headers={"Cache-Control": "no-store", "X-Content-Type-Options": "nosniff"},
    )
