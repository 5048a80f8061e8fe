"""Typed records shared by every layer; this package imports nothing else of Jalur.

- :mod:`jalur.model.kb`: the rows the knowledge base's read API (``jalur.kb.repository``) returns.
"""
