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

    implicitHeight: layout.implicitHeight + 2 * Theme.spacingMedium
    radius: Theme.radiusMedium
    color: kind === Banner.Error ? Theme.errorBackground
         : kind === Banner.Warning ? Theme.warningBackground : Theme.infoBackground
    border.width: Theme.borderWidth
    border.color: kind === Banner.Error ? Theme.errorBorder
                : kind === Banner.Warning ? Theme.warningBorder : Theme.separator

    Accessible.role: Accessible.AlertMessage
    Accessible.name: text

    RowLayout {
        id: layout

        anchors.fill: parent
        anchors.margins: Theme.spacingMedium
        spacing: Theme.spacingSmall

        Icon {
            Layout.alignment: Qt.AlignTop
            name: root.kind === Banner.Info ? "info" : "warning"
            size: Theme.iconSize
            color: root.kind === Banner.Error ? Theme.errorText : Theme.textPrimary
        }

        ColumnLayout {
            id: extraColumn

            Layout.fillWidth: true
            spacing: Theme.spacingSmall

            Label {
                Layout.fillWidth: true
                text: root.text
                color: root.kind === Banner.Error ? Theme.errorText : Theme.textPrimary
                wrapMode: Text.Wrap
            }
        }
    }
}
