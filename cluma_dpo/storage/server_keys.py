"""The data key of a server's documents, wrapped per user (issue 18).

One random 256-bit data key per database seals the identity documents and the kept
correspondence (storage.sealed). The server never holds it in clear: user_keys keeps it
wrapped (AES-256-GCM) once per login, under a key derived with scrypt from that login's
own password and a salt of its own. The program has the password at connect time (libpq's
PGPASSWORD or ~/.pgpass, or the prompt); the server stores only a SCRAM verifier of it, so
the server's administrator can unwrap nothing.

- `init` and `migrate --to` create the key and wrap it for the owner;
- `users add` (a dpo, who has the key open) wraps it for the new login with the password
  the dpo sets; `users remove` deletes that wrap (in cluma_remove_user); `users passwd`
  wraps it again under the new password;
- a login without a wrap (management) cannot open a document, and never needs to.

Row-level security (storage.server_roles): each login reads its own row only; a dpo adds
rows. `users passwd` changes a password and its wrap together (cluma_set_password,
storage.server_users); a password changed outside the program no longer opens its wrap,
and a dpo's `users passwd LOGIN` makes a new one.
"""

from __future__ import annotations

import hashlib
import os
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import text

from cluma_dpo.domain.errors import StoreError
from cluma_dpo.domain.messages import msg

KEY_BYTES = 32
# scrypt's cost: 32 MiB and ~0.1 s once per connection that opens a document
_N, _R, _P = 2**15, 8, 1


def new_data_key() -> bytes:
    return os.urandom(KEY_BYTES)


def _wrap_key(password: str, salt: bytes) -> bytes:
    return hashlib.scrypt(
        password.encode("utf-8"), salt=salt, n=_N, r=_R, p=_P, maxmem=64 * 1024 * 1024, dklen=32
    )


def _aad(login: str) -> bytes:
    return b"cluma-dpo data key\x1f" + login.encode("utf-8")


def wrap(data_key: bytes, login: str, password: str) -> tuple[str, bytes]:
    """(salt, wrapped): the data key under `password`, bound to `login`."""
    salt = os.urandom(16)
    nonce = os.urandom(12)
    sealed = AESGCM(_wrap_key(password, salt)).encrypt(nonce, data_key, _aad(login))
    return salt.hex(), nonce + sealed


def unwrap(login: str, password: str, salt: str, wrapped: bytes) -> bytes | None:
    data = bytes(wrapped)
    try:
        return AESGCM(_wrap_key(password, bytes.fromhex(salt))).decrypt(
            data[:12], data[12:], _aad(login)
        )
    except (InvalidTag, ValueError):
        return None


def store_wrap(conn: Any, login: str, data_key: bytes, password: str) -> None:
    salt, wrapped = wrap(data_key, login, password)
    conn.execute(
        text(
            "INSERT INTO user_keys (login, salt, wrapped, created)"
            " VALUES (:login, :salt, :wrapped, CURRENT_TIMESTAMP)"
        ),
        {"login": login, "salt": salt, "wrapped": wrapped},
    )


def open_key(conn: Any, login: str, password: str | None) -> bytes:
    """The data key from this login's wrap; StoreError saying what is missing."""
    row = conn.execute(
        text("SELECT salt, wrapped FROM user_keys WHERE login = :login"), {"login": login}
    ).first()
    if row is None:
        raise StoreError(msg("server.documents_no_key"))
    if not password:
        raise StoreError(msg("server.documents_need_password"))
    key = unwrap(login, password, row[0], row[1])
    if key is None:
        raise StoreError(msg("server.documents_key_refused"))
    return key


def has_key(conn: Any) -> bool:
    return conn.execute(text("SELECT to_regclass('user_keys')")).scalar() is not None and bool(
        conn.execute(text("SELECT count(*) FROM user_keys")).scalar()
    )


def first_key(conn: Any, login: str, password: str | None) -> bytes | None:
    """A server database from before schema 0009, upgraded by its owner: the data key made
    and wrapped for the owner, and the documents already there sealed with it (None: there
    is a key already, or no password to wrap one with)."""
    from cluma_dpo.storage import sealed

    if has_key(conn) or not password:
        return None
    key = new_data_key()
    store_wrap(conn, login, key, password)
    for table, id_column in sealed.SEALED_TABLES.items():
        rows = conn.execute(text(f"SELECT {id_column}, content FROM {table}")).all()
        for row_id, content in rows:
            conn.execute(
                text(f"UPDATE {table} SET content = :c WHERE {id_column} = :i"),
                {"c": sealed.seal(key, table, row_id, content), "i": row_id},
            )
    return key
