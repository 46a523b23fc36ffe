"""Decrypt a SQLCipher 4 file page by page, independently of SQLite.

SQLite only ever shows live rows; to prove that erased data is gone from *every* byte of a
database (free pages, slack space in pages, old WAL frames), the tests decrypt the raw
file themselves. SQLCipher 4 defaults (design.md keeps them): 4096-byte pages, the first
16 bytes of the file are the KDF salt, key = PBKDF2-HMAC-SHA512(passphrase, salt, 256000,
32 bytes), each page ends in a reserve of 16 bytes IV + 64 bytes HMAC-SHA512 over
(ciphertext || IV || page number as 4-byte little endian) with the HMAC key
PBKDF2-HMAC-SHA512(key, salt XOR 0x3a, 2, 32); the content is AES-256-CBC.
Every page's HMAC is checked, so a wrong decryption cannot pass silently as "no marker".
"""

from __future__ import annotations

import hashlib
import hmac
import struct
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from tests import kdf

PAGE_SIZE = 4096
SALT_SIZE = 16
IV_SIZE = 16
HMAC_SIZE = 64
RESERVE = IV_SIZE + HMAC_SIZE
SQLITE_HEADER = b"SQLite format 3\x00"
WAL_HEADER = 32
WAL_FRAME_HEADER = 24


class Keys:
    def __init__(self, passphrase: str, salt: bytes) -> None:
        self.salt = salt
        self.key = hashlib.pbkdf2_hmac("sha512", passphrase.encode(), salt, kdf.current(), 32)
        hmac_salt = bytes(b ^ 0x3A for b in salt)
        self.hmac_key = hashlib.pbkdf2_hmac("sha512", self.key, hmac_salt, 2, 32)

    def decrypt_page(self, raw: bytes, pgno: int) -> bytes:
        if len(raw) != PAGE_SIZE:
            raise ValueError(f"page {pgno}: {len(raw)} bytes, expected {PAGE_SIZE}")
        start = SALT_SIZE if pgno == 1 else 0
        end = PAGE_SIZE - RESERVE
        cipher_text = raw[start:end]
        iv = raw[end : end + IV_SIZE]
        mac = raw[end + IV_SIZE :]
        expected = hmac.new(
            self.hmac_key, cipher_text + iv + struct.pack("<I", pgno), hashlib.sha512
        ).digest()
        if not hmac.compare_digest(mac, expected):
            raise ValueError(f"page {pgno}: HMAC mismatch (wrong passphrase or not SQLCipher 4)")
        dec = Cipher(algorithms.AES(self.key), modes.CBC(iv)).decryptor()
        plain = dec.update(cipher_text) + dec.finalize()
        return (SQLITE_HEADER if pgno == 1 else b"") + plain


@lru_cache(maxsize=16)
def keys_for(passphrase: str, salt: bytes) -> Keys:
    """The derived keys (the real 256,000 PBKDF2 rounds are worth keeping for the same file)."""
    return Keys(passphrase, salt)


def decrypted_pages(db: Path, passphrase: str) -> Iterator[tuple[int, bytes]]:
    """(page number, plaintext page) for every page of the database file."""
    data = Path(db).read_bytes()
    if len(data) % PAGE_SIZE:
        raise ValueError(f"{db}: size {len(data)} is not a multiple of {PAGE_SIZE}")
    keys = keys_for(passphrase, data[:SALT_SIZE])
    for i in range(len(data) // PAGE_SIZE):
        yield i + 1, keys.decrypt_page(data[i * PAGE_SIZE : (i + 1) * PAGE_SIZE], i + 1)


def decrypted_wal_frames(wal: Path, db: Path, passphrase: str) -> Iterator[tuple[int, bytes]]:
    """(page number, plaintext page) for every complete frame in a WAL file, valid or stale.

    The WAL's pages are encrypted with the database's key (salt from the database file).
    Frames whose HMAC fails (torn writes) are skipped: they cannot be decrypted by anyone.
    """
    wal = Path(wal)
    if not wal.exists() or wal.stat().st_size <= WAL_HEADER:
        return
    keys = keys_for(passphrase, Path(db).read_bytes()[:SALT_SIZE])
    data = wal.read_bytes()
    frame = WAL_FRAME_HEADER + PAGE_SIZE
    offset = WAL_HEADER
    while offset + frame <= len(data):
        (pgno,) = struct.unpack(">I", data[offset : offset + 4])
        page = data[offset + WAL_FRAME_HEADER : offset + frame]
        offset += frame
        try:
            plain = keys.decrypt_page(page, pgno)
        except ValueError:
            continue
        yield pgno, plain


def plaintext_image(db: Path, passphrase: str, *, with_wal: bool = True) -> bytes:
    """Every decrypted byte of the database file and (if present) of its WAL, concatenated."""
    parts = [page for _, page in decrypted_pages(db, passphrase)]
    if with_wal:
        wal = Path(str(db) + "-wal")
        parts += [page for _, page in decrypted_wal_frames(wal, db, passphrase)]
    return b"".join(parts)
