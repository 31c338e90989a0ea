import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Teahouse.Ui
import Teahouse.Chat

// The list column of Chats: the search box and the "new group" button on top, then the
// conversations sorted by activity (pinned first), or the global search results while the box
// has text. `banner` is the shell's connection line, shown under the search box.
Rectangle {
    id: root

    required property ChatController controller
    property Component banner

    color: Theme.listBackground

    function showConversationMenu(item, jid, x, y) {
        conversationMenu.jid = jid
        conversationMenu.pinned = root.controller.conversations.isPinned(jid)
        conversationMenu.muted = root.controller.conversations.isMuted(jid)
        conversationMenu.popup(item, x, y)
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        RowLayout {
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.headerHeight
            Layout.leftMargin: Theme.spacingMedium
            Layout.rightMargin: Theme.spacingMedium
            spacing: Theme.spacingSmall

            SearchField {
                id: search

                objectName: "chat.search"
                Layout.fillWidth: true
                text: root.controller.searchQuery
                onTextChanged: root.controller.searchQuery = text
                Keys.onEscapePressed: text = ""
            }

            IconButton {
                objectName: "chat.newGroup"
                iconName: "plus"
                text: qsTr("Start a group chat")
                onClicked: newGroup.open()
            }
        }

        Loader {
            Layout.fillWidth: true
            sourceComponent: root.banner
            visible: item !== null && item.visible
        }

        // Received messages that could not be saved (the disk is full): they wait on the
        // server until the user has freed space and asks again.
        Banner {
            objectName: "chat.unsaved"
            Layout.fillWidth: true
            Layout.margins: Theme.spacingSmall
            visible: root.controller.unsavedMessage !== ""
            kind: Banner.Error
            text: root.controller.unsavedMessage

            SecondaryButton {
                objectName: "chat.unsaved.retry"
                text: qsTr("Try again")
                onClicked: root.controller.retryUnsaved()
            }
        }

        // Invitations to groups: join or ignore.
        Repeater {
            model: root.controller.invitations

            delegate: Rectangle {
                id: invitation

                required property var modelData
                required property int index

                objectName: "chat.invitation." + index
                Layout.fillWidth: true
                implicitHeight: invitationColumn.implicitHeight + 2 * Theme.spacingSmall
                color: Theme.infoBackground
                Accessible.role: Accessible.AlertMessage
                Accessible.name: invitationLabel.text

                ColumnLayout {
                    id: invitationColumn

                    anchors.left: parent.left
                    anchors.right: parent.right
                    anchors.verticalCenter: parent.verticalCenter
                    anchors.leftMargin: Theme.spacingMedium
                    anchors.rightMargin: Theme.spacingMedium
                    spacing: Theme.spacingTiny

                    Label {
                        id: invitationLabel

                        Layout.fillWidth: true
                        text: qsTr("%1 invited you to the group %2")
                              .arg(root.controller.contacts.nameOf(invitation.modelData.inviter)
                                   || invitation.modelData.inviter.split("@")[0])
                              .arg(invitation.modelData.room.split("@")[0])
                        color: Theme.textPrimary
                        font.pixelSize: Theme.fontSizeCaption
                        wrapMode: Text.Wrap
                    }

                    RowLayout {
                        Layout.alignment: Qt.AlignRight
                        spacing: Theme.spacingSmall

                        SecondaryButton {
                            // Never squeezed below its text (a narrow dialog wrapped "Create").
                            Layout.minimumWidth: implicitWidth
                            objectName: "chat.invitation.ignore"
                            implicitHeight: Theme.controlHeight
                            text: qsTr("Ignore")
                            onClicked: root.controller.declineInvitation(invitation.modelData.room)
                        }

                        PrimaryButton {
                            // Never squeezed below its text (a narrow dialog wrapped "Create").
                            Layout.minimumWidth: implicitWidth
                            objectName: "chat.invitation.join"
                            implicitHeight: Theme.controlHeight
                            text: qsTr("Join")
                            onClicked: root.controller.acceptInvitation(invitation.modelData.room)
                        }
                    }
                }
            }
        }

        ListView {
            id: list

            objectName: "chat.conversations"
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: search.text.length === 0
            clip: true
            model: root.controller.conversations
            boundsBehavior: Flickable.StopAtBounds
            keyNavigationEnabled: true
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Chats")
            ScrollBar.vertical: ScrollBar {}

            delegate: ConversationDelegate {
                id: row

                onClicked: root.controller.open(jid)
                onContextMenuRequested: (x, y) => root.showConversationMenu(row, jid, x, y)
            }

            Label {
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.top: parent.top
                anchors.margins: Theme.spacingXLarge
                visible: list.count === 0
                text: root.controller.ready ? qsTr("No chats yet")
                                            : qsTr("Sign in to see your chats")
                color: Theme.textSecondary
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
            }
        }

        SearchResultsView {
            objectName: "chat.searchResults"
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: search.text.length > 0
            model: root.controller.searchResults
            query: search.text
            onActivated: (jid, messageId) => {
                root.controller.searchQuery = ""
                root.controller.jumpTo(jid, messageId)
            }
        }
    }

    Rectangle {
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        width: Theme.borderWidth
        color: Theme.separator
    }

    ChatMenu {
        id: conversationMenu

        property string jid
        property bool pinned
        property bool muted

        objectName: "chat.conversationMenu"

        ChatMenuItem {
            objectName: "chat.conversationMenu.pin"
            iconName: "chat-pin"
            text: conversationMenu.pinned ? qsTr("Unpin") : qsTr("Pin to top")
            onTriggered: root.controller.setPinned(conversationMenu.jid, !conversationMenu.pinned)
        }
        ChatMenuItem {
            objectName: "chat.conversationMenu.mute"
            iconName: "chat-mute"
            text: conversationMenu.muted ? qsTr("Unmute") : qsTr("Mute notifications")
            onTriggered: root.controller.setMuted(conversationMenu.jid, !conversationMenu.muted)
        }
        ChatMenuItem {
            objectName: "chat.conversationMenu.delete"
            iconName: "chat-trash"
            destructive: true
            text: qsTr("Delete chat")
            onTriggered: {
                deleteConfirm.jid = conversationMenu.jid
                deleteConfirm.open()
            }
        }
    }

    ConfirmDialog {
        id: deleteConfirm

        property string jid

        objectName: "chat.deleteConfirm"
        title: qsTr("Delete this chat?")
        body: qsTr("Its messages are removed from this computer. This cannot be undone.")
        confirmText: qsTr("Delete")
        confirmObjectName: "chat.deleteConfirm.ok"
        onConfirmed: root.controller.deleteConversation(jid)
    }

    NewGroupDialog {
        id: newGroup

        controller: root.controller
    }
}
