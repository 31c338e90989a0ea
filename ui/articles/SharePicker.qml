pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Teahouse.Ui
import Teahouse.Articles

// "Share to chat": pick a conversation (person or group) or a contact, searchable; the
// article goes there as a card.
Popup {
    id: root

    required property ArticlesController controller

    objectName: "articles.sharePicker"
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(Theme.formWidth * 1.2, parent ? parent.width - 2 * Theme.spacingXLarge : 0)
    height: Math.min(Theme.listRowHeight * 10, parent ? parent.height - 2 * Theme.spacingXLarge
                                                     : 0)
    modal: true
    focus: true
    padding: Theme.spacingLarge
    closePolicy: Popup.CloseOnEscape | Popup.CloseOnPressOutside

    onOpened: {
        search.text = ""
        root.controller.shareTargets.reload()
        search.forceActiveFocus()
    }
    onClosed: root.controller.shareTargets.filter = ""

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
            text: qsTr("Send to…")
            wrapMode: Text.Wrap
            color: Theme.textPrimary
            font.pixelSize: Theme.fontSizeTitle
            font.weight: Theme.fontWeightStrong
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }

        SearchField {
            id: search
            objectName: "articles.sharePicker.search"
            Layout.fillWidth: true
            placeholderText: qsTr("Search chats and contacts")
            onTextChanged: root.controller.shareTargets.filter = text
            Keys.onReturnPressed: if (list.count > 0) list.itemAtIndex(0).clicked()
        }

        ListView {
            id: list

            objectName: "articles.sharePicker.list"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: root.controller.shareTargets
            boundsBehavior: Flickable.StopAtBounds
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Chats and contacts")
            ScrollBar.vertical: ScrollBar {}
            section.property: "kind"
            section.delegate: Label {
                required property string section
                width: ListView.view.width
                topPadding: Theme.spacingSmall
                bottomPadding: Theme.spacingTiny
                text: section === "chats" ? qsTr("Chats") : qsTr("Contacts")
                color: Theme.textSecondary
                font.pixelSize: Theme.fontSizeCaption
            }

            delegate: ItemDelegate {
                id: row

                required property string jid
                required property string name
                required property bool isGroup
                required property string avatarSource

                objectName: "articles.sharePicker." + jid
                width: ListView.view.width
                implicitHeight: Math.max(Theme.listRowHeight,
                                         label.implicitHeight + 2 * Theme.spacingSmall)
                hoverEnabled: true
                Accessible.role: Accessible.Button
                Accessible.name: isGroup ? qsTr("Group %1").arg(name) : name
                onClicked: {
                    if (root.controller.shareToChatJid(jid))
                        root.close()
                }

                background: Rectangle {
                    color: row.hovered || row.visualFocus ? Theme.listHover : "transparent"
                    radius: Theme.radiusSmall
                }

                contentItem: RowLayout {
                    spacing: Theme.spacingMedium

                    Item {
                        implicitWidth: Theme.iconSizeLarge
                        implicitHeight: Theme.iconSizeLarge
                        Avatar {
                            anchors.fill: parent
                            visible: picture.status !== Image.Ready
                            name: row.name
                            size: Theme.iconSizeLarge
                        }
                        Image {
                            id: picture
                            anchors.fill: parent
                            source: row.avatarSource
                            sourceSize: Qt.size(width * 2, height * 2)
                            fillMode: Image.PreserveAspectCrop
                            visible: status === Image.Ready
                        }
                    }
                    Label {
                        id: label
                        Layout.fillWidth: true
                        text: row.name
                        textFormat: Text.PlainText
                        color: Theme.textPrimary
                        elide: Text.ElideRight
                        font.pixelSize: Theme.fontSizeBody
                    }
                    Label {
                        visible: row.isGroup
                        text: qsTr("Group")
                        color: Theme.textSecondary
                        font.pixelSize: Theme.fontSizeCaption
                    }
                }
            }

            Label {
                anchors.centerIn: parent
                width: parent.width
                visible: list.count === 0
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                text: search.text.length > 0 ? qsTr("No chat or contact matches “%1”.").arg(search.text)
                                             : qsTr("No chats or contacts yet.")
                color: Theme.textSecondary
                font.pixelSize: Theme.fontSizeBody
            }
        }

        SecondaryButton {
            objectName: "articles.sharePicker.cancel"
            Layout.alignment: Qt.AlignRight
            text: qsTr("Cancel")
            onClicked: root.close()
        }
    }
}
