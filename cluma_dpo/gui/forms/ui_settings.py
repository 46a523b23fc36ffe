# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings.ui'
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
    QDialogButtonBox, QFormLayout, QGridLayout, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QStackedWidget, QTabWidget, QTreeWidget,
    QTreeWidgetItem, QVBoxLayout, QWidget)

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        SettingsDialog.resize(1100, 640)
        self.mainLayout = QVBoxLayout(SettingsDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.tabs = QTabWidget(SettingsDialog)
        self.tabs.setObjectName(u"tabs")
        self.organisationTab = QWidget()
        self.organisationTab.setObjectName(u"organisationTab")
        self.organisationLayout = QVBoxLayout(self.organisationTab)
        self.organisationLayout.setObjectName(u"organisationLayout")
        self.organisationIntro = QLabel(self.organisationTab)
        self.organisationIntro.setObjectName(u"organisationIntro")
        self.organisationIntro.setWordWrap(True)

        self.organisationLayout.addWidget(self.organisationIntro)

        self.organisationForm = QFormLayout()
        self.organisationForm.setObjectName(u"organisationForm")

        self.organisationLayout.addLayout(self.organisationForm)

        self.organisationSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.organisationLayout.addItem(self.organisationSpacer)

        self.tabs.addTab(self.organisationTab, "")
        self.lettersTab = QWidget()
        self.lettersTab.setObjectName(u"lettersTab")
        self.lettersLayout = QVBoxLayout(self.lettersTab)
        self.lettersLayout.setObjectName(u"lettersLayout")
        self.lettersIntro = QLabel(self.lettersTab)
        self.lettersIntro.setObjectName(u"lettersIntro")
        self.lettersIntro.setWordWrap(True)

        self.lettersLayout.addWidget(self.lettersIntro)

        self.lettersForm = QFormLayout()
        self.lettersForm.setObjectName(u"lettersForm")

        self.lettersLayout.addLayout(self.lettersForm)

        self.lettersSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.lettersLayout.addItem(self.lettersSpacer)

        self.tabs.addTab(self.lettersTab, "")
        self.bankTab = QWidget()
        self.bankTab.setObjectName(u"bankTab")
        self.bankLayout = QVBoxLayout(self.bankTab)
        self.bankLayout.setObjectName(u"bankLayout")
        self.bankIntro = QLabel(self.bankTab)
        self.bankIntro.setObjectName(u"bankIntro")
        self.bankIntro.setWordWrap(True)

        self.bankLayout.addWidget(self.bankIntro)

        self.bankForm = QFormLayout()
        self.bankForm.setObjectName(u"bankForm")

        self.bankLayout.addLayout(self.bankForm)

        self.bankSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.bankLayout.addItem(self.bankSpacer)

        self.tabs.addTab(self.bankTab, "")
        self.recipientsTab = QWidget()
        self.recipientsTab.setObjectName(u"recipientsTab")
        self.recipientsLayout = QVBoxLayout(self.recipientsTab)
        self.recipientsLayout.setObjectName(u"recipientsLayout")
        self.recipientsIntro = QLabel(self.recipientsTab)
        self.recipientsIntro.setObjectName(u"recipientsIntro")
        self.recipientsIntro.setWordWrap(True)

        self.recipientsLayout.addWidget(self.recipientsIntro)

        self.recipientsGrid = QGridLayout()
        self.recipientsGrid.setObjectName(u"recipientsGrid")

        self.recipientsLayout.addLayout(self.recipientsGrid)

        self.tabs.addTab(self.recipientsTab, "")
        self.accessTab = QWidget()
        self.accessTab.setObjectName(u"accessTab")
        self.accessLayout = QVBoxLayout(self.accessTab)
        self.accessLayout.setObjectName(u"accessLayout")
        self.accessIntro = QLabel(self.accessTab)
        self.accessIntro.setObjectName(u"accessIntro")
        self.accessIntro.setWordWrap(True)

        self.accessLayout.addWidget(self.accessIntro)

        self.accessLanguageLayout = QHBoxLayout()
        self.accessLanguageLayout.setObjectName(u"accessLanguageLayout")
        self.accessLanguageLabel = QLabel(self.accessTab)
        self.accessLanguageLabel.setObjectName(u"accessLanguageLabel")

        self.accessLanguageLayout.addWidget(self.accessLanguageLabel)

        self.accessLanguageCombo = QComboBox(self.accessTab)
        self.accessLanguageCombo.setObjectName(u"accessLanguageCombo")

        self.accessLanguageLayout.addWidget(self.accessLanguageCombo)

        self.accessLanguageSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.accessLanguageLayout.addItem(self.accessLanguageSpacer)


        self.accessLayout.addLayout(self.accessLanguageLayout)

        self.accessStack = QStackedWidget(self.accessTab)
        self.accessStack.setObjectName(u"accessStack")

        self.accessLayout.addWidget(self.accessStack)

        self.tabs.addTab(self.accessTab, "")
        self.deadlinesTab = QWidget()
        self.deadlinesTab.setObjectName(u"deadlinesTab")
        self.deadlinesLayout = QVBoxLayout(self.deadlinesTab)
        self.deadlinesLayout.setObjectName(u"deadlinesLayout")
        self.deadlinesIntro = QLabel(self.deadlinesTab)
        self.deadlinesIntro.setObjectName(u"deadlinesIntro")
        self.deadlinesIntro.setWordWrap(True)

        self.deadlinesLayout.addWidget(self.deadlinesIntro)

        self.deadlinesForm = QFormLayout()
        self.deadlinesForm.setObjectName(u"deadlinesForm")

        self.deadlinesLayout.addLayout(self.deadlinesForm)

        self.deadlinesSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.deadlinesLayout.addItem(self.deadlinesSpacer)

        self.tabs.addTab(self.deadlinesTab, "")
        self.templatesTab = QWidget()
        self.templatesTab.setObjectName(u"templatesTab")
        self.templatesLayout = QVBoxLayout(self.templatesTab)
        self.templatesLayout.setObjectName(u"templatesLayout")
        self.templatesIntro = QLabel(self.templatesTab)
        self.templatesIntro.setObjectName(u"templatesIntro")
        self.templatesIntro.setWordWrap(True)

        self.templatesLayout.addWidget(self.templatesIntro)

        self.templateLanguageLayout = QHBoxLayout()
        self.templateLanguageLayout.setObjectName(u"templateLanguageLayout")
        self.templateLanguageLabel = QLabel(self.templatesTab)
        self.templateLanguageLabel.setObjectName(u"templateLanguageLabel")

        self.templateLanguageLayout.addWidget(self.templateLanguageLabel)

        self.templateLanguageCombo = QComboBox(self.templatesTab)
        self.templateLanguageCombo.setObjectName(u"templateLanguageCombo")

        self.templateLanguageLayout.addWidget(self.templateLanguageCombo)

        self.templateLanguageSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.templateLanguageLayout.addItem(self.templateLanguageSpacer)


        self.templatesLayout.addLayout(self.templateLanguageLayout)

        self.templateTree = QTreeWidget(self.templatesTab)
        self.templateTree.setObjectName(u"templateTree")
        self.templateTree.setRootIsDecorated(False)
        self.templateTree.setAlternatingRowColors(True)
        self.templateTree.setUniformRowHeights(True)

        self.templatesLayout.addWidget(self.templateTree)

        self.templateButtons = QHBoxLayout()
        self.templateButtons.setObjectName(u"templateButtons")
        self.editTemplateButton = QPushButton(self.templatesTab)
        self.editTemplateButton.setObjectName(u"editTemplateButton")

        self.templateButtons.addWidget(self.editTemplateButton)

        self.resetTemplateButton = QPushButton(self.templatesTab)
        self.resetTemplateButton.setObjectName(u"resetTemplateButton")

        self.templateButtons.addWidget(self.resetTemplateButton)

        self.templateFolderButton = QPushButton(self.templatesTab)
        self.templateFolderButton.setObjectName(u"templateFolderButton")

        self.templateButtons.addWidget(self.templateFolderButton)

        self.templateButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.templateButtons.addItem(self.templateButtonsSpacer)


        self.templatesLayout.addLayout(self.templateButtons)

        self.templateMessage = QLabel(self.templatesTab)
        self.templateMessage.setObjectName(u"templateMessage")
        self.templateMessage.setText(u"")
        self.templateMessage.setWordWrap(True)
        self.templateMessage.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.templatesLayout.addWidget(self.templateMessage)

        self.tabs.addTab(self.templatesTab, "")

        self.mainLayout.addWidget(self.tabs)

        self.summaryLabel = QLabel(SettingsDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setText(u"")
        self.summaryLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.summaryLabel)

        self.buttonBox = QDialogButtonBox(SettingsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.accessLanguageLabel.setBuddy(self.accessLanguageCombo)
        self.templateLanguageLabel.setBuddy(self.templateLanguageCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SettingsDialog)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"Settings", None))
        self.organisationIntro.setText(QCoreApplication.translate("SettingsDialog", u"The controller as it appears on every letter and fee note.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.organisationTab), QCoreApplication.translate("SettingsDialog", u"Organisation", None))
        self.lettersIntro.setText(QCoreApplication.translate("SettingsDialog", u"Who signs the letters, and how they are laid out.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.lettersTab), QCoreApplication.translate("SettingsDialog", u"Officer && letters", None))
        self.bankIntro.setText(QCoreApplication.translate("SettingsDialog", u"The account printed on fee notes and in their payment QR code, and the tariff for a further copy of the data (GDPR Art. 15(3)).", None))
        self.tabs.setTabText(self.tabs.indexOf(self.bankTab), QCoreApplication.translate("SettingsDialog", u"Bank && fees", None))
        self.recipientsIntro.setText(QCoreApplication.translate("SettingsDialog", u"Recipients are told of every rectification, erasure or restriction (GDPR Art. 19); sources are named in the answer to an access request when the data did not come from the data subject. Double-click an item to edit it.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.recipientsTab), QCoreApplication.translate("SettingsDialog", u"Recipients && sources", None))
        self.accessIntro.setText(QCoreApplication.translate("SettingsDialog", u"What an answer to an access request tells the data subject (GDPR Art. 15(1)), in each letter language.", None))
        self.accessLanguageLabel.setText(QCoreApplication.translate("SettingsDialog", u"Letter &language:", None))
        self.tabs.setTabText(self.tabs.indexOf(self.accessTab), QCoreApplication.translate("SettingsDialog", u"Access information", None))
        self.deadlinesIntro.setText(QCoreApplication.translate("SettingsDialog", u"When to warn, whether the clock stops while identity information is awaited (EDPB Guidelines 01/2022, \u00a75.3), when the program locks itself, how long finished requests are kept, and the language of the screens.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.deadlinesTab), QCoreApplication.translate("SettingsDialog", u"Deadlines && security", None))
        self.templatesIntro.setText(QCoreApplication.translate("SettingsDialog", u"Letters are made from templates, one per kind and language. Editing one makes your own copy in the data folder, which takes the place of the shipped one; resetting deletes your copy.", None))
        self.templateLanguageLabel.setText(QCoreApplication.translate("SettingsDialog", u"Letter l&anguage:", None))
        ___qtreewidgetitem = self.templateTree.headerItem()
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("SettingsDialog", u"In use", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("SettingsDialog", u"Letter", None))
        self.editTemplateButton.setText(QCoreApplication.translate("SettingsDialog", u"&Open to edit", None))
        self.resetTemplateButton.setText(QCoreApplication.translate("SettingsDialog", u"&Reset to the shipped one\u2026", None))
        self.templateFolderButton.setText(QCoreApplication.translate("SettingsDialog", u"Open the &folder", None))
        self.tabs.setTabText(self.tabs.indexOf(self.templatesTab), QCoreApplication.translate("SettingsDialog", u"Templates", None))
    # retranslateUi

