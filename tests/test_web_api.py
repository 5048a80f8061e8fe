"""The REST API (/api/v1) against the real knowledge base and a real SQLite store: every endpoint, the error
envelope in both languages, API keys, two organisations kept apart, report jobs end to end, personal data
never kept, limits, security headers and the audit log."""

from __future__ import annotations

import json
import logging
import re
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.pii_scan import PersonalValues, readable
from tests.web_fixtures import API, BANK, WebEnv, sample_personal_values, web_env


@pytest.fixture(scope="module")
def env(kb_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[WebEnv]:
    with web_env(tmp_path_factory.mktemp("web")) as e:
        yield e


@pytest.fixture(scope="module")
def bank_job(env: WebEnv) -> dict[str, Any]:
    """Organisation A's report of the bank sample, finished."""
    with BANK.open("rb") as fh:
        r = env.client.post(
            f"{API}/reports",
            headers=env.auth("a"),
            files={"file": ("bank-nusantara.csv", fh)},
            data={"lang": "en"},
        )
    assert r.status_code == 202, r.text
    job_id = r.json()["job_id"]
    assert env.app.state.jobs.wait(job_id, 300)
    status = env.client.get(f"{API}/reports/{job_id}", headers=env.auth("a")).json()
    assert status["status"] == "done", status
    return {"accepted": r.json(), "status": status, "job_id": job_id}


def get(env: WebEnv, path: str, **kw: Any) -> Any:
    return env.client.get(f"{API}{path}", **kw)


def assert_envelope(r: Any, status: int, code: str, lang: str) -> dict[str, Any]:
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith("application/json")
    err = r.json()["error"]
    assert err["code"] == code
    assert err["lang"] == lang
    assert isinstance(err["message"], str) and err["message"]
    assert "Traceback" not in r.text
    return dict(err)


# --------------------------------------------------------------------------------------------- look-ups
def test_health(env: WebEnv) -> None:
    r = get(env, "/health")
    assert r.status_code == 200
    body = r.json()
    assert body["status"] == "ok"
    assert body["kb"]["ok"] and body["db"]["ok"]
    assert body["db"]["backend"] == "sqlite" and body["db"]["revision"]
    from jalur import __version__

    assert body["version"] == __version__


def test_match_driver_ojol(env: WebEnv) -> None:
    r = get(env, "/match", params={"text": "driver ojol"})
    assert r.status_code == 200
    body = r.json()
    assert not body["abstained"]
    assert body["candidates"][0]["isco"] == "8321"
    assert 0 < body["candidates"][0]["confidence"] <= 1
    r = get(env, "/match", params={"text": "driver ojol", "top": 2, "lang": "id"})
    assert len(r.json()["candidates"]) <= 2


def test_occupation_profile(env: WebEnv) -> None:
    r = get(env, "/occupations/4211")
    assert r.status_code == 200
    p = r.json()
    assert p["isco"] == "4211"
    assert "teller" in p["title_en"].casefold()
    assert p["tasks"] and all("seq" in t for t in p["tasks"])
    assert p["query"]["resolved_via"] == "isco"
    # a KBJI job code and an O*NET code resolve too
    assert get(env, "/occupations/4211.01").json()["isco"] == "4211"


def test_exposure_of_occupation(env: WebEnv) -> None:
    r = get(env, "/exposure", params={"query": "4211"})
    assert r.status_code == 200
    e = r.json()
    assert e["isco"] == "4211"
    assert abs(sum(e["shares"].values()) - 1.0) < 1e-6
    assert {t["class"] for t in e["tasks"]} <= {"automate", "augment", "human", None}
    # a title in one's own words goes through the matcher
    m = get(env, "/exposure", params={"query": "teller bank"}).json()
    assert m["isco"] == "4211"


def test_exposure_of_task_text(env: WebEnv) -> None:
    tasks = ["Menghitung uang tunai di loket", "", "Write code for data pipelines"]
    r = env.client.post(f"{API}/exposure/tasks", json={"tasks": tasks})
    assert r.status_code == 200, r.text
    out = r.json()["tasks"]
    assert [t["line"] for t in out] == [1, 3]  # blank lines keep their numbers and are skipped
    assert out[0]["lang"] == "id" and out[1]["lang"] == "en"
    for t in out:
        assert 0 <= t["score"] <= 1
        assert t["class"] in ("automate", "augment", "human")
        assert t["evidence"]


def test_paths_of_tellers_include_an_ai_era_role(env: WebEnv) -> None:
    r = get(env, "/paths", params={"query": "4211"})
    assert r.status_code == 200
    p = r.json()
    assert p["origin"]["isco"] == "4211"
    kinds = {t["target_type"] for t in p["transitions"]}
    assert "role" in kinds, kinds
    roles_only = get(env, "/paths", params={"query": "4211", "to_roles": "true", "top": 3}).json()
    assert roles_only["transitions"] and len(roles_only["transitions"]) <= 3
    assert all(t["target_type"] == "role" for t in roles_only["transitions"])
    safer = get(env, "/paths", params={"query": "4211", "safer": "true"}).json()
    assert all("safer" in t["kind"] for t in safer["transitions"])


def test_plan(env: WebEnv) -> None:
    r = get(env, "/plan", params={"origin": "4211", "target": "data_annotator"})
    assert r.status_code == 200, r.text
    p = r.json()
    assert p["origin"]["isco"] == "4211"
    assert isinstance(p["steps"], list) and p["hours"] is not None
    r = get(env, "/plan", params={"origin": "4211", "target": "2511", "skills": "Excel, SQL"})
    assert r.status_code == 200 and r.json()["target"]["isco"] == "2511"


def test_roles(env: WebEnv) -> None:
    r = get(env, "/roles")
    assert r.status_code == 200
    body = r.json()
    ids = {x["id"] for x in body["roles"]}
    assert "data_annotator" in ids and len(ids) >= 10
    assert set(body["thresholds"]) == {"automate", "augment"}
    one = get(env, "/roles/data_annotator").json()
    assert one["id"] == "data_annotator" and one["tasks"] and one["exposure"]


# ------------------------------------------------------------------------------------------ error envelope
def test_unknown_occupation_in_both_languages(env: WebEnv) -> None:
    q = "zzqx tukang sihir kuantum"
    ind = assert_envelope(get(env, f"/occupations/{q}"), 404, "unknown_occupation", "id")
    assert "tidak ditemukan" in ind["message"]
    assert isinstance(ind["candidates"], list)
    en = assert_envelope(
        get(env, f"/occupations/{q}", params={"lang": "en"}), 404, "unknown_occupation", "en"
    )
    assert "not found" in en["message"]
    via_header = get(
        env, "/exposure", params={"query": q}, headers={"Accept-Language": "en-GB,en;q=0.9,id;q=0.5"}
    )
    assert_envelope(via_header, 404, "unknown_occupation", "en")
    prefers_id = get(
        env, "/exposure", params={"query": q}, headers={"Accept-Language": "fr, id;q=0.8, en;q=0.3"}
    )
    assert_envelope(prefers_id, 404, "unknown_occupation", "id")


def test_unknown_occupation_lists_candidates(env: WebEnv) -> None:
    # a code the matcher does not take: the envelope still carries the candidates list, possibly empty;
    # an ambiguous KBJI code names its ISCO candidates
    err = assert_envelope(
        get(env, "/occupations/0115", params={"lang": "en"}), 404, "unknown_occupation", "en"
    )
    codes = {c["code"] for c in err["candidates"]}
    assert {"3355", "5412"} <= codes, err


def test_domain_errors(env: WebEnv) -> None:
    assert_envelope(get(env, "/match", params={"text": "   "}), 400, "empty_query", "id")
    long = get(env, "/match", params={"text": "a" * 2001, "lang": "en"})
    err = assert_envelope(long, 400, "text_too_long", "en")
    assert "2000" in err["message"]
    assert_envelope(get(env, "/roles/no_such_role", params={"lang": "en"}), 404, "unknown_role", "en")


def test_validation_errors_use_the_envelope(env: WebEnv) -> None:
    err = assert_envelope(get(env, "/match", params={"text": "x", "top": 0}), 422, "validation", "id")
    assert err["fields"][0]["field"] == "query.top"
    assert "Permintaan tidak valid" in err["message"]
    err = assert_envelope(get(env, "/paths", params={"lang": "en"}), 422, "validation", "en")
    assert "query.query" in err["message"]
    bad_json = env.client.post(
        f"{API}/exposure/tasks?lang=en", content=b"{not json", headers={"Content-Type": "application/json"}
    )
    assert_envelope(bad_json, 422, "validation", "en")
    assert_envelope(env.client.post(f"{API}/exposure/tasks", json={"tasks": []}), 422, "validation", "id")
    many = {"tasks": ["menghitung uang"] * 201}
    assert_envelope(env.client.post(f"{API}/exposure/tasks", json=many), 422, "validation", "id")


def test_unknown_route_and_method(env: WebEnv) -> None:
    assert_envelope(get(env, "/no/such/thing", params={"lang": "en"}), 404, "not_found", "en")
    assert_envelope(env.client.delete(f"{API}/roles"), 405, "method_not_allowed", "id")


def test_internal_error_hides_details(env: WebEnv, monkeypatch: pytest.MonkeyPatch, caplog: Any) -> None:
    secret = "Siti Rahayu 3171234567890123"

    def boom(*a: Any, **k: Any) -> Any:
        raise RuntimeError(secret)

    monkeypatch.setattr(env.app.state.services, "match", boom)
    with caplog.at_level(logging.DEBUG):
        r = get(env, "/match", params={"text": secret})
    err = assert_envelope(r, 500, "internal", "id")
    assert secret not in r.text and "RuntimeError" not in err["message"]
    server = [
        rec for rec in caplog.records if not rec.name.startswith(("httpx", "httpcore"))
    ]  # not the client's
    logged = "\n".join(rec.getMessage() + (rec.exc_text or "") for rec in server)
    assert "RuntimeError" in logged  # the type is logged ...
    assert secret not in logged and "3171234567890123" not in logged  # ... never the text
    assert not any(rec.exc_info for rec in server)


def test_access_log_has_no_query_text(env: WebEnv, caplog: Any) -> None:
    with caplog.at_level(logging.INFO, logger="jalur.faces.web.access"):
        get(env, "/occupations/Budi Santoso 081234567890")
        get(env, "/match", params={"text": "budi.santoso@example.com"})
    lines = [rec.getMessage() for rec in caplog.records if rec.name == "jalur.faces.web.access"]
    assert any("/api/v1/occupations/{query}" in x for x in lines), lines
    assert any(x.startswith("GET /api/v1/match 200") for x in lines), lines
    joined = "\n".join(lines)
    assert "Budi" not in joined and "081234567890" not in joined and "example.com" not in joined


# -------------------------------------------------------------------------------------- headers and docs
def test_security_headers(env: WebEnv) -> None:
    r = get(env, "/roles")
    h = r.headers
    assert h["content-security-policy"].startswith("default-src 'self'")
    assert h["x-content-type-options"] == "nosniff"
    assert h["x-frame-options"] == "DENY"
    assert h["referrer-policy"] == "no-referrer"
    assert "camera=()" in h["permissions-policy"]
    assert "no-store" not in h.get("cache-control", "")
    emp = get(env, "/reports", headers=env.auth("a"))
    assert emp.headers["cache-control"] == "no-store"
    assert emp.headers["x-frame-options"] == "DENY"
    denied = get(env, "/reports")  # errors carry them too
    assert (
        denied.headers["cache-control"] == "no-store"
        and denied.headers["x-content-type-options"] == "nosniff"
    )


def test_openapi_and_docs(env: WebEnv) -> None:
    spec = get(env, "/openapi.json").json()
    paths = spec["paths"]
    for p in (
        "/api/v1/health",
        "/api/v1/match",
        "/api/v1/occupations/{query}",
        "/api/v1/exposure",
        "/api/v1/exposure/tasks",
        "/api/v1/paths",
        "/api/v1/plan",
        "/api/v1/roles",
        "/api/v1/roles/{role_id}",
        "/api/v1/reports",
        "/api/v1/reports/{job_id}",
        "/api/v1/reports/{job_id}/files/{name}",
        "/api/v1/reports/{job_id}/review",
    ):
        assert p in paths, p
    assert "ApiKey" in spec["components"]["securitySchemes"]
    assert "ErrorEnvelope" in spec["components"]["schemas"]
    docs = get(env, "/docs")
    assert docs.status_code == 200 and "swagger" in docs.text.casefold()
    # served from local files, so that the docs work without internet (issue 18: blank offline)
    assert "cdn." not in docs.text and "<script>" not in docs.text
    assert "cdn." not in docs.headers["content-security-policy"]
    for asset in ("swagger-ui-bundle.js", "swagger-ui.css", "swagger-init.js", "swagger-ui.LICENSE.txt"):
        assert f"/static/{asset}" in docs.text or asset.endswith("LICENSE.txt")
        r = env.client.get(f"/static/{asset}")
        assert r.status_code == 200 and len(r.content) > 100, asset


# -------------------------------------------------------------------------------------------- API keys
def test_employer_endpoints_need_a_key(env: WebEnv) -> None:
    for method, path in (("GET", "/reports"), ("GET", "/reports/abc"), ("GET", "/reports/abc/files/report.pdf"),
                         ("PUT", "/reports/abc/review"), ("POST", "/reports"), ("GET", "/audit")):  # fmt: skip
        r = env.client.request(method, f"{API}{path}", params={"lang": "en"})
        err = assert_envelope(r, 401, "unauthorized", "en")
        assert "X-API-Key" in err["message"]
    for bad in ("nonsense", "jlr_" + "0" * 32 + "_" + "x" * 40, "x" * 5000):
        assert_envelope(get(env, "/reports", headers={"X-API-Key": bad}), 403, "forbidden", "id")


def test_revoked_key_is_refused(env: WebEnv) -> None:
    store = env.app.state.store
    key_id, raw = store.add_key(env.org_a)
    assert get(env, "/reports", headers={"X-API-Key": raw}).status_code == 200
    assert store.revoke_key(key_id)
    assert_envelope(get(env, "/reports", headers={"X-API-Key": raw}), 403, "forbidden", "id")
    assert get(env, "/reports", headers=env.auth("a")).status_code == 200  # the other key still works


# ------------------------------------------------------------------------------------------ report jobs
def test_upload_report_and_files(env: WebEnv, bank_job: dict[str, Any]) -> None:
    accepted = bank_job["accepted"]
    assert accepted["upload"]["filename"] == "bank-nusantara.csv"
    assert accepted["upload"]["rows_in"] == 5000
    assert accepted["upload"]["rows_accepted"] + accepted["upload"]["rows_rejected"] == 5000
    assert accepted["status_url"] == f"{API}/reports/{bank_job['job_id']}"
    st = bank_job["status"]
    assert st["error"] is None
    assert st["summary"]["headcount"] > 4000
    assert {r["reason"] for r in st["rows_rejected"]} and len(st["rows_rejected"]) == st["upload"][
        "rows_rejected"
    ]
    assert st["review_queue"] and all("title" in x and "candidates" in x for x in st["review_queue"])
    assert set(st["files"]) == {"report.html", "report.pdf", "report.xlsx", "report.json", "review_queue.csv"}
    magic = {
        "report.pdf": ("application/pdf", b"%PDF"),
        "report.xlsx": ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", b"PK"),
        "report.html": ("text/html", b"<!DOCTYPE html"),
        "report.json": ("application/json", b"{"),
        "review_queue.csv": ("text/csv", b"\xef\xbb\xbf"),
    }
    for name, (ctype, head) in magic.items():
        r = get(env, f"/reports/{bank_job['job_id']}/files/{name}", headers=env.auth("a"))
        assert r.status_code == 200, (name, r.text[:200])
        assert r.headers["content-type"].startswith(ctype)
        assert r.headers["content-disposition"].startswith("attachment;")
        # named for the organisation and the day (WIB), not report.pdf every month (issue 18)
        assert re.search(
            rf"jalur-bank-nusantara-test-\d{{4}}-\d\d-\d\d-{re.escape(name)}",
            r.headers["content-disposition"],
        )
        assert r.headers["cache-control"] == "no-store"
        assert r.content[: len(head)].upper() == head.upper(), name
    report = json.loads(
        get(env, f"/reports/{bank_job['job_id']}/files/report.json", headers=env.auth("a")).content
    )
    assert report["schema"] == "jalur.report/1" and report["lang"] == "en"
    assert report["input"]["file"] == "bank-nusantara.csv"
    assert report["totals"] == st["summary"]
    listed = get(env, "/reports", headers=env.auth("a")).json()["reports"]
    assert bank_job["job_id"] in {x["id"] for x in listed}


def test_unknown_file_names_and_traversal(env: WebEnv, bank_job: dict[str, Any]) -> None:
    base = f"/reports/{bank_job['job_id']}/files"
    for name in ("roster.json", "..%2F..%2Froster.json", "report.exe", "%2e%2e"):
        r = get(env, f"{base}/{name}", headers=env.auth("a"))
        assert r.status_code in (404, 422), (name, r.status_code)
        assert "error" in r.json()
    assert env.app.state.jobs.file_path(env.org_a, bank_job["job_id"], "../roster.json") is None


def test_no_personal_data_is_kept(env: WebEnv, bank_job: dict[str, Any]) -> None:
    personal = sample_personal_values()
    assert all(personal.values())
    values = PersonalValues(v for vs in personal.values() for v in vs)
    files = [p for p in env.files_dir.rglob("*") if p.is_file()]
    names = {p.name for p in files}
    assert "roster.json" in names and "report.json" in names
    # the raw upload is not among the files: only the copy and the reports
    assert not any(p.suffix == ".csv" and p.name != "review_queue.csv" for p in files)
    # whole values only ("Melati" the name, not "Melatih" the verb in a task text), one pass per file
    for p in files:
        found = values.found_in(readable(p))
        assert not found, (p.name, sorted(found)[:3])
    copy = json.loads(
        (env.files_dir / env.org_a / bank_job["status"]["upload"]["id"] / "roster.json").read_text()
    )
    assert set(copy) == {"input", "rows_in", "rows", "rejected"}
    assert {c["kind"] for c in copy["input"]["personal_columns"]} >= {"nik", "name", "email", "phone"}
    # nothing left in the temporary folder, nor in the private incoming folder
    assert not list(Path(tempfile.gettempdir()).glob("jalur-upload-*/roster.*"))
    assert not any((env.files_dir / ".incoming").iterdir())
    # the store holds the file name and counts, not the roster
    db = Path(str(env.settings.database_url).removeprefix("sqlite:///")).read_bytes()
    assert not values.found_in(db)


def test_two_organisations_are_kept_apart(env: WebEnv, bank_job: dict[str, Any]) -> None:
    job = bank_job["job_id"]
    b = env.auth("b")
    assert_envelope(get(env, f"/reports/{job}", headers=b), 404, "report_not_found", "id")
    assert_envelope(get(env, f"/reports/{job}/files/report.pdf", headers=b), 404, "report_not_found", "id")
    title = bank_job["status"]["review_queue"][0]["title"]
    r = env.client.put(
        f"{API}/reports/{job}/review", headers=b, json={"decisions": [{"title": title, "code": "4211"}]}
    )
    assert_envelope(r, 404, "report_not_found", "id")
    assert job not in {x["id"] for x in get(env, "/reports", headers=b).json()["reports"]}
    assert env.app.state.store.decisions(env.org_b, bank_job["status"]["upload"]["id"]) == {}
    # an unknown job id answers exactly the same
    other = get(env, "/reports/" + "f" * 32, headers=b)
    assert other.status_code == 404 and other.json()["error"]["code"] == "report_not_found"
    # B's audit log shows nothing of A's
    entries = get(env, "/audit", headers=b).json()["entries"]
    assert all(e["actor"] == f"key:{env.key_id_b}" for e in entries)


def test_review_reruns_the_report(env: WebEnv, bank_job: dict[str, Any]) -> None:
    job = bank_job["job_id"]
    queue = bank_job["status"]["review_queue"]
    item = queue[0]
    code = item["candidates"][0]["isco"] if item["candidates"] else "4211"
    a = env.auth("a")
    bad_title = env.client.put(
        f"{API}/reports/{job}/review", headers=a, json={"decisions": [{"title": "Tidak Ada", "code": "4211"}]}
    )
    assert_envelope(bad_title, 422, "review_unknown_title", "id")
    bad_code = env.client.put(
        f"{API}/reports/{job}/review?lang=en",
        headers=a,
        json={"decisions": [{"title": item["title"], "code": "9999"}]},
    )
    assert_envelope(bad_code, 422, "review_unknown_code", "en")
    not_code = env.client.put(
        f"{API}/reports/{job}/review",
        headers=a,
        json={"decisions": [{"title": item["title"], "code": "teller"}]},
    )
    assert_envelope(not_code, 422, "validation", "id")
    r = env.client.put(
        f"{API}/reports/{job}/review", headers=a, json={"decisions": [{"title": item["title"], "code": code}]}
    )
    assert r.status_code == 202, r.text
    new = r.json()
    assert new["previous_job_id"] == job and new["job_id"] != job
    assert env.app.state.jobs.wait(new["job_id"], 300)
    st = get(env, f"/reports/{new['job_id']}", headers=a).json()
    assert st["status"] == "done" and st["lang"] == "en"
    assert item["title"] not in {x["title"] for x in st["review_queue"]}
    assert len(st["review_queue"]) == len(queue) - 1
    assert env.app.state.store.decisions(env.org_a, st["upload"]["id"]) == {item["title"]: code}
    report = json.loads(get(env, f"/reports/{new['job_id']}/files/report.json", headers=a).content)
    placed = next(x for x in report["roles"] if x["title"] == item["title"])
    assert placed["placement"]["via"] == "override" and placed["placement"]["isco"] == code


def test_audit_log_records_writes_and_downloads_not_status_polls(
    env: WebEnv, bank_job: dict[str, Any]
) -> None:
    job = bank_job["job_id"]
    before = len(get(env, "/audit", params={"limit": 1000}, headers=env.auth("a")).json()["entries"])
    for _ in range(5):  # polling the status writes nothing
        get(env, f"/reports/{job}", headers=env.auth("a"))
        get(env, "/reports", headers=env.auth("a"))
    assert len(get(env, "/audit", params={"limit": 1000}, headers=env.auth("a")).json()["entries"]) == before
    get(env, f"/reports/{job}/files/report.xlsx", headers=env.auth("a"))
    entries = get(env, "/audit", params={"limit": 1000}, headers=env.auth("a")).json()["entries"]
    actions = {e["action"] for e in entries}
    assert {"upload", "download"} <= actions and "view" not in actions, actions
    assert all(e["actor"].startswith("key:") for e in entries)
    assert any(
        e["action"] == "download" and e["target"] == job and e["detail"] == "report.xlsx" for e in entries
    )
    raw = json.dumps(entries)
    secret = env.key_a[len("jlr_") + 33 :]  # jlr_<32 hex key id>_<secret>
    assert len(secret) >= 32 and env.key_a not in raw and secret not in raw
    upload = next(e for e in entries if e["action"] == "upload")
    assert "bank-nusantara.csv" in upload["detail"] and "rows_in=5000" in upload["detail"]


def test_bad_uploads(env: WebEnv) -> None:
    a = env.auth("a")
    empty = env.client.post(
        f"{API}/reports", headers=a, files={"file": ("kosong.csv", b"")}, data={"lang": "en"}
    )
    err = assert_envelope(empty, 422, "roster_empty", "en")
    assert (
        "kosong.csv" in err["message"]
        and "/tmp" not in err["message"]
        and "jalur-upload" not in err["message"]
    )
    exe = env.client.post(f"{API}/reports", headers=a, files={"file": ("virus.exe", b"MZ\x90\x00")})
    assert_envelope(exe, 415, "upload_type", "id")
    no_title = env.client.post(
        f"{API}/reports", headers=a, files={"file": ("x.csv", b"Nama,Umur\nBudi,30\n")}
    )
    assert no_title.status_code == 422 and no_title.json()["error"]["code"].startswith("roster_")
    missing = env.client.post(f"{API}/reports", headers=a, data={"lang": "id"})
    assert_envelope(missing, 422, "validation", "id")


def test_not_ready_and_a_job_whose_worker_died_fails_with_its_reason_after_its_attempts(env: WebEnv) -> None:
    from datetime import UTC, datetime, timedelta

    from jalur.store.db import jobs

    store = env.app.state.store
    upload = store.add_upload(env.org_a, filename="x.csv", sha256="0" * 64, size=1, stored_path="roster.json",
                              rows_in=1, rows_accepted=1, rows_rejected=0, actor="test")  # fmt: skip
    job = store.add_job(env.org_a, upload, "id", "html")
    # a worker took it three times and died each time: its lease ran out
    with store.engine.begin() as conn:
        conn.execute(
            jobs.update()
            .where(jobs.c.id == job)
            .values(
                status="running",
                attempts=3,
                lease_owner="gone",
                lease_until=datetime.now(UTC) - timedelta(seconds=5),
            )
        )
    r = get(env, f"/reports/{job}/files/report.pdf", headers=env.auth("a"))
    assert_envelope(r, 409, "report_not_ready", "id")
    assert store.claim_job("w-test", 30, 1, max_attempts=3) is None  # reaped, not claimed again
    st = get(env, f"/reports/{job}", headers=env.auth("a"), params={"lang": "en"}).json()
    assert st["status"] == "failed" and st["error"]["code"] == "job_interrupted"
    assert "3 times" in st["error"]["message"]


# ------------------------------------------------------------------------------------------------ limits
def test_size_and_rate_limits(kb_path: Path, tmp_path: Path) -> None:
    # the per-address limit counts every request (but the health check); per-organisation limits and
    # failed keys: tests/test_web_ratelimit.py
    with web_env(tmp_path, max_upload_bytes=4096, address_rate_per_minute=5) as e:
        big = e.client.post(
            f"{API}/reports",
            headers=e.auth("a"),
            files={"file": ("big.csv", b"Jabatan\n" + b"Teller\n" * 2_000_000)},
        )
        err = assert_envelope(big, 413, "too_large", "id")
        assert "MB" in err["message"]
        # over the upload limit but under the multipart allowance: the runner refuses it with its own message
        mid = e.client.post(
            f"{API}/reports?lang=en",
            headers=e.auth("b"),
            files={"file": ("mid.csv", b"Jabatan\n" + b"Teller\n" * 1000)},
        )
        err = assert_envelope(mid, 413, "roster_too_large", "en")
        assert "mid.csv" in err["message"]

        # a JSON body over 1 MiB, streamed without a length
        def chunks() -> Iterator[bytes]:
            yield b'{"tasks": ["'
            for _ in range(300):
                yield b"x" * 4096
            yield b'"]}'

        streamed = e.client.post(
            f"{API}/exposure/tasks", content=chunks(), headers={"Content-Type": "application/json"}
        )
        assert_envelope(streamed, 413, "too_large", "id")
        codes = []
        for _ in range(8):
            r = e.client.get(f"{API}/roles", params={"lang": "en"})
            codes.append(r.status_code)
            if r.status_code == 429:
                err = assert_envelope(r, 429, "rate_limited", "en")
                assert int(r.headers["retry-after"]) >= 1
                assert r.headers["x-content-type-options"] == "nosniff"
                break
        assert codes[-1] == 429, codes
        # the health check is never limited; the address limit holds whatever key a request carries
        assert e.client.get(f"{API}/health").status_code == 200
        assert e.client.get(f"{API}/reports", headers={"X-API-Key": e.key_a}).status_code == 429


def test_paths_take_the_industry_given_or_read_from_the_words(env: WebEnv) -> None:
    """Issue 17: a car-plant painter sees metal coating before wood processing; a bad code is refused."""
    given = get(env, "/paths", params={"query": "7132", "industry": "29100"}).json()
    assert given["origin"]["industry"] == {"kbli": ["29"], "source": "given"}
    first = [t["target"] for t in given["transitions"] if t["target_type"] == "occupation"][:5]
    # the painter's career step (manufacturing supervisor), then metal coating
    assert first[:2] == ["3122", "8122"] and not {"8172", "7521", "7523"} & set(first)
    assert "industry" not in get(env, "/paths", params={"query": "7132"}).json()["origin"]
    bad = get(env, "/paths", params={"query": "7132", "industry": "C29"})
    assert bad.status_code == 400 and "C29" in bad.json()["error"]["message"]


def test_rerun_takes_scenario_assumptions_checked_and_keeps_them(
    env: WebEnv, bank_job: dict[str, Any]
) -> None:
    """Issue 18: ``POST …/rerun`` takes the scenario assumptions as a scenario file has them; a wrong key or
    value is a 422 envelope and starts nothing; the new job's status and report carry them."""
    job = bank_job["job_id"]
    a = env.auth("a")
    before = len(get(env, "/reports", headers=a).json()["reports"])
    bad = env.client.post(
        f"{API}/reports/{job}/rerun", headers=a, json={"assumptions": {"attrition_rate": {"mid": 2}}}
    )
    assert_envelope(bad, 422, "scenario_value", "id")
    unknown = env.client.post(
        f"{API}/reports/{job}/rerun?lang=en", headers=a, json={"assumptions": {"nope": 1}}
    )
    assert_envelope(unknown, 422, "scenario_key", "en")
    extra = env.client.post(f"{API}/reports/{job}/rerun", headers=a, json={"assumption": {}})
    assert_envelope(extra, 422, "validation", "id")
    assert len(get(env, "/reports", headers=a).json()["reports"]) == before
    wanted = {"learning_cost_idr_per_hour": 90000, "attrition_rate": {"mid": 0.1}}
    r = env.client.post(f"{API}/reports/{job}/rerun", headers=a, json={"assumptions": wanted})
    assert r.status_code == 202, r.text
    new = r.json()["job_id"]
    assert env.app.state.jobs.wait(new, 300)
    st = get(env, f"/reports/{new}", headers=a).json()
    assert st["status"] == "done" and st["assumptions"] == wanted and st["progress"] is None
    report = json.loads(get(env, f"/reports/{new}/files/report.json", headers=a).content)
    used = {x["key"]: x["value"] for x in report["assumptions"]}
    assert used["learning_cost_idr_per_hour"] == 90000 and used["attrition_rate"]["mid"] == 0.1
    # the scenario costs follow the dearer learning hour
    old = json.loads(get(env, f"/reports/{job}/files/report.json", headers=a).content)
    mid = lambda rep: rep["scenarios"]["grid"][4]["reskilling_cost_idr"]["mid"]  # noqa: E731
    assert mid(report) > mid(old)
    # a re-run without a body keeps them
    again = env.client.post(f"{API}/reports/{new}/rerun", headers=a).json()["job_id"]
    assert get(env, f"/reports/{again}", headers=a).json()["assumptions"] == wanted
    env.app.state.jobs.wait(again, 300)
