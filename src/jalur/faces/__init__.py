"""The faces of Jalur: the command line (``cli``) and the web service (``web``). They parse input, call ``jalur.app`` and render; no domain logic, no SQL."""
