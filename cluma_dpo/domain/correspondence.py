"""What a request keeps of its correspondence (issue 17): the kinds of stored files, which
files may be attached, and how a stored document is described to the front ends.

The letters and fee notes the program made and the messages and scans that came in share
one store (the documents of a request, their bytes encrypted in the database), so one
retention rule covers them all (design.md: retention anonymises what is kept).
"""

from __future__ import annotations

import enum
import mimetypes
from dataclasses import dataclass
from datetime import datetime

from cluma_dpo.domain.errors import ValidationError
from cluma_dpo.domain.letters import LETTER_KINDS
from cluma_dpo.domain.messages import ListOf, msg


class IncomingKind(enum.StrEnum):
    """A file that came in (or was scanned) and is kept with the request."""

    EMAIL = "email"  # the original message (.eml, .msg)
    SCAN = "scan"  # scanned post: PDF, JPEG, PNG
    ATTACHMENT = "attachment"  # a file that came with an e-mail
    OTHER = "other"


INCOMING_KINDS = tuple(k.value for k in IncomingKind)
ATTACH_KINDS = (IncomingKind.SCAN.value, IncomingKind.EMAIL.value, IncomingKind.OTHER.value)

PDF, JPEG, PNG = "application/pdf", "image/jpeg", "image/png"
EML, MSG = "message/rfc822", "application/vnd.ms-outlook"
# What `attach` takes: suffix -> content type, and the bytes such a file starts with
ATTACHABLE: dict[str, str] = {
    ".pdf": PDF,
    ".jpg": JPEG,
    ".jpeg": JPEG,
    ".png": PNG,
    ".eml": EML,
    ".msg": MSG,
}
_MAGIC: dict[str, tuple[bytes, ...]] = {
    PDF: (b"%PDF-",),
    JPEG: (b"\xff\xd8\xff",),
    PNG: (b"\x89PNG\r\n\x1a\n",),
    MSG: (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",),
}
MAX_ATTACH_BYTES = 40 * 1024 * 1024  # a mail server's own limit, after base64, is 25-35 MB


def content_type_of(filename: str, declared: str | None = None) -> str:
    """The content type of a stored file: what its suffix says (ours first, then the
    standard table), else what the message declared, else octet-stream; never guessed from
    the bytes."""
    suffix = "." + filename.rsplit(".", 1)[-1].lower() if "." in filename else ""
    if suffix in ATTACHABLE:
        return ATTACHABLE[suffix]
    return mimetypes.guess_type(filename)[0] or declared or "application/octet-stream"


def check_attachable(filename: str, data: bytes, kind: str) -> str:
    """The content type of a file the DPO attaches; refused when its name or its first bytes
    say it is not a PDF, JPEG, PNG or message, or when it is empty or too large."""
    if kind not in ATTACH_KINDS:
        raise ValidationError(msg("attach.unknown_kind", kinds=ListOf(list(ATTACH_KINDS))))
    suffix = "." + filename.rsplit(".", 1)[-1].lower() if "." in filename else ""
    if suffix not in ATTACHABLE:
        raise ValidationError(msg("attach.unknown_type", suffixes=", ".join(ATTACHABLE)))
    if not data:
        raise ValidationError(msg("attach.empty"))
    if len(data) > MAX_ATTACH_BYTES:
        raise ValidationError(msg("attach.too_large", n=MAX_ATTACH_BYTES // (1024 * 1024)))
    content_type = ATTACHABLE[suffix]
    magic = _MAGIC.get(content_type)
    if magic is not None and not data.startswith(magic):
        raise ValidationError(msg("attach.not_what_its_name_says", suffix=suffix))
    return content_type


@dataclass(frozen=True, slots=True)
class StoredDocument:
    """One file kept with a request, as `documents REF` lists it (never its bytes)."""

    id: int
    kind: str  # letter, fee-note, email, scan, attachment, other
    filename: str
    content_type: str
    size: int
    added: datetime  # naive UTC, as the records keep it
    letter_kind: str | None = None  # a letter's own kind (answer, refusal, ...)


def listed_kind(kind: str) -> str:
    """The kind a stored document is listed as: a letter of any kind is a "letter"."""
    return "letter" if kind in LETTER_KINDS else kind
