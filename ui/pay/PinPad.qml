import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Teahouse.Ui

// Six dots and a keypad for the payment PIN. Also takes the keyboard's digits and Backspace.
// Emits `entered` with the six digits once the last one is typed, then clears itself.
FocusScope {
    id: root

    property string prefix: "pay.pin"
    property string title
    property string message
    property bool busy: false
    property string digits: ""
    readonly property int length: 6

    signal entered(string pin)

    implicitWidth: column.implicitWidth
    implicitHeight: column.implicitHeight

    function clear() { root.digits = "" }
    function press(d) {
        if (root.busy || root.digits.length >= root.length)
            return
        root.digits += d
        if (root.digits.length === root.length) {
            const pin = root.digits
            root.digits = ""
            root.entered(pin)
        }
    }
    function erase() { root.digits = root.digits.slice(0, -1) }

    Keys.onPressed: (event) => {
        if (event.key >= Qt.Key_0 && event.key <= Qt.Key_9) {
            root.press(String(event.key - Qt.Key_0))
            event.accepted = true
        } else if (event.key === Qt.Key_Backspace) {
            root.erase()
            event.accepted = true
        }
    }

    ColumnLayout {
        id: column
        anchors.horizontalCenter: parent.horizontalCenter
        spacing: Theme.spacingLarge

        Label {
            Layout.alignment: Qt.AlignHCenter
            text: root.title
            visible: text.length > 0
            font.pixelSize: Theme.fontSizeSubtitle
            font.weight: Theme.fontWeightStrong
            color: Theme.textPrimary
        }

        Row {
            Layout.alignment: Qt.AlignHCenter
            spacing: Theme.spacingMedium
            objectName: root.prefix + ".dots"
            Accessible.role: Accessible.StaticText
            Accessible.name: qsTr("%1 of 6 digits entered").arg(root.digits.length)

            Repeater {
                model: root.length
                Rectangle {
                    required property int index
                    width: Theme.iconSize
                    height: width
                    radius: width / 2
                    color: index < root.digits.length ? Theme.textPrimary : "transparent"
                    border.width: Theme.borderWidth * 2
                    border.color: Theme.fieldBorder
                }
            }
        }

        Label {
            Layout.alignment: Qt.AlignHCenter
            Layout.maximumWidth: grid.implicitWidth * 1.4
            objectName: root.prefix + ".message"
            text: root.message
            visible: text.length > 0
            color: Theme.errorText
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
            font.pixelSize: Theme.fontSizeBody
        }

        GridLayout {
            id: grid
            Layout.alignment: Qt.AlignHCenter
            columns: 3
            rowSpacing: Theme.spacingSmall
            columnSpacing: Theme.spacingSmall

            Repeater {
                model: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "", "0", "⌫"]
                delegate: Button {
                    required property string modelData
                    objectName: modelData === "⌫" ? root.prefix + ".erase"
                              : root.prefix + ".key" + modelData
                    // The empty cell keeps its place so 0 sits under 8.
                    opacity: modelData.length > 0 ? 1 : 0
                    enabled: modelData.length > 0 && !root.busy
                    focusPolicy: Qt.NoFocus
                    Layout.preferredWidth: Theme.controlHeightLarge * 1.8
                    Layout.preferredHeight: Theme.controlHeightLarge * 1.2
                    text: modelData
                    font.pixelSize: Theme.fontSizeTitle
                    Accessible.name: modelData === "⌫" ? qsTr("Delete the last digit") : modelData
                    onClicked: modelData === "⌫" ? root.erase() : root.press(modelData)
                    background: Rectangle {
                        radius: Theme.radiusMedium
                        color: parent.down ? Theme.secondaryButtonHover : Theme.secondaryButton
                    }
                    contentItem: Label {
                        text: parent.text
                        font: parent.font
                        color: Theme.textPrimary
                        horizontalAlignment: Text.AlignHCenter
                        verticalAlignment: Text.AlignVCenter
                    }
                }
            }
        }
    }
}
