import QtQuick
import Teahouse.Ui

// A person's picture when we have one (a data: URL from the encrypted cache), otherwise the
// coloured initial.
Item {
    id: root

    property string name
    property string source
    property int size: Theme.avatarSizeList

    implicitWidth: size
    implicitHeight: size
    Accessible.role: Accessible.Graphic
    Accessible.name: name

    Avatar {
        anchors.fill: parent
        name: root.name
        size: root.size
        visible: picture.status !== Image.Ready
    }

    Image {
        id: picture

        anchors.fill: parent
        visible: status === Image.Ready
        source: root.source
        sourceSize.width: root.size * 2
        sourceSize.height: root.size * 2
        fillMode: Image.PreserveAspectCrop
        asynchronous: false
        smooth: true
        mipmap: true
    }
}
