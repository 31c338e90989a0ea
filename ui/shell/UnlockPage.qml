import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Teahouse.Ui
import Teahouse.Shell

// Shown when the database key comes from a passphrase (no system keychain answered): choose one
// on first use, type it on every start after that.
Rectangle {
    id: root

    required property UnlockController controller

    readonly property bool creating: controller.mode === UnlockController.CreatePassphrase
    property string localError

    function submit() {
        const passphrase = passphraseField.text
        if (creating && passphrase.length < controller.minimumLength) {
            localError = qsTr("Use at least %n characters.", "", controller.minimumLength)
            return
        }
        if (creating && passphrase !== confirmField.text) {
            localError = qsTr("The two passphrases are different. Type the same one twice.")
            return
        }
        localError = ""
        controller.unlock(passphrase)
    }

    readonly property string errorText: {
        if (localError.length > 0)
            return localError
        switch (controller.errorKind) {
        case UnlockController.WrongPassphrase:
            return qsTr("That passphrase is not right. Check Caps Lock and try again.")
        case UnlockController.TooShort:
            return qsTr("Use at least %n characters.", "", controller.minimumLength)
        case UnlockController.StorageFailed:
            return controller.errorDetail.length > 0
                    ? qsTr("Teahouse couldn't open your data: %1").arg(controller.errorDetail)
                    : qsTr("Teahouse couldn't open your data.")
        default:
            return ""
        }
    }

    color: Theme.pageBackground
    Component.onCompleted: passphraseField.input.forceActiveFocus()

    ScrollPage {
        anchors.fill: parent
        columnWidth: Theme.formWidth

        Rectangle {
            Layout.alignment: Qt.AlignHCenter
            implicitWidth: Math.round(Theme.iconSizeLarge * 1.5)
            implicitHeight: Math.round(Theme.iconSizeLarge * 1.5)
            radius: width / 2
            color: Theme.accentButton

            Icon {
                anchors.centerIn: parent
                name: "lock"
                size: Theme.iconSize
                color: Theme.textOnAccent
            }
        }

        Label {
            objectName: "unlock.title"
            Layout.fillWidth: true
            text: root.creating ? qsTr("Set a passphrase to protect your data")
                                : qsTr("Enter your passphrase")
            color: Theme.textPrimary
            font.pixelSize: Theme.fontSizeHeadline
            font.weight: Theme.fontWeightStrong
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            Accessible.role: Accessible.Heading
        }

        Label {
            Layout.fillWidth: true
            Layout.topMargin: -Theme.spacingSmall
            text: root.creating
                  ? qsTr("Teahouse encrypts everything it keeps on this computer. No system keychain is available here, so you'll type this passphrase each time Teahouse starts. If you forget it, your local data can't be recovered.")
                  : qsTr("Your messages and contacts on this computer are encrypted. Type your passphrase to open them.")
            color: Theme.textSecondary
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
        }

        Card {
            Layout.fillWidth: true

            FormField {
                id: passphraseField

                Layout.fillWidth: true
                label: root.creating ? qsTr("New passphrase") : qsTr("Passphrase")
                hint: root.creating ? qsTr("At least %n characters. A few unrelated words work well.", "", root.controller.minimumLength) : ""
                revealable: true
                inputObjectName: "unlock.passphrase"
                onAccepted: root.creating ? confirmField.input.forceActiveFocus() : root.submit()
            }

            FormField {
                id: confirmField

                Layout.fillWidth: true
                visible: root.creating
                label: qsTr("Type it again")
                revealable: true
                inputObjectName: "unlock.confirm"
                onAccepted: root.submit()
            }

            Banner {
                objectName: "unlock.error"
                Layout.fillWidth: true
                visible: root.errorText.length > 0
                kind: Banner.Error
                text: root.errorText
            }

            PrimaryButton {
                objectName: "unlock.submit"
                Layout.fillWidth: true
                text: root.creating ? qsTr("Protect my data") : qsTr("Unlock")
                enabled: !root.controller.busy && passphraseField.text.length > 0
                onClicked: root.submit()
            }
        }
    }
}
