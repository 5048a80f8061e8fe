"""Both journeys of the web UI in a real browser: Playwright driving Debian's Chromium against a real uvicorn
server (the application from create_app on a temporary SQLite database), in Indonesian and English, at a
desktop and a phone viewport (375×812). Every step is screenshotted under ``$JALUR_TEST_ARTEFACTS``
(default ``test-artefacts/`` in the repository root) as ``web-<journey>-<lang>-<viewport>-<nn>-<step>.png``.

The assertions are on what a person sees: the tasks coloured by class, a pathway card naming an AI-era role,
the review queue listing a title, downloads that arrive. The page must also stay free of console errors (a
CSP violation, an inline script, a failing request would show there), and the worker journey must run by
HTMX partial swaps (a marker set in the page survives every step)."""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from jalur import config

CHROMIUM = Path("/usr/bin/chromium")
ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "data" / "samples" / "bank-nusantara.csv"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
VIEWPORTS = {"desktop": {"width": 1280, "height": 900}, "phone": {"width": 375, "height": 812}}

if not CHROMIUM.exists():
    pytest.skip(f"Debian Chromium not found at {CHROMIUM}: browser tests skipped", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api")


def _artefacts() -> Path:
    d = Path(os.environ.get("JALUR_TEST_ARTEFACTS") or ROOT / "test-artefacts")
    d.mkdir(parents=True, exist_ok=True)
    return d


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Any]]:
    """A real uvicorn server on a free loopback port, in a thread; (base URL, the application)."""
    if not config.kb_path().is_file():
        pytest.skip(f"knowledge base not built at {config.kb_path()}")
    import uvicorn

    from jalur.app.settings import Settings
    from jalur.faces.web.app import create_app

    d = tmp_path_factory.mktemp("web-browser")
    settings = Settings.from_env(
        database_url=f"sqlite:///{d / 'jalur-web.sqlite'}", files_dir=d / "files", secret_key="b" * 64
    )
    app = create_app(settings)
    port = _free_port()
    srv = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", access_log=False)
    )
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 120
    while not srv.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the web server did not start")
        time.sleep(0.1)
    yield f"http://127.0.0.1:{port}", app
    srv.should_exit = True
    thread.join(timeout=30)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


class Shots:
    def __init__(self, page: Any, journey: str, lang: str, viewport: str) -> None:
        self.page, self.n = page, 0
        self.prefix = f"web-{journey}-{lang}-{viewport}"

    def __call__(self, step: str) -> None:
        self.n += 1
        # caret="initial": hiding the caret injects a style element, which the page's CSP (rightly) refuses
        path = _artefacts() / f"{self.prefix}-{self.n:02d}-{step}.png"
        self.page.screenshot(path=str(path), full_page=True, caret="initial")


def _page(browser: Any, viewport: str) -> tuple[Any, Any, list[str]]:
    ctx = browser.new_context(
        viewport=VIEWPORTS[viewport],
        device_scale_factor=1,
        is_mobile=viewport == "phone",
        has_touch=viewport == "phone",
        accept_downloads=True,
    )
    page = ctx.new_page()
    page.set_default_timeout(60_000)
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    return ctx, page, errors


# ------------------------------------------------------------------------------------------ worker
WORKER = {"id": ("driver ojol", "8321"), "en": ("teller", "4211")}
WORDS = {
    "id": {"title": "Cek pekerjaanmu", "plan": "Rencana belajar", "role": "peran era AI", "next": "jalur"},
    "en": {"title": "Check your job", "plan": "Learning plan", "role": "AI-era role", "next": "pathways"},
}


