"""The dossier speaks one language: every event kind, document kind, status, outcome and right
in it has a code in the catalogue (tests/i18n/test_catalogue.py checks that each code has its
text in nl, fr, en and de), and the audit verdict is one sentence in that language (issues 13,
14). Unknown kinds print readably, never crash."""

from __future__ import annotations

import ast
import io
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

import pdfplumber
import pytest

from cluma_dpo import texts
from cluma_dpo.documents.dossier import render_dossier
from cluma_dpo.documents.words import (
    DOCUMENT_CODES,
    EVENT_CODES,
    LANGUAGES,
    VALUE_CODES,
    document_label,
    event_label,
    label,
    value_code,
)
from cluma_dpo.domain.audit import ChainReport
from cluma_dpo.domain.letters import LetterKind
from cluma_dpo.domain.lifecycle import RECIPIENT_STATES
from cluma_dpo.domain.model import (
    DocumentView,
    EventView,
    FeeStatus,
    IdentityMethod,
    IdentityStatus,
    Outcome,
    Right,
    Status,
)
from tests.integration.test_dossier import REFUSED, SHA, TODAY

PACKAGE = Path(__file__).resolve().parents[2] / "cluma_dpo"
INTACT = ChainReport(True, 299)


def recorded_event_kinds() -> set[str]:
    """Every audit event kind the code writes: the literal first argument of `.record(...)`,
    the kind inside `record_many((stamp, "kind", ...))`, `Produced(data, "kind", ...)`, and
    f"recipient-{state}" for each recipient state."""
    kinds: set[str] = set()
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            name = getattr(node.func, "attr", getattr(node.func, "id", ""))
            first = node.args[0]
            if name == "record" and isinstance(first, ast.Constant):
                kinds.add(str(first.value))
            elif name == "record" and isinstance(first, ast.JoinedStr):
                text = ast.unparse(first)
                assert "recipient-{state}" in text, f"{path}: a kind built at run time: {text}"
                kinds.update(f"recipient-{state}" for state in RECIPIENT_STATES)
            elif name == "Produced" and len(node.args) > 1:
                if isinstance(node.args[1], ast.Constant):
                    kinds.add(str(node.args[1].value))
            elif name == "record_many":
                for inner in ast.walk(first):
                    if isinstance(inner, ast.Tuple) and len(inner.elts) > 1:
                        kind = inner.elts[1]
                        if isinstance(kind, ast.Constant) and isinstance(kind.value, str):
                            kinds.add(kind.value)
    return kinds


def test_the_scan_finds_the_kinds_it_should() -> None:
    kinds = recorded_event_kinds()
    assert {
        "request-registered",
        "document-produced",
        "anonymised",
        "recipient-notified",
        "quarterly-report",
        "withdrawn",
        "rejected",
        "database-created",
    } <= kinds


@pytest.mark.parametrize("language", ["nl", "fr", "en", "de"])
def test_every_recorded_event_kind_has_a_word(language: str) -> None:
    missing = sorted(
        k
        for k in recorded_event_kinds()
        if f"event.{k}" not in EVENT_CODES or texts.gettext(f"event.{k}", language) == f"event.{k}"
    )
    assert not missing, f"event kinds without a {language} label: {missing}"


@pytest.mark.parametrize("language", ["nl", "fr", "en", "de"])
def test_every_letter_and_document_kind_has_a_word(language: str) -> None:
    kinds = {k.value for k in LetterKind} | {"fee-note", "dossier", "withdrawal-confirmation"}
    missing = sorted(
        k
        for k in kinds
        if f"doc.kind.{k}" not in DOCUMENT_CODES
        or texts.gettext(f"doc.kind.{k}", language) == f"doc.kind.{k}"
    )
    assert not missing, f"document kinds without a {language} label: {missing}"


@pytest.mark.parametrize("language", ["nl", "fr", "en", "de"])
def test_every_model_value_has_a_word(language: str) -> None:
    assert language in LANGUAGES
    for kind in (Right, Status, Outcome, IdentityMethod, IdentityStatus, FeeStatus):
        for member in kind:
            assert value_code(member) in VALUE_CODES, (kind, member)
            assert texts.gettext(value_code(member), language) != value_code(member)
            assert label(member, language), (kind, member, language)


def test_unknown_kinds_print_readably() -> None:
    assert event_label("note-added-by_plugin", "nl") == "note added by plugin"
    assert document_label("court-order", "fr") == "court order"
    assert event_label("", "de") == "—"
    assert event_label("request-registered", "xx") == event_label("request-registered", "nl")


def text_of(pdf: bytes) -> str:
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        return "\n".join(page.extract_text() or "" for page in doc.pages)


EVERY_KIND = replace(
    REFUSED,
    rights=(Right.MARKETING_OPT_OUT, Right.ACCESS),
    documents=tuple(
        DocumentView(kind, "nl", datetime(2026, 4, 10, 11, i), SHA, f"doc-{i}.pdf")
        for i, kind in enumerate(
            [*(k.value for k in LetterKind), "fee-note", "dossier", "withdrawal-confirmation"]
        )
    ),
    events=tuple(
        EventView(datetime(2026, 3, 5, 9) + timedelta(minutes=i), kind, "as recorded")
        for i, kind in enumerate(sorted(c.removeprefix("event.") for c in EVENT_CODES))
    ),
)


