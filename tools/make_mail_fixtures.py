"""Write the sample messages of tests/fixtures/mail/ (issue 17): fictitious people only.

    python tools/make_mail_fixtures.py          (re)write the fixtures

The .eml files are written as mail programs write them (headers, MIME parts, transfer
encodings by hand, so each test knows exactly what it meets). The Outlook .msg is a genuine
Compound File Binary file laid out as MS-OXMSG describes (property streams, a recipient and
an attachment storage), written with extract-msg's own CFB writer (`OleWriter`). The PDF and
JPEG attachments are made here too (reportlab, Pillow), so nothing of a real person is in
them. The output is committed; run this only to change the fixtures.
"""

from __future__ import annotations

import base64
import io
import quopri
import struct
import textwrap
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "fixtures" / "mail"


def sample_pdf(title: str) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4, invariant=True)  # the same bytes every run
    page.setTitle(title)
    page.drawString(72, 760, title)
    page.drawString(72, 740, "Fictitious sample for the cluma-dpo tests.")
    page.showPage()
    page.save()
    return buffer.getvalue()


def sample_jpeg() -> bytes:
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (160, 100), (200, 210, 230))
    ImageDraw.Draw(image).rectangle((10, 10, 150, 90), outline=(40, 40, 120), width=3)
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=70)
    return buffer.getvalue()


def b64_lines(data: bytes) -> str:
    return "\n".join(textwrap.wrap(base64.b64encode(data).decode("ascii"), 76))


def qp(text: str, charset: str) -> str:
    return quopri.encodestring(text.encode(charset)).decode("ascii")


def crlf(text: str) -> bytes:
    return text.replace("\r\n", "\n").replace("\n", "\r\n").encode("ascii")


# -- Dutch: multipart/mixed with alternative text+HTML, a JPEG and a PDF -----------------

NL_TEXT = """Geachte heer of mevrouw,

Ik wil graag inzage in de persoonsgegevens die Cluma over mij bewaart (artikel 15 AVG).
Daarnaast vraag ik u mijn gegevens te wissen zodra u mij een kopie hebt bezorgd.

In bijlage vindt u een kopie van mijn identiteitskaart en mijn ondertekende brief.

Met vriendelijke groeten,
Els Vermeulen
Stationsstraat 12, 8800 Roeselare
"""

NL_HTML = """<html><head><meta charset="utf-8"></head><body>
<p>Geachte heer of mevrouw,</p>
<p>Ik wil graag <b>inzage</b> in de persoonsgegevens die Cluma over mij bewaart (artikel 15
AVG).<br>Daarnaast vraag ik u mijn gegevens te wissen zodra u mij een kopie hebt bezorgd.</p>
<p>In bijlage vindt u een kopie van mijn identiteitskaart en mijn ondertekende brief.</p>
<p>Met vriendelijke groeten,<br>Els Vermeulen<br>Stationsstraat 12, 8800 Roeselare</p>
</body></html>
"""


def dutch(pdf: bytes, jpeg: bytes) -> bytes:
    return crlf(f"""Received: from mail.example.net (mail.example.net [192.0.2.25])
	by mx.cluma.com with ESMTPS; Mon, 23 Nov 2026 23:30:07 +0000
From: Els Vermeulen <els.vermeulen@example.net>
To: info@cluma.com
Subject: Inzage en verwijdering van mijn gegevens
Date: Mon, 23 Nov 2026 23:30:00 +0000
Message-ID: <20261123233000.4711@example.net>
MIME-Version: 1.0
X-Mailer: Microsoft Outlook 16.0
Content-Type: multipart/mixed; boundary="----=_NextPart_000_0001"

This is a multi-part message in MIME format.

------=_NextPart_000_0001
Content-Type: multipart/alternative; boundary="----=_NextPart_001_0002"

------=_NextPart_001_0002
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

{qp(NL_TEXT, "utf-8")}
------=_NextPart_001_0002
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

{qp(NL_HTML, "utf-8")}
------=_NextPart_001_0002--

------=_NextPart_000_0001
Content-Type: image/jpeg; name="identiteitskaart.jpg"
Content-Transfer-Encoding: base64
Content-Disposition: attachment; filename="identiteitskaart.jpg"

{b64_lines(jpeg)}

------=_NextPart_000_0001
Content-Type: application/pdf; name="brief-inzage.pdf"
Content-Transfer-Encoding: base64
Content-Disposition: attachment; filename="brief-inzage.pdf"

{b64_lines(pdf)}

------=_NextPart_000_0001--
""")


# -- French: Latin-1 quoted-printable text, a PDF with an RFC 2231 file name --------------

FR_TEXT = """Madame, Monsieur,

Conformément à l'article 17 du RGPD, je vous demande l'effacement de toutes mes données
personnelles ainsi que la suppression de mon compte client.
Je m'oppose également à toute utilisation de mes données à des fins de prospection.

Vous trouverez en pièce jointe ma lettre signée.

Veuillez agréer mes salutations distinguées.
Camille Dubois
"""


