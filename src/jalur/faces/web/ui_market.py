"""The market monitor's web pages (issue 19): ``/market`` with two upload forms — job ads (→ what they show)
and layoff events (→ the tracker) — for a signed-in organisation (the employer session). An upload is
analysed at once by the service's market desk (``jalur.app.market_service``) and the answer is the page;
nothing of the file is kept."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from jalur.app.errors import message as api_message
from jalur.errors import JalurError
from jalur.faces.web import csrf
from jalur.faces.web.errors import ApiError
from jalur.faces.web.ui import (
    _actor,
    _csrf_refused,
    _has_session_cookie,
    _org,
    _settings,
    _signed_in_org,
    _size,
    _subject,
    _too_large,
    render,
    ui_lang,
)
from jalur.faces.web.ui_text import ui
from jalur.i18n.format import number as fmt_num

router = APIRouter()


def _market_page(
    request: Request,
    *,
    result: dict[str, Any] | None = None,
    kind: str = "",
    error: str | None = None,
    error_for: str = "ads",
    filename: str = "",
    status_code: int = 200,
) -> Response:
    from jalur.app.market_service import MAX_ADS, MAX_EVENTS

    lang = ui_lang(request)
    settings = _settings(request)
    from jalur.reports.market import market_body

    ctx = {
        "body": market_body(result, "ads" if kind == "ads" else "layoffs", lang, links=True)
        if result
        else "",
        "org": _org(request),
        "result": result,
        "kind": kind,
        "filename": filename,
        "ads_error": error if error_for == "ads" else None,
        "events_error": error if error_for == "layoffs" else None,
        "max_size": _size(settings.max_upload_bytes, lang),
        "max_ads": fmt_num(MAX_ADS, lang),
        "max_events": fmt_num(MAX_EVENTS, lang),
    }
    title = ui("mkt.title", lang) if not result else ui(f"mkt.result.{kind}", lang, file=filename)
    return render(request, "web/_market.j2", ctx, title=title, section="market", status_code=status_code)


@router.get("/market", response_class=HTMLResponse)
def market(request: Request) -> Response:
    return _market_page(request)


async def _analyse(request: Request, kind: str) -> Response:
    """Receive one upload, check the form's token and the session, analyse the file at once."""
    from starlette.concurrency import run_in_threadpool

    from jalur.app.jobs import safe_filename
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
        return _market_page(request, error=ui("emp.file.missing", lang), error_for=kind, status_code=400)
    try:
        given = received.fields.get(csrf.CSRF_FIELD) or request.headers.get(csrf.CSRF_HEADER)
        subject = _subject(request) if _has_session_cookie(request) else None
        if not csrf.csrf_ok(settings.secret_key, request.cookies.get(csrf.CSRF_COOKIE), subject, given):
            return _csrf_refused(request)
        org = _signed_in_org(request)
        if isinstance(org, Response):
            return org
        if received.path is None or not received.filename:
            return _market_page(request, error=ui("emp.file.missing", lang), error_for=kind, status_code=400)
        name = safe_filename(received.filename)
        desk = request.app.state.market
        analyse = desk.market_report if kind == "ads" else desk.layoffs_report
        try:
            result = await run_in_threadpool(analyse, received, org, _actor(request))  # recorded by the desk
        except JalurError as exc:
            return _market_page(request, error=exc.message(lang), error_for=kind, status_code=400)
        except ApiError as exc:
            page = _market_page(
                request,
                error=api_message(exc.key, lang, **exc.params),
                error_for=kind,
                status_code=exc.status if exc.status < 500 else 400,
            )
            if "Retry-After" in exc.headers:
                page.headers["Retry-After"] = exc.headers["Retry-After"]
            return page
    finally:
        received.discard()
    return _market_page(request, result=result, kind=kind, filename=name)


@router.post("/market/ads", response_class=HTMLResponse)
async def market_ads(request: Request) -> Response:
    return await _analyse(request, "ads")


@router.post("/market/layoffs", response_class=HTMLResponse)
async def market_layoffs(request: Request) -> Response:
    return await _analyse(request, "layoffs")
