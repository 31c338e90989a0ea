import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Teahouse.Ui
import Teahouse.Chat

// The panel at the right of a conversation: for a group its picture, name, topic (editable)
// and members (with "invite"), then mute / pin and "leave group"; for a contact the same
// switches and "delete chat".
Rectangle {
    id: root

    required property ChatController controller

    signal closeRequested()

    color: Theme.listBackground

    Rectangle {
        anchors.left: parent.left
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        width: Theme.borderWidth
        color: Theme.separator
    }

    Flickable {
        id: flick

        anchors.fill: parent
        anchors.leftMargin: Theme.borderWidth
        contentHeight: column.implicitHeight + 2 * Theme.spacingLarge
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: column

            x: Theme.spacingLarge
            y: Theme.spacingLarge
            width: flick.width - 2 * Theme.spacingLarge
            spacing: Theme.spacingMedium

            RowLayout {
                Layout.fillWidth: true

                Label {
                    Layout.fillWidth: true
                    text: root.controller.currentIsGroup ? qsTr("Group info") : qsTr("Chat info")
                    color: Theme.textPrimary
                    font.pixelSize: Theme.fontSizeSubtitle
                    font.weight: Theme.fontWeightStrong
                    Accessible.role: Accessible.Heading
                }

                IconButton {
                    objectName: "chat.info.close"
                    iconName: "chat-close"
                    text: qsTr("Close")
                    onClicked: root.closeRequested()
                }
            }

            ChatAvatar {
                objectName: "chat.info.avatar"
                Layout.alignment: Qt.AlignHCenter
                size: Theme.avatarSizeLarge
                name: root.controller.currentName
                source: root.controller.currentAvatarSource
                group: root.controller.currentIsGroup
                members: root.controller.currentAvatarMembers
            }

            // Name: shown, or edited in place for groups.
            TextEntry {
                id: nameField

                objectName: "chat.info.name"
                Layout.fillWidth: true
                visible: root.controller.currentIsGroup
                text: root.controller.currentName
                accessibleName: qsTr("Group name")
                placeholderText: qsTr("Group name")
                onEditingFinished: {
                    if (text.trim().length > 0 && text !== root.controller.currentName)
                        root.controller.setGroupName(text)
                }
            }

            Label {
                Layout.fillWidth: true
                visible: !root.controller.currentIsGroup
                horizontalAlignment: Text.AlignHCenter
                text: root.controller.currentName
                color: Theme.textPrimary
                font.pixelSize: Theme.fontSizeSubtitle
                wrapMode: Text.Wrap
            }

            Label {
                Layout.fillWidth: true
                horizontalAlignment: root.controller.currentIsGroup ? Text.AlignLeft
                                                                     : Text.AlignHCenter
                text: root.controller.currentJid
                color: Theme.textSecondary
                font.pixelSize: Theme.fontSizeCaption
                wrapMode: Text.WrapAnywhere
            }

            Label {
                Layout.fillWidth: true
                visible: root.controller.currentIsGroup
                text: qsTr("Topic")
                color: Theme.textSecondary
                font.pixelSize: Theme.fontSizeCaption
            }

            TextEntry {
                objectName: "chat.info.topic"
                Layout.fillWidth: true
                visible: root.controller.currentIsGroup
                text: root.controller.currentTopic
                accessibleName: qsTr("Topic")
                placeholderText: qsTr("What this group is about")
                onEditingFinished: {
                    if (text !== root.controller.currentTopic)
                        root.controller.setGroupTopic(text)
                }
            }

            Label {
                Layout.fillWidth: true
                visible: root.controller.currentIsGroup
                text: qsTr("Members (%1)").arg(root.controller.members.count)
                color: Theme.textSecondary
                font.pixelSize: Theme.fontSizeCaption
            }

            Flow {
                objectName: "chat.info.members"
                Layout.fillWidth: true
                visible: root.controller.currentIsGroup
                spacing: Theme.spacingSmall

                Repeater {
                    model: root.controller.members

                    delegate: Column {
                        required property string jid
                        required property string name
                        required property string roleText
                        required property bool present
                        required property string avatarSource

                        width: Theme.avatarSizeList + Theme.spacingMedium
                        spacing: Theme.spacingTiny
                        opacity: present ? 1 : 0.6
                        Accessible.role: Accessible.StaticText
                        Accessible.name: roleText.length > 0 ? name + ", " + roleText : name

                        ChatAvatar {
                            anchors.horizontalCenter: parent.horizontalCenter
                            size: Theme.avatarSizeList
                            name: parent.name
                            source: parent.avatarSource
                        }

                        Label {
                            width: parent.width
                            horizontalAlignment: Text.AlignHCenter
                            text: parent.name
                            color: Theme.textSecondary
                            font.pixelSize: Theme.fontSizeCaption
                            elide: Text.ElideRight
                        }
                    }
                }

                // Invite more people.
                Column {
                    width: Theme.avatarSizeList + Theme.spacingMedium
                    spacing: Theme.spacingTiny

                    AbstractButton {
                        id: inviteButton

                        objectName: "chat.info.invite"
                        anchors.horizontalCenter: parent.horizontalCenter
                        width: Theme.avatarSizeList
                        height: Theme.avatarSizeList
                        text: qsTr("Invite")
                        hoverEnabled: true
                        Accessible.role: Accessible.Button
                        Accessible.name: qsTr("Invite people to this group")
                        onClicked: invite.open()

                        contentItem: Item {
                            Icon {
                                anchors.centerIn: parent
                                name: "plus"
                                color: Theme.textSecondary
                            }
                        }
                        background: Rectangle {
                            radius: Theme.radiusMedium
                            color: inviteButton.hovered ? Theme.listHover : "transparent"
                            border.width: inviteButton.visualFocus ? Theme.focusWidth
                                                                   : Theme.borderWidth
                            border.color: inviteButton.visualFocus ? Theme.focusRing
                                                                   : Theme.fieldBorder
                        }
                    }

                    Label {
                        width: parent.width
                        horizontalAlignment: Text.AlignHCenter
                        text: inviteButton.text
                        color: Theme.textSecondary
                        font.pixelSize: Theme.fontSizeCaption
                        elide: Text.ElideRight
                    }
                }
            }

            Rectangle {
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.borderWidth
                color: Theme.separator
            }

            ToggleSwitch {
                objectName: "chat.info.mute"
                Layout.fillWidth: true
                text: qsTr("Mute notifications")
                accessibleDescription: qsTr("No sound or notification; @mentions still notify.")
                checked: root.controller.currentMuted
                onToggled: root.controller.setMuted(root.controller.currentJid, checked)
            }

            ToggleSwitch {
                objectName: "chat.info.pin"
                Layout.fillWidth: true
                text: qsTr("Pin to top")
                checked: root.controller.currentPinned
                onToggled: root.controller.setPinned(root.controller.currentJid, checked)
            }

            Rectangle {
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.borderWidth
                color: Theme.separator
            }

            SecondaryButton {
                objectName: root.controller.currentIsGroup ? "chat.info.leave" : "chat.info.delete"
                Layout.fillWidth: true
                text: root.controller.currentIsGroup ? qsTr("Leave group") : qsTr("Delete chat")
                contentItem: Label {
                    text: parent.text
                    color: Theme.errorText
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                    wrapMode: Text.Wrap
                }
                onClicked: confirm.open()
            }
        }
    }

    ConfirmDialog {
        id: confirm

        objectName: "chat.info.confirm"
        title: root.controller.currentIsGroup ? qsTr("Leave “%1”?").arg(root.controller.currentName)
                                              : qsTr("Delete this chat?")
        body: root.controller.currentIsGroup
              ? qsTr("You will no longer receive its messages. Someone in it has to invite you again.")
              : qsTr("Its messages are removed from this computer. This cannot be undone.")
        confirmText: root.controller.currentIsGroup ? qsTr("Leave") : qsTr("Delete")
        confirmObjectName: "chat.info.confirm.ok"
        onConfirmed: {
            if (root.controller.currentIsGroup) {
                root.controller.leaveCurrentGroup()
            } else {
                root.controller.deleteConversation(root.controller.currentJid)
                root.closeRequested()
            }
        }
    }

    Popup {
        id: invite

        objectName: "chat.inviteDialog"
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(Theme.formWidth, parent ? parent.width - 2 * Theme.spacingXLarge : 0)
        height: Math.min(Theme.listRowHeight * 10, parent ? parent.height - 2 * Theme.spacingXLarge
                                                          : 0)
        modal: true
        focus: true
        padding: Theme.spacingXLarge
        onOpened: {
            root.controller.contacts.filter = ""
            root.controller.contacts.clearChecked()
        }

        background: Rectangle {
            color: Theme.cardBackground
            radius: Theme.radiusLarge
            border.width: Theme.borderWidth
            border.color: Theme.separator
        }

        contentItem: ColumnLayout {
            spacing: Theme.spacingLarge

            Label {
                Layout.fillWidth: true
                text: qsTr("Invite to %1").arg(root.controller.currentName)
                color: Theme.textPrimary
                font.pixelSize: Theme.fontSizeTitle
                font.weight: Theme.fontWeightStrong
                wrapMode: Text.Wrap
            }

            PersonPicker {
                Layout.fillWidth: true
                Layout.fillHeight: true
                model: root.controller.contacts
                objectPrefix: "chat.invite.contact"
            }

            RowLayout {
                Layout.alignment: Qt.AlignRight
                spacing: Theme.spacingMedium

                SecondaryButton {
                    // Never squeezed below its text (a narrow dialog wrapped "Create").
                    Layout.minimumWidth: implicitWidth
                    text: qsTr("Cancel")
                    onClicked: invite.close()
                }

                PrimaryButton {
                    // Never squeezed below its text (a narrow dialog wrapped "Create").
                    Layout.minimumWidth: implicitWidth
                    objectName: "chat.invite.send"
                    text: qsTr("Invite")
                    enabled: root.controller.contacts.checkedCount > 0
                    onClicked: {
                        root.controller.inviteToCurrentGroup(root.controller.contacts.checkedJids())
                        invite.close()
                    }
                }
            }
        }
    }
}
