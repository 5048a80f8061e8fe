"""The web application's store (jalur.store.db) on SQLite, and on PostgreSQL when JALUR_TEST_POSTGRES_URL is
set (``eval "$(scripts/test-services.sh)"`` starts one). Each PostgreSQL test gets a fresh schema, dropped
afterwards, so runs never see each other's rows."""

from __future__ import annotations

import json
import os
import secrets
import threading
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import String, Text, create_engine, select, text
from sqlalchemy.engine import make_url
from typer.testing import CliRunner

from jalur.store import db
from jalur.store.db import NotFound, Store

PG_URL = os.environ.get("JALUR_TEST_POSTGRES_URL", "")

BACKENDS = [
    pytest.param("sqlite", id="sqlite"),
    pytest.param(
        "postgresql",
        id="postgresql",
        marks=pytest.mark.skipif(not PG_URL, reason="JALUR_TEST_POSTGRES_URL is not set"),
    ),
]


def _with_schema(url: str, schema: str) -> str:
    u = make_url(db.normalise_url(url))
    return u.set(query={**u.query, "options": f"-csearch_path={schema}"}).render_as_string(
        hide_password=False
    )


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A database URL no other test uses: a new SQLite file, or a new PostgreSQL schema."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'web.sqlite'}"
        return
    schema = f"jalur_test_{secrets.token_hex(6)}"
    admin = create_engine(db.normalise_url(PG_URL), isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE SCHEMA "{schema}"'))
        yield _with_schema(PG_URL, schema)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    s = Store(db_url)
    s.migrate()
    yield s
    s.close()


def _upload(store: Store, org: str, name: str = "roster.csv") -> str:
    return store.add_upload(
        org,
        filename=name,
        sha256="ab" * 32,
        size=1234,
        stored_path=f"/srv/jalur/{org}/{name}",
        rows_in=10,
        rows_accepted=8,
        rows_rejected=2,
        actor="key:test",
    )


def _all_text(store: Store) -> list[str]:
    """Every value of every text column of every table of the store."""
    values: list[str] = []
    with store.engine.connect() as conn:
        for table in db.metadata.sorted_tables:
            cols = [c for c in table.columns if isinstance(c.type, String | Text)]
            for row in conn.execute(select(*cols)):
                values.extend(str(v) for v in row if v is not None)
    return values


# ---------------------------------------------------------------------------------------------- schema
def test_migrate_is_idempotent_and_matches_the_models(db_url: str) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    s = Store(db_url)
    try:
        assert s.revision() is None
        s.migrate()
        org, _, _ = s.create_org("Bank Nusantara")
        s.migrate()  # again: nothing changes, nothing is lost
        s.migrate()
        assert s.revision() == "0003"
        assert [o["id"] for o in s.list_orgs()] == [org]
        with s.engine.connect() as conn:
            diff = compare_metadata(
                MigrationContext.configure(conn, opts={"compare_type": True}), db.metadata
            )
        assert diff == [], f"the migrations and jalur.store.db.metadata disagree: {diff}"
    finally:
        s.close()


def test_sqlite_parent_folder_is_made_and_wal_is_on(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "er" / "web.sqlite"
    s = Store(f"sqlite:///{path}")
    try:
        s.migrate()
        assert path.is_file()
        with s.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        s.close()


def test_timestamps_are_utc_iso(store: Store) -> None:
    org, _, _ = store.create_org("A")
    created = store.list_orgs()[0]["created"]
    parsed = datetime.fromisoformat(created)
    assert parsed.utcoffset() is not None and parsed.utcoffset().total_seconds() == 0  # type: ignore[union-attr]
    upload = store.get_upload(org, _upload(store, org))
    assert upload is not None
    json.dumps(upload)  # plain JSON-able values
    assert datetime.fromisoformat(upload["created"]) >= parsed


# ---------------------------------------------------------------------------------------------- keys
def test_keys_create_authenticate_revoke(store: Store) -> None:
    org, key_id, raw = store.create_org("  Bank   Nusantara ")
    assert raw.startswith("jlr_") and key_id in raw
    assert store.org_for_key(raw) == org
    assert store.list_orgs() == [
        {"id": org, "name": "Bank Nusantara", "created": store.list_orgs()[0]["created"], "active_keys": 1}
    ]
    key2, raw2 = store.add_key(org)
    assert raw2 != raw and store.org_for_key(raw2) == org
    keys = store.list_keys(org)
    assert [k["id"] for k in keys] == [key_id, key2]
    assert all(set(k) == {"id", "org_id", "created", "revoked", "revoked_at"} for k in keys)
    assert not any(k["revoked"] for k in keys)

    assert store.revoke_key(key_id) is True
    assert store.org_for_key(raw) is None  # a revoked key fails
    assert store.org_for_key(raw2) == org  # the other one still works
    assert store.revoke_key(key_id) is False  # already revoked
    assert store.revoke_key("0" * 32) is False  # unknown
    k1 = store.list_keys(org)[0]
    assert k1["revoked"] is True and k1["revoked_at"] is not None
    assert store.list_orgs()[0]["active_keys"] == 1
    with pytest.raises(NotFound):
        store.add_key("no-such-org")
    with pytest.raises(ValueError):
        store.create_org("   ")


def test_wrong_keys_fail(store: Store) -> None:
    org, key_id, raw = store.create_org("A")
    other_org, other_id, other_raw = store.create_org("B")
    secret = raw.split("_", 2)[2]
    other_secret = other_raw.split("_", 2)[2]
    wrong = [
        "",
        "jlr_",
        raw[:-1],
        raw + "x",
        raw[:-1] + ("A" if raw[-1] != "A" else "B"),
        raw.upper(),
        raw.replace("jlr_", "jlx_"),
        f"jlr_{key_id}_{other_secret}",  # one org's key id with another key's secret
        f"jlr_{other_id}_{secret}",
        f"jlr_{'0' * 32}_{secret}",  # unknown key id
        secret,
        key_id,
        "jlr_" + "\x00" * 60,
        "jlr_' OR '1'='1",
    ]
    for candidate in wrong:
        assert store.org_for_key(candidate) is None, candidate
    assert store.org_for_key(raw) == org and store.org_for_key(other_raw) == other_org


def test_raw_key_is_not_in_the_database(store: Store) -> None:
    org, _, raw = store.create_org("A")
    _, raw2 = store.add_key(org)
    store.audit(org, "cli", "key.create", "k")
    values = _all_text(store)
    assert values, "the scan found no text at all"
    for key in (raw, raw2):
        secret = key.split("_", 2)[2]
        assert not any(key in v or secret in v for v in values)
    with store.engine.connect() as conn:
        hashes = [h for (h,) in conn.execute(select(db.api_keys.c.key_hash))]
    assert len(hashes) == 2 and all(h.startswith("sha256$") for h in hashes)
    assert len({h.split("$")[1] for h in hashes}) == 2  # one salt per key


# ---------------------------------------------------------------------------------------------- isolation
def test_two_organisations_never_see_each_other(store: Store) -> None:
    a, _, _ = store.create_org("A")
    b, _, _ = store.create_org("B")
    ua = _upload(store, a, "a.csv")
    ub = _upload(store, b, "b.csv")
    ja = store.add_job(a, ua, "id", "html,json")
    jb = store.add_job(b, ub, "en", "xlsx")
    store.set_decision(a, ua, "Teller bank", "4211", "key:a")
    store.set_decision(b, ub, "Kasir", "5230", "key:b")
    store.audit(a, "key:a", "upload", ua, "a.csv")
    store.audit(b, "key:b", "upload", ub, "b.csv")
    store.audit(None, "127.0.0.1", "auth.failed", "api")

    # by id: another organisation's rows do not exist
    assert store.get_upload(b, ua) is None and store.get_upload(a, ub) is None
    assert store.get_job(b, ja) is None and store.get_job(a, jb) is None
    assert store.decisions(b, ua) == {} and store.decisions(a, ub) == {}
    # lists: only one's own
    assert [u["id"] for u in store.list_uploads(a)] == [ua]
    assert [u["id"] for u in store.list_uploads(b)] == [ub]
    assert [j["id"] for j in store.list_jobs(a)] == [ja]
    assert [j["id"] for j in store.list_jobs(b)] == [jb]
    assert [e["target"] for e in store.audit_log(a)] == [ua]
    assert [e["target"] for e in store.audit_log(b)] == [ub]
    # own rows are there
    got = store.get_upload(a, ua)
    assert got is not None and got["filename"] == "a.csv" and got["org_id"] == a and got["rows_rejected"] == 2
    assert store.decisions(a, ua) == {"Teller bank": "4211"}
    # writing into another organisation's upload is refused and changes nothing
    with pytest.raises(NotFound):
        store.add_job(b, ua, "id", "html")
    with pytest.raises(NotFound):
        store.set_decision(b, ua, "Teller bank", "9999", "key:b")
    assert store.decisions(a, ua) == {"Teller bank": "4211"}
    assert [j["id"] for j in store.list_jobs(a)] == [ja] and [j["id"] for j in store.list_jobs(b)] == [jb]
    # an unknown organisation sees nothing
    assert store.list_uploads("nobody") == [] and store.audit_log("nobody") == []


# ---------------------------------------------------------------------------------------------- jobs
def test_job_status_updates(store: Store) -> None:
    org, _, _ = store.create_org("A")
    up = _upload(store, org)
    job = store.add_job(org, up, "id", "html,pdf")
    j = store.get_job(org, job)
    assert j is not None
    assert (j["status"], j["upload_id"], j["lang"], j["formats"]) == ("queued", up, "id", "html,pdf")
    assert j["started"] is None and j["finished"] is None and j["summary"] is None

    store.update_job(job, status="running")
    j = store.get_job(org, job)
    assert j is not None and j["status"] == "running" and j["started"] is not None and j["finished"] is None

    summary = {"workers": 8, "share": {"automate": 0.25}, "label": "Kasir ✓"}
    store.update_job(job, status="done", result_dir="/srv/jalur/r1", summary=summary)
    j = store.get_job(org, job)
    assert j is not None
    assert (j["status"], j["result_dir"], j["summary"], j["error"]) == (
        "done",
        "/srv/jalur/r1",
        summary,
        None,
    )
    assert j["finished"] is not None and j["finished"] >= j["started"]
    json.dumps(j)

    job2 = store.add_job(org, up, "en", "json")
    store.update_job(job2, status="failed", error="report.failed: boom\x00")
    j2 = store.get_job(org, job2)
    assert j2 is not None and j2["status"] == "failed" and j2["error"].startswith("report.failed: boom")
    assert [x["id"] for x in store.list_jobs(org)] == [job2, job]  # newest first

    with pytest.raises(ValueError):
        store.update_job(job, status="exploded")
    with pytest.raises(NotFound):
        store.update_job("0" * 32, status="done")


# ---------------------------------------------------------------------------------------------- decisions
def test_decisions_upsert(store: Store) -> None:
    org, _, _ = store.create_org("A")
    u1 = _upload(store, org, "1.csv")
    u2 = _upload(store, org, "2.csv")
    long_title = "Staf " + "administrasi " * 400  # longer than any index entry may be
    store.set_decision(org, u1, "Teller", "4211", "key:a")
    store.set_decision(org, u1, "Kasir", "5230", "key:a")
    store.set_decision(org, u1, long_title, "4110", "key:a")
    store.set_decision(org, u1, "Teller", "4212", "key:b")  # corrected: replaces, does not add
    store.set_decision(org, u2, "Teller", "4211", "key:a")  # another upload: its own decision
    assert store.decisions(org, u1) == {"Teller": "4212", "Kasir": "5230", long_title[: db.MAX_TEXT]: "4110"}
    assert store.decisions(org, u2) == {"Teller": "4211"}
    with store.engine.connect() as conn:
        n = conn.execute(select(db.decisions.c.id).where(db.decisions.c.upload_id == u1)).all()
    assert len(n) == 3


def test_an_organisations_decisions_are_remembered_across_uploads(store: Store) -> None:
    """Issue 18: the latest decision per title, across all the organisation's uploads, and never another's."""
    from jalur.app.reports import remembered_decisions

    org, _, _ = store.create_org("A")
    other, _, _ = store.create_org("B")
    u1, u2 = _upload(store, org, "1.csv"), _upload(store, org, "2.csv")
    store.set_decision(org, u1, "Teller", "4211", "key:a")
    store.set_decision(org, u1, "Kasir", "5230", "key:a")
    store.set_decision(org, u2, "teller ", "4212", "key:a")  # later, the same title spelled otherwise
    store.set_decision(other, _upload(store, other, "x.csv"), "Satpam", "5414", "key:b")
    remembered = store.org_decisions(org)
    assert list(remembered.values()) == ["4211", "5230", "4212"] and "Satpam" not in remembered
    # applied to a new roster: titles it has, unless this upload decided them itself
    applied = remembered_decisions(remembered, ["TELLER", "Kasir", "Satpam"], {"kasir": "5223"})
    assert list(applied.values()) == ["4212"]


# ---------------------------------------------------------------------------------------------- audit
def test_audit_newest_first_and_limited(store: Store) -> None:
    org, _, _ = store.create_org("A")
    for i in range(12):
        store.audit(org, "key:a", "view", f"report-{i}", detail=f"#{i}")
    log = store.audit_log(org)
    assert [e["target"] for e in log] == [f"report-{i}" for i in reversed(range(12))]
    assert [e["created"] for e in log] == sorted((e["created"] for e in log), reverse=True)
    assert set(log[0]) == {"id", "org_id", "actor", "action", "target", "detail", "created"}
    assert log[0]["detail"] == "#11" and log[0]["action"] == "view" and log[0]["org_id"] == org
    assert [e["target"] for e in store.audit_log(org, limit=3)] == ["report-11", "report-10", "report-9"]
    assert len(store.audit_log(org, limit=0)) == 1  # at least one
    json.dumps(log)


def test_hostile_text_is_stored_not_rejected(store: Store) -> None:
    org, _, _ = store.create_org("<script>alert(1)</script>'; DROP TABLE orgs; --")
    nasty = "Ω\x00\ud800'\";--<b>\u202e" + "x" * 10_000
    up = store.add_upload(
        org,
        filename=nasty,
        sha256="00" * 32,
        size=0,
        stored_path=nasty,
        rows_in=None,
        rows_accepted=None,
        rows_rejected=None,
        actor=nasty,
    )
    store.audit(org, nasty, nasty, nasty, nasty)
    store.set_decision(org, up, nasty, nasty, nasty)
    got = store.get_upload(org, up)
    assert got is not None and got["filename"].startswith("Ω\ufffd?'\";--<b>\u202e")
    assert "\x00" not in got["filename"] and len(got["stored_path"]) <= db.MAX_TEXT
    assert store.audit_log(org)[0]["target"].startswith("Ω")
    assert len(store.decisions(org, up)) == 1
    assert store.list_orgs()[0]["name"].startswith("<script>")


# ---------------------------------------------------------------------------------------------- threads
def test_concurrent_writes_from_eight_threads(store: Store) -> None:
    org, _, raw = store.create_org("A")
    up = _upload(store, org)
    job = store.add_job(org, up, "id", "html")
    errors: list[BaseException] = []
    start = threading.Barrier(8)
    per_thread = 15

    def work(n: int) -> None:
        try:
            start.wait()
            for i in range(per_thread):
                store.audit(org, f"thread-{n}", "write", f"{n}-{i}")
                _upload(store, org, f"t{n}-{i}.csv")
                store.set_decision(org, up, "Teller", f"{n}", f"thread-{n}")  # the same row from everyone
                store.set_decision(org, up, f"title {n}-{i}", "4211", f"thread-{n}")
                store.update_job(job, status="running")
                assert store.org_for_key(raw) == org
                store.list_uploads(org)
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(8)]
    for th in threads:
        th.start()
    for th in threads:
        th.join(timeout=120)
    assert not any(th.is_alive() for th in threads)
    assert errors == []
    assert len(store.audit_log(org, limit=1000)) == 8 * per_thread
    assert len(store.list_uploads(org)) == 1 + 8 * per_thread
    dec = store.decisions(org, up)
    assert len(dec) == 1 + 8 * per_thread and dec["Teller"] in {str(n) for n in range(8)}


# ---------------------------------------------------------------------------------------------- CLI
def test_org_cli(db_url: str) -> None:
    from jalur.faces.cli.org import app

    runner = CliRunner()
    created = runner.invoke(app, ["create", "Bank Nusantara", "--database-url", db_url, "--json"])
    assert created.exit_code == 0, created.output
    info = json.loads(created.stdout)
    assert info["name"] == "Bank Nusantara" and info["key"].startswith("jlr_")

    added = runner.invoke(app, ["add-key", info["org_id"], "--database-url", db_url, "--json"])
    assert added.exit_code == 0, added.output
    key2 = json.loads(added.stdout)

    revoked = runner.invoke(app, ["revoke", info["key_id"], "--database-url", db_url])
    assert revoked.exit_code == 0 and info["key_id"] in revoked.stdout
    again = runner.invoke(app, ["revoke", info["key_id"], "--database-url", db_url])
    assert again.exit_code == 2

    listed = runner.invoke(app, ["list", "--database-url", db_url, "--json"])
    assert listed.exit_code == 0
    orgs = json.loads(listed.stdout)["orgs"]
    assert [o["id"] for o in orgs] == [info["org_id"]]
    assert {k["id"]: k["revoked"] for k in orgs[0]["keys"]} == {info["key_id"]: True, key2["key_id"]: False}
    assert info["key"] not in listed.stdout and key2["key"] not in listed.stdout

    text_list = runner.invoke(app, ["list", "--database-url", db_url])
    assert text_list.exit_code == 0 and "revoked" in text_list.stdout and "active" in text_list.stdout
    assert runner.invoke(app, ["add-key", "nobody", "--database-url", db_url]).exit_code == 2

    s = Store(db_url)
    try:
        assert s.org_for_key(info["key"]) is None and s.org_for_key(key2["key"]) == info["org_id"]
        actions = [e["action"] for e in s.audit_log(info["org_id"])]
        assert actions == ["key.revoke", "key.create", "key.create", "org.create"]
    finally:
        s.close()
