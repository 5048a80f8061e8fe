"""Build steps. Each module owns its tables: ``SCHEMA`` (DDL) and ``load(ctx)``; see ``jalur.ingest.build``."""
