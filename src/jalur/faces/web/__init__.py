"""The web service: REST API under /api/v1 and the web UI (``jalur serve``)."""
