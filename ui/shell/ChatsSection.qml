import QtQuick
import QtQuick.Layouts
import Teahouse.Ui
import Teahouse.Shell
import Teahouse.Chat

// Chats: the conversation list and the open conversation, from the chat feature
// (features.chat, a ChatController). Without it the list is empty and the pane says how a
// conversation starts.
Item {
    id: root

    required property Navigation navigation
    required property SessionController session
    // features.<key>: the controllers of the features (see Main.qml).
    required property var features

    readonly property ChatController chat: root.features && root.features.chat
                                           ? root.features.chat : null
    // The chat's media image provider must be in the engine before its pages load.
    property bool imagesReady: false

    Component.onCompleted: {
        if (root.chat)
            root.chat.installImageProvider(root)
        root.imagesReady = true
    }

    // Another section asked for a conversation (a contact's "Message" button, a link).
    Connections {
        target: root.navigation

        function onChatRequested(jid) {
            if (!root.chat)
                return
            // A filter typed earlier would hide the list's other chats around the one asked for.
            root.chat.searchQuery = ""
            root.chat.open(jid)
        }
    }

    Component {
        id: connectionBanner

        Rectangle {
            objectName: "connection.banner"
            visible: root.session.hasAccount && root.session.state !== SessionController.Online
            implicitHeight: visible ? status.implicitHeight + 2 * Theme.spacingSmall : 0
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
        objectName: "chats.page"
        anchors.fill: parent
        active: root.chat !== null && root.imagesReady
        sourceComponent: ChatPage {
            controller: root.chat
            banner: connectionBanner
            onOpenContactsRequested: root.navigation.section = Navigation.Contacts
        }
    }

    RowLayout {
        anchors.fill: parent
        visible: root.chat === null
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
}
