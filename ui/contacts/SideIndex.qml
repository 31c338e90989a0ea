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
            id: letter

            required property string modelData

            objectName: "contacts.index." + modelData
            // Each letter is a full-size target (care mode: a big one); the list leaves the
            // strip out when the letters do not fit its height.
            width: Theme.minimumHitSize
            height: Theme.minimumHitSize
            padding: 0
            focusPolicy: Qt.StrongFocus
            Accessible.name: qsTr("Jump to %1").arg(modelData)
            Accessible.onPressAction: letter.clicked()
            background: Item {
                FocusRing {
                    shown: letter.visualFocus
                    inside: true
                    baseRadius: Theme.radiusSmall
                }
            }
            contentItem: Label {
                text: modelData
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
                // Care mode: black, as the letters sit on the grey list (green reaches 6.97:1).
                color: Theme.careMode ? Theme.textPrimary : Theme.textLink
                font.pixelSize: Theme.fontSizeCaption
                font.weight: Theme.fontWeightStrong
            }
            onClicked: root.jump(modelData)
        }
    }
}
