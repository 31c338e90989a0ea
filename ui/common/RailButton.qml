import QtQuick
import QtQuick.Controls
import Teahouse.Ui

// One entry of the dark left rail: an icon, plus its name under it in care mode (where a
// tooltip alone is too easy to miss).
AbstractButton {
    id: control

    property string iconName
    property bool active: false

    implicitWidth: Theme.railWidth
    implicitHeight: Theme.careMode ? implicitContentHeight + 2 * Theme.spacingTiny
                                   : Theme.railButtonSize
    // Centres the icon (and name) vertically whatever the button's height.
    topPadding: (height - implicitContentHeight) / 2
    bottomPadding: 0
    leftPadding: 0
    rightPadding: 0
    focusPolicy: Qt.StrongFocus
    hoverEnabled: true
    Accessible.role: Accessible.Button
    Accessible.name: text
    Accessible.description: active ? qsTr("Current section") : ""
    // A click only navigates, but screen readers should hear which section is open.
    Accessible.checkable: true
    Accessible.checked: active
    Accessible.onPressAction: control.clicked()

    ToolTip.visible: hovered && !Theme.careMode
    ToolTip.delay: 500
    ToolTip.text: text

    background: Rectangle {
        anchors.centerIn: parent
        width: Theme.careMode ? control.width - 2 * Theme.spacingTiny : Theme.railButtonSize
        height: control.height
        radius: Theme.radiusMedium
        color: control.hovered || control.down ? Theme.railHover : "transparent"

        FocusRing {
            shown: control.visualFocus
            onDark: true
            inside: true
        }
    }

    contentItem: Column {
        spacing: 0

        Icon {
            anchors.horizontalCenter: parent.horizontalCenter
            name: control.iconName
            size: Theme.railIconSize
            color: control.active ? Theme.railIconActive : Theme.railIcon
        }

        Label {
            anchors.horizontalCenter: parent.horizontalCenter
            visible: Theme.careMode
            text: control.text
            color: control.active ? Theme.railTextActive : Theme.railText
            font.pixelSize: Theme.fontSizeCaption
            font.weight: control.active ? Theme.fontWeightStrong : Theme.fontWeightBody
        }
    }
}
