"""Domain types and classification logic (ISCO-08 / KBJI 2014 hierarchy, task alignment)."""
