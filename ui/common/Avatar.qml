import QtQuick
import QtQuick.Controls
import Teahouse.Ui

// A person's picture: a rounded square (as WeChat draws them) with their initial on a colour
// picked from their name, or a person glyph when there is no name yet.
Rectangle {
    id: root

    property string name
    property int size: Theme.avatarSizeList

    readonly property string initial: {
        const trimmed = name.trim()
        if (trimmed.length === 0)
            return ""
        const local = trimmed.split("@")[0]
        const first = local.length > 0 ? local : trimmed
        return String.fromCodePoint(first.codePointAt(0)).toUpperCase()
    }

    width: size
    height: size
    radius: Theme.radiusMedium
    color: Theme.avatarPalette[Theme.avatarIndex(name)]
    Accessible.role: Accessible.Graphic
    Accessible.name: name.length > 0 ? name : qsTr("No picture")

    Label {
        anchors.centerIn: parent
        visible: root.initial.length > 0
        text: root.initial
        color: Theme.textOnAccent
        font.pixelSize: Math.round(root.size * 0.45)
        font.weight: Theme.fontWeightStrong
    }

    Icon {
        anchors.centerIn: parent
        visible: root.initial.length === 0
        name: "person"
        color: Theme.textOnAccent
        size: Math.round(root.size * 0.62)
    }
}
