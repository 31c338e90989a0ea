import QtQuick
import QtQuick.Layouts
import Teahouse.Ui

// A white box with a hairline border grouping related fields or rows.
Rectangle {
    id: root

    property int padding: Theme.spacingXLarge
    property alias spacing: column.spacing
    default property alias content: column.data

    implicitHeight: column.implicitHeight + 2 * padding
    radius: Theme.radiusLarge
    color: Theme.cardBackground
    border.width: Theme.borderWidth
    border.color: Theme.separator

    ColumnLayout {
        id: column

        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: root.padding
        spacing: Theme.spacingLarge
    }
}
