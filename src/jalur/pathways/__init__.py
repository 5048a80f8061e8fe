"""Pathways: AI-era roles, occupation similarity, transitions and learning plans."""
