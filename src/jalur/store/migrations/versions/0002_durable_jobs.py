"""Durable job queue with leases, worker processes, server-side sessions, the store's identity, and the
upload's stored summary (so that a job's status never re-reads the roster).

Revision ID: 0002
Revises: 0001
Created: 2026-12-04
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TS = sa.DateTime(timezone=True)
ID = sa.String(32)


def upgrade() -> None:
    with op.batch_alter_table("jobs") as batch:
        batch.add_column(sa.Column("kind", sa.String(32), nullable=False, server_default="report"))
        batch.add_column(sa.Column("attempts", sa.Integer(), nullable=False, server_default="0"))
        batch.add_column(sa.Column("lease_owner", sa.String(64), nullable=True))
        batch.add_column(sa.Column("lease_until", TS, nullable=True))
        batch.add_column(
            sa.Column("cancel_requested", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch.create_index("ix_jobs_status_created", ["status", "created"])
    with op.batch_alter_table("uploads") as batch:
        batch.add_column(sa.Column("summary", sa.Text(), nullable=True))
    op.create_table(
        "workers",
        sa.Column("id", ID, nullable=False),
        sa.Column("host", sa.Text(), nullable=False),
        sa.Column("pid", sa.Integer(), nullable=False),
        sa.Column("started", TS, nullable=False),
        sa.Column("heartbeat", TS, nullable=False),
        sa.Column("stopped", TS, nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_workers"),
    )
    op.create_table(
        "sessions",
        sa.Column("id", sa.String(64), nullable=False),
        sa.Column("org_id", ID, nullable=False),
        sa.Column("key_id", ID, nullable=False),
        sa.Column("created", TS, nullable=False),
        sa.Column("expires", TS, nullable=False),
        sa.Column("ended", TS, nullable=True),
        sa.ForeignKeyConstraint(["org_id"], ["orgs.id"], name="fk_sessions_org_id_orgs"),
        sa.PrimaryKeyConstraint("id", name="pk_sessions"),
    )
    op.create_table(
        "meta",
        sa.Column("key", sa.String(64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name="pk_meta"),
    )


def downgrade() -> None:
    op.drop_table("meta")
    op.drop_table("sessions")
    op.drop_table("workers")
    with op.batch_alter_table("uploads") as batch:
        batch.drop_column("summary")
    with op.batch_alter_table("jobs") as batch:
        batch.drop_index("ix_jobs_status_created")
        for name in ("cancel_requested", "lease_until", "lease_owner", "attempts", "kind"):
            batch.drop_column(name)