@pytest.mark.parametrize("viewport", ["desktop", "phone"])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_worker_journey(server: tuple[str, Any], browser: Any, lang: str, viewport: str) -> None:
    base, _app = server
    text, isco = WORKER[lang]
    words = WORDS[lang]
    ctx, page, errors = _page(browser, viewport)
    shot = Shots(page, "worker", lang, viewport)
    try:
        page.goto(f"{base}/?lang={lang}")
        expect = sync_api.expect
        expect(page.locator("h1")).to_have_text(words["title"])
        expect(page.locator("html")).to_have_attribute("lang", lang)
        page.evaluate("window.__jalurMarker = 'still-here'")  # survives HTMX swaps, not a page load
        shot("start")

        page.get_by_label("Pekerjaanmu" if lang == "id" else "Your job", exact=True).fill(text)
        page.keyboard.press("Enter")
        candidate = page.locator(f'ul.candidates a[href^="/occupation/{isco}"]')
        expect(candidate).to_be_visible()
        assert page.locator("ul.candidates li").count() >= 2  # choices, not an automatic pick
        assert "/check?q=" in page.url
        shot("candidates")

        candidate.click()
        expect(page.locator("ol.tasks li.task").first).to_be_visible()
        classes = page.locator("ol.tasks li.task").evaluate_all("els => els.map(e => e.className)")
        assert classes and all(
            any(k in c for k in ("c-automate", "c-augment", "c-human", "c-none")) for c in classes
        )
        colours = page.locator("ol.tasks li.task").evaluate_all(
            "els => els.map(e => getComputedStyle(e).backgroundColor)"
        )
        assert any(c not in ("rgba(0, 0, 0, 0)", "rgb(255, 255, 255)") for c in colours)  # coloured
        expect(page.locator("ol.tasks").first).to_contain_text("ILO 2025")
        expect(page.locator("h1")).to_be_focused()  # focus moved to the new step's heading
        shot("tasks")

        page.locator(f'a.button[href^="/occupation/{isco}/paths"]').click()
        role_card = page.locator("li.card.path").filter(has=page.locator(".tag.ttype-role")).first
        expect(role_card).to_be_visible()
        expect(role_card.locator(".tag.ttype-role")).to_have_text(words["role"])
        expect(role_card).to_contain_text("\u2192")  # exposure before → after
        shot("paths")

        role_card.locator('a.button[href*="/plan/"]').click()
        expect(page.locator("h1")).to_contain_text(words["plan"])
        expect(page.locator("ol.plan-steps li").first).to_be_visible()
        expect(page.locator("#certs-h")).to_be_visible()
        shot("plan")

        assert page.evaluate("window.__jalurMarker") == "still-here"  # every step was an HTMX swap
        assert "/plan/" in page.url  # and pushed its URL: a reload shows the same step without JS
        page.reload()
        expect(page.locator("h1")).to_contain_text(words["plan"])

        # the language switch keeps the step
        page.locator("a.lang").click()
        other = "en" if lang == "id" else "id"
        expect(page.locator("html")).to_have_attribute("lang", other)
        expect(page.locator("h1")).to_contain_text(WORDS[other]["plan"])
        shot("plan-switched")
        if viewport == "phone":
            width = page.evaluate("document.documentElement.scrollWidth")
            assert width <= 375, f"horizontal scrolling on a phone: {width}px"
        assert not errors, errors
    finally:
        ctx.close()


@pytest.mark.parametrize("viewport", ["desktop", "phone"])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_roles_catalogue(server: tuple[str, Any], browser: Any, lang: str, viewport: str) -> None:
    base, _app = server
    ctx, page, errors = _page(browser, viewport)
    shot = Shots(page, "roles", lang, viewport)
    try:
        page.goto(f"{base}/roles?lang={lang}")
        expect = sync_api.expect
        expect(page.locator("h1")).to_have_text(
            "Katalog peran era AI" if lang == "id" else "Catalogue of AI-era roles"
        )
        assert page.locator("li.card.role").count() >= 20
        shot("catalogue")
        page.locator('a[href="/roles/data_annotator"]').click()
        expect(page.locator("h1")).to_contain_text("Anotator" if lang == "id" else "Annotator")
        expect(page.locator("ol.tasks li.task").first).to_be_visible()
        shot("role")
        assert not errors, errors
    finally:
        ctx.close()


# ------------------------------------------------------------------------------------------ employer
EMP = {
    "id": {
        "signin": "Masuk",
        "done": "selesai",
        "rerun": "Simpan dan jalankan ulang",
        "signout": "Keluar",
        "accept_all": "Terima saran pertama untuk semua yang belum diputuskan, lalu jalankan ulang",
        "no_review": "Semua jabatan terpetakan",
        "remembered": "keputusan dari unggahan sebelumnya diterapkan",
        "words": "operator perakitan",
    },
    "en": {
        "signin": "Sign in",
        "done": "done",
        "rerun": "Save and re-run",
        "signout": "Sign out",
        "accept_all": "Accept the first suggestion for everything not decided, then re-run",
        "no_review": "Every title was placed",
        "remembered": "decisions from earlier uploads applied",
        "words": "assembly operator",
    },
}
PLANT = ROOT / "data" / "samples" / "pabrik-mobil.xlsx"


