import QtQuick
import QtQuick.Controls
import Teahouse.Ui

// A labelled text entry with an optional hint or error line under it. `input` is the field
// itself; give it the objectName scripts use (signin.account, unlock.passphrase, …).
// A Column rather than a ColumnLayout: wrapped labels change height with their width, which a
// positioner follows reliably.
Column {
    id: root

    property string label
    property string hint
    property string error
    property alias input: entry
    property alias text: entry.text
    property alias placeholderText: entry.placeholderText
    property alias revealable: entry.revealable
    property alias inputObjectName: entry.objectName
    property alias inputMethodHints: entry.inputMethodHints

    signal accepted()

    spacing: Theme.spacingTiny

    Label {
        width: root.width
        text: root.label
        color: Theme.textPrimary
        font.weight: Theme.fontWeightStrong
        wrapMode: Text.Wrap
    }

    TextEntry {
        id: entry

        width: root.width
        invalid: root.error.length > 0
        accessibleName: root.label
        accessibleDescription: root.error.length > 0 ? root.error : root.hint
        onAccepted: root.accepted()
    }

    Label {
        width: root.width
        visible: text.length > 0
        text: root.error.length > 0 ? root.error : root.hint
        color: root.error.length > 0 ? Theme.errorText : Theme.textSecondary
        font.pixelSize: Theme.fontSizeCaption
        wrapMode: Text.Wrap
    }
}
