"""A copy of an identity document taken out of a kept message (issue 17, review h17).

An identity card that came as an attachment is kept twice: as the attachment, and inside
the original message (base64 in the .eml, a stream in the Outlook file). Erasing the
attachment after the identity check must reach the second copy too (GDPR Art. 5(1)(c)), so
the kept message is rewritten with that part replaced by a short note saying what was
removed. The message then no longer decrypts back byte for byte: that is the point.

An .eml is changed in place (every other part as it was). An Outlook .msg cannot be
rewritten safely, so it is kept as an .eml of the same message: sender, date, subject, the
text and the other attachments; what the .msg held besides is not kept.
"""

from __future__ import annotations

import hashlib
from collections.abc import Collection
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime

from cluma_dpo.services import mail_in


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def without(data: bytes, digests: Collection[str], note: str) -> bytes | None:
    """The message in `data` with every part whose bytes have a SHA-256 in `digests` replaced
    by `note` (an Outlook file comes back as an .eml); None when no part has."""
    if mail_in.is_outlook(data):
        return _outlook_without(data, digests, note)
    return _eml_without(data, digests, note)


def _eml_without(data: bytes, digests: Collection[str], note: str) -> bytes | None:
    try:
        message = BytesParser(policy=policy.default).parsebytes(data)
    except Exception:  # kept, so once read; a message that no longer parses holds no part
        return None
    if not isinstance(message, EmailMessage):
        return None
    changed = False
    for part in message.walk():
        if part.is_multipart():
            continue
        try:
            payload = part.get_payload(decode=True)
        except Exception:
            continue
        if isinstance(payload, bytes) and payload and digest(payload) in digests:
            part.set_content(note, charset="utf-8")  # headers of the removed file go too
            changed = True
    if not changed:
        return None
    linesep = "\r\n" if b"\r\n" in data[:8192] else "\n"  # the line ends it came with
    return message.as_bytes(policy=policy.default.clone(linesep=linesep))


def _outlook_without(data: bytes, digests: Collection[str], note: str) -> bytes | None:
    read = mail_in.read(data)
    found = [digest(b) in digests for b in read.attachment_bytes]
    if not any(found):
        return None
    p = read.proposal
    out = EmailMessage(policy=policy.default)
    out["From"] = Address(display_name=p.from_name, addr_spec=p.from_email)
    out["Date"] = format_datetime(p.received_at)
    out["Subject"] = p.subject
    out.set_content(p.body or "", charset="utf-8")
    for described, content, removed in zip(p.attachments, read.attachment_bytes, found,
                                           strict=True):  # fmt: skip
        if removed:
            out.add_attachment(note, disposition="inline")
            continue
        maintype, _, subtype = described.content_type.partition("/")
        if not subtype:
            maintype, subtype = "application", "octet-stream"
        out.add_attachment(content, maintype=maintype, subtype=subtype,
                           filename=described.filename)  # fmt: skip
    return out.as_bytes()
