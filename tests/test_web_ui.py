"""The web UI (jalur.faces.web.ui) through the real application (create_app) on a temporary SQLite database and
files folder, with the real knowledge base: pages in both languages, the worker journey by plain links and
forms, hostile input rendered as text, CSRF, sessions, the employer journey (sign in → upload → review →
re-run → downloads) and the wall between two organisations."""

from __future__ import annotations

import dataclasses
import html
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from markupsafe import escape

pytest.importorskip("fastapi")

from fastapi.testclient import TestClient

from jalur import config
from jalur.store.db import split_key

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "data" / "samples" / "bank-nusantara.csv"
HOSTILE = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "'; DROP TABLE orgs; --",
    "{{ 7*7 }} {% raw %}",
]


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    if not config.kb_path().is_file():
        pytest.skip(f"knowledge base not built at {config.kb_path()}")
    from jalur.app.settings import Settings
    from jalur.faces.web.app import create_app

    d = tmp_path_factory.mktemp("web-ui")
    settings = Settings.from_env(
        database_url=f"sqlite:///{d / 'jalur-web.sqlite'}", files_dir=d / "files", secret_key="t" * 64
    )
    application = create_app(settings)
    with TestClient(application):  # runs the lifespan: migrations, warm-up
        yield application


def _browser(app: Any) -> TestClient:
    """Another browser (its own cookies). Not used as a context manager: that would run the application's
    lifespan again, and its end closes the shared knowledge base and store."""
    return TestClient(app, follow_redirects=False)


@pytest.fixture()
def client(app: Any) -> TestClient:
    return _browser(app)


def _csrf(page: str) -> str:
    m = re.search(r'name="csrf_token" value="([^"]+)"', page)
    assert m, "no CSRF field in the page"
    return m.group(1)


def _links(page: str, prefix: str) -> list[str]:
    return [html.unescape(h) for h in re.findall(r'href="(' + re.escape(prefix) + r'[^"]*)"', page)]


def _sign_in(client: TestClient, key: str) -> None:
    page = client.get("/employer").text
    r = client.post("/employer/sign-in", data={"api_key": key, "csrf_token": _csrf(page)})
    assert r.status_code == 303, r.text


# ------------------------------------------------------------------------------------------ languages
PAGES = [
    "/",
    "/check?q=teller",
    "/occupation/4211",
    "/occupation/4211/paths",
    "/roles",
    "/roles/ai_auditor",
    "/employer",
]


@pytest.mark.parametrize("url", PAGES)
def test_pages_indonesian_by_default_and_english_on_request(client: TestClient, url: str) -> None:
    r = client.get(url)
    assert r.status_code == 200
    assert '<html lang="id">' in r.text
    assert "Cek pekerjaanmu" in r.text and "Peran era AI" in r.text  # navigation in Indonesian
    assert 'hreflang="en"' in r.text  # the visible switch
    sep = "&" if "?" in url else "?"
    r = client.get(f"{url}{sep}lang=en")
    assert r.status_code == 200
    assert '<html lang="en">' in r.text
    assert "Check your job" in r.text and "AI-era roles" in r.text
    assert 'hreflang="id"' in r.text


def test_language_choice_is_kept_in_a_cookie(client: TestClient) -> None:
    r = client.get("/?lang=en")
    assert r.cookies.get("jalur_lang") == "en"
    assert '<html lang="en">' in client.get("/roles").text
    client.get("/roles?lang=id")
    assert '<html lang="id">' in client.get("/").text


def test_pages_have_landmarks_labels_and_no_inline_script(client: TestClient) -> None:
    for url in PAGES:
        page = client.get(url).text
        assert "<main" in page and "<nav" in page and "<header" in page and "<footer" in page
        assert page.count("<h1") == 1
        assert "<script>" not in page and " style=" not in page and "onclick" not in page
        for m in re.finditer(r'<input id="([^"]+)"', page):
            assert f'<label for="{m.group(1)}"' in page, f"{url}: input {m.group(1)} without a label"
    assert "csp" not in client.get("/static/htmx.min.js").headers.get("content-type", "")
    assert client.get("/static/htmx.min.js").status_code == 200
    assert client.get("/static/../app.py").status_code == 404


def test_htmx_request_gets_a_partial(client: TestClient) -> None:
    r = client.get("/check?q=teller", headers={"HX-Request": "true"})
    assert r.status_code == 200
    assert "<html" not in r.text and r.text.startswith("<title>")
    assert "/occupation/4211" in r.text
    assert "HX-Request" in r.headers["vary"]


