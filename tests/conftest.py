"""Shared fixtures. Tests never touch the internet; HF hubs are off."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from jalur import config

#: fixtures that need the full knowledge base built from the public data: a test using one (directly or
#: through another fixture) belongs to the acceptance layer; every other test is a unit test and runs
#: on the toy knowledge base (``toy_kb_path``) or none — ``pytest -m "not acceptance"`` needs no public data
FULL_KB_FIXTURES = frozenset({"data_dir", "kb_path", "kb"})


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if FULL_KB_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.acceptance)


@pytest.fixture(scope="session")
def toy_kb_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The toy knowledge base (tests/toykb/occupations.yaml: 25 unit groups, invented content), built once
    per session in a few seconds, without the public data."""
    from tests.toykb.build import build_toy

    return build_toy(tmp_path_factory.mktemp("toykb") / "toy-kb.sqlite")


@pytest.fixture
def toy_kb(toy_kb_path: Path) -> Iterator[sqlite3.Connection]:
    """A read-only connection to the toy knowledge base."""
    conn = sqlite3.connect(f"file:{toy_kb_path}?mode=ro", uri=True, check_same_thread=False)
    conn.row_factory = sqlite3.Row
    yield conn
    conn.close()


@pytest.fixture(scope="session")
def data_dir() -> Path:
    """The real public data folder (../shared/data/raw in a development checkout)."""
    d = config.data_dir()
    if not d.is_dir():
        pytest.skip(f"public data folder not found at {d}")
    return d


@pytest.fixture(scope="session")
def kb_path(data_dir: Path) -> Path:
    """The full knowledge base, built once (or reused when its manifest says it is up to date)."""
    from jalur.ingest.build import build

    path = config.kb_path()
    build(path, data_dir)
    return path


@pytest.fixture(scope="session")
def kb(kb_path: Path) -> Iterator[sqlite3.Connection]:
    """A read-only connection to the full knowledge base."""
    conn = sqlite3.connect(f"file:{kb_path}?mode=ro", uri=True, check_same_thread=False)
    conn.row_factory = sqlite3.Row
    yield conn
    conn.close()


@pytest.fixture(scope="session")
def spark_session() -> Iterator[object]:
    """One local Spark session for the whole run (``local[2]``, UI off, bound to 127.0.0.1). Without
    PySpark or Java the Spark tests are skipped — unless ``JALUR_REQUIRE_SPARK`` is set (``make test``
    sets it), where that is a failure."""
    import importlib.util
    import shutil

    missing = [
        n
        for n, ok in (("pyspark", importlib.util.find_spec("pyspark")), ("java", shutil.which("java")))
        if not ok
    ]
    if missing:
        if os.environ.get("JALUR_REQUIRE_SPARK"):
            pytest.fail(f"the Spark tests need {', '.join(missing)} (make test installs them)")
        pytest.skip(f"no {', '.join(missing)}")
    from jalur.app.spark import session

    spark = session("local[2]", conf={"spark.sql.shuffle.partitions": "4", "spark.default.parallelism": "2"})
    yield spark
    spark.stop()
