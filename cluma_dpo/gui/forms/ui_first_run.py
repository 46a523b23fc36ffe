# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'first_run.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QProgressBar, QPushButton,
    QRadioButton, QSizePolicy, QSpacerItem, QSpinBox,
    QVBoxLayout, QWidget, QWizard)

from cluma_dpo.gui.wizard_page import CheckedPage

class Ui_FirstRunDialog(object):
    def setupUi(self, FirstRunDialog):
        if not FirstRunDialog.objectName():
            FirstRunDialog.setObjectName(u"FirstRunDialog")
        FirstRunDialog.resize(640, 560)
        FirstRunDialog.setWizardStyle(QWizard.ModernStyle)
        FirstRunDialog.setOptions(QWizard.NoBackButtonOnStartPage|QWizard.NoBackButtonOnLastPage|QWizard.NoCancelButtonOnLastPage)
        self.passphrasePage = CheckedPage()
        self.passphrasePage.setObjectName(u"passphrasePage")
        self.passphrasePageLayout = QVBoxLayout(self.passphrasePage)
        self.passphrasePageLayout.setObjectName(u"passphrasePageLayout")
        self.languageLayout = QHBoxLayout()
        self.languageLayout.setObjectName(u"languageLayout")
        self.languageLabel = QLabel(self.passphrasePage)
        self.languageLabel.setObjectName(u"languageLabel")
        self.languageLabel.setText(u"Taal \u00b7 Langue \u00b7 Sprache \u00b7 Language:")

        self.languageLayout.addWidget(self.languageLabel)

        self.languageCombo = QComboBox(self.passphrasePage)
        self.languageCombo.setObjectName(u"languageCombo")

        self.languageLayout.addWidget(self.languageCombo)

        self.languageSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.languageLayout.addItem(self.languageSpacer)


        self.passphrasePageLayout.addLayout(self.languageLayout)

        self.whereLabel = QLabel(self.passphrasePage)
        self.whereLabel.setObjectName(u"whereLabel")
        self.whereLabel.setWordWrap(True)

        self.passphrasePageLayout.addWidget(self.whereLabel)

        self.fileRadio = QRadioButton(self.passphrasePage)
        self.fileRadio.setObjectName(u"fileRadio")
        self.fileRadio.setChecked(True)

        self.passphrasePageLayout.addWidget(self.fileRadio)

        self.serverRadio = QRadioButton(self.passphrasePage)
        self.serverRadio.setObjectName(u"serverRadio")

        self.passphrasePageLayout.addWidget(self.serverRadio)

        self.fileBox = QWidget(self.passphrasePage)
        self.fileBox.setObjectName(u"fileBox")
        self.fileBoxLayout = QVBoxLayout(self.fileBox)
        self.fileBoxLayout.setObjectName(u"fileBoxLayout")
        self.fileBoxLayout.setContentsMargins(0, 6, 0, 0)
        self.passphraseIntro = QLabel(self.fileBox)
        self.passphraseIntro.setObjectName(u"passphraseIntro")
        self.passphraseIntro.setWordWrap(True)

        self.fileBoxLayout.addWidget(self.passphraseIntro)

        self.locationLabel = QLabel(self.fileBox)
        self.locationLabel.setObjectName(u"locationLabel")
        self.locationLabel.setText(u"")
        self.locationLabel.setWordWrap(True)
        self.locationLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.fileBoxLayout.addWidget(self.locationLabel)

        self.passphraseLayout = QFormLayout()
        self.passphraseLayout.setObjectName(u"passphraseLayout")
        self.passphraseLabel = QLabel(self.fileBox)
        self.passphraseLabel.setObjectName(u"passphraseLabel")

        self.passphraseLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.passphraseLabel)

        self.passphraseEdit = QLineEdit(self.fileBox)
        self.passphraseEdit.setObjectName(u"passphraseEdit")
        self.passphraseEdit.setEchoMode(QLineEdit.Password)

        self.passphraseLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.passphraseEdit)

        self.repeatLabel = QLabel(self.fileBox)
        self.repeatLabel.setObjectName(u"repeatLabel")

        self.passphraseLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.repeatLabel)

        self.repeatEdit = QLineEdit(self.fileBox)
        self.repeatEdit.setObjectName(u"repeatEdit")
        self.repeatEdit.setEchoMode(QLineEdit.Password)

        self.passphraseLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.repeatEdit)

        self.strengthCaption = QLabel(self.fileBox)
        self.strengthCaption.setObjectName(u"strengthCaption")

        self.passphraseLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.strengthCaption)

        self.strengthLayout = QHBoxLayout()
        self.strengthLayout.setObjectName(u"strengthLayout")
        self.strengthBar = QProgressBar(self.fileBox)
        self.strengthBar.setObjectName(u"strengthBar")
        self.strengthBar.setMaximum(4)
        self.strengthBar.setValue(0)
        self.strengthBar.setTextVisible(False)

        self.strengthLayout.addWidget(self.strengthBar)

        self.strengthLabel = QLabel(self.fileBox)
        self.strengthLabel.setObjectName(u"strengthLabel")
        self.strengthLabel.setMinimumSize(QSize(90, 0))
        self.strengthLabel.setText(u"")

        self.strengthLayout.addWidget(self.strengthLabel)


        self.passphraseLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.strengthLayout)

        self.capsLockLabel = QLabel(self.fileBox)
        self.capsLockLabel.setObjectName(u"capsLockLabel")

        self.passphraseLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.capsLockLabel)

        self.passphraseError = QLabel(self.fileBox)
        self.passphraseError.setObjectName(u"passphraseError")
        self.passphraseError.setText(u"")
        self.passphraseError.setWordWrap(True)

        self.passphraseLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.passphraseError)


        self.fileBoxLayout.addLayout(self.passphraseLayout)

        self.warningLabel = QLabel(self.fileBox)
        self.warningLabel.setObjectName(u"warningLabel")
        self.warningLabel.setWordWrap(True)

        self.fileBoxLayout.addWidget(self.warningLabel)


        self.passphrasePageLayout.addWidget(self.fileBox)

        self.serverBox = QWidget(self.passphrasePage)
        self.serverBox.setObjectName(u"serverBox")
        self.serverBoxLayout = QVBoxLayout(self.serverBox)
        self.serverBoxLayout.setObjectName(u"serverBoxLayout")
        self.serverBoxLayout.setContentsMargins(0, 6, 0, 0)
        self.serverIntro = QLabel(self.serverBox)
        self.serverIntro.setObjectName(u"serverIntro")
        self.serverIntro.setWordWrap(True)

        self.serverBoxLayout.addWidget(self.serverIntro)

        self.serverLayout = QFormLayout()
        self.serverLayout.setObjectName(u"serverLayout")
        self.hostLabel = QLabel(self.serverBox)
        self.hostLabel.setObjectName(u"hostLabel")

        self.serverLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.hostLabel)

        self.hostEdit = QLineEdit(self.serverBox)
        self.hostEdit.setObjectName(u"hostEdit")

        self.serverLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.hostEdit)

        self.portLabel = QLabel(self.serverBox)
        self.portLabel.setObjectName(u"portLabel")

        self.serverLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.portLabel)

        self.portSpin = QSpinBox(self.serverBox)
        self.portSpin.setObjectName(u"portSpin")
        self.portSpin.setMaximumSize(QSize(110, 16777215))
        self.portSpin.setMinimum(1)
        self.portSpin.setMaximum(65535)
        self.portSpin.setValue(5432)

        self.serverLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.portSpin)

        self.databaseLabel = QLabel(self.serverBox)
        self.databaseLabel.setObjectName(u"databaseLabel")

        self.serverLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.databaseLabel)

        self.databaseEdit = QLineEdit(self.serverBox)
        self.databaseEdit.setObjectName(u"databaseEdit")

        self.serverLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.databaseEdit)

        self.loginLabel = QLabel(self.serverBox)
        self.loginLabel.setObjectName(u"loginLabel")

        self.serverLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.loginLabel)

        self.loginEdit = QLineEdit(self.serverBox)
        self.loginEdit.setObjectName(u"loginEdit")

        self.serverLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.loginEdit)

        self.caLabel = QLabel(self.serverBox)
        self.caLabel.setObjectName(u"caLabel")

        self.serverLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.caLabel)

        self.caLayout = QHBoxLayout()
        self.caLayout.setObjectName(u"caLayout")
        self.caEdit = QLineEdit(self.serverBox)
        self.caEdit.setObjectName(u"caEdit")

        self.caLayout.addWidget(self.caEdit)

        self.caBrowseButton = QPushButton(self.serverBox)
        self.caBrowseButton.setObjectName(u"caBrowseButton")

        self.caLayout.addWidget(self.caBrowseButton)


        self.serverLayout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.caLayout)

        self.caHint = QLabel(self.serverBox)
        self.caHint.setObjectName(u"caHint")
        self.caHint.setWordWrap(True)

        self.serverLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.caHint)


        self.serverBoxLayout.addLayout(self.serverLayout)

        self.serverError = QLabel(self.serverBox)
        self.serverError.setObjectName(u"serverError")
        self.serverError.setText(u"")
        self.serverError.setWordWrap(True)

        self.serverBoxLayout.addWidget(self.serverError)


        self.passphrasePageLayout.addWidget(self.serverBox)

        self.passphraseSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.passphrasePageLayout.addItem(self.passphraseSpacer)

        FirstRunDialog.addPage(self.passphrasePage)
        self.organisationPage = CheckedPage()
        self.organisationPage.setObjectName(u"organisationPage")
        self.organisationLayout = QFormLayout(self.organisationPage)
        self.organisationLayout.setObjectName(u"organisationLayout")
        self.organisationNote = QLabel(self.organisationPage)
        self.organisationNote.setObjectName(u"organisationNote")
        self.organisationNote.setWordWrap(True)

        self.organisationLayout.setWidget(8, QFormLayout.ItemRole.SpanningRole, self.organisationNote)

        self.orgNameLabel = QLabel(self.organisationPage)
        self.orgNameLabel.setObjectName(u"orgNameLabel")

        self.organisationLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.orgNameLabel)

        self.orgNameEdit = QLineEdit(self.organisationPage)
        self.orgNameEdit.setObjectName(u"orgNameEdit")

        self.organisationLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.orgNameEdit)

        self.orgStreetLabel = QLabel(self.organisationPage)
        self.orgStreetLabel.setObjectName(u"orgStreetLabel")

        self.organisationLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.orgStreetLabel)

        self.orgStreetEdit = QLineEdit(self.organisationPage)
        self.orgStreetEdit.setObjectName(u"orgStreetEdit")

        self.organisationLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.orgStreetEdit)

        self.orgPostcodeLabel = QLabel(self.organisationPage)
        self.orgPostcodeLabel.setObjectName(u"orgPostcodeLabel")

        self.organisationLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.orgPostcodeLabel)

        self.orgCityLayout = QHBoxLayout()
        self.orgCityLayout.setObjectName(u"orgCityLayout")
        self.orgPostcodeEdit = QLineEdit(self.organisationPage)
        self.orgPostcodeEdit.setObjectName(u"orgPostcodeEdit")
        self.orgPostcodeEdit.setMaximumSize(QSize(90, 16777215))

        self.orgCityLayout.addWidget(self.orgPostcodeEdit)

        self.orgCityEdit = QLineEdit(self.organisationPage)
        self.orgCityEdit.setObjectName(u"orgCityEdit")

        self.orgCityLayout.addWidget(self.orgCityEdit)


        self.organisationLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.orgCityLayout)

        self.orgPhoneLabel = QLabel(self.organisationPage)
        self.orgPhoneLabel.setObjectName(u"orgPhoneLabel")

        self.organisationLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.orgPhoneLabel)

        self.orgPhoneEdit = QLineEdit(self.organisationPage)
        self.orgPhoneEdit.setObjectName(u"orgPhoneEdit")

        self.organisationLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.orgPhoneEdit)

        self.orgEmailLabel = QLabel(self.organisationPage)
        self.orgEmailLabel.setObjectName(u"orgEmailLabel")

        self.organisationLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.orgEmailLabel)

        self.orgEmailEdit = QLineEdit(self.organisationPage)
        self.orgEmailEdit.setObjectName(u"orgEmailEdit")

        self.organisationLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.orgEmailEdit)

        self.orgWebsiteLabel = QLabel(self.organisationPage)
        self.orgWebsiteLabel.setObjectName(u"orgWebsiteLabel")

        self.organisationLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.orgWebsiteLabel)

        self.orgWebsiteEdit = QLineEdit(self.organisationPage)
        self.orgWebsiteEdit.setObjectName(u"orgWebsiteEdit")

        self.organisationLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.orgWebsiteEdit)

        self.orgVatLabel = QLabel(self.organisationPage)
        self.orgVatLabel.setObjectName(u"orgVatLabel")

        self.organisationLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.orgVatLabel)

        self.orgVatEdit = QLineEdit(self.organisationPage)
        self.orgVatEdit.setObjectName(u"orgVatEdit")

        self.organisationLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.orgVatEdit)

        self.organisationError = QLabel(self.organisationPage)
        self.organisationError.setObjectName(u"organisationError")
        self.organisationError.setText(u"")
        self.organisationError.setWordWrap(True)

        self.organisationLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.organisationError)

        FirstRunDialog.addPage(self.organisationPage)
        self.signaturePage = CheckedPage()
        self.signaturePage.setObjectName(u"signaturePage")
        self.signatureLayout = QFormLayout(self.signaturePage)
        self.signatureLayout.setObjectName(u"signatureLayout")
        self.dpoNameLabel = QLabel(self.signaturePage)
        self.dpoNameLabel.setObjectName(u"dpoNameLabel")

        self.signatureLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dpoNameLabel)

        self.dpoNameEdit = QLineEdit(self.signaturePage)
        self.dpoNameEdit.setObjectName(u"dpoNameEdit")

        self.signatureLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dpoNameEdit)

        self.dpoEmailLabel = QLabel(self.signaturePage)
        self.dpoEmailLabel.setObjectName(u"dpoEmailLabel")

        self.signatureLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dpoEmailLabel)

        self.dpoEmailEdit = QLineEdit(self.signaturePage)
        self.dpoEmailEdit.setObjectName(u"dpoEmailEdit")

        self.signatureLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dpoEmailEdit)

        self.signatureNameLabel = QLabel(self.signaturePage)
        self.signatureNameLabel.setObjectName(u"signatureNameLabel")

        self.signatureLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.signatureNameLabel)

        self.signatureNameEdit = QLineEdit(self.signaturePage)
        self.signatureNameEdit.setObjectName(u"signatureNameEdit")

        self.signatureLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.signatureNameEdit)

        self.signatureTitleLabel = QLabel(self.signaturePage)
        self.signatureTitleLabel.setObjectName(u"signatureTitleLabel")

        self.signatureLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.signatureTitleLabel)

        self.signatureTitleEdit = QLineEdit(self.signaturePage)
        self.signatureTitleEdit.setObjectName(u"signatureTitleEdit")

        self.signatureLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.signatureTitleEdit)

        self.signatureError = QLabel(self.signaturePage)
        self.signatureError.setObjectName(u"signatureError")
        self.signatureError.setText(u"")
        self.signatureError.setWordWrap(True)

        self.signatureLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.signatureError)

        FirstRunDialog.addPage(self.signaturePage)
        self.bankPage = CheckedPage()
        self.bankPage.setObjectName(u"bankPage")
        self.bankLayout = QFormLayout(self.bankPage)
        self.bankLayout.setObjectName(u"bankLayout")
        self.ibanLabel = QLabel(self.bankPage)
        self.ibanLabel.setObjectName(u"ibanLabel")

        self.bankLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.ibanLabel)

        self.ibanEdit = QLineEdit(self.bankPage)
        self.ibanEdit.setObjectName(u"ibanEdit")
        self.ibanEdit.setPlaceholderText(u"BE71 0961 2345 6769")

        self.bankLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.ibanEdit)

        self.bicLabel = QLabel(self.bankPage)
        self.bicLabel.setObjectName(u"bicLabel")

        self.bankLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.bicLabel)

        self.bicEdit = QLineEdit(self.bankPage)
        self.bicEdit.setObjectName(u"bicEdit")
        self.bicEdit.setPlaceholderText(u"GEBABEBB")

        self.bankLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.bicEdit)

        self.bankError = QLabel(self.bankPage)
        self.bankError.setObjectName(u"bankError")
        self.bankError.setText(u"")
        self.bankError.setWordWrap(True)

        self.bankLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.bankError)

        self.createLabel = QLabel(self.bankPage)
        self.createLabel.setObjectName(u"createLabel")
        self.createLabel.setWordWrap(True)

        self.bankLayout.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.createLabel)

        self.errorLabel = QLabel(self.bankPage)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.bankLayout.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.errorLabel)

        FirstRunDialog.addPage(self.bankPage)
        self.donePage = CheckedPage()
        self.donePage.setObjectName(u"donePage")
        self.doneLayout = QVBoxLayout(self.donePage)
        self.doneLayout.setObjectName(u"doneLayout")
        self.emptyRadio = QRadioButton(self.donePage)
        self.emptyRadio.setObjectName(u"emptyRadio")
        self.emptyRadio.setChecked(True)

        self.doneLayout.addWidget(self.emptyRadio)

        self.emptyHint = QLabel(self.donePage)
        self.emptyHint.setObjectName(u"emptyHint")
        self.emptyHint.setWordWrap(True)
        self.emptyHint.setIndent(24)

        self.doneLayout.addWidget(self.emptyHint)

        self.demoRadio = QRadioButton(self.donePage)
        self.demoRadio.setObjectName(u"demoRadio")

        self.doneLayout.addWidget(self.demoRadio)

        self.demoHint = QLabel(self.donePage)
        self.demoHint.setObjectName(u"demoHint")
        self.demoHint.setText(u"")
        self.demoHint.setWordWrap(True)
        self.demoHint.setIndent(24)

        self.doneLayout.addWidget(self.demoHint)

        self.demoFolderLayout = QHBoxLayout()
        self.demoFolderLayout.setObjectName(u"demoFolderLayout")
        self.demoFolderLayout.setContentsMargins(24, -1, -1, -1)
        self.demoFolderLabel = QLabel(self.donePage)
        self.demoFolderLabel.setObjectName(u"demoFolderLabel")

        self.demoFolderLayout.addWidget(self.demoFolderLabel)

        self.demoFolderEdit = QLineEdit(self.donePage)
        self.demoFolderEdit.setObjectName(u"demoFolderEdit")

        self.demoFolderLayout.addWidget(self.demoFolderEdit)

        self.demoBrowseButton = QPushButton(self.donePage)
        self.demoBrowseButton.setObjectName(u"demoBrowseButton")

        self.demoFolderLayout.addWidget(self.demoBrowseButton)


        self.doneLayout.addLayout(self.demoFolderLayout)

        self.demoError = QLabel(self.donePage)
        self.demoError.setObjectName(u"demoError")
        self.demoError.setText(u"")
        self.demoError.setWordWrap(True)
        self.demoError.setIndent(24)

        self.doneLayout.addWidget(self.demoError)

        self.doneSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.doneLayout.addItem(self.doneSpacer)

        FirstRunDialog.addPage(self.donePage)
