"""Issue 15, part "docs": documents you can reopen.

Every letter and fee note made is kept in the encrypted database exactly as printed; the
Documents tab shows where each was saved (never a hash), and opens, prints and saves it
again; a second letter of the same kind asks whether it replaces the first."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from cluma_dpo.gui import kept_documents
from cluma_dpo.gui.dialogs.letter import LetterDialog, preview_available
from cluma_dpo.gui.documents_tab import DocumentsTab
from tests.gui.conftest import register

pytestmark = pytest.mark.skipif(not preview_available(), reason="needs Qt's PDF module")

HEX = re.compile(r"[0-9a-f]{32,}")


def _select(qtbot: Any, window: Any, reference: str) -> None:
    window.reload()
    assert window.list_panel.select_reference(reference)
    qtbot.waitUntil(
        lambda: window.detail.view is not None and window.detail.view.reference == reference
    )


def _person(wb: Any, name: str = "Ann Peeters", **extra: Any) -> str:
    return register(
        wb, name, days_ago=2, street="Kachtemsestraat 161", postcode="8800", city="Roeselare",
        **extra,
    )  # fmt: skip


def _letter_dialog(qtbot: Any, window: Any, kind: str = "acknowledgement") -> LetterDialog:
    window.acts["letter"].trigger()
    dialog = window.commands.last_dialog
    assert isinstance(dialog, LetterDialog)
    dialog.ui.kindCombo.setCurrentIndex(dialog.ui.kindCombo.findData(kind))
    dialog.make()
    qtbot.waitUntil(lambda: dialog.pdf is not None, timeout=15_000)
    qtbot.waitUntil(lambda: dialog.ui.saveButton.isEnabled())
    return dialog


def _tab(window: Any) -> DocumentsTab:
    tab = window.detail.documents
    assert isinstance(tab, DocumentsTab)
    return tab


def _rows(tab: DocumentsTab) -> list[list[str]]:
    tree = tab.tree
    return [
        [tree.topLevelItem(i).text(c) for c in range(tree.columnCount())]
        for i in range(tree.topLevelItemCount())
    ]


def _no_hash_anywhere(tab: DocumentsTab) -> None:
    from PySide6.QtWidgets import QWidget

    tree = tab.tree
    for i in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(i)
        for c in range(tree.columnCount()):
            for text in (item.text(c), item.toolTip(c)):
                assert not HEX.search(text) and "SHA" not in text.upper(), text
    for widget in tab.findChildren(QWidget):
        for text in (getattr(widget, "text", lambda: "")(), widget.toolTip()):
            assert "SHA" not in str(text).upper() and "fingerprint" not in str(text).lower()


def test_saved_as_is_filled_after_saving_and_no_hash_is_shown(
    qtbot: Any, wb: Any, window: Any, tmp_path: Path
) -> None:
    ref = _person(wb)
    _select(qtbot, window, ref)
    dialog = _letter_dialog(qtbot, window)
    target = tmp_path / "brieven" / "ontvangst.pdf"
    target.parent.mkdir()
    dialog.save_to(target)
    dialog.reject()
    tab = _tab(window)
    qtbot.waitUntil(lambda: tab.tree.topLevelItemCount() == 1)
    [row] = _rows(tab)
    assert "Acknowledgement" in row[1]
    assert row[2] == "NL" and tab.tree.topLevelItem(0).toolTip(2) == "Dutch"
    # "Bewaard als": where it was saved, the file's name first, the whole path beside it
    assert row[3] == f"ontvangst.pdf — {target.parent}"
    assert tab.tree.topLevelItem(0).toolTip(3) == str(target)
    tab.tree.setCurrentItem(tab.tree.topLevelItem(0))
    assert str(target) in tab.why.text() and tab.why.isVisibleTo(tab)
    _no_hash_anywhere(tab)
    [doc] = wb.documents(ref)
    assert wb.document_pdf(doc.id) == target.read_bytes()  # kept exactly as saved


def test_a_letter_is_reopened_inside_the_app(
    qtbot: Any, wb: Any, window: Any, tmp_path: Path
) -> None:
    ref = _person(wb, language="fr")
    wb.letter(ref, "acknowledgement")  # printed earlier: never saved
    _select(qtbot, window, ref)
    tab = _tab(window)
    assert tab.tree.topLevelItemCount() == 1
    assert _rows(tab)[0][3] == "not saved"
    assert not tab.open_button.isEnabled() or tab.tree.currentItem() is not None
    tab.tree.setCurrentItem(tab.tree.topLevelItem(0))
    assert tab.open_button.isEnabled() and tab.print_button.isEnabled()
    assert tab.save_button.isEnabled()
    before = set(tmp_path.rglob("*"))
    tab.open_button.click()
    viewer = window.kept.last_viewer
    assert isinstance(viewer, kept_documents.DocumentViewer)
    qtbot.waitUntil(lambda: viewer.document.pageCount() >= 1)
    assert viewer.isVisible()
    assert ref in viewer.windowTitle()
    assert set(tmp_path.rglob("*")) == before  # nothing written to disk to show it
    viewer.close()


def test_save_again_writes_the_kept_pdf_and_updates_saved_as(
    qtbot: Any, wb: Any, window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ref = _person(wb)
    wb.letter(ref, "acknowledgement")
    _select(qtbot, window, ref)
    tab = _tab(window)
    tab.tree.setCurrentItem(tab.tree.topLevelItem(0))
    again = tmp_path / "opnieuw.pdf"
    monkeypatch.setattr(window, "ask_save_path", lambda *a: again)
    tab.save_button.click()
    [doc] = wb.documents(ref)
    assert again.read_bytes() == wb.document_pdf(doc.id)
    qtbot.waitUntil(lambda: _tab(window).tree.topLevelItem(0).toolTip(3) == str(again))
    assert _rows(_tab(window))[0][3] == f"opnieuw.pdf — {tmp_path}"
    assert wb.request(ref).events[-1].kind == "document-saved"


def test_print_sends_the_kept_pages_to_the_printer(
    qtbot: Any, wb: Any, window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtPrintSupport import QPrinter

    ref = _person(wb)
    wb.letter(ref, "acknowledgement")
    _select(qtbot, window, ref)
    out = tmp_path / "printed.pdf"

    def printer(_parent: Any) -> QPrinter:
        p = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        p.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        p.setOutputFileName(str(out))
        return p

    monkeypatch.setattr(kept_documents, "choose_printer", printer)
    tab = _tab(window)
    tab.tree.setCurrentItem(tab.tree.topLevelItem(0))
    tab.print_button.click()
    assert out.read_bytes().startswith(b"%PDF")
    assert wb.request(ref).events[-1].kind == "document-printed"


@pytest.mark.parametrize(("answer", "count"), [("cancel", 1), ("keep", 2), ("replace", 1)])
def test_a_second_letter_of_a_kind_asks_whether_it_replaces_the_first(
    qtbot: Any,
    wb: Any,
    window: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    answer: str,
    count: int,
) -> None:
    ref = _person(wb)
    wb.letter(ref, "acknowledgement", filename="/tmp/eerste.pdf")
    [first] = wb.documents(ref)
    asked: list[Any] = []

    def ask(_parent: Any, earlier: Any) -> str:
        asked.append(earlier)
        return answer

    monkeypatch.setattr(kept_documents, "ask_replace", ask)
    _select(qtbot, window, ref)
    dialog = _letter_dialog(qtbot, window)
    target = tmp_path / "tweede.pdf"
    dialog.save_to(target)
    assert [d.id for d in asked] == [first.id]
    docs = wb.documents(ref)
    assert len(docs) == count
    assert target.exists() == (answer != "cancel")
    if answer == "replace":
        assert docs[0].id != first.id and docs[0].saved_as == str(target)
    if answer == "cancel":
        assert docs == [first]
    dialog.reject()


def test_saving_the_same_letter_twice_keeps_one_record(
    qtbot: Any, wb: Any, window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ref = _person(wb)
    monkeypatch.setattr(kept_documents, "ask_replace", lambda *a: pytest.fail("asked"))
    _select(qtbot, window, ref)
    dialog = _letter_dialog(qtbot, window)
    dialog.save_to(tmp_path / "a.pdf")
    dialog.save_to(tmp_path / "b.pdf")
    [doc] = wb.documents(ref)
    assert doc.saved_as == str(tmp_path / "b.pdf")
    assert (tmp_path / "a.pdf").read_bytes() == (tmp_path / "b.pdf").read_bytes()
    dialog.reject()


def test_art19_notices_to_different_recipients_do_not_ask(
    qtbot: Any, window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A notice to PayPal is not a second notice to Combell; a second one to Combell is."""
    from datetime import datetime

    from cluma_dpo.domain.model import DocumentView
    from cluma_dpo.gui.dialogs.letter import LetterChoice

    combell = DocumentView(
        "recipient-notice", "nl", datetime(2026, 11, 24, 9), "", id=7, kept=True,
        concerns="Combell",
    )  # fmt: skip

    class Bench:
        def documents(self, reference: str) -> list[DocumentView]:
            return [combell]

    asked: list[DocumentView] = []
    monkeypatch.setattr(kept_documents, "ask_replace", lambda _p, d: asked.append(d) or "keep")
    keeper = kept_documents.LetterKeeper(Bench(), "DSR-2026-0001", window)  # type: ignore[arg-type]
    assert keeper.confirm(LetterChoice("recipient-notice", "nl", "PayPal"))
    assert asked == []
    assert keeper.confirm(LetterChoice("recipient-notice", "nl", "Combell"))
    assert asked == [combell] and keeper.replaces is None


