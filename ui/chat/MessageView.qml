import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import Teahouse.Ui
import Teahouse.Chat

// The messages of the open conversation, newest at the bottom. The model's row 0 is the newest
// message and the list lays out bottom to top, so pages of older messages (50 at a time) are
// added above without moving what is on screen; the first page is 30.
Rectangle {
    id: root

    required property ChatController controller

    signal replyRequested(var messageId)
    signal forwardRequested(var messageId)
    signal imageRequested(string source, string name)

    readonly property alias list: list

    color: ChatStyle.messageArea

    function loadIfNeeded() {
        const model = root.controller.messages
        // Within a screen of the oldest loaded message: fetch the next older page.
        if (model.hasMoreBefore && list.count > 0 && list.contentY - list.originY < list.height)
            root.controller.loadOlder()
        // Walking back to the present after a jump.
        if (model.hasMoreAfter && list.count > 0
                && list.originY + list.contentHeight - (list.contentY + list.height) < list.height)
            root.controller.loadNewer()
    }

    ListView {
        id: list

        property bool stickToBottom: true

        objectName: "chat.messages"
        anchors.fill: parent
        clip: true
        model: root.controller.messages
        verticalLayoutDirection: ListView.BottomToTop
        boundsBehavior: Flickable.StopAtBounds
        reuseItems: false
        cacheBuffer: height
        topMargin: Theme.spacingSmall
        bottomMargin: Theme.spacingSmall
        Accessible.role: Accessible.List
        Accessible.name: qsTr("Messages")
        ScrollBar.vertical: ScrollBar {
            id: scrollBar
        }

        onContentYChanged: {
            // Only the user's scrolling decides whether the view follows new messages; a
            // relayout (care mode, a resize, an image arriving) does not.
            if (moving || scrollBar.pressed)
                stickToBottom = atYEnd
            Qt.callLater(root.loadIfNeeded)
        }
        onMovementEnded: stickToBottom = atYEnd
        onContentHeightChanged: {
            if (stickToBottom)
                Qt.callLater(list.positionViewAtBeginning)
        }
        onHeightChanged: {
            if (stickToBottom)
                Qt.callLater(list.positionViewAtBeginning)
        }
        onCountChanged: Qt.callLater(root.loadIfNeeded)

        delegate: MessageDelegate {
            id: message

            myName: root.controller.account
            cards: root.controller.cards
            onMenuRequested: (item, x, y) => menu.openFor(message, item, x, y)
            onImageClicked: root.imageRequested(fullImageSource.length > 0 ? fullImageSource
                                                                           : imageSource,
                                                fileName)
            onQuoteClicked: {
                if (replyToId > 0)
                    root.controller.jumpTo(root.controller.currentJid, replyToId)
            }
            onRetryRequested: root.controller.retry(messageId)
            onCancelRequested: root.controller.cancelTransfer(messageId)
            onDownloadRequested: root.controller.download(messageId)
            onSaveRequested: {
                saveDialog.messageId = messageId
                saveDialog.selectedFile = "file:///" + fileName
                saveDialog.open()
            }
        }

        Connections {
            target: root.controller.messages

            function onMessageAppended(outgoing) {
                if (outgoing || list.stickToBottom)
                    list.positionViewAtBeginning()
            }

            function onConversationChanged() {
                list.stickToBottom = true
                list.positionViewAtBeginning()
            }
        }

        Connections {
            target: root.controller

            function onJumpRequested(row) {
                list.positionViewAtIndex(row, ListView.Center)
            }
        }
    }

    // Over the messages while older ones come from the server: on a pill of its own, so it
    // stays readable over a bubble.
    Rectangle {
        anchors.top: parent.top
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.topMargin: Theme.spacingSmall
        width: loadingLabel.implicitWidth + 2 * Theme.spacingMedium
        height: loadingLabel.implicitHeight + Theme.spacingSmall
        radius: height / 2
        visible: root.controller.messages.fetchingOlder
        color: Theme.cardBackground
        border.width: Theme.borderWidth
        border.color: Theme.separator

        Label {
            id: loadingLabel

            objectName: "chat.loadingOlder"
            anchors.centerIn: parent
            text: qsTr("Loading earlier messages…")
            color: ChatStyle.systemNotice
            font.pixelSize: Theme.fontSizeCaption
        }
    }

    Label {
        anchors.centerIn: parent
        visible: list.count === 0 && root.controller.currentJid.length > 0
        width: Math.min(parent.width - 2 * Theme.spacingXLarge, Theme.emptyStateWidth)
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
        text: qsTr("No messages yet. Say hello!")
        color: Theme.textSecondary
    }

    // Back to the newest messages.
    RoundButton {
        id: latest

        objectName: "chat.latest"
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.spacingLarge
        width: Theme.controlHeight
        height: Theme.controlHeight
        visible: root.controller.messages.hasMoreAfter || !list.stickToBottom
        text: qsTr("Latest messages")
        Accessible.role: Accessible.Button
        Accessible.name: text
        ToolTip.visible: hovered
        ToolTip.text: text
        hoverEnabled: true
        onClicked: {
            if (root.controller.messages.hasMoreAfter)
                root.controller.messages.showLatest()
            list.positionViewAtBeginning()
            list.stickToBottom = true
        }

        contentItem: Icon {
            name: "chat-down"
            size: Theme.iconSizeSmall
            color: Theme.textPrimary
        }
        background: Rectangle {
            radius: width / 2
            color: latest.hovered ? Theme.listHover : Theme.cardBackground
            border.width: Theme.borderWidth
            border.color: Theme.separator
        }
    }

    ChatMenu {
        id: menu

        property var messageId: 0
        property string kind
        property string body
        property bool recallable
        property bool failed

        function openFor(message, item, x, y) {
            messageId = message.messageId
            kind = message.kind
            body = message.body
            recallable = root.controller.canRecall(message.messageId)
            failed = message.deliveryState === "failed"
            popup(item, x, y)
        }

        objectName: "chat.messageMenu"

        ChatMenuItem {
            objectName: "chat.messageMenu.copy"
            iconName: "chat-copy"
            text: qsTr("Copy")
            onTriggered: root.controller.copyMessage(menu.messageId)
        }
        ChatMenuItem {
            objectName: "chat.messageMenu.forward"
            iconName: "chat-forward"
            text: qsTr("Forward…")
            onTriggered: root.forwardRequested(menu.messageId)
        }
        ChatMenuItem {
            objectName: "chat.messageMenu.reply"
            iconName: "chat-reply"
            text: qsTr("Reply")
            onTriggered: root.replyRequested(menu.messageId)
        }
        ChatMenuItem {
            objectName: "chat.messageMenu.readAloud"
            iconName: "speaker"
            text: qsTr("Read aloud")
            visible: ReadAloud.available && menu.kind === "text" && menu.body.trim().length > 0
            height: visible ? implicitHeight : 0
            onTriggered: ReadAloud.speak(menu.body)
        }
        ChatMenuItem {
            objectName: "chat.messageMenu.recall"
            iconName: "chat-recall"
            text: qsTr("Recall")
            visible: menu.recallable
            height: visible ? implicitHeight : 0
            onTriggered: root.controller.recall(menu.messageId)
        }
        ChatMenuItem {
            objectName: "chat.messageMenu.retry"
            iconName: "chat-send"
            text: qsTr("Send again")
            visible: menu.failed
            height: visible ? implicitHeight : 0
            onTriggered: root.controller.retry(menu.messageId)
        }
    }

    FileDialog {
        id: saveDialog

        property var messageId: 0

        title: qsTr("Save file")
        fileMode: FileDialog.SaveFile
        onAccepted: root.controller.saveAttachment(messageId, selectedFile)
    }
}
