# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reason.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_ReasonDialog(object):
    def setupUi(self, ReasonDialog):
        if not ReasonDialog.objectName():
            ReasonDialog.setObjectName(u"ReasonDialog")
        ReasonDialog.resize(520, 340)
        ReasonDialog.setWindowTitle(u"")
        self.mainLayout = QVBoxLayout(ReasonDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(ReasonDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setText(u"")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.choiceLabel = QLabel(ReasonDialog)
        self.choiceLabel.setObjectName(u"choiceLabel")
        self.choiceLabel.setText(u"")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.choiceLabel)

        self.choiceCombo = QComboBox(ReasonDialog)
        self.choiceCombo.setObjectName(u"choiceCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.choiceCombo)

        self.dateLabel = QLabel(ReasonDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QDateEdit(ReasonDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)
        self.dateEdit.setDisplayFormat(u"dd/MM/yyyy")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.fileLabel = QLabel(ReasonDialog)
        self.fileLabel.setObjectName(u"fileLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.fileLabel)

        self.fileLayout = QHBoxLayout()
        self.fileLayout.setObjectName(u"fileLayout")
        self.fileEdit = QLineEdit(ReasonDialog)
        self.fileEdit.setObjectName(u"fileEdit")
        self.fileEdit.setReadOnly(True)

        self.fileLayout.addWidget(self.fileEdit)

        self.browseButton = QPushButton(ReasonDialog)
        self.browseButton.setObjectName(u"browseButton")

        self.fileLayout.addWidget(self.browseButton)


        self.formLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.fileLayout)

        self.reasonLabel = QLabel(ReasonDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QPlainTextEdit(ReasonDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.reasonEdit)

        self.messageLabel = QLabel(ReasonDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.messageLabel)


        self.mainLayout.addLayout(self.formLayout)

        self.buttonBox = QDialogButtonBox(ReasonDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.choiceLabel.setBuddy(self.choiceCombo)
        self.dateLabel.setBuddy(self.dateEdit)
        self.fileLabel.setBuddy(self.browseButton)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.choiceCombo, self.dateEdit)
        QWidget.setTabOrder(self.dateEdit, self.browseButton)
        QWidget.setTabOrder(self.browseButton, self.reasonEdit)

        self.retranslateUi(ReasonDialog)

        QMetaObject.connectSlotsByName(ReasonDialog)
    # setupUi

    def retranslateUi(self, ReasonDialog):
        self.dateLabel.setText(QCoreApplication.translate("ReasonDialog", u"&Date:", None))
        self.fileLabel.setText(QCoreApplication.translate("ReasonDialog", u"&Document:", None))
        self.fileEdit.setPlaceholderText(QCoreApplication.translate("ReasonDialog", u"optional: a copy of the identity document", None))
        self.browseButton.setText(QCoreApplication.translate("ReasonDialog", u"Choose\u2026", None))
        self.reasonLabel.setText(QCoreApplication.translate("ReasonDialog", u"&Reason:", None))
        pass
    # retranslateUi

