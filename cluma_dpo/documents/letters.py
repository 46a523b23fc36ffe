"""Letters to data subjects and recipients, rendered from editable templates to PDF bytes.

`render_letter` turns a request's read model, the settings and a kind into an A4 letter for
a window envelope (layout in `letter_layout`, structure in resources/templates/<kind>.j2,
wording in resources/locale/<language>/LC_MESSAGES/letters.po).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from babel.dates import format_date
from markupsafe import Markup

from cluma_dpo.documents.addresses import format_address

# re-exported: fee notes and other documents take the locales and country names from here
from cluma_dpo.documents.countries import HOME_COUNTRY as HOME_COUNTRY
from cluma_dpo.documents.countries import LOCALES as LOCALES
from cluma_dpo.documents.countries import country_name as country_name
from cluma_dpo.documents.letter_layout import (
    PageFurniture,
    Signature,
    block_flowables,
    build_pdf,
    letter_story,
)
from cluma_dpo.documents.pdfkit import clean, esc
from cluma_dpo.documents.recipients import recipient_address_lines, recipients_context
from cluma_dpo.documents.templates import (
    RenderedTemplate,
    check_language,
    parse_markup,
    render_template,
)
from cluma_dpo.domain import grounds
from cluma_dpo.domain import letters as rules
from cluma_dpo.domain import validation as v
from cluma_dpo.domain.deadlines import account_deletion_target
from cluma_dpo.domain.errors import ValidationError
from cluma_dpo.domain.letters import LetterKind, LetterPlan, notice_recipient
from cluma_dpo.domain.messages import msg
from cluma_dpo.domain.model import FeeGround, FeeStatus, RequestView
from cluma_dpo.domain.settings import Settings


@dataclass(frozen=True)
class LetterOptions:
    kind: str
    language: str
    today: date
    recipient: str | None = None  # recipient-notice: the organisation told under Art. 19
    # Free texts written for this letter, in its language ("reason", "done", "needed").
    texts: Mapping[str, str | None] = field(default_factory=dict)
    late: bool = False  # an extension notice after the first month: the DPO knows


# -- settings and values ----------------------------------------------------------------


def text(value: object) -> str:
    """A single-line value: control characters dropped, runs of white space collapsed."""
    return " ".join(clean(value).split())


def text_list(value: object) -> list[str]:
    if value is None:
        return []
    items = value.splitlines() if isinstance(value, str) else value
    if not isinstance(items, Sequence):
        return []
    return [t for t in (text(item) for item in items) if t]


def long_date(day: date | None, language: str) -> str | None:
    """'25 november 2026'; the templates write the words around it ('le', 'am')."""
    if day is None:
        return None
    formatted = str(format_date(day, "long", locale=LOCALES[language]))
    if language == "fr" and day.day == 1:
        formatted = "1er" + formatted[1:]  # French writes the first of the month as an ordinal
    return formatted


# -- the template context ---------------------------------------------------------------


def organisation(settings: Settings) -> dict[str, str]:
    o = settings.organisation
    org = {
        "name": o.name,
        "street": o.street,
        "postcode": o.postcode,
        "city": o.city,
        "country": o.country,
        "phone": o.phone,
        "email": o.email,
        "website": o.website,
        "vat_number": o.vat_number,
    }
    org = {k: text(v) for k, v in org.items()}
    org["country"] = org["country"] or HOME_COUNTRY
    return org


def _section(section: rules.Section) -> dict[str, str | None]:
    return {
        "id": section.id,
        "right": section.right.value if section.right else None,
        "outcome": section.outcome.value if section.outcome else None,
    }


def letter_facts(
    request: RequestView, plan: LetterPlan | None, texts: Mapping[str, str | None], *, late: bool
) -> dict[str, Any]:
    """The `letter` of the template context: what the domain decided this letter says."""
    further_copy = [
        f
        for f in request.fee_notes
        if f.ground is FeeGround.FURTHER_COPY and f.status is not FeeStatus.CANCELLED
    ]
    return {
        "kind": plan.kind.value if plan else None,
        "sections": [_section(s) for s in plan.sections] if plan else [],
        "enclosures": list(plan.enclosures) if plan else [],
        "texts": {name: clean(texts.get(name)).strip() or None for name in rules.TEXT_OPTIONS},
        "late": late,
        "further_copy_fee": further_copy[-1].number if further_copy else None,
    }


def grounds_context(request: RequestView, language: str) -> dict[str, str | None]:
    """The ground the DPO chose when refusing (domain.grounds): the letter states that one."""
    g = grounds.of(request)
    return {
        "objection": g.objection.value if g.objection else None,
        "rejection": g.rejection.value if g.rejection else None,
        "retention": g.retention.value if g.retention else None,
        "kept_until": long_date(g.kept_until, language),
    }


def letter_context(
    request: RequestView,
    settings: Settings,
    language: str,
    today: date,
    kind: str,
    recipient: str | None = None,
    *,
    plan: LetterPlan | None = None,
    texts: Mapping[str, str | None] | None = None,
    late: bool = False,
) -> dict[str, Any]:
    """Everything a template may use; all values are plain text (the templates escape)."""
    org = organisation(settings)
    access = settings.access_in(language)
    subject = request.subject
    notified = [text(r.recipient) for r in request.recipients if r.state == "notified"]
    pending = [text(r.recipient) for r in request.recipients if r.state == "open"]
    # "not applicable": Art. 19's exception (impossible, disproportionate effort); the data
    # was disclosed to them, so the letter must not say it never was (lawyer's finding 1).
    # "not-received" recipients never had the data: the letter names them nowhere (finding 32)
    untold = [text(r.recipient) for r in request.recipients if r.state == "not-applicable"]
    told = recipients_context(settings, language, recipient)  # Art. 15(1)(c), 15(2), 19
    return {
        "kind": kind,
        "language": language,
        "today": long_date(day=today, language=language),
        "organisation": org,
        "letter": letter_facts(request, plan, texts or {}, late=late),
        "dpo": {
            "name": text(settings.dpo.name),
            "email": text(settings.dpo.email) or org["email"],
        },
        "subject": {
            "name": text(subject.name),
            "email": text(subject.email),
            "street": text(subject.street),
            "postcode": text(subject.postcode),
            "city": text(subject.city),
            "country": (subject.country or HOME_COUNTRY).upper(),
            "country_name": country_name(subject.country, language),
            "form": subject.form.value,
        },
        "request": {
            "reference": text(request.reference),
            "status": request.status.value,
            "identity_status": request.identity.status.value,
            "ended_on": long_date(request.ended_on, language),
            "rights": [str(r) for r in request.rights],
            "notifying_rights": [str(r) for r in request.rights if r.notifies_recipients],
            "marketing_objection": any(r.is_marketing_objection for r in request.rights),
            "channel": str(request.channel),
            "received": long_date(request.received, language),
            "due_date": long_date(request.due_date, language),
            "extended_due_date": long_date(request.extended_due_date, language),
            "extended_on": long_date(request.extended_on, language),
            "company_target_date": long_date(request.company_target_date, language),
            "extension_reason": clean(request.extension_reason).strip() or None,
            "outcome": str(request.outcome) if request.outcome else None,
            "outcome_reason": clean(request.outcome_reason).strip() or None,
            "answered_on": long_date(request.answered_on, language),
            "account_deletion": request.account_deletion,
            # its own 30-day promise, not the (earlier) marketing target (lawyer's finding 2)
            "account_deletion_date": long_date(
                account_deletion_target(request.received) if request.account_deletion else None,
                language,
            ),
            "paused": request.paused,
            "identity_note": clean(request.identity.note).strip() or None,
            "recipients_notified": notified,
            "recipients_pending": pending,
            "recipients_not_told": untold,
            # the date by which the person is answered: extended, else statutory (after pauses)
            "legal_due_date": long_date(request.extended_due_date or request.due_date, language),
            "grounds": grounds_context(request, language),
        },
        "access": {
            "purposes": text_list(access.purposes),
            "categories": text_list(access.categories),
            "recipients": told["recipients"],
            "retention": text(access.retention),
            "sources": text_list(settings.sources),
            "automated_decisions": text(access.automated_decisions),
            "transfers": told["transfers"],  # Art. 15(2)
        },
        "recipient": told["recipient"],
    }


def letter_plan(
    request: RequestView, settings: Settings, options: LetterOptions
) -> tuple[LetterPlan, dict[str, str | None]]:
    """The domain's plan for this letter and its free texts, or the reason it cannot be."""
    rules.letter_kind(options.kind)
    check_language(options.language)
    plan = rules.plan(options.kind, request, options.recipient, settings.recipients)
    if plan.kind is LetterKind.RECIPIENT_NOTICE and rules.blank(options.recipient):
        raise ValidationError(msg("letter.recipient.unnamed"))
    if (
        plan.kind is LetterKind.EXTENSION
        and rules.extension_is_late(request, options.today)
        and not options.late
    ):
        raise ValidationError(
            msg("letter.extension.late", ref=request.reference, due=request.due_date or "-")
        )
    asked = rules.identity_request_is_late(request, options.today)
    if plan.kind is LetterKind.IDENTITY_REQUEST and asked is not None and not options.late:
        raise ValidationError(
            msg("letter.identity.late", ref=request.reference, asked=asked, today=options.today)
        )
    given = {
        name: v.reason(value, f"The text for {rules.TEXT_OPTIONS[name]}", required=False)
        for name, value in options.texts.items()
        if name in rules.TEXT_OPTIONS
    }  # the limits and characters of any recorded text
    texts = rules.letter_texts(plan, request, options.language, given)
    return plan, texts


