import QtQuick
import QtQuick.Controls
import Teahouse.Ui
import Teahouse.Chat

// An image at full size over the window, on a dark backdrop; a click or Escape closes it.
Popup {
    id: root

    property string source
    property string name

    function show(source, name) {
        root.source = source
        root.name = name
        open()
    }

    objectName: "chat.imageViewer"
    parent: Overlay.overlay
    x: 0
    y: 0
    width: parent ? parent.width : 0
    height: parent ? parent.height : 0
    modal: true
    focus: true
    padding: Theme.spacingHuge
    closePolicy: Popup.CloseOnEscape | Popup.CloseOnPressOutside
    onClosed: source = ""

    background: Rectangle {
        color: ChatStyle.overlay
    }

    contentItem: Item {
        Image {
            id: image

            objectName: "chat.imageViewer.image"
            anchors.fill: parent
            source: root.source
            fillMode: Image.PreserveAspectFit
            asynchronous: false
            sourceSize.width: Math.max(1, width)
            sourceSize.height: Math.max(1, height)
            Accessible.role: Accessible.Graphic
            Accessible.name: root.name
        }

        Label {
            anchors.centerIn: parent
            visible: image.status === Image.Error || image.status === Image.Null
            text: qsTr("This image is not on this computer yet.")
            color: Theme.textOnAccent
        }

        MouseArea {
            anchors.fill: parent
            onClicked: root.close()
        }
    }

    IconButton {
        objectName: "chat.imageViewer.close"
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: -Theme.spacingXLarge
        iconName: "chat-close"
        iconColor: Theme.textOnAccent
        text: qsTr("Close")
        onClicked: root.close()
    }
}
