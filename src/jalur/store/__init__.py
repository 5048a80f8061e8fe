"""User data of the web service through SQLAlchemy (SQLite by default, PostgreSQL by URL), Alembic migrations, the durable job queue."""
