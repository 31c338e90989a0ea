import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Teahouse.Ui
import Teahouse.Contacts

// A contact's card: picture, name, remarks, tags, account, status; send a message, see their
// Moments, their QR code; star, block, delete.
ScrollPage {
    id: root

    required property ContactsController controller
    readonly property var contact: controller.current
    readonly property string jid: contact.jid ?? ""

    signal openChat(string jid)
    signal openMoments(string jid)

    objectName: "contacts.card"
    centerVertically: false
    columnWidth: Theme.contentMaxWidth

    Card {
        Layout.fillWidth: true

        // Picture, words, then the speaker and star buttons in one row; when the card is too
        // narrow for that (200 % text) the words go under the picture at full width, so a name
        // or an address never breaks a letter or two per line.
        GridLayout {
            id: head

            readonly property bool narrow: width < avatar.size * 3 + 2 * Theme.minimumHitSize

            Layout.fillWidth: true
            columns: narrow ? 2 : 3
            columnSpacing: Theme.spacingLarge
            rowSpacing: Theme.spacingMedium

            ContactAvatar {
                id: avatar

                objectName: "contacts.card.avatar"
                Layout.row: 0
                Layout.column: 0
                Layout.alignment: Qt.AlignTop
                name: root.contact.name ?? ""
                source: root.contact.avatar ?? ""
                size: Theme.avatarSizeLarge * 1.5
            }

            ColumnLayout {
                Layout.row: head.narrow ? 1 : 0
                Layout.column: head.narrow ? 0 : 1
                Layout.columnSpan: head.narrow ? 2 : 1
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop
                spacing: Theme.spacingTiny

                Label {
                    objectName: "contacts.card.name"
                    Layout.fillWidth: true
                    text: root.contact.name ?? ""
                    color: Theme.textPrimary
                    font.pixelSize: Theme.fontSizeHeadline
                    font.weight: Theme.fontWeightStrong
                    wrapMode: Text.Wrap
                }

                Label {
                    Layout.fillWidth: true
                    visible: (root.contact.remark ?? "").length > 0
                             && (root.contact.nickname ?? "").length > 0
                    text: qsTr("Nickname: %1").arg(root.contact.nickname ?? "")
                    color: Theme.textSecondary
                    wrapMode: Text.Wrap
                }

                Label {
                    objectName: "contacts.card.account"
                    Layout.fillWidth: true
                    text: qsTr("Account: %1").arg(root.jid)
                    color: Theme.textSecondary
                    wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                }

                Label {
                    Layout.fillWidth: true
                    visible: text.length > 0
                    text: root.contact.blocked ? qsTr("Blocked: their messages do not reach you.")
                        : root.contact.online ? ((root.contact.statusText ?? "").length > 0
                                                 ? qsTr("Online · %1").arg(root.contact.statusText)
                                                 : qsTr("Online"))
                        : root.contact.inRoster && !root.contact.mutual
                          ? qsTr("Waiting for them to accept") : ""
                    color: root.contact.blocked ? Theme.errorText : Theme.textSecondary
                    wrapMode: Text.Wrap
                }
            }

            RowLayout {
                Layout.row: 0
                Layout.column: head.narrow ? 1 : 2
                Layout.alignment: Qt.AlignTop | Qt.AlignRight
                spacing: Theme.spacingTiny

                SpeakButton {
                    objectName: "contacts.card.speak"
                    speechText: [root.contact.name ?? "", root.contact.statusText ?? ""]
                                .filter(part => part.length > 0).join(", ")
                    accessibleName: qsTr("Read the name aloud")
                }

                Button {
                    objectName: "contacts.card.star"
                    visible: root.contact.inRoster ?? false
                    flat: true
                    implicitWidth: Math.max(Theme.minimumHitSize, implicitContentWidth + leftPadding + rightPadding)
                    implicitHeight: Math.max(Theme.minimumHitSize, implicitContentHeight + topPadding + bottomPadding)
                    text: root.contact.starred ? "★" : "☆"
                    font.pixelSize: Theme.fontSizeHeadline
                    Accessible.name: root.contact.starred ? qsTr("Remove star") : qsTr("Star")
                    ToolTip.visible: hovered
                    ToolTip.text: Accessible.name
                    onClicked: root.controller.setStarred(root.jid, !root.contact.starred)
                }
            }
        }

        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacingMedium

            PrimaryButton {
                objectName: "contacts.card.message"
                text: qsTr("Send message")
                enabled: !(root.contact.blocked ?? false)
                onClicked: root.openChat(root.jid)
            }

            SecondaryButton {
                objectName: "contacts.card.moments"
                text: qsTr("Moments")
                onClicked: root.openMoments(root.jid)
            }

            SecondaryButton {
                objectName: "contacts.card.add"
                visible: !(root.contact.inRoster ?? false)
                text: qsTr("Add friend")
                onClicked: root.controller.addFriendFromUri("xmpp:" + root.jid + "?roster")
            }
        }
    }

    Card {
        Layout.fillWidth: true
        visible: root.contact.inRoster ?? false
        spacing: Theme.spacingSmall

        ListRow {
            objectName: "contacts.card.remark"
            Layout.fillWidth: true
            text: qsTr("Remarks")
            subtitle: (root.contact.remark ?? "").length > 0 ? root.contact.remark
                                                              : qsTr("Not set")
            showChevron: true
            onClicked: {
                editDialog.mode = "remark"
                editDialog.title = qsTr("Remarks")
                editDialog.label = qsTr("The name you see for %1.").arg(root.jid)
                editDialog.hint = ""
                editDialog.text = root.contact.remark ?? ""
                editDialog.open()
            }
        }

        ListRow {
            objectName: "contacts.card.tags"
            Layout.fillWidth: true
            text: qsTr("Tags")
            subtitle: (root.contact.tags ?? []).length > 0 ? root.contact.tags.join(qsTr(", "))
                                                            : qsTr("None")
            showChevron: true
            onClicked: {
                editDialog.mode = "tags"
                editDialog.title = qsTr("Tags")
                editDialog.label = qsTr("Tags group your contacts, e.g. Family, Colleagues.")
                editDialog.hint = qsTr("Separate tags with commas.")
                editDialog.text = (root.contact.tags ?? []).join(", ")
                editDialog.open()
            }
        }
    }

    Card {
        Layout.fillWidth: true

        SectionTitle {
            text: qsTr("QR code")
        }

        Image {
            objectName: "contacts.card.qr"
            Layout.alignment: Qt.AlignHCenter
            Layout.preferredWidth: Theme.avatarSizeLarge * 4
            Layout.preferredHeight: Layout.preferredWidth
            source: root.jid.length > 0 ? root.controller.contactQrCode(root.jid) : ""
            fillMode: Image.PreserveAspectFit
            smooth: false
            Accessible.role: Accessible.Graphic
            Accessible.name: qsTr("QR code of %1").arg(root.jid)
        }

        Label {
            Layout.fillWidth: true
            text: qsTr("Others can scan it to add %1.").arg(root.contact.name ?? "")
            color: Theme.textSecondary
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
        }
    }

    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacingMedium

        SecondaryButton {
            objectName: "contacts.card.block"
            text: root.contact.blocked ? qsTr("Unblock") : qsTr("Block")
            onClicked: {
                if (root.contact.blocked)
                    root.controller.unblock(root.jid)
                else
                    blockDialog.open()
            }
        }

        SecondaryButton {
            objectName: "contacts.card.delete"
            visible: root.contact.inRoster ?? false
            text: qsTr("Delete contact")
            onClicked: deleteDialog.open()
        }
    }

    EditTextDialog {
        id: editDialog

        property string mode

        parent: Overlay.overlay
        onSubmitted: text => {
            if (mode === "remark")
                root.controller.setRemark(root.jid, text)
            else
                root.controller.setTags(root.jid, text)
        }
    }

    ConfirmDialog {
        id: blockDialog

        objectName: "contacts.card.blockDialog"
        parent: Overlay.overlay
        title: qsTr("Block %1?").arg(root.contact.name ?? "")
        message: qsTr("Their messages and friend requests will no longer reach you, and they will not see when you are online. You can unblock them later.")
        confirmText: qsTr("Block")
        onConfirmed: root.controller.block(root.jid)
    }

    ConfirmDialog {
        id: deleteDialog

        objectName: "contacts.card.deleteDialog"
        parent: Overlay.overlay
        title: qsTr("Delete %1?").arg(root.contact.name ?? "")
        message: qsTr("They are removed from your contacts and no longer see when you are online. Your chat history stays.")
        confirmText: qsTr("Delete")
        onConfirmed: root.controller.removeContact(root.jid)
    }
}