@pytest.mark.parametrize("viewport", ["desktop", "phone"])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_employer_journey(server: tuple[str, Any], browser: Any, lang: str, viewport: str) -> None:
    base, app = server
    words = EMP[lang]
    _org, _kid, raw = app.state.store.create_org(f"Bank Nusantara ({lang}, {viewport})")
    ctx, page, errors = _page(browser, viewport)
    shot = Shots(page, "employer", lang, viewport)
    expect = sync_api.expect
    try:
        page.goto(f"{base}/employer?lang={lang}")
        shot("sign-in")
        page.locator("#api_key").fill(raw)
        page.get_by_role("button", name=words["signin"], exact=True).click()
        expect(page.locator("#file")).to_be_visible()
        expect(page.locator("#file-hint")).to_contain_text("20 MB")
        shot("signed-in")

        page.locator("#file").set_input_files(str(SAMPLE))
        page.locator('form[action="/employer/upload"] button[type="submit"]').click()
        expect(page.locator("h1")).to_contain_text(SAMPLE.name)
        shot("job-queued")
        # HTMX polls the status; no reload needed
        expect(page.locator("#job-body .status")).to_contain_text(words["done"], timeout=300_000)
        expect(page.locator("table.rejected tbody tr").first).to_be_visible()
        review_title = page.locator("fieldset.review-item .review-title").first
        expect(review_title).to_be_visible()
        title = review_title.inner_text()
        assert title.strip()
        # the report itself on the page (issue 18): summary, roles and units sortable, moves, scenarios
        expect(page.locator(".job-summary h3").first).to_be_visible()
        roles = page.locator("table.roles-web")
        expect(roles).to_be_visible()
        assert roles.locator("tbody tr").count() >= 20
        expect(page.locator("table.moves tbody tr").first).to_be_visible()
        expect(page.locator("table.scenarios tbody tr")).to_have_count(9)
        shot("job-done")
        # sort the roles by exposure: largest first, then reversed
        roles.locator('th[data-sort="exposure"] button').click()
        col = roles.locator('th[data-sort="exposure"]').evaluate("th => th.cellIndex") + 1
        values = roles.locator(f"tbody tr td:nth-child({col})").evaluate_all(
            "els => els.map(e => parseFloat(e.getAttribute('data-v')))"
        )
        assert values == sorted(values, reverse=True) and values[0] > values[-1]
        expect(roles.locator('th[data-sort="exposure"]')).to_have_attribute("aria-sort", "descending")
        roles.locator('th[data-sort="exposure"] button').click()
        values = roles.locator(f"tbody tr td:nth-child({col})").evaluate_all(
            "els => els.map(e => parseFloat(e.getAttribute('data-v')))"
        )
        assert values == sorted(values)
        shot("job-sorted")
        if viewport == "phone":  # the report's tables scroll inside their box, the page does not
            width = page.evaluate("document.documentElement.scrollWidth")
            assert width <= 375, f"horizontal scrolling on a phone: {width}px"

        first = page.locator("fieldset.review-item").first
        first.locator('input[type="radio"]').first.check()
        page.get_by_role("button", name=words["rerun"], exact=True).click()
        expect(page.locator("#job-body .status")).to_contain_text(words["done"], timeout=300_000)
        titles = page.locator("fieldset.review-item .review-title").all_inner_texts()
        assert title not in titles  # the decision took effect in the re-run
        shot("rerun-done")

        if viewport == "desktop":
            # change an assumption in the form, as typed in the page's language, and run again
            cost = page.locator("#a-learning_cost_idr_per_hour")
            cost.fill("90.000" if lang == "id" else "90,000")
            page.locator('form.assumptions button[value="apply"]').click()
            expect(page.locator("#job-body .status")).to_contain_text(words["done"], timeout=300_000)
            expect(page.locator("#a-learning_cost_idr_per_hour")).to_have_value("90000")
            expect(page.locator(".assume-field.changed")).to_have_count(1)
            shot("assumptions-rerun")

        links = page.locator("ul.downloads a")
        names = [
            h.rsplit("/", 1)[-1] for h in links.evaluate_all("els => els.map(e => e.getAttribute('href'))")
        ]
        assert {"report.html", "report.pdf", "report.xlsx", "report.json"} <= set(names)
        with page.expect_download() as info:
            links.filter(has_text="report.json").click()
        download = info.value
        # named for the organisation and the day, not report.json every month (issue 18)
        assert download.suggested_filename.startswith("jalur-bank-nusantara-")
        assert download.suggested_filename.endswith("-report.json")
        assert Path(download.path()).stat().st_size > 100
        for name in names:
            r = page.request.get(f"{page.url}/files/{name}")
            assert r.status == 200 and len(r.body()) > 100, name
        page.locator('a[href="/employer"]').last.click()  # back to the uploads: the job is listed
        # the upload and its re-runs (review; on a desktop also the assumptions)
        expect(page.locator("table tbody tr")).to_have_count(3 if viewport == "desktop" else 2)
        shot("uploads")
        page.get_by_role("button", name=words["signout"], exact=True).click()
        expect(page.locator("#api_key")).to_be_visible()
        shot("signed-out")
        if viewport == "phone":
            width = page.evaluate("document.documentElement.scrollWidth")
            assert width <= 375, f"horizontal scrolling on a phone: {width}px"
        assert not errors, errors
    finally:
        ctx.close()


