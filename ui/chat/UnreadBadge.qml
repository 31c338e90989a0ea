import QtQuick
import QtQuick.Controls
import Teahouse.Ui
import Teahouse.Chat

// The red count on a conversation's avatar, or a plain red dot when the chat is muted (the
// count would invite attention the user turned off).
Rectangle {
    id: root

    property int count: 0
    property bool dot: false

    visible: count > 0
    width: dot ? ChatStyle.dotSize : Math.max(ChatStyle.badgeSize, countLabel.implicitWidth
                                              + Theme.spacingSmall)
    height: dot ? ChatStyle.dotSize : ChatStyle.badgeSize
    radius: height / 2
    color: ChatStyle.badge
    Accessible.role: Accessible.StaticText
    Accessible.name: dot ? qsTr("Unread messages") : qsTr("%n unread", "", count)

    Label {
        id: countLabel

        anchors.centerIn: parent
        visible: !root.dot
        text: root.count > 99 ? "99+" : root.count
        color: ChatStyle.badgeText
        font.pixelSize: Theme.fontSizeCaption
        font.weight: Theme.fontWeightStrong
    }
}
