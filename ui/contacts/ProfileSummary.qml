import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Teahouse.Ui
import Teahouse.Contacts

// The top of the rail's profile card: my picture, nickname, status and account, with the
// way to my profile and my QR code.
ColumnLayout {
    id: root

    required property ContactsController controller

    signal openPage(string page)

    spacing: Theme.spacingMedium

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacingMedium

        ContactAvatar {
            name: root.controller.displayName.length > 0 ? root.controller.displayName
                                                         : root.controller.account
            source: root.controller.myAvatar
            size: Theme.avatarSizeLarge
        }

        ColumnLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingTiny

            Label {
                objectName: "profile.name"
                Layout.fillWidth: true
                text: root.controller.displayName
                color: Theme.textPrimary
                font.pixelSize: Theme.fontSizeSubtitle
                font.weight: Theme.fontWeightStrong
                wrapMode: Text.Wrap
            }

            Label {
                Layout.fillWidth: true
                text: root.controller.account
                color: Theme.textSecondary
                font.pixelSize: Theme.fontSizeCaption
                wrapMode: Text.WrapAnywhere
            }

            Label {
                Layout.fillWidth: true
                visible: root.controller.statusText.length > 0
                text: root.controller.statusText
                color: Theme.textPrimary
                wrapMode: Text.Wrap
            }
        }
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacingSmall

        SecondaryButton {
            objectName: "profile.edit"
            Layout.fillWidth: true
            text: qsTr("My profile")
            onClicked: root.openPage("me")
        }

        SecondaryButton {
            objectName: "profile.qr"
            Layout.fillWidth: true
            text: qsTr("My QR code")
            onClicked: root.openPage("myQr")
        }
    }
}