# ------------------------------------------------------------------------------------------ worker journey
@pytest.mark.parametrize(("text", "isco"), [("teller", "4211"), ("driver ojol", "8321")])
def test_worker_journey_by_plain_links(client: TestClient, text: str, isco: str) -> None:
    page = client.get("/").text
    assert 'action="/check"' in page and 'name="q"' in page
    r = client.get("/check", params={"q": text})
    assert r.status_code == 200
    occ = [u for u in _links(r.text, "/occupation/") if u.startswith(f"/occupation/{isco}")]
    assert occ, f"{isco} not among the candidates for {text!r}"
    # never auto-picked: the candidates page lists several choices and is not a redirect
    assert len(_links(r.text, "/occupation/")) >= 2

    r = client.get(occ[0])
    assert r.status_code == 200
    assert re.search(r'class="task c-(automate|augment|human)"', r.text)
    assert "ILO 2025" in r.text and "skor" in r.text
    paths = _links(r.text, f"/occupation/{isco}/paths")
    assert paths

    r = client.get(paths[0])
    assert r.status_code == 200
    assert "peran era AI" in r.text  # an AI-era role among the moves
    assert "\u2192" in r.text  # exposure before → after
    plans = _links(r.text, f"/occupation/{isco}/plan/")
    assert plans
    role_plans = [u for u in plans if not re.match(rf"/occupation/{isco}/plan/\d{{4}}", u)]
    r = client.get((role_plans or plans)[0])
    assert r.status_code == 200
    assert "Rencana belajar" in r.text and "jam" in r.text
    assert "SKKNI" in r.text

    r = client.get(f"{(role_plans or plans)[0]}&lang=en" if "?" in plans[0] else f"{plans[0]}?lang=en")
    assert "Learning plan" in r.text


def test_safer_filter_and_unknown_occupation_with_candidates(client: TestClient) -> None:
    r = client.get("/occupation/4211/paths?safer=1")
    assert r.status_code == 200 and "lebih aman" in r.text
    r = client.get("/occupation/teller")
    assert r.status_code == 404
    assert "tidak ditemukan" in r.text and "/occupation/4211" in r.text  # candidates offered
    r = client.get("/occupation/9999?lang=en")
    assert r.status_code == 404 and "was not found" in r.text
    r = client.get("/occupation/4211/plan/not_a_role")
    assert r.status_code == 404


def test_abstention_is_said_and_candidates_shown(client: TestClient) -> None:
    r = client.get("/check", params={"q": "alert"})
    assert r.status_code == 200
    assert "belum yakin" in r.text
    assert _links(r.text, "/occupation/")
    r = client.get("/check", params={"q": "qwxzv bnmpl"})
    assert "Tidak ada pekerjaan yang cocok" in r.text
    r = client.get("/check", params={"q": "  "})
    assert r.status_code == 400 and "Masukkan kode atau nama pekerjaan" in r.text
    r = client.get("/check", params={"q": "x" * 3000})
    assert r.status_code == 400


def test_a_text_naming_no_occupation_is_told_so_not_that_we_are_unsure(client: TestClient) -> None:
    # housework for one's own family names no work: the page says what to write instead
    r = client.get("/check", params={"q": "bantu ibu beres2 rumah"})
    assert r.status_code == 200
    assert "belum menyebut sebuah pekerjaan" in r.text and "belum yakin pekerjaan mana" not in r.text
    r = client.get("/check", params={"q": "bantu ibu beres2 rumah", "lang": "en"})
    assert "does not name an occupation" in r.text
    # the text is quoted back as text: markup after a company marker stays inert
    r = client.get("/check", params={"q": "PT <script>alert(1)</script>"})
    assert r.status_code == 200 and "<script>alert(1)</script>" not in r.text


def test_a_text_too_vague_is_asked_what_is_sold_or_done(client: TestClient) -> None:
    r = client.get("/check", params={"q": "dagang"})
    assert r.status_code == 200
    assert "terlalu umum" in r.text and "belum yakin pekerjaan mana" not in r.text
    r = client.get("/check", params={"q": "dagang", "lang": "en"})
    assert "too general" in r.text


