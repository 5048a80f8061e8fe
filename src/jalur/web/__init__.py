"""The web face of Jalur: one FastAPI application serving the REST API (``/api/v1``) and the bilingual web
UI, with persistence through SQLAlchemy (SQLite by default, PostgreSQL when ``JALUR_DATABASE_URL`` says so).
Nothing here runs at import time; ``create_app`` builds the application."""