def test_saving_a_fee_note_again_keeps_one_record(
    qtbot: Any, wb: Any, window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    wb.set_setting("bank.iban", "BE71096123456769")
    wb.set_setting("bank.bic", "GKCCBEBB")
    ref = _person(wb)
    wb.verify_identity(ref, "account-email")
    _fee, pdf = wb.issue_fee_note_pdf(ref, "12.10", "Vijfde identiek verzoek", ground="excessive")
    _select(qtbot, window, ref)
    target = tmp_path / "kostennota.pdf"
    monkeypatch.setattr(window, "ask_save_path", lambda *a: target)
    window.commands.save_fee_pdf(window.detail.view.fee_notes[0])
    qtbot.waitUntil(lambda: target.exists())
    [doc] = wb.documents(ref)
    assert target.read_bytes() == pdf == wb.document_pdf(doc.id)
    assert doc.saved_as == str(target)


def test_an_anonymised_requests_documents_cannot_be_opened(
    qtbot: Any, wb: Any, window: Any
) -> None:
    """What the tab says of a document whose PDF is not kept (retention, or older)."""
    ref = _person(wb)
    wb.dossier(ref)  # a dossier is recorded, not kept
    _select(qtbot, window, ref)
    tab = _tab(window)
    tab.tree.setCurrentItem(tab.tree.topLevelItem(0))
    assert not tab.open_button.isEnabled()
    assert not tab.print_button.isEnabled() and not tab.save_button.isEnabled()
    assert tab.why.text() and tab.why.isVisibleTo(tab)
    tab.tree.itemDoubleClicked.emit(tab.tree.topLevelItem(0), 0)  # nothing to open: no error
    assert window.kept.last_viewer is None


def test_the_tab_follows_the_selection(qtbot: Any, wb: Any, window: Any) -> None:
    a, b = _person(wb, "Eerste Persoon"), _person(wb, "Tweede Persoon")
    wb.letter(a, "acknowledgement")
    _select(qtbot, window, a)
    assert _tab(window).tree.topLevelItemCount() == 1
    _select(qtbot, window, b)
    assert _tab(window).tree.topLevelItemCount() == 0
    assert not _tab(window).open_button.isEnabled()
    _ = Qt  # (imported for the item roles some checks use)
