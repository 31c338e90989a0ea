import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Teahouse.Ui
import Teahouse.Chat

// Where a message is written: emoji and file buttons, the quote being replied to, the text
// (Enter sends, Shift+Enter starts a new line, Ctrl+V of an image sends the image), @mention
// completion in groups, and the Send button. The text left in it is kept as the chat's draft.
Rectangle {
    id: root

    required property ChatController controller
    property var replyId: 0
    property string replySender
    property string replyText
    // People picked from the @ completion: [{jid, name}].
    property var mentions: []
    // The conversation the text belongs to (the draft is saved there when switching).
    property string draftJid
    property bool switching: false

    color: ChatStyle.composerBackground
    implicitHeight: layout.implicitHeight

    function replyTo(messageId) {
        const preview = root.controller.replyPreview(messageId)
        if (!preview.id)
            return
        root.replyId = preview.id
        root.replySender = preview.sender
        root.replyText = preview.text
        input.forceActiveFocus()
    }

    function clearReply() {
        root.replyId = 0
        root.replySender = ""
        root.replyText = ""
    }

    function send() {
        const text = input.text
        if (text.trim().length === 0)
            return
        const picked = root.mentions.filter(m => text.indexOf("@" + m.name) >= 0)
        if (root.controller.sendText(text, root.replyId, picked)) {
            input.clear()
            root.mentions = []
            root.clearReply()
        }
    }

    function insertEmoji(emoji) {
        input.insert(input.cursorPosition, emoji)
        input.forceActiveFocus()
    }

    // The word being typed after "@", or null when the cursor is not in one.
    function mentionQuery() {
        if (!root.controller.currentIsGroup)
            return null
        const before = input.text.substring(0, input.cursorPosition)
        const match = /(^|\s)@([^\s@]*)$/.exec(before)
        return match ? match[2] : null
    }

    function completeMention(jid, name) {
        const before = input.text.substring(0, input.cursorPosition)
        const at = before.lastIndexOf("@")
        if (at < 0)
            return
        const after = input.text.substring(input.cursorPosition)
        const inserted = "@" + name + " "
        input.text = input.text.substring(0, at) + inserted + after
        input.cursorPosition = at + inserted.length
        root.mentions = root.mentions.concat([{ jid: jid, name: name }])
        mentionPopup.close()
    }

    function updateMentionPopup() {
        const query = mentionQuery()
        if (query === null || root.controller.mentionCandidates.count === 0
                && root.controller.mentionCandidates.filter === query) {
            mentionPopup.close()
            return
        }
        root.controller.mentionCandidates.filter = query
        if (root.controller.mentionCandidates.count > 0)
            mentionPopup.open()
        else
            mentionPopup.close()
    }

    function switchConversation() {
        if (root.draftJid.length > 0)
            root.controller.saveDraft(root.draftJid, input.text)
        root.draftJid = root.controller.currentJid
        root.switching = true
        input.text = root.controller.currentDraft
        root.switching = false
        input.cursorPosition = input.length
        root.mentions = []
        root.clearReply()
        mentionPopup.close()
        if (root.draftJid.length > 0)
            input.forceActiveFocus()
    }

    Component.onCompleted: switchConversation()

    Connections {
        target: root.controller

        function onCurrentChanged() {
            root.switchConversation()
        }

        function onComposerTextRequested(text) {
            input.text = text
            input.cursorPosition = input.length
            input.forceActiveFocus()
            root.updateMentionPopup()
        }

        function onOverlaysDismissed() {
            mentionPopup.close()
            emojiPicker.close()
        }
    }

    Timer {
        id: draftTimer

        interval: 800
        onTriggered: root.controller.saveDraft(root.draftJid, input.text)
    }

    ColumnLayout {
        id: layout

        anchors.fill: parent
        anchors.leftMargin: Theme.spacingMedium
        anchors.rightMargin: Theme.spacingLarge
        anchors.topMargin: Theme.spacingTiny
        anchors.bottomMargin: Theme.spacingMedium
        spacing: Theme.spacingTiny

        Row {
            Layout.fillWidth: true
            spacing: Theme.spacingTiny

            IconButton {
                id: emojiButton

                objectName: "chat.emoji"
                iconName: "chat-emoji"
                text: qsTr("Emoji")
                checked: emojiPicker.visible
                onClicked: emojiPicker.visible ? emojiPicker.close() : emojiPicker.open()
            }

            IconButton {
                objectName: "chat.attach"
                iconName: "chat-folder"
                text: qsTr("Send a file")
                onClicked: fileDialog.open()
            }

            // Other features' actions (features.chat.cards.actions), one-to-one chats only.
            IconButton {
                id: moreButton

                objectName: "chat.more"
                iconName: "plus"
                visible: !root.controller.currentIsGroup
                         && root.controller.cards.actions.length > 0
                text: qsTr("More")
                checked: moreMenu.visible
                onClicked: moreMenu.visible ? moreMenu.close() : moreMenu.open()

                ChatMenu {
                    id: moreMenu

                    y: -height - Theme.spacingTiny

                    Repeater {
                        model: root.controller.cards.actions

                        ChatMenuItem {
                            required property var modelData

                            objectName: "chat.more." + modelData.id
                            text: modelData.text
                            iconName: modelData.iconName
                            onTriggered: root.controller.cards.trigger(modelData.id,
                                                                       root.controller.currentJid,
                                                                       root.controller.currentName)
                        }
                    }
                }
            }

            IconButton {
                objectName: "chat.mention"
                iconName: "chat-at"
                visible: root.controller.currentIsGroup
                text: qsTr("Mention someone")
                onClicked: {
                    input.insert(input.cursorPosition, "@")
                    input.forceActiveFocus()
                    root.updateMentionPopup()
                }
            }
        }

        // The message being replied to.
        Rectangle {
            objectName: "chat.replyPreview"
            Layout.fillWidth: true
            visible: root.replyId > 0
            implicitHeight: replyRow.implicitHeight + Theme.spacingSmall
            radius: Theme.radiusSmall
            color: ChatStyle.quoteBackground

            RowLayout {
                id: replyRow

                anchors.left: parent.left
                anchors.right: parent.right
                anchors.verticalCenter: parent.verticalCenter
                anchors.leftMargin: Theme.spacingSmall
                spacing: Theme.spacingSmall

                Icon {
                    name: "chat-reply"
                    size: Theme.iconSizeSmall
                    color: Theme.textSecondary
                }

                Label {
                    Layout.fillWidth: true
                    text: qsTr("Reply to %1: %2").arg(root.replySender).arg(root.replyText)
                    color: Theme.textSecondary
                    font.pixelSize: Theme.fontSizeCaption
                    elide: Text.ElideRight
                    maximumLineCount: 1
                }

                IconButton {
                    objectName: "chat.replyPreview.close"
                    iconName: "chat-close"
                    iconSize: Theme.iconSizeSmall
                    text: qsTr("Cancel reply")
                    onClicked: root.clearReply()
                }
            }
        }

        ScrollView {
            id: scroll

            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.minimumHeight: Theme.controlHeight
            clip: true

            TextArea {
                id: input

                objectName: "chat.input"
                wrapMode: TextEdit.Wrap
                textFormat: TextEdit.PlainText
                color: Theme.textPrimary
                selectionColor: Theme.accent
                selectedTextColor: Theme.textOnAccent
                selectByMouse: true
                placeholderText: root.controller.currentIsGroup
                                 ? qsTr("Message %1 — type @ to mention someone")
                                   .arg(root.controller.currentName)
                                 : qsTr("Message %1").arg(root.controller.currentName)
                placeholderTextColor: Theme.textPlaceholder
                leftPadding: Theme.spacingSmall
                rightPadding: Theme.spacingSmall
                topPadding: Theme.spacingTiny
                bottomPadding: Theme.spacingTiny
                background: null
                Accessible.role: Accessible.EditableText
                Accessible.name: qsTr("Message")
                Accessible.description: qsTr("Enter sends, Shift+Enter starts a new line")

                onTextChanged: {
                    if (!root.switching && root.draftJid.length > 0
                            && root.draftJid === root.controller.currentJid) {
                        draftTimer.restart()
                        root.controller.composing(text.length > 0)
                    }
                    root.updateMentionPopup()
                }
                onCursorPositionChanged: root.updateMentionPopup()

                Keys.onPressed: (event) => {
                    if (mentionPopup.visible) {
                        if (event.key === Qt.Key_Down) {
                            mentionPopup.move(1)
                            event.accepted = true
                            return
                        }
                        if (event.key === Qt.Key_Up) {
                            mentionPopup.move(-1)
                            event.accepted = true
                            return
                        }
                        if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter
                                || event.key === Qt.Key_Tab) {
                            mentionPopup.pickCurrent()
                            event.accepted = true
                            return
                        }
                        if (event.key === Qt.Key_Escape) {
                            mentionPopup.close()
                            event.accepted = true
                            return
                        }
                    }
                    if ((event.key === Qt.Key_Return || event.key === Qt.Key_Enter)
                            && !(event.modifiers & (Qt.ShiftModifier | Qt.ControlModifier))) {
                        root.send()
                        event.accepted = true
                        return
                    }
                    if (event.matches(StandardKey.Paste) && root.controller.clipboardHasImage()) {
                        root.controller.pasteImage()
                        event.accepted = true
                    }
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingMedium

            Label {
                Layout.fillWidth: true
                text: qsTr("Enter to send · Shift+Enter for a new line")
                color: Theme.textSecondary
                font.pixelSize: Theme.fontSizeCaption
                elide: Text.ElideRight
                // A hint cut in half helps nobody (large text, narrow window): then none.
                opacity: truncated ? 0 : 1
                horizontalAlignment: Text.AlignRight
            }

            PrimaryButton {
                objectName: "chat.send"
                implicitHeight: Theme.controlHeight
                text: qsTr("Send")
                enabled: input.text.trim().length > 0 && root.controller.ready
                onClicked: root.send()
            }
        }
    }

    EmojiPicker {
        id: emojiPicker

        x: Theme.spacingMedium
        y: -height - Theme.spacingTiny
        onPicked: (emoji) => root.insertEmoji(emoji)
    }

    MentionPopup {
        id: mentionPopup

        x: Theme.spacingLarge
        y: -height - Theme.spacingTiny
        model: root.controller.mentionCandidates
        onPicked: (jid, name) => root.completeMention(jid, name)
    }

    FileDialog {
        id: fileDialog

        title: qsTr("Send files")
        fileMode: FileDialog.OpenFiles
        onAccepted: root.controller.sendFiles(selectedFiles)
    }
}
