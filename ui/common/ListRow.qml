import QtQuick
import QtQuick.Controls
import Teahouse.Ui

// A row in the list column or on a settings page: an icon on a coloured tile, a title, an
// optional subtitle; highlighted when its page is open.
ItemDelegate {
    id: control

    property string iconName
    property string tileKey: iconName
    property string subtitle
    property bool showChevron: false

    implicitHeight: Math.max(Theme.listRowHeight, contentItem.implicitHeight + topPadding
                             + bottomPadding)
    leftPadding: Theme.spacingLarge
    rightPadding: Theme.spacingLarge
    topPadding: Theme.spacingSmall
    bottomPadding: Theme.spacingSmall
    spacing: Theme.spacingMedium
    hoverEnabled: true
    // Rows are reached with Tab like any other control (ItemDelegate takes no focus by default).
    focusPolicy: Qt.StrongFocus

    Accessible.role: Accessible.ListItem
    Accessible.name: text
    Accessible.description: subtitle
    Accessible.selected: highlighted
    Accessible.onPressAction: control.clicked()

    background: Rectangle {
        color: control.highlighted ? Theme.listSelected
             : control.hovered || control.down ? Theme.listHover : "transparent"

        FocusRing {
            shown: control.visualFocus
            inside: true
            baseRadius: 0
        }
    }

    // Positioners, not layouts: the labels wrap, and a layout re-polishing on their new height
    // loops at large text sizes.
    contentItem: Row {
        spacing: control.spacing

        Rectangle {
            anchors.verticalCenter: parent.verticalCenter
            visible: control.iconName.length > 0
            width: Theme.iconSizeLarge
            height: Theme.iconSizeLarge
            radius: Theme.radiusMedium
            color: Theme.tileColors[control.tileKey] ?? Theme.accentButton

            Icon {
                anchors.centerIn: parent
                name: control.iconName
                color: Theme.textOnAccent
                size: Theme.iconSize
            }
        }

        Column {
            anchors.verticalCenter: parent.verticalCenter
            width: control.availableWidth
                   - (control.iconName.length > 0 ? Theme.iconSizeLarge + control.spacing : 0)
                   - (control.showChevron ? Theme.iconSizeSmall + control.spacing : 0)

            Label {
                width: parent.width
                text: control.text
                color: Theme.textPrimary
                wrapMode: Text.Wrap
            }

            Label {
                width: parent.width
                visible: control.subtitle.length > 0
                text: control.subtitle
                color: Theme.textSecondary
                font.pixelSize: Theme.fontSizeCaption
                wrapMode: Text.Wrap
            }
        }

        Icon {
            anchors.verticalCenter: parent.verticalCenter
            visible: control.showChevron
            name: "chevron-right"
            size: Theme.iconSizeSmall
            color: Theme.textSecondary
        }
    }
}
