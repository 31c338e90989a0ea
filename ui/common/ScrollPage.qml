import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Teahouse.Ui

// A page whose column of content is centred horizontally (at most columnWidth wide) and
// scrolls when it is taller than the window, as it is at 200 % text.
Flickable {
    id: root

    property int columnWidth: Theme.formWidth
    property bool centerVertically: true
    property alias columnSpacing: column.spacing
    default property alias content: column.data

    contentWidth: width
    contentHeight: Math.max(centerVertically ? height : 0,
                            column.implicitHeight + 2 * Theme.spacingXLarge)
    clip: true
    boundsBehavior: Flickable.StopAtBounds
    ScrollBar.vertical: ScrollBar {}

    ColumnLayout {
        id: column

        x: (root.width - width) / 2
        y: Math.max(Theme.spacingXLarge, (root.contentHeight - implicitHeight) / 2)
        width: Math.max(0, Math.min(root.columnWidth, root.width - 2 * Theme.spacingXLarge))
        spacing: Theme.spacingLarge
    }
}
