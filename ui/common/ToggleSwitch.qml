import QtQuick
import QtQuick.Controls
import Teahouse.Ui

// An on/off switch sized from the Theme, label on the left and the switch on the right.
Switch {
    id: control

    implicitHeight: Math.max(Theme.controlHeight, implicitContentHeight + topPadding
                             + bottomPadding)
    spacing: Theme.spacingMedium
    padding: 0
    // The sentence explaining the switch, read after its name.
    property string accessibleDescription

    hoverEnabled: true
    Accessible.role: Accessible.CheckBox
    Accessible.name: text
    Accessible.description: accessibleDescription

    indicator: Rectangle {
        x: control.width - width - control.rightPadding
        y: (control.height - height) / 2
        implicitWidth: Theme.switchWidth
        implicitHeight: Theme.switchHeight
        radius: height / 2
        color: control.checked ? Theme.accentButton : Theme.switchOff
        border.width: control.visualFocus ? Theme.focusWidth : 0
        border.color: Theme.focusRing

        Rectangle {
            x: control.checked ? parent.width - width - Theme.spacingTiny / 2
                               : Theme.spacingTiny / 2
            anchors.verticalCenter: parent.verticalCenter
            width: parent.height - Theme.spacingTiny
            height: width
            radius: width / 2
            color: Theme.fieldBackground
            Behavior on x {
                NumberAnimation {
                    duration: 120
                }
            }
        }
    }

    contentItem: Label {
        rightPadding: control.indicator.width + control.spacing
        text: control.text
        color: Theme.textPrimary
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.Wrap
    }
}
