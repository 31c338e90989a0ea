import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Teahouse.Ui
import Teahouse.Contacts

// Me: my picture (choose a file, crop it), nickname, status text, account, my QR code.
ScrollPage {
    id: root

    required property ContactsController controller

    objectName: "contacts.mePage"
    centerVertically: false

    Label {
        Layout.fillWidth: true
        text: qsTr("My profile")
        color: Theme.textPrimary
        font.pixelSize: Theme.fontSizeHeadline
        font.weight: Theme.fontWeightStrong
        Accessible.role: Accessible.Heading
    }

    Card {
        Layout.fillWidth: true

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingLarge

            ContactAvatar {
                name: root.controller.displayName
                source: root.controller.myAvatar
                size: Theme.avatarSizeLarge * 1.5
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
                    objectName: "contacts.me.account"
                    Layout.fillWidth: true
                    text: qsTr("Account: %1").arg(root.controller.account)
                    color: Theme.textSecondary
                    wrapMode: Text.WrapAnywhere
                }

                SecondaryButton {
                    objectName: "contacts.me.changeAvatar"
                    text: qsTr("Change picture…")
                    onClicked: fileDialog.open()
                }
            }
        }
    }

    Card {
        Layout.fillWidth: true
        spacing: Theme.spacingSmall

        ListRow {
            objectName: "contacts.me.nickname"
            Layout.fillWidth: true
            text: qsTr("Nickname")
            subtitle: root.controller.nickname.length > 0 ? root.controller.nickname
                                                          : qsTr("Not set")
            showChevron: true
            onClicked: {
                editDialog.mode = "nickname"
                editDialog.title = qsTr("Nickname")
                editDialog.label = qsTr("Friends see this name when you add them.")
                editDialog.hint = ""
                editDialog.text = root.controller.nickname
                editDialog.open()
            }
        }

        ListRow {
            objectName: "contacts.me.status"
            Layout.fillWidth: true
            text: qsTr("Status")
            subtitle: root.controller.statusText.length > 0 ? root.controller.statusText
                                                            : qsTr("Not set")
            showChevron: true
            onClicked: {
                editDialog.mode = "status"
                editDialog.title = qsTr("Status")
                editDialog.label = qsTr("A short line your friends see next to your name.")
                editDialog.hint = ""
                editDialog.text = root.controller.statusText
                editDialog.open()
            }
        }

        ListRow {
            objectName: "contacts.me.qr"
            Layout.fillWidth: true
            text: qsTr("My QR code")
            iconName: "scan"
            tileKey: "scan"
            showChevron: true
            onClicked: root.controller.showPage("myQr")
        }
    }

    EditTextDialog {
        id: editDialog

        property string mode

        parent: Overlay.overlay
        onSubmitted: text => {
            if (mode === "nickname")
                root.controller.setNickname(text)
            else
                root.controller.setStatusText(text)
        }
    }

    FileDialog {
        id: fileDialog

        title: qsTr("Choose a picture")
        nameFilters: [qsTr("Pictures (*.png *.jpg *.jpeg *.webp *.bmp *.gif)")]
        onAccepted: cropDialog.start(selectedFile, root.controller.imageSize(selectedFile))
    }

    AvatarCropDialog {
        id: cropDialog

        parent: Overlay.overlay
        onCropped: (source, x, y, side) => root.controller.setAvatarFromFile(source, x, y, side)
    }
}
