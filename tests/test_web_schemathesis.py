"""Schemathesis against the application's own OpenAPI document, in process (ASGI): every look-up endpoint,
the task scorer and every employer operation (with an organisation's key: uploads, status, files, review,
cancel, re-run, audit) get generated requests (valid and invalid), and none may answer with a server error.
Derandomised; ``JALUR_SCHEMATHESIS_EXAMPLES`` examples per operation (default 340: about 5,150 cases in
all, a few minutes), uploads fewer (each one starts an isolated reader)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error

from tests.web_fixtures import WebEnv, web_env


@pytest.fixture(scope="module")
def schema_env(kb_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[WebEnv]:
    with web_env(tmp_path_factory.mktemp("schemathesis")) as env:
        yield env


EXAMPLES = int(os.environ.get("JALUR_SCHEMATHESIS_EXAMPLES", "340"))
#: cases run, per operation (the total is checked at the end)
CASES: dict[str, int] = {}

#: every look-up operation (GET) and the task scorer (POST)
OPERATIONS = [
    ("GET", "/api/v1/health"),
    ("GET", "/api/v1/match"),
    ("GET", "/api/v1/occupations/{query}"),
    ("GET", "/api/v1/exposure"),
    ("POST", "/api/v1/exposure/tasks"),
    ("GET", "/api/v1/paths"),
    ("GET", "/api/v1/plan"),
    ("GET", "/api/v1/roles"),
    ("GET", "/api/v1/roles/{role_id}"),
]


def without_lifespan(app: Any) -> Any:
    """The application with its lifespan already entered by the fixture: schemathesis' test clients would
    otherwise run start-up and shut-down again around each call (closing the knowledge base)."""

    async def wrapped(scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] == "lifespan":
            while True:
                message = await receive()
                if message["type"] == "lifespan.startup":
                    await send({"type": "lifespan.startup.complete"})
                elif message["type"] == "lifespan.shutdown":
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        await app(scope, receive, send)

    return wrapped


@pytest.fixture(scope="module")
def api_schema(schema_env: WebEnv) -> Any:
    return schemathesis.openapi.from_asgi("/api/v1/openapi.json", without_lifespan(schema_env.app))


#: every employer operation, called with organisation A's key
EMPLOYER = [
    ("POST", "/api/v1/reports"),
    ("GET", "/api/v1/reports"),
    ("GET", "/api/v1/reports/{job_id}"),
    ("GET", "/api/v1/reports/{job_id}/files/{name}"),
    ("PUT", "/api/v1/reports/{job_id}/review"),
    ("POST", "/api/v1/reports/{job_id}/cancel"),
    ("POST", "/api/v1/reports/{job_id}/rerun"),
    ("GET", "/api/v1/audit"),
]


def test_every_lookup_is_covered(api_schema: Any) -> None:
    spec = api_schema.raw_schema["paths"]
    lookups = {
        (method.upper(), path)
        for path, item in spec.items()
        for method, op in item.items()
        if "look-ups" in op.get("tags", []) or path.endswith("/health")
    }
    assert lookups == set(OPERATIONS)


def _run(api_schema: Any, method: str, path: str, headers: dict[str, str], examples: int) -> None:
    operation = api_schema[path][method]
    key = f"{method} {path}"

    @given(case=operation.as_strategy())
    @settings(max_examples=examples, derandomize=True, deadline=None, suppress_health_check=list(HealthCheck))
    def check(case: Any) -> None:
        CASES[key] = CASES.get(key, 0) + 1
        response = case.call(headers={"Accept-Language": "en", **headers})
        case.validate_response(response, checks=[not_a_server_error])
        assert response.status_code < 500, response.text[:300]
        # every answer is JSON (but a downloaded file): a result, or the error envelope
        ctype = response.headers.get("content-type") or [""]
        if (ctype[0] if isinstance(ctype, list) else ctype).startswith("application/json"):
            body = response.json()
            if response.status_code >= 400:
                assert set(body) == {"error"} and body["error"]["code"] and body["error"]["message"]

    check()


@pytest.mark.parametrize(("method", "path"), OPERATIONS, ids=[f"{m} {p}" for m, p in OPERATIONS])
def test_no_server_errors(api_schema: Any, method: str, path: str) -> None:
    _run(api_schema, method, path, {}, EXAMPLES)


@pytest.mark.parametrize(("method", "path"), EMPLOYER, ids=[f"{m} {p}" for m, p in EMPLOYER])
def test_no_server_errors_for_an_authenticated_organisation(
    api_schema: Any, schema_env: WebEnv, method: str, path: str
) -> None:
    examples = min(EXAMPLES, 60) if (method, path) == ("POST", "/api/v1/reports") else EXAMPLES
    _run(api_schema, method, path, schema_env.auth("a"), examples)


def test_the_run_had_enough_cases() -> None:
    ran = set(CASES)
    if ran != {f"{m} {p}" for m, p in OPERATIONS + EMPLOYER}:
        pytest.skip("only part of the module ran")
    assert all(n > 0 for n in CASES.values()), CASES
    if EXAMPLES >= 340:
        assert sum(CASES.values()) >= 5_000, (sum(CASES.values()), CASES)
