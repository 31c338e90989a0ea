import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Teahouse.Ui

// An official account in a list: its picture, name, description, unread count and, when
// browsing, a Follow / Following button.
ItemDelegate {
    id: control

    required property string accountId
    required property string title
    required property string description
    required property bool followed
    required property int unread
    required property string avatarSource
    property bool showFollow: false

    signal followClicked()

    objectName: "articles.account." + accountId
    implicitHeight: Math.max(Theme.listItemHeight, row.implicitHeight + topPadding + bottomPadding)
    leftPadding: Theme.spacingLarge
    rightPadding: Theme.spacingLarge
    topPadding: Theme.spacingSmall
    bottomPadding: Theme.spacingSmall
    hoverEnabled: true
    focusPolicy: Qt.StrongFocus
    Accessible.role: Accessible.ListItem
    Accessible.name: unread > 0 ? qsTr("%1, %n new", "", unread).arg(title) : title
    Accessible.description: description
    Accessible.onPressAction: control.clicked()

    background: Rectangle {
        color: control.hovered ? Theme.listHover : "transparent"
        Rectangle {
            anchors.bottom: parent.bottom
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.leftMargin: Theme.spacingLarge
            height: 1
            color: Theme.separator
        }
    }

    contentItem: RowLayout {
        id: row
        spacing: Theme.spacingMedium

        AccountAvatar {
            name: control.title
            source: control.avatarSource
            size: Theme.avatarSizeList
            Layout.alignment: Qt.AlignTop
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingTiny
            Label {
                Layout.fillWidth: true
                text: control.title
                textFormat: Text.PlainText
                elide: Text.ElideRight
                color: Theme.textPrimary
                font.pixelSize: Theme.fontSizeBody
                font.weight: Theme.fontWeightStrong
            }
            Label {
                Layout.fillWidth: true
                text: control.description
                textFormat: Text.PlainText
                visible: text.length > 0
                wrapMode: Text.Wrap
                maximumLineCount: 2
                elide: Text.ElideRight
                color: Theme.textSecondary
                font.pixelSize: Theme.fontSizeCaption
            }
        }
        Rectangle {
            objectName: "articles.unread"
            visible: control.unread > 0 && !control.showFollow
            Layout.alignment: Qt.AlignVCenter
            implicitHeight: unreadLabel.implicitHeight + Theme.spacingTiny
            implicitWidth: Math.max(implicitHeight, unreadLabel.implicitWidth + Theme.spacingSmall)
            radius: height / 2
            color: Theme.errorText
            Label {
                id: unreadLabel
                anchors.centerIn: parent
                text: control.unread > 99 ? "99+" : control.unread
                color: Theme.textOnAccent
                font.pixelSize: Theme.fontSizeCaption
            }
        }
        SecondaryButton {
            objectName: "articles.follow." + control.accountId
            visible: control.showFollow
            Layout.alignment: Qt.AlignVCenter
            text: control.followed ? qsTr("Following") : qsTr("Follow")
            accessibleDescription: control.followed ? qsTr("Stop following %1").arg(control.title)
                                                    : qsTr("Follow %1").arg(control.title)
            onClicked: control.followClicked()
        }
    }
}
