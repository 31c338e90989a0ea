import QtQuick
import QtQuick.Controls
import Teahouse.Ui

// The search box at the top of the list column.
TextField {
    id: control

    implicitHeight: Math.max(Theme.controlHeight, Theme.minimumHitSize)
    leftPadding: searchIcon.width + 2 * Theme.spacingSmall
    rightPadding: Theme.spacingSmall
    topPadding: 0
    bottomPadding: 0
    verticalAlignment: TextInput.AlignVCenter
    color: Theme.textPrimary
    placeholderText: qsTr("Search")
    placeholderTextColor: Theme.textPlaceholder
    selectionColor: Theme.selectionBackground
    selectedTextColor: Theme.textOnAccent
    selectByMouse: true

    Accessible.role: Accessible.EditableText
    Accessible.name: placeholderText

    background: Rectangle {
        radius: Theme.radiusSmall
        color: Theme.searchBackground
        border.width: control.activeFocus ? Theme.focusWidth
                    : (Theme.careMode ? Theme.borderWidth : 0)
        border.color: control.activeFocus ? Theme.fieldBorderFocus : Theme.fieldBorder
    }

    Icon {
        id: searchIcon

        anchors.left: parent.left
        anchors.leftMargin: Theme.spacingSmall
        anchors.verticalCenter: parent.verticalCenter
        name: "search"
        size: Theme.iconSizeSmall
        color: Theme.textSecondary
    }
}
