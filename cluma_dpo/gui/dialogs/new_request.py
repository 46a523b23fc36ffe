"""Register a new request: every field checked as it is typed, with the domain's own rules."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from cluma_dpo import texts
from cluma_dpo.domain import validation as v
from cluma_dpo.domain.errors import DomainError
from cluma_dpo.domain.model import Language, Right
from cluma_dpo.gui import date_fields, i18n, labels, unsaved
from cluma_dpo.gui.dialogs.channel_choice import ChannelChoice
from cluma_dpo.gui.dialogs.common import ok_button, pydate, qdate, set_message
from cluma_dpo.gui.forms.ui_new_request import Ui_NewRequestDialog
from cluma_dpo.gui.i18n import say
from cluma_dpo.gui.icons import icon
from cluma_dpo.services.commands import NewRequest

Register = Callable[[NewRequest], str]  # -> the new reference


class NewRequestDialog(QDialog):
    def __init__(self, register: Register, parent: QWidget | None = None, *, today: date) -> None:
        super().__init__(parent)
        self.ui = Ui_NewRequestDialog()
        self.ui.setupUi(self)
        # typed as the lists show dates: 04/01/2027, in German 04.01.2027
        self.ui.receivedEdit.setDisplayFormat(texts.numeric_date_pattern(i18n.active_language()))
        self._register = register
        self.today = today
        self.reference: str | None = None
        self._touched: set[str] = set()
        ui = self.ui
        self.right_boxes: dict[Right, QCheckBox] = {
            Right.ACCESS: ui.accessCheck,
            Right.RECTIFICATION: ui.rectificationCheck,
            Right.ERASURE: ui.erasureCheck,
            Right.RESTRICTION: ui.restrictionCheck,
            Right.OBJECTION: ui.objectionCheck,
            Right.PORTABILITY: ui.portabilityCheck,
            Right.MARKETING_OPT_OUT: ui.marketingCheck,
        }
        # chosen for this request (or from what is typed), never the last one's (issue 15)
        self.channel = ChannelChoice(ui.channelCombo, ui.emailEdit, ui.streetEdit, ui.requestGroup)
        self.channel_hint = self.channel.hint
        ui.requestLayout.insertRow(3, "", self.channel_hint)
        ui.channelCombo.currentIndexChanged.connect(lambda _i: self._validate())
        for lang in Language:
            ui.languageCombo.addItem(labels.label(labels.LANGUAGES, lang), lang.value)
        self.form_combo = QComboBox(ui.subjectGroup)
        for form in labels.FORMS_OF_ADDRESS:
            self.form_combo.addItem(labels.label(labels.FORMS_OF_ADDRESS, form), form.value)
        self.form_combo.setToolTip(
            self.tr("How the letters address the person; neutral wording when not known.")
        )
        form_label = QLabel(self.tr("&Form of address:"), ui.subjectGroup)
        form_label.setBuddy(self.form_combo)
        row, _role = ui.subjectLayout.getWidgetPosition(ui.languageCombo)
        ui.subjectLayout.insertRow(row + 1, form_label, self.form_combo)
        # a future date is kept and refused beside the field, never silently (issue 15)
        date_fields.explain_range(ui.receivedEdit, v.GDPR_APPLIES_FROM, self.today)
        ui.receivedEdit.setDate(qdate(self.today))
        ui.countryEdit.setText("BE")
        ui.emailEdit.setPlaceholderText(self.tr("name@example.be"))
        ui.streetEdit.setPlaceholderText(self.tr("Kachtemsestraat 161 bus 2"))
        ok = ok_button(ui.buttonBox)
        ok.setText(self.tr("&Register"))
        ok.setIcon(icon("new"))
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        for seq in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(seq), self, self.accept)

        for name, edit in (
            ("name", ui.nameEdit),
            ("email", ui.emailEdit),
            ("street", ui.streetEdit),
            ("postcode", ui.postcodeEdit),
            ("city", ui.cityEdit),
            ("country", ui.countryEdit),
        ):
            edit.textEdited.connect(lambda _t, n=name: self._touch(n))
            edit.textChanged.connect(self._validate)
        for box in self.right_boxes.values():
            box.toggled.connect(lambda _c: self._touch("rights"))
        ui.receivedEdit.dateChanged.connect(lambda _d: self._touch("received"))
        ui.accountDeletionCheck.setToolTip(
            self.tr(
                "The privacy statement promises erasure within 30 days of deleting the account."
            )
        )
        self._reserve_refusals()
        self._validate()
        ui.nameEdit.setFocus()
        self._untouched = self._state()

    def _reserve_refusals(self) -> None:
        """Each refusal beside a field keeps its line when hidden: a message appearing or
        going never moves the fields under it (issue 15, dpo15 finding 8: the form moved up
        by a line after a corrected date and the next click ticked a right). A form layout
        drops the row of a hidden widget, so each message sits in a holder that stays."""
        ui = self.ui
        for layout, label in (
            (ui.requestLayout, ui.receivedError),
            (ui.requestLayout, self.channel_hint),
            (ui.requestLayout, ui.rightsError),
            (ui.subjectLayout, ui.nameError),
            (ui.subjectLayout, ui.emailError),
            (ui.subjectLayout, ui.addressError),
        ):
            row, role = layout.getWidgetPosition(label)
            layout.removeWidget(label)
            holder = QWidget(label.parentWidget())
            holder.setObjectName(f"{label.objectName()}Holder")
            box = QVBoxLayout(holder)
            box.setContentsMargins(0, 0, 0, 0)
            box.addWidget(label)
            # room for two lines of message at the field's width, kept whether shown or not
            holder.setFixedHeight(2 * label.fontMetrics().lineSpacing() + 2)
            layout.setWidget(row, role, holder)

    def _state(self) -> tuple[object, ...]:
        """Everything the form holds, to tell whether anything was filled in."""
        ui = self.ui
        edits = (ui.nameEdit, ui.emailEdit, ui.streetEdit, ui.postcodeEdit, ui.cityEdit)
        return (
            *(e.text() for e in (*edits, ui.countryEdit)),
            *(box.isChecked() for box in self.right_boxes.values()),
            ui.receivedEdit.date(),
            *(c.currentIndex() for c in (ui.channelCombo, ui.languageCombo, self.form_combo)),
            ui.accountDeletionCheck.isChecked(),
            ui.knownAccountCheck.isChecked(),
        )

    def filled(self) -> bool:
        return self._state() != self._untouched

    def reject(self) -> None:
        """Annuleren, Escape and the close button: ask before a filled form is thrown away.
        (Locking closes the form with done(), which does not ask.)"""
        if self.filled() and not unsaved.ask_discard_form(self):
            return
        super().reject()

    # -- reading the form -----------------------------------------------------------------
    def rights(self) -> list[str]:
        return [r.value for r, box in self.right_boxes.items() if box.isChecked()]

    def command(self) -> NewRequest:
        ui = self.ui
        return NewRequest(
            rights=self.rights(),
            name=ui.nameEdit.text(),
            received=pydate(ui.receivedEdit.date()),
            email=ui.emailEdit.text() or None,
            street=ui.streetEdit.text() or None,
            postcode=ui.postcodeEdit.text() or None,
            city=ui.cityEdit.text() or None,
            country=ui.countryEdit.text() or None,
            channel=self.channel.value(),
            language=ui.languageCombo.currentData(),
            form=self.form_combo.currentData(),
            account_deletion=(
                ui.accountDeletionCheck.isChecked() and ui.accountDeletionCheck.isEnabled()
            ),
            known_account=ui.knownAccountCheck.isChecked(),
        )

    # -- validation as you type -----------------------------------------------------------
    def _touch(self, name: str) -> None:
        self._touched.add(name)
        self._validate()

    def problems(self) -> dict[str, str]:
        """Field -> what to fix, from the domain's validation rules (empty when all is well)."""
        ui = self.ui
        out: dict[str, str] = {}

        def check(field: str, rule: Callable[[], object]) -> None:
            try:
                rule()
            except DomainError as exc:
                out.setdefault(field, say(exc.msg))

        rights = self.rights()
        if not rights:
            out["rights"] = self.tr("Tick at least one right.")
        if self.channel.value() is None:
            out["channel"] = self.tr("Choose how the request came in.")
        check(
            "received",
            lambda: v.iso_date(pydate(ui.receivedEdit.date()), v.FIELD_RECEIVED, today=self.today),
        )
        subject = v.subject_problems(
            {
                "name": ui.nameEdit.text(),
                "email": ui.emailEdit.text(),
                "street": ui.streetEdit.text(),
                "postcode": ui.postcodeEdit.text(),
                "city": ui.cityEdit.text(),
                "country": ui.countryEdit.text(),
            }
        )
        # the address lines share one message, the first of street, country, postcode, city
        for field, shown in (
            ("name", "name"),
            ("email", "email"),
            ("street", "address"),
            ("country", "address"),
            ("postcode", "address"),
            ("city", "address"),
        ):
            if field in subject:
                out.setdefault(shown, say(subject[field]))
        return out

    def _validate(self) -> None:
        ui = self.ui
        erasure = ui.erasureCheck.isChecked()
        ui.accountDeletionCheck.setEnabled(erasure)
        problems = self.problems()
        shown = {
            "rights": ui.rightsError,
            "received": ui.receivedError,
            "name": ui.nameError,
            "email": ui.emailError,
            "address": ui.addressError,
        }
        touched_address = self._touched & {"street", "postcode", "city", "country"}
        for field, label in shown.items():
            visible = field in self._touched or (field == "address" and touched_address)
            set_message(label, problems.get(field) if visible else None)
        ok_button(ui.buttonBox).setEnabled(not problems)
        # what keeps Register disabled, never "Ctrl+Enter registers" then (issue 15)
        needed = {
            "rights": self.tr("a right"),
            "channel": self.tr("the channel"),
            "received": self.tr("a valid date of receipt"),
            "name": self.tr("the name")
            if not ui.nameEdit.text().strip()
            else self.tr("a valid name"),
            "email": self.tr("a valid e-mail address"),
            "address": self.tr("a complete postal address"),
        }
        missing = [text for field, text in needed.items() if field in problems]
        ui.hintLabel.setText(
            self.tr("Still needed: {0}.").format(", ".join(missing))
            if missing
            else self.tr("Ctrl+Enter registers the request.")
        )
        set_message(ui.formError, None)

    def accept(self) -> None:
        if self.problems():
            self._touched.update(("rights", "name", "email", "street", "received"))
            self._validate()
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.reference = self._register(self.command())
        except DomainError as exc:
            set_message(self.ui.formError, exc.msg)
            return
        finally:
            QApplication.restoreOverrideCursor()
        super().accept()

    def set_received(self, d: date) -> None:
        self.ui.receivedEdit.setDate(qdate(d))