@pytest.mark.parametrize("viewport", ["desktop", "phone"])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_car_plant_review_clears_in_a_few_actions_and_is_remembered(
    server: tuple[str, Any], browser: Any, lang: str, viewport: str
) -> None:
    """Issue 18: an HR officer clears the car plant's review queue without knowing ISCO — one title looked
    up in words (type, pick), the rest confirmed in bulk — and the next upload of the roster opens with no
    queue, the decisions shown as remembered. Review actions are counted: at most 10."""
    base, app = server
    words = EMP[lang]
    _org, _kid, raw = app.state.store.create_org(f"Pabrik Mobil ({lang}, {viewport})")
    ctx, page, errors = _page(browser, viewport)
    shot = Shots(page, "review", lang, viewport)
    expect = sync_api.expect
    actions = 0
    try:
        page.goto(f"{base}/employer?lang={lang}")
        page.locator("#api_key").fill(raw)
        page.get_by_role("button", name=words["signin"], exact=True).click()
        page.locator("#file").set_input_files(str(PLANT))
        page.locator('form[action="/employer/upload"] button[type="submit"]').click()
        expect(page.locator("#job-body .status")).to_contain_text(words["done"], timeout=300_000)
        items = page.locator("fieldset.review-item:not(.remembered)")
        expect(items.first).to_be_visible()
        assert items.count() >= 2
        shot("queue")
        # one title looked up in words, as an HR officer would: type, then pick a suggestion
        field = items.first.locator('input[type="search"]')
        field.fill(words["words"])
        actions += 1
        suggestion = items.first.locator(".suggestions input[type=radio]").first
        expect(suggestion).to_be_visible(timeout=30_000)
        page.wait_for_load_state("networkidle")  # the look-up may answer twice while typing settles
        suggestion.check()
        actions += 1
        shot("lookup")
        # everything else: the coder's first candidate, in one go
        page.get_by_role("button", name=words["accept_all"], exact=True).click()
        actions += 1
        expect(page.locator("#job-body .status")).to_contain_text(words["done"], timeout=300_000)
        expect(page.locator("#job-body")).to_contain_text(words["no_review"])
        shot("cleared")
        assert actions <= 10
        # next month: the same roster opens with no queue, the decisions applied and shown as such
        page.goto(f"{base}/employer?lang={lang}")
        page.locator("#file").set_input_files(str(PLANT))
        page.locator('form[action="/employer/upload"] button[type="submit"]').click()
        expect(page.locator("#job-body .status")).to_contain_text(words["done"], timeout=300_000)
        expect(page.locator("#job-body")).to_contain_text(words["no_review"])
        expect(page.locator("#job-body")).to_contain_text(words["remembered"])
        assert page.locator("fieldset.review-item:not(.remembered)").count() == 0
        assert page.locator("fieldset.review-item.remembered").count() >= 2
        shot("second-upload")
        if viewport == "phone":
            width = page.evaluate("document.documentElement.scrollWidth")
            assert width <= 375, f"horizontal scrolling on a phone: {width}px"
        assert not errors, errors
    finally:
        ctx.close()


def test_the_bank_report_reads_well_on_a_desktop_and_a_phone(tmp_path: Path, browser: Any) -> None:
    """Issue 18: the bank's HTML report was 43,000 px tall at 1280 px and 1,060 px wide on a phone. Long
    lists fold away (a role's ~80 branches, rows past the first 25), tables scroll inside their box."""
    if not config.kb_path().is_file():
        pytest.skip(f"knowledge base not built at {config.kb_path()}")
    from typer.testing import CliRunner

    from jalur.faces.cli.main import app as cli

    out = tmp_path / "bank"
    r = CliRunner().invoke(
        cli, ["report", str(SAMPLE), "--out", str(out), "--format", "html", "--lang", "id"]
    )
    assert r.exit_code == 0, r.stderr
    sizes = {}
    for name, viewport in (
        ("desktop", {"width": 1280, "height": 900}),
        ("phone", {"width": 375, "height": 812}),
    ):
        ctx = browser.new_context(viewport=viewport)
        page = ctx.new_page()
        page.goto((out / "report.html").as_uri())
        sizes[name] = page.evaluate(
            "[document.documentElement.scrollWidth, document.documentElement.scrollHeight]"
        )
        page.screenshot(path=str(_artefacts() / f"report-bank-{name}.png"), caret="initial")
        if name == "desktop":
            # page 1 is the summary for managers, before any table or checksum
            top = page.locator("section#summary h2").bounding_box()
            assert top is not None and top["y"] < 400
        ctx.close()
    assert sizes["desktop"][1] <= 12_000, sizes
    assert sizes["phone"][0] <= 375, sizes


