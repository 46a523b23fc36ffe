"""How a new request came in: chosen for this request, never carried over from the last.

The channel starts unchosen. Until the DPO chooses one, it follows what is typed: an
e-mail address (and no postal address) means e-mail, a postal address (and no e-mail
address) means post; a line beside the box says where the choice came from (issue 15: an
e-mail request defaulted to post, remembered from the request before).
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from cluma_dpo.domain.model import Channel
from cluma_dpo.gui import labels


class ChannelChoice(QObject):
    def __init__(
        self, combo: QComboBox, email: QLineEdit, street: QLineEdit, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.combo, self.email, self.street = combo, email, street
        self.chosen_by_hand = False
        self._following = False  # the box is being set from what is typed
        combo.addItem(self.tr("— choose —"), None)
        for channel in Channel:
            combo.addItem(labels.label(labels.CHANNELS, channel), channel.value)
        combo.setCurrentIndex(0)
        self.hint = QLabel(parent)
        self.hint.setWordWrap(True)
        self.hint.hide()
        combo.currentIndexChanged.connect(self._chosen)
        email.textChanged.connect(self._follow)
        street.textChanged.connect(self._follow)

    def value(self) -> str | None:
        data = self.combo.currentData()
        return str(data) if data else None

    def _chosen(self, _index: int) -> None:
        if self._following:
            return
        self.chosen_by_hand = self.value() is not None
        self._follow()

    def _follow(self) -> None:
        if self.chosen_by_hand:
            self.hint.hide()
            return
        email, street = self.email.text().strip(), self.street.text().strip()
        derived: Channel | None = None
        why = ""
        if email and not street:
            derived, why = Channel.EMAIL, self.tr("from the e-mail address typed")
        elif street and not email:
            derived, why = Channel.POST, self.tr("from the postal address typed")
        index = self.combo.findData(derived.value) if derived else 0
        self._following = True
        try:
            self.combo.setCurrentIndex(max(0, index))
        finally:
            self._following = False
        self.hint.setVisible(derived is not None)
        if derived is not None:
            self.hint.setText(
                self.tr("Chosen {0}; change it if the request came in otherwise.").format(why)
            )
