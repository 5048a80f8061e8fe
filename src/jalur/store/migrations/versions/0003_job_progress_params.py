"""A job's progress (stage and percent, written by its worker while it runs) and its parameters (the
scenario assumptions the organisation set in the form), so that a web job shows how far it is and a re-run
keeps the assumptions it was given.

Revision ID: 0003
Revises: 0002
Created: 2026-12-06
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("jobs") as batch:
        batch.add_column(sa.Column("progress", sa.Text(), nullable=True))
        batch.add_column(sa.Column("params", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("jobs") as batch:
        batch.drop_column("params")
        batch.drop_column("progress")
