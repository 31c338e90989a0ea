import QtQuick
import QtQuick.Controls
import Teahouse.Ui
import Teahouse.Chat

// A contact's or group's picture: the stored image when there is one, otherwise the shared
// initial-on-colour Avatar; groups without a picture get the group glyph.
Item {
    id: root

    property string name
    property string source
    property bool group: false
    property int size: Theme.avatarSizeList

    width: size
    height: size
    Accessible.role: Accessible.Graphic
    Accessible.name: name

    Avatar {
        anchors.fill: parent
        visible: picture.status !== Image.Ready && !root.group
        name: root.name
        size: root.size
    }

    Rectangle {
        anchors.fill: parent
        visible: picture.status !== Image.Ready && root.group
        radius: Theme.radiusMedium
        color: Theme.avatarPalette[Theme.avatarIndex(root.name)]

        Icon {
            anchors.centerIn: parent
            name: "chat-group"
            color: Theme.textOnAccent
            size: Math.round(root.size * 0.62)
        }
    }

    Image {
        id: picture

        anchors.fill: parent
        visible: status === Image.Ready
        source: root.source
        sourceSize.width: root.size * 2
        sourceSize.height: root.size * 2
        fillMode: Image.PreserveAspectCrop
        // The media provider reads the account database: GUI thread only.
        asynchronous: false
        smooth: true
    }
}
