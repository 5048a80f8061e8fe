"""Batch functions on Arrow tables and their runtime (issue 20).

Each heavy step — coding texts to occupations, scoring task text, classifying job ads, placing a roster and
its impact table — is one ``pyarrow.Table -> pyarrow.Table`` function in ``jalur.batch.functions``: pure
(the same table and knowledge base give the same table), deterministic, the knowledge base opened once per
process (``jalur.batch.runtime``). The commands call them in one process; the Spark runner
(``jalur.app.spark``) calls the very same functions on each partition (``mapInArrow``).
"""
