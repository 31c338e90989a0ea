import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Teahouse.Ui

// A boxed message: an error, a warning or a note, with room for extra content (a fingerprint,
// an action button) underneath.
Rectangle {
    id: root

    enum Kind { Info, Warning, Error }

    property int kind: Banner.Info
    property string text
    default property alias extra: extraColumn.data

    implicitHeight: Math.max(icon.height, extraColumn.implicitHeight) + 2 * Theme.spacingMedium
    radius: Theme.radiusMedium
    color: kind === Banner.Error ? Theme.errorBackground
         : kind === Banner.Warning ? Theme.warningBackground : Theme.infoBackground
    border.width: Theme.borderWidth
    border.color: kind === Banner.Error ? Theme.errorBorder
                : kind === Banner.Warning ? Theme.warningBorder : Theme.separator

    Accessible.role: Accessible.AlertMessage
    Accessible.name: text

    // The icon and the column are placed with anchors, not inside a RowLayout: a banner that
    // turns visible is first laid out at zero width, and (Qt 6.4) a ColumnLayout resized by its
    // parent layout afterwards kept the tall, narrow arrangement of that first pass.
    Icon {
        id: icon

        anchors.left: parent.left
        anchors.top: parent.top
        anchors.margins: Theme.spacingMedium
        name: root.kind === Banner.Info ? "info" : "warning"
        size: Theme.iconSize
        color: root.kind === Banner.Error ? Theme.errorText : Theme.textPrimary
    }

    ColumnLayout {
        id: extraColumn

        anchors.left: icon.right
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.leftMargin: Theme.spacingSmall
        anchors.rightMargin: Theme.spacingMedium
        anchors.topMargin: Theme.spacingMedium
        spacing: Theme.spacingSmall

        Label {
            Layout.fillWidth: true
            text: root.text
            color: root.kind === Banner.Error ? Theme.errorText : Theme.textPrimary
            wrapMode: Text.Wrap
        }
    }
}
