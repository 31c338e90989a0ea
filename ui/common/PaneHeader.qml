import QtQuick
import QtQuick.Controls
import Teahouse.Ui

// The title bar across the top of the content pane, with the separator under it.
Rectangle {
    id: root

    property string title

    implicitHeight: Theme.headerHeight
    color: Theme.contentBackground

    Label {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.leftMargin: Theme.spacingXLarge
        anchors.rightMargin: Theme.spacingXLarge
        anchors.verticalCenter: parent.verticalCenter
        text: root.title
        color: Theme.textPrimary
        font.pixelSize: Theme.fontSizeTitle
        font.weight: Theme.fontWeightStrong
        elide: Text.ElideRight
        Accessible.role: Accessible.Heading
    }

    Rectangle {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        height: Theme.borderWidth
        color: Theme.separator
    }
}