def test_the_api_docs_render_from_local_files(server: tuple[str, Any], browser: Any) -> None:
    """Issue 18: /api/v1/docs was blank without internet (Swagger UI came from a CDN). Requests to any other
    host are blocked here, as on a machine offline."""
    base, _app = server
    ctx, page, errors = _page(browser, "desktop")
    outside: list[str] = []

    def only_local(route: Any) -> None:
        if route.request.url.startswith(base):
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    try:
        page.route("**/*", only_local)
        page.goto(f"{base}/api/v1/docs")
        sync_api.expect(page.locator(".swagger-ui .opblock").first).to_be_visible(timeout=30_000)
        assert page.locator(".swagger-ui .opblock").count() >= 10
        page.screenshot(path=str(_artefacts() / "web-api-docs.png"), caret="initial")
        assert not outside, outside
        assert not errors, errors
    finally:
        ctx.close()


# ------------------------------------------------------------------------------------------ market
MKT = {
    "id": {"signin": "Masuk", "analyse": "Analisis", "head": "Sekilas", "scope": "Iklan bukan lowongan"},
    "en": {
        "signin": "Sign in",
        "analyse": "Analyse",
        "head": "At a glance",
        "scope": "Ads are not vacancies",
    },
}


@pytest.mark.parametrize("viewport", ["desktop", "phone"])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_market_journey(
    server: tuple[str, Any], browser: Any, lang: str, viewport: str, tmp_path: Path
) -> None:
    """An analyst signs in, uploads 400 job ads (the project's synthetic corpus) and reads what they show,
    on a desktop and a phone, in both languages; then a layoff file."""
    import csv

    from jalur.market.synthetic import ads

    base, app = server
    words = MKT[lang]
    _org, _kid, raw = app.state.store.create_org(f"Kementerian (market {lang}, {viewport})")
    ads_file = tmp_path / "iklan.csv"
    with ads_file.open("w", newline="", encoding="utf-8") as fh:
        rows = list(ads(400, months=2))
        w = csv.DictWriter(fh, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    events = tmp_path / "phk.csv"
    events.write_text(
        "company,date,count,country,source\nPT Contoh Digital,2026-03-02,120,Indonesia,https://example.org/a\n",
        encoding="utf-8",
    )
    ctx, page, errors = _page(browser, viewport)
    shot = Shots(page, "market", lang, viewport)
    expect = sync_api.expect
    try:
        page.goto(f"{base}/employer?lang={lang}")
        page.locator("#api_key").fill(raw)
        page.get_by_role("button", name=words["signin"], exact=True).click()
        page.goto(f"{base}/market?lang={lang}")
        expect(page.locator("#ads-file")).to_be_visible()
        shot("upload")
        page.locator("#ads-file").set_input_files(str(ads_file))
        page.locator('form[action="/market/ads"] button[type="submit"]').click()
        expect(page.locator("h1")).to_contain_text("iklan.csv", timeout=120_000)
        expect(page.locator("#head-h")).to_have_text(words["head"])
        expect(page.locator('section[aria-labelledby="occ-h"] tbody tr').first).to_be_visible()
        expect(page.locator("ul.scope")).to_contain_text(words["scope"])
        if viewport == "phone":
            width = page.evaluate("document.documentElement.scrollWidth")
            assert width <= 375 + 1, f"the page is {width}px wide on a 375px phone"
        shot("ads-result")
        page.goto(f"{base}/market?lang={lang}")
        page.locator("#events-file").set_input_files(str(events))
        page.locator('form[action="/market/layoffs"] button[type="submit"]').click()
        expect(page.locator("h1")).to_contain_text("phk.csv")
        expect(page.locator('section[aria-labelledby="country-h"]')).to_contain_text("PT Contoh Digital")
        shot("layoffs-result")
        assert not errors, errors
    finally:
        ctx.close()
