"""The settings dialog: every key there, each checked as typed, only changes saved, and the
letter templates opened for editing or reset."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QCheckBox, QComboBox

from cluma_dpo.domain import settings as schema
from cluma_dpo.domain.recipients import Recipient
from cluma_dpo.domain.settings import SETTINGS, Settings
from cluma_dpo.gui.dialogs.common import ok_button
from cluma_dpo.gui.dialogs.settings import SettingsDialog
from cluma_dpo.gui.setting_fields import field_name


@pytest.fixture
def saved() -> list[tuple[str, str]]:
    return []


@pytest.fixture
def dialog(qtbot: Any, tmp_path: Path, saved: list[tuple[str, str]]) -> SettingsDialog:
    def save(key: str, raw: str) -> object:
        saved.append((key, raw))
        return schema.validate(key, raw)

    d = SettingsDialog(Settings.from_values(), save, tmp_path / "templates")
    qtbot.addWidget(d)
    d.show()
    return d


# One invalid value for every kind of setting, and words its message must contain.
INVALID = {
    "organisation.name": ("", ["500", "empty"]),  # text, required
    "organisation.phone": ("x" * 501, ["500"]),  # text
    "warnings.due_soon_days": ("61", ["1", "60"]),  # int
    "lock.idle_minutes": ("ten", ["whole number", "240"]),
    "fees.vat_rate": ("100.5", ["0", "100", "decimals"]),  # decimal
    "fees.copy_amount": ("0", ["greater than 0", "1000"]),  # amount
    "bank.iban": ("BE00 1234", ["IBAN", "or empty"]),  # iban
    "bank.bic": ("GEBA", ["BIC", "8 or 11"]),  # bic
    "organisation.vat_number": ("BE 0123", ["VAT"]),  # vat
    "dpo.email": ("dpo@", ["e-mail address"]),  # email
    "organisation.country": ("XX", ["ISO 3166"]),  # country
    "sources": (
        json.dumps(["Google Ads", "x" * 501]),  # list
        ["Sources", "50 items", "500 characters"],
    ),
    # issue 13: the recipients are a kind of their own (a table of recipients)
    "recipients": (
        json.dumps([{"name": "Google", "country": "US"}]),  # no safeguard outside the EEA
        ["Recipients", "name", "ISO", "outside the EEA", "safeguard"],
    ),
    "access.retention.fr": ("\x00", ["500"]),
}


def test_every_setting_has_a_field(dialog: SettingsDialog) -> None:
    assert set(dialog.fields) == set(SETTINGS)
    for key, field in dialog.fields.items():  # the stored value is shown
        assert field.value() == SETTINGS[key].default, key
    assert dialog.problems() == {}
    assert ok_button(dialog.ui.buttonBox).isEnabled()
    names = [dialog.ui.tabs.tabText(i) for i in range(dialog.ui.tabs.count())]
    assert names == [
        "Organisation",
        "Officer && letters",
        "Bank && fees",
        "Recipients && sources",
        "Access information",
        "Deadlines && security",
        "Templates",
    ]


def test_every_kind_refuses_an_invalid_value_with_the_key_and_what_is_allowed(
    dialog: SettingsDialog,
) -> None:
    kinds = {SETTINGS[key].kind for key in INVALID}
    assert kinds >= {k.kind for k in SETTINGS.values()} - {"enum", "bool"}
    ok = ok_button(dialog.ui.buttonBox)
    for key, (raw, words) in INVALID.items():
        field = dialog.fields[key]
        original = field.text()
        field.set_text(raw)
        assert not ok.isEnabled(), key
        assert not field.error.isHidden(), key
        for word in words:
            assert word in field.error.text(), (key, field.error.text())
        # the field is named by its label, never by its key (issue 14)
        assert field_name(key) in field.error.text(), (key, field.error.text())
        assert key not in field.error.text(), (key, field.error.text())
        assert key in dialog.problems()
        assert dialog.ui.summaryLabel.text()  # and the tab is named at the bottom
        field.set_text(original)
        assert ok.isEnabled(), key
        assert field.error.isHidden()


def test_choices_offer_only_valid_values(dialog: SettingsDialog) -> None:
    """enum and bool settings: a combo box or a check box cannot hold a wrong value."""
    for key, field in dialog.fields.items():
        spec = SETTINGS[key]
        if spec.kind == "enum":
            assert isinstance(field.editor, QComboBox)
            values = [field.editor.itemData(i) for i in range(field.editor.count())]
            assert values == list(spec.choices), key
        elif spec.kind == "bool":
            assert isinstance(field.editor, QCheckBox)


def test_only_changed_keys_are_saved(
    qtbot: Any, dialog: SettingsDialog, saved: list[tuple[str, str]]
) -> None:
    dialog.fields["bank.iban"].set_text("BE71 0961 2345 6769")
    dialog.fields["fees.copy_amount"].set_text("10,00")  # the same amount, written otherwise
    dialog.fields["warnings.due_soon_days"].set_text("10")
    dialog.show_access_language("fr")
    dialog.fields["recipients"].editor.add_recipient()
    assert set(dialog.changed_keys()) == {"bank.iban", "warnings.due_soon_days", "recipients"}
    with qtbot.waitSignal(dialog.accepted):
        ok_button(dialog.ui.buttonBox).click()
    assert sorted(k for k, _ in saved) == ["bank.iban", "recipients", "warnings.due_soon_days"]
    assert json.loads(dict(saved)["recipients"])[-1] == {
        "name": "New recipient",
        "role": "processor",
    }
    assert dialog.saved == [k for k, _ in saved]


def test_list_editor_adds_removes_and_moves(dialog: SettingsDialog) -> None:
    editor = dialog.fields["sources"].editor
    first = editor.items()
    editor.list.setCurrentRow(1)
    editor.buttons["up"].click()
    assert editor.items()[0] == first[1]
    editor.buttons["remove"].click()
    assert editor.items() == first[:1] + first[2:]
    assert "sources" in dialog.changed_keys()


def test_settings_from_the_menu_save_through_the_workbench(
    qtbot: Any, wb: Any, window: Any
) -> None:
    action = window.acts["settings"]
    assert action.shortcut() == QKeySequence("Ctrl+,")
    assert action in window.menus["file"].actions()
    action.trigger()
    dialog = window.commands.last_dialog
    assert isinstance(dialog, SettingsDialog)
    dialog.fields["lock.idle_minutes"].set_text("3")
    dialog.fields["organisation.name"].set_text("Cluma Engineering NV ")  # unchanged
    with qtbot.waitSignal(dialog.accepted):
        ok_button(dialog.ui.buttonBox).click()
    assert dialog.saved == ["lock.idle_minutes"]
    assert wb.settings().lock.idle_minutes == 3
    assert window.idle.limit_seconds == 180  # applied at once
    assert "1 change" in window.statusBar().currentMessage()


def test_template_editor_copies_opens_and_resets(dialog: SettingsDialog, tmp_path: Path) -> None:
    tab = dialog.templates
    opened: list[Path] = []
    tab.open_file = lambda path: opened.append(path) or True
    answers: list[bool] = [False, True]
    tab.confirm = lambda _parent, _name: answers.pop(0)
    tab.select("acknowledgement", "fr")
    assert not dialog.ui.resetTemplateButton.isEnabled()  # nothing of yours to reset yet
    own = tmp_path / "templates" / "fr" / "acknowledgement.j2"
    dialog.ui.editTemplateButton.click()
    assert opened == [own] and own.is_file()
    assert "Opened" in dialog.ui.templateMessage.text()
    own.write_text(own.read_text(encoding="utf-8") + "\n{# mine #}\n", encoding="utf-8")
    dialog.ui.editTemplateButton.click()  # a second edit keeps your copy
    assert "mine" in own.read_text(encoding="utf-8")
    item = dialog.ui.templateTree.currentItem()
    assert "your copy" in item.text(1)
    assert dialog.ui.resetTemplateButton.isEnabled()
    dialog.ui.resetTemplateButton.click()  # declined
    assert own.is_file()
    dialog.ui.resetTemplateButton.click()  # confirmed
    assert not own.exists()
    assert dialog.ui.templateTree.currentItem().text(1) == "shipped"
    assert not dialog.ui.resetTemplateButton.isEnabled()


def test_template_editor_copies_the_wording_catalogue(
    dialog: SettingsDialog, tmp_path: Path
) -> None:
    # Issue 13: the wording lives in one catalogue per language; the DPO edits a copy.
    tab = dialog.templates
    opened: list[Path] = []
    tab.open_file = lambda path: opened.append(path) or True
    tab.select("letters", "de")
    own = tmp_path / "templates" / "de" / "letters.po"
    dialog.ui.editTemplateButton.click()
    assert opened == [own] and own.is_file()
    assert 'msgstr "Eingangsbestätigung Ihres Antrags"' in own.read_text(encoding="utf-8")
    assert "your copy" in dialog.ui.templateTree.currentItem().text(1)


def test_settings_need_an_open_database(qtbot: Any, window: Any) -> None:
    window.lock()
    assert not window.acts["settings"].isEnabled()
    assert window.commands.settings() is None


def test_recipients_are_edited_in_a_table(
    qtbot: Any, dialog: SettingsDialog, saved: list[tuple[str, str]]
) -> None:
    """Issue 13: name, role, country, address and safeguard, one recipient a row."""
    from cluma_dpo.gui.recipients_editor import FIELDS, ROLE_COLUMN

    field = dialog.fields["recipients"]
    editor = field.editor
    table = editor.table
    headers = [table.horizontalHeaderItem(i).text() for i in range(table.columnCount())]
    assert headers[:3] == ["Name", "Role", "Country"]
    assert "Safeguard outside the EEA" in headers and "Street and number" in headers
    assert table.rowCount() == 4
    assert table.item(2, FIELDS.index("legal_name")).text() == "PayPal, Inc."
    assert table.cellWidget(2, ROLE_COLUMN).currentData() == "controller"
    # Mollie becomes a controller in the United States: a safeguard is then required
    table.cellWidget(3, ROLE_COLUMN).setCurrentIndex(1)
    table.item(3, FIELDS.index("country")).setText("US")
    assert "recipients" in dialog.problems()
    assert "safeguard" in field.error.text() and not ok_button(dialog.ui.buttonBox).isEnabled()
    table.item(3, FIELDS.index("safeguard")).setText("Standard contractual clauses (2021/914)")
    assert dialog.problems() == {}
    table.setCurrentCell(0, 0)
    editor.buttons["remove"].click()  # Combell goes
    with qtbot.waitSignal(dialog.accepted):
        ok_button(dialog.ui.buttonBox).click()
    stored = json.loads(dict(saved)["recipients"])
    assert [r["name"] for r in stored] == ["Google Analytics", "PayPal", "Mollie"]
    assert stored[2] == {
        "name": "Mollie", "legal_name": "Mollie B.V.", "street": "Keizersgracht 126",
        "postcode": "1015 CW", "city": "Amsterdam", "country": "US", "role": "controller",
        "purpose": "payments", "safeguard": "Standard contractual clauses (2021/914)",
        "language": "nl",  # its notices' language, a default since the lawyer's second pass
    }  # fmt: skip


def test_recipients_from_the_names_only_form_show_as_rows_with_a_name(
    dialog: SettingsDialog,
) -> None:
    field = dialog.fields["recipients"]
    field.set_text(json.dumps(["Combell", "Mollie"]))
    assert field.editor.table.rowCount() == 2
    assert field.value() == (Recipient("Combell"), Recipient("Mollie"))
    assert dialog.problems() == {}
