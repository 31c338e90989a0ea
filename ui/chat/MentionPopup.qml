import QtQuick
import QtQuick.Controls
import Teahouse.Ui
import Teahouse.Chat

// The completion list under "@" in a group: members whose name starts or contains what was
// typed. The input keeps the keyboard; Up/Down/Enter are forwarded here.
Popup {
    id: root

    property alias model: list.model

    signal picked(string jid, string name)

    function move(delta) {
        if (list.count > 0)
            list.currentIndex = (list.currentIndex + delta + list.count) % list.count
    }

    function pickCurrent() {
        const item = list.currentItem
        if (item)
            root.picked(item.jid, item.name)
    }

    objectName: "chat.mentionPopup"
    padding: Theme.spacingTiny
    width: Theme.listColumnWidth
    height: Math.min(list.contentHeight, Theme.listRowHeight * 5) + 2 * padding
    focus: false
    closePolicy: Popup.CloseOnEscape | Popup.CloseOnPressOutsideParent
    onOpened: list.currentIndex = 0

    background: Rectangle {
        color: Theme.cardBackground
        radius: Theme.radiusMedium
        border.width: Theme.borderWidth
        border.color: Theme.separator
    }

    contentItem: ListView {
        id: list

        clip: true
        boundsBehavior: Flickable.StopAtBounds
        Accessible.role: Accessible.List
        Accessible.name: qsTr("People to mention")

        delegate: ItemDelegate {
            id: row

            required property int index
            required property string jid
            required property string name
            required property string avatarSource

            objectName: "chat.mentionPopup." + index
            width: ListView.view.width
            implicitHeight: Theme.listRowHeight
            highlighted: ListView.isCurrentItem
            hoverEnabled: true
            leftPadding: Theme.spacingSmall
            Accessible.role: Accessible.ListItem
            Accessible.name: name
            onClicked: root.picked(jid, name)

            background: Rectangle {
                color: row.highlighted || row.hovered ? Theme.listHover : "transparent"
                radius: Theme.radiusSmall
            }

            contentItem: Row {
                spacing: Theme.spacingSmall

                ChatAvatar {
                    anchors.verticalCenter: parent.verticalCenter
                    size: Theme.iconSizeLarge
                    name: row.name
                    source: row.avatarSource
                }

                Label {
                    anchors.verticalCenter: parent.verticalCenter
                    width: row.availableWidth - Theme.iconSizeLarge - parent.spacing
                    text: row.name
                    color: Theme.textPrimary
                    elide: Text.ElideRight
                }
            }
        }
    }
}
