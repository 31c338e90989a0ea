import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Teahouse.Ui
import Teahouse.Chat

// A modal question before something that cannot be undone (delete a chat, leave a group).
Popup {
    id: root

    property string title
    property string body
    property string confirmText: qsTr("OK")
    property string confirmObjectName: "chat.confirm.ok"

    signal confirmed()

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(Theme.formWidth, parent ? parent.width - 2 * Theme.spacingXLarge : 0)
    modal: true
    focus: true
    padding: Theme.spacingXLarge
    closePolicy: Popup.CloseOnEscape | Popup.CloseOnPressOutside

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
            text: root.title
            color: Theme.textPrimary
            font.pixelSize: Theme.fontSizeTitle
            font.weight: Theme.fontWeightStrong
            wrapMode: Text.Wrap
            Accessible.role: Accessible.Heading
        }

        Label {
            Layout.fillWidth: true
            visible: root.body.length > 0
            text: root.body
            color: Theme.textSecondary
            wrapMode: Text.Wrap
        }

        RowLayout {
            Layout.alignment: Qt.AlignRight
            spacing: Theme.spacingMedium

            SecondaryButton {
                // Never squeezed below its text (a narrow dialog wrapped "Create").
                Layout.minimumWidth: implicitWidth
                objectName: "chat.confirm.cancel"
                text: qsTr("Cancel")
                onClicked: root.close()
            }

            PrimaryButton {
                // Never squeezed below its text (a narrow dialog wrapped "Create").
                Layout.minimumWidth: implicitWidth
                objectName: root.confirmObjectName
                text: root.confirmText
                onClicked: {
                    root.close()
                    root.confirmed()
                }
            }
        }
    }
}