# -- the page around the text -----------------------------------------------------------


def _joined(parts: Sequence[str], separator: str = " · ") -> str:
    return separator.join(esc(p) for p in parts if p)


def subject_address(request: RequestView, language: str) -> list[str]:
    """The postal lines in the destination country's order (addresses.format_address):
    Belgian order at home, the country in capitals in the letter's language abroad."""
    subject = request.subject
    return format_address(
        text(subject.name),
        text(subject.street),
        text(subject.postcode),
        text(subject.city),
        subject.country,
        language,
    )


def is_abroad(request: RequestView) -> bool:
    return (request.subject.country or HOME_COUNTRY).strip().upper() != HOME_COUNTRY


def page_furniture(
    request: RequestView,
    settings: Settings,
    rendered: RenderedTemplate,
    *,
    language: str,
    address: Sequence[str],
    abroad: bool = False,
    extra_rows: Sequence[tuple[str, str]] = (),
) -> PageFurniture:
    """Letterhead, window and information block; `abroad` adds the home country for return."""
    org = organisation(settings)
    home = country_name(org["country"], language)
    town = " ".join(t for t in (org["postcode"], org["city"]) if t)
    contact = [org["phone"], org["email"], org["website"]]
    if org["vat_number"]:
        contact.append(f"{rendered.parts.get('label_vat', 'VAT')} {org['vat_number']}")
    return_parts = [org["name"], org["street"], town] + ([home.upper()] if abroad else [])
    dpo_email = text(settings.dpo.email) or org["email"]
    rows = [
        (rendered.markup("label_reference"), esc(request.reference)),
        *extra_rows,
        (rendered.markup("label_contact"), esc(text(settings.dpo.name))),
        (rendered.markup("label_email"), esc(dpo_email)),
        (rendered.markup("label_phone"), esc(org["phone"])),
    ]
    return PageFurniture(
        organisation=esc(org["name"]),
        letterhead_lines=(
            _joined([org["street"], f"{town}, {home}" if town else home]),
            _joined(contact),
        ),
        return_address=" · ".join(p for p in return_parts if p),
        address_lines=tuple(esc(line) for line in address),
        info_rows=tuple((label, value) for label, value in rows if value),
        place_date=rendered.markup("place_date"),
        running_header=_joined([org["name"], request.reference]),
        page_label=Markup(rendered.markup("page_of")).striptags() or "{page}/{pages}",
        window="right" if settings.letters.window == "right" else "left",
    )


