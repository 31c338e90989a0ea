import QtQuick
import QtQuick.Controls
import Teahouse.Ui
import Teahouse.Chat

// A context menu with the Theme's card look.
Menu {
    id: control

    padding: Theme.spacingTiny
    implicitWidth: Math.max(Theme.controlMinimumWidth * 2, contentItem.implicitWidth
                            + leftPadding + rightPadding)

    background: Rectangle {
        implicitWidth: Theme.controlMinimumWidth * 2
        color: Theme.cardBackground
        radius: Theme.radiusMedium
        border.width: Theme.borderWidth
        border.color: Theme.separator
    }
}
