"""Settings live in the encrypted database: defaults from the schema, overrides stored as JSON."""

from __future__ import annotations

import json

from cluma_dpo.domain import audit
from cluma_dpo.domain import settings as schema
from cluma_dpo.domain.errors import ValidationError
from cluma_dpo.domain.messages import msg, note_of
from cluma_dpo.domain.recipients import incomplete
from cluma_dpo.logs import LOG
from cluma_dpo.services.deadlines import refresh_deadlines
from cluma_dpo.services.unit_of_work import Session, UnitOfWork
from cluma_dpo.storage import register_seal
from cluma_dpo.storage import repositories as repo
from cluma_dpo.storage.request_queries import open_requests


def load_settings(session: Session) -> schema.Settings:
    """Every setting, typed: the schema's defaults with the stored overrides on top."""
    settings, refused = schema.Settings.from_stored(repo.stored_settings(session))
    for key in refused:
        LOG.warning("setting %s holds a value this version refuses; default used", key)
    report_incomplete(settings)
    return settings


def report_incomplete(settings: schema.Settings) -> tuple[str, ...]:
    """The recipients a letter cannot reach yet (e.g. kept from the list of plain names
    before issue 13), logged; a notice to one is refused until the setting is completed."""
    names = incomplete(settings.recipients)
    if names and names not in _REPORTED:  # once per process, not at every settings read
        _REPORTED.add(names)
        LOG.warning("setting recipients: %d without a postal address", len(names))
    return names


_REPORTED: set[tuple[str, ...]] = set()


def set_setting(uow: UnitOfWork, key: str, raw: str) -> object:
    value = schema.validate(key, raw)
    if key == "recipients":
        from cluma_dpo.documents.recipients import check_recipient_windows

        check_recipient_windows(value)  # type: ignore[arg-type]  # the recipients kind
    if key == "calendar.feed_file" and value:
        _check_feed_file(str(value))
    encoded = json.dumps(schema.to_text(key, value), ensure_ascii=False)
    guard_register(uow)
    repo.store_setting(uow.session, key, encoded)
    # settings are the company's, not a person's: the value may go in the audit note
    shown = schema.to_text(key, value)[:480]
    uow.record("setting-changed", None, note_of(msg("note.setting_changed", key=key, value=shown)))
    if key in DEADLINE_KEYS:
        _refresh_open_deadlines(uow)
    return value


def guard_register(uow: UnitOfWork) -> None:
    """Before the program changes a setting or the suppression list (once a transaction):
    if they were changed behind its back since it sealed them, the trail says so before
    the change seals them again (storage.register_seal); the first change a program that
    knows the seal makes starts it."""
    if uow.register_guarded:
        return
    uow.register_guarded = True
    s = uow.session
    held = register_seal.holds(s, uow.chain_key())
    if held is None:  # never sealed: an older program's database, or a new one
        fresh = not register_seal.changed_before(s)
        held = not fresh or register_seal.state(s) == [[], []]
        if held:
            uow.record(audit.SETTINGS_SEALED)
    if not held:
        LOG.warning("audit: settings or suppression list changed outside the program")
        uow.record(audit.SETTINGS_OUTSIDE)


DEADLINE_KEYS = frozenset({"deadlines.pause_for_identity"})


def _refresh_open_deadlines(uow: UnitOfWork) -> None:
    """A rule that moves dates changed: recompute the cached dates of every open request."""
    settings = load_settings(uow.session)
    for rec in open_requests(uow.session):
        refresh_deadlines(rec, settings)


def _check_feed_file(value: str) -> None:
    """The calendar kept up to date is a whole path to an .ics file in an existing folder
    (a relative path would depend on where the program was started)."""
    from pathlib import Path

    path = Path(value).expanduser()
    if not path.is_absolute() or path.suffix.lower() != ".ics" or not path.parent.is_dir():
        raise ValidationError(msg("setting.invalid.feed_file", file=value))
