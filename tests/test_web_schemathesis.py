"""Schemathesis against the application's own OpenAPI document, in process (ASGI): every look-up endpoint
and the task scorer get generated requests (valid and invalid), and none may answer with a server error.
Bounded (30 examples per operation, derandomised) so that it runs in well under two minutes."""

from __future__ import annotations

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


def test_every_lookup_is_covered(api_schema: Any) -> None:
    spec = api_schema.raw_schema["paths"]
    lookups = {
        (method.upper(), path)
        for path, item in spec.items()
        for method, op in item.items()
        if "look-ups" in op.get("tags", []) or path.endswith("/health")
    }
    assert lookups == set(OPERATIONS)


@pytest.mark.parametrize(("method", "path"), OPERATIONS, ids=[f"{m} {p}" for m, p in OPERATIONS])
def test_no_server_errors(api_schema: Any, method: str, path: str) -> None:
    operation = api_schema[path][method]

    @given(case=operation.as_strategy())
    @settings(max_examples=30, derandomize=True, deadline=None, suppress_health_check=list(HealthCheck))
    def check(case: Any) -> None:
        response = case.call(headers={"Accept-Language": "en"})
        case.validate_response(response, checks=[not_a_server_error])
        assert response.status_code < 500, response.text[:300]
        # every answer is JSON: a result, or the error envelope
        body = response.json()
        if response.status_code >= 400:
            assert set(body) == {"error"} and body["error"]["code"] and body["error"]["message"]

    check()
