import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Teahouse.Ui

// Choose the square of a picture that becomes my avatar: drag the frame, resize it with the
// slider. Reports the square in the picture's own pixels.
Dialog {
    id: root

    property url source
    property size imageSize: Qt.size(0, 0)
    // The square, in image pixels.
    property real cropX: 0
    property real cropY: 0
    property real cropSide: 0

    signal cropped(url source, int x, int y, int side)

    function start(file, size) {
        root.source = file
        root.imageSize = size
        const side = Math.min(size.width, size.height)
        root.cropSide = side
        root.cropX = (size.width - side) / 2
        root.cropY = (size.height - side) / 2
        root.open()
    }

    objectName: "contacts.cropDialog"
    modal: true
    anchors.centerIn: Overlay.overlay
    title: qsTr("Choose the part to show")
    padding: Theme.spacingLarge
    standardButtons: Dialog.NoButton

    background: Rectangle {
        color: Theme.cardBackground
        radius: Theme.radiusLarge
    }

    contentItem: ColumnLayout {
        spacing: Theme.spacingMedium

        Item {
            id: stage

            readonly property real scaleFactor: root.imageSize.width > 0
                ? Math.min(width / root.imageSize.width, height / root.imageSize.height) : 1

            Layout.preferredWidth: Theme.formWidth
            Layout.preferredHeight: Theme.formWidth * 0.75

            Image {
                id: picture

                anchors.centerIn: parent
                width: root.imageSize.width * stage.scaleFactor
                height: root.imageSize.height * stage.scaleFactor
                source: root.source
                fillMode: Image.Stretch
                asynchronous: true
            }

            Rectangle {
                id: frame

                objectName: "contacts.cropFrame"
                x: picture.x + root.cropX * stage.scaleFactor
                y: picture.y + root.cropY * stage.scaleFactor
                width: root.cropSide * stage.scaleFactor
                height: width
                color: "transparent"
                border.width: Theme.focusWidth
                border.color: Theme.accent

                DragHandler {
                    target: null
                    property real startX
                    property real startY
                    onActiveChanged: {
                        startX = root.cropX
                        startY = root.cropY
                    }
                    onTranslationChanged: {
                        root.cropX = Math.max(0, Math.min(root.imageSize.width - root.cropSide,
                                              startX + translation.x / stage.scaleFactor))
                        root.cropY = Math.max(0, Math.min(root.imageSize.height - root.cropSide,
                                              startY + translation.y / stage.scaleFactor))
                    }
                }
            }
        }

        Slider {
            objectName: "contacts.cropSize"
            Layout.fillWidth: true
            from: Math.min(32, Math.min(root.imageSize.width, root.imageSize.height))
            to: Math.min(root.imageSize.width, root.imageSize.height)
            value: root.cropSide
            Accessible.name: qsTr("Size of the square")
            onMoved: {
                const centreX = root.cropX + root.cropSide / 2
                const centreY = root.cropY + root.cropSide / 2
                root.cropSide = value
                root.cropX = Math.max(0, Math.min(root.imageSize.width - value, centreX - value / 2))
                root.cropY = Math.max(0, Math.min(root.imageSize.height - value, centreY - value / 2))
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingMedium

            Item { Layout.fillWidth: true }

            SecondaryButton {
                objectName: "contacts.crop.cancel"
                text: qsTr("Cancel")
                onClicked: root.close()
            }

            PrimaryButton {
                objectName: "contacts.crop.use"
                text: qsTr("Use this picture")
                onClicked: {
                    root.cropped(root.source, Math.round(root.cropX), Math.round(root.cropY),
                                 Math.round(root.cropSide))
                    root.close()
                }
            }
        }
    }
}
