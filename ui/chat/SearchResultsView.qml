import QtQuick
import QtQuick.Controls
import Teahouse.Ui
import Teahouse.Chat

// Search results: conversations whose name matches, then messages, each message with the
// matched words highlighted. Activating one opens the chat at that message.
ListView {
    id: root

    property string query
    // Show the conversation's picture and name (global search) or the sender (in one chat).
    property bool showConversation: true

    signal activated(string jid, var messageId)

    clip: true
    boundsBehavior: Flickable.StopAtBounds
    keyNavigationEnabled: true
    Accessible.role: Accessible.List
    Accessible.name: qsTr("Search results")
    ScrollBar.vertical: ScrollBar {}

    section.property: "section"
    section.delegate: Label {
        required property string section

        width: ListView.view.width
        leftPadding: Theme.spacingMedium
        topPadding: Theme.spacingSmall
        bottomPadding: Theme.spacingTiny
        text: section
        color: Theme.textSecondary
        font.pixelSize: Theme.fontSizeCaption
        font.weight: Theme.fontWeightStrong
        Accessible.role: Accessible.Heading
    }

    delegate: ItemDelegate {
        id: hit

        required property int index
        required property string jid
        required property var messageId
        required property string title
        required property string snippet
        required property string timeText
        required property bool isGroup
        required property string avatarSource

        objectName: "chat.searchHit." + index
        width: ListView.view.width
        implicitHeight: Math.max(Theme.listItemHeight, textColumn.implicitHeight + topPadding
                                 + bottomPadding)
        leftPadding: Theme.spacingMedium
        rightPadding: Theme.spacingMedium
        topPadding: Theme.spacingSmall
        bottomPadding: Theme.spacingSmall
        hoverEnabled: true
        Accessible.role: Accessible.ListItem
        Accessible.name: title
        Accessible.description: snippetLabel.text.replace(/<[^>]*>/g, "")
        Accessible.onPressAction: clicked()
        onClicked: root.activated(jid, messageId)

        background: Rectangle {
            color: hit.hovered || hit.down ? Theme.listHover : "transparent"
            border.width: hit.visualFocus ? Theme.focusWidth : 0
            border.color: Theme.focusRing
        }

        contentItem: Item {
            implicitHeight: textColumn.implicitHeight

            ChatAvatar {
                id: avatar

                anchors.left: parent.left
                anchors.verticalCenter: parent.verticalCenter
                visible: root.showConversation
                name: hit.title
                source: hit.avatarSource
                group: hit.isGroup
                size: Theme.avatarSizeList
            }

            Column {
                id: textColumn

                anchors.left: root.showConversation ? avatar.right : parent.left
                anchors.leftMargin: root.showConversation ? Theme.spacingMedium : 0
                anchors.right: parent.right
                anchors.verticalCenter: parent.verticalCenter
                spacing: Theme.spacingTiny

                Item {
                    width: parent.width
                    height: titleLabel.implicitHeight

                    Label {
                        id: titleLabel

                        anchors.left: parent.left
                        anchors.right: time.left
                        anchors.rightMargin: Theme.spacingSmall
                        text: hit.title
                        color: Theme.textPrimary
                        elide: Text.ElideRight
                        maximumLineCount: 1
                    }

                    Label {
                        id: time

                        anchors.right: parent.right
                        anchors.verticalCenter: titleLabel.verticalCenter
                        text: hit.timeText
                        color: Theme.textSecondary
                        font.pixelSize: Theme.fontSizeCaption
                    }
                }

                Label {
                    id: snippetLabel

                    width: parent.width
                    visible: hit.snippet.length > 0
                    text: hit.snippet
                    textFormat: Text.StyledText
                    color: Theme.textSecondary
                    font.pixelSize: Theme.fontSizeCaption
                    wrapMode: Text.Wrap
                    maximumLineCount: 2
                    elide: Text.ElideRight
                }
            }
        }
    }

    Label {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.spacingXLarge
        visible: root.count === 0 && root.query.length > 0
        text: qsTr("Nothing found for “%1”").arg(root.query)
        color: Theme.textSecondary
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
    }
}
