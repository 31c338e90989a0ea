import QtQuick
import QtQuick.Controls
import Teahouse.Ui

// A horizontal slider sized from the Theme.
Slider {
    id: control

    implicitHeight: Math.max(Theme.controlHeight, Theme.sliderHandleSize + Theme.spacingSmall)
    hoverEnabled: true
    focusPolicy: Qt.StrongFocus
    Accessible.role: Accessible.Slider

    background: Rectangle {
        x: control.leftPadding
        y: control.topPadding + control.availableHeight / 2 - height / 2
        width: control.availableWidth
        height: Theme.sliderTrackHeight
        radius: height / 2
        color: Theme.sliderTrack

        Rectangle {
            width: control.visualPosition * parent.width
            height: parent.height
            radius: height / 2
            color: Theme.accentButton
        }
    }

    handle: Rectangle {
        x: control.leftPadding + control.visualPosition * (control.availableWidth - width)
        y: control.topPadding + control.availableHeight / 2 - height / 2
        implicitWidth: Theme.sliderHandleSize
        implicitHeight: Theme.sliderHandleSize
        radius: width / 2
        color: Theme.fieldBackground
        border.width: Theme.borderWidth
        border.color: Theme.fieldBorder

        FocusRing {
            shown: control.visualFocus
            baseRadius: parent.radius
        }
    }
}
