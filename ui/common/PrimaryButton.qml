import QtQuick
import QtQuick.Controls
import Teahouse.Ui

// The one main action of a screen: green, white text, sized from the Theme.
Button {
    id: control

    implicitHeight: Theme.controlHeightLarge
    implicitWidth: Math.max(Theme.controlMinimumWidth, implicitContentWidth + leftPadding
                            + rightPadding)
    leftPadding: Theme.spacingXLarge
    rightPadding: Theme.spacingXLarge
    topPadding: Theme.spacingSmall
    bottomPadding: Theme.spacingSmall
    font.weight: Theme.fontWeightStrong
    hoverEnabled: true
    Accessible.role: Accessible.Button
    Accessible.name: text

    contentItem: Label {
        text: control.text
        font: control.font
        color: Theme.textOnAccent
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.Wrap
    }

    background: Rectangle {
        radius: Theme.radiusMedium
        color: !control.enabled ? Theme.accentButtonDisabled
             : control.down ? Theme.accentButtonPressed
             : control.hovered ? Theme.accentButtonHover : Theme.accentButton
        border.width: control.visualFocus ? Theme.focusWidth : 0
        border.color: Theme.focusRing

        Rectangle {
            anchors.fill: parent
            anchors.margins: Theme.focusWidth
            visible: control.visualFocus
            radius: Theme.radiusSmall
            color: "transparent"
            border.width: Theme.borderWidth
            border.color: Theme.textOnAccent
        }
    }
}
