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

        FocusRing {
            shown: control.visualFocus
        }
    }
}
