"""Close with care: the summary of what closing records, the warning when no answer letter
was produced for the request (the person must receive the answer, GDPR Art. 12(3)) with the
offer to make it right after closing, and the warning (to be ticked) about an unpaid fee
note."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QGroupBox, QLabel, QVBoxLayout, QWidget

from cluma_dpo.domain.letters import LetterKind, why_not
from cluma_dpo.domain.lifecycle import RECIPIENT_OPEN
from cluma_dpo.domain.model import DocumentView, FeeStatus, Outcome, RequestView, Right
from cluma_dpo.gui import labels

# the letters that answer a request: the answer itself, or the refusal with its reasons
ANSWER_KINDS = (LetterKind.ANSWER.value, LetterKind.REFUSAL.value)


translate = QCoreApplication.translate


def answer_letters(view: RequestView) -> list[DocumentView]:
    return [d for d in view.documents if d.kind in ANSWER_KINDS]


def _part_text(right: str, outcome: str) -> str:
    """One right's share, worded as the dialog's choice per right words it."""
    text = (
        translate("CloseDialog", "granted in part")
        if outcome == Outcome.PARTLY_GRANTED.value
        else labels.label(labels.OUTCOMES, Outcome(outcome))
    )
    return translate("CloseSummary", "{0}: {1}").format(
        labels.label(labels.RIGHTS, Right(right)), text
    )


def _outcome_text(outcome: Outcome | None, parts: Mapping[str, str]) -> str:
    if outcome is None:
        return "—"
    text = labels.label(labels.OUTCOMES, outcome)
    if outcome is Outcome.PARTLY_GRANTED and parts:
        text += " (" + "; ".join(_part_text(r, o) for r, o in parts.items()) + ")"
    return text


def _fees_text(view: RequestView) -> str:
    if not view.fee_notes:
        return translate("CloseSummary", "none")
    return "; ".join(
        f"{n.number} {labels.money(n.amount)} {labels.label(labels.FEE_STATUSES, n.status)}"
        for n in view.fee_notes
    )


def _recipients_text(view: RequestView) -> str:
    if not view.recipients:
        return translate("CloseSummary", "none to tell")
    counts: dict[str, int] = {}
    for item in view.recipients:
        counts[item.state] = counts.get(item.state, 0) + 1
    return ", ".join(
        f"{counts[state]} {labels.label(labels.RECIPIENT_STATES, state)}"
        for state in ("notified", "not-applicable", "not-received", "open")
        if state in counts
    )


def _letters_text(view: RequestView) -> str:
    letters = answer_letters(view)
    if not letters:
        return translate("CloseSummary", "none")
    return "; ".join(
        f"{labels.label(labels.DOCUMENT_KINDS, d.kind)} ({labels.long_date(d.produced_at.date())})"
        for d in letters
    )


def summary_html(
    view: RequestView, outcome: Outcome | None, parts: Mapping[str, str], closed_on: date | None
) -> str:
    """The request, the outcome chosen, the dates, fee notes, recipients and answer letters."""
    due = view.extended_due_date or view.due_date
    dates = translate("CloseSummary", "received {0} · due {1} · closed on {2}").format(
        labels.long_date(view.received), labels.long_date(due), labels.long_date(closed_on)
    )
    rows = (
        (
            translate("CloseSummary", "Request:"),
            f"{view.reference} · {labels.rights_text(view.rights)} · {view.subject.name}",
        ),
        (translate("CloseSummary", "Outcome:"), _outcome_text(outcome, parts)),
        (translate("CloseSummary", "Dates:"), dates),
        (translate("CloseSummary", "Fee notes:"), _fees_text(view)),
        (translate("CloseSummary", "Recipients (Art. 19):"), _recipients_text(view)),
        (translate("CloseSummary", "Answer letter:"), _letters_text(view)),
    )
    cells = "".join(
        f"<tr><td style='padding-right:12px'>{escape(k)}</td><td>{escape(v)}</td></tr>"
        for k, v in rows
    )
    return f"<table>{cells}</table>"


class CloseSummary(QGroupBox):
    """The summary box of the close dialog, with the warning under it."""

    def __init__(self, view: RequestView, parent: QWidget | None = None) -> None:
        super().__init__(translate("CloseSummary", "What closing records"), parent)
        self.view = view
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.warning = QLabel(self)
        self.warning.setWordWrap(True)
        font = self.warning.font()
        font.setBold(True)
        self.warning.setFont(font)
        self.warning.setFrameShape(QLabel.Shape.StyledPanel)
        self.warning.setMargin(6)
        # advice the DPO can follow (h15, DPO finding 3): before the answer is recorded the
        # answer and refusal letters cannot be made yet, so the letter is offered right
        # after closing; a request already answered (waiting for Art. 19) can have it now
        letter_now = any(why_not(kind, view) is None for kind in ANSWER_KINDS)
        self.warning.setText(
            "⚠ "
            + (
                translate(
                    "CloseSummary",
                    "No answer letter was produced for this request. The person must receive "
                    "the answer (GDPR Art. 12(3)): make it now under Documents ▸ Letter, or "
                    "right after closing.",
                )
                if letter_now
                else translate(
                    "CloseSummary",
                    "No answer letter was produced for this request yet. The person must "
                    "receive the answer (GDPR Art. 12(3)); the answer letter, or the refusal, "
                    "can be made once the answer is recorded: right after closing.",
                )
            )
        )
        self.warning.setVisible(not answer_letters(view))
        self.letter_after = QCheckBox(
            translate("CloseSummary", "&Make the answer letter right after closing"), self
        )
        self.letter_after.setChecked(True)
        self.letter_after.setVisible(not answer_letters(view))
        # an unpaid fee note is not settled by closing (h15, DPO finding 4)
        unpaid = [n for n in view.fee_notes if n.status is FeeStatus.UNPAID]
        self.fees = QLabel(self)
        self.fees.setWordWrap(True)
        self.fees.setFont(font)
        self.fees.setFrameShape(QLabel.Shape.StyledPanel)
        self.fees.setMargin(6)
        self.fees.setText(
            "⚠ "
            + translate(
                "CloseSummary",
                "Fee note not paid: {0}. Closing does not settle it: it stays unpaid in the "
                "register. If it is no longer due, cancel it first (Fees tab).",
            ).format("; ".join(f"{n.number} ({labels.money(n.amount)})" for n in unpaid))
        )
        self.fee_confirm = QCheckBox(
            translate("CloseSummary", "Close &with the fee note unpaid"), self
        )
        self.fees.setVisible(bool(unpaid))
        self.fee_confirm.setVisible(bool(unpaid))
        # GDPR Art. 19: a grant with recipients still to tell is not closed (issue 15)
        self.art19 = QLabel(self)
        self.art19.setWordWrap(True)
        self.art19.setFont(font)
        self.art19.setFrameShape(QLabel.Shape.StyledPanel)
        self.art19.setMargin(6)
        self.art19.hide()
        self.art19_confirm = QCheckBox(
            translate("CloseSummary", "&Record the answer now; I will tell these recipients"),
            self,
        )
        self.art19_confirm.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.warning)
        layout.addWidget(self.letter_after)
        layout.addWidget(self.fees)
        layout.addWidget(self.fee_confirm)
        layout.addWidget(self.art19)
        layout.addWidget(self.art19_confirm)

    def show_letter_warning(self, shown: bool) -> None:
        """The warning and the offer of the letter, while closing is possible."""
        shown = shown and not answer_letters(self.view)
        self.warning.setVisible(shown)
        self.letter_after.setVisible(shown)

    def letter_wanted(self) -> bool:
        return self.letter_after.isVisibleTo(self) and self.letter_after.isChecked()

    def fee_unconfirmed(self) -> bool:
        """An unpaid fee note warned about and not yet confirmed."""
        return self.fee_confirm.isVisibleTo(self) and not self.fee_confirm.isChecked()

    def show_art19(self, pending: bool) -> None:
        """Warn (and ask for the DPO's confirmation) when the outcome chosen grants a right
        whose recipients must be told (Art. 19) and some are still to tell."""
        names = [i.recipient for i in self.view.recipients if i.state == RECIPIENT_OPEN]
        shown = pending and bool(names)
        if shown:
            text = translate(
                "CloseSummary",
                "Recipients still to be told (GDPR Art. 19): {0}. The request is not closed: "
                "the answer is recorded and the request stays open as answered until each "
                "recipient is told or marked not applicable (Recipients tab).",
            )
            self.art19.setText("⚠ " + text.format(", ".join(names)))
        else:
            self.art19_confirm.setChecked(False)
        self.art19.setVisible(shown)
        self.art19_confirm.setVisible(shown)

    def update_summary(
        self, outcome: Outcome | None, parts: Mapping[str, str], closed_on: date | None
    ) -> None:
        self.text.setText(summary_html(self.view, outcome, parts, closed_on))
