"""Issue 17: a message taken in (`intake`), its proposal, and registering it with the message
and its attachments kept encrypted with the request."""

from __future__ import annotations

import email
import shutil
import sys
import tempfile
from email import policy
from pathlib import Path

import pytest

from cluma_dpo.cli import main
from cluma_dpo.services import mail_in
from tests.integration.cli_support import Run, assert_one_line_error
from tests.integration.conftest import StoreUnderTest

PASSPHRASE = "intake passphrase 2026"
MAIL = Path(__file__).resolve().parents[1] / "fixtures" / "mail"
NL, FR = MAIL / "nl-inzage-bijlagen.eml", MAIL / "fr-effacement.eml"
HTML, MSG, BAD = MAIL / "nl-html-only.eml", MAIL / "en-outlook.msg", MAIL / "malformed.eml"


@pytest.fixture(scope="module")
def initialised(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("initialised")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("CLUMA_DPO_DATA_DIR", str(base / "data"))
        mp.setenv("CLUMA_DPO_PASSPHRASE", PASSPHRASE)
        mp.setenv("CLUMA_DPO_LOG_DIR", str(base / "logs"))
        assert main(["init"]) == 0
    return base / "data"


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, initialised: Path) -> Path:
    d = tmp_path / "data"
    monkeypatch.setenv("CLUMA_DPO_DATA_DIR", str(d))
    monkeypatch.setenv("CLUMA_DPO_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("CLUMA_DPO_LOG_DIR", str(tmp_path / "logs"))
    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    shutil.copytree(initialised, d)
    return d


@pytest.fixture
def office_db(office: StoreUnderTest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """As `db`, on both stores (issue 18): the local file or a PostgreSQL server."""
    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    return office.data_dir


def ok(cli, *args: object) -> Run:  # type: ignore[no-untyped-def]
    r = cli(*args)
    assert r.rc == 0, (args, r.err)
    return r


def files_under(folder: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()}


# -- the proposal ----------------------------------------------------------------------------


def test_intake_json_of_the_dutch_message(cli) -> None:  # type: ignore[no-untyped-def]
    out = ok(cli, "intake", NL, "--json").json()
    assert out["from_name"] == "Els Vermeulen"
    assert out["from_email"] == "els.vermeulen@example.net"
    # sent 23 Nov 23:30 UTC: in Brussels it is already the 24th
    assert out["received"] == "2026-11-24"
    assert out["received_at"] == "2026-11-24T00:30:00+01:00"
    assert out["language"] == "nl"
    assert out["rights_suggested"] == ["access", "erasure"]
    assert out["subject"] == "Inzage en verwijdering van mijn gegevens"
    assert "artikel 15 AVG" in out["body"]  # quoted-printable decoded
    assert out["attachments"] == [
        {"filename": "identiteitskaart.jpg", "content_type": "image/jpeg", "size": 1869},
        {"filename": "brief-inzage.pdf", "content_type": "application/pdf", "size": 1440},
    ]


def test_intake_json_of_the_french_message(cli) -> None:  # type: ignore[no-untyped-def]
    out = ok(cli, "intake", FR, "--json").json()
    assert (out["from_name"], out["from_email"]) == (
        "Camille Dubois-Léger",
        "camille.dubois@example.org",
    )
    assert out["subject"] == "Demande d'effacement de mes données"
    assert (out["received"], out["language"]) == ("2026-11-10", "fr")
    # "je m'oppose ... à des fins de prospection": the objection to direct marketing
    assert out["rights_suggested"] == ["erasure", "marketing-opt-out"]
    [pdf] = out["attachments"]
    assert (pdf["filename"], pdf["content_type"]) == ("lettre signée.pdf", "application/pdf")


def test_an_html_only_message_reads_as_text(cli) -> None:  # type: ignore[no-untyped-def]
    out = ok(cli, "intake", HTML, "--json").json()
    assert out["body"].startswith("Hallo,")
    assert "uitschrijven" in out["body"] and "Dank u & groeten," in out["body"]
    for markup in ("<", "tracking", "color:"):  # no tag, no script, no style
        assert markup not in out["body"]
    assert (out["from_name"], out["rights_suggested"]) == ("Peeters, Jan", ["marketing-opt-out"])
    assert out["attachments"] == []


def test_an_outlook_msg(cli) -> None:  # type: ignore[no-untyped-def]
    out = ok(cli, "intake", MSG, "--json").json()
    assert (out["from_name"], out["from_email"]) == ("Pieter Claes", "pieter.claes@example.com")
    assert (out["received"], out["received_at"]) == ("2026-11-16", "2026-11-16T15:05:00+01:00")
    assert (out["language"], out["rights_suggested"]) == ("en", ["erasure", "marketing-opt-out"])
    assert out["attachments"] == [
        {"filename": "signed-request.pdf", "content_type": "application/pdf", "size": 1445}
    ]


def test_intake_in_text(cli) -> None:  # type: ignore[no-untyped-def]
    out = ok(cli, "intake", NL).out
    assert "Els Vermeulen <els.vermeulen@example.net>" in out
    assert "2026-11-24 00:30" in out and "identiteitskaart.jpg" in out


@pytest.mark.parametrize("bad", [BAD, MAIL / "README"])
def test_a_malformed_message_exits_1_and_writes_nothing(
    cli, db: Path, tmp_path: Path, bad: Path
) -> None:  # type: ignore[no-untyped-def]
    before = files_under(tmp_path)
    for extra in ((), ("--json",), ("--register", "--right", "access")):
        r = cli("intake", bad, *extra)
        assert r.rc == 1, r
        assert_one_line_error(r)
        assert r.out == ""
    assert files_under(tmp_path) == before


def test_a_broken_outlook_file_exits_1(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    broken = tmp_path / "broken.msg"
    broken.write_bytes(MSG.read_bytes()[:3000])
    r = cli("intake", broken, "--json")
    assert r.rc == 1 and r.out == ""
    assert_one_line_error(r)


# -- registering -----------------------------------------------------------------------------


def test_register_keeps_the_message_and_its_attachments(
    cli, office_db: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    ref = ok(cli, "intake", NL, "--register").out.strip()
    view = ok(cli, "show", ref, "--json").json()
    assert view["rights"] == ["access", "erasure"]  # the suggestion, as no --right was given
    assert view["received"] == "2026-11-24"
    assert view["subject"]["name"] == "Els Vermeulen"
    assert view["subject"]["email"] == "els.vermeulen@example.net"
    assert view["channel"] == "email" and view["language"] == "nl"
    docs = ok(cli, "documents", ref, "--json").json()
    assert [(d["kind"], d["filename"], d["content_type"]) for d in docs] == [
        ("email", "nl-inzage-bijlagen.eml", "message/rfc822"),  # its own name (h17)
        ("attachment", "identiteitskaart.jpg", "image/jpeg"),
        ("attachment", "brief-inzage.pdf", "application/pdf"),
    ]
    assert docs[0]["size"] == NL.stat().st_size
    assert set(docs[0]) == {"id", "kind", "filename", "content_type", "size", "added"}
    # the original decrypts back byte for byte, and so does each attachment
    out = tmp_path / "out"
    out.mkdir()
    ok(cli, "document", ref, docs[0]["id"], "--out", out / "back.eml")
    assert (out / "back.eml").read_bytes() == NL.read_bytes()
    assert (out / "back.eml").stat().st_mode & 0o777 == 0o600
    ok(cli, "document", ref, docs[1]["id"], "--out", out / "id.jpg")
    original = email.message_from_bytes(NL.read_bytes(), policy=policy.default)
    jpeg = next(p for p in original.iter_attachments() if p.get_filename().endswith(".jpg"))
    assert (out / "id.jpg").read_bytes() == jpeg.get_payload(decode=True)
    kinds = [e["kind"] for e in ok(cli, "show", ref, "--json").json()["events"]]
    assert kinds.count("correspondence-stored") == 3
    assert "document-written-out" in kinds
    assert ok(cli, "audit", "verify", "--json").json()["ok"] is True


def test_register_with_the_dpos_own_rights_and_name(cli, office_db: Path) -> None:  # type: ignore[no-untyped-def]
    ref = ok(
        cli, "intake", MSG, "--register", "--right", "erasure", "--name", "P. Claes",
        "--language", "nl", "--account-deletion",
    ).out.strip()  # fmt: skip
    view = ok(cli, "show", ref, "--json").json()
    assert view["rights"] == ["erasure"]
    assert (view["subject"]["name"], view["language"]) == ("P. Claes", "nl")
    docs = ok(cli, "documents", ref, "--json").json()
    assert [(d["kind"], d["content_type"]) for d in docs] == [
        ("email", "application/vnd.ms-outlook"),
        ("attachment", "application/pdf"),
    ]


_WRITES: list[str] = []
_WATCHING: list[str] = []  # the folder whose writes are recorded, while a test watches


def _audit(event: str, args: tuple) -> None:  # type: ignore[type-arg]
    """Python's audit hook (PEP 578): every file opened for writing under the watched folder,
    even one removed again before the test looks."""
    if event != "open" or not _WATCHING or not isinstance(args[0], str | bytes | Path):
        return
    path, mode, flags = str(args[0]), args[1], args[2] or 0
    writing = (mode is not None and any(c in mode for c in "wax+")) or (flags & 0o3)
    if writing and path.startswith(_WATCHING[0]):
        _WRITES.append(path)


sys.addaudithook(_audit)


@pytest.mark.parametrize("message", [NL, MSG], ids=["eml", "msg"])
def test_nothing_of_the_message_is_left_in_plaintext_on_disk(
    cli, db: Path, tmp_path: Path, message: Path
) -> None:  # type: ignore[no-untyped-def]
    temp = tmp_path / "temp"
    _WRITES.clear()
    _WATCHING[:] = [str(temp)]
    try:
        ok(cli, "intake", message, "--register")
    finally:
        _WATCHING.clear()
    assert _WRITES == []  # nothing was written in the temp folder, not even for a moment
    proposal = mail_in.read(message.read_bytes())
    attachment = mail_in.read(message.read_bytes()).attachment_bytes[-1]
    name = proposal.proposal.from_name
    needles = [
        name.encode(),
        name.encode("utf-16-le"),
        proposal.proposal.from_email.encode(),
        proposal.proposal.attachments[-1].filename.encode(),
        proposal.proposal.body.splitlines()[2][:40].encode(),
        attachment[len(attachment) // 2 : len(attachment) // 2 + 60],  # from its middle
        message.read_bytes()[400:460],
    ]
    scanned = files_under(db) | files_under(temp) | files_under(tmp_path / "logs")
    assert scanned, "the data dir holds the database"
    for path, data in scanned.items():
        for needle in needles:
            assert needle not in data, (path, needle[:20])


def test_a_message_without_a_recognised_right_needs_one(cli, db: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    plain = tmp_path / "vraag.eml"
    plain.write_bytes(
        b"From: An Claes <an@example.com>\r\nDate: Mon, 2 Nov 2026 10:00:00 +0100\r\n"
        b"Subject: Vraag\r\n\r\nHallo, ik heb een vraag over mijn bestelling.\r\n"
    )
    r = cli("intake", plain, "--register")
    assert r.rc == 1 and "--right" in r.err
    assert_one_line_error(r)
    assert ok(cli, "list", "--json").json() == []


def test_an_account_deletion_is_suggested_and_registered_unless_the_dpo_decides(
    cli, office_db: Path
) -> None:  # type: ignore[no-untyped-def]
    assert ok(cli, "intake", FR, "--json").json()["account_deletion_suggested"] is True
    assert ok(cli, "intake", NL, "--json").json()["account_deletion_suggested"] is False
    assert "30" in ok(cli, "intake", FR).out  # said in the text proposal too
    suggested = ok(cli, "intake", FR, "--register").out.strip()
    view = ok(cli, "show", suggested, "--json").json()
    assert view["account_deletion"] is True
    assert view["company_target_date"] == "2026-11-12"  # marketing opt-out: next working day
    decided = ok(cli, "intake", FR, "--register", "--right", "erasure").out.strip()
    assert ok(cli, "show", decided, "--json").json()["account_deletion"] is False
