pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import Teahouse.Ui

// Up to 9 photo thumbnails: one alone is larger, four make a 2 × 2 square, otherwise rows of
// three (as the Moments of chat apps do). Only thumbnails are decoded here.
Grid {
    id: root

    property var images: []
    property string objectPrefix: "moments.post.photo"
    signal opened(int index)

    readonly property int cell: images.length === 1 ? Theme.iconSizeHuge * 3
                                                     : Math.round(Theme.iconSizeHuge * 1.6)

    columns: images.length === 1 ? 1 : images.length === 4 ? 2 : 3
    spacing: Theme.spacingTiny
    visible: images.length > 0

    Repeater {
        model: root.images

        AbstractButton {
            id: tile

            required property var modelData
            required property int index

            objectName: root.objectPrefix + "." + index
            width: root.cell
            height: root.cell
            focusPolicy: Qt.TabFocus
            Accessible.role: Accessible.Button
            Accessible.name: qsTr("Photo %1 of %2").arg(index + 1).arg(root.images.length)
            onClicked: root.opened(index)

            background: Rectangle {
                color: Theme.pageBackground
                border.width: tile.visualFocus ? Theme.focusWidth : 0
                border.color: Theme.focusRing
            }

            contentItem: Item {
                Image {
                    anchors.fill: parent
                    source: tile.modelData.thumb
                    fillMode: Image.PreserveAspectCrop
                    sourceSize.width: root.cell
                    sourceSize.height: root.cell
                    cache: false
                    clip: true
                }

                Icon {
                    anchors.centerIn: parent
                    visible: !tile.modelData.thumb
                    name: "moments-image"
                    color: tile.modelData.failed ? Theme.errorText : Theme.textPlaceholder
                }
            }
        }
    }
}
