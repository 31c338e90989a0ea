pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Teahouse.Ui
import Teahouse.Services

// "Ask family to fill this": choose a contact; the form goes to them as a chat card.
Popup {
    id: root

    required property ServicesController controller

    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(Theme.formWidth, parent ? parent.width - 2 * Theme.spacingXLarge : Theme.formWidth)
    padding: Theme.spacingXLarge
    focus: true

    background: Rectangle {
        radius: Theme.radiusLarge
        color: Theme.cardBackground
        border.width: Theme.borderWidth
        border.color: Theme.separator
    }

    contentItem: ColumnLayout {
        spacing: Theme.spacingMedium
        Label {
            Layout.fillWidth: true
            text: qsTr("Ask family to fill this")
            font.pixelSize: Theme.fontSizeTitle
            font.weight: Theme.fontWeightStrong
            color: Theme.textPrimary
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("They get this page of the form in a chat, fill it in and send it back. You check it and submit it yourself.")
            font.pixelSize: Theme.fontSizeBody
            color: Theme.textSecondary
            wrapMode: Text.Wrap
        }
        ListView {
            id: list
            objectName: "services.askFamily.list"
            Layout.fillWidth: true
            Layout.preferredHeight: Math.min(contentHeight, Theme.listRowHeight * 5)
            clip: true
            model: root.controller.contacts
            delegate: ListRow {
                required property var modelData
                required property int index
                objectName: "services.askFamily." + index
                width: list.width
                text: modelData.name
                subtitle: modelData.jid
                iconName: "person"
                onClicked: {
                    root.controller.askFamily(modelData.jid)
                    root.close()
                }
            }
        }
        SecondaryButton {
            objectName: "services.askFamily.cancel"
            Layout.alignment: Qt.AlignRight
            text: qsTr("Cancel")
            onClicked: root.close()
        }
    }
}
