"""Identity documents and kept correspondence, sealed before they reach a server (issue 18).

On a PostgreSQL server the bytes of identity_documents.content and document_contents.content
are encrypted by the program with AES-256-GCM under the database's data key
(storage.server_keys: random, kept on the server only wrapped per user), so a dump of the
database, or its administrator, sees neither a scan nor a letter. The associated data is
the table and the row's id: a ciphertext moved to another row, or another table, no longer
opens. The encrypted file (SQLCipher) encrypts the whole file: nothing changes there.

ORM objects always hold the plain bytes: sealed just before INSERT/UPDATE, the plain bytes
put back after it, opened when a row is loaded. What reads the column without the ORM
(storage.kept.content, the copies between the stores) calls `open_blob` itself.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import event, text
from sqlalchemy.orm import Session, object_session
from sqlalchemy.orm.attributes import get_history, set_committed_value

from cluma_dpo.domain.errors import StoreError
from cluma_dpo.domain.messages import msg
from cluma_dpo.storage.records import DocumentContentRecord, IdentityDocumentRecord
from cluma_dpo.storage.server_lock import is_server

MAGIC = b"CDS1"  # a sealed value; what does not start with it is refused
_NONCE = 12
KEY_INFO = "cluma_data_key"  # session.info: a callable that returns the data key
SEALED_TABLES = {"identity_documents": "id", "document_contents": "document_id"}
KeySource = Callable[[], bytes]


def _aad(table: str, row_id: int) -> bytes:
    return f"cluma-dpo\x1f{table}\x1f{int(row_id)}".encode()


def seal(key: bytes, table: str, row_id: int, plain: bytes) -> bytes:
    nonce = os.urandom(_NONCE)
    return MAGIC + nonce + AESGCM(key).encrypt(nonce, bytes(plain), _aad(table, row_id))


def open_blob(key: bytes, table: str, row_id: int, sealed: bytes) -> bytes:
    """The plain bytes; StoreError when they are not sealed for this row under this key."""
    data = bytes(sealed)
    if not data.startswith(MAGIC) or len(data) < len(MAGIC) + _NONCE + 16:
        raise StoreError(msg("server.document_unreadable"))
    nonce, body = data[len(MAGIC) : len(MAGIC) + _NONCE], data[len(MAGIC) + _NONCE :]
    try:
        return AESGCM(key).decrypt(nonce, body, _aad(table, row_id))
    except InvalidTag:
        raise StoreError(msg("server.document_unreadable")) from None


def on_server(session: Session | None) -> bool:
    return session is not None and is_server(session)


def key_of(session: Session) -> bytes:
    source: KeySource | None = session.info.get(KEY_INFO)
    if source is None:
        raise StoreError(msg("server.documents_locked"))
    return source()


def open_column(session: Session, table: str, row_id: int, value: bytes | None) -> bytes | None:
    """A value read with SQL (not through the ORM): opened on a server, as is on the file."""
    if value is None or not on_server(session):
        return value
    return open_blob(key_of(session), table, row_id, value)


def _row_id(target: Any) -> int | None:
    name = SEALED_TABLES[target.__tablename__]
    value = getattr(target, name)
    return None if value is None else int(value)


def _before_write(_mapper: Any, connection: Any, target: Any) -> None:
    if connection.dialect.name != "postgresql":
        return
    session = object_session(target)
    plain = target.__dict__.get("content")
    if session is None or plain is None or _is_sealed(target):
        return
    if _row_id(target) is not None and not get_history(target, "content").has_changes():
        return  # another column changed: the sealed bytes stay as they are
    table = target.__tablename__
    if _row_id(target) is None:  # the id, before the INSERT: the ciphertext is bound to it
        target.id = connection.execute(
            text(f"SELECT nextval(pg_get_serial_sequence('{table}', 'id'))")
        ).scalar()
    target._cluma_plain = plain
    target.content = seal(key_of(session), table, int(_row_id(target) or 0), plain)


def _is_sealed(target: Any) -> bool:
    return getattr(target, "_cluma_plain", None) is not None


def _after_write(_mapper: Any, connection: Any, target: Any) -> None:
    plain = getattr(target, "_cluma_plain", None)
    if plain is not None:
        target._cluma_plain = None
        set_committed_value(target, "content", plain)


def _opened(target: Any, _context: Any, attrs: Any = None) -> None:
    if attrs is not None and "content" not in attrs:
        return
    value = target.__dict__.get("content")
    session = object_session(target)
    if value is None or not on_server(session):
        return
    assert session is not None
    plain = open_blob(key_of(session), target.__tablename__, _row_id(target) or 0, value)
    set_committed_value(target, "content", plain)


for _record in (IdentityDocumentRecord, DocumentContentRecord):
    event.listen(_record, "before_insert", _before_write)
    event.listen(_record, "before_update", _before_write)
    event.listen(_record, "after_insert", _after_write)
    event.listen(_record, "after_update", _after_write)
    event.listen(_record, "load", _opened)
    event.listen(_record, "refresh", _opened)
