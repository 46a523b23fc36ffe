"""The audit chain's key: random, kept in the database only wrapped with the passphrase.

The chain's hashes are HMACs under a random 32-byte key (issue 16, finding 8): a row
appended with SQL, or a trail rewritten, is reported unless whoever did it also derived
this key. The key is stored XOR-ed with SHA-256(salt, passphrase), so the file never
holds it in clear; the passphrase is the one SQLCipher opens the file with, taken from
the engine that already holds it in memory.

A passphrase change keeps the key (printed heads stay valid): before the file is rekeyed
the key is stored wrapped with the new passphrase too (`pending`); either wrap opens it,
and the first event written afterwards keeps only the one that works. A kill between the
two steps therefore leaves a key that opens with whichever passphrase the file has.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from typing import Any

from sqlalchemy import text

_CHECK = b"cluma-dpo audit chain key check"


def _kek(passphrase: str, salt: str) -> bytes:
    material = b"cluma-dpo audit chain key\x1f" + bytes.fromhex(salt) + b"\x1f"
    return hashlib.sha256(material + passphrase.encode("utf-8")).digest()


def _xor(a: bytes, b: bytes) -> bytes:
    return bytes(x ^ y for x, y in zip(a, b, strict=True))


def _check(key: bytes) -> str:
    return hmac.new(key, _CHECK, hashlib.sha256).hexdigest()


def passphrase_of(conn: Any) -> str:
    """The passphrase the engine behind a Session or Connection opened the file with.

    A PostgreSQL server has no passphrase of the database: each user signs in with a
    password of their own, and every writer must open the same key. There the key is
    wrapped with the empty secret, and the server's privileges guard it instead
    (storage.server_roles: only the roles that write events may read audit_key, nobody but
    the owner may change it, and nobody may delete or rewrite an event)."""
    bind = conn.get_bind() if hasattr(conn, "get_bind") else conn
    engine = getattr(bind, "engine", bind)
    if engine.dialect.name != "sqlite":
        return ""
    return str(engine.url.password or "")


def create_key(conn: Any, passphrase: str | None = None) -> bytes:
    """A new chain key, stored wrapped (a new database, or the upgrade to schema 0006)."""
    secret = passphrase if passphrase is not None else passphrase_of(conn)
    key = secrets.token_bytes(32)
    store_key(conn, key, secret)
    return key


def store_key(conn: Any, key: bytes, secret: str) -> None:
    """Keep `key` wrapped with `secret`, in place of any key there was (a new database;
    `migrate --to` carrying the file's key to a server, so that every hash still holds)."""
    salt = secrets.token_hex(16)
    conn.execute(text("DELETE FROM audit_key"))
    conn.execute(
        text(
            'INSERT INTO audit_key (id, salt, wrapped, pending, "check") '
            "VALUES (1, :salt, :wrapped, NULL, :check)"
        ),
        {"salt": salt, "wrapped": _xor(key, _kek(secret, salt)).hex(), "check": _check(key)},
    )


def _row(conn: Any) -> Any:
    return conn.execute(
        text('SELECT salt, wrapped, pending, "check" FROM audit_key WHERE id = 1')
    ).first()


def load_key(conn: Any, *, settle: bool = False) -> bytes | None:
    """The chain key, or None when no wrap opens with this passphrase (or there is none).

    settle (in a write transaction): a key opened by the pending wrap becomes the key's
    only wrap (the passphrase change it belongs to has happened)."""
    row = _row(conn)
    if row is None:
        return None
    salt, wrapped, pending, check = row
    secret = passphrase_of(conn)
    kek = _kek(secret, salt)
    for which, wrap in (("wrapped", wrapped), ("pending", pending)):
        if not wrap:
            continue
        key = _xor(bytes.fromhex(wrap), kek)
        if hmac.compare_digest(_check(key), check):
            if settle and (which == "pending" or pending):
                conn.execute(
                    text("UPDATE audit_key SET wrapped = :w, pending = NULL WHERE id = 1"),
                    {"w": wrap},
                )
            return key
    return None


def stage_passphrase(conn: Any, new_passphrase: str) -> None:
    """Before a rekey: wrap the key with the new passphrase too (see the module's text)."""
    key = load_key(conn)
    row = _row(conn)
    if key is None or row is None:
        return  # a chain that does not open stays one that does not open: verify says so
    wrap = _xor(key, _kek(new_passphrase, row[0])).hex()
    conn.execute(text("UPDATE audit_key SET pending = :p WHERE id = 1"), {"p": wrap})