def french(pdf: bytes) -> bytes:
    return crlf(f"""Received: from smtp.example.org (smtp.example.org [198.51.100.7])
	by mx.cluma.com with ESMTPS; Tue, 10 Nov 2026 09:15:22 +0100
From: =?iso-8859-1?Q?Camille_Dubois-L=E9ger?= <camille.dubois@example.org>
To: Cluma <info@cluma.com>
Subject: =?iso-8859-1?Q?Demande_d'effacement_de_mes_donn=E9es?=
Date: Tue, 10 Nov 2026 09:15:00 +0100
Message-ID: <a1b2c3d4@example.org>
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
Content-Type: multipart/mixed; boundary="------------frBoundary42"

--------------frBoundary42
Content-Type: text/plain; charset=iso-8859-1; format=flowed
Content-Transfer-Encoding: quoted-printable

{qp(FR_TEXT, "iso-8859-1")}
--------------frBoundary42
Content-Type: application/pdf; name*=utf-8''lettre%20sign%C3%A9e.pdf
Content-Disposition: attachment; filename*=utf-8''lettre%20sign%C3%A9e.pdf
Content-Transfer-Encoding: base64

{b64_lines(pdf)}

--------------frBoundary42--
""")


# -- Dutch, HTML only (a web mailer's unsubscribe), base64 --------------------------------

HTML_ONLY = """<!DOCTYPE html><html><head><style>p { color: #333 }</style>
<script>var tracking = 1;</script></head><body>
<p>Hallo,</p>
<p>Graag wil ik mij <strong>uitschrijven</strong> voor de nieuwsbrief en wil ik geen
reclame meer ontvangen.</p>
<ul><li>Klantnummer: 40213</li><li>E-mail: jan.peeters@example.com</li></ul>
<p>Dank u &amp; groeten,<br>Jan Peeters</p>
</body></html>
"""


def html_only() -> bytes:
    return crlf(f"""From: "Peeters, Jan" <jan.peeters@example.com>
To: info@cluma.com
Subject: Uitschrijven nieuwsbrief
Date: Sun, 1 Nov 2026 18:02:11 +0100
Message-ID: <web-7781@example.com>
MIME-Version: 1.0
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64_lines(HTML_ONLY.encode("utf-8"))}
""")


# -- malformed: no sender, no date, a multipart cut off in the middle ---------------------


def malformed() -> bytes:
    return crlf("""Subject inzage gegevens
this is not a header line
Content-Type: multipart/mixed; boundary="cut"

--cut
Content-Type: text/plain

Ik wil inzage in mijn gegevens.
--cut
Content-Type: application/pdf
Content-Transfer-Encoding: base64

JVBERi0xLjQKJ
""")


# -- Outlook .msg (MS-OXMSG on a CFB container) ---------------------------------------------

PT_LONG, PT_BOOLEAN, PT_SYSTIME, PT_UNICODE, PT_BINARY = 0x0003, 0x000B, 0x0040, 0x001F, 0x0102
READ_WRITE = 0x00000006  # PROPATTR_READABLE | PROPATTR_WRITABLE

MSG_TEXT = """Dear Sir or Madam,

Under Article 17 GDPR I ask you to erase all personal data you hold about me and to
close my customer account. Please also unsubscribe me from your newsletter.

Attached is a copy of my signed request.

Kind regards,
Pieter Claes
"""


def _filetime(moment: datetime) -> int:
    return int((moment - datetime(1601, 1, 1, tzinfo=UTC)).total_seconds() * 10_000_000)


def _properties(
    props: list[tuple[int, int, object]], header: bytes
) -> tuple[bytes, dict[str, bytes]]:
    """The __properties_version1.0 stream and the __substg1.0_ streams of the variable ones."""
    stream = bytearray(header)
    streams: dict[str, bytes] = {}
    for prop_id, prop_type, value in props:
        tag = (prop_id << 16) | prop_type
        if prop_type in (PT_UNICODE, PT_BINARY):
            data = value.encode("utf-16-le") if isinstance(value, str) else bytes(value)  # type: ignore[arg-type]
            size = len(data) + (2 if prop_type == PT_UNICODE else 0)  # counts the terminator
            streams[f"__substg1.0_{tag:08X}"] = data
            stream += struct.pack("<IIII", tag, READ_WRITE, size, 0)
        elif prop_type == PT_SYSTIME:
            stream += struct.pack("<IIQ", tag, READ_WRITE, _filetime(value))  # type: ignore[arg-type]
        else:
            stream += struct.pack("<IIq", tag, READ_WRITE, int(value))  # type: ignore[call-overload]
    return bytes(stream), streams


