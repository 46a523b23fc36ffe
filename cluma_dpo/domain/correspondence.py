"""What a request keeps of its correspondence (issue 17): the kinds of stored files, which
files may be attached, and how a stored document is described to the front ends.

The letters and fee notes the program made and the messages and scans that came in share
one store (the documents of a request, their bytes encrypted in the database), so one
retention rule covers them all (design.md: retention anonymises what is kept).
"""

from __future__ import annotations

import enum
import mimetypes
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import PurePath

from cluma_dpo.domain import lifecycle as lc
from cluma_dpo.domain.errors import ValidationError
from cluma_dpo.domain.letters import LETTER_KINDS
from cluma_dpo.domain.messages import ListOf, Message, msg
from cluma_dpo.domain.model import Channel, IdentityStatus, Status


class IncomingKind(enum.StrEnum):
    """A file that came in (or was scanned) and is kept with the request."""

    EMAIL = "email"  # the original message (.eml, .msg)
    SCAN = "scan"  # scanned post: PDF, JPEG, PNG
    ATTACHMENT = "attachment"  # a file that came with an e-mail
    OTHER = "other"


INCOMING_KINDS = tuple(k.value for k in IncomingKind)
# "identity": attached as the copy of an identity document, it goes to the identity check
# (kept apart, erased when the check ends), never to the correspondence
IDENTITY = "identity"
ATTACH_KINDS = (
    IncomingKind.SCAN.value,
    IncomingKind.EMAIL.value,
    IncomingKind.OTHER.value,
    IDENTITY,
)

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
    if kind == IDENTITY and suffix not in IDENTITY_SUFFIXES:
        raise ValidationError(msg("attach.identity_type", suffixes=", ".join(IDENTITY_SUFFIXES)))
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


# -- copies of identity documents (GDPR Art. 5(1)(c): kept no longer than the check) --------

IDENTITY_SUFFIXES = (".pdf", ".jpg", ".jpeg", ".png")
_IDENTITY_SOURCES = frozenset({IncomingKind.SCAN.value, IncomingKind.ATTACHMENT.value})


def may_be_identity_document(kind: str, filename: str | None) -> bool:
    """A scan or an attachment in PDF, JPEG or PNG can be a copy of an identity document:
    the DPO is asked about it when the identity check is recorded."""
    return kind in _IDENTITY_SOURCES and (filename or "").lower().endswith(IDENTITY_SUFFIXES)


def identity_check_open(status: Status, identity: IdentityStatus) -> bool:
    """Whether the identity check is still to be recorded: a copy of an identity document is
    then kept for it (and erased when it ends); after it, none is kept at all."""
    allowed = lc.allowed_actions(status, identity_failed=identity is IdentityStatus.FAILED)
    if lc.Action.RECEIVE_IDENTITY in allowed:
        return True
    return lc.Action.VERIFY_IDENTITY in allowed and identity in (
        IdentityStatus.NOT_CHECKED,
        IdentityStatus.RECEIVED,
    )


# -- the names stored files keep -------------------------------------------------------------

# Characters no file system takes back in a name (Windows' list, and the controls)
_NOT_IN_NAMES = frozenset('<>:"/\\|?*')
# Windows' device names: "CON.pdf" saved there opens the console, not a file, whatever the
# suffix and case (COM and LPT take 1-9 and the superscripts 1, 2, 3 too)
_DEVICE_DIGITS = "123456789\u00b9\u00b2\u00b3"
_DEVICES = frozenset(
    {"CON", "PRN", "AUX", "NUL"} | {f"{d}{n}" for d in ("COM", "LPT") for n in _DEVICE_DIGITS}
)


def stored_name(name: str) -> str:
    """A file's name fit to store and to save again anywhere: the name alone (no folders),
    printable, without the characters a file system refuses; "" when nothing is left."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    base = "".join("_" if c in _NOT_IN_NAMES or not c.isprintable() else c for c in base)
    base = " ".join(base.split()).strip(" .")
    if base.split(".", 1)[0].rstrip(" ").upper() in _DEVICES:
        base = "_" + base
    if len(base) > 200:  # the suffix stays: it says what the file is
        suffix = PurePath(base).suffix[:20]
        base = base[: 200 - len(suffix)] + suffix
    return base if base.strip("_") else ""


def message_name(filename: str, suffix: str, reference: str, received: datetime) -> str:
    """The name a message is kept under: its own file's name (with the suffix its content
    has: an Outlook file named .eml is an .msg), else its reference and date."""
    name = stored_name(filename)
    if not name:
        return f"{reference}-message-{received:%Y-%m-%d}{suffix}"
    path = PurePath(name)
    if path.suffix.lower() == suffix:
        return name
    if path.suffix.lower() in (".eml", ".msg"):
        return path.stem + suffix
    return name + suffix


def distinct_name(name: str, taken: Collection[str]) -> str:
    """`name`, or "name (2).eml", "name (3).eml"... when the request keeps one by that name."""
    if name not in taken:
        return name
    path = PurePath(name)
    number = 2
    while f"{path.stem} ({number}){path.suffix}" in taken:
        number += 1
    return f"{path.stem} ({number}){path.suffix}"


# -- the answer by e-mail (GDPR Art. 12(3)) --------------------------------------------------

# Requests made by electronic means: a web form is one too (and gives an address)
ELECTRONIC = frozenset({Channel.EMAIL, Channel.WEB})
# Files the DPO adds to the draft (the copy of the data): what most mail servers take, in all
# (20 MB is about 27 MB once base64 encoded; Outlook.com's limit is 20 MB, Gmail's 25 MB)
MAX_DRAFT_FILES_BYTES = 20 * 1024 * 1024


def why_no_email(reference: str, channel: Channel, address: str | None) -> Message | None:
    """Why the request is not answered by e-mail, or None when it can be: it was made by
    electronic means and an e-mail address is known."""
    if channel not in ELECTRONIC:
        return msg(
            "email.not_electronic",
            reference=reference,
            channel=Message(f"channel.{channel.value}"),
        )
    if not address:
        return msg("email.no_address", reference=reference)
    return None


def is_pdf_file(name: str, data: bytes) -> bool:
    return PurePath(name).suffix.lower() == ".pdf" and data.startswith(b"%PDF-")


def check_draft_files(files: Sequence[tuple[str, bytes]], *, encrypt: bool) -> None:
    """The files added to an e-mail draft: none empty, not too large together, and with
    encryption only PDFs (each is encrypted with the letter's password; there is no
    encrypted container every data subject can open, so other files are sent apart)."""
    total = 0
    for name, data in files:
        shown = stored_name(name) or name
        if not data:
            raise ValidationError(msg("email.file_empty", file=shown))
        if encrypt and not is_pdf_file(name, data):
            raise ValidationError(msg("email.file_not_pdf", file=shown))
        total += len(data)
    if total > MAX_DRAFT_FILES_BYTES:
        raise ValidationError(msg("email.files_too_large", n=MAX_DRAFT_FILES_BYTES // 2**20))
