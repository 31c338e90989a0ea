import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Teahouse.Ui
import Teahouse.Chat

// The open conversation: the title bar (name, typing line, search and info buttons), the
// in-chat search bar, the messages, the composer, and the info panel on the right. Files
// dropped anywhere on it are sent.
Item {
    id: root

    required property ChatController controller
    property bool infoOpen: false
    property bool searching: false

    Connections {
        target: root.controller

        function onCurrentChanged() {
            root.searching = false
        }

        function onImageViewRequested(source, name) {
            viewer.show(source, name)
        }

        function onOverlaysDismissed() {
            viewer.close()
            forwardDialog.close()
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        // Title bar.
        Rectangle {
            Layout.fillWidth: true
            Layout.preferredHeight: Math.max(Theme.headerHeight, titleColumn.implicitHeight
                                             + 2 * Theme.spacingSmall)
            color: Theme.contentBackground

            Column {
                id: titleColumn

                anchors.left: parent.left
                anchors.right: buttons.left
                anchors.leftMargin: Theme.spacingXLarge
                anchors.rightMargin: Theme.spacingMedium
                anchors.verticalCenter: parent.verticalCenter

                Label {
                    objectName: "chat.title"
                    width: parent.width
                    text: root.controller.currentIsGroup && root.controller.members.count > 0
                          ? qsTr("%1 (%2)").arg(root.controller.currentName)
                                           .arg(root.controller.members.count)
                          : root.controller.currentName
                    color: Theme.textPrimary
                    font.pixelSize: Theme.fontSizeTitle
                    font.weight: Theme.fontWeightStrong
                    elide: Text.ElideRight
                    maximumLineCount: 1
                    Accessible.role: Accessible.Heading
                }

                Label {
                    objectName: "chat.typing"
                    width: parent.width
                    visible: text.length > 0
                    text: root.controller.typingText.length > 0 ? root.controller.typingText
                          : root.controller.currentIsGroup && !root.controller.currentJoined
                            ? qsTr("Not in this group right now")
                          : root.controller.currentIsGroup ? root.controller.currentTopic : ""
                    color: Theme.textSecondary
                    font.pixelSize: Theme.fontSizeCaption
                    elide: Text.ElideRight
                    maximumLineCount: 1
                }
            }

            Row {
                id: buttons

                anchors.right: parent.right
                anchors.rightMargin: Theme.spacingMedium
                anchors.verticalCenter: parent.verticalCenter
                spacing: Theme.spacingTiny

                IconButton {
                    objectName: "chat.searchInChat"
                    iconName: "search"
                    text: qsTr("Search in this chat")
                    checked: root.searching
                    onClicked: root.searching = !root.searching
                }

                IconButton {
                    objectName: "chat.info"
                    iconName: "chat-more"
                    text: root.controller.currentIsGroup ? qsTr("Group info") : qsTr("Chat info")
                    checked: root.infoOpen
                    onClicked: root.infoOpen = !root.infoOpen
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

        InChatSearchBar {
            Layout.fillWidth: true
            Layout.preferredHeight: implicitHeight
            visible: root.searching
            controller: root.controller
            onCloseRequested: root.searching = false
            onVisibleChanged: if (visible) forceSearchFocus()
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0

            ColumnLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                spacing: 0

                MessageView {
                    id: messageView

                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    controller: root.controller
                    onReplyRequested: (messageId) => composer.replyTo(messageId)
                    onForwardRequested: (messageId) => {
                        forwardDialog.messageId = messageId
                        forwardDialog.open()
                    }
                    onImageRequested: (source, name) => viewer.show(source, name)
                }

                Rectangle {
                    Layout.fillWidth: true
                    Layout.preferredHeight: Theme.borderWidth
                    color: Theme.separator
                }

                Composer {
                    id: composer

                    Layout.fillWidth: true
                    // A third of the pane at most, so large text leaves room for the messages.
                    Layout.preferredHeight: Math.min(ChatStyle.composerHeight, root.height * 0.34)
                    controller: root.controller
                }
            }

            GroupInfoPanel {
                Layout.fillHeight: true
                Layout.preferredWidth: ChatStyle.sidePanelWidth
                visible: root.infoOpen
                controller: root.controller
                onCloseRequested: root.infoOpen = false
            }
        }
    }

    DropArea {
        id: drop

        objectName: "chat.dropArea"
        anchors.fill: parent
        keys: ["text/uri-list"]
        onDropped: (event) => {
            if (event.hasUrls) {
                root.controller.sendFiles(event.urls)
                event.acceptProposedAction()
            }
        }
    }

    Rectangle {
        anchors.fill: parent
        visible: drop.containsDrag
        color: "#33000000"
        border.width: Theme.focusWidth
        border.color: Theme.focusRing

        Label {
            anchors.centerIn: parent
            text: qsTr("Drop files to send them to %1").arg(root.controller.currentName)
            color: Theme.textOnAccent
            font.pixelSize: Theme.fontSizeTitle
            font.weight: Theme.fontWeightStrong
            style: Text.Outline
            styleColor: "#66000000"
        }
    }

    ForwardDialog {
        id: forwardDialog

        controller: root.controller
    }

    ImageViewer {
        id: viewer
    }
}
