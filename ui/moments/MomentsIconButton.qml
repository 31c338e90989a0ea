import QtQuick
import QtQuick.Controls
import Teahouse.Ui

// A square button with one icon; its text is the tooltip and the accessible name. A badge
// shows a count when there is one.
AbstractButton {
    id: control

    property string iconName
    property color iconColor: Theme.textSecondary
    property int iconSize: Theme.iconSize
    property int badge: 0

    implicitWidth: Theme.controlHeight
    implicitHeight: Theme.controlHeight
    hoverEnabled: true
    focusPolicy: Qt.TabFocus
    Accessible.role: Accessible.Button
    Accessible.name: text
    Accessible.onPressAction: control.clicked()

    ToolTip.visible: hovered && text.length > 0
    ToolTip.text: text
    ToolTip.delay: 600

    contentItem: Item {
        Icon {
            anchors.centerIn: parent
            name: control.iconName
            size: control.iconSize
            color: control.enabled ? (control.hovered ? Theme.textPrimary : control.iconColor)
                                   : Theme.textDisabled
        }

        Rectangle {
            visible: control.badge > 0
            anchors.right: parent.right
            anchors.top: parent.top
            width: Math.max(height, badgeText.implicitWidth + Theme.spacingSmall)
            height: badgeText.implicitHeight + Theme.spacingTiny
            radius: height / 2
            color: Theme.errorText

            Label {
                id: badgeText

                anchors.centerIn: parent
                text: control.badge > 99 ? "99+" : control.badge
                color: Theme.textOnAccent
                font.pixelSize: Theme.fontSizeCaption
                font.weight: Theme.fontWeightStrong
            }
        }
    }

    background: Rectangle {
        radius: Theme.radiusSmall
        color: control.down ? Theme.listSelected : control.hovered ? Theme.listHover
                                                                   : "transparent"
        border.width: control.visualFocus ? Theme.focusWidth : 0
        border.color: Theme.focusRing
    }
}