@pytest.fixture(scope="module")
def dutch() -> str:
    return " ".join(text_of(render_dossier(EVERY_KIND, audit=INTACT, today=TODAY)).split())


def test_dutch_dossier_has_no_english_labels(dutch: str) -> None:
    for english in (
        "acknowledgement",
        "request-registered",
        "identity-request",
        "recipient-notice",
        "fee-note",
        "document-produced",
        "Audit trail",
        "every link verified",
        "marketing-opt-out",
        "request registered",
    ):
        assert english not in dutch, english
    # issue 14: event kinds are names, capitalised as in the app's timeline (one code each)
    for dutch_word in (
        "ontvangstbevestiging",
        "Verzoek geregistreerd",
        "uitschrijving marketing",
        "Document opgemaakt",
        "bevestiging van intrekking",
    ):
        assert dutch_word in dutch, dutch_word


def test_audit_verdict_is_one_sentence_in_the_dossier_language(dutch: str) -> None:
    assert "De auditketen is intact: 299 gebeurtenissen, elke schakel nagekeken." in dutch
    broken = ChainReport(False, 40, 17, "its note was changed")
    for language, expected in (
        ("nl", "De auditketen is NIET intact: de eerste gebroken schakel is gebeurtenis 17"),
        ("fr", "La chaîne d'audit N'EST PAS intacte : le premier maillon rompu est l'événement 17"),
        ("en", "The audit chain is NOT intact: the first broken link is event 17"),
        ("de", "Die Audit-Kette ist NICHT intakt: das erste gebrochene Glied ist Ereignis 17"),
    ):
        text = " ".join(
            text_of(render_dossier(REFUSED, audit=broken, today=TODAY, language=language)).split()
        )
        assert expected in text, (language, text[-400:])
        assert "its note was changed" not in text or language == "en"


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("fr", ("accusé de réception", "Demande enregistrée", "Historique", "désinscription")),
        ("en", ("acknowledgement of receipt", "Request registered", "Timeline", "opt-out")),
        ("de", ("Eingangsbestätigung", "Antrag erfasst", "Verlauf", "Direktwerbung", "Akte")),
    ],
)
def test_other_languages(language: str, words: tuple[str, ...]) -> None:
    text = " ".join(
        text_of(render_dossier(EVERY_KIND, audit=INTACT, today=TODAY, language=language)).split()
    )
    for phrase in words:  # a label may wrap in its column: its words, each whole
        assert all(w in text.split() for w in phrase.split()), (language, phrase)
    assert "request-registered" not in text and "acknowledgement (" not in text


def test_an_unknown_event_kind_prints_without_a_crash() -> None:
    odd = replace(REFUSED, events=(EventView(datetime(2026, 3, 5, 9), "imported_from-v1", None),))
    assert "imported from v1" in text_of(render_dossier(odd, audit=INTACT, today=TODAY))


def test_a_document_produced_note_names_the_kind_in_the_dossier_language() -> None:
    note = f"acknowledgement (fr); sha256 {SHA}"
    produced = replace(
        REFUSED, events=(EventView(datetime(2026, 3, 5, 9), "document-produced", note),)
    )
    text = text_of(render_dossier(produced, audit=INTACT, today=TODAY))
    flat = " ".join(text.split())
    assert "Document opgemaakt" in flat and "ontvangstbevestiging (fr)" in flat
    assert "acknowledgement" not in flat
    assert SHA in text.replace("\n", "")  # the digest as recorded, in full


def test_article_and_address_wording() -> None:
    no_address = replace(
        REFUSED, subject=replace(REFUSED.subject, street=None, postcode=None, city=None)
    )
    german = " ".join(
        text_of(render_dossier(no_address, audit=INTACT, today=TODAY, language="de")).split()
    )
    assert "Löschung (Art. 17), Auskunft (Art. 15)" in german
    assert "Anschrift" not in german  # not "Anschrift BE": a country alone is no address


def test_the_dossier_speaks_the_request_language(
    cli,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    monkeypatch.setenv("CLUMA_DPO_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("CLUMA_DPO_PASSPHRASE", "dossier language 2026")
    monkeypatch.setenv("CLUMA_DPO_LOG_DIR", str(tmp_path / "logs"))
    assert cli("init").rc == 0
    texts = {}
    for language in ("fr", "de", "nl"):
        added = cli(
            "add",
            "--right",
            "access",
            "--name",
            "Anne Dupont",
            "--received",
            "2026-11-02",
            "--language",
            language,
        )
        assert added.rc == 0, added.err
        out = tmp_path / f"{language}.pdf"
        assert cli("dossier", added.out.strip(), "--out", out).rc == 0
        texts[language] = " ".join(text_of(out.read_bytes()).split())
    assert "Demande d'une personne concernée" in texts["fr"]
    assert "La chaîne d'audit est intacte" in texts["fr"] and "Audit trail" not in texts["fr"]
    assert "Antrag einer betroffenen Person" in texts["de"]
    assert "De auditketen is intact:" in texts["nl"] and "Antrag erfasst" not in texts["nl"]


def test_a_rejection_is_dated_as_a_rejection() -> None:
    rejected = replace(REFUSED, status=Status.REJECTED, outcome=None)
    text = text_of(render_dossier(rejected, audit=INTACT, today=TODAY))
    assert "Afgewezen op 10/04/2026" in text and "Beantwoord op" not in text
