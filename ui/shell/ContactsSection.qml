import QtQuick
import QtQuick.Layouts
import Teahouse.Ui
import Teahouse.Shell
import Teahouse.Contacts

// Contacts: the people I have added and their profiles, from the contacts feature
// (features.contacts, a ContactsController). Without it the list is empty.
Item {
    id: root

    required property Navigation navigation
    required property SessionController session
    // features.<key>: the controllers of the features (see Main.qml).
    required property var features

    readonly property ContactsController contacts: root.features && root.features.contacts
                                                   ? root.features.contacts : null

    // Another section asked for a contact's card.
    Connections {
        target: root.navigation

        function onContactRequested(jid) {
            if (root.contacts)
                root.contacts.showContact(jid)
        }
    }

    Component {
        id: connectionBanner

        Rectangle {
            objectName: "connection.banner"
            width: parent ? parent.width : 0
            visible: root.session.hasAccount && root.session.state !== SessionController.Online
            implicitHeight: visible ? status.implicitHeight + 2 * Theme.spacingSmall : 0
            height: implicitHeight
            color: Theme.warningBackground

            ConnectionStatus {
                id: status

                anchors.left: parent.left
                anchors.right: parent.right
                anchors.verticalCenter: parent.verticalCenter
                anchors.leftMargin: Theme.spacingMedium
                anchors.rightMargin: Theme.spacingMedium
                session: root.session
            }
        }
    }

    Loader {
        anchors.fill: parent
        active: root.contacts !== null
        sourceComponent: ContactsPage {
            controller: root.contacts
            chat: root.features ? root.features.chat ?? null : null
            onOpenChat: jid => root.navigation.openChat(jid)
            onOpenMoments: jid => root.navigation.showMoments(jid)
            onScanRequested: root.navigation.openDiscoverPage(Navigation.Scan)
            bannerComponent: connectionBanner
        }
    }

    RowLayout {
        anchors.fill: parent
        visible: root.contacts === null
        spacing: 0

        ListColumn {
            Layout.fillHeight: true
            Layout.preferredWidth: Theme.listColumnWidth
            session: root.session
            searchObjectName: "contacts.search"
            emptyText: qsTr("No contacts yet")
        }

        Rectangle {
            Layout.fillWidth: true
            Layout.fillHeight: true
            color: Theme.contentBackground

            EmptyState {
                objectName: "contacts.empty"
                anchors.fill: parent
                iconName: "contacts"
                title: qsTr("No contacts yet")
                body: qsTr("People you add appear here. Add a friend by their address or by scanning their QR code.")
                actionText: qsTr("Scan a QR code")
                actionObjectName: "contacts.scan"
                onActionClicked: root.navigation.openDiscoverPage(Navigation.Scan)
            }
        }
    }
}
