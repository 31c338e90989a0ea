import QtQuick
import Teahouse.Ui

// An official account's picture: its cached feed icon or node avatar (image://articles, from
// the encrypted cache), else the shared initial-on-colour Avatar.
Item {
    id: root

    property string name
    property string source
    property int size: Theme.avatarSizeList

    implicitWidth: size
    implicitHeight: size
    width: size
    height: size
    Accessible.role: Accessible.Graphic
    Accessible.name: name

    Avatar {
        anchors.fill: parent
        visible: picture.status !== Image.Ready
        name: root.name
        size: root.size
    }

    Image {
        id: picture

        objectName: "articles.avatar.picture"
        anchors.fill: parent
        source: root.source
        sourceSize: Qt.size(root.size * 2, root.size * 2)
        fillMode: Image.PreserveAspectCrop
        smooth: true
        visible: status === Image.Ready
    }
}
