"""An answer by e-mail (issue 17, GDPR Art. 12(3): a request made by electronic means is
answered by electronic means where possible): a ready-to-send draft with the letter's PDF.

The draft is an .eml with `X-Unsent: 1`, so Outlook and Thunderbird open it as a new message
to send, not as one received. Its subject and short body are in the letter's language, from
the message catalogue. An access answer that carries personal data can go as an AES-256
encrypted PDF (pypdf); its password is made here, shown once by the front end, and stored
nowhere (it is given by phone or SMS).
"""

from __future__ import annotations

import io
import mimetypes
import secrets
from collections.abc import Sequence
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage

from cluma_dpo import texts
from cluma_dpo.documents.templates import letter_wording
from cluma_dpo.domain import letters as rules
from cluma_dpo.domain.errors import ValidationError
from cluma_dpo.domain.messages import Message, msg
from cluma_dpo.domain.model import RequestView
from cluma_dpo.domain.settings import Settings

# No 0/O, 1/l/I, 5/S, 2/Z: read out over the phone without a doubt
_ALPHABET = "ABCDEFGHJKMNPQRTUVWXY346789"
PASSWORD_GROUPS, GROUP_LENGTH = 5, 4  # 20 characters of 27: about 95 bits


def new_password() -> str:
    """A password to dictate: five groups of four, e.g. "K7QF-M2XP-..." (never stored)."""
    groups = (
        "".join(secrets.choice(_ALPHABET) for _ in range(GROUP_LENGTH))
        for _ in range(PASSWORD_GROUPS)
    )
    return "-".join(groups)


def encrypt_pdf(pdf: bytes, password: str) -> bytes:
    """The PDF encrypted with AES-256 (PDF 2.0, revision 6): it opens only with `password`.

    The owner password is random and thrown away: nobody can lift the protection later."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer.pdf_header = b"%PDF-1.7"  # AES-256 (revision 6) is PDF 2.0 / Adobe's 1.7 ext. 8
    writer.encrypt(
        user_password=password,
        owner_password=secrets.token_urlsafe(32),
        algorithm="AES-256",
    )
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def protect(data: bytes, password: str | None, name: str) -> bytes:
    """A file the DPO adds to the draft: encrypted as the letter is when `password` (the
    domain allowed only PDFs then); one that does not read as a PDF is refused."""
    if password is None:
        return data
    try:
        return encrypt_pdf(data, password)
    except Exception:  # pypdf's many errors for a damaged or already encrypted PDF
        raise ValidationError(msg("email.file_unreadable_pdf", file=name)) from None


def _one_line(value: object) -> str:
    """A setting as one line, as the letters print it (white space collapsed)."""
    return " ".join(str(value or "").split())


def attachment_name(reference: str, kind: str, language: str) -> str:
    """The PDF's name in the mail: what it is, in the letter's language, and the reference."""
    what = texts.render(Message(f"doc.kind.{kind}"), language)
    safe = "".join(c if c.isalnum() or c in "-_" else "-" for c in what).strip("-")
    return f"{reference}-{safe}.pdf"


def _copy_not_attached(view: RequestView, kind: str) -> bool:
    """Whether the letter encloses a copy of the data (or the portable data), which the
    draft does not carry."""
    try:
        plan = rules.plan(kind, view, None)
    except ValidationError:
        return False
    return bool({"data-copy", "portable-data"} & set(plan.enclosures))


def build_draft(
    view: RequestView,
    settings: Settings,
    kind: str,
    language: str,
    pdf: bytes,
    *,
    encrypted: bool,
    files: Sequence[tuple[str, bytes]] = (),
) -> bytes:
    """The draft as the bytes of an .eml (CRLF line ends, as mail programs expect); `files`
    (name, bytes) are attached after the letter, in their order."""

    def say(message: Message) -> str:  # in the letter's language throughout
        return texts.render(message, language)

    what = Message(f"doc.kind.{kind}")
    message = EmailMessage(policy=policy.SMTP)
    message["X-Unsent"] = "1"
    message["From"] = Address(display_name=settings.dpo.name, addr_spec=settings.dpo.email)
    message["To"] = Address(display_name=view.subject.name, addr_spec=view.subject.email or "")
    message["Subject"] = say(msg("email.draft.subject", reference=view.reference, kind=what))
    form = view.subject.form.value
    # greeted and closed as the letter is (formal "Madame, Monsieur,", "Sehr geehrte ...")
    greeting = letter_wording(language, "Dear %(name)s,", form) % {"name": view.subject.name}
    lines = [greeting, "", say(msg("email.draft.body", reference=view.reference, kind=what))]
    if files:  # the copy of the data the DPO prepared, named so the person finds it
        names = ", ".join(name for name, _data in files)
        lines += ["", say(msg("email.draft.files_attached", files=names))]
    elif _copy_not_attached(view, kind):
        # the letter says the copy is enclosed; only the letter is attached (Art. 15(3), 20(1))
        lines += ["", say(msg("email.draft.copy_apart"))]
    if encrypted:
        lines += ["", say(msg("email.draft.password_apart"))]
    # signed as the letter it carries is (documents.letters.signature): whoever made it, an
    # assistant on a shared server too, the draft and its PDF name the same person and title
    lines += [
        "",
        letter_wording(language, "Yours sincerely,", form),
        _one_line(settings.letters.signature_name) or _one_line(settings.dpo.name),
        _one_line(settings.letters.signature_title) or say(msg("email.draft.signature_title")),
        settings.organisation.name,
    ]
    message.set_content("\n".join(lines) + "\n", charset="utf-8")
    message.add_attachment(
        pdf,
        maintype="application",
        subtype="pdf",
        filename=attachment_name(view.reference, kind, language),
    )
    for name, data in files:
        maintype, _, subtype = (mimetypes.guess_type(name)[0] or "").partition("/")
        if not subtype:
            maintype, subtype = "application", "octet-stream"
        message.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return message.as_bytes()