def outlook_msg(pdf: bytes, target: Path) -> None:
    from extract_msg import OleWriter

    sent = datetime(2026, 11, 16, 14, 5, 0, tzinfo=UTC)
    headers = (
        "Received: from mail.example.com (mail.example.com [203.0.113.9])\r\n"
        "\tby mx.cluma.com with ESMTPS; Mon, 16 Nov 2026 14:05:03 +0000\r\n"
        "From: Pieter Claes <pieter.claes@example.com>\r\n"
        'To: "info@cluma.com" <info@cluma.com>\r\n'
        "Subject: Request to erase my data\r\n"
        "Date: Mon, 16 Nov 2026 14:05:00 +0000\r\n"
        "Message-ID: <msg-0001@example.com>\r\n"
        "MIME-Version: 1.0\r\n"
        'Content-Type: multipart/mixed; boundary="b"\r\n\r\n'
    )
    message = [
        (0x001A, PT_UNICODE, "IPM.Note"),
        (0x0037, PT_UNICODE, "Request to erase my data"),
        (0x0E1D, PT_UNICODE, "Request to erase my data"),  # normalized subject
        (0x1000, PT_UNICODE, MSG_TEXT.replace("\n", "\r\n")),
        (0x0C1A, PT_UNICODE, "Pieter Claes"),
        (0x0C1E, PT_UNICODE, "SMTP"),
        (0x0C1F, PT_UNICODE, "pieter.claes@example.com"),
        (0x5D01, PT_UNICODE, "pieter.claes@example.com"),  # sender SMTP address
        (0x0042, PT_UNICODE, "Pieter Claes"),
        (0x0064, PT_UNICODE, "SMTP"),
        (0x0065, PT_UNICODE, "pieter.claes@example.com"),
        (0x0E04, PT_UNICODE, "info@cluma.com"),
        (0x007D, PT_UNICODE, headers),
        (0x0039, PT_SYSTIME, sent),
        (0x0E06, PT_SYSTIME, sent),
        (0x0E07, PT_LONG, 0x00000001 | 0x00000010),  # read, has attachments
        (0x0E1B, PT_BOOLEAN, 1),  # has attachments
        (0x340D, PT_LONG, 0x00040000),  # STORE_UNICODE_OK
        (0x3FDE, PT_LONG, 65001),  # internet code page: UTF-8
    ]
    top_header = struct.pack("<8sIIII8s", b"\0" * 8, 1, 1, 1, 1, b"\0" * 8)
    recipient = [
        (0x0C15, PT_LONG, 1),  # MAPI_TO
        (0x3001, PT_UNICODE, "info@cluma.com"),
        (0x3002, PT_UNICODE, "SMTP"),
        (0x3003, PT_UNICODE, "info@cluma.com"),
        (0x39FE, PT_UNICODE, "info@cluma.com"),
        (0x3000, PT_LONG, 0),  # row id
    ]
    attachment = [
        (0x3705, PT_LONG, 1),  # ATTACH_BY_VALUE
        (0x3701, PT_BINARY, pdf),
        (0x3704, PT_UNICODE, "request.pdf"),
        (0x3707, PT_UNICODE, "signed-request.pdf"),
        (0x3001, PT_UNICODE, "signed-request.pdf"),
        (0x3703, PT_UNICODE, ".pdf"),
        (0x370E, PT_UNICODE, "application/pdf"),
        (0x0E20, PT_LONG, len(pdf)),
        (0x0E21, PT_LONG, 0),  # attachment number
    ]
    writer = OleWriter()
    stream, streams = _properties(message, top_header)
    writer.addEntry("__properties_version1.0", stream)
    for name, data in streams.items():
        writer.addEntry(name, data)
    writer.addEntry("__nameid_version1.0", storage=True)
    for name in ("__substg1.0_00020102", "__substg1.0_00030102", "__substg1.0_00040102"):
        writer.addEntry(f"__nameid_version1.0/{name}", b"")
    for storage, props in (
        ("__recip_version1.0_#00000000", recipient),
        ("__attach_version1.0_#00000000", attachment),
    ):
        writer.addEntry(storage, storage=True)
        stream, streams = _properties(props, b"\0" * 8)
        writer.addEntry(f"{storage}/__properties_version1.0", stream)
        for name, data in streams.items():
            writer.addEntry(f"{storage}/{name}", data)
    writer.write(target)


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "nl-inzage-bijlagen.eml").write_bytes(
        dutch(sample_pdf("Brief - inzage (fictief)"), sample_jpeg())
    )
    (OUT / "fr-effacement.eml").write_bytes(french(sample_pdf("Lettre - effacement (fictif)")))
    (OUT / "nl-html-only.eml").write_bytes(html_only())
    (OUT / "malformed.eml").write_bytes(malformed())
    outlook_msg(sample_pdf("Request - erasure (fictitious)"), OUT / "en-outlook.msg")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
