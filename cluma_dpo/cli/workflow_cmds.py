"""Lifecycle verbs: identity, extend, close, withdraw, reject, recipients, suppression, due,
and the fee-note bookkeeping (fee-note, fee-paid, fee-cancel)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from cluma_dpo.cli.argparse_texts import cli_count, cli_date, cli_right, help_text
from cluma_dpo.cli.common import CliError, opened, read, say
from cluma_dpo.cli.output import dumps
from cluma_dpo.domain.grounds import ObjectionGround, RejectionGround, RetentionLaw
from cluma_dpo.domain.messages import msg
from cluma_dpo.domain.model import IdentityMethod, Outcome

if TYPE_CHECKING:
    from cluma_dpo.services.workbench import Workbench


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("identity", help=help_text(msg("cli.help.identity")))
    p.add_argument("reference", metavar="REF")
    # not required: --erase-attachment alone erases copies found once the check is over
    step = p.add_mutually_exclusive_group()
    step.add_argument(
        "--requested-on",
        metavar="DATE",
        type=cli_date,
        help=help_text(msg("cli.help.identity.requested_on")),
    )
    step.add_argument(
        "--received-on",
        metavar="DATE",
        type=cli_date,
        help=help_text(msg("cli.help.identity.received_on")),
    )
    step.add_argument("--verified", action="store_true")
    step.add_argument("--failed", action="store_true")
    p.add_argument(
        "--document",
        metavar="FILE",
        help=help_text(msg("cli.help.identity.document")),
    )
    p.add_argument("--method", choices=[m.value for m in IdentityMethod])
    p.add_argument("--on", metavar="DATE", type=cli_date)
    p.add_argument(
        "--reason",
        help=help_text(msg("cli.help.identity.reason")),
    )
    p.add_argument(
        "--erase-attachment",
        action="append",
        metavar="ID",
        type=cli_count,
        default=[],
        help=help_text(msg("cli.help.identity.erase_attachment")),
    )
    p.set_defaults(handler=cmd_identity)

    p = sub.add_parser("extend", help=help_text(msg("cli.help.extend")))
    p.add_argument("reference", metavar="REF")
    p.add_argument("--reason", required=True)
    p.add_argument("--on", metavar="DATE", type=cli_date)
    p.set_defaults(handler=cmd_extend)

    p = sub.add_parser("close", help=help_text(msg("cli.help.close")))
    p.add_argument("reference", metavar="REF")
    p.add_argument("--outcome", required=True, choices=[o.value for o in Outcome])
    p.add_argument("--reason", help=help_text(msg("cli.help.close.reason")))
    p.add_argument(
        "--granted",
        action="append",
        default=[],
        metavar="RIGHT",
        type=cli_right,
        help=help_text(msg("cli.help.close.granted")),
    )
    p.add_argument(
        "--refused",
        action="append",
        default=[],
        metavar="RIGHT",
        type=cli_right,
        help=help_text(msg("cli.help.close.refused")),
    )
    p.add_argument("--done", metavar="TEXT", help=help_text(msg("cli.help.close.done")))
    p.add_argument(
        "--answered",
        action="store_true",
        help=help_text(msg("cli.help.close.answered")),
    )
    p.add_argument(
        "--objection-ground",
        choices=[g.value for g in ObjectionGround],
        help=help_text(msg("cli.help.close.objection_ground")),
    )
    p.add_argument(
        "--kept-for",
        choices=[g.value for g in RetentionLaw],
        help=help_text(msg("cli.help.close.kept_for")),
    )
    p.add_argument("--kept-until", metavar="DATE", help=help_text(msg("cli.help.close.kept_until")))
    p.add_argument("--on", metavar="DATE", type=cli_date)
    p.set_defaults(handler=cmd_close)

    p = sub.add_parser("withdraw", help=help_text(msg("cli.help.withdraw")))
    p.add_argument("reference", metavar="REF")
    p.add_argument("--reason")
    p.add_argument("--on", metavar="DATE", type=cli_date)
    p.set_defaults(handler=cmd_withdraw)

    p = sub.add_parser("reject", help=help_text(msg("cli.help.reject")))
    p.add_argument("reference", metavar="REF")
    p.add_argument("--reason", required=True)
    p.add_argument(
        "--ground",
        required=True,
        choices=[g.value for g in RejectionGround],
        help=help_text(msg("cli.help.reject.ground")),
    )
    p.add_argument("--on", metavar="DATE", type=cli_date)
    p.set_defaults(handler=cmd_reject)

    p = sub.add_parser("recipient", help=help_text(msg("cli.help.recipient")))
    p.add_argument("reference", metavar="REF")
    p.add_argument("recipient", help=help_text(msg("cli.help.recipient.recipient")))
    state = p.add_mutually_exclusive_group(required=True)
    state.add_argument("--notified", action="store_true")
    state.add_argument("--not-applicable", action="store_true")
    state.add_argument("--not-received", action="store_true")
    p.add_argument("--on", metavar="DATE", type=cli_date)
    p.add_argument("--note", help=help_text(msg("cli.help.recipient.note")))
    p.set_defaults(handler=cmd_recipient)

    p = sub.add_parser("suppression", help=help_text(msg("cli.help.suppression")))
    ssub = p.add_subparsers(dest="suppression_verb", required=True, metavar="list|add")
    s = ssub.add_parser("list")
    s.add_argument("--json", action="store_true")
    s.set_defaults(handler=cmd_suppression_list)
    s = ssub.add_parser("add")
    s.add_argument("email")
    s.set_defaults(handler=cmd_suppression_add)

    p = sub.add_parser(
        "objections",
        help=help_text(msg("cli.help.objections")),
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_objections)
    osub = p.add_subparsers(dest="objections_action")
    o = osub.add_parser("confirm", help=help_text(msg("cli.help.objections.confirm")))
    o.add_argument("reference", metavar="REF")
    o.add_argument(
        "--as",
        dest="kind",
        required=True,
        choices=["objection", "marketing-opt-out"],
        help=help_text(msg("cli.help.objections.confirm.as")),
    )
    o.set_defaults(handler=cmd_objections_confirm)

    p = sub.add_parser("due", help=help_text(msg("cli.help.due")))
    p.add_argument("--today", metavar="DATE", type=cli_date)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_due)

    p = sub.add_parser("fee-paid", help=help_text(msg("cli.help.fee_paid")))
    p.add_argument("number", metavar="FN")
    p.add_argument("--on", metavar="DATE", type=cli_date, required=True)
    p.set_defaults(handler=cmd_fee_paid)

    p = sub.add_parser("fee-cancel", help=help_text(msg("cli.help.fee_cancel")))
    p.add_argument("number", metavar="FN")
    p.add_argument("--reason")
    p.set_defaults(handler=cmd_fee_cancel)


def _with(args: argparse.Namespace, action: Callable[[Workbench], object]) -> int:
    with opened(args) as wb:
        action(wb)
    return 0


def cmd_identity(args: argparse.Namespace) -> int:
    ending = args.verified or args.failed
    if not (args.requested_on or args.received_on or ending or args.erase_attachment):
        raise CliError(msg("cli.identity_needs_step"))
    if args.erase_attachment and (args.requested_on or args.received_on):
        raise CliError(msg("cli.erase_attachment_with_check"))
    if args.document and not args.received_on:
        raise CliError(msg("cli.document_needs_received_on"))
    if args.method and not args.verified:
        raise CliError(msg("cli.method_needs_verified"))
    if args.reason and not (args.failed or args.requested_on):
        raise CliError(msg("cli.reason_needs_step"))
    if args.on and not (args.verified or args.failed):
        raise CliError(msg("cli.on_needs_step"))
    if args.verified and not args.method:
        methods = ", ".join(m.value for m in IdentityMethod)  # values to type, as typed
        raise CliError(msg("cli.verified_needs_method", methods=methods))
    document = suffix = None
    if args.document:
        from cluma_dpo.domain.validation import MAX_DOCUMENT_BYTES
        from cluma_dpo.files import NotARegularFile, TooLarge, read_regular

        path = Path(args.document)
        try:
            document = read_regular(path, MAX_DOCUMENT_BYTES)
        except TooLarge:
            raise CliError(msg("cli.document_too_large")) from None
        except NotARegularFile:  # a folder, a pipe, /proc/self/environ
            raise CliError(msg("cli.no_file", file=str(path))) from None
        suffix = path.suffix.lower() or ".pdf"

    erase = args.erase_attachment

    def act(wb: Workbench) -> None:
        if args.requested_on:
            wb.request_identity(args.reference, args.requested_on, args.reason)
        elif args.received_on:
            wb.receive_identity(args.reference, args.received_on, document, suffix)
        elif args.verified:
            wb.verify_identity(args.reference, args.method, args.on, erase=erase)
        elif args.failed:
            wb.fail_identity(args.reference, args.reason, args.on, erase=erase)
        else:
            wb.erase_identity_copies(args.reference, erase)
        if ending or erase:  # what may still be an identity document is said, not kept silently
            from cluma_dpo.cli.correspondence_cmds import show_identity_candidates

            show_identity_candidates(wb, args.reference, erased=erase)

    return _with(args, act)


def cmd_extend(args: argparse.Namespace) -> int:
    def act(wb: Workbench) -> None:
        wb.extend(args.reference, args.reason, args.on)
        due = wb.request(args.reference).extended_due_date
        say(msg("cli.extended", due=due) if due else msg("cli.extended_no_date"))

    return _with(args, act)


def cmd_close(args: argparse.Namespace) -> int:
    def act(wb: Workbench) -> None:
        closed = wb.close_request(
            args.reference,
            args.outcome,
            args.reason,
            args.on,
            granted=tuple(args.granted),
            refused=tuple(args.refused),
            done=args.done,
            answered=args.answered,
            objection_ground=args.objection_ground,
            kept_for=args.kept_for,
            kept_until=args.kept_until,
        )
        if not closed:
            items = [
                i.recipient for i in wb.request(args.reference).recipients if i.state == "open"
            ]
            say(msg("cli.answered_not_closed", reference=args.reference, names=", ".join(items)))

    return _with(args, act)


def cmd_withdraw(args: argparse.Namespace) -> int:
    return _with(args, lambda wb: wb.withdraw(args.reference, args.reason, args.on))


def cmd_reject(args: argparse.Namespace) -> int:
    return _with(args, lambda wb: wb.reject(args.reference, args.reason, args.on, args.ground))


def cmd_recipient(args: argparse.Namespace) -> int:
    state = (
        "notified" if args.notified else "not-received" if args.not_received else "not-applicable"
    )
    return _with(
        args,
        lambda wb: wb.mark_recipient(args.reference, args.recipient, state, args.on, args.note),
    )


def cmd_suppression_list(args: argparse.Namespace) -> int:
    def act(wb: Workbench) -> None:
        rows = wb.suppression_list()
        if args.json:
            print(dumps([{"email": e, "since": s, "reference": r} for e, s, r in rows]))
        else:
            for e, s, r in rows:
                print(f"{s.isoformat()}  {e}  {r or ''}")

    return _with(args, act)


def cmd_objections(args: argparse.Namespace) -> int:
    def act(wb: Workbench) -> None:
        views = wb.objections_to_review()
        if args.json:
            print(
                dumps(
                    [
                        {
                            "reference": v.reference,
                            "rights": [r.value for r in v.rights],
                            "received": v.received,
                            "status": v.status.value,
                        }
                        for v in views
                    ]
                )
            )
            return
        if not views:
            say(msg("cli.no_objection_to_review"))
            return
        say(msg("cli.objections_to_confirm"))
        for v in views:
            print(f"{v.reference}  {v.received.isoformat()}  {v.status.value}")

    return _with(args, act)


def cmd_objections_confirm(args: argparse.Namespace) -> int:
    return _with(args, lambda wb: wb.confirm_objection_kind(args.reference, args.kind))


def cmd_suppression_add(args: argparse.Namespace) -> int:
    def act(wb: Workbench) -> None:
        added = wb.suppress(args.email)
        say(msg("cli.suppression_added") if added else msg("cli.suppression_already"))

    return _with(args, act)


def cmd_due(args: argparse.Namespace) -> int:
    today = args.today  # a date (cli_date) or None

    warnings = read(args, lambda wb: wb.due(today))
    if args.json:
        out = []
        for w in warnings:
            item = {"reference": w.reference, "level": w.level.value, "date": w.date}
            if w.fee_note:
                item["fee_note"] = w.fee_note
            out.append(item)
        print(dumps(out))
    elif not warnings:
        say(msg("cli.nothing_due"))
    else:
        from cluma_dpo.cli.text_output import due_line

        for w in warnings:
            print(due_line(w))
    return 0


def cmd_fee_paid(args: argparse.Namespace) -> int:
    return _with(args, lambda wb: wb.fee_paid(args.number, args.on))


def cmd_fee_cancel(args: argparse.Namespace) -> int:
    return _with(args, lambda wb: wb.cancel_fee_note(args.number, args.reason))
