import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Teahouse.Ui
import Teahouse.Moments

// A post's photos at full size over the window, with previous/next (buttons, arrow keys);
// a click on the backdrop or Escape closes it. Only the shown photo is decoded in full.
Popup {
    id: root

    property var images: []
    property int current: 0

    function show(images, index) {
        root.images = images
        root.current = index
        open()
    }
    function step(delta) {
        if (images.length > 0)
            current = (current + delta + images.length) % images.length
    }

    objectName: "moments.viewer"
    parent: Overlay.overlay
    x: 0
    y: 0
    width: parent ? parent.width : 0
    height: parent ? parent.height : 0
    modal: true
    focus: true
    padding: Theme.spacingHuge
    closePolicy: Popup.CloseOnEscape
    onClosed: images = []

    background: Rectangle {
        color: Theme.tooltipBackground
        opacity: 0.96
    }

    contentItem: Item {
        focus: true
        Keys.onLeftPressed: root.step(-1)
        Keys.onRightPressed: root.step(1)

        MouseArea {
            anchors.fill: parent
            onClicked: root.close()
        }

        Image {
            id: image

            anchors.fill: parent
            anchors.margins: Theme.spacingXLarge
            source: root.images.length > 0 ? (root.images[root.current].full || root.images[root.current].thumb) : ""
            fillMode: Image.PreserveAspectFit
            sourceSize.width: Math.max(1, width)
            sourceSize.height: Math.max(1, height)
            cache: false
            Accessible.role: Accessible.Graphic
            Accessible.name: qsTr("Photo %1 of %2").arg(root.current + 1).arg(root.images.length)
        }

        Label {
            anchors.centerIn: parent
            visible: root.images.length > 0 && !root.images[root.current].ready
            text: qsTr("This photo is not on this computer yet.")
            color: Theme.tooltipText
        }

        Label {
            anchors.horizontalCenter: parent.horizontalCenter
            anchors.bottom: parent.bottom
            visible: root.images.length > 1
            text: qsTr("%1 / %2").arg(root.current + 1).arg(root.images.length)
            color: Theme.tooltipText
        }

        MomentsIconButton {
            objectName: "moments.viewer.previous"
            anchors.left: parent.left
            anchors.verticalCenter: parent.verticalCenter
            visible: root.images.length > 1
            iconName: "moments-previous"
            iconColor: Theme.tooltipText
            iconSize: Theme.iconSizeLarge
            text: qsTr("Previous photo")
            onClicked: root.step(-1)
        }

        MomentsIconButton {
            objectName: "moments.viewer.next"
            anchors.right: parent.right
            anchors.verticalCenter: parent.verticalCenter
            visible: root.images.length > 1
            iconName: "moments-next"
            iconColor: Theme.tooltipText
            iconSize: Theme.iconSizeLarge
            text: qsTr("Next photo")
            onClicked: root.step(1)
        }

        MomentsIconButton {
            objectName: "moments.viewer.close"
            anchors.right: parent.right
            anchors.top: parent.top
            iconName: "moments-close"
            iconColor: Theme.tooltipText
            text: qsTr("Close")
            onClicked: root.close()
        }
    }
}
