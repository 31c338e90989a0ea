import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Teahouse.Ui
import Teahouse.Chat

// Forwarding a message: pick the conversation it goes to, or a contact there is no chat with
// yet (listed under the chats).
Popup {
    id: root

    required property ChatController controller
    property var messageId: 0

    objectName: "chat.forwardDialog"
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(Theme.formWidth, parent ? parent.width - 2 * Theme.spacingXLarge : 0)
    height: Math.min(Theme.listItemHeight * 8, parent ? parent.height - 2 * Theme.spacingXLarge
                                                     : 0)
    modal: true
    focus: true
    padding: Theme.spacingLarge
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
        spacing: Theme.spacingMedium

        Label {
            Layout.fillWidth: true
            text: qsTr("Forward to…")
            color: Theme.textPrimary
            font.pixelSize: Theme.fontSizeTitle
            font.weight: Theme.fontWeightStrong
            Accessible.role: Accessible.Heading
        }

        ListView {
            id: list

            objectName: "chat.forward.list"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: root.controller.conversations
            boundsBehavior: Flickable.StopAtBounds
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Chats")
            ScrollBar.vertical: ScrollBar {}

            delegate: ItemDelegate {
                id: row

                required property string jid
                required property string name
                required property bool isGroup
                required property string avatarSource

                objectName: "chat.forward." + jid
                width: ListView.view.width
                implicitHeight: Theme.listRowHeight
                hoverEnabled: true
                Accessible.role: Accessible.Button
                Accessible.name: name
                onClicked: {
                    root.controller.forward(root.messageId, jid)
                    root.close()
                }

                background: Rectangle {
                    color: row.hovered ? Theme.listHover : "transparent"
                    radius: Theme.radiusSmall
                }

                contentItem: Row {
                    spacing: Theme.spacingMedium

                    ChatAvatar {
                        anchors.verticalCenter: parent.verticalCenter
                        size: Theme.iconSizeLarge
                        name: row.name
                        source: row.avatarSource
                        group: row.isGroup
                    }

                    Label {
                        anchors.verticalCenter: parent.verticalCenter
                        width: row.availableWidth - Theme.iconSizeLarge - parent.spacing
                        text: row.name
                        color: Theme.textPrimary
                        elide: Text.ElideRight
                    }
                }
            }

            footer: Column {
                width: ListView.view.width

                Label {
                    width: parent.width
                    visible: root.controller.contacts.count > 0
                    topPadding: Theme.spacingMedium
                    bottomPadding: Theme.spacingTiny
                    text: qsTr("Contacts")
                    color: Theme.textSecondary
                    font.pixelSize: Theme.fontSizeCaption
                }

                Repeater {
                    model: root.controller.contacts

                    delegate: ItemDelegate {
                        id: contactRow

                        required property string jid
                        required property string name
                        required property string avatarSource

                        objectName: "chat.forward.contact." + jid
                        width: parent ? parent.width : 0
                        visible: root.opened && root.controller.conversations.rowOf(jid) < 0
                        height: visible ? Theme.listRowHeight : 0
                        hoverEnabled: true
                        Accessible.role: Accessible.Button
                        Accessible.name: name
                        onClicked: {
                            root.controller.forward(root.messageId, jid)
                            root.close()
                        }

                        background: Rectangle {
                            color: contactRow.hovered ? Theme.listHover : "transparent"
                            radius: Theme.radiusSmall
                        }

                        contentItem: Row {
                            spacing: Theme.spacingMedium

                            ChatAvatar {
                                anchors.verticalCenter: parent.verticalCenter
                                size: Theme.iconSizeLarge
                                name: contactRow.name
                                source: contactRow.avatarSource
                            }

                            Label {
                                anchors.verticalCenter: parent.verticalCenter
                                width: contactRow.availableWidth - Theme.iconSizeLarge
                                       - parent.spacing
                                text: contactRow.name
                                color: Theme.textPrimary
                                elide: Text.ElideRight
                            }
                        }
                    }
                }
            }
        }

        SecondaryButton {
            objectName: "chat.forward.cancel"
            Layout.alignment: Qt.AlignRight
            text: qsTr("Cancel")
            onClicked: root.close()
        }
    }
}
