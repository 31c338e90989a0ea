import QtQuick
import QtQuick.Controls
import Teahouse.Ui

// A tab of the Official Accounts page: text in the Theme's colours, the current one
// underlined in the accent colour.
TabButton {
    id: control

    implicitHeight: Math.max(Theme.controlHeight, implicitContentHeight + topPadding + bottomPadding)
    topPadding: Theme.spacingSmall
    bottomPadding: Theme.spacingSmall
    hoverEnabled: true
    focusPolicy: Qt.StrongFocus
    Accessible.name: text

    contentItem: Label {
        text: control.text
        font: control.font
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
        color: control.checked ? Theme.textLink : Theme.textPrimary
    }
    background: Rectangle {
        color: control.hovered ? Theme.listHover : Theme.contentBackground
        Rectangle {
            anchors.bottom: parent.bottom
            width: parent.width
            height: 3 * Theme.borderWidth
            visible: control.checked
            color: Theme.accent
        }
        FocusRing {
            shown: control.visualFocus
            inside: true
        }
    }
}
