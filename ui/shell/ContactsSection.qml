import QtQuick
import QtQuick.Layouts
import Teahouse.Ui
import Teahouse.Shell

// Contacts: the people I have added and their profiles. Empty until the contacts feature lands.
RowLayout {
    id: root

    required property Navigation navigation
    required property SessionController session
    // features.<key>: the controllers of the features (see Main.qml).
    required property var features

    spacing: 0

    ListColumn {
        Layout.fillHeight: true
        Layout.preferredWidth: Theme.listColumnWidth
        session: root.session
        searchObjectName: "contacts.search"
        emptyText: contactList.count === 0 ? qsTr("No contacts yet") : ""

        ListView {
            id: contactList

            objectName: "contacts.list"
            anchors.fill: parent
            model: 0
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Contacts")
        }
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
