import QtQuick
import QtQuick.Layouts
import Teahouse.Ui
import Teahouse.Shell

// Chats: the conversation list and the open conversation. Until the chat feature arrives the
// list is empty and the pane says how a conversation starts.
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
        searchObjectName: "chats.search"
        emptyText: chatList.count === 0 ? qsTr("No chats yet") : ""

        ListView {
            id: chatList

            objectName: "chats.list"
            anchors.fill: parent
            model: 0
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Chats")
        }
    }

    Rectangle {
        Layout.fillWidth: true
        Layout.fillHeight: true
        color: Theme.contentBackground

        EmptyState {
            objectName: "chats.empty"
            anchors.fill: parent
            iconName: "chats"
            title: qsTr("No chats yet")
            body: qsTr("Your conversations appear here. Start one from Contacts.")
            actionText: qsTr("Open Contacts")
            actionObjectName: "chats.openContacts"
            onActionClicked: root.navigation.section = Navigation.Contacts
        }
    }
}
