import QtQuick
import QtQuick.Controls
import Teahouse.Ui
import Teahouse.Chat

// One row of the conversation list, as WeChat draws it: the picture with the unread badge, the
// name and the time, then the last message (or the draft, or "[@ me]") and the muted glyph.
ItemDelegate {
    id: control

    required property int index
    required property string jid
    required property string name
    required property bool isGroup
    required property string avatarSource
    required property string preview
    required property string timeText
    required property int unreadCount
    required property bool pinned
    required property bool muted
    required property string draft
    required property bool mentionUnread
    required property bool current
    required property var avatarMembers

    signal contextMenuRequested(real x, real y)

    objectName: "chat.conversation." + jid
    width: ListView.view ? ListView.view.width : implicitWidth
    implicitHeight: Math.max(Theme.listItemHeight, column.implicitHeight + topPadding
                             + bottomPadding)
    leftPadding: Theme.spacingMedium
    rightPadding: Theme.spacingMedium
    topPadding: Theme.spacingSmall
    bottomPadding: Theme.spacingSmall
    hoverEnabled: true
    highlighted: current

    Accessible.role: Accessible.ListItem
    Accessible.name: name
    Accessible.description: (unreadCount > 0 ? qsTr("%n unread", "", unreadCount) + ". " : "")
                            + marker.text + preview
    Accessible.selected: current
    Accessible.onPressAction: control.clicked()

    background: Rectangle {
        color: control.highlighted ? Theme.listSelected
             : control.hovered ? Theme.listHover
             : control.pinned ? ChatStyle.pinnedRow : "transparent"
        border.width: control.visualFocus ? Theme.focusWidth : 0
        border.color: Theme.focusRing
    }

    TapHandler {
        acceptedButtons: Qt.RightButton
        onTapped: (point) => control.contextMenuRequested(point.position.x, point.position.y)
    }

    contentItem: Item {
        implicitHeight: column.implicitHeight

        ChatAvatar {
            id: avatar

            anchors.left: parent.left
            anchors.verticalCenter: parent.verticalCenter
            name: control.name
            source: control.avatarSource
            group: control.isGroup
            members: control.avatarMembers
        }

        UnreadBadge {
            objectName: "chat.conversation.badge"
            anchors.horizontalCenter: avatar.right
            anchors.verticalCenter: avatar.top
            anchors.horizontalCenterOffset: -Theme.spacingTiny / 2
            anchors.verticalCenterOffset: Theme.spacingTiny / 2
            count: control.unreadCount
            dot: control.muted && !control.mentionUnread
        }

        Column {
            id: column

            anchors.left: avatar.right
            anchors.leftMargin: Theme.spacingMedium
            anchors.right: parent.right
            anchors.verticalCenter: parent.verticalCenter
            spacing: Theme.spacingTiny

            Item {
                width: parent.width
                height: Math.max(nameLabel.implicitHeight, timeLabel.implicitHeight)

                Label {
                    id: nameLabel

                    anchors.left: parent.left
                    anchors.right: timeLabel.left
                    anchors.rightMargin: Theme.spacingSmall
                    text: control.name
                    color: Theme.textPrimary
                    elide: Text.ElideRight
                    maximumLineCount: 1
                }

                Label {
                    id: timeLabel

                    anchors.right: parent.right
                    anchors.verticalCenter: nameLabel.verticalCenter
                    text: control.timeText
                    color: Theme.textSecondary
                    font.pixelSize: Theme.fontSizeCaption
                }
            }

            Item {
                width: parent.width
                height: Math.max(previewRow.implicitHeight, muteIcon.height)

                Row {
                    id: previewRow

                    anchors.left: parent.left
                    anchors.right: muteIcon.visible ? muteIcon.left : parent.right
                    anchors.rightMargin: muteIcon.visible ? Theme.spacingSmall : 0
                    spacing: Theme.spacingTiny

                    Label {
                        id: marker

                        visible: text.length > 0
                        text: control.draft.length > 0 && !control.current ? qsTr("[Draft]")
                            : control.mentionUnread ? qsTr("[Someone @ me]") : ""
                        color: ChatStyle.draftMarker
                        font.pixelSize: Theme.fontSizeCaption
                    }

                    Label {
                        width: previewRow.width - (marker.visible ? marker.width
                                                                    + previewRow.spacing : 0)
                        text: control.draft.length > 0 && !control.current ? control.draft
                                                                           : control.preview
                        color: Theme.textSecondary
                        font.pixelSize: Theme.fontSizeCaption
                        elide: Text.ElideRight
                        maximumLineCount: 1
                        textFormat: Text.PlainText
                    }
                }

                Icon {
                    id: muteIcon

                    objectName: "chat.conversation.muted"
                    anchors.right: parent.right
                    anchors.verticalCenter: parent.verticalCenter
                    visible: control.muted
                    name: "chat-mute"
                    size: Theme.iconSizeSmall
                    color: Theme.textDisabled
                }
            }
        }
    }
}
