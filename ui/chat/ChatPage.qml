import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Teahouse.Ui
import Teahouse.Chat

// The whole Chats section once the chat feature is there: the list column and the open
// conversation (or a quiet pane saying how to start one). The shell puts it in ChatsSection.
RowLayout {
    id: root

    required property ChatController controller
    // The shell's connection line, shown under the search box.
    property Component banner
    signal openContactsRequested()

    spacing: 0

    // Text built in C++ (links, mentions, matches) follows the Theme and care mode.
    Binding {
        target: root.controller
        property: "linkColor"
        value: Theme.textLink.toString()
    }
    Binding {
        target: root.controller
        property: "mentionColor"
        value: ChatStyle.mention.toString()
    }
    Binding {
        target: root.controller
        property: "matchColor"
        value: ChatStyle.match.toString()
    }
    Binding {
        target: root.controller
        property: "matchTextColor"
        value: Theme.textLink.toString()
    }

    Binding {
        target: root.controller
        property: "onScreen"
        value: root.visible
    }

    // Care mode's "read incoming messages aloud" (ReadAloud decides whether it is on).
    Connections {
        target: root.controller

        function onIncomingMessage(conversation, senderName, text, muted) {
            if (!muted && text.length > 0)
                ReadAloud.announceIncoming(senderName, text)
        }
    }

    ChatSidebar {
        Layout.fillHeight: true
        Layout.preferredWidth: Theme.listColumnWidth
        controller: root.controller
        banner: root.banner
    }

    Rectangle {
        Layout.fillWidth: true
        Layout.fillHeight: true
        color: Theme.contentBackground

        EmptyState {
            objectName: "chat.noConversation"
            anchors.fill: parent
            visible: root.controller.currentJid.length === 0
            iconName: "chats"
            title: root.controller.conversations.count > 0 ? qsTr("Pick a chat")
                                                           : qsTr("No chats yet")
            body: root.controller.conversations.count > 0
                  ? qsTr("Choose a conversation on the left, or start a group with the + button.")
                  : qsTr("Your conversations appear here. Start one from Contacts.")
            actionText: qsTr("Open Contacts")
            actionObjectName: "chat.openContacts"
            onActionClicked: root.openContactsRequested()
        }

        ConversationPane {
            anchors.fill: parent
            visible: root.controller.currentJid.length > 0
            controller: root.controller
        }

        // Errors from actions the user took: what happened, in a line that goes away.
        Rectangle {
            id: toast

            property string text

            objectName: "chat.error"
            anchors.horizontalCenter: parent.horizontalCenter
            anchors.top: parent.top
            anchors.topMargin: Theme.headerHeight + Theme.spacingMedium
            width: Math.min(parent.width - 2 * Theme.spacingXLarge,
                            toastLabel.implicitWidth + 2 * Theme.spacingLarge)
            height: toastLabel.implicitHeight + 2 * Theme.spacingSmall
            radius: Theme.radiusMedium
            color: Theme.errorBackground
            border.width: Theme.borderWidth
            border.color: Theme.errorBorder
            visible: text.length > 0
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text

            Label {
                id: toastLabel

                anchors.fill: parent
                anchors.leftMargin: Theme.spacingLarge
                anchors.rightMargin: Theme.spacingLarge
                verticalAlignment: Text.AlignVCenter
                text: toast.text
                color: Theme.errorText
                wrapMode: Text.Wrap
            }

            Timer {
                id: toastTimer

                interval: 6000
                onTriggered: toast.text = ""
            }

            Connections {
                target: root.controller

                function onErrorOccurred(message) {
                    toast.text = message
                    toastTimer.restart()
                }
            }
        }
    }
}
