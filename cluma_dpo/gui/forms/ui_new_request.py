# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'new_request.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QGridLayout, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_NewRequestDialog(object):
    def setupUi(self, NewRequestDialog):
        if not NewRequestDialog.objectName():
            NewRequestDialog.setObjectName(u"NewRequestDialog")
        NewRequestDialog.resize(900, 400)
        self.mainLayout = QVBoxLayout(NewRequestDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.groupsLayout = QHBoxLayout()
        self.groupsLayout.setObjectName(u"groupsLayout")
        self.requestGroup = QGroupBox(NewRequestDialog)
        self.requestGroup.setObjectName(u"requestGroup")
        self.requestLayout = QFormLayout(self.requestGroup)
        self.requestLayout.setObjectName(u"requestLayout")
        self.receivedLabel = QLabel(self.requestGroup)
        self.receivedLabel.setObjectName(u"receivedLabel")

        self.requestLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.receivedLabel)

        self.receivedEdit = QDateEdit(self.requestGroup)
        self.receivedEdit.setObjectName(u"receivedEdit")
        self.receivedEdit.setMaximumSize(QSize(170, 16777215))
        self.receivedEdit.setCalendarPopup(True)
        self.receivedEdit.setDisplayFormat(u"dd/MM/yyyy")

        self.requestLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.receivedEdit)

        self.receivedError = QLabel(self.requestGroup)
        self.receivedError.setObjectName(u"receivedError")
        self.receivedError.setText(u"")
        self.receivedError.setWordWrap(True)

        self.requestLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.receivedError)

        self.channelLabel = QLabel(self.requestGroup)
        self.channelLabel.setObjectName(u"channelLabel")

        self.requestLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.channelLabel)

        self.channelCombo = QComboBox(self.requestGroup)
        self.channelCombo.setObjectName(u"channelCombo")
        self.channelCombo.setMaximumSize(QSize(220, 16777215))

        self.requestLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.channelCombo)

        self.rightsLabel = QLabel(self.requestGroup)
        self.rightsLabel.setObjectName(u"rightsLabel")

        self.requestLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.rightsLabel)

        self.rightsBox = QWidget(self.requestGroup)
        self.rightsBox.setObjectName(u"rightsBox")
        self.rightsLayout = QGridLayout(self.rightsBox)
        self.rightsLayout.setObjectName(u"rightsLayout")
        self.rightsLayout.setContentsMargins(0, 0, 0, 0)
        self.accessCheck = QCheckBox(self.rightsBox)
        self.accessCheck.setObjectName(u"accessCheck")

        self.rightsLayout.addWidget(self.accessCheck, 0, 0, 1, 1)

        self.rectificationCheck = QCheckBox(self.rightsBox)
        self.rectificationCheck.setObjectName(u"rectificationCheck")

        self.rightsLayout.addWidget(self.rectificationCheck, 0, 1, 1, 1)

        self.erasureCheck = QCheckBox(self.rightsBox)
        self.erasureCheck.setObjectName(u"erasureCheck")

        self.rightsLayout.addWidget(self.erasureCheck, 1, 0, 1, 1)

        self.restrictionCheck = QCheckBox(self.rightsBox)
        self.restrictionCheck.setObjectName(u"restrictionCheck")

        self.rightsLayout.addWidget(self.restrictionCheck, 1, 1, 1, 1)

        self.objectionCheck = QCheckBox(self.rightsBox)
        self.objectionCheck.setObjectName(u"objectionCheck")

        self.rightsLayout.addWidget(self.objectionCheck, 2, 0, 1, 1)

        self.portabilityCheck = QCheckBox(self.rightsBox)
        self.portabilityCheck.setObjectName(u"portabilityCheck")

        self.rightsLayout.addWidget(self.portabilityCheck, 2, 1, 1, 1)

        self.marketingCheck = QCheckBox(self.rightsBox)
        self.marketingCheck.setObjectName(u"marketingCheck")

        self.rightsLayout.addWidget(self.marketingCheck, 3, 0, 1, 1)


        self.requestLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.rightsBox)

        self.rightsError = QLabel(self.requestGroup)
        self.rightsError.setObjectName(u"rightsError")
        self.rightsError.setText(u"")
        self.rightsError.setWordWrap(True)

        self.requestLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.rightsError)

        self.accountDeletionCheck = QCheckBox(self.requestGroup)
        self.accountDeletionCheck.setObjectName(u"accountDeletionCheck")

        self.requestLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.accountDeletionCheck)

        self.knownAccountCheck = QCheckBox(self.requestGroup)
        self.knownAccountCheck.setObjectName(u"knownAccountCheck")

        self.requestLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.knownAccountCheck)


        self.groupsLayout.addWidget(self.requestGroup)

        self.subjectGroup = QGroupBox(NewRequestDialog)
        self.subjectGroup.setObjectName(u"subjectGroup")
        self.subjectLayout = QFormLayout(self.subjectGroup)
        self.subjectLayout.setObjectName(u"subjectLayout")
        self.nameLabel = QLabel(self.subjectGroup)
        self.nameLabel.setObjectName(u"nameLabel")

        self.subjectLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.subjectGroup)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMinimumSize(QSize(240, 0))

        self.subjectLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.nameError = QLabel(self.subjectGroup)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setText(u"")
        self.nameError.setWordWrap(True)

        self.subjectLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameError)

        self.emailLabel = QLabel(self.subjectGroup)
        self.emailLabel.setObjectName(u"emailLabel")

        self.subjectLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEdit = QLineEdit(self.subjectGroup)
        self.emailEdit.setObjectName(u"emailEdit")

        self.subjectLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.emailError = QLabel(self.subjectGroup)
        self.emailError.setObjectName(u"emailError")
        self.emailError.setText(u"")
        self.emailError.setWordWrap(True)

        self.subjectLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.emailError)

        self.streetLabel = QLabel(self.subjectGroup)
        self.streetLabel.setObjectName(u"streetLabel")

        self.subjectLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.streetLabel)

        self.streetEdit = QLineEdit(self.subjectGroup)
        self.streetEdit.setObjectName(u"streetEdit")

        self.subjectLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.streetEdit)

        self.postcodeLabel = QLabel(self.subjectGroup)
        self.postcodeLabel.setObjectName(u"postcodeLabel")

        self.subjectLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.postcodeLabel)

        self.cityLayout = QHBoxLayout()
        self.cityLayout.setObjectName(u"cityLayout")
        self.postcodeEdit = QLineEdit(self.subjectGroup)
        self.postcodeEdit.setObjectName(u"postcodeEdit")
        self.postcodeEdit.setMinimumSize(QSize(60, 0))
        self.postcodeEdit.setMaximumSize(QSize(90, 16777215))

        self.cityLayout.addWidget(self.postcodeEdit)

        self.cityEdit = QLineEdit(self.subjectGroup)
        self.cityEdit.setObjectName(u"cityEdit")

        self.cityLayout.addWidget(self.cityEdit)


        self.subjectLayout.setLayout(5, QFormLayout.ItemRole.FieldRole, self.cityLayout)

        self.countryLabel = QLabel(self.subjectGroup)
        self.countryLabel.setObjectName(u"countryLabel")

        self.subjectLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.countryLabel)

        self.countryEdit = QLineEdit(self.subjectGroup)
        self.countryEdit.setObjectName(u"countryEdit")
        self.countryEdit.setMaxLength(2)
        self.countryEdit.setMaximumSize(QSize(60, 16777215))

        self.subjectLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.countryEdit)

        self.addressError = QLabel(self.subjectGroup)
        self.addressError.setObjectName(u"addressError")
        self.addressError.setText(u"")
        self.addressError.setWordWrap(True)

        self.subjectLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.addressError)

        self.languageLabel = QLabel(self.subjectGroup)
        self.languageLabel.setObjectName(u"languageLabel")

        self.subjectLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(self.subjectGroup)
        self.languageCombo.setObjectName(u"languageCombo")

        self.subjectLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.languageCombo)


        self.groupsLayout.addWidget(self.subjectGroup)

        self.groupsLayout.setStretch(0, 1)
        self.groupsLayout.setStretch(1, 1)

        self.mainLayout.addLayout(self.groupsLayout)

        self.formError = QLabel(NewRequestDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setText(u"")
        self.formError.setWordWrap(True)

        self.mainLayout.addWidget(self.formError)

        self.bottomLayout = QHBoxLayout()
        self.bottomLayout.setObjectName(u"bottomLayout")
        self.hintLabel = QLabel(NewRequestDialog)
        self.hintLabel.setObjectName(u"hintLabel")

        self.bottomLayout.addWidget(self.hintLabel)

        self.buttonBox = QDialogButtonBox(NewRequestDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.bottomLayout.addWidget(self.buttonBox)


        self.mainLayout.addLayout(self.bottomLayout)

#if QT_CONFIG(shortcut)
        self.receivedLabel.setBuddy(self.receivedEdit)
        self.channelLabel.setBuddy(self.channelCombo)
        self.nameLabel.setBuddy(self.nameEdit)
        self.emailLabel.setBuddy(self.emailEdit)
        self.streetLabel.setBuddy(self.streetEdit)
        self.postcodeLabel.setBuddy(self.postcodeEdit)
        self.countryLabel.setBuddy(self.countryEdit)
        self.languageLabel.setBuddy(self.languageCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.receivedEdit, self.channelCombo)
        QWidget.setTabOrder(self.channelCombo, self.accessCheck)
        QWidget.setTabOrder(self.accessCheck, self.rectificationCheck)
        QWidget.setTabOrder(self.rectificationCheck, self.erasureCheck)
        QWidget.setTabOrder(self.erasureCheck, self.restrictionCheck)
        QWidget.setTabOrder(self.restrictionCheck, self.objectionCheck)
        QWidget.setTabOrder(self.objectionCheck, self.portabilityCheck)
        QWidget.setTabOrder(self.portabilityCheck, self.marketingCheck)
        QWidget.setTabOrder(self.marketingCheck, self.accountDeletionCheck)
        QWidget.setTabOrder(self.accountDeletionCheck, self.knownAccountCheck)
        QWidget.setTabOrder(self.knownAccountCheck, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.streetEdit)
        QWidget.setTabOrder(self.streetEdit, self.postcodeEdit)
        QWidget.setTabOrder(self.postcodeEdit, self.cityEdit)
        QWidget.setTabOrder(self.cityEdit, self.countryEdit)
        QWidget.setTabOrder(self.countryEdit, self.languageCombo)

        self.retranslateUi(NewRequestDialog)

        QMetaObject.connectSlotsByName(NewRequestDialog)
    # setupUi

    def retranslateUi(self, NewRequestDialog):
        NewRequestDialog.setWindowTitle(QCoreApplication.translate("NewRequestDialog", u"New request", None))
        self.requestGroup.setTitle(QCoreApplication.translate("NewRequestDialog", u"Request", None))
        self.receivedLabel.setText(QCoreApplication.translate("NewRequestDialog", u"&Received on:", None))
        self.channelLabel.setText(QCoreApplication.translate("NewRequestDialog", u"C&hannel:", None))
        self.rightsLabel.setText(QCoreApplication.translate("NewRequestDialog", u"Rights:", None))
        self.accessCheck.setText(QCoreApplication.translate("NewRequestDialog", u"Access (Art. 15)", None))
        self.rectificationCheck.setText(QCoreApplication.translate("NewRequestDialog", u"Rectification (Art. 16)", None))
        self.erasureCheck.setText(QCoreApplication.translate("NewRequestDialog", u"Erasure (Art. 17)", None))
        self.restrictionCheck.setText(QCoreApplication.translate("NewRequestDialog", u"Restriction (Art. 18)", None))
        self.objectionCheck.setText(QCoreApplication.translate("NewRequestDialog", u"Objection (Art. 21(1))", None))
        self.portabilityCheck.setText(QCoreApplication.translate("NewRequestDialog", u"Portability (Art. 20)", None))
        self.marketingCheck.setText(QCoreApplication.translate("NewRequestDialog", u"Marketing opt-out (Art. 21(2)\u2013(3))", None))
        self.accountDeletionCheck.setText(QCoreApplication.translate("NewRequestDialog", u"Erasure after deleting the account (company target: 30 days)", None))
        self.knownAccountCheck.setText(QCoreApplication.translate("NewRequestDialog", u"From a known account: no identity check needed", None))
        self.subjectGroup.setTitle(QCoreApplication.translate("NewRequestDialog", u"Data subject", None))
        self.nameLabel.setText(QCoreApplication.translate("NewRequestDialog", u"&Name:", None))
        self.emailLabel.setText(QCoreApplication.translate("NewRequestDialog", u"&E-mail:", None))
        self.streetLabel.setText(QCoreApplication.translate("NewRequestDialog", u"&Street and number:", None))
        self.postcodeLabel.setText(QCoreApplication.translate("NewRequestDialog", u"&Postcode and city:", None))
        self.countryLabel.setText(QCoreApplication.translate("NewRequestDialog", u"C&ountry:", None))
        self.languageLabel.setText(QCoreApplication.translate("NewRequestDialog", u"&Language:", None))
        self.hintLabel.setText(QCoreApplication.translate("NewRequestDialog", u"Ctrl+Enter registers the request.", None))
    # retranslateUi

