"""Hostile strings through every text field of the API (property-based): any Unicode including control
characters, right-to-left text, emoji, markup, SQL quotes, very long text. The answer is never a server
error and always JSON — a result, or the error envelope; markup never comes back unescaped as HTML."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.web_fixtures import API, WebEnv, web_env

NASTY = [
    "<script>alert(1)</script>",
    "'; DROP TABLE jobs; --",
    '" OR 1=1 --',
    "\u202egnirts lanoitcerid-ib\u202c",
    "مهندس برمجيات",
    "ช่างเทคนิค",
    "👩‍💻🚀🔥",
    "\x00\x01\x1b[31m\x7f",
    "../../etc/passwd",
    "%00%2e%2e%2f",
    "{{7*7}}${7*7}",
    "teller\r\nX-Injected: 1",
    "\ud7ff\ufffe\uffff",
    "a" * 10_000,
    " ",
    "",
]

hostile_text = st.one_of(
    st.sampled_from(NASTY),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=60),
    st.text(alphabet=st.characters(categories=["Cc", "Cf", "Zs", "Zl", "Zp", "So", "Mn"]), max_size=40),
    st.builds(lambda a, b: a + b, st.sampled_from(NASTY), st.text(max_size=20)),
    st.integers(min_value=2_000, max_value=12_000).map(lambda n: "teller " * (n // 7)),
)

HOSTILE = settings(max_examples=25, derandomize=True, deadline=None, suppress_health_check=list(HealthCheck))


@pytest.fixture(scope="module")
def env(kb_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[WebEnv]:
    with web_env(tmp_path_factory.mktemp("hostile")) as e:
        yield e


def check(r: Any) -> None:
    assert r.status_code < 500, (r.status_code, r.text[:300])
    assert r.headers["content-type"].startswith("application/json"), r.headers["content-type"]
    body = r.json()
    if r.status_code >= 400:
        err = body["error"]
        assert set(err) <= {"code", "message", "lang", "candidates", "fields", "details"}
        assert err["code"] and isinstance(err["message"], str) and err["lang"] in ("id", "en")
    assert "Traceback" not in r.text


def _safe_path(text: str) -> str:
    from urllib.parse import quote

    return quote(text, safe="")


def _header(text: str) -> bytes:
    """A header value as raw bytes (UTF-8; line breaks and NUL cannot travel in a header at all)."""
    return text.encode("utf-8", "replace").translate(None, b"\r\n\x00")


CALLS: dict[str, Callable[[WebEnv, str], Any]] = {
    "match.text": lambda e, s: e.client.get(f"{API}/match", params={"text": s}),
    "occupations.query": lambda e, s: e.client.get(f"{API}/occupations/{_safe_path(s)}"),
    "exposure.query": lambda e, s: e.client.get(f"{API}/exposure", params={"query": s}),
    "exposure.tasks": lambda e, s: e.client.post(
        f"{API}/exposure/tasks", json={"tasks": [s, "menghitung uang", s]}
    ),
    "paths.query": lambda e, s: e.client.get(f"{API}/paths", params={"query": s}),
    "paths.skills": lambda e, s: e.client.get(f"{API}/paths", params={"query": "4211", "skills": s}),
    "paths.experience": lambda e, s: e.client.get(f"{API}/paths", params={"query": "4211", "experience": s}),
    "plan.origin": lambda e, s: e.client.get(f"{API}/plan", params={"origin": s, "target": "data_annotator"}),
    "plan.target": lambda e, s: e.client.get(f"{API}/plan", params={"origin": "4211", "target": s}),
    "plan.skills": lambda e, s: e.client.get(
        f"{API}/plan", params={"origin": "4211", "target": "2511", "skills": s}
    ),
    "plan.experience": lambda e, s: e.client.get(
        f"{API}/plan", params={"origin": "4211", "target": "2511", "experience": s}
    ),
    "roles.id": lambda e, s: e.client.get(f"{API}/roles/{_safe_path(s)}"),
    "lang": lambda e, s: e.client.get(f"{API}/match", params={"text": "teller", "lang": s}),
    "accept-language": lambda e, s: e.client.get(
        f"{API}/occupations/zzqx", headers={"Accept-Language": _header(s)}
    ),
    "api-key": lambda e, s: e.client.get(f"{API}/reports", headers={"X-API-Key": _header(s)}),
    "review.title": lambda e, s: e.client.put(
        f"{API}/reports/{'0' * 32}/review",
        headers=e.auth("a"),
        json={"decisions": [{"title": s, "code": "4211"}]},
    ),
    "report.job_id": lambda e, s: e.client.get(f"{API}/reports/{_safe_path(s) or 'x'}", headers=e.auth("a")),
}


@pytest.mark.parametrize("field", sorted(CALLS))
def test_hostile_strings(env: WebEnv, field: str) -> None:
    call = CALLS[field]

    @given(text=hostile_text)
    @HOSTILE
    def run(text: str) -> None:
        check(call(env, text))

    run()


@pytest.mark.parametrize("text", NASTY)
def test_uploads_with_hostile_titles_and_names(env: WebEnv, text: str) -> None:
    roster = f"Jabatan,Unit\n{text},Kas\nTeller,Kas\n".encode("utf-8", "surrogatepass")
    r = env.client.post(
        f"{API}/reports",
        headers=env.auth("a"),
        files={"file": (f"{text[:50]}.csv", roster)},
        data={"lang": "en"},
    )
    check(r)
    if r.status_code == 202:
        job = r.json()["job_id"]
        assert env.app.state.jobs.wait(job, 300)
        st_ = env.client.get(f"{API}/reports/{job}", headers=env.auth("a"))
        check(st_)
        assert st_.json()["status"] in ("done", "failed")
        # the stored file name is the base name only, without control characters
        name = st_.json()["upload"]["filename"]
        assert "/" not in name and "\x00" not in name and "\r" not in name


def test_markup_is_not_reflected_as_html(env: WebEnv) -> None:
    r = env.client.get(f"{API}/occupations/{_safe_path('<script>alert(1)</script>')}")
    check(r)
    assert r.headers["content-type"].startswith("application/json")
    assert r.headers["x-content-type-options"] == "nosniff"
