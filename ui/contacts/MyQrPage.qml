import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Teahouse.Ui
import Teahouse.Contacts

// My QR code: scanning it adds me as a friend (xmpp:me@host?roster;name=…). Save it as a
// picture or copy it to paste elsewhere.
ScrollPage {
    id: root

    required property ContactsController controller

    objectName: "contacts.myQrPage"

    Card {
        Layout.fillWidth: true

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingMedium

            ContactAvatar {
                name: root.controller.displayName
                source: root.controller.myAvatar
                size: Theme.avatarSizeLarge
            }

            ColumnLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingTiny

                Label {
                    Layout.fillWidth: true
                    text: root.controller.displayName
                    color: Theme.textPrimary
                    font.pixelSize: Theme.fontSizeTitle
                    font.weight: Theme.fontWeightStrong
                    wrapMode: Text.Wrap
                }

                Label {
                    Layout.fillWidth: true
                    text: root.controller.account
                    color: Theme.textSecondary
                    wrapMode: Text.WrapAnywhere
                }
            }
        }

        Image {
            objectName: "contacts.myQr.image"
            Layout.alignment: Qt.AlignHCenter
            Layout.preferredWidth: Math.min(Theme.formWidth * 0.8, root.width - 6 * Theme.spacingXLarge)
            Layout.preferredHeight: Layout.preferredWidth
            source: root.controller.myQrCode
            fillMode: Image.PreserveAspectFit
            smooth: false
            Accessible.role: Accessible.Graphic
            Accessible.name: qsTr("My QR code")
            Accessible.description: root.controller.myUri
        }

        Label {
            Layout.fillWidth: true
            text: qsTr("Scan this code to add me as a friend.")
            color: Theme.textSecondary
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
        }

        TextEdit {
            objectName: "contacts.myQr.uri"
            Layout.fillWidth: true
            text: root.controller.myUri
            readOnly: true
            selectByMouse: true
            wrapMode: TextEdit.WrapAnywhere
            horizontalAlignment: TextEdit.AlignHCenter
            color: Theme.textSecondary
            font.pixelSize: Theme.fontSizeCaption
            Accessible.role: Accessible.StaticText
            Accessible.name: qsTr("Link of my QR code")
        }
    }

    Flow {
        Layout.alignment: Qt.AlignHCenter
        Layout.maximumWidth: root.columnWidth
        spacing: Theme.spacingMedium

        PrimaryButton {
            objectName: "contacts.myQr.save"
            text: qsTr("Save as picture…")
            onClicked: saveDialog.open()
        }

        SecondaryButton {
            objectName: "contacts.myQr.copy"
            text: qsTr("Copy")
            onClicked: root.controller.copyMyQrCode()
        }
    }

    FileDialog {
        id: saveDialog

        title: qsTr("Save my QR code")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "png"
        nameFilters: [qsTr("PNG pictures (*.png)")]
        onAccepted: root.controller.saveMyQrCode(selectedFile)
    }
}
