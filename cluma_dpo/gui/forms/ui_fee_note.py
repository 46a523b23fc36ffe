# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'fee_note.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_FeeNoteDialog(object):
    def setupUi(self, FeeNoteDialog):
        if not FeeNoteDialog.objectName():
            FeeNoteDialog.setObjectName(u"FeeNoteDialog")
        FeeNoteDialog.resize(480, 320)
        self.mainLayout = QVBoxLayout(FeeNoteDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(FeeNoteDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.amountLabel = QLabel(FeeNoteDialog)
        self.amountLabel.setObjectName(u"amountLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.amountLabel)

        self.amountEdit = QLineEdit(FeeNoteDialog)
        self.amountEdit.setObjectName(u"amountEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.amountEdit)

        self.amountError = QLabel(FeeNoteDialog)
        self.amountError.setObjectName(u"amountError")
        self.amountError.setText(u"")
        self.amountError.setWordWrap(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.amountError)

        self.reasonLabel = QLabel(FeeNoteDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QPlainTextEdit(FeeNoteDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reasonEdit)

        self.reasonError = QLabel(FeeNoteDialog)
        self.reasonError.setObjectName(u"reasonError")
        self.reasonError.setText(u"")
        self.reasonError.setWordWrap(True)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.reasonError)

        self.savePdfCheck = QCheckBox(FeeNoteDialog)
        self.savePdfCheck.setObjectName(u"savePdfCheck")
        self.savePdfCheck.setChecked(True)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.savePdfCheck)


        self.mainLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(FeeNoteDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(FeeNoteDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.amountLabel.setBuddy(self.amountEdit)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(FeeNoteDialog)

        QMetaObject.connectSlotsByName(FeeNoteDialog)
    # setupUi

    def retranslateUi(self, FeeNoteDialog):
        FeeNoteDialog.setWindowTitle(QCoreApplication.translate("FeeNoteDialog", u"Fee note", None))
        self.introLabel.setText(QCoreApplication.translate("FeeNoteDialog", u"GDPR Art. 12(5) and 15(3): a reasonable fee only for further copies or manifestly excessive requests. Tell the person before charging.", None))
        self.amountLabel.setText(QCoreApplication.translate("FeeNoteDialog", u"&Amount (EUR incl. VAT):", None))
        self.reasonLabel.setText(QCoreApplication.translate("FeeNoteDialog", u"&Reason:", None))
        self.savePdfCheck.setText(QCoreApplication.translate("FeeNoteDialog", u"Save the fee note as PDF afterwards", None))
    # retranslateUi

