import QtQuick
import QtQuick.Controls
import Teahouse.Ui
import Teahouse.Chat

// A context-menu entry drawn from the Theme (the Basic style's own is small and grey-blue).
MenuItem {
    id: control

    property string iconName
    property bool destructive: false

    implicitHeight: Theme.controlHeight
    implicitWidth: Math.max(Theme.controlMinimumWidth * 2, implicitContentWidth + leftPadding
                            + rightPadding)
    leftPadding: Theme.spacingMedium
    rightPadding: Theme.spacingLarge
    hoverEnabled: true
    Accessible.role: Accessible.MenuItem
    Accessible.name: text

    contentItem: Row {
        spacing: Theme.spacingSmall

        Icon {
            anchors.verticalCenter: parent.verticalCenter
            visible: control.iconName.length > 0
            name: control.iconName
            size: Theme.iconSizeSmall
            color: label.color
        }

        Label {
            id: label

            anchors.verticalCenter: parent.verticalCenter
            text: control.text
            color: !control.enabled ? Theme.textDisabled
                 : control.destructive ? Theme.errorText : Theme.textPrimary
        }
    }

    background: Rectangle {
        color: control.highlighted || control.hovered ? Theme.listHover : "transparent"
        radius: Theme.radiusSmall
    }
}
