"""``jalur org``: organisations and their API keys for the employer endpoints (docs/storage.md).

A raw key is printed once, when it is made, and never stored: only its salted hash is. Each command brings
the database up to date first (``Store.migrate``), so it works on a fresh database too, and writes an audit
entry (actor ``cli``).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Annotated, Any

import typer

from jalur.app.runtime import Store
from jalur.faces.cli.render import printable

app = typer.Typer(
    help="Organisations and their API keys for the employer endpoints / Organisasi dan kunci API-nya.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

DbOpt = Annotated[
    str | None,
    typer.Option(
        "--database-url",
        help="SQLAlchemy URL (default: $JALUR_DATABASE_URL or a SQLite file in the Jalur home folder).",
        show_default=False,
    ),
]
JsonOpt = Annotated[bool, typer.Option("--json", help="Machine-readable output.")]

KEY_WARNING = (
    "Keep this key now: it is shown only once and cannot be recovered. / "
    "Simpan kunci ini sekarang: hanya ditampilkan sekali dan tidak dapat dipulihkan."
)


def _url(database_url: str | None) -> str:
    if database_url:
        return database_url
    from jalur.app.settings import Settings

    return Settings.from_env().database_url


@contextmanager
def _store(database_url: str | None) -> Iterator[Store]:
    try:
        store = Store(_url(database_url))
        store.migrate()
    except Exception as exc:  # a bad URL or an unreachable server: one line, never a traceback
        typer.echo(f"Cannot open the database: {type(exc).__name__}", err=True)
        raise typer.Exit(1) from None
    try:
        yield store
    finally:
        store.close()


def _emit(payload: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(payload, ensure_ascii=False) + "\n")


@app.command("create")
def create(
    name: Annotated[str, typer.Argument(help="The organisation's name.")],
    database_url: DbOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Create an organisation and its first API key (printed once)."""
    with _store(database_url) as store:
        try:
            org_id, key_id, raw = store.create_org(name)
        except ValueError as exc:
            typer.echo(str(exc), err=True)
            raise typer.Exit(2) from None
        store.audit(org_id, "cli", "org.create", org_id)
        store.audit(org_id, "cli", "key.create", key_id)
    if as_json:
        _emit({"org_id": org_id, "name": " ".join(name.split()), "key_id": key_id, "key": raw})
    else:
        typer.echo(f"organisation  {org_id}")
        typer.echo(f"key id        {key_id}")
        typer.echo(f"key           {raw}")
    typer.echo(KEY_WARNING, err=True)


@app.command("add-key")
def add_key(
    org_id: Annotated[str, typer.Argument(help="The organisation's id (see `jalur org list`).")],
    database_url: DbOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Give an organisation another API key (printed once), e.g. before revoking the old one."""
    with _store(database_url) as store:
        if store.get_org(org_id) is None:
            typer.echo(f"No organisation {printable(org_id)!r} / Organisasi tidak ditemukan.", err=True)
            raise typer.Exit(2)
        key_id, raw = store.add_key(org_id)
        store.audit(org_id, "cli", "key.create", key_id)
    if as_json:
        _emit({"org_id": org_id, "key_id": key_id, "key": raw})
    else:
        typer.echo(f"key id        {key_id}")
        typer.echo(f"key           {raw}")
    typer.echo(KEY_WARNING, err=True)


@app.command("revoke")
def revoke(
    key_id: Annotated[str, typer.Argument(help="The key's id (not the key itself).")],
    database_url: DbOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Revoke an API key: requests with it are refused from now on."""
    with _store(database_url) as store:
        key = store.get_key(key_id)
        owner = key["org_id"] if key is not None else None
        revoked = store.revoke_key(key_id)
        if revoked:
            store.audit(owner, "cli", "key.revoke", key_id)
    if as_json:
        _emit({"key_id": key_id, "revoked": revoked, "org_id": owner})
    elif revoked:
        typer.echo(f"revoked {key_id}")
    if not revoked:
        if not as_json:
            reason = "already revoked / sudah dicabut" if owner else "no such key / kunci tidak ditemukan"
            typer.echo(f"{printable(key_id)}: {reason}", err=True)
        raise typer.Exit(2)


@app.command("list")
def list_orgs(database_url: DbOpt = None, as_json: JsonOpt = False) -> None:
    """Organisations with their key ids and whether each key is active or revoked (never the keys)."""
    with _store(database_url) as store:
        rows = [{**o, "keys": store.list_keys(o["id"])} for o in store.list_orgs()]
    if as_json:
        _emit({"orgs": rows})
        return
    if not rows:
        typer.echo("No organisations yet: `jalur org create NAME`. / Belum ada organisasi.")
        return
    for o in rows:
        typer.echo(f"{o['id']}  {printable(o['name'])}  (created {o['created']})")
        for k in o["keys"]:
            state = f"revoked {k['revoked_at']}" if k["revoked"] else "active"
            typer.echo(f"    key {k['id']}  {state}  (created {k['created']})")