def test_roles_catalogue_and_role(client: TestClient) -> None:
    r = client.get("/roles")
    assert "Katalog peran era AI" in r.text
    roles = _links(r.text, "/roles/")
    assert len(roles) >= 20
    r = client.get("/roles/data_annotator?lang=en")
    assert r.status_code == 200 and "Data Annotator" in r.text
    assert re.search(r'class="task c-(automate|augment|human)"', r.text)
    assert "Jalur task scorer" in r.text
    # the titles boards advertise a role under, so that a job seeker can search for it
    r = client.get("/roles/ai_output_reviewer?lang=id")
    assert "Judul di lowongan" in r.text and "MTPE Linguist" in r.text
    r = client.get("/roles/no_such_role?lang=id")
    assert r.status_code == 404 and "tidak ada dalam katalog" in r.text


# ------------------------------------------------------------------------------------------ hostile input
@pytest.mark.parametrize("bad", HOSTILE)
def test_hostile_strings_render_as_text(client: TestClient, bad: str) -> None:
    for r in (
        client.get("/check", params={"q": bad}),
        client.get("/occupation/4211", params={"q": bad}),
        client.get("/occupation/4211/paths", params={"q": bad}),
        client.get("/roles/" + bad.replace("/", "")),
        client.get("/occupation/" + bad.replace("/", "")),
    ):
        assert r.status_code < 500
        assert "<script>alert" not in r.text
        assert "<img src=x" not in r.text
    r = client.get("/check", params={"q": bad})
    assert str(escape(bad)) in r.text  # shown back, as text
    r = client.get("/occupation/4211", params={"q": bad})
    assert str(escape(bad)) in r.text


# ------------------------------------------------------------------------------------------ CSRF and sessions
def test_csrf_refused_without_or_with_a_wrong_token(client: TestClient) -> None:
    client.get("/employer")
    r = client.post("/employer/sign-in", data={"api_key": "jlr_x_y"})
    assert r.status_code == 403 and "kedaluwarsa" in r.text
    r = client.post("/employer/sign-in", data={"api_key": "jlr_x_y", "csrf_token": "0" * 64})
    assert r.status_code == 403
    # a token from another browser (another nonce) does not work with this browser's cookie
    token = _csrf(_browser(client.app).get("/employer").text)
    r = client.post("/employer/sign-in", data={"api_key": "jlr_x_y", "csrf_token": token})
    assert r.status_code == 403
    r = client.post("/employer/sign-in?lang=en", data={"api_key": "jlr_x_y"})
    assert r.status_code == 403 and "expired" in r.text


def test_sign_in_session_cookie_and_sign_out(app: Any, client: TestClient) -> None:
    store = app.state.store
    _org_id, key_id, raw = store.create_org("Bank <b>Uji</b>")
    page = client.get("/employer").text
    r = client.post("/employer/sign-in", data={"api_key": "jlr_bad_key", "csrf_token": _csrf(page)})
    assert r.status_code == 401 and "Kunci tidak dikenal" in r.text
    r = client.post("/employer/sign-in", data={"api_key": raw, "csrf_token": _csrf(r.text)})
    assert r.status_code == 303
    cookie = next(h for h in r.headers.get_list("set-cookie") if h.startswith("jalur_session="))
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie.replace("Strict", "strict")
    parts = split_key(raw)
    assert parts is not None
    # the secret (which may itself contain "_") never travels in the cookie
    assert raw not in cookie and parts[1] not in cookie
    page = client.get("/employer").text
    assert "Bank &lt;b&gt;Uji&lt;/b&gt;" in page and 'action="/employer/upload"' in page
    # the pre-sign-in token no longer works (bound to the session)
    old = _csrf(client.get("/employer").text)
    r = client.post("/employer/sign-out", data={"csrf_token": old})
    assert r.status_code == 303
    assert "jalur_session" not in client.cookies or not client.cookies.get("jalur_session")
    assert 'action="/employer/sign-in"' in client.get("/employer").text
    # a tampered session cookie is no session
    forged = _browser(client.app)
    forged.cookies.set("jalur_session", "b3Jn.9999999999.deadbeef")
    assert forged.get("/employer/jobs/x").status_code == 401
    # a revoked key ends its session
    _sign_in(client, raw)
    assert 'action="/employer/upload"' in client.get("/employer").text
    store.revoke_key(key_id)
    assert 'action="/employer/sign-in"' in client.get("/employer").text


