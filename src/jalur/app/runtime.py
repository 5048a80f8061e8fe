"""The service's parts, made and checked in one place for every face that runs the service (the web app,
``jalur worker``, ``jalur org``): the store of user data, the look-up services over the knowledge base and
the job runner, from one ``Settings``."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from jalur.app.jobs import JobRunner
from jalur.app.services import Services
from jalur.app.settings import Settings
from jalur.errors import JalurError
from jalur.store.db import Store, split_key

__all__ = ["Runtime", "Store", "check_database", "key_id_of", "open_runtime", "open_store"]


@dataclass
class Runtime:
    settings: Settings
    store: Store
    services: Services
    jobs: JobRunner


def open_runtime(settings: Settings) -> Runtime:
    """The store, the services and the job runner of a service (nothing is started or migrated yet)."""
    store = Store(settings.database_url)
    services = Services(settings.kb)
    return Runtime(settings, store, services, JobRunner(store, services, settings))


@contextmanager
def open_store(url: str) -> Iterator[Store]:
    """The store at ``url``, migrated; closed on leaving."""
    store = Store(url)
    try:
        store.migrate()
        yield store
    finally:
        store.close()


def key_id_of(raw_key: str) -> str | None:
    """The public key id of a raw API key ``jlr_<key id>_<secret>``; None for anything else."""
    parts = split_key(raw_key)
    return parts[0] if parts else None


def check_database(url: str, settings: Settings | None = None) -> None:
    """Fail before a server starts, with one clear message, when the database cannot be reached or
    migrated, or (with ``settings``) is not the one the files folder belongs to (the password is never
    shown)."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import SQLAlchemyError

    try:
        store = Store(url)
        try:
            store.migrate()
            if settings is not None:
                from jalur.app.health import check_identity

                check_identity(store, settings)
        finally:
            store.close()
    except SQLAlchemyError as exc:
        shown = make_url(url).render_as_string(hide_password=True)
        raise JalurError("error.database", url=shown, reason=type(exc).__name__) from None
