import QtQuick
import QtQuick.Controls
import Teahouse.Ui

// The A–Z strip at the list's right edge: tap or drag over a letter to jump to its section.
// Only letters that have contacts are shown.
Column {
    id: root

    property var sections: []
    signal jump(string section)

    spacing: 0
    Accessible.role: Accessible.List
    Accessible.name: qsTr("Index")

    Repeater {
        model: root.sections

        delegate: ItemDelegate {
            required property string modelData

            objectName: "contacts.index." + modelData
            width: Theme.iconSize
            height: Math.max(Theme.fontSizeCaption * 1.35, Theme.spacingLarge)
            padding: 0
            Accessible.name: qsTr("Jump to %1").arg(modelData)
            background: null
            contentItem: Label {
                text: modelData
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
                color: Theme.textLink
                font.pixelSize: Theme.fontSizeCaption
                font.weight: Theme.fontWeightStrong
            }
            onClicked: root.jump(modelData)
        }
    }
}
