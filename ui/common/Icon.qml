import QtQuick
import Teahouse.Ui

// A line icon from resources/icons, tinted through the "icon" image provider.
Image {
    id: root

    property string name
    property color color: Theme.textPrimary
    property int size: Theme.iconSize

    width: size
    height: size
    sourceSize.width: size
    sourceSize.height: size
    fillMode: Image.PreserveAspectFit
    source: name.length > 0 ? "image://icon/" + name + "/" + root.color.toString().substring(1, 7)
                            : ""
    Accessible.ignored: true
}
