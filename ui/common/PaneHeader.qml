import QtQuick
import QtQuick.Controls
import Teahouse.Ui

// The title bar across the top of the content pane, with the separator under it.
Rectangle {
    id: root

    property string title

    // A long title wraps rather than being cut off at large text sizes.
    implicitHeight: Math.max(Theme.headerHeight, titleLabel.implicitHeight + 2 * Theme.spacingSmall)
    color: Theme.contentBackground

    Label {
        id: titleLabel

        anchors.left: parent.left
        anchors.right: parent.right
        anchors.leftMargin: Theme.spacingXLarge
        anchors.rightMargin: Theme.spacingXLarge
        anchors.verticalCenter: parent.verticalCenter
        text: root.title
        color: Theme.textPrimary
        font.pixelSize: Theme.fontSizeTitle
        font.weight: Theme.fontWeightStrong
        wrapMode: Text.Wrap
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }

    Rectangle {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        height: Theme.borderWidth
        color: Theme.separator
    }
}
