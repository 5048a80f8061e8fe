"""Alembic environment of Jalur's web database, configured from Python (``jalur.store.db.alembic_config``):
there is no alembic.ini. ``Store.migrate`` passes its open connection in ``config.attributes``; a URL in
``sqlalchemy.url`` works too (docs/storage.md shows how to write a new migration)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, create_engine

from jalur.store.db import metadata, normalise_url

config = context.config


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        compare_type=True,
        # SQLite cannot ALTER most things: later migrations use batch operations there
        render_as_batch=connection.dialect.name == "sqlite",
    )
    with context.begin_transaction():
        context.run_migrations()


def run_offline() -> None:
    context.configure(
        url=normalise_url(config.get_main_option("sqlalchemy.url") or ""),
        target_metadata=metadata,
        literal_binds=True,
        dialect_opts={"paramstyle": "named"},
    )
    with context.begin_transaction():
        context.run_migrations()


def run_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    url = config.get_main_option("sqlalchemy.url")
    if not url:
        raise RuntimeError("no connection and no sqlalchemy.url: use jalur.store.db.alembic_config(url)")
    engine = create_engine(normalise_url(url))
    try:
        with engine.begin() as conn:
            _run(conn)
    finally:
        engine.dispose()


if context.is_offline_mode():
    run_offline()
else:
    run_online()
