# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'quarter.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QSizePolicy,
    QSpinBox, QVBoxLayout, QWidget)

class Ui_QuarterDialog(object):
    def setupUi(self, QuarterDialog):
        if not QuarterDialog.objectName():
            QuarterDialog.setObjectName(u"QuarterDialog")
        QuarterDialog.resize(360, 180)
        self.mainLayout = QVBoxLayout(QuarterDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.yearLabel = QLabel(QuarterDialog)
        self.yearLabel.setObjectName(u"yearLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.yearLabel)

        self.yearSpin = QSpinBox(QuarterDialog)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(2018)
        self.yearSpin.setMaximum(2100)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.yearSpin)

        self.quarterLabel = QLabel(QuarterDialog)
        self.quarterLabel.setObjectName(u"quarterLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.quarterLabel)

        self.quarterCombo = QComboBox(QuarterDialog)
        self.quarterCombo.setObjectName(u"quarterCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.quarterCombo)

        self.formatLabel = QLabel(QuarterDialog)
        self.formatLabel.setObjectName(u"formatLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.formatLabel)

        self.formatCombo = QComboBox(QuarterDialog)
        self.formatCombo.setObjectName(u"formatCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.formatCombo)


        self.mainLayout.addLayout(self.formLayout)

        self.buttonBox = QDialogButtonBox(QuarterDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.yearLabel.setBuddy(self.yearSpin)
        self.quarterLabel.setBuddy(self.quarterCombo)
        self.formatLabel.setBuddy(self.formatCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(QuarterDialog)

        QMetaObject.connectSlotsByName(QuarterDialog)
    # setupUi

    def retranslateUi(self, QuarterDialog):
        QuarterDialog.setWindowTitle(QCoreApplication.translate("QuarterDialog", u"Quarterly report", None))
        self.yearLabel.setText(QCoreApplication.translate("QuarterDialog", u"&Year:", None))
        self.quarterLabel.setText(QCoreApplication.translate("QuarterDialog", u"&Quarter:", None))
        self.formatLabel.setText(QCoreApplication.translate("QuarterDialog", u"&Format:", None))
    # retranslateUi

