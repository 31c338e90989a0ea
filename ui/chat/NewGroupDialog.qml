import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Teahouse.Ui
import Teahouse.Chat

// Starting a group chat: a name and the contacts to add (members-only room, invitations sent).
Popup {
    id: root

    required property ChatController controller
    property bool waiting: false

    objectName: "chat.newGroupDialog"
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(Theme.formWidth * 1.2, parent ? parent.width - 2 * Theme.spacingXLarge : 0)
    height: Math.min(Theme.listRowHeight * 11, parent ? parent.height - 2 * Theme.spacingXLarge
                                                     : 0)
    modal: true
    focus: true
    padding: Theme.spacingXLarge
    closePolicy: Popup.CloseOnEscape

    onOpened: {
        waiting = false
        nameField.text = ""
        root.controller.contacts.filter = ""
        root.controller.contacts.clearChecked()
        nameField.forceActiveFocus()
    }

    Connections {
        target: root.controller

        function onGroupCreated() {
            if (root.waiting)
                root.close()
        }

        function onErrorOccurred() {
            root.waiting = false
        }
    }

    background: Rectangle {
        color: Theme.cardBackground
        radius: Theme.radiusLarge
        border.width: Theme.borderWidth
        border.color: Theme.separator
    }

    Overlay.modal: Rectangle {
        color: "#66000000"
    }

    contentItem: ColumnLayout {
        spacing: Theme.spacingLarge

        Label {
            Layout.fillWidth: true
            text: qsTr("Start a group chat")
            color: Theme.textPrimary
            font.pixelSize: Theme.fontSizeTitle
            font.weight: Theme.fontWeightStrong
            wrapMode: Text.Wrap
            Accessible.role: Accessible.Heading
        }

        TextEntry {
            id: nameField

            objectName: "chat.newGroup.name"
            Layout.fillWidth: true
            placeholderText: qsTr("Group name")
            maximumLength: 100
        }

        PersonPicker {
            Layout.fillWidth: true
            Layout.fillHeight: true
            model: root.controller.contacts
            objectPrefix: "chat.newGroup.contact"
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingMedium

            Label {
                Layout.fillWidth: true
                text: root.waiting ? qsTr("Creating the group…")
                                   : qsTr("%n selected", "", root.controller.contacts.checkedCount)
                color: Theme.textSecondary
                wrapMode: Text.Wrap
            }

            SecondaryButton {
                // Never squeezed below its text (a narrow dialog wrapped "Create").
                Layout.minimumWidth: implicitWidth
                objectName: "chat.newGroup.cancel"
                text: qsTr("Cancel")
                onClicked: root.close()
            }

            PrimaryButton {
                // Never squeezed below its text (a narrow dialog wrapped "Create").
                Layout.minimumWidth: implicitWidth
                objectName: "chat.newGroup.create"
                text: qsTr("Create")
                enabled: !root.waiting && nameField.text.trim().length > 0
                         && root.controller.contacts.checkedCount > 0
                onClicked: {
                    root.waiting = true
                    root.controller.createGroup(nameField.text,
                                                root.controller.contacts.checkedJids())
                }
            }
        }
    }
}
