pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Teahouse.Ui
import Teahouse.Moments

// Likes and comments friends left on my posts, newest first. Opening it marks them seen.
Popup {
    id: root

    required property MomentsController controller

    objectName: "moments.interactionsList"
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(Theme.formWidth, parent ? parent.width - 2 * Theme.spacingHuge : Theme.formWidth)
    height: Math.min(implicitHeight, parent ? parent.height - 2 * Theme.spacingHuge : implicitHeight)
    modal: true
    focus: true
    padding: Theme.spacingLarge
    onOpened: root.controller.markInteractionsSeen()

    background: Rectangle {
        color: Theme.cardBackground
        radius: Theme.radiusLarge
        border.width: Theme.borderWidth
        border.color: Theme.separator
    }

    contentItem: ColumnLayout {
        spacing: Theme.spacingMedium

        RowLayout {
            Layout.fillWidth: true

            Label {
                Layout.fillWidth: true
                text: qsTr("Likes and comments")
                font.pixelSize: Theme.fontSizeSubtitle
                font.weight: Theme.fontWeightStrong
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }

            MomentsIconButton {
                objectName: "moments.interactionsList.close"
                iconName: "moments-close"
                text: qsTr("Close")
                onClicked: root.close()
            }
        }

        Label {
            visible: root.controller.interactions.length === 0
            Layout.fillWidth: true
            text: qsTr("No likes or comments on your posts yet.")
            color: Theme.textSecondary
            wrapMode: Text.Wrap
        }

        ListView {
            id: list

            Layout.fillWidth: true
            Layout.preferredHeight: contentHeight
            Layout.fillHeight: true
            clip: true
            spacing: Theme.spacingSmall
            model: root.controller.interactions
            ScrollBar.vertical: ScrollBar {}

            delegate: RowLayout {
                id: row

                required property var modelData
                required property int index

                objectName: "moments.interaction." + index
                width: ListView.view.width
                spacing: Theme.spacingMedium
                Accessible.role: Accessible.ListItem
                Accessible.name: modelData.like ? qsTr("%1 liked your post").arg(modelData.authorName)
                                                : qsTr("%1 commented: %2").arg(modelData.authorName).arg(modelData.text)

                Avatar {
                    Layout.alignment: Qt.AlignTop
                    name: row.modelData.authorName
                    size: Theme.avatarSizeList
                }

                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacingTiny

                    Label {
                        Layout.fillWidth: true
                        text: row.modelData.authorName
                        color: Theme.textLink
                        font.weight: Theme.fontWeightStrong
                        elide: Text.ElideRight
                    }

                    RowLayout {
                        Layout.fillWidth: true

                        Icon {
                            visible: row.modelData.like
                            name: "moments-heart-filled"
                            size: Theme.iconSizeSmall
                            color: Theme.errorText
                        }

                        Label {
                            Layout.fillWidth: true
                            text: row.modelData.like ? qsTr("Liked your post") : row.modelData.text
                            wrapMode: Text.Wrap
                        }
                    }

                    Label {
                        Layout.fillWidth: true
                        text: row.modelData.timeText + (row.modelData.postText ? " · " + row.modelData.postText : "")
                        color: Theme.textSecondary
                        font.pixelSize: Theme.fontSizeCaption
                        elide: Text.ElideRight
                    }
                }
            }
        }
    }
}
