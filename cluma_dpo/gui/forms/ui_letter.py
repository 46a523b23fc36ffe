# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'letter.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QHBoxLayout, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_LetterDialog(object):
    def setupUi(self, LetterDialog):
        if not LetterDialog.objectName():
            LetterDialog.setObjectName(u"LetterDialog")
        LetterDialog.resize(760, 700)
        self.mainLayout = QVBoxLayout(LetterDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.choiceLayout = QHBoxLayout()
        self.choiceLayout.setObjectName(u"choiceLayout")
        self.kindLabel = QLabel(LetterDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.choiceLayout.addWidget(self.kindLabel)

        self.kindCombo = QComboBox(LetterDialog)
        self.kindCombo.setObjectName(u"kindCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.kindCombo.sizePolicy().hasHeightForWidth())
        self.kindCombo.setSizePolicy(sizePolicy)

        self.choiceLayout.addWidget(self.kindCombo)

        self.languageLabel = QLabel(LetterDialog)
        self.languageLabel.setObjectName(u"languageLabel")

        self.choiceLayout.addWidget(self.languageLabel)

        self.languageCombo = QComboBox(LetterDialog)
        self.languageCombo.setObjectName(u"languageCombo")

        self.choiceLayout.addWidget(self.languageCombo)

        self.recipientLabel = QLabel(LetterDialog)
        self.recipientLabel.setObjectName(u"recipientLabel")

        self.choiceLayout.addWidget(self.recipientLabel)

        self.recipientCombo = QComboBox(LetterDialog)
        self.recipientCombo.setObjectName(u"recipientCombo")

        self.choiceLayout.addWidget(self.recipientCombo)

        self.makeButton = QPushButton(LetterDialog)
        self.makeButton.setObjectName(u"makeButton")

        self.choiceLayout.addWidget(self.makeButton)


        self.mainLayout.addLayout(self.choiceLayout)

        self.previewHost = QWidget(LetterDialog)
        self.previewHost.setObjectName(u"previewHost")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(1)
        sizePolicy1.setHeightForWidth(self.previewHost.sizePolicy().hasHeightForWidth())
        self.previewHost.setSizePolicy(sizePolicy1)
        self.previewLayout = QVBoxLayout(self.previewHost)
        self.previewLayout.setObjectName(u"previewLayout")
        self.previewLayout.setContentsMargins(0, 0, 0, 0)

        self.mainLayout.addWidget(self.previewHost)

        self.statusLabel = QLabel(LetterDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setText(u"")
        self.statusLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.statusLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.printButton = QPushButton(LetterDialog)
        self.printButton.setObjectName(u"printButton")

        self.buttonLayout.addWidget(self.printButton)

        self.saveButton = QPushButton(LetterDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonLayout.addWidget(self.saveButton)

        self.buttonSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.buttonBox = QDialogButtonBox(LetterDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Close)

        self.buttonLayout.addWidget(self.buttonBox)


        self.mainLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
        self.languageLabel.setBuddy(self.languageCombo)
        self.recipientLabel.setBuddy(self.recipientCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(LetterDialog)

        self.makeButton.setDefault(True)


        QMetaObject.connectSlotsByName(LetterDialog)
    # setupUi

    def retranslateUi(self, LetterDialog):
        LetterDialog.setWindowTitle(QCoreApplication.translate("LetterDialog", u"Letter", None))
        self.kindLabel.setText(QCoreApplication.translate("LetterDialog", u"&Letter:", None))
        self.languageLabel.setText(QCoreApplication.translate("LetterDialog", u"L&anguage:", None))
        self.recipientLabel.setText(QCoreApplication.translate("LetterDialog", u"&Recipient:", None))
        self.makeButton.setText(QCoreApplication.translate("LetterDialog", u"&Make letter", None))
        self.printButton.setText(QCoreApplication.translate("LetterDialog", u"&Print\u2026", None))
        self.saveButton.setText(QCoreApplication.translate("LetterDialog", u"&Save as\u2026", None))
    # retranslateUi

