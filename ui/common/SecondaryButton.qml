import QtQuick
import QtQuick.Controls
import Teahouse.Ui

// A quieter action next to a PrimaryButton: light grey, green text.
Button {
    id: control

    implicitHeight: Theme.controlHeightLarge
    implicitWidth: Math.max(Theme.controlMinimumWidth, implicitContentWidth + leftPadding
                            + rightPadding)
    leftPadding: Theme.spacingLarge
    rightPadding: Theme.spacingLarge
    topPadding: Theme.spacingSmall
    bottomPadding: Theme.spacingSmall
    hoverEnabled: true
    focusPolicy: Qt.StrongFocus
    // What the button does, when its text alone does not say it.
    property string accessibleDescription
    Accessible.role: Accessible.Button
    Accessible.name: text
    Accessible.description: accessibleDescription
    Accessible.onPressAction: control.clicked()

    contentItem: Label {
        text: control.text
        font: control.font
        color: control.enabled ? Theme.secondaryButtonText : Theme.textDisabled
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.Wrap
    }

    background: Rectangle {
        radius: Theme.radiusMedium
        color: control.hovered || control.down ? Theme.secondaryButtonHover
                                               : Theme.secondaryButton
        border.width: Theme.borderWidth
        border.color: Theme.fieldBorder

        FocusRing {
            shown: control.visualFocus
        }
    }
}
