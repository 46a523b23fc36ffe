"""Reading an incoming message (issue 17): an .eml with the standard `email` package, an
Outlook .msg with `extract-msg`; what it says goes to domain.intake for the proposal.

Nothing here writes anything: the bytes of the message and its attachments stay in memory
until a use case stores them encrypted with the request. A message that cannot be read as
one (no sender, no date, not a mail at all) is a ValidationError: exit 1, nothing changed.
"""

from __future__ import annotations

import contextlib
import dataclasses
import logging
import mimetypes
from dataclasses import dataclass
from datetime import datetime
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import getaddresses, parsedate_to_datetime
from typing import Any
from zoneinfo import ZoneInfo

from cluma_dpo.domain.correspondence import stored_name
from cluma_dpo.domain.errors import ValidationError
from cluma_dpo.domain.intake import Attachment, IncomingMessage, read_message
from cluma_dpo.domain.messages import msg

BRUSSELS = ZoneInfo("Europe/Brussels")  # the received date is Belgian (1182/71, the DPO's)
MAX_MESSAGE_BYTES = 40 * 1024 * 1024  # a mail server's limit is 25-35 MB after base64
# Lines that may open a MIME part: the standard parser takes about 0.2 ms and tens of kB per
# part, so 200,000 one-line parts (7 MB) took 84 s and 4.5 GB; a real message has a few.
MAX_PART_LINES = 5_000
MSG_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # a Compound File Binary (Outlook .msg)
EML_TYPES = ("message/rfc822",)
MSG_TYPE = "application/vnd.ms-outlook"

# extract-msg reports what it meets through `logging`; with no handler of ours that would
# reach stderr (Python's last-resort handler) and might quote a name: it goes nowhere.
_EXTRACT_LOG = logging.getLogger("extract_msg")
_EXTRACT_LOG.addHandler(logging.NullHandler())
_EXTRACT_LOG.propagate = False


@dataclass(frozen=True, slots=True)
class ReadMessage:
    """A message as read: the proposal, the original bytes, and each attachment's bytes."""

    proposal: IncomingMessage
    original: bytes
    content_type: str  # message/rfc822 or application/vnd.ms-outlook
    filename_suffix: str  # ".eml" or ".msg"
    attachment_bytes: tuple[bytes, ...]  # in the order of proposal.attachments
    filename: str = ""  # the name of the file it came in, as given ("": none known)


def is_outlook(data: bytes) -> bool:
    return data.startswith(MSG_MAGIC)


