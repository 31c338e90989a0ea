pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import Teahouse.Ui

// A drop-down list sized and coloured from the Theme.
ComboBox {
    id: control

    implicitHeight: Theme.controlHeightLarge
    leftPadding: Theme.spacingMedium
    rightPadding: Theme.spacingMedium + indicator.width
    // What a screen reader calls the box (the label next to it).
    property string accessibleName
    property string accessibleDescription

    hoverEnabled: true
    Accessible.role: Accessible.ComboBox
    Accessible.name: accessibleName
    Accessible.description: accessibleDescription
    focusPolicy: Qt.StrongFocus

    indicator: Icon {
        x: control.width - width - Theme.spacingMedium
        y: (control.height - height) / 2
        name: "chevron-right"
        rotation: 90
        size: Theme.iconSizeSmall
        color: Theme.textSecondary
    }

    contentItem: Label {
        text: control.displayText
        color: Theme.textPrimary
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
    }

    background: Rectangle {
        radius: Theme.radiusMedium
        color: control.hovered ? Theme.secondaryButtonHover : Theme.fieldBackground
        border.width: Theme.borderWidth
        border.color: Theme.fieldBorder

        FocusRing {
            shown: control.visualFocus
        }
    }

    delegate: ItemDelegate {
        id: entry

        required property int index
        required property var modelData

        width: control.width
        implicitHeight: Theme.controlHeightLarge
        highlighted: control.highlightedIndex === index
        text: control.textRole ? modelData[control.textRole] : modelData
        Accessible.name: text

        contentItem: Label {
            text: entry.text
            color: Theme.textPrimary
            verticalAlignment: Text.AlignVCenter
        }
        background: Rectangle {
            color: entry.highlighted ? Theme.listSelected : Theme.fieldBackground
        }
    }
}
