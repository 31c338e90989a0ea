import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Teahouse.Ui

// What a screen shows before it has content: an icon, a title and one or two sentences that
// say what will appear here and how to get it there.
Item {
    id: root

    property string iconName
    property string title
    property string body
    // An optional button under the text that leads to where the content comes from.
    property string actionText
    property string actionObjectName

    signal actionClicked()

    Accessible.role: Accessible.StaticText
    Accessible.name: title
    Accessible.description: body

    // The text and the button without the icon: the icon is decoration, left out when the pane
    // is too short for both (care mode at 200 % in a small window).
    readonly property real textHeight: titleLabel.implicitHeight
                                       + (bodyLabel.visible ? bodyLabel.implicitHeight + column.spacing : 0)
                                       + (action.visible ? action.implicitHeight + action.Layout.topMargin
                                                           + column.spacing : 0)

    ColumnLayout {
        id: column
        // Centred; when taller than the pane, from its top (never over what is above it).
        x: (root.width - width) / 2
        y: Math.max(0, (root.height - height) / 2)
        width: Math.min(root.width - 2 * Theme.spacingXLarge, Theme.emptyStateWidth)
        spacing: Theme.spacingLarge

        Icon {
            Layout.alignment: Qt.AlignHCenter
            visible: root.height >= root.textHeight + size + column.spacing
            name: root.iconName
            size: Theme.iconSizeHuge
            color: Theme.emptyStateIcon
        }

        Label {
            id: titleLabel
            Layout.fillWidth: true
            text: root.title
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
            color: Theme.textPrimary
            font.pixelSize: Theme.fontSizeTitle
            font.weight: Theme.fontWeightStrong
        }

        Label {
            id: bodyLabel
            Layout.fillWidth: true
            visible: root.body.length > 0
            text: root.body
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
            color: Theme.textSecondary
            lineHeight: 1.25
        }

        SecondaryButton {
            id: action
            objectName: root.actionObjectName
            Layout.alignment: Qt.AlignHCenter
            Layout.topMargin: Theme.spacingSmall
            visible: root.actionText.length > 0
            text: root.actionText
            onClicked: root.actionClicked()
        }
    }
}
