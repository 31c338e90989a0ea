import QtQuick
import QtQuick.Controls
import Teahouse.Ui
import Teahouse.Chat

// A square toolbar button with one icon; its text is the tooltip and the accessible name.
AbstractButton {
    id: control

    property string iconName
    property color iconColor: Theme.textSecondary
    property int iconSize: Theme.iconSize

    implicitWidth: Theme.controlHeight
    implicitHeight: Theme.controlHeight
    hoverEnabled: true
    focusPolicy: Qt.TabFocus
    Accessible.role: Accessible.Button
    Accessible.name: text

    ToolTip.visible: hovered && text.length > 0
    ToolTip.text: text
    ToolTip.delay: 600

    contentItem: Item {
        Icon {
            anchors.centerIn: parent
            name: control.iconName
            size: control.iconSize
            color: control.enabled ? (control.hovered || control.checked ? Theme.textPrimary
                                                                          : control.iconColor)
                                   : Theme.textDisabled
        }
    }

    background: Rectangle {
        radius: Theme.radiusSmall
        color: control.down || control.checked ? Theme.listSelected
             : control.hovered ? Theme.listHover : "transparent"
        border.width: control.visualFocus ? Theme.focusWidth : 0
        border.color: Theme.focusRing
    }
}
