"""Correspondence verbs (issue 17): intake, attach, documents, document."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from cluma_dpo.cli.argparse_texts import cli_count, cli_date, cli_right, help_text
from cluma_dpo.cli.common import CliError, opened, say
from cluma_dpo.cli.output import dumps
from cluma_dpo.domain.correspondence import ATTACH_KINDS, IDENTITY
from cluma_dpo.domain.messages import ListOf, Message, msg
from cluma_dpo.domain.model import Channel, FormOfAddress, Language, Right
from cluma_dpo.files import write_atomically

if TYPE_CHECKING:
    from cluma_dpo.services.mail_in import ReadMessage
    from cluma_dpo.services.workbench import Workbench

RIGHTS = [r.value for r in Right]


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("intake", help=help_text(msg("cli.help.intake")))
    p.add_argument("file", metavar="MESSAGE.eml|.msg")
    p.add_argument("--json", action="store_true")
    p.add_argument(
        "--register", action="store_true", help=help_text(msg("cli.help.intake.register"))
    )
    p.add_argument(
        "--right",
        action="append",
        metavar="R",
        type=cli_right,
        help=help_text(msg("cli.help.intake.right", rights=", ".join(RIGHTS))),
    )
    p.add_argument("--name", help=help_text(msg("cli.help.intake.default_from_message")))
    p.add_argument("--email", help=help_text(msg("cli.help.intake.default_from_message")))
    p.add_argument(
        "--received",
        metavar="YYYY-MM-DD",
        type=cli_date,
        help=help_text(msg("cli.help.intake.received")),
    )
    p.add_argument("--street")
    p.add_argument("--postcode")
    p.add_argument("--city")
    p.add_argument("--country", metavar="CC", help=help_text(msg("cli.help.add.country")))
    p.add_argument("--channel", choices=[c.value for c in Channel], default="email")
    p.add_argument(
        "--language",
        choices=[x.value for x in Language],
        help=help_text(msg("cli.help.intake.language")),
    )
    p.add_argument(
        "--form-of-address",
        choices=[f.value for f in FormOfAddress],
        default="neutral",
        help=help_text(msg("cli.help.add.form_of_address")),
    )
    p.add_argument(
        "--account-deletion",
        action="store_true",
        help=help_text(msg("cli.help.add.account_deletion")),
    )
    p.add_argument(
        "--known-account", action="store_true", help=help_text(msg("cli.help.add.known_account"))
    )
    p.set_defaults(handler=cmd_intake)

    p = sub.add_parser("attach", help=help_text(msg("cli.help.attach")))
    p.add_argument("reference", metavar="REF")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--kind", choices=ATTACH_KINDS, help=help_text(msg("cli.help.attach.kind")))
    p.set_defaults(handler=cmd_attach)

    p = sub.add_parser("documents", help=help_text(msg("cli.help.documents")))
    p.add_argument("reference", metavar="REF")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_documents)

    p = sub.add_parser("document", help=help_text(msg("cli.help.document")))
    p.add_argument("reference", metavar="REF")
    p.add_argument("id", metavar="ID", type=cli_count)
    p.add_argument("--out", required=True, metavar="FILE")
    p.set_defaults(handler=cmd_document)


def read_file(name: str, limit: int) -> bytes:
    """The bytes of a file the user names; refused (exit 1) when missing or too large."""
    from cluma_dpo.files import NotARegularFile, TooLarge, read_regular

    path = Path(name).expanduser()
    try:
        return read_regular(path, limit)
    except TooLarge:
        raise CliError(msg("intake.too_large", n=limit // (1024 * 1024))) from None
    except NotARegularFile:  # also /proc/self/environ, which holds the passphrase
        raise CliError(msg("cli.no_file", file=str(path))) from None


def target(out: str) -> Path:
    path = Path(out).expanduser()
    if path.is_dir():
        raise CliError(msg("cli.out_is_folder", file=str(path)))
    if not path.parent.is_dir():
        raise CliError(msg("cli.no_folder", folder=str(path.parent)))
    return path


# -- intake ----------------------------------------------------------------------------------


def cmd_intake(args: argparse.Namespace) -> int:
    from cluma_dpo.services import mail_in

    read = mail_in.read(read_file(args.file, mail_in.MAX_MESSAGE_BYTES), name=Path(args.file).name)
    if not args.register:
        _show_proposal(read, as_json=args.json)
        return 0
    cmd = _new_request(args, read)
    with opened(args) as wb:
        reference = wb.register_message(cmd, read)
    if args.json:
        print(dumps({"reference": reference, **_proposal_json(read)}))
    else:
        print(reference)
    return 0


def _new_request(args: argparse.Namespace, read: ReadMessage) -> object:
    from cluma_dpo.services.commands import NewRequest

    p = read.proposal
    rights = list(args.right or [r.value for r in p.rights_suggested])
    # the DPO who names the rights decides the rest too; else the suggestions stand
    suggested_deletion = p.account_deletion_suggested and not args.right
    if not rights:
        # the DPO decides the rights: none recognised, none given -> nothing is registered
        raise CliError(msg("cli.intake.no_right_recognised", rights=", ".join(RIGHTS)))
    return NewRequest(
        rights=rights,
        name=args.name or p.from_name or p.from_email,
        received=args.received or p.received,
        email=args.email or p.from_email,
        street=args.street,
        postcode=args.postcode,
        city=args.city,
        country=args.country,
        channel=args.channel,
        language=args.language or p.language.value,
        account_deletion=args.account_deletion or suggested_deletion,
        known_account=args.known_account,
        form=args.form_of_address,
    )


def _proposal_json(read: ReadMessage) -> dict[str, object]:
    p = read.proposal
    return {
        "from_name": p.from_name,
        "from_email": p.from_email,
        "received": p.received,
        "received_at": p.received_at,
        "language": p.language,
        "rights_suggested": list(p.rights_suggested),
        "account_deletion_suggested": p.account_deletion_suggested,
        "subject": p.subject,
        "body": p.body,
        "attachments": [
            {"filename": a.filename, "content_type": a.content_type, "size": a.size}
            for a in p.attachments
        ],
    }


def _show_proposal(read: ReadMessage, *, as_json: bool) -> None:
    if as_json:
        print(dumps(_proposal_json(read)))
        return
    p = read.proposal
    rights = ListOf([Message(f"right.{r.value}") for r in p.rights_suggested])
    say(msg("intake.shown.from", name=p.from_name, email=p.from_email))
    say(msg("intake.shown.received", at=p.received_at.strftime("%Y-%m-%d %H:%M")))
    say(msg("intake.shown.subject", subject=p.subject))
    say(msg("intake.shown.language", language=Message(f"language.{p.language.value}")))
    if p.rights_suggested:
        say(msg("intake.shown.rights", rights=rights))
    else:
        say(msg("intake.shown.no_rights"))
    if p.account_deletion_suggested:
        say(msg("intake.shown.account_deletion"))
    for a in p.attachments:
        say(msg("intake.shown.attachment", filename=a.filename, type=a.content_type, size=a.size))
    print()
    print(p.body)


# -- stored documents ----------------------------------------------------------------------


def cmd_attach(args: argparse.Namespace) -> int:
    from cluma_dpo.domain.correspondence import MAX_ATTACH_BYTES

    path = Path(args.file).expanduser()
    data = read_file(args.file, MAX_ATTACH_BYTES)
    suffix = path.suffix.lower()
    kind = args.kind or ("email" if suffix in (".eml", ".msg") else "scan")
    with opened(args) as wb:
        ids = wb.attach(args.reference, path.name, data, kind)
        if kind == IDENTITY:
            say(msg("cli.attached_as_identity", reference=args.reference))
            return 0
        for document_id in ids:
            print(document_id)
        _flag_after_check(wb, args.reference, ids)
    return 0


def _flag_after_check(wb: Workbench, reference: str, ids: list[int]) -> None:
    """A scan or attachment that may be an identity document, kept after the check ended:
    said on stderr (stdout stays the ids), with how to erase it."""
    from cluma_dpo.domain.correspondence import identity_check_open

    view = wb.request(reference)
    if identity_check_open(view.status, view.identity.status):
        return
    for document in wb.identity_candidates(reference):
        if document.id in ids:
            say(msg("cli.kept_after_check", reference=reference, id=str(document.id),
                    filename=document.filename), error=True)  # fmt: skip


def show_identity_candidates(wb: Workbench, reference: str, *, erased: list[int]) -> None:
    """After the check: what was erased, and what is still kept in PDF, JPEG or PNG (each
    may be a copy of an identity document), with how to erase one of them."""
    for document_id in dict.fromkeys(erased):
        say(msg("cli.identity_copy_erased", id=str(document_id)))
    left = wb.identity_candidates(reference)
    if not left:
        return
    say(msg("cli.identity_candidates", reference=reference))
    for d in left:
        print(f"{d.id:>5}  {d.kind:<10}  {d.content_type:<16}  {d.filename}")
    say(msg("cli.identity_candidates_hint", reference=reference))


def cmd_documents(args: argparse.Namespace) -> int:
    with opened(args) as wb:
        docs = wb.stored_documents(args.reference)
    if args.json:
        print(
            dumps(
                [
                    {
                        "id": d.id,
                        "kind": d.kind,
                        "filename": d.filename,
                        "content_type": d.content_type,
                        "size": d.size,
                        "added": d.added,
                        **({"letter_kind": d.letter_kind} if d.letter_kind else {}),
                    }
                    for d in docs
                ]
            )
        )
        return 0
    if not docs:
        say(msg("cli.no_documents_stored"))
    for d in docs:
        added = d.added.strftime("%Y-%m-%d %H:%M")
        print(f"{d.id:>5}  {d.kind:<10}  {d.size:>9}  {added}  {d.content_type}  {d.filename}")
    return 0


def cmd_document(args: argparse.Namespace) -> int:
    out = target(args.out)
    with opened(args) as wb:
        document, data = wb.stored_document(args.reference, args.id)
        write_atomically(out, data)  # 0600, whole or not at all
        wb.document_written_out(args.reference, document)
    say(msg("cli.document_written", file=str(out)))
    return 0
