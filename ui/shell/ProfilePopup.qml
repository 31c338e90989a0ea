import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Teahouse.Ui
import Teahouse.Shell
import Teahouse.Contacts

// The card that opens from my picture on the rail: who I am (my picture, nickname and status
// once the contacts feature is there), whether I am connected, and the way to my profile and
// my QR code.
Popup {
    id: root

    required property SessionController session
    // Given by the rail when it has them; otherwise taken from the window (Main.qml).
    property var features: null
    property Navigation navigation: null

    readonly property var windowItem: ApplicationWindow.window
    readonly property var allFeatures: root.features ?? (windowItem ? windowItem.features : null)
    readonly property Navigation nav: root.navigation ?? (windowItem ? windowItem.navigation : null)
    readonly property ContactsController contacts: root.allFeatures && root.allFeatures.contacts
                                                   ? root.allFeatures.contacts : null

    objectName: "profile.popup"
    padding: Theme.spacingLarge
    width: Math.max(Theme.formWidth * 0.75, implicitContentWidth + 2 * padding)

    background: Rectangle {
        color: Theme.cardBackground
        radius: Theme.radiusLarge
        border.width: Theme.borderWidth
        border.color: Theme.separator
    }

    contentItem: ColumnLayout {
        spacing: Theme.spacingMedium

        Loader {
            Layout.fillWidth: true
            active: root.contacts !== null && root.contacts.ready
            visible: active
            sourceComponent: ProfileSummary {
                controller: root.contacts
                onOpenPage: page => {
                    if (root.nav)
                        root.nav.section = Navigation.Contacts
                    root.contacts.showPage(page)
                    root.close()
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            visible: !(root.contacts !== null && root.contacts.ready)
            spacing: Theme.spacingMedium

            Avatar {
                name: root.session.accountJid
                size: Theme.avatarSizeLarge
            }

            Label {
                Layout.fillWidth: true
                text: root.session.hasAccount ? root.session.accountJid : qsTr("Not signed in")
                color: Theme.textPrimary
                font.pixelSize: Theme.fontSizeSubtitle
                font.weight: Theme.fontWeightStrong
                wrapMode: Text.WrapAnywhere
            }
        }

        ConnectionStatus {
            Layout.fillWidth: true
            session: root.session
        }
    }
}
