"""Observed AI use per O*NET task (Anthropic Economic Index): reading, joining, and what it holds."""

from __future__ import annotations

from pathlib import Path

import pytest

from jalur.errors import JalurError
from jalur.ingest.sources.ai_use import read_ai_use, statement_key
from jalur.kb.read import KnowledgeBase

MODES = "task_name,feedback_loop,directive,task_iteration,validation,learning,filtered\n"


def _write(tmp_path: Path, modes: list[str], use: list[str]) -> tuple[Path, Path]:
    m, u = tmp_path / "modes.csv", tmp_path / "use.csv"
    # rows repeat: the reader refuses a file shorter than the real one (3,000 rows or more)
    m.write_text(MODES + "".join(r + "\n" for r in modes * 2000), encoding="utf-8")
    u.write_text("task_name,pct\n" + "".join(r + "\n" for r in use * 3000), encoding="utf-8")
    return m, u


def test_statement_keys_join_the_index_to_onet_wording() -> None:
    assert statement_key("Answer  Customer Questions.") == statement_key("answer customer questions")
    assert statement_key("Prepare reports. ") == "prepare reports"


def test_modes_fold_into_automation_augmentation_and_filtered(tmp_path: Path) -> None:
    m, u = _write(
        tmp_path,
        ["answer customer questions.,0.1,0.5,0.2,0.1,0.0,0.1", "write code.,0,0,0,0,0,1"],
        ["answer customer questions.,0.25"],
    )
    rows = {r.key: r for r in read_ai_use(m, u)}
    a = rows["answer customer questions"]
    assert (a.automation, a.augmentation, a.filtered, a.share_of_use) == (0.6, 0.3, 0.1, 0.25)
    assert rows["write code"].automation == 0 and rows["write code"].share_of_use is None


def test_modes_that_do_not_sum_to_one_are_refused(tmp_path: Path) -> None:
    m, u = _write(tmp_path, ["answer customer questions.,0.5,0.5,0.5,0,0,0"], ["x,1"])
    with pytest.raises(JalurError):
        read_ai_use(m, u)


def test_the_kb_holds_observed_use_for_thousands_of_onet_tasks(kb_path: Path) -> None:
    with KnowledgeBase(kb_path) as kb:
        n, bad, classified = kb.one(
            "SELECT COUNT(*), SUM(ABS(automation + augmentation + filtered - 1) > 0.01), "
            "SUM(automation + augmentation > 0) FROM onet_task_ai_use"
        )
        linked = kb.one("SELECT COUNT(*) FROM onet_task_ai_use u JOIN onet_task t USING (task_id)")[0]
    assert n >= 3000 and linked == n and bad == 0 and classified >= 2000
