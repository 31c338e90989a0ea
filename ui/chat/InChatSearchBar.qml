import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Teahouse.Ui
import Teahouse.Chat

// Search in the open chat: a field, the number of hits with previous/next, and a list of the
// hits under it. Matches are also marked in the bubbles; choosing a hit jumps to it.
Rectangle {
    id: root

    required property ChatController controller
    property int current: -1

    signal closeRequested()

    function forceSearchFocus() {
        field.forceActiveFocus()
    }

    function go(row) {
        const results = root.controller.chatSearchResults
        if (results.count === 0)
            return
        root.current = (row + results.count) % results.count
        root.controller.jumpTo(root.controller.currentJid, results.messageIdAt(root.current))
    }

    implicitHeight: column.implicitHeight + 2 * Theme.spacingSmall
    color: Theme.contentBackground
    onVisibleChanged: {
        if (!visible) {
            field.text = ""
            root.controller.searchInChat("")
        }
    }

    ColumnLayout {
        id: column

        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.spacingSmall
        anchors.leftMargin: Theme.spacingXLarge
        anchors.rightMargin: Theme.spacingMedium
        spacing: Theme.spacingSmall

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingSmall

            SearchField {
                id: field

                objectName: "chat.searchInChat.field"
                Layout.fillWidth: true
                placeholderText: qsTr("Search in this chat")
                onTextChanged: {
                    root.current = -1
                    root.controller.searchInChat(text)
                }
                Keys.onReturnPressed: root.go(root.current + 1)
                Keys.onEnterPressed: root.go(root.current + 1)
                Keys.onEscapePressed: root.closeRequested()
            }

            Label {
                objectName: "chat.searchInChat.count"
                visible: field.text.length > 0
                text: root.controller.chatSearchResults.count === 0 ? qsTr("No results")
                      : root.current >= 0
                        ? qsTr("%1 of %2").arg(root.current + 1)
                                          .arg(root.controller.chatSearchResults.count)
                        : qsTr("%n result(s)", "", root.controller.chatSearchResults.count)
                color: Theme.textSecondary
                font.pixelSize: Theme.fontSizeCaption
            }

            IconButton {
                objectName: "chat.searchInChat.previous"
                iconName: "chat-up"
                text: qsTr("Older match")
                enabled: root.controller.chatSearchResults.count > 0
                onClicked: root.go(root.current + 1)
            }

            IconButton {
                objectName: "chat.searchInChat.next"
                iconName: "chat-down"
                text: qsTr("Newer match")
                enabled: root.controller.chatSearchResults.count > 0
                onClicked: root.go(root.current - 1)
            }

            IconButton {
                objectName: "chat.searchInChat.close"
                iconName: "chat-close"
                text: qsTr("Close search")
                onClicked: root.closeRequested()
            }
        }

        SearchResultsView {
            objectName: "chat.searchInChat.results"
            Layout.fillWidth: true
            Layout.preferredHeight: Math.min(contentHeight, Theme.listItemHeight * 3)
            visible: field.text.length > 0 && count > 0
            model: root.controller.chatSearchResults
            query: field.text
            showConversation: false
            section.property: ""
            onActivated: (jid, messageId) => {
                root.current = root.controller.chatSearchResults.count > 0 ? indexOfMessage(messageId) : -1
                root.controller.jumpTo(jid, messageId)
            }

            function indexOfMessage(id) {
                for (let i = 0; i < count; ++i) {
                    if (root.controller.chatSearchResults.messageIdAt(i) === id)
                        return i
                }
                return -1
            }
        }
    }

    Rectangle {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        height: Theme.borderWidth
        color: Theme.separator
    }
}