def test_a_session_cookie_copied_before_sign_out_no_longer_works(app: Any, client: TestClient) -> None:
    _org_id, _key_id, raw = app.state.store.create_org("Bank Salinan")
    _sign_in(client, raw)
    copied = client.cookies.get("jalur_session")
    assert copied and 'action="/employer/upload"' in client.get("/employer").text
    r = client.post("/employer/sign-out", data={"csrf_token": _csrf(client.get("/employer").text)})
    assert r.status_code == 303
    thief = _browser(client.app)
    thief.cookies.set("jalur_session", copied)
    page = thief.get("/employer")
    assert 'action="/employer/sign-in"' in page.text and 'action="/employer/upload"' not in page.text
    assert thief.get("/employer/jobs/x").status_code == 401


def test_failed_sign_ins_write_nothing_and_are_throttled(tmp_path: Path, toy_kb_path: Path) -> None:
    from jalur.app.settings import Settings
    from jalur.faces.web.app import create_app

    settings = Settings.from_env(
        database_url=f"sqlite:///{tmp_path / 'w.sqlite'}", files_dir=tmp_path / "files", secret_key="s" * 64,
        auth_failures_per_minute=3, job_workers=0, kb=toy_kb_path,
    )  # fmt: skip
    application = create_app(settings)
    with TestClient(application, follow_redirects=False) as c:
        before = len(application.state.store.audit_log("x", 1000))
        statuses = []
        for _ in range(6):
            page = c.get("/employer").text
            statuses.append(
                c.post(
                    "/employer/sign-in",
                    data={"api_key": "jlr_" + "0" * 32 + "_" + "x" * 40, "csrf_token": _csrf(page)},
                ).status_code
            )
        assert statuses[:3] == [401, 401, 401] and set(statuses[3:]) == {429}, statuses
        last = c.post(
            "/employer/sign-in", data={"api_key": "x", "csrf_token": _csrf(c.get("/employer").text)}
        )
        assert last.status_code == 429 and int(last.headers["retry-after"]) >= 1
        from sqlalchemy import func, select

        from jalur.store.db import audit_entries

        with application.state.store.engine.connect() as conn:
            assert conn.execute(select(func.count()).select_from(audit_entries)).scalar_one() == before == 0


def test_upload_too_large_is_a_friendly_413(app: Any, client: TestClient) -> None:
    _org, _kid, raw = app.state.store.create_org("Kecil")
    _sign_in(client, raw)
    page = client.get("/employer").text
    original = app.state.settings
    app.state.settings = dataclasses.replace(original, max_upload_bytes=1000)
    try:
        r = client.post(
            "/employer/upload",
            data={"csrf_token": _csrf(page), "lang": "id"},
            files={"file": ("big.csv", b"Jabatan,Jumlah\n" + b"Teller,1\n" * 500, "text/csv")},
        )
    finally:
        app.state.settings = original
    assert r.status_code == 413 and "Berkas terlalu besar" in r.text
    r = client.post(
        "/employer/upload",
        data={"csrf_token": _csrf(page), "lang": "id"},
        files={"file": ("notes.exe", b"MZ", "application/octet-stream")},
    )
    assert r.status_code == 415 and "tidak didukung" in r.text


