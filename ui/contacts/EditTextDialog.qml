import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Teahouse.Ui

// A small modal for one line of text (remarks, tags, nickname, status).
Dialog {
    id: root

    property string label
    property string hint
    property alias text: entry.text
    property string entryObjectName: "contacts.edit.text"

    signal submitted(string text)

    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(Theme.formWidth, parent ? parent.width - 2 * Theme.spacingXLarge : Theme.formWidth)
    padding: Theme.spacingXLarge
    standardButtons: Dialog.NoButton
    focus: true
    onOpened: {
        entry.forceActiveFocus()
        entry.selectAll()
    }

    background: Rectangle {
        color: Theme.cardBackground
        radius: Theme.radiusLarge
        border.width: Theme.borderWidth
        border.color: Theme.separator
    }

    header: Label {
        text: root.title
        padding: Theme.spacingXLarge
        bottomPadding: 0
        color: Theme.textPrimary
        font.pixelSize: Theme.fontSizeSubtitle
        font.weight: Theme.fontWeightStrong
        wrapMode: Text.Wrap
    }

    contentItem: ColumnLayout {
        spacing: Theme.spacingMedium

        Label {
            Layout.fillWidth: true
            visible: root.label.length > 0
            text: root.label
            color: Theme.textSecondary
            wrapMode: Text.Wrap
        }

        TextEntry {
            id: entry

            objectName: root.entryObjectName
            Layout.fillWidth: true
            accessibleName: root.title
            onAccepted: {
                root.submitted(entry.text)
                root.close()
            }
        }

        Label {
            Layout.fillWidth: true
            visible: root.hint.length > 0
            text: root.hint
            color: Theme.textSecondary
            font.pixelSize: Theme.fontSizeCaption
            wrapMode: Text.Wrap
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingMedium

            Item { Layout.fillWidth: true }

            SecondaryButton {
                objectName: "contacts.edit.cancel"
                text: qsTr("Cancel")
                onClicked: root.close()
            }

            PrimaryButton {
                objectName: "contacts.edit.save"
                text: qsTr("Save")
                onClicked: {
                    root.submitted(entry.text)
                    root.close()
                }
            }
        }
    }
}
