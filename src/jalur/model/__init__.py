"""Typed records shared by every layer (occupations, tasks, exposure profiles, moves, plans, roles, reports). Imports nothing of jalur."""
