"""The ``jalur`` command line."""