#if QT_CONFIG(shortcut)
        self.languageLabel.setBuddy(self.languageCombo)
        self.passphraseLabel.setBuddy(self.passphraseEdit)
        self.repeatLabel.setBuddy(self.repeatEdit)
        self.hostLabel.setBuddy(self.hostEdit)
        self.portLabel.setBuddy(self.portSpin)
        self.databaseLabel.setBuddy(self.databaseEdit)
        self.loginLabel.setBuddy(self.loginEdit)
        self.caLabel.setBuddy(self.caEdit)
        self.orgNameLabel.setBuddy(self.orgNameEdit)
        self.orgStreetLabel.setBuddy(self.orgStreetEdit)
        self.orgPostcodeLabel.setBuddy(self.orgPostcodeEdit)
        self.orgPhoneLabel.setBuddy(self.orgPhoneEdit)
        self.orgEmailLabel.setBuddy(self.orgEmailEdit)
        self.orgWebsiteLabel.setBuddy(self.orgWebsiteEdit)
        self.orgVatLabel.setBuddy(self.orgVatEdit)
        self.dpoNameLabel.setBuddy(self.dpoNameEdit)
        self.dpoEmailLabel.setBuddy(self.dpoEmailEdit)
        self.signatureNameLabel.setBuddy(self.signatureNameEdit)
        self.signatureTitleLabel.setBuddy(self.signatureTitleEdit)
        self.ibanLabel.setBuddy(self.ibanEdit)
        self.bicLabel.setBuddy(self.bicEdit)
        self.demoFolderLabel.setBuddy(self.demoFolderEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.languageCombo, self.fileRadio)
        QWidget.setTabOrder(self.fileRadio, self.serverRadio)
        QWidget.setTabOrder(self.serverRadio, self.passphraseEdit)
        QWidget.setTabOrder(self.passphraseEdit, self.repeatEdit)
        QWidget.setTabOrder(self.repeatEdit, self.hostEdit)
        QWidget.setTabOrder(self.hostEdit, self.portSpin)
        QWidget.setTabOrder(self.portSpin, self.databaseEdit)
        QWidget.setTabOrder(self.databaseEdit, self.loginEdit)
        QWidget.setTabOrder(self.loginEdit, self.caEdit)
        QWidget.setTabOrder(self.caEdit, self.caBrowseButton)

        self.retranslateUi(FirstRunDialog)

        QMetaObject.connectSlotsByName(FirstRunDialog)
    # setupUi

    def retranslateUi(self, FirstRunDialog):
        FirstRunDialog.setWindowTitle(QCoreApplication.translate("FirstRunDialog", u"Cluma DPO \u2014 first start", None))
        self.passphrasePage.setTitle(QCoreApplication.translate("FirstRunDialog", u"Welcome", None))
        self.passphrasePage.setSubTitle(QCoreApplication.translate("FirstRunDialog", u"Choose the passphrase that opens the encrypted database.", None))
        self.whereLabel.setText(QCoreApplication.translate("FirstRunDialog", u"Where are the requests, letters and audit trail kept?", None))
        self.fileRadio.setText(QCoreApplication.translate("FirstRunDialog", u"On &this computer, in an encrypted file", None))
        self.serverRadio.setText(QCoreApplication.translate("FirstRunDialog", u"On a shared ser&ver (PostgreSQL), with colleagues", None))
        self.passphraseIntro.setText(QCoreApplication.translate("FirstRunDialog", u"Cluma DPO keeps every request, letter and audit event in one encrypted database on this computer.", None))
        self.passphraseLabel.setText(QCoreApplication.translate("FirstRunDialog", u"&Passphrase:", None))
        self.repeatLabel.setText(QCoreApplication.translate("FirstRunDialog", u"&Repeat:", None))
        self.strengthCaption.setText(QCoreApplication.translate("FirstRunDialog", u"Strength:", None))
        self.capsLockLabel.setText(QCoreApplication.translate("FirstRunDialog", u"Caps Lock is on.", None))
        self.warningLabel.setText(QCoreApplication.translate("FirstRunDialog", u"<b>Keep this passphrase safe.</b> Nobody can recover it: a lost passphrase means all data in this database is lost. Write it down and keep it locked away.", None))
        self.serverIntro.setText(QCoreApplication.translate("FirstRunDialog", u"The server's administrator tells you its name, the database and your login. Your password is asked when you connect and is never stored.", None))
        self.hostLabel.setText(QCoreApplication.translate("FirstRunDialog", u"&Host:", None))
        self.hostEdit.setPlaceholderText(QCoreApplication.translate("FirstRunDialog", u"e.g. db.example.com (empty: this computer)", None))
        self.portLabel.setText(QCoreApplication.translate("FirstRunDialog", u"P&ort:", None))
        self.databaseLabel.setText(QCoreApplication.translate("FirstRunDialog", u"&Database:", None))
        self.loginLabel.setText(QCoreApplication.translate("FirstRunDialog", u"&Login:", None))
        self.caLabel.setText(QCoreApplication.translate("FirstRunDialog", u"C&A certificate:", None))
        self.caBrowseButton.setText(QCoreApplication.translate("FirstRunDialog", u"&Browse\u2026", None))
        self.caHint.setText(QCoreApplication.translate("FirstRunDialog", u"For a server on another computer: the connection is encrypted and the server's identity is checked with this file. Ask the administrator for it.", None))
        self.organisationPage.setTitle(QCoreApplication.translate("FirstRunDialog", u"Organisation", None))
        self.organisationPage.setSubTitle(QCoreApplication.translate("FirstRunDialog", u"The controller as it appears on every letter.", None))
        self.organisationNote.setText(QCoreApplication.translate("FirstRunDialog", u"Taken from the privacy statement. Check it; you can change it later under File \u25b8 Settings.", None))
        self.orgNameLabel.setText(QCoreApplication.translate("FirstRunDialog", u"&Name:", None))
        self.orgStreetLabel.setText(QCoreApplication.translate("FirstRunDialog", u"&Street and number:", None))
        self.orgPostcodeLabel.setText(QCoreApplication.translate("FirstRunDialog", u"Postcode and &city:", None))
        self.orgPhoneLabel.setText(QCoreApplication.translate("FirstRunDialog", u"&Telephone:", None))
        self.orgEmailLabel.setText(QCoreApplication.translate("FirstRunDialog", u"&E-mail:", None))
        self.orgWebsiteLabel.setText(QCoreApplication.translate("FirstRunDialog", u"&Website:", None))
        self.orgVatLabel.setText(QCoreApplication.translate("FirstRunDialog", u"&VAT number:", None))
        self.signaturePage.setTitle(QCoreApplication.translate("FirstRunDialog", u"Signature", None))
        self.signaturePage.setSubTitle(QCoreApplication.translate("FirstRunDialog", u"Who answers the requests and signs the letters.", None))
        self.dpoNameLabel.setText(QCoreApplication.translate("FirstRunDialog", u"&Data protection officer:", None))
        self.dpoEmailLabel.setText(QCoreApplication.translate("FirstRunDialog", u"E-&mail of the officer:", None))
        self.signatureNameLabel.setText(QCoreApplication.translate("FirstRunDialog", u"Name under the &signature:", None))
        self.signatureTitleLabel.setText(QCoreApplication.translate("FirstRunDialog", u"&Title under the name:", None))
        self.signatureTitleEdit.setPlaceholderText(QCoreApplication.translate("FirstRunDialog", u"e.g. Data Protection Officer", None))
        self.bankPage.setTitle(QCoreApplication.translate("FirstRunDialog", u"Bank account", None))
        self.bankPage.setSubTitle(QCoreApplication.translate("FirstRunDialog", u"For fee notes and their payment QR code (GDPR Art. 15(3)).", None))
        self.ibanLabel.setText(QCoreApplication.translate("FirstRunDialog", u"&IBAN:", None))
        self.bicLabel.setText(QCoreApplication.translate("FirstRunDialog", u"&BIC:", None))
        self.createLabel.setText(QCoreApplication.translate("FirstRunDialog", u"You may leave it empty and fill it in later under File \u25b8 Settings. The next step creates the encrypted database and stores these details in it.", None))
        self.donePage.setTitle(QCoreApplication.translate("FirstRunDialog", u"Ready", None))
        self.donePage.setSubTitle(QCoreApplication.translate("FirstRunDialog", u"The encrypted database is created. How do you want to begin?", None))
        self.emptyRadio.setText(QCoreApplication.translate("FirstRunDialog", u"Start with an &empty database", None))
        self.emptyHint.setText(QCoreApplication.translate("FirstRunDialog", u"The main window shows what to do first: register a request (Ctrl+N) as soon as one comes in.", None))
        self.demoRadio.setText(QCoreApplication.translate("FirstRunDialog", u"Open &demo data", None))
        self.demoFolderLabel.setText(QCoreApplication.translate("FirstRunDialog", u"&Folder:", None))
        self.demoBrowseButton.setText(QCoreApplication.translate("FirstRunDialog", u"&Browse\u2026", None))
    # retranslateUi

