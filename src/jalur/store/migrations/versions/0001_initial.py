"""Initial schema: organisations, API keys, uploads, report jobs, review decisions, audit log.

Revision ID: 0001
Revises:
Created: 2025-11-29
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# timestamps are UTC; SQLite keeps them as naive text (jalur.store.db.UTCDateTime adds UTC back on read)
TS = sa.DateTime(timezone=True)
ID = sa.String(32)


def upgrade() -> None:
    op.create_table(
        "orgs",
        sa.Column("id", ID, nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("created", TS, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_orgs"),
    )
    op.create_table(
        "api_keys",
        sa.Column("id", ID, nullable=False),
        sa.Column("org_id", ID, nullable=False),
        sa.Column("key_hash", sa.String(200), nullable=False),
        sa.Column("created", TS, nullable=False),
        sa.Column("revoked", TS, nullable=True),
        sa.ForeignKeyConstraint(["org_id"], ["orgs.id"], name="fk_api_keys_org_id_orgs"),
        sa.PrimaryKeyConstraint("id", name="pk_api_keys"),
    )
    op.create_index("ix_api_keys_org_id", "api_keys", ["org_id"])
    op.create_table(
        "uploads",
        sa.Column("id", ID, nullable=False),
        sa.Column("org_id", ID, nullable=False),
        sa.Column("filename", sa.Text(), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("stored_path", sa.Text(), nullable=False),
        sa.Column("rows_in", sa.Integer(), nullable=True),
        sa.Column("rows_accepted", sa.Integer(), nullable=True),
        sa.Column("rows_rejected", sa.Integer(), nullable=True),
        sa.Column("actor", sa.Text(), nullable=False),
        sa.Column("created", TS, nullable=False),
        sa.ForeignKeyConstraint(["org_id"], ["orgs.id"], name="fk_uploads_org_id_orgs"),
        sa.PrimaryKeyConstraint("id", name="pk_uploads"),
    )
    op.create_index("ix_uploads_org_id_created", "uploads", ["org_id", "created"])
    op.create_table(
        "jobs",
        sa.Column("id", ID, nullable=False),
        sa.Column("org_id", ID, nullable=False),
        sa.Column("upload_id", ID, nullable=False),
        sa.Column("lang", sa.String(8), nullable=False),
        sa.Column("formats", sa.Text(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column("result_dir", sa.Text(), nullable=True),
        sa.Column("summary", sa.Text(), nullable=True),
        sa.Column("created", TS, nullable=False),
        sa.Column("updated", TS, nullable=False),
        sa.Column("started", TS, nullable=True),
        sa.Column("finished", TS, nullable=True),
        sa.ForeignKeyConstraint(["org_id"], ["orgs.id"], name="fk_jobs_org_id_orgs"),
        sa.ForeignKeyConstraint(["upload_id"], ["uploads.id"], name="fk_jobs_upload_id_uploads"),
        sa.PrimaryKeyConstraint("id", name="pk_jobs"),
    )
    op.create_index("ix_jobs_upload_id", "jobs", ["upload_id"])
    op.create_index("ix_jobs_org_id_created", "jobs", ["org_id", "created"])
    op.create_table(
        "decisions",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("org_id", ID, nullable=False),
        sa.Column("upload_id", ID, nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("title_key", sa.String(64), nullable=False),
        sa.Column("code", sa.String(32), nullable=False),
        sa.Column("actor", sa.Text(), nullable=False),
        sa.Column("created", TS, nullable=False),
        sa.Column("updated", TS, nullable=False),
        sa.ForeignKeyConstraint(["org_id"], ["orgs.id"], name="fk_decisions_org_id_orgs"),
        sa.ForeignKeyConstraint(["upload_id"], ["uploads.id"], name="fk_decisions_upload_id_uploads"),
        sa.PrimaryKeyConstraint("id", name="pk_decisions"),
        sa.UniqueConstraint(
            "org_id", "upload_id", "title_key", name="uq_decisions_org_id_upload_id_title_key"
        ),
    )
    op.create_table(
        "audit",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("org_id", ID, nullable=True),
        sa.Column("actor", sa.Text(), nullable=False),
        sa.Column("action", sa.String(64), nullable=False),
        sa.Column("target", sa.Text(), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("created", TS, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_audit"),
    )
    op.create_index("ix_audit_org_id_created", "audit", ["org_id", "created"])


def downgrade() -> None:
    op.drop_index("ix_audit_org_id_created", table_name="audit")
    op.drop_table("audit")
    op.drop_table("decisions")
    op.drop_index("ix_jobs_org_id_created", table_name="jobs")
    op.drop_index("ix_jobs_upload_id", table_name="jobs")
    op.drop_table("jobs")
    op.drop_index("ix_uploads_org_id_created", table_name="uploads")
    op.drop_table("uploads")
    op.drop_index("ix_api_keys_org_id", table_name="api_keys")
    op.drop_table("api_keys")
    op.drop_table("orgs")