def read(data: bytes, name: str = "") -> ReadMessage:
    """The message in `data` (.eml or .msg, told apart by their content, not their name);
    `name` is the name of the file it came in, which it is kept under (issue 17)."""
    if not data.strip():
        raise ValidationError(msg("intake.empty"))
    if len(data) > MAX_MESSAGE_BYTES:
        raise ValidationError(msg("intake.too_large", n=MAX_MESSAGE_BYTES // (1024 * 1024)))
    found = _read_msg(data) if is_outlook(data) else _read_eml(data)
    return dataclasses.replace(found, filename=name)


# -- .eml ------------------------------------------------------------------------------------


def _read_eml(data: bytes) -> ReadMessage:
    part_lines = data.count(b"\n--") + data.startswith(b"--")  # each boundary, and a few more
    if part_lines > MAX_PART_LINES:
        raise ValidationError(msg("intake.too_many_parts", n=MAX_PART_LINES))
    try:
        message = BytesParser(policy=policy.default).parsebytes(data)
    except Exception:  # the parser is lenient; anything it still cannot take is bad input
        raise ValidationError(msg("intake.not_a_message")) from None
    if not isinstance(message, EmailMessage):
        raise ValidationError(msg("intake.not_a_message"))
    name, address = _sender(_header(message, "From"))
    received = _date(_header(message, "Date"))
    subject = _header(message, "Subject")
    body = _eml_body(message)
    attachments: list[Attachment] = []
    contents: list[bytes] = []
    for part in message.iter_attachments() if message.is_multipart() else ():
        filename = part.get_filename() or ""
        payload = _payload(part)
        if payload is None:
            raise ValidationError(msg("intake.not_a_message"))
        attachments.append(Attachment(_name(filename, part.get_content_type()),
                                      part.get_content_type(), len(payload)))  # fmt: skip
        contents.append(payload)
    proposal = read_message(
        from_name=name,
        from_email=address,
        received_at=received,
        subject=subject,
        body=body,
        attachments=tuple(attachments),
    )
    return ReadMessage(proposal, data, EML_TYPES[0], ".eml", tuple(contents))


def _header(message: EmailMessage, name: str) -> str:
    try:
        value = message.get(name)
    except Exception:  # a header the default policy cannot parse
        return ""
    return " ".join(str(value).split()) if value is not None else ""


def _payload(part: EmailMessage) -> bytes | None:
    try:
        payload = part.get_payload(decode=True)
    except Exception:
        return None
    if isinstance(payload, bytes):
        return payload
    inner = part.get_payload()  # an attached message (message/rfc822): its own bytes
    if isinstance(inner, list) and inner and isinstance(inner[0], EmailMessage):
        return inner[0].as_bytes(policy=policy.default)
    return None


def _eml_body(message: EmailMessage) -> str:
    part = message.get_body(preferencelist=("plain", "html"))
    if part is None:
        return ""
    try:
        content = part.get_content()
    except Exception:  # an unknown charset: the bytes as Latin-1 still read
        raw = part.get_payload(decode=True)
        content = raw.decode("latin-1") if isinstance(raw, bytes) else ""
    text = str(content)
    return html_to_text(text) if part.get_content_type() == "text/html" else _tidy(text)


# -- .msg ------------------------------------------------------------------------------------


def _read_msg(data: bytes) -> ReadMessage:
    import extract_msg

    try:
        message: Any = extract_msg.openMsg(data, delayAttachments=False)
    except Exception:
        raise ValidationError(msg("intake.not_a_message")) from None
    try:
        name, address = _sender(str(message.sender or ""))
        stamp = message.date
        if not isinstance(stamp, datetime):
            raise ValidationError(msg("intake.no_date"))
        if stamp.tzinfo is None:
            stamp = stamp.replace(tzinfo=BRUSSELS)  # Outlook's own time is the DPO's
        subject = " ".join(str(message.subject or "").split())
        body = str(message.body or "")
        if not body.strip() and message.htmlBody:
            body = html_to_text(bytes(message.htmlBody).decode("utf-8", "replace"))
        attachments: list[Attachment] = []
        contents: list[bytes] = []
        for item in message.attachments:
            payload = item.data
            if not isinstance(payload, bytes):
                continue  # an embedded Outlook item: not a file the DPO can open
            filename = str(item.longFilename or item.shortFilename or "")
            content_type = str(item.mimetype or "") or _guess(filename)
            attachments.append(Attachment(_name(filename, content_type), content_type,
                                          len(payload)))  # fmt: skip
            contents.append(payload)
    except ValidationError:
        raise
    except Exception:
        raise ValidationError(msg("intake.not_a_message")) from None
    finally:
        with contextlib.suppress(Exception):
            message.close()
    proposal = read_message(
        from_name=name,
        from_email=address,
        received_at=stamp.astimezone(BRUSSELS),
        subject=subject,
        body=_tidy(body),
        attachments=tuple(attachments),
    )
    return ReadMessage(proposal, data, MSG_TYPE, ".msg", tuple(contents))


# -- shared ----------------------------------------------------------------------------------


def _sender(value: str) -> tuple[str, str]:
    """(name, address) of a From header; no usable address: not a message we can answer."""
    pairs = getaddresses([value]) if value else []
    name, address = pairs[0] if pairs else ("", "")
    if "@" not in address or " " in address.strip():
        raise ValidationError(msg("intake.no_sender"))
    with contextlib.suppress(Exception):
        address = Address(addr_spec=address.strip()).addr_spec
    return " ".join(name.split()), address.strip()


def _date(value: str) -> datetime:
    if not value:
        raise ValidationError(msg("intake.no_date"))
    try:
        stamp = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        raise ValidationError(msg("intake.no_date")) from None
    if stamp.tzinfo is None:  # "-0000": the time is UTC, the zone unknown (RFC 5322 3.3)
        from datetime import UTC

        stamp = stamp.replace(tzinfo=UTC)
    return stamp.astimezone(BRUSSELS)


def _guess(filename: str) -> str:
    return mimetypes.guess_type(filename)[0] or "application/octet-stream"


def _name(filename: str, content_type: str) -> str:
    """A file name fit to store and show: the name alone (no folders), never empty."""
    return stored_name(filename) or "attachment" + (
        mimetypes.guess_extension(content_type) or ".bin"
    )


def _tidy(text: str) -> str:
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    return "\n".join(lines).strip()


def html_to_text(html: str) -> str:
    """An HTML body as the text a reader sees: no script or style, one line per block."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    for hidden in soup(["script", "style", "head", "title"]):
        hidden.decompose()
    for br in soup.find_all("br"):
        br.replace_with("\n")
    for block in soup.find_all(["p", "div", "li", "tr", "h1", "h2", "h3", "h4", "blockquote"]):
        block.insert_after("\n")
    text = soup.get_text()
    lines = [" ".join(line.split()) for line in text.splitlines()]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip()
