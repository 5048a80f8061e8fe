"""The knowledge base: one SQLite file built from the public sources, opened read-only afterwards."""
