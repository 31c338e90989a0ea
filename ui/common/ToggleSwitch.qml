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
    focusPolicy: Qt.StrongFocus
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

    // The ring goes round the label and the switch: the whole row is what the key toggles.
    background: Item {
        FocusRing {
            shown: control.visualFocus
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
