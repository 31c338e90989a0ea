import QtQuick
import QtQuick.Controls
import Teahouse.Ui

// A single-line text field drawn from the Theme. `revealable` adds a show/hide button for
// passwords, which helps people who type slowly or make mistakes.
TextField {
    id: control

    property bool revealable: false
    property bool revealed: false
    property bool invalid: false
    // What a screen reader calls the field: its label, or the placeholder when it has none.
    property string accessibleName: placeholderText
    property string accessibleDescription

    implicitHeight: Theme.controlHeightLarge
    leftPadding: Theme.spacingMedium
    rightPadding: revealable ? revealButton.width + Theme.spacingSmall : Theme.spacingMedium
    color: Theme.textPrimary
    placeholderTextColor: Theme.textPlaceholder
    selectionColor: Theme.selectionBackground
    selectedTextColor: Theme.textOnAccent
    echoMode: revealable && !revealed ? TextInput.Password : TextInput.Normal
    selectByMouse: true

    Accessible.role: Accessible.EditableText
    Accessible.name: control.accessibleName
    Accessible.description: control.accessibleDescription
    // No Accessible.passwordEdit here: TextField derives it from echoMode, and setting it from
    // QML in Qt 6.4 blanks Accessible.name.

    background: Rectangle {
        radius: Theme.radiusMedium
        color: Theme.fieldBackground
        border.width: control.activeFocus ? Theme.focusWidth : Theme.borderWidth
        border.color: control.invalid ? Theme.errorText
                    : control.activeFocus ? Theme.fieldBorderFocus : Theme.fieldBorder
    }

    AbstractButton {
        id: revealButton

        objectName: control.objectName.length > 0 ? control.objectName + ".reveal" : ""
        visible: control.revealable
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        width: Theme.controlHeight
        height: Theme.controlHeight
        // Reachable with Tab after the field, so keyboard users can check what they typed.
        focusPolicy: Qt.TabFocus
        text: control.revealed ? qsTr("Hide password") : qsTr("Show password")
        Accessible.role: Accessible.Button
        Accessible.name: text
        onClicked: control.revealed = !control.revealed

        contentItem: Item {
            Icon {
                anchors.centerIn: parent
                name: control.revealed ? "eye-off" : "eye"
                size: Theme.iconSizeSmall + Theme.spacingTiny
                color: Theme.textSecondary
            }
        }
        background: Item {
            FocusRing {
                shown: revealButton.visualFocus
                inside: true
            }
        }
    }
}
