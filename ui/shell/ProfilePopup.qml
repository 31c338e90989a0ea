import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Teahouse.Ui
import Teahouse.Shell

// The card that opens from my picture on the rail: who I am and whether I am connected.
Popup {
    id: root

    required property SessionController session

    objectName: "profile.popup"
    padding: Theme.spacingLarge
    width: Math.max(Theme.formWidth * 0.75, implicitContentWidth + 2 * padding)

    background: Rectangle {
        color: Theme.cardBackground
        radius: Theme.radiusLarge
        border.width: Theme.borderWidth
        border.color: Theme.separator
    }

    contentItem: RowLayout {
        spacing: Theme.spacingMedium

        Avatar {
            name: root.session.accountJid
            size: Theme.avatarSizeLarge
        }

        ColumnLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingTiny

            Label {
                Layout.fillWidth: true
                text: root.session.hasAccount ? root.session.accountJid : qsTr("Not signed in")
                color: Theme.textPrimary
                font.pixelSize: Theme.fontSizeSubtitle
                font.weight: Theme.fontWeightStrong
                wrapMode: Text.WrapAnywhere
            }

            ConnectionStatus {
                Layout.fillWidth: true
                session: root.session
            }
        }
    }
}
