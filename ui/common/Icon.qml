import QtQuick
import QtQuick.Layouts
import Teahouse.Ui

// A line icon from resources/icons, tinted through the "icon" image provider.
Image {
    id: root

    property string name
    property color color: Theme.textPrimary
    property int size: Theme.iconSize

    width: size
    height: size
    // In a layout: the icon's size, not the pixmap's (an Image's implicit size; a pixmap cached
    // at another scale, after care mode was switched, would be drawn at its own size).
    Layout.preferredWidth: size
    Layout.preferredHeight: size
    Layout.maximumWidth: size
    Layout.maximumHeight: size
    sourceSize.width: size
    sourceSize.height: size
    fillMode: Image.PreserveAspectFit
    source: name.length > 0 ? "image://icon/" + name + "/" + root.color.toString().substring(1, 7)
                            : ""
    Accessible.ignored: true
}
