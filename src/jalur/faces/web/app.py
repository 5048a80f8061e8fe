"""The FastAPI application: the REST API (``/api/v1``, docs/api.md), the web UI (``jalur.faces.web.ui``, when
present) and their shared state. ``create_app`` builds it (nothing happens at import time); ``serve`` runs it
with uvicorn for ``jalur serve``.

``app.state``: ``settings`` (``Settings``), ``store`` (``jalur.store.db.Store``: migrated at start-up),
``services`` (``Services``: the open knowledge base, warmed at start-up), ``jobs`` (``JobRunner``: uploads,
the job queue, and the worker processes it starts), ``health`` (``jalur.app.health.Health``) and ``limits``
(the rate limits, ``jalur.faces.web.security``). At start-up the database must be the one the files folder belongs
to (``jalur.app.health.check_identity``).
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import HTMLResponse
from starlette.concurrency import run_in_threadpool

from jalur import __version__
from jalur.app.settings import Settings
from jalur.faces.web import errors, security

log = logging.getLogger("jalur.faces.web")

STATIC_DIR = Path(__file__).resolve().parent / "static"

DESCRIPTION = """\
How AI changes work in Indonesia, in Indonesian and English: match a job title, an occupation's profile,
its exposure to generative AI task by task, safer and growing pathways, learning plans, the AI-era roles
catalogue — and, for employers with an organisation API key (`X-API-Key`), workforce reports from a roster.

Errors are always JSON: `{"error": {"code", "message", "lang", "candidates"?}}`, the message in the
language asked for (`lang` parameter, else `Accept-Language`, else Indonesian). See docs/api.md.
"""


def _ui_module() -> object | None:
    try:
        return importlib.import_module("jalur.faces.web.ui")
    except ModuleNotFoundError as exc:  # the UI is optional; a missing dependency of it is not
        if exc.name != "jalur.faces.web.ui":
            raise
        return None


_DOCS_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Jalur API</title>
<link rel="stylesheet" href="/static/swagger-ui.css">
<link rel="icon" href="/static/favicon.svg">
</head>
<body>
<div id="swagger-ui" data-openapi="/api/v1/openapi.json"></div>
<script src="/static/swagger-ui-bundle.js"></script>
<script src="/static/swagger-init.js"></script>
</body>
</html>
"""


def create_app(settings: Settings | None = None) -> FastAPI:
    from jalur.app.runtime import open_runtime
    from jalur.faces.web.api import router as api_router

    settings = settings or Settings.from_env()
    rt = open_runtime(settings)
    store, services, runner = rt.store, rt.services, rt.jobs

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        from jalur.app.health import Health, check_identity

        await run_in_threadpool(store.migrate)
        await run_in_threadpool(check_identity, store, settings)
        # jobs another process runs are left alone: a job whose worker died is retried when its lease ends
        runner.start()
        await run_in_threadpool(services.warm)
        app.state.health = Health(app.state)
        try:
            yield
        finally:
            runner.shutdown(wait=True)
            store.close()
            services.close()

    app = FastAPI(
        title="Jalur API",
        version=__version__,
        description=DESCRIPTION,
        openapi_url="/api/v1/openapi.json",
        docs_url=None,  # served below from local files: the FastAPI default loads Swagger UI from a CDN
        redoc_url=None,
        lifespan=lifespan,
        openapi_tags=[
            {"name": "look-ups", "description": "Public: occupations, exposure, pathways, plans, roles."},
            {
                "name": "employer",
                "description": "Organisation API key (`X-API-Key`): roster uploads, reports.",
            },
            {
                "name": "market",
                "description": "Organisation API key (`X-API-Key`): job ads and layoff events analysed at "
                "once, nothing kept.",
            },
            {"name": "service", "description": "Health."},
        ],
    )
    app.state.settings = settings
    app.state.store = store
    app.state.services = services
    app.state.jobs = runner
    from jalur.app.market_service import MarketDesk

    app.state.market = MarketDesk(services.kb, store, settings.parse_concurrency)

    @app.get("/api/v1/docs", include_in_schema=False)
    def api_docs() -> HTMLResponse:
        """Swagger UI from the vendored files under /static, started by a local script (works offline)."""
        return HTMLResponse(_DOCS_PAGE)

    errors.install(app)
    security.install(app, settings)
    app.include_router(api_router)
    ui = _ui_module()
    if ui is not None:
        app.include_router(ui.router)  # type: ignore[attr-defined]
        from jalur.faces.web.ui_market import router as market_pages

        app.include_router(market_pages)
    serves_static = any(str(getattr(r, "path", "")).startswith("/static") for r in app.router.routes)
    if STATIC_DIR.is_dir() and not serves_static:
        from fastapi.staticfiles import StaticFiles

        app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    return app


def serve(host: str, port: int, settings: Settings | None = None) -> None:
    """Run the application with uvicorn (``jalur serve``). Uvicorn's access log is off: it would write
    each request's full path and query string (what people typed); ``jalur.faces.web.access`` logs the route
    template, status and duration instead."""
    import uvicorn

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    settings = settings or Settings.from_env()
    logging.getLogger("jalur.faces.web.access").setLevel(
        logging.INFO if settings.access_log else logging.WARNING
    )
    from jalur.app.runtime import check_database

    check_database(settings.database_url, settings)
    app = create_app(settings)
    uvicorn.run(app, host=host, port=port, access_log=False, server_header=False)
