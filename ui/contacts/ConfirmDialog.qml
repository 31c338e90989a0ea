import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Teahouse.Ui

// Asks before something that cannot simply be undone (block, delete). Its buttons are ours,
// not Dialog's standard ones, so scripts and screen readers find them by name
// (<objectName>.confirm, <objectName>.cancel) and they grow with care mode.
Dialog {
    id: root

    property string message
    property string confirmText: qsTr("OK")

    signal confirmed()

    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(Theme.formWidth, parent ? parent.width - 2 * Theme.spacingXLarge : Theme.formWidth)
    padding: Theme.spacingXLarge
    standardButtons: Dialog.NoButton
    focus: true
    onOpened: cancelButton.forceActiveFocus()

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
        Accessible.role: Accessible.Heading
    }

    contentItem: ColumnLayout {
        spacing: Theme.spacingLarge
        Accessible.role: Accessible.Dialog
        Accessible.name: root.title
        Accessible.description: root.message

        Label {
            Layout.fillWidth: true
            text: root.message
            color: Theme.textPrimary
            wrapMode: Text.Wrap
        }

        Flow {
            Layout.fillWidth: true
            layoutDirection: Qt.RightToLeft
            spacing: Theme.spacingMedium

            PrimaryButton {
                objectName: root.objectName + ".confirm"
                text: root.confirmText
                onClicked: {
                    root.confirmed()
                    root.close()
                }
            }

            SecondaryButton {
                id: cancelButton

                objectName: root.objectName + ".cancel"
                text: qsTr("Cancel")
                onClicked: root.close()
            }
        }
    }
}
