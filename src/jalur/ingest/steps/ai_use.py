"""Build step 'ai_use': observed AI use per O*NET task (Anthropic Economic Index), joined to the O*NET task
statements by normalised text. Evidence of *mode* — handed over (automation) or done together
(augmentation) — where a task was seen; absence means not seen in one assistant's conversations, not
"not exposed"."""

from __future__ import annotations

from jalur.ingest.build import BuildContext
from jalur.ingest.sources import ai_use as reader

SOURCES: tuple[str, ...] = (reader.SOURCE_ID,)

#: a task's observed mode counts when at least this share of its conversations is classified as automation
#: or augmentation (the rest is filtered or feedback): below it the share is mostly noise
MODE_MIN_CLASSIFIED = 0.5

SCHEMA = """
-- per O*NET task: shares of the task's conversations that automate / augment / were filtered (sum to 1),
-- the task's share of all conversations (percent); one row per O*NET task whose statement the index holds
CREATE TABLE onet_task_ai_use (
    task_id INTEGER PRIMARY KEY, automation REAL NOT NULL, augmentation REAL NOT NULL,
    filtered REAL NOT NULL, share_of_use REAL
);
"""


def load(ctx: BuildContext) -> None:
    files = ctx.files(reader.SOURCE_ID)
    observed = {
        u.key: u for u in reader.read_ai_use(files.path(reader.MODES_FILE), files.path(reader.USE_FILE))
    }
    rows, matched = [], set()
    for task_id, statement in ctx.conn.execute("SELECT task_id, text FROM onet_task ORDER BY task_id"):
        u = observed.get(reader.statement_key(statement))
        if u is None:
            continue
        matched.add(u.key)
        rows.append((task_id, u.automation, u.augmentation, u.filtered, u.share_of_use))
    ctx.insert(
        "onet_task_ai_use", ["task_id", "automation", "augmentation", "filtered", "share_of_use"], rows
    )
    classified = [r for r in rows if r[1] + r[2] > 0]
    ctx.stats["ai_use"] = {
        "statements": len(observed),
        "statements_matched": len(matched),
        "statements_match_rate": round(len(matched) / len(observed), 4) if observed else 0.0,
        "onet_tasks_linked": len(rows),
        "onet_tasks_classified": len(classified),
        "onet_tasks_automation_dominant": sum(1 for r in classified if r[1] > r[2]),
    }
