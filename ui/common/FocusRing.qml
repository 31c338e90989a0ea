import QtQuick
import Teahouse.Ui

// The keyboard focus ring of a control: a Theme-coloured outline that fills its parent (a
// control's background), drawn just outside it, or just inside when `inside` (rows in a
// clipped list). Controls show it on visualFocus, i.e. when focus came from the keyboard.
Rectangle {
    property bool shown: false
    // On the dark rail the ring is light.
    property bool onDark: false
    property bool inside: false
    property real baseRadius: Theme.radiusMedium

    anchors.fill: parent
    anchors.margins: inside ? 0 : -Theme.focusMargin
    visible: shown
    radius: inside ? baseRadius : baseRadius + Theme.focusMargin
    color: "transparent"
    border.width: Theme.focusWidth
    border.color: onDark ? Theme.railFocusRing : Theme.focusRing
    Accessible.ignored: true
}
