"""Issue 17, review h17 (finding 2): every stored message keeps its own (sanitised) file name,
so two messages of one request are told apart; a name is never used twice in a request."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

from cluma_dpo.app import open_workbench
from cluma_dpo.domain.clock import FixedClock
from cluma_dpo.services import mail_in
from cluma_dpo.services.requests import NewRequest
from tests.integration.test_intake import HTML, MSG, NL, ok
from tests.integration.test_intake import db as db
from tests.integration.test_intake import initialised as initialised


def _names(cli, ref: str) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(d["kind"], d["filename"]) for d in ok(cli, "documents", ref, "--json").json()]


def test_each_message_keeps_its_own_name(cli, db: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ref = ok(cli, "intake", NL, "--register").out.strip()
    ok(cli, "attach", ref, HTML)
    ok(cli, "attach", ref, MSG)
    assert _names(cli, ref) == [
        ("email", "nl-inzage-bijlagen.eml"),
        ("attachment", "identiteitskaart.jpg"),
        ("attachment", "brief-inzage.pdf"),
        ("email", "nl-html-only.eml"),
        ("email", "en-outlook.msg"),
        ("attachment", "signed-request.pdf"),
    ]


def test_the_same_name_twice_is_told_apart(cli, db: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ref = ok(cli, "intake", NL, "--register").out.strip()
    other = tmp_path / "elsewhere"
    other.mkdir()
    shutil.copy(HTML, other / NL.name)  # another message under the first one's name
    ok(cli, "attach", ref, other / NL.name)
    ok(cli, "attach", ref, other / NL.name)
    emails = [name for kind, name in _names(cli, ref) if kind == "email"]
    assert emails == [
        "nl-inzage-bijlagen.eml",
        "nl-inzage-bijlagen (2).eml",
        "nl-inzage-bijlagen (3).eml",
    ]


def test_a_name_is_sanitised(cli, db: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ref = ok(cli, "add", "--right", "access", "--name", "An Peeters", "--received",
             "2026-11-20").out.strip()  # fmt: skip
    odd = tmp_path / 'Re: "inzage"?\t<dringend>|*.eml'
    shutil.copy(HTML, odd)
    ok(cli, "attach", ref, odd)
    [(kind, name)] = _names(cli, ref)
    assert kind == "email" and name.endswith(".eml")
    assert not set(name) & set('<>:"/\\|?*\t')  # a name every file system takes back
    assert "inzage" in name and "dringend" in name
    # a message whose file name does not say what it is gets the suffix that does
    renamed = tmp_path / "bericht.txt"
    shutil.copy(MSG, renamed)
    ok(cli, "attach", ref, renamed.rename(tmp_path / "bericht.eml"))
    assert _names(cli, ref)[-2][1] == "bericht.msg"


def test_without_a_file_name_the_message_is_named_by_its_date(tmp_path: Path) -> None:
    wb = open_workbench(tmp_path / "d", "names passphrase", create=True,
                        clock=FixedClock.on(date(2026, 11, 25)))  # fmt: skip
    try:
        cmd = NewRequest(rights=["access"], name="Els Vermeulen",  # type: ignore[arg-type]
                         received="2026-11-24")  # fmt: skip
        ref = wb.register_message(cmd, mail_in.read(NL.read_bytes()))
        names = [d.filename for d in wb.stored_documents(ref) if d.kind == "email"]
        assert names == [f"{ref}-message-2026-11-24.eml"]
        ref2 = wb.register_message(cmd, mail_in.read(NL.read_bytes(), name="aanvraag.eml"))
        assert wb.stored_documents(ref2)[0].filename == "aanvraag.eml"
    finally:
        wb.close()
