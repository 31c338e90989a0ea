import QtQuick
import QtQuick.Controls
import Teahouse.Ui
import Teahouse.Chat

// A contact's or group's picture: the stored image when there is one, otherwise the shared
// initial-on-colour Avatar. A group without a picture of its own shows its first members'
// pictures in a grid, as WeChat does (up to 9: one row of 1-2 under 2 columns up to four
// members, 3 columns beyond, the odd ones centred on the top row); with no members known yet
// it gets the group glyph.
Item {
    id: root

    property string name
    property string source
    property bool group: false
    property int size: Theme.avatarSizeList
    // For groups: [{name, source}] of the first members (at most 9 are drawn).
    property var members: []

    readonly property int tileCount: Math.min(9, members ? members.length : 0)
    readonly property bool composite: group && picture.status !== Image.Ready && tileCount > 0

    // Where member i's tile goes in a square of this size (WeChat's arrangement).
    function tileRect(i) {
        const n = root.tileCount
        const cols = n <= 1 ? 1 : n <= 4 ? 2 : 3
        const rows = Math.ceil(n / cols)
        const gap = Math.max(1, Math.round(root.size * 0.04))
        const tile = (root.size - gap * (cols + 1)) / cols
        const firstRow = n - (rows - 1) * cols
        const row = i < firstRow ? 0 : 1 + Math.floor((i - firstRow) / cols)
        const col = i < firstRow ? i : (i - firstRow) % cols
        const inRow = i < firstRow ? firstRow : cols
        const top = (root.size - (rows * tile + (rows - 1) * gap)) / 2
        const left = (root.size - (inRow * tile + (inRow - 1) * gap)) / 2
        return Qt.rect(left + col * (tile + gap), top + row * (tile + gap), tile, tile)
    }

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
        visible: picture.status !== Image.Ready && root.group && !root.composite
        radius: Theme.radiusMedium
        color: Theme.avatarPalette[Theme.avatarIndex(root.name)]

        Icon {
            anchors.centerIn: parent
            name: "chat-group"
            color: Theme.textOnAccent
            size: Math.round(root.size * 0.62)
        }
    }

    // The members' grid.
    Rectangle {
        objectName: "groupAvatar"
        anchors.fill: parent
        visible: root.composite
        radius: Theme.radiusMedium
        color: ChatStyle.groupAvatarBackground
        clip: true

        Repeater {
            model: root.composite ? root.tileCount : 0

            delegate: Item {
                id: tile

                required property int index
                readonly property var member: root.members[index]
                readonly property rect place: root.tileRect(index)
                readonly property string source: member && member.source ? member.source : ""

                objectName: "groupAvatar.tile." + index
                x: place.x
                y: place.y
                width: place.width
                height: place.height

                Avatar {
                    anchors.fill: parent
                    visible: tilePicture.status !== Image.Ready
                    name: tile.member && tile.member.name ? tile.member.name : ""
                    size: Math.round(tile.width)
                    radius: Math.max(1, Math.round(tile.width / 8))
                }

                Image {
                    id: tilePicture

                    anchors.fill: parent
                    visible: status === Image.Ready
                    source: tile.source
                    sourceSize.width: Math.ceil(tile.width) * 2
                    sourceSize.height: Math.ceil(tile.height) * 2
                    fillMode: Image.PreserveAspectCrop
                    asynchronous: false
                    smooth: true
                }
            }
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
