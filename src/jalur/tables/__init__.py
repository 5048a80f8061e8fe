"""Untrusted user tables: checks on a workbook's structure before any parser sees it, and the isolated
process in which every user file is parsed (docs/security.md)."""
