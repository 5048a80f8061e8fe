"""Jalur: how AI changes work in Indonesia, task by task, and where each worker can go next."""

__version__ = "0.1.0"
