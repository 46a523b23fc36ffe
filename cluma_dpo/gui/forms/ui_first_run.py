# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'first_run.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QProgressBar, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_FirstRunDialog(object):
    def setupUi(self, FirstRunDialog):
        if not FirstRunDialog.objectName():
            FirstRunDialog.setObjectName(u"FirstRunDialog")
        FirstRunDialog.resize(560, 620)
        self.mainLayout = QVBoxLayout(FirstRunDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(FirstRunDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.locationLabel = QLabel(FirstRunDialog)
        self.locationLabel.setObjectName(u"locationLabel")
        self.locationLabel.setText(u"")
        self.locationLabel.setWordWrap(True)
        self.locationLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.mainLayout.addWidget(self.locationLabel)

        self.passphraseGroup = QGroupBox(FirstRunDialog)
        self.passphraseGroup.setObjectName(u"passphraseGroup")
        self.passphraseLayout = QFormLayout(self.passphraseGroup)
        self.passphraseLayout.setObjectName(u"passphraseLayout")
        self.passphraseLabel = QLabel(self.passphraseGroup)
        self.passphraseLabel.setObjectName(u"passphraseLabel")

        self.passphraseLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.passphraseLabel)

        self.passphraseEdit = QLineEdit(self.passphraseGroup)
        self.passphraseEdit.setObjectName(u"passphraseEdit")
        self.passphraseEdit.setEchoMode(QLineEdit.Password)

        self.passphraseLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.passphraseEdit)

        self.repeatLabel = QLabel(self.passphraseGroup)
        self.repeatLabel.setObjectName(u"repeatLabel")

        self.passphraseLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.repeatLabel)

        self.repeatEdit = QLineEdit(self.passphraseGroup)
        self.repeatEdit.setObjectName(u"repeatEdit")
        self.repeatEdit.setEchoMode(QLineEdit.Password)

        self.passphraseLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.repeatEdit)

        self.strengthCaption = QLabel(self.passphraseGroup)
        self.strengthCaption.setObjectName(u"strengthCaption")

        self.passphraseLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.strengthCaption)

        self.strengthLayout = QHBoxLayout()
        self.strengthLayout.setObjectName(u"strengthLayout")
        self.strengthBar = QProgressBar(self.passphraseGroup)
        self.strengthBar.setObjectName(u"strengthBar")
        self.strengthBar.setMaximum(4)
        self.strengthBar.setValue(0)
        self.strengthBar.setTextVisible(False)

        self.strengthLayout.addWidget(self.strengthBar)

        self.strengthLabel = QLabel(self.passphraseGroup)
        self.strengthLabel.setObjectName(u"strengthLabel")
        self.strengthLabel.setText(u"")

        self.strengthLayout.addWidget(self.strengthLabel)


        self.passphraseLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.strengthLayout)

        self.capsLockLabel = QLabel(self.passphraseGroup)
        self.capsLockLabel.setObjectName(u"capsLockLabel")

        self.passphraseLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.capsLockLabel)

        self.passphraseError = QLabel(self.passphraseGroup)
        self.passphraseError.setObjectName(u"passphraseError")
        self.passphraseError.setText(u"")
        self.passphraseError.setWordWrap(True)

        self.passphraseLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.passphraseError)

        self.warningLabel = QLabel(self.passphraseGroup)
        self.warningLabel.setObjectName(u"warningLabel")
        self.warningLabel.setWordWrap(True)

        self.passphraseLayout.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.warningLabel)


        self.mainLayout.addWidget(self.passphraseGroup)

        self.organisationGroup = QGroupBox(FirstRunDialog)
        self.organisationGroup.setObjectName(u"organisationGroup")
        self.organisationLayout = QFormLayout(self.organisationGroup)
        self.organisationLayout.setObjectName(u"organisationLayout")
        self.orgNameLabel = QLabel(self.organisationGroup)
        self.orgNameLabel.setObjectName(u"orgNameLabel")

        self.organisationLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.orgNameLabel)

        self.orgNameEdit = QLineEdit(self.organisationGroup)
        self.orgNameEdit.setObjectName(u"orgNameEdit")

        self.organisationLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.orgNameEdit)

        self.orgStreetLabel = QLabel(self.organisationGroup)
        self.orgStreetLabel.setObjectName(u"orgStreetLabel")

        self.organisationLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.orgStreetLabel)

        self.orgStreetEdit = QLineEdit(self.organisationGroup)
        self.orgStreetEdit.setObjectName(u"orgStreetEdit")

        self.organisationLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.orgStreetEdit)

        self.orgPostcodeLabel = QLabel(self.organisationGroup)
        self.orgPostcodeLabel.setObjectName(u"orgPostcodeLabel")

        self.organisationLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.orgPostcodeLabel)

        self.orgCityLayout = QHBoxLayout()
        self.orgCityLayout.setObjectName(u"orgCityLayout")
        self.orgPostcodeEdit = QLineEdit(self.organisationGroup)
        self.orgPostcodeEdit.setObjectName(u"orgPostcodeEdit")
        self.orgPostcodeEdit.setMaximumSize(QSize(90, 16777215))

        self.orgCityLayout.addWidget(self.orgPostcodeEdit)

        self.orgCityEdit = QLineEdit(self.organisationGroup)
        self.orgCityEdit.setObjectName(u"orgCityEdit")

        self.orgCityLayout.addWidget(self.orgCityEdit)


        self.organisationLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.orgCityLayout)

        self.orgPhoneLabel = QLabel(self.organisationGroup)
        self.orgPhoneLabel.setObjectName(u"orgPhoneLabel")

        self.organisationLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.orgPhoneLabel)

        self.orgPhoneEdit = QLineEdit(self.organisationGroup)
        self.orgPhoneEdit.setObjectName(u"orgPhoneEdit")

        self.organisationLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.orgPhoneEdit)

        self.orgEmailLabel = QLabel(self.organisationGroup)
        self.orgEmailLabel.setObjectName(u"orgEmailLabel")

        self.organisationLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.orgEmailLabel)

        self.orgEmailEdit = QLineEdit(self.organisationGroup)
        self.orgEmailEdit.setObjectName(u"orgEmailEdit")

        self.organisationLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.orgEmailEdit)

        self.dpoNameLabel = QLabel(self.organisationGroup)
        self.dpoNameLabel.setObjectName(u"dpoNameLabel")

        self.organisationLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.dpoNameLabel)

        self.dpoNameEdit = QLineEdit(self.organisationGroup)
        self.dpoNameEdit.setObjectName(u"dpoNameEdit")

        self.organisationLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.dpoNameEdit)

        self.organisationError = QLabel(self.organisationGroup)
        self.organisationError.setObjectName(u"organisationError")
        self.organisationError.setText(u"")
        self.organisationError.setWordWrap(True)

        self.organisationLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.organisationError)


        self.mainLayout.addWidget(self.organisationGroup)

        self.errorLabel = QLabel(FirstRunDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(FirstRunDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.passphraseLabel.setBuddy(self.passphraseEdit)
        self.repeatLabel.setBuddy(self.repeatEdit)
        self.orgNameLabel.setBuddy(self.orgNameEdit)
        self.orgStreetLabel.setBuddy(self.orgStreetEdit)
        self.orgPostcodeLabel.setBuddy(self.orgPostcodeEdit)
        self.orgPhoneLabel.setBuddy(self.orgPhoneEdit)
        self.orgEmailLabel.setBuddy(self.orgEmailEdit)
        self.dpoNameLabel.setBuddy(self.dpoNameEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.passphraseEdit, self.repeatEdit)
        QWidget.setTabOrder(self.repeatEdit, self.orgNameEdit)
        QWidget.setTabOrder(self.orgNameEdit, self.orgStreetEdit)
        QWidget.setTabOrder(self.orgStreetEdit, self.orgPostcodeEdit)
        QWidget.setTabOrder(self.orgPostcodeEdit, self.orgCityEdit)
        QWidget.setTabOrder(self.orgCityEdit, self.orgPhoneEdit)
        QWidget.setTabOrder(self.orgPhoneEdit, self.orgEmailEdit)
        QWidget.setTabOrder(self.orgEmailEdit, self.dpoNameEdit)

        self.retranslateUi(FirstRunDialog)

        QMetaObject.connectSlotsByName(FirstRunDialog)
    # setupUi

    def retranslateUi(self, FirstRunDialog):
        FirstRunDialog.setWindowTitle(QCoreApplication.translate("FirstRunDialog", u"Cluma DPO \u2014 first start", None))
        self.introLabel.setText(QCoreApplication.translate("FirstRunDialog", u"Welcome. This creates the encrypted database in which every request, letter and audit event is kept. Choose a passphrase and check the organisation's details.", None))
        self.passphraseGroup.setTitle(QCoreApplication.translate("FirstRunDialog", u"Passphrase", None))
        self.passphraseLabel.setText(QCoreApplication.translate("FirstRunDialog", u"&Passphrase:", None))
        self.repeatLabel.setText(QCoreApplication.translate("FirstRunDialog", u"&Repeat:", None))
        self.strengthCaption.setText(QCoreApplication.translate("FirstRunDialog", u"Strength:", None))
        self.capsLockLabel.setText(QCoreApplication.translate("FirstRunDialog", u"Caps Lock is on.", None))
        self.warningLabel.setText(QCoreApplication.translate("FirstRunDialog", u"<b>Keep this passphrase safe.</b> Nobody can recover it: a lost passphrase means all data in this database is lost. Write it down and keep it locked away.", None))
        self.organisationGroup.setTitle(QCoreApplication.translate("FirstRunDialog", u"Organisation (from the privacy statement)", None))
        self.orgNameLabel.setText(QCoreApplication.translate("FirstRunDialog", u"&Name:", None))
        self.orgStreetLabel.setText(QCoreApplication.translate("FirstRunDialog", u"&Street and number:", None))
        self.orgPostcodeLabel.setText(QCoreApplication.translate("FirstRunDialog", u"Postcode and &city:", None))
        self.orgPhoneLabel.setText(QCoreApplication.translate("FirstRunDialog", u"&Telephone:", None))
        self.orgEmailLabel.setText(QCoreApplication.translate("FirstRunDialog", u"&E-mail:", None))
        self.dpoNameLabel.setText(QCoreApplication.translate("FirstRunDialog", u"&Data protection officer:", None))
    # retranslateUi

