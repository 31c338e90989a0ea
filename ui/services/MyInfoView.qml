pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Teahouse.Ui
import Teahouse.Services

// My info: the details forms ask for again and again, kept in the encrypted store. Forms offer
// them field by field and fill them only when asked; ID number and phone are shown masked.
ScrollView {
    id: root

    required property ServicesController controller

    contentWidth: availableWidth
    clip: true

    ColumnLayout {
        width: Math.min(root.availableWidth, Theme.formWidth * 1.4) - 2 * Theme.spacingXLarge
        x: (root.availableWidth - width) / 2
        spacing: Theme.spacingMedium

        Item { Layout.preferredHeight: Theme.spacingSmall }

        Label {
            Layout.fillWidth: true
            text: qsTr("Forms offer these details next to the fields that ask for them. Nothing is filled in until you press Use.")
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSizeBody
            color: Theme.textSecondary
        }

        Repeater {
            model: root.controller.myInfo
            delegate: Card {
                id: entry
                required property var modelData
                property bool editing: false
                Layout.fillWidth: true
                spacing: Theme.spacingSmall

                Label {
                    text: entry.modelData.label
                    font.pixelSize: Theme.fontSizeBody
                    font.weight: Theme.fontWeightStrong
                    color: Theme.textPrimary
                }
                RowLayout {
                    Layout.fillWidth: true
                    visible: !entry.editing
                    Label {
                        objectName: "services.myInfo." + entry.modelData.key + ".shown"
                        Layout.fillWidth: true
                        text: entry.modelData.set ? entry.modelData.shown : qsTr("Not set")
                        elide: Text.ElideRight
                        font.pixelSize: Theme.fontSizeBody
                        color: entry.modelData.set ? Theme.textPrimary : Theme.textSecondary
                    }
                    SecondaryButton {
                        objectName: "services.myInfo." + entry.modelData.key + ".edit"
                        text: entry.modelData.set ? qsTr("Change") : qsTr("Add")
                        accessibleDescription: entry.modelData.label
                        onClicked: {
                            input.text = root.controller.myInfoValue(entry.modelData.key)
                            entry.editing = true
                            input.forceActiveFocus()
                        }
                    }
                }
                RowLayout {
                    Layout.fillWidth: true
                    visible: entry.editing
                    TextEntry {
                        id: input
                        objectName: "services.myInfo." + entry.modelData.key
                        Layout.fillWidth: true
                        accessibleName: entry.modelData.label
                        placeholderText: entry.modelData.key === "birth_date" ? qsTr("YYYY-MM-DD") : ""
                        revealable: entry.modelData.sensitive
                        onAccepted: save.clicked()
                        Keys.onEscapePressed: entry.editing = false
                    }
                    PrimaryButton {
                        id: save
                        objectName: "services.myInfo." + entry.modelData.key + ".save"
                        text: qsTr("Save")
                        onClicked: {
                            root.controller.setMyInfo(entry.modelData.key, input.text)
                            input.text = ""
                            entry.editing = false
                        }
                    }
                }
            }
        }
        Item { Layout.preferredHeight: Theme.spacingXLarge }
    }
}