# ------------------------------------------------------------------------------------------ employer journey
def test_employer_journey_review_rerun_download_and_isolation(app: Any, client: TestClient) -> None:
    store, runner = app.state.store, app.state.jobs
    org_id, _kid, raw = store.create_org("Bank Nusantara")
    _org2, _kid2, raw2 = store.create_org("Pesaing")
    _sign_in(client, raw)
    page = client.get("/employer").text
    assert "20 MB" in page  # the size limit is shown
    r = client.post(
        "/employer/upload",
        data={"csrf_token": _csrf(page), "lang": "id"},
        files={"file": (SAMPLE.name, SAMPLE.read_bytes(), "text/csv")},
    )
    assert r.status_code == 303, r.text
    job_url = r.headers["location"]
    job_id = job_url.rsplit("/", 1)[-1]
    first = client.get(job_url)
    assert first.status_code == 200 and SAMPLE.name in first.text
    assert runner.wait(job_id, timeout=300)
    r = client.get(job_url, headers={"HX-Request": "true"})  # what HTMX polling gets once done
    r = client.get(f"{job_url}/status", headers={"HX-Request": "true"})
    assert (
        r.status_code == 200 and "selesai" in r.text and "every 2s" not in r.text
    )  # polling stops once done
    r = client.get(job_url)
    page = r.text
    assert "Baris yang ditolak" in page
    status = runner.status(org_id, job_id)
    assert status["status"] == "done"
    for row in status["rows_rejected"][:3]:
        assert f"<td>{row['row']}</td>" in page
    queue = status["review_queue"]
    assert queue, "the sample should leave titles to review"
    assert html.escape(queue[0]["title"]) in page
    assert "Jumlah staf" in page  # headline figures
    for name in status["files"]:
        assert f"{job_url}/files/{name}" in page

    # save one decision (a candidate or a typed code), then save-and-re-run
    token = _csrf(page)
    code = queue[0]["candidates"][0]["isco"] if queue[0]["candidates"] else "4110"
    r = client.post(f"{job_url}/review", data={"csrf_token": token, "choice_0": code, "action": "save"})
    assert r.status_code == 303 and "saved=1" in r.headers["location"]
    assert store.decisions(org_id, status["upload"]["id"]) == {queue[0]["title"]: code}
    page = client.get(r.headers["location"]).text
    assert "Keputusan tersimpan: 1" in page
    r = client.post(f"{job_url}/review", data={"csrf_token": token, "code_0": "12", "action": "save"})
    assert r.status_code == 400 and "belum jelas" in r.text  # not a code, and no occupation in words
    r = client.post(f"{job_url}/review", data={"csrf_token": token, "code_0": "9999", "action": "save"})
    assert r.status_code == 400 and "tidak dikenal" in r.text
    r = client.post(f"{job_url}/review", data={"csrf_token": token, "choice_0": code, "action": "rerun"})
    assert r.status_code == 303
    new_url = r.headers["location"]
    new_id = new_url.rsplit("/", 1)[-1]
    assert new_id != job_id
    assert runner.wait(new_id, timeout=300)
    new_status = runner.status(org_id, new_id)
    assert new_status["status"] == "done"
    assert queue[0]["title"] not in [q["title"] for q in new_status["review_queue"]]
    page = client.get(new_url).text
    # downloads, audited
    for name in new_status["files"]:
        r = client.get(f"{new_url}/files/{name}")
        assert r.status_code == 200 and len(r.content) > 100, name
        assert "attachment" in r.headers["content-disposition"]
    actions = [e["action"] for e in store.audit_log(org_id)]
    assert "download" in actions and "upload" in actions and "sign_in" in actions
    assert client.get(f"{new_url}/files/roster.json").status_code == 404
    # plain re-run button
    r = client.post(f"{new_url}/rerun", data={"csrf_token": _csrf(page)})
    assert r.status_code == 303
    runner.wait(r.headers["location"].rsplit("/", 1)[-1], timeout=300)
    # the jobs list on the employer page
    assert new_id in client.get("/employer").text

    # a second organisation sees none of it
    if True:
        other = _browser(app)
        _sign_in(other, raw2)
        assert new_id not in other.get("/employer").text
        for url in (job_url, new_url, f"{new_url}/status", f"{new_url}/files/report.json"):
            r = other.get(url)
            assert r.status_code == 404, url
            assert "Halaman tidak ditemukan" in r.text
        token2 = _csrf(other.get("/employer").text)
        assert (
            other.post(f"{new_url}/review", data={"csrf_token": token2, "choice_0": code}).status_code == 404
        )
        assert other.post(f"{new_url}/rerun", data={"csrf_token": token2}).status_code == 404
    # signed out: the job pages ask for a sign-in
    if True:
        anon = _browser(app)
        r = anon.get(new_url)
        assert r.status_code == 401 and 'action="/employer/sign-in"' in r.text


def test_error_texts_exist_in_both_languages() -> None:
    from jalur.faces.web.ui_text import TEXT

    for key, entry in TEXT.items():
        assert entry.get("id") and entry.get("en"), key
    used: set[str] = set()
    for tpl in (ROOT / "src" / "jalur" / "web" / "templates" / "web").glob("*.j2"):
        used |= {
            k
            for k in re.findall(r'_\(\s*"([a-z0-9_.]+)"', tpl.read_text(encoding="utf-8"))
            if not k.endswith(".")
        }
    missing = {k for k in used if k not in TEXT}
    assert not missing, missing