def signature(settings: Settings, rendered: RenderedTemplate) -> Signature:
    name = text(settings.letters.signature_name) or text(settings.dpo.name)
    title = text(settings.letters.signature_title)
    enclosures = rendered.markup_list("enclosures")
    label = "enclosure_one" if len(enclosures) == 1 else "enclosure_many"
    return Signature(
        closing=rendered.markup("closing"),
        name=esc(name),
        title=esc(title) if title else rendered.markup("signature_title"),
        organisation=esc(organisation(settings)["name"]),
        enclosures_label=rendered.markup(label),
        enclosures=tuple(enclosures),
    )


def plain(markup: str) -> str:
    return str(Markup(markup).striptags())


# -- the entry point --------------------------------------------------------------------


def render_letter(
    request: RequestView,
    settings: Settings,
    options: LetterOptions,
    *,
    templates_dir: Path | None = None,
) -> bytes:
    """The letter of `options.kind` in `options.language` as PDF bytes."""
    plan, texts = letter_plan(request, settings, options)
    language = options.language
    context = letter_context(
        request,
        settings,
        language,
        options.today,
        options.kind,
        options.recipient,
        plan=plan,
        texts=texts,
        # the apology only when it is late indeed, whatever --late said
        late=plan.kind is LetterKind.EXTENSION and rules.extension_is_late(request, options.today),
    )
    rendered = render_template(options.kind, language, context, templates_dir)
    if options.kind == LetterKind.RECIPIENT_NOTICE:
        attention = plain(rendered.markup("attention"))  # "For the attention of the DPO"
        told = notice_recipient(request, settings.recipients, options.recipient)
        address = recipient_address_lines(told, language, attention)
        abroad = told.country != HOME_COUNTRY
    else:
        address, abroad = subject_address(request, language), is_abroad(request)
    furniture = page_furniture(
        request, settings, rendered, language=language, address=address, abroad=abroad
    )
    subject = rendered.markup("subject_line")
    story = letter_story(
        subject,
        rendered.markup("salutation"),
        block_flowables(parse_markup(rendered.body)),
        signature(settings, rendered),
    )
    return build_pdf(
        furniture,
        story,
        title=plain(subject),
        author=organisation(settings)["name"],
        subject=request.reference,
    )
