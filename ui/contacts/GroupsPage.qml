import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Teahouse.Ui

// Group chats I am in, from the chat feature's conversation list (features.chat); choosing one
// opens it in Chats.
ColumnLayout {
    id: root

    property var chat: null

    signal openChat(string jid)

    objectName: "contacts.groupsPage"
    spacing: 0

    PaneHeader {
        Layout.fillWidth: true
        title: qsTr("Group chats")
    }

    ListView {
        id: list

        objectName: "contacts.groupList"
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        model: root.chat ? root.chat.conversations : null
        boundsBehavior: Flickable.StopAtBounds
        Accessible.role: Accessible.List
        Accessible.name: qsTr("Group chats")
        ScrollBar.vertical: ScrollBar {}

        property int groupCount: 0

        EmptyState {
            anchors.fill: parent
            visible: list.count === 0 || list.contentHeight <= 1
            iconName: "chats"
            title: qsTr("No group chats")
            body: qsTr("Group chats you join appear here. Start one from Chats.")
        }

        delegate: ListRow {
            required property var model

            width: list.width
            visible: model.isGroup === true
            height: visible ? implicitHeight : 0
            objectName: "contacts.group." + (model.jid ?? "")
            text: model.name ?? ""
            subtitle: model.jid ?? ""
            iconName: "chats"
            tileKey: "chats"
            onClicked: root.openChat(model.jid)
        }
    }
}