def test_the_words_searched_with_name_the_industry_of_the_moves(client: TestClient) -> None:
    r = client.get("/occupation/7132/paths", params={"q": "tukang cat mobil"})
    assert r.status_code == 200 and "KBLI 29, 45" in r.text
    cards = re.findall(r'href="/occupation/7132/plan/(\d{4})', r.text)
    # the painter's career step (manufacturing supervisor), then metal coating
    assert cards[:2] == ["3122", "8122"] and not {"8172", "7521", "7523"} & set(cards[:5])
    assert "KBLI" not in client.get("/occupation/7132/paths").text


def test_a_roster_without_a_title_column_is_explained_without_cli_flags(app: Any, client: TestClient) -> None:
    """Issue 18: the web message told HR users to use --columns, a command-line flag."""
    _org, _kid, raw = app.state.store.create_org("Toko Tanpa Judul")
    _sign_in(client, raw)
    page = client.get("/employer").text
    r = client.post(
        "/employer/upload",
        data={"csrf_token": _csrf(page), "lang": "id"},
        files={"file": ("tanpa-judul.csv", b"Nama,Gaji\nBudi,1\n", "text/csv")},
    )
    assert r.status_code in (400, 422) and "Ganti judul kolomnya" in r.text
    assert "--columns" not in r.text


def test_the_review_lookup_needs_a_sign_in_and_takes_hostile_words_safely(
    app: Any, client: TestClient
) -> None:
    assert client.get("/employer/lookup", params={"code_0": "operator perakitan"}).status_code == 401
    _org, _kid, raw = app.state.store.create_org("Pabrik Uji")
    _sign_in(client, raw)
    r = client.get("/employer/lookup", params={"code_0": "operator perakitan"})
    assert r.status_code == 200 and 'name="pick_0"' in r.text and 'value="8' in r.text
    r = client.get("/employer/lookup", params={"rcode_3": "kasir toko"})
    assert r.status_code == 200 and 'name="rpick_3"' in r.text
    for bad in ("<script>alert(1)</script>", "x" * 10_000, "'; DROP TABLE orgs; --", "\x00\x01"):
        r = client.get("/employer/lookup", params={"code_0": bad})
        assert r.status_code == 200 and "<script>alert" not in r.text
    # an unknown field, or a too-short word, gives nothing rather than an error
    assert client.get("/employer/lookup", params={"code_x": "kasir"}).text == ""
    assert client.get("/employer/lookup", params={"code_0": "k"}).text == ""


SMALL = ROOT / "data" / "samples" / "toko-kecil.csv"


