import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Teahouse.Ui
import Teahouse.Shell

// The dark column on the left: my picture, then the sections, Settings at the bottom. Care
// mode simplifies it to four entries with their names under the icons (Chats, Contacts,
// Discover, Settings, as WeChat's four tabs): the wallet opens from Settings there and the
// profile is in Settings → Account.
Rectangle {
    id: root

    required property Navigation navigation
    required property SessionController session

    color: Theme.railBackground

    // Scrolls only when the window is too short for every entry (care mode at 200 %).
    Flickable {
        id: flick

        anchors.fill: parent
        contentWidth: width
        contentHeight: column.height
        boundsBehavior: Flickable.StopAtBounds
        clip: true

        ColumnLayout {
            id: column

            width: flick.width
            height: Math.max(flick.height, implicitHeight)
            spacing: Theme.careMode ? Theme.spacingTiny : Theme.spacingSmall

            Item {
                Layout.preferredHeight: Theme.spacingLarge
            }

            AbstractButton {
                id: avatarButton

                objectName: "rail.avatar"
                visible: !Theme.careMode
                Layout.alignment: Qt.AlignHCenter
                Layout.bottomMargin: Theme.spacingMedium
                implicitWidth: Theme.avatarSizeRail
                implicitHeight: Theme.avatarSizeRail
                text: root.session.hasAccount ? root.session.accountJid : qsTr("Not signed in")
                Accessible.role: Accessible.Button
                Accessible.name: qsTr("My profile: %1").arg(text)
                onClicked: profile.open()

                contentItem: Avatar {
                    name: root.session.accountJid
                    size: Theme.avatarSizeRail
                }
                background: Rectangle {
                    color: "transparent"
                    radius: Theme.radiusMedium

                    FocusRing {
                        shown: avatarButton.visualFocus
                        onDark: true
                    }
                }

                ProfilePopup {
                    id: profile

                    x: avatarButton.width + Theme.spacingMedium
                    session: root.session
                }
            }

            RailButton {
                objectName: "rail.chats"
                Layout.alignment: Qt.AlignHCenter
                text: qsTr("Chats")
                iconName: "chats"
                active: root.navigation.section === Navigation.Chats
                onClicked: root.navigation.section = Navigation.Chats
            }

            RailButton {
                objectName: "rail.contacts"
                Layout.alignment: Qt.AlignHCenter
                text: qsTr("Contacts")
                iconName: "contacts"
                active: root.navigation.section === Navigation.Contacts
                onClicked: root.navigation.section = Navigation.Contacts
            }

            RailButton {
                objectName: "rail.discover"
                Layout.alignment: Qt.AlignHCenter
                text: qsTr("Discover")
                iconName: "discover"
                active: root.navigation.section === Navigation.Discover
                onClicked: root.navigation.section = Navigation.Discover
            }

            RailButton {
                objectName: "rail.wallet"
                visible: !Theme.careMode
                Layout.alignment: Qt.AlignHCenter
                text: qsTr("Wallet")
                iconName: "wallet"
                active: root.navigation.section === Navigation.Wallet
                onClicked: root.navigation.section = Navigation.Wallet
            }

            Item {
                Layout.fillHeight: true
            }

            RailButton {
                objectName: "rail.settings"
                Layout.alignment: Qt.AlignHCenter
                text: qsTr("Settings")
                iconName: "settings"
                active: root.navigation.section === Navigation.Settings
                onClicked: root.navigation.section = Navigation.Settings
            }

            Item {
                Layout.preferredHeight: Theme.spacingMedium
            }
        }
    }
}
