"""`jalur serve` refuses to start, with one clear message and exit code 2, when its parts are missing."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from jalur.faces.cli.main import app


def test_an_unreachable_database_is_one_message_without_the_password(
    kb_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("JALUR_DATABASE_URL", "postgresql+psycopg://nobody:s3cret@127.0.0.1:1/none")
    r = CliRunner().invoke(app, ["serve", "--port", "8799", "--kb", str(kb_path)])
    assert r.exit_code == 2
    assert "JALUR_DATABASE_URL" in r.stderr and "s3cret" not in r.stdout + r.stderr
    assert "Traceback" not in r.stdout + r.stderr


def test_a_missing_knowledge_base_is_one_message(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JALUR_DATABASE_URL", f"sqlite:///{tmp_path / 'web.sqlite'}")
    monkeypatch.setenv("JALUR_WEB_FILES", str(tmp_path / "files"))
    r = CliRunner().invoke(app, ["serve", "--port", "8799", "--kb", str(tmp_path / "none.sqlite")])
    assert r.exit_code == 2 and "jalur kb build" in r.stderr
