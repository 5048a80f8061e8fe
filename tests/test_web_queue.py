"""The durable job queue, sessions and the store's identity (jalur.store.db), on SQLite and PostgreSQL: jobs
are claimed fairly between organisations, leases expire and are retried (never failed because another
process started), only the lease holder records the end, cancels stop queued and running jobs, sessions end
server-side at sign-out."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from jalur.store.db import Store, jobs
from tests.test_web_storage import BACKENDS, db_url  # noqa: F401  (the fixture)

__all__ = ["BACKENDS"]


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:  # noqa: F811
    s = Store(db_url)
    s.migrate()
    yield s
    s.close()


def _upload(store: Store, org: str) -> str:
    return store.add_upload(
        org, filename="r.csv", sha256="ab" * 32, size=1, stored_path="roster.json",
        rows_in=1, rows_accepted=1, rows_rejected=0, actor="key:test",
    )  # fmt: skip


def _queue(store: Store, org: str, n: int) -> list[str]:
    up = _upload(store, org)
    out = []
    for _ in range(n):
        out.append(store.add_job(org, up, "id", "html"))
        time.sleep(0.002)  # distinct creation times
    return out


def _expire(store: Store, job_id: str, attempts: int | None = None) -> None:
    values: dict[str, object] = {"lease_until": datetime.now(UTC) - timedelta(seconds=1)}
    if attempts is not None:
        values["attempts"] = attempts
    with store.engine.begin() as conn:
        conn.execute(jobs.update().where(jobs.c.id == job_id).values(**values))


def test_an_organisation_flooding_the_queue_does_not_hold_back_another(store: Store) -> None:
    flood, _, _ = store.create_org("Flood")
    small, _, _ = store.create_org("Small")
    flooded = _queue(store, flood, 30)
    other = _queue(store, small, 1)[0]
    first = store.claim_job("w1", 30, org_max_running=1, max_attempts=3)
    assert first is not None and first["id"] == flooded[0]
    # the flooding organisation already runs one job: the next claim goes to the other one, not to job 2 of 30
    second = store.claim_job("w2", 30, org_max_running=1, max_attempts=3)
    assert second is not None and second["id"] == other
    # nothing else may run now: the flood is at its limit, the small organisation has nothing left
    assert store.claim_job("w3", 30, org_max_running=1, max_attempts=3) is None
    assert store.queue_counts(flood) == {"queued": 29, "running": 1}


def test_between_waiting_organisations_the_one_served_longest_ago_goes_first(store: Store) -> None:
    a, _, _ = store.create_org("A")
    b, _, _ = store.create_org("B")
    ja = _queue(store, a, 3)
    jb = _queue(store, b, 3)
    order = []
    for w in range(6):
        job = store.claim_job(f"w{w}", 30, org_max_running=10, max_attempts=3)
        assert job is not None
        order.append(job["org_id"])
        assert store.finish_job(job["id"], f"w{w}", "done")
    assert order == [a, b, a, b, a, b]
    assert set(ja + jb) == {j["id"] for j in store.list_jobs(a) + store.list_jobs(b)}


def test_an_expired_lease_is_retried_and_fails_only_after_its_attempts(store: Store) -> None:
    org, _, _ = store.create_org("A")
    job = _queue(store, org, 1)[0]
    got = store.claim_job("dead-worker", 30, 1, 2)
    assert got is not None and got["attempts"] == 1
    _expire(store, job)
    again = store.claim_job("w2", 30, 1, 2)  # reaped, queued again, taken by the live worker
    assert (
        again is not None and again["id"] == job and again["attempts"] == 2 and again["lease_owner"] == "w2"
    )
    # the dead worker coming back cannot record anything any more
    assert store.finish_job(job, "dead-worker", "done") is False
    assert store.renew_lease(job, "dead-worker", 30) == "lost"
    _expire(store, job)
    assert store.claim_job("w3", 30, 1, 2) is None
    final = store.get_job(org, job)
    assert final is not None and final["status"] == "failed" and "job_interrupted" in (final["error"] or "")


def test_a_live_lease_is_never_taken_over(store: Store) -> None:
    org, _, _ = store.create_org("A")
    job = _queue(store, org, 1)[0]
    assert store.claim_job("w1", 30, 5, 3) is not None
    assert store.claim_job("w2", 30, 5, 3) is None  # a second process finds nothing to take or fail
    assert store.renew_lease(job, "w1", 30) == "ok"
    assert store.get_job(org, job)["status"] == "running"  # type: ignore[index]


def test_release_gives_the_job_back_without_counting_the_attempt(store: Store) -> None:
    org, _, _ = store.create_org("A")
    job = _queue(store, org, 1)[0]
    store.claim_job("w1", 30, 1, 3)
    assert store.release_job(job, "w1")
    j = store.get_job(org, job)
    assert j is not None and j["status"] == "queued" and j["attempts"] == 0 and j["lease_owner"] is None


def test_cancel_a_queued_job_at_once_and_a_running_one_through_its_lease(store: Store) -> None:
    org, _, _ = store.create_org("A")
    other, _, _ = store.create_org("B")
    queued, running = _queue(store, org, 2)
    assert store.claim_job("w1", 30, 1, 3)["id"] == queued  # type: ignore[index]
    assert store.cancel_job(other, running) is None  # another organisation's job: not found
    assert store.cancel_job(org, running) == "cancelled"  # still queued: cancelled now
    assert store.cancel_job(org, queued) == "running"
    assert store.renew_lease(queued, "w1", 30) == "cancel"
    assert store.finish_job(queued, "w1", "cancelled")
    assert store.get_job(org, queued)["status"] == "cancelled"  # type: ignore[index]
    assert store.cancel_job(org, queued) == "cancelled"  # nothing more happens to a finished job


def test_concurrent_claims_never_give_one_job_twice(store: Store) -> None:
    org, _, _ = store.create_org("A")
    made = set(_queue(store, org, 20))
    got: list[str] = []
    lock = threading.Lock()

    def claim(w: int) -> None:
        while True:
            job = store.claim_job(f"w{w}", 30, org_max_running=100, max_attempts=3)
            if job is None:
                return
            with lock:
                got.append(job["id"])

    threads = [threading.Thread(target=claim, args=(w,)) for w in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(got) == sorted(made)


def test_a_session_ends_at_sign_out_and_with_its_key(store: Store) -> None:
    org, key_id, _ = store.create_org("A")
    token = store.create_session(org, key_id, 3600)
    assert store.session(token) == (org, key_id)
    copy = str(token)
    store.end_session(token)
    assert store.session(copy) is None  # a copied cookie is worthless after sign-out
    t2 = store.create_session(org, key_id, 3600)
    store.revoke_key(key_id)
    assert store.session(t2) is None
    assert store.session("") is None and store.session("x" * 500) is None
    with store.engine.connect() as conn:  # only a hash of the token is kept
        from jalur.store.db import sessions

        ids = [r.id for r in conn.execute(select(sessions.c.id))]
    assert token not in ids and t2 not in ids


def test_the_store_identity_is_made_once_and_kept(store: Store) -> None:
    assert store.identity() is None
    first, made = store.ensure_identity()
    assert made and len(first) == 32
    assert store.ensure_identity() == (first, False)
    store.check_writable()
    store.check_writable()


def test_a_running_job_records_its_progress_and_its_parameters_are_kept(store: Store) -> None:
    """Issue 18: the worker writes a running job's stage and percent (only while it holds the lease; at most
    twice a second within a stage), a retried job starts again from nothing, and a job's parameters (the
    organisation's scenario assumptions) are stored with it."""
    from jalur.app.reports import STAGES, progress_percent
    from jalur.app.worker import JobContext

    org, _, _ = store.create_org("Progress")
    up = _upload(store, org)
    params = {"assumptions": {"attrition_rate": {"mid": 0.1}}}
    job_id = store.add_job(org, up, "id", "html", params=params)
    assert store.get_job(org, job_id)["params"] == params and store.get_job(org, job_id)["progress"] is None
    claimed = store.claim_job("w1", 30, org_max_running=1, max_attempts=3)
    assert claimed is not None and claimed["params"] == params
    record = JobContext(store, None, None, "w1").progress(job_id)  # type: ignore[arg-type]
    record("match", 0, 1)
    assert store.get_job(org, job_id)["progress"] == {"stage": "match", "done": 0, "total": 1, "percent": 0}
    record("occupations", 5, 10)
    expected = progress_percent("occupations", 5, 10)
    assert store.get_job(org, job_id)["progress"]["percent"] == expected == round(100 * (0.10 + 0.55 / 2))
    record("occupations", 6, 10)  # within half a second of the last write in the same stage: not written
    assert store.get_job(org, job_id)["progress"]["done"] == 5
    record("write", 4, 4)
    assert store.get_job(org, job_id)["progress"]["percent"] == 100
    # another worker (no lease) writes nothing
    assert not store.set_progress(job_id, "w2", {"stage": "match", "percent": 0})
    assert store.get_job(org, job_id)["progress"]["percent"] == 100
    # the stages cover the whole report; percent never passes 100 nor goes below 0
    assert abs(sum(share for _, share in STAGES) - 1.0) < 1e-9
    assert progress_percent("scenarios", 5, 1) <= 100 and progress_percent("nope", 1, 1) == 0
    # a job whose lease expired is retried from the first stage
    _expire(store, job_id)
    again = store.claim_job("w2", 30, org_max_running=1, max_attempts=3)
    assert again is not None and again["id"] == job_id and again["progress"] is None