def test_the_job_page_shows_the_report_and_its_assumptions_can_be_changed(
    app: Any, client: TestClient
) -> None:
    """Issue 18: a finished job's page shows the report itself — the manager's summary, headline figures
    with what they mean, roles, moves and units as tables sorted by a number column, the scenarios — and
    the scenario assumptions in a form: a value typed with a decimal comma is taken, a wrong one is refused
    in words with what was typed kept, and the new job carries the assumptions (so does a later re-run)."""
    store, runner = app.state.store, app.state.jobs
    org_id, _kid, raw = store.create_org("Toko Kecil")
    _sign_in(client, raw)
    page = client.get("/employer").text
    r = client.post(
        "/employer/upload",
        data={"csrf_token": _csrf(page), "lang": "id"},
        files={"file": (SMALL.name, SMALL.read_bytes(), "text/csv")},
    )
    job_url = r.headers["location"]
    job_id = job_url.rsplit("/", 1)[-1]
    assert runner.wait(job_id, timeout=300)
    page = client.get(job_url).text
    report = runner.report(org_id, job_id)
    assert report is not None
    for heading in ("Ringkasan untuk pimpinan", "Langkah pindah per jabatan", "Unit kerja", "Skenario"):
        assert heading in page, heading
    assert 'class="sortable roles-web"' in page and 'class="sortable moves"' in page
    assert page.count('data-sort="headcount"') >= 3  # roles, moves, units
    for role in report["roles"]:
        assert html.escape(role["title"]) in page
    # every scenario of the grid is a row
    assert page.count('<td class="num range">') == len(report["scenarios"]["grid"]) * 9
    # the assumption form, filled with the defaults (Indonesian decimal comma)
    assert 'name="a.attrition_rate.mid"' in page and 'value="0,08"' in page
    assert 'name="a.learning_cost_idr_per_hour"' in page and 'value="75000"' in page
    token = _csrf(page)

    # refused in words, what was typed kept, no job started
    before = len(store.list_jobs(org_id))
    r = client.post(
        f"{job_url}/assumptions",
        data={"csrf_token": token, "a.attrition_rate.low": "0,5", "a.learning_cost_idr_per_hour": "mahal"},
    )
    assert r.status_code == 400
    assert "“mahal” bukan angka" in r.text and 'value="mahal"' in r.text
    r = client.post(f"{job_url}/assumptions", data={"csrf_token": token, "a.attrition_rate.low": "0,5"})
    assert r.status_code == 400 and "rendah harus ≤ tengah ≤ tinggi" in r.text
    r = client.post(f"{job_url}/assumptions", data={"csrf_token": token, "a.redeployment_share": "1,5"})
    assert (
        r.status_code == 400
        and "di luar rentang" in r.text
        and "a.redeployment_share" not in r.text.split('class="notice')[1][:300]
    )
    assert len(store.list_jobs(org_id)) == before

    # taken: a decimal comma and a thousands dot, as an Indonesian officer types them
    r = client.post(
        f"{job_url}/assumptions",
        data={
            "csrf_token": token,
            "a.attrition_rate.mid": "0,1",
            "a.learning_cost_idr_per_hour": "90.000",
            "action": "apply",
        },
    )
    assert r.status_code == 303, r.text
    new_id = r.headers["location"].rsplit("/", 1)[-1]
    assert runner.wait(new_id, timeout=300)
    status = runner.status(org_id, new_id)
    assert status["assumptions"] == {"attrition_rate": {"mid": 0.1}, "learning_cost_idr_per_hour": 90000.0}
    new_report = runner.report(org_id, new_id)
    assert new_report is not None
    used = {a["key"]: a["value"] for a in new_report["assumptions"]}
    assert used["learning_cost_idr_per_hour"] == 90000.0 and used["attrition_rate"]["mid"] == 0.1
    page = client.get(r.headers["location"]).text
    assert "2 angka berbeda dari bawaan" in page and 'value="90000"' in page and 'value="0,1"' in page
    # a plain re-run keeps them; "back to the defaults" drops them
    r = client.post(f"/employer/jobs/{new_id}/rerun", data={"csrf_token": _csrf(page)})
    kept = r.headers["location"].rsplit("/", 1)[-1]
    assert runner.wait(kept, timeout=300)
    assert runner.status(org_id, kept)["assumptions"] == status["assumptions"]
    r = client.post(f"/employer/jobs/{kept}/assumptions", data={"csrf_token": _csrf(page), "action": "reset"})
    reset = r.headers["location"].rsplit("/", 1)[-1]
    assert runner.wait(reset, timeout=300)
    assert runner.status(org_id, reset)["assumptions"] == {}


def test_the_ai_era_roles_section_offers_only_roles_within_reach(client: TestClient) -> None:
    """A midwife was shown "Peneliti AI, 200-410 jam" at 9% similarity: now no role is close, the page says
    so and points to the catalogue. An ojol driver's work is no base for any role: none is listed as within
    reach, and data annotation, open to beginners, is listed apart as an entry-level desk."""
    midwife = client.get("/occupation/2222/paths", params={"q": "bidan"}).text
    assert "Peneliti AI" not in midwife and "/plan/ai_researcher" not in midwife
    assert "Belum ada peran era AI yang cukup dekat" in midwife and 'href="/roles"' in midwife
    driver = client.get("/occupation/8321/paths", params={"q": "driver ojol"}).text
    within, _, apart = driver.partition('id="entry-desks-h"')
    assert "Belum ada peran era AI yang cukup dekat" in within and "/plan/data_annotator" not in within
    assert "terbuka untuk siapa saja" in apart and "/plan/data_annotator" in apart


def test_a_candidate_put_first_by_its_head_word_says_why(client: TestClient) -> None:
    """ "Insinyur …" lists the engineers before a technician the ranker was surer of: the page says why,
    in the user's language, instead of showing a 25% choice above a 72% one without a word."""
    r = client.get("/check", params={"q": "Insinyur Jaringan Komputer"})
    assert r.status_code == 200
    assert "“insinyur” menandai jenjang pekerjaan" in r.text
    assert _links(r.text, "/occupation/")[0].startswith("/occupation/2523")
    assert "jenjang" not in client.get("/check", params={"q": "teller"}).text
